"""Definite country anaphora as an event's recipient ("Kim's visit to the country" -> Russia).

Rules in ``resources/events/anaphora.yaml``. Only events without a recipient country are touched, and
only "the <country noun>" governed by the trigger through one of the listed prepositions; the
antecedent is the country mentioned last before it, within a few sentences, other than a country
of the event's actor (a leader's visit "to the country" is to another country than his own)."""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from chronicle.model import Actor, AnnotatedArticle, Mention, RoleFiller


@lru_cache(maxsize=1)
def anaphora_rules() -> dict:
    from chronicle.events.lexicon import load_resource

    return load_resource("anaphora.yaml")


def _anaphor(doc, trigger_i: int, nouns: frozenset, preps: frozenset):
    for prep in doc[trigger_i].children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            if (obj.dep_ == "pobj" and obj.lemma_.lower() in nouns
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)):
                first = min([obj.i] + [c.i for c in obj.children if c.dep_ in ("det", "amod") and c.i < obj.i])
                return doc[first:obj.i + 1]
    return None


def _antecedent(result: AnnotatedArticle, before: int, exclude: set, min_start: int) -> Optional[Actor]:
    best: Optional[tuple[int, Actor]] = None
    for a in result.actors:
        if a.kind != "country" or not a.country or a.country in exclude:
            continue
        for s in a.mentions:
            if min_start <= s.start and s.end <= before and (best is None or s.end > best[0]):
                best = (s.end, a)
    return best[1] if best else None


def resolve_country_anaphora(doc, result: AnnotatedArticle, events: list[tuple[Mention, int]]) -> None:
    """Give "the country" governed by the trigger a country, for events whose recipient has none."""
    rules = anaphora_rules()
    nouns, preps = frozenset(rules["nouns"]), frozenset(rules["preps"])
    starts = [s.start for s in result.sentences]
    for m, trigger_i in events:
        if any(f.country for f in m.recipient):
            continue
        span = _anaphor(doc, trigger_i, nouns, preps)
        if span is None:
            continue
        k = bisect.bisect_right(starts, span.start_char) - 1
        min_start = starts[max(0, k - rules.get("window_sentences", 2))] if starts else 0
        own = {f.country for f in m.actor if f.country}
        a = _antecedent(result, span.start_char, own, min_start)
        if a is not None:  # it stands in for an unresolved filler of the same words, if any
            kept = [f for f in m.recipient if f.end <= span.start_char or f.start >= span.end_char]
            m.recipient = kept + [RoleFiller(text=span.text, name=a.name, country=a.country, sector=a.sector,
                                             start=span.start_char, end=span.end_char, actor_id=a.id)]
