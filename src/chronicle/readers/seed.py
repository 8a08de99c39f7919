"""The seed format: ``date YYYY-MM-DD`` then the article text (same line or the next ones)."""
from __future__ import annotations

import re
from typing import Iterator

from chronicle.errors import InputProblem
from chronicle.model import Article

from .common import make_article, parse_date

# Optional leading whitespace, the lowercase word "date", blanks, one token.
_HEADER = re.compile(r"\s*date[ \t]+(\S+)")


def looks_like_seed(text: str) -> bool:
    return _HEADER.match(text) is not None


def read_seed(text: str, origin: str, article_id: str) -> Iterator[Article | InputProblem]:
    """One article; ``text`` must start with the date header (see :func:`looks_like_seed`)."""
    m = _HEADER.match(text)
    if m is None:
        yield InputProblem(origin, "no 'date YYYY-MM-DD' header at the start of the file")
        return
    line = text.count("\n", 0, m.start(1)) + 1
    try:
        day = parse_date(m.group(1))
    except ValueError as err:
        yield InputProblem(f"{origin}:{line}", f"{err}")
        return
    body = text[m.end():].lstrip()
    if not body:
        yield InputProblem(origin, "no article text after the date line")
        return
    yield make_article(origin, id=article_id, date=day, text=body)
