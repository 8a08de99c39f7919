"""Sentence boundaries at line breaks, set before spaCy's parser (which keeps preset starts).

The parser does not always end a sentence at a paragraph break ("was closed at 6 a.m.\\n\\nRand
Water ordered ..." came out one sentence: the abbreviation hides the full stop), and then tense,
timex direction, roles and event dating read across two paragraphs. :func:`mark_line_breaks`
starts a sentence on the first word after a blank line, and after a single line break where the
text shows a boundary (the rules and their word lists: ``resources/segment.yaml``). It only adds
starts; every other boundary stays the parser's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml
from spacy.attrs import SENT_START

LINE_BREAKS = "chronicle_line_breaks"

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@lru_cache(maxsize=1)
def segment_rules() -> dict:
    text = resources.files("chronicle.resources").joinpath("segment.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def _compiled():
    r = segment_rules()
    months = "|".join(sorted(map(re.escape, r["months"]), key=len, reverse=True))
    seps = "".join(map(re.escape, r["label_separators"]))
    # a date label opening a line: "Feb 10:", "March 2, 2024 -", "10 February:"
    label = re.compile(rf"(?:(?:{months})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?:{months})\.?(?:\s+\d{{4}})?)"
                       rf"\s*[{seps}](?:\s|$)", re.IGNORECASE)
    return (frozenset(r["sentence_final"]), frozenset(r["closing_marks"]), frozenset(r["bullets"]), label,
            r["heading_max_words"], frozenset(r["heading_small_words"]))


def mark_line_breaks(doc):
    """Preset ``is_sent_start`` on the first word of a line that opens a new sentence (see the module).

    The words that open such a line stay in its sentence (``is_sent_start`` False): the parser,
    given a start, otherwise makes a sentence of a lone bullet, opening quote or "U.S.", or of a
    date label ("- | Feb 2: | Lesotho announces ..."); so does a heading line ("May 15, | 2009").
    """
    words = [t for t in doc if not t.is_space]
    # Read and written as one array (1 start, -1 none, 0 unset) and set once at the end: Doc.text joins
    # every token on each call, and each Token.is_sent_start assignment scans the whole doc (spaCy's
    # check for a parse), so either, per line break, made a long article quadratic.
    text = doc.text
    starts = doc.to_array([SENT_START]).astype("int64")
    for prev, word in zip(words, words[1:]):
        gap = text[prev.idx + len(prev.text):word.idx]
        if "\n" not in gap:
            continue
        if _BLANK_LINE.search(gap):
            _start_line(doc, text, starts, word)
            continue
        kind = _single_break_ends(doc, text, prev, word)
        if kind is not None:
            _start_line(doc, text, starts, word)
            if kind == "heading":
                _keep_line(doc, text, starts, prev)
    if (starts != doc.to_array([SENT_START]).astype("int64")).any():
        doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


def _start_line(doc, text: str, starts, word) -> None:
    """A sentence starts at ``word``; its line's opening (a bullet, a date label) and the word after stay in it."""
    _, _, bullets, label, _, _ = _compiled()
    line = _rest_of_line(text, word.idx)
    keep = word.idx + len(word.text)
    if word.text in bullets:
        keep = word.idx + len(line) - len(line[len(word.text):].lstrip())
        line = line[keep - word.idx:]
    m = label.match(line)
    if m:
        keep += m.end() if word.text in bullets else m.end() - len(word.text)
    starts[word.i] = 1
    for i in range(word.i + 1, len(doc)):
        tok = doc[i]
        if tok.is_space or "\n" in text[word.idx:tok.idx]:
            break
        if starts[i] != 1:
            starts[i] = -1
        if tok.idx >= keep:
            break


def _rest_of_line(text: str, start: int) -> str:
    """The text from offset ``start`` to the end of its line."""
    end = text.find("\n", start)
    return text[start:len(text) if end < 0 else end]


def _keep_line(doc, text: str, starts, last) -> None:
    """The heading line that ends with ``last`` is one sentence: no start inside it."""
    line_start = text.rfind("\n", 0, last.idx) + 1
    for i in range(last.i, 0, -1):
        if doc[i].idx <= line_start:
            break
        if starts[i] != 1:  # a start set before (limits.cap_sentences) stays
            starts[i] = -1


def _single_break_ends(doc, text: str, prev, word):
    """Whether a single line break between ``prev`` and ``word`` is a sentence boundary: "list"
    (the next line opens with a bullet, not before a date label), "end" (the line before ends a sentence),
    "heading" (the line before is a heading) or None."""
    final, closing, bullets, label, max_words, small = _compiled()
    next_line = _rest_of_line(text, word.idx)
    bullet = word.text in bullets or next_line[:1] in bullets
    if label.match(next_line.lstrip("".join(bullets) + " \t")):
        # a timeline box's line ("- Feb 10: ministers meet"): dating reads each line on its own
        # (dating.timeline_lines); cut into sentences, a line lost its year and its trigger
        # (measured: a bare "Jan 20" over a present tense resolved a year ahead)
        return None
    if bullet:
        return "list"
    first = next_line[:1]
    if first.islower():
        return None  # a wrapped sentence goes on
    last = prev
    while last.i > 0 and last.text in closing and not doc[last.i - 1].is_space:
        last = doc[last.i - 1]
    if last.text[-1:] in final:
        return "end"
    if (first.isupper() or first.isdigit()) and _heading(text, prev, max_words, small, final):
        return "heading"
    return None


def _heading(text: str, prev, max_words: int, small: frozenset, final: frozenset) -> bool:
    """The line that ends with ``prev`` is a heading: short, every word capitalised but small ones."""
    line = text[text.rfind("\n", 0, prev.idx) + 1:prev.idx + len(prev.text)]
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if not words or len(words) > max_words or line.rstrip()[-1:] in final:
        return False
    return all(w[0].isupper() or w.lower() in small for w in words)


def add_line_breaks(nlp) -> None:
    """Put :func:`mark_line_breaks` in front of ``nlp``'s parser (once)."""
    from chronicle.limits import add_before_parser

    add_before_parser(nlp, LINE_BREAKS, mark_line_breaks)
