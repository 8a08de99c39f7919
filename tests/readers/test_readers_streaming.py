"""Large JSONL / CSV files are read line by line, with exactly the results of reading them whole."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from chronicle.errors import InputProblem
from chronicle.readers import dispatch, read_inputs

JSONL = (codecs.BOM_UTF8
         + b'{"id": "a", "date": "2024-05-01", "text": "Putin visited Pyongyang."}\r\n'
         + b'{"id": "b", "date": "2024-05-02", "text": "Caf\xe9 owners protested in Paris."}\n'  # cp1252 line
         + b'not json at all\n'
         + b'\n'
         + '{"id": "c", "date": "2024-05-03", "text": "Seoul\u2028said so. \u00fcber"}\n'.encode("utf-8")
         + b'[1, 2]\n'
         + b'{"id": "d", "date": "2024-05-04", "text": "last line without a newline"}')

CSV = (b'id,date,text\r\n'
       b'a,2024-05-01,"Putin visited\r\nPyongyang."\r\n'
       b'b,2024-05-02,Caf\xe9 owners protested\n'
       b'c,2024-05-03\n'
       b'\n'
       + 'd,2024-05-04,"Seoul said ""no"" \u00fcber"\n'.encode("utf-8")
       + b'e,2024-05-05,"never closed\n')


def summary(items) -> list:
    return [(i.origin, i.reason) if isinstance(i, InputProblem) else (i.id, i.date.isoformat(), i.text, i.origin)
            for i in items]


@pytest.mark.parametrize("name,data", [("corpus.jsonl", JSONL), ("corpus.csv", CSV)])
def test_streamed_file_reads_exactly_as_a_whole_file(tmp_path, monkeypatch, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    whole = summary(read_inputs([str(path)]))
    assert any(isinstance(x[1], str) and "2024" in x[1] for x in whole)  # articles were read
    assert any(len(x) == 2 for x in whole)                               # and problems reported

    monkeypatch.setattr(dispatch, "STREAM_FROM_BYTES", 1)

    def no_whole_read(self):
        raise AssertionError("a streamed file must not be read whole")

    monkeypatch.setattr(Path, "read_bytes", no_whole_read)
    assert summary(read_inputs([str(path)])) == whole


def test_utf16_file_is_not_streamed_but_still_read(tmp_path, monkeypatch):
    path = tmp_path / "wide.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + '{"id": "a", "date": "2024-05-01", "text": "Hello."}\n'.encode("utf-16-le"))
    monkeypatch.setattr(dispatch, "STREAM_FROM_BYTES", 1)
    assert [x[0] for x in summary(read_inputs([str(path)]))] == ["a"]
