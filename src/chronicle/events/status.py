"""Event status from modality, negation and tense cues (resources/events/status.yaml)."""
from __future__ import annotations

from chronicle.events.lexicon import status_cues

ORDER = ("denied", "possible", "planned")


def governors(tok, limit: int = 5, coordinates: bool = True):
    """Tokens above the trigger, up to the clause that reports it (reporting verbs stop the walk).
    ``coordinates=False`` leaves out the verbs the trigger is coordinated with, walking through them."""
    barriers = set(status_cues()["barriers"])
    out = []
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "relcl") and cur.head.lemma_.lower() in barriers:
            break
        coordinated = cur.dep_ == "conj"
        cur = cur.head
        if coordinates or not coordinated:
            out.append(cur)
        if cur.lemma_.lower() in barriers:
            break
    return out


def _denied_by(tok, cues) -> bool:
    """Whether a verb or noun of denial, refusal or cancelling (``denied.governors``) has the
    trigger in what it denies: reached from the trigger through complements only -- an
    infinitive ("refused to release", "Minsk's refusal to release"), a that-clause ("denied that
    Putin met Kim"), an object ("canceled the talks") -- not through an adjunct ("rejected the
    demands, with Kovalenko calling the threat blackmail") or a relative clause. What is rejected
    as an object was made ("rejected an appeal", "the deal was rejected": ``keeps_object``); an
    event noun is denied with the verb it is the object of only when that verb carries it out
    (``support_verbs``: "refused to hold talks", not "failed to pass the deal")."""
    spec = cues["denied"]
    words, keeps = set(spec.get("governors", ())), set(spec.get("keeps_object", ()))
    barriers = set(cues["barriers"])
    cur, first = tok, True
    for _ in range(5):
        if cur.head.i == cur.i or cur.dep_ not in _COMPLEMENTS:
            return False
        dep, cur = cur.dep_, cur.head
        if dep == "conj":
            continue  # a coordinated verb shares what governs the first ("refused to free X and lift Y")
        lemma = cur.lemma_.lower()
        if lemma in words and not (first and dep in ("dobj", "nsubjpass") and lemma in keeps):
            return True
        if lemma in barriers:
            return False
        if first and dep in ("dobj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and \
                lemma not in words | set(cues.get("support_verbs", ())):
            return False  # the object of another act: "failed to pass the deal" (the deal was made)
        first = False
    return False


# Relations through which a governor's denial reaches the trigger (``_denied_by``).
_COMPLEMENTS = {"xcomp", "ccomp", "dobj", "nsubjpass", "acl", "conj"}


def _aux(tok):
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def status_of(tok) -> str:
    """occurred / planned / possible / denied for the event whose trigger is ``tok``."""
    cues = status_cues()
    # a coordinated verb is a sibling, not a governor ("rejected the council and called for a
    # sit-in": the call is not rejected); what governs both governs it ("plans to visit Moscow
    # and meet Putin"), and an auxiliary of the first verb is shared (``verbs`` below)
    chain = governors(tok, coordinates=False)
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
    # the infinitive or that-clause of a request: "urged Iran to release the tanker"
    asked_in = {(v.dep_, v.head.lemma_.lower()) for v in verbs if v.dep_ in ("xcomp", "ccomp") and v.head.i != v.i}
    for status in ORDER:
        spec = cues[status]
        req = spec.get("requested_by") or {}
        if any(lemma in req.get("infinitive" if dep == "xcomp" else "clause", ()) for dep, lemma in asked_in):
            return status
        if spec.get("negation") and any(_negated(v) for v in verbs):
            return status
        if set(spec.get("aux", [])) & set().union(*(_aux(v) for v in verbs)):
            return status
        if set(spec.get("modifiers", [])) & mods:
            return status
        if status == "denied":
            if _denied_by(tok, cues):
                return status
        elif set(spec.get("governors", [])) & set(gov_lemmas):
            return status
    return "occurred"
