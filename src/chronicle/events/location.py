"""Where the event happened: a place in the trigger's clause ("in Moscow", "at Pyongyang's
Mansudae Assembly Hall"), the head of a "where" clause, or a visit's destination; resolved
with the gazetteer to name, country, latitude and longitude."""
from __future__ import annotations

from typing import Optional

from chronicle.events.status import governors
from chronicle.model import Location, Mention
from chronicle.nlp import ents_in

# where something happens, or the ground a march or an attack covers ("marched through central
# Tbilisi", "rallied outside parliament in Tbilisi", "clashes across Kosovo")
_PLACE_PREPS = {"in", "at", "inside", "near", "outside", "through", "throughout", "across", "around", "along"}
_PLACE_ENTS = {"GPE", "LOC", "FAC", "ORG"}


def _gazetteer():
    from chronicle.actors.gazetteer import Gazetteer

    return Gazetteer.default()


def _place_in(span) -> Optional[Location]:
    gz = _gazetteer()
    candidates = [e for e in ents_in(span) if e.label_ in _PLACE_ENTS]  # not span.ents: quadratic
    for ent in candidates:
        for piece in (ent, *[ent.doc[t.i:t.i + 1] for t in ent if t.pos_ == "PROPN"]):
            text = piece.text
            for suffix in ("’s", "'s"):
                if text.endswith(suffix):
                    text = text[: -len(suffix)]
            loc = gz.lookup(text)
            if loc:
                return loc.model_copy(update={"text": text, "start": piece.start_char,
                                              "end": piece.start_char + len(text)})
    return None


def _pobj_span(prep):
    for obj in prep.children:
        if obj.dep_ == "pobj":
            sub = list(obj.subtree)
            return obj.doc[sub[0].i:sub[-1].i + 1]
    return None


def locate(doc, mention: Mention, trigger_i: int) -> Optional[Location]:
    tok = doc[trigger_i]
    # "... Hall, where Russian Ambassador Alexandr Matsegora presented the medal"
    if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
        head = tok.head
        loc = _place_in(doc[head.left_edge.i:head.i + 1])
        if loc:
            return loc
    for t in [tok, *governors(tok, limit=2)]:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS:
                span = _pobj_span(c)
                if span is not None:
                    loc = _place_in(span)
                    if loc:
                        return loc
    if mention.mode == "visit":
        for r in mention.recipient:
            loc = _gazetteer().lookup(r.text)
            if loc:
                return loc.model_copy(update={"text": r.text, "start": r.start, "end": r.end})
    return None
