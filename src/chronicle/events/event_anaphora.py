"""Definite event anaphors ("the seizure", "that attack") as mentions of the one earlier act they name.

Rules in ``resources/events/anaphora.yaml`` (section ``acts``). Runs after status (the antecedent's
status is known) and before dating; the dating stage then gives the new mention its act's date and
status (it is the same act: the noun's own sentence dates another verb, "arrested 14 people on Sunday
in connection with the attack"). Precision
first: exactly one earlier mention within the window whose trigger lemma the noun names, else
nothing; a noun marked generic or still to come, or with a party of its own that is not one of the
antecedent's, stays out. The new mention's parties are copies of the antecedent's fillers, whose
evidence (offsets) stays the antecedent's spans in the same article."""
from __future__ import annotations

import bisect
from typing import Optional

from chronicle.events.anaphora import anaphora_rules
from chronicle.model import Mention, Sentence, Span

_NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


def _definite(tok, rules: dict) -> bool:
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in rules["determiners"]:
            return True
        if c.dep_ == "poss" and c.lower_ in rules["possessives"]:
            return True
    return False


def _blocked(tok, rules: dict) -> bool:
    for c in tok.children:
        if c.lower_ in rules["blocking_modifiers"] and c.dep_ in ("amod", "det", "compound", "nummod"):
            return True
        if c.dep_ == "acl" and c.lemma_.lower() in rules["blocking_participles"]:
            return True
    return False


def _own_parties(tok, rules: dict) -> list:
    """The words of parties the noun names itself: objects of its own-party prepositions, names as
    compound or possessive."""
    words = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in rules["own_party_preps"]:
            words += [o for o in c.children if o.dep_ == "pobj"]
        elif c.dep_ in ("compound", "poss", "amod") and c.ent_type_ in _NAME_ENTS:
            words.append(c)
    return words


def _party_of(word, ante: Mention) -> bool:
    texts = [(f.text + " " + (f.name or "")).lower() for f in ante.actor + ante.recipient]
    heads = {word.lower_, word.lemma_.lower()}
    return any(h and h in t.split() for h in heads for t in texts)


def resolve_act_anaphora(doc, result, triggers: dict) -> list[tuple[Mention, Mention]]:
    """Add a mention for each definite event noun that names exactly one earlier act; return the
    (new mention, antecedent) pairs, so that dating can give the new mention its act's date."""
    rules = anaphora_rules().get("acts")
    if not rules or not result.events:
        return []
    nouns = rules["nouns"]
    starts = [s.start for s in result.sentences] or [0]
    covered = [(m.trigger.start, m.trigger.end) for m in result.events]
    # (sentence index, token index, trigger lemma, mention) of each earlier act, by trigger position
    acts = []
    for m in result.events:
        i = triggers[id(m)][0]
        acts.append((bisect.bisect_right(starts, m.trigger.start) - 1, i, doc[i].lemma_.lower(), m))
    added: list[tuple[Mention, int, object, Mention]] = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        names = nouns.get(tok.lower_) or nouns.get(tok.lemma_.lower())
        if not names or not _definite(tok, rules) or _blocked(tok, rules):
            continue
        if any(s <= tok.idx < e for s, e in covered):
            continue  # already a mention
        k = bisect.bisect_right(starts, tok.idx) - 1
        cands = {i: m for s, i, lemma, m in acts
                 if i < tok.i and k - rules["window_sentences"] <= s <= k and lemma in names}
        # a noun that referred back to an act (same parties' evidence) is that act again
        acts_of = {(m.type, tuple((f.start, f.end) for f in m.actor + m.recipient)): (i, m)
                   for i, m in sorted(cands.items())}
        if len(acts_of) != 1:
            continue  # none, or which one is meant is unknown
        (ante_i, ante), = acts_of.values()
        if ante.status not in rules["statuses"]:
            continue
        own = _own_parties(tok, rules)
        if own and not all(_party_of(w, ante) for w in own):
            continue  # a party of its own that is not the antecedent's: another act
        mention = Mention(
            id="", type=ante.type, mode=ante.mode, plover=ante.plover, cameo=ante.cameo, status=ante.status,
            actor=[f.model_copy() for f in ante.actor], recipient=[f.model_copy() for f in ante.recipient],
            trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
            sentence=Sentence.of(tok.sent), confidence=ante.confidence,
        )
        added.append((mention, tok.i, triggers[id(ante)][1], ante))
    for mention, i, rule, _ in added:
        # in text order among the mentions, the others keeping theirs
        pos = next((n for n, m in enumerate(result.events) if m.trigger.start > mention.trigger.start),
                   len(result.events))
        result.events.insert(pos, mention)
        triggers[id(mention)] = (i, rule)
    return [(mention, ante) for mention, _, _, ante in added]
