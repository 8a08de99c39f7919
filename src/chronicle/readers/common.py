"""Helpers shared by the readers: decoding bytes, parsing dates, building articles."""
from __future__ import annotations

import codecs
import re
from datetime import date
from typing import Optional

from pydantic import ValidationError

from chronicle.errors import InputProblem
from chronicle.model import Article

NO_DATE = "no date: pass --date or start the file with 'date YYYY-MM-DD'"

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SLASH_DATE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
# What may follow the date part of a full ISO timestamp: THH:MM[:SS[.fff]][Z|+HH:MM].
_ISO_TIME = re.compile(r"[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?")


class DecodeError(ValueError):
    """The bytes are not text we can read."""


def decode(data: bytes) -> str:
    """Bytes -> text: UTF-8 (BOM optional), UTF-16/32 with a BOM, else cp1252/Latin-1.

    A file with NUL bytes and no UTF-16/32 BOM is treated as binary.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise DecodeError(f"not valid {encoding.upper()} text ({err.reason} at byte {err.start})") from err
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # never fails


def parse_date(value: str, allow_slash: bool = False) -> date:
    """``YYYY-MM-DD`` or a full ISO timestamp (its date part, as written); optionally ``YYYY/MM/DD``.

    Raises ``ValueError`` with a one-sentence reason.
    """
    s = value.strip()
    m = _ISO_DATE.match(s)
    if m and (m.end() == len(s) or _ISO_TIME.fullmatch(s, m.end())):
        parts = m.groups()
    else:
        m = _SLASH_DATE.fullmatch(s) if allow_slash else None
        if not m:
            expected = "YYYY-MM-DD or YYYY/MM/DD" if allow_slash else "YYYY-MM-DD"
            raise ValueError(f"unrecognized date {value!r}: expected {expected}")
        parts = m.groups()
    try:
        return date(*(int(p) for p in parts))
    except ValueError:
        raise ValueError(f"impossible date {value!r}: no such day in the calendar") from None


def make_article(origin: str, **fields) -> Article | InputProblem:
    """Build an Article, turning a (should-not-happen) validation failure into a problem."""
    try:
        return Article(origin=origin, **fields)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ())) or "record"
        return InputProblem(origin, f"invalid {where}: {first.get('msg', 'bad value')}")


def resolve_date(raw: Optional[str], default_date: Optional[date], allow_slash: bool = False) -> date:
    """The article date: an explicit value must parse; a missing one falls back to ``default_date``.

    Raises ``ValueError`` (with the reason) when there is no usable date.
    """
    if raw is None or not raw.strip():
        if default_date is None:
            raise ValueError("no date: pass --date or give the record a 'date'")
        return default_date
    return parse_date(raw, allow_slash=allow_slash)


def record_to_article(
    record: dict, origin: str, fallback_id: str, default_date: Optional[date]
) -> Article | InputProblem:
    """One JSONL/CSV record (``id``, ``date``, ``text``, optional ``title``/``url``/``source``)."""
    values = {}
    for key in ("id", "date", "text", "title", "url", "source"):
        value = record.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and key == "id":
            value = str(value)
        if value is not None and not isinstance(value, str):
            return InputProblem(origin, f"field '{key}' must be a string, not {type(value).__name__}")
        if isinstance(value, str) and not value.strip():
            value = None  # an empty cell is a missing value
        values[key] = value
    if values["text"] is None:
        return InputProblem(origin, "empty or missing 'text'")
    try:
        day = resolve_date(values["date"], default_date, allow_slash=True)
    except ValueError as err:
        return InputProblem(origin, str(err))
    return make_article(
        origin,
        id=values["id"].strip() if values["id"] else fallback_id,
        date=day,
        text=values["text"],
        title=values["title"],
        url=values["url"],
        source=values["source"],
    )
