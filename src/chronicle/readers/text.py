"""Plain text: the whole file is the article; the date comes from ``--date``."""
from __future__ import annotations

from datetime import date
from typing import Iterator, Optional

from chronicle.errors import InputProblem
from chronicle.model import Article

from .common import NO_DATE, make_article


def read_text(
    text: str, origin: str, article_id: str, default_date: Optional[date]
) -> Iterator[Article | InputProblem]:
    if not text.strip():
        yield InputProblem(origin, "empty file: no article text")
    elif default_date is None:
        yield InputProblem(origin, NO_DATE)
    else:
        yield make_article(origin, id=article_id, date=default_date, text=text)
