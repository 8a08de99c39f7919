"""The tagger's values by expression text, for the resolver tests: with the regex tense cues alone
(no parse) or with the spaCy parse (the pipeline's own path)."""
from __future__ import annotations

from datetime import date

from chronicle.nlp import get_nlp
from chronicle.time.tagger import tag_timexes


def regex_values(text: str, dct: str) -> dict[str, str]:
    return {text[t.start:t.end]: t.value for t in tag_timexes(text, date.fromisoformat(dct))}


def parsed_values(text: str, dct: str, parse: bool = True) -> dict[str, str]:
    doc = get_nlp()(text) if parse else None
    return {text[t.start:t.end]: t.value for t in tag_timexes(text, date.fromisoformat(dct), doc=doc)}
