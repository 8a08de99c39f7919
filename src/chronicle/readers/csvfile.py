"""CSV with a header row: columns ``id``, ``date``, ``text`` and optional ``title``/``url``/``source``."""
from __future__ import annotations

import csv
import io
from datetime import date
from typing import Iterable, Iterator, Optional

from chronicle.errors import InputProblem
from chronicle.model import Article

from .common import record_to_article

# Article texts are long; the csv module's default limit (128 KiB per field) is too small.
_FIELD_LIMIT = 64 * 1024 * 1024


def read_csv(
    text: str, origin: str, stem: str, default_date: Optional[date], ids: Optional[dict] = None
) -> Iterator[Article | InputProblem]:
    """Records may span lines (quoted newlines); problems name the line where a record starts."""
    yield from read_csv_lines(io.StringIO(text, newline=""), origin, stem, default_date, ids)


def read_csv_lines(
    lines: Iterable[str], origin: str, stem: str, default_date: Optional[date], ids: Optional[dict] = None
) -> Iterator[Article | InputProblem]:
    """:func:`read_csv` over lines that keep their line endings (a file streamed line by line)."""
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    # strict: a quote never closed is an error, not a field that silently swallows the rest of the file.
    reader = csv.reader(lines, strict=True)
    header: Optional[list[str]] = None
    lines_read = 0
    while True:
        start = lines_read + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            yield InputProblem(f"{origin}:{start}", f"unreadable CSV ({err}); the rest of the file is skipped")
            return
        lines_read = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue  # blank line
        if header is None:
            header = [cell.strip().lower() for cell in row]
            if "text" not in header:
                yield InputProblem(
                    f"{origin}:{start}",
                    "the header row has no 'text' column (expected columns: id, date, text, title, url, source)",
                )
                return
            continue
        if len(row) != len(header):
            yield InputProblem(
                f"{origin}:{start}", f"the row has {len(row)} fields but the header has {len(header)}"
            )
            continue
        yield record_to_article(dict(zip(header, row)), f"{origin}:{start}", f"{stem}-{start}", default_date, ids)
    if header is None:
        yield InputProblem(origin, "empty CSV file: no header row")
