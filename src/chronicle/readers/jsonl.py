"""JSON Lines: one object per line with ``id``, ``date``, ``text`` and optional ``title``/``url``/``source``."""
from __future__ import annotations

import json
from datetime import date
from typing import Iterable, Iterator, Optional

from chronicle.errors import InputProblem
from chronicle.model import Article

from .common import record_to_article


def read_jsonl(
    text: str, origin: str, stem: str, default_date: Optional[date], ids: Optional[dict] = None
) -> Iterator[Article | InputProblem]:
    """Each line is read on its own: a broken line is reported and the rest goes on."""
    # Split on "\n" only: str.splitlines() would also split on U+2028 etc., which JSON allows in strings.
    yield from read_jsonl_lines(text.split("\n"), origin, stem, default_date, ids)


def read_jsonl_lines(
    lines: Iterable[str], origin: str, stem: str, default_date: Optional[date], ids: Optional[dict] = None
) -> Iterator[Article | InputProblem]:
    """:func:`read_jsonl` over lines already split on "\n" (a file streamed line by line)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputProblem(where, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        except (RecursionError, ValueError) as err:  # nested too deeply; a number too long to read
            yield InputProblem(where, f"not readable as JSON ({type(err).__name__}: {str(err)[:100]})")
            continue
        if not isinstance(record, dict):
            yield InputProblem(where, f"expected a JSON object, got {type(record).__name__}")
            continue
        yield record_to_article(record, where, f"{stem}-{number}", default_date, ids)
