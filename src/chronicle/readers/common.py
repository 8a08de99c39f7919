"""Helpers shared by the readers: decoding bytes, parsing dates, building articles."""
from __future__ import annotations

import codecs
import re
from datetime import date
from typing import Iterator, Optional

from pydantic import ValidationError

from chronicle.errors import InputProblem
from chronicle.limits import too_long
from chronicle.model import Article

NO_DATE = "no date: pass --date or start the file with 'date YYYY-MM-DD'"

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SLASH_DATE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
# What may follow the date part of a full ISO timestamp: THH:MM[:SS[.fff]][Z|+HH:MM].
_ISO_TIME = re.compile(r"[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?")


class DecodeError(ValueError):
    """The bytes are not text we can read."""



def _utf8_text(data: bytes) -> Optional[str]:
    """The text when the bytes are valid UTF-8; None when they are not; binary is an error."""
    if _mostly_control(data):
        raise DecodeError("binary file (mostly control bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None

def decode(data: bytes) -> str:
    """Bytes -> text: UTF-8 (BOM optional), UTF-16/32 with a BOM (or UTF-16 without one, told
    by its NUL bytes), else cp1252/Latin-1 -- line by line when UTF-8 and legacy lines are mixed.

    A file with NUL bytes that is not UTF-16/32, or that is mostly control bytes, is binary.
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
        encoding = _bomless_utf16(data)
        if encoding is None:
            raise DecodeError("binary file (contains NUL bytes), not text")
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as err:
            raise DecodeError(f"not valid {encoding.upper()} text ({err.reason} at byte {err.start})") from err
    text = _utf8_text(data)
    if text is not None:
        return text
    # Not UTF-8 as a whole: each line on its own (a corpus concatenated from UTF-8 and legacy
    # files keeps its UTF-8 lines intact), legacy lines as cp1252, else Latin-1.
    return "".join(_decode_legacy(line) for line in data.splitlines(keepends=True))


def streamable(head: bytes) -> bool:
    """Whether a file starting with ``head`` (its first 64 KiB) can be decoded line by line as
    :func:`decode` would decode it whole: no UTF-16/32 (BOM or NUL bytes), not binary."""
    return not (head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                                 codecs.BOM_UTF16_BE)) or b"\x00" in head or _mostly_control(head))


def decode_lines(stream) -> Iterator[str]:
    """The lines of a binary stream (line endings kept) decoded as :func:`decode` decodes a whole
    file that :func:`streamable` accepts: with a UTF-8 BOM, UTF-8 (bad bytes replaced); else
    UTF-8, cp1252 or Latin-1, line by line."""
    bom = None
    for raw in stream:
        if bom is None:
            bom = raw.startswith(codecs.BOM_UTF8)
            if bom:
                raw = raw[len(codecs.BOM_UTF8):]
        yield raw.decode("utf-8", errors="replace") if bom else _decode_legacy(raw)


def _decode_legacy(line: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            pass
    return line.decode("latin-1")  # never fails


def _bomless_utf16(data: bytes) -> Optional[str]:
    """"utf-16-le"/"utf-16-be" for text whose NULs are the high bytes of ASCII characters."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.6 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.6 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1a")


def _mostly_control(data: bytes) -> bool:
    """More than a tenth of the first 64 KiB are control bytes that text does not use."""
    sample = data[:65536]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > 0.1 * len(sample)


# <meta charset=...>, <meta http-equiv="Content-Type" content="...; charset=...">, <?xml encoding=...?>
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)
# What browsers read these labels as (WHATWG Encoding Standard): Latin-1 and ASCII labels mean cp1252.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252", "iso8859-1": "cp1252", "iso_8859-1": "cp1252", "x-sjis": "shift_jis",
                    "gb2312": "gb18030", "gbk": "gb18030", "iso-8859-9": "cp1254", "tis-620": "cp874"}


def decode_html(data: bytes) -> str:
    """An HTML page: a byte order mark wins; then valid UTF-8 (pages saved by a scraper are
    re-encoded as UTF-8 and often keep their old ``<meta charset>``); then the charset the page
    declares in its first 4 KiB (``<meta charset>``, ``http-equiv``, the XML declaration);
    then :func:`decode`."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data:
        return decode(data)
    text = _utf8_text(data)
    if text is not None:
        return text
    m = _DECLARED_CHARSET.search(data[:4096])
    if m:
        label = (m.group(1) or m.group(2)).decode("ascii").lower()
        try:
            name = codecs.lookup(_CHARSET_ALIASES.get(label, label)).name
        except LookupError:
            name = None
        if name and not name.startswith(("utf-8", "utf-16", "utf-32")):
            return data.decode(name, errors="replace")
    return decode(data)


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_field(value: str) -> str:
    """Text every store can keep: no NUL characters (PostgreSQL refuses them) and no lone UTF-16
    surrogates (a JSON ``\\ud800`` escape; they cannot be encoded as UTF-8), each made U+FFFD."""
    if "\x00" in value:
        value = value.replace("\x00", "\ufffd")
    return _SURROGATE.sub("\ufffd", value)


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
    """Build an Article, turning a (should-not-happen) validation failure into a problem.

    Text fields are made storable (:func:`clean_field`); a text over the length limit is refused.
    """
    origin = clean_field(origin)
    fields = {k: clean_field(v) if isinstance(v, str) else v for k, v in fields.items()}
    reason = too_long(fields.get("text") or "")
    if reason:
        return InputProblem(origin, reason)
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
    record: dict, origin: str, fallback_id: str, default_date: Optional[date], ids: Optional[dict] = None
) -> Article | InputProblem:
    """One JSONL/CSV record (``id``, ``date``, ``text``, optional ``title``/``url``/``source``).

    ``ids`` (id -> (content hash, origin), shared by one read) catches an id given twice with a
    different text or date: the first record is kept, the later one is a problem.
    """
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
    article = make_article(
        origin,
        id=values["id"].strip() if values["id"] else fallback_id,
        date=day,
        text=values["text"],
        title=values["title"],
        url=values["url"],
        source=values["source"],
    )
    if ids is not None and values["id"] and isinstance(article, Article):
        first = ids.setdefault(article.id, (article.content_hash, origin))
        if first[0] != article.content_hash:
            return InputProblem(origin, f"duplicate id {article.id!r} with a different text or date than "
                                        f"the record at {first[1]} (that one is kept)")
    return article
