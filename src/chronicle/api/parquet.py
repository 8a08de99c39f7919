"""Parquet export streamed in row groups: constant memory whatever the number of rows."""
from __future__ import annotations

from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

_INT = {"trigger_start", "trigger_end", "sentence_start", "sentence_end"}
_FLOAT = {"location_latitude", "location_longitude", "confidence"}
ROW_GROUP = 1000


class _Sink:
    """A write-only file object whose bytes the generator hands out as they come."""

    def __init__(self):
        self.parts: list[bytes] = []
        self.pos = 0
        self.closed = False

    def write(self, b) -> int:
        b = bytes(b)
        self.parts.append(b)
        self.pos += len(b)
        return len(b)

    def tell(self) -> int:
        return self.pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        out = b"".join(self.parts)
        self.parts.clear()
        return out


def _schema(names: list[str]) -> pa.Schema:
    return pa.schema([(n, pa.int64() if n in _INT else pa.float64() if n in _FLOAT else pa.string()) for n in names])


def parquet_stream(rows: Iterator[dict]) -> Iterator[bytes]:
    sink = _Sink()
    writer = None
    schema = None
    batch: list[dict] = []

    def flush():
        nonlocal writer
        table = pa.Table.from_pylist(
            [{k: (None if v is None else v if k in _INT or k in _FLOAT else str(v)) for k, v in r.items()}
             for r in batch], schema=schema)
        if writer is None:
            writer = pq.ParquetWriter(pa.PythonFile(sink, mode="w"), schema)
        writer.write_table(table)
        batch.clear()

    for r in rows:
        if schema is None:
            schema = _schema(list(r.keys()))
        batch.append(r)
        if len(batch) >= ROW_GROUP:
            flush()
            yield sink.take()
    if schema is None:
        schema = pa.schema([("event_id", pa.string())])
    if batch or writer is None:
        flush()
    writer.close()
    yield sink.take()
