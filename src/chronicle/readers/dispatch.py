"""Route each input path (file, directory or ``-`` for stdin) to the reader for its format."""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional

from chronicle.errors import InputProblem
from chronicle.model import Article

from chronicle.limits import MAX_FILE_BYTES

from .common import DecodeError, clean_field, decode, decode_html, decode_lines, streamable
from .csvfile import read_csv, read_csv_lines
from .html import read_html
from .jsonl import read_jsonl, read_jsonl_lines
from .seed import looks_like_seed, read_seed
from .text import read_text

Item = Article | InputProblem

# Extensions read when walking a directory (other files there are skipped silently).
EXTENSIONS = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
}
STDIN_NAME = "<stdin>"
# JSONL and CSV files from this size on are read line by line, so memory stays flat whatever
# the file's size (smaller ones are read whole: one decode, one format sniff).
STREAM_FROM_BYTES = 8 * 1024 * 1024


def read_inputs(
    paths: Iterable[str], default_date: Optional[date] = None, stdin: Optional[IO] = None
) -> Iterator[Item]:
    """Yield an Article per readable article and an InputProblem per unusable input; never raise.

    ``paths`` are files, directories (read recursively, in sorted order) or ``-`` for ``stdin``
    (default: ``sys.stdin``). ``default_date`` (the CLI's ``--date``) dates inputs that carry none.
    """
    for item in _read_all(paths, default_date, stdin):
        if isinstance(item, InputProblem):
            # A file name that is not valid UTF-8 must not make the message unprintable/unstorable.
            origin, reason = clean_field(item.origin), clean_field(item.reason)
            if (origin, reason) != (item.origin, item.reason):
                item = InputProblem(origin, reason)
        yield item


def _read_all(paths, default_date: Optional[date], stdin: Optional[IO]) -> Iterator[Item]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # a single path, not a list of one-character paths
    ids: dict = {}  # explicit record ids seen in this read -> (content hash, origin)
    for raw in paths:
        name = os.fspath(raw)
        if name == "-":
            yield from _guarded(name, lambda: _read_stdin(stdin, default_date, ids))
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_dir(path, default_date, ids)
        elif path.exists():
            yield from _guarded(name, lambda: _read_file(path, default_date, ids))
        else:
            yield InputProblem(name, "no such file or directory")


def _guarded(origin: str, produce) -> Iterator[Item]:
    """Run one input's reader; an unexpected failure becomes a problem instead of ending the batch."""
    try:
        yield from produce()
    except Exception as err:  # noqa: BLE001 - one bad input must never stop a batch
        yield InputProblem(origin, f"could not be read ({type(err).__name__}: {err})")


def _read_dir(root: Path, default_date: Optional[date], ids: dict) -> Iterator[Item]:
    found = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for filename in filenames:
            if not filename.startswith(".") and Path(filename).suffix.lower() in EXTENSIONS:
                found.append(Path(folder, filename))
    if not found:
        known = ", ".join(EXTENSIONS)
        yield InputProblem(str(root), f"no readable files in the directory (looked for {known})")
        return
    for path in sorted(found, key=lambda p: p.relative_to(root).parts):
        yield from _guarded(str(path), lambda: _read_file(path, default_date, ids))


def _read_file(path: Path, default_date: Optional[date], ids: Optional[dict] = None) -> Iterator[Item]:
    origin = str(path)
    kind = EXTENSIONS.get(path.suffix.lower())
    try:
        size = path.stat().st_size
        if kind in ("text", "html") and size > MAX_FILE_BYTES:
            # One article per file: refused unread, so a huge file never has to fit in memory.
            yield InputProblem(origin, f"file too large for one article: {size:,} bytes "
                                       f"(the limit is {MAX_FILE_BYTES:,})")
            return
        if kind in ("jsonl", "csv") and size >= STREAM_FROM_BYTES:
            with path.open("rb") as f:
                if streamable(f.read(65536)):
                    f.seek(0)
                    yield from _read_stream(f, origin, path.stem, kind, default_date, ids)
                    return
        data = path.read_bytes()
    except OSError as err:
        yield InputProblem(origin, f"cannot read the file ({err.strerror or err})")
        return
    yield from _read_bytes(data, origin, path.stem, kind, default_date, ids)


def _read_stream(f, origin: str, stem: str, kind: str, default_date: Optional[date],
                 ids: Optional[dict]) -> Iterator[Item]:
    lines = decode_lines(f)
    if kind == "jsonl":
        yield from read_jsonl_lines((line[:-1] if line.endswith("\n") else line for line in lines),
                                    origin, stem, default_date, ids)
    else:
        yield from read_csv_lines(lines, origin, stem, default_date, ids)


def _read_stdin(stdin: Optional[IO], default_date: Optional[date], ids: Optional[dict] = None) -> Iterator[Item]:
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
    yield from _read_bytes(stream.read(), STDIN_NAME, "stdin", None, default_date, ids)


def _read_bytes(
    data: bytes | str, origin: str, stem: str, kind: Optional[str], default_date: Optional[date],
    ids: Optional[dict] = None,
) -> Iterator[Item]:
    """Decode, pick the format (by extension, else by sniffing the content) and read."""
    if isinstance(data, bytes):
        try:
            text = decode_html(data) if kind == "html" else decode(data)
        except DecodeError as err:
            yield InputProblem(origin, str(err))
            return
    else:
        text = data
    if not text.strip():
        yield InputProblem(origin, "empty file: no article text")
        return
    if kind is None:
        kind = _sniff(text)
        if kind == "html" and isinstance(data, bytes):
            text = decode_html(data)  # the page's own charset declaration counts
    if kind == "jsonl":
        yield from read_jsonl(text, origin, stem, default_date, ids)
    elif kind == "csv":
        yield from read_csv(text, origin, stem, default_date, ids)
    elif kind == "html":
        yield from read_html(text, origin, stem, default_date)
    elif looks_like_seed(text):
        yield from read_seed(text, origin, stem)
    else:
        yield from read_text(text, origin, stem, default_date)


def _sniff(text: str) -> str:
    """Format of content without a known extension: JSONL, seed, HTML, CSV or plain text."""
    head = text.lstrip()
    if head.startswith("{"):
        return "jsonl"
    if looks_like_seed(text):
        return "text"  # the seed header is recognised by the text route
    if head.startswith("<"):
        return "html"
    # CSV: a header row that names a 'text' column among others ("id,date,text").
    first = head.split("\n", 1)[0].strip().lower()
    if len(first) < 200 and "," in first and "text" in [c.strip().strip('"') for c in first.split(",")]:
        return "csv"
    return "text"
