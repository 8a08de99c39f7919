"""Event status from modality, negation and tense cues (resources/events/status.yaml)."""
from __future__ import annotations

from chronicle.events.lexicon import status_cues

ORDER = ("denied", "possible", "planned")


def governors(tok, limit: int = 5):
    """Tokens above the trigger, up to the clause that reports it (reporting verbs stop the walk)."""
    barriers = set(status_cues()["barriers"])
    out = []
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "relcl") and cur.head.lemma_.lower() in barriers:
            break
        cur = cur.head
        out.append(cur)
        if cur.lemma_.lower() in barriers:
            break
    return out


def _aux(tok):
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def status_of(tok) -> str:
    """occurred / planned / possible / denied for the event whose trigger is ``tok``."""
    cues = status_cues()
    chain = governors(tok)
    # Clause verbs that share the trigger's modality: the trigger, and the verbs it is xcomp/conj of.
    verbs = [tok]
    cur = tok
    # A nominal event carried out by its support verb shares that verb's modality: "will extend
    # the curfew", "would tighten the blockade" (not "will condemn the attack": the attack is
    # the condemned event, not a planned one).
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") and \
            tok.head.lemma_.lower() in cues.get("support_verbs", ()):
        cur = tok.head
        verbs.append(cur)
    while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i:
        cur = cur.head
        verbs.append(cur)
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "advmod", "compound")}
    gov_lemmas = [g.lemma_.lower() for g in chain]
    for status in ORDER:
        spec = cues[status]
        if spec.get("negation") and any(_negated(v) for v in verbs):
            return status
        if set(spec.get("aux", [])) & set().union(*(_aux(v) for v in verbs)):
            return status
        if set(spec.get("modifiers", [])) & mods:
            return status
        if set(spec.get("governors", [])) & set(gov_lemmas):
            return status
    return "occurred"
