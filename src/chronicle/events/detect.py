"""Event detection and roles: trigger words from the lexicon, participants from the parse.

Constructions handled (each has a test): active and passive clauses ("Kim has been awarded a
medal by the Russian government"), coordination ("Kim and Putin signed" -> both actors of a
symmetric event), titles and appositions (through the actor index), possessive and nominal
events ("Putin's visit to North Korea"), subjects shared by xcomp/conj verbs ("Lavrov is
planning to visit Pyongyang", "Shoigu traveled ... and met with Kim"), "on the directive of X".
"""
from __future__ import annotations

from typing import Optional

from chronicle.actors.extract import ActorIndex, ActorMention, resolve_pronoun
from chronicle.events.lexicon import TriggerRule, triggers
from chronicle.model import Mention, RoleFiller, Sentence, Span

# "on the directive of Putin", "on behalf of the government": the object is the real actor.
_ON_BEHALF = {"directive", "order", "orders", "instruction", "instructions", "behalf", "initiative", "command"}
_SUBJECT_SHARING = {"xcomp", "conj", "advcl", "pcomp"}
_QUANTITY_NOUNS = {"thousand", "hundred", "dozen", "million", "group", "number", "crowd", "team", "delegation", "unit", "contingent"}


def _children(tok, dep: str):
    return [c for c in tok.children if c.dep_ == dep]


def _prep_objects(tok, prep: str):
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ == prep:
            out.extend(x for x in c.children if x.dep_ in ("pobj", "pcomp"))
    return out


def _with_conjuncts(toks):
    out = []
    for t in toks:
        out.append(t)
        stack = [c for c in t.children if c.dep_ == "conj"]
        while stack:
            c = stack.pop()
            out.append(c)
            stack.extend(x for x in c.children if x.dep_ == "conj")
        # "Choe Son-hui and Vice Foreign Minister Kim Jong-gyu": the parser may attach the
        # second name to the verb; appositions name the same participant.
    return out


def is_passive(tok) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _subject(tok):
    """Subjects of a verb, inherited from the governing verb when it has none of its own."""
    seen = 0
    cur = tok
    while cur is not None and seen < 4:
        subj = _children(cur, "nsubj")
        if subj:
            return subj
        if cur.dep_ in _SUBJECT_SHARING and cur.head.i != cur.i:
            cur = cur.head
            seen += 1
            continue
        if cur.dep_ == "relcl":
            return []
        return []
    return []


def fillers_for(tok, specs, passive: bool) -> list:
    found = []
    for spec in specs:
        if spec == "nsubj":
            found.extend(_subject(tok) if not passive else [])
        elif spec == "agent":
            found.extend(_prep_objects(tok, "by"))
        elif spec in ("dobj", "dative"):
            # "Kim has been awarded a medal": the passive subject is the dative/direct object.
            if passive and not any(_children(tok, "nsubjpass") == f for f in found):
                found.extend(x for x in _children(tok, "nsubjpass") if x not in found)
            found.extend(x for x in _children(tok, spec) if x.pos_ in ("PROPN", "NOUN", "PRON"))
            if spec == "dative":
                for d in _children(tok, "dative"):
                    found.extend(x for x in d.children if x.dep_ == "pobj")
        elif spec == "poss":
            found.extend(_children(tok, "poss"))
        elif spec.startswith("prep:"):
            objs = _prep_objects(tok, spec[5:])
            if not objs and tok.pos_ == "VERB":
                # PP attached to the object by the parser: "conferred similar medals on Kim".
                for obj in _children(tok, "dobj"):
                    objs.extend(_prep_objects(obj, spec[5:]))
            found.extend(objs)
    return _with_conjuncts(found)


def _on_behalf_actor(tok) -> list:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            for obj in c.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in _ON_BEHALF:
                    return _with_conjuncts(_prep_objects(obj, "of"))
    return []


def mention_for(doc, tok, index: ActorIndex) -> Optional[ActorMention]:
    """The actor a filler token stands for: itself, a pronoun's antecedent, or a modifier of it."""
    m = index.at(tok.i)
    if m:
        return m
    if tok.pos_ == "PRON":
        return resolve_pronoun(doc, tok, index)
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "poss", "appos", "nmod"):
            m = index.at(c.i)
            if m:
                return m
    if tok.lemma_.lower() in _QUANTITY_NOUNS:  # "thousands of Georgian protesters"
        for obj in _prep_objects(tok, "of"):
            m = mention_for(doc, obj, index)
            if m:
                return m
    return None


def _role(doc, toks, index: ActorIndex) -> list[RoleFiller]:
    out: list[RoleFiller] = []
    seen: set[str] = set()
    for t in toks:
        m = mention_for(doc, t, index)
        if m is None:
            continue
        key = m.actor_id or f"{m.start}"
        if key in seen:
            continue
        seen.add(key)
        out.append(RoleFiller(text=m.text, name=m.name, country=m.country, sector=m.sector,
                              start=m.start, end=m.end, actor_id=m.actor_id))
    return out


def _requirements_met(tok, rule: TriggerRule, actor, recipient) -> bool:
    req = rule.requires
    if not req:
        return True
    if "dobj" in req:
        objs = _children(tok, "dobj") + _children(tok, "nsubjpass")
        if not any(o.lemma_.lower() in req["dobj"] or o.lower_ in req["dobj"] for o in objs):
            return False
    if "prep" in req and not any(c.dep_ == "prep" and c.lower_ in req["prep"] for c in tok.children):
        return False
    if req.get("recipient") and not recipient:
        return False
    if req.get("actor") and not actor:
        return False
    return True


def _pos_key(tok) -> Optional[str]:
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ != "aux"):
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
        return "NOUN"
    return None


def detect_events(doc, index: ActorIndex) -> list[tuple[Mention, int, TriggerRule]]:
    """Event mentions with their trigger token and the rule that typed them."""
    lex = triggers()
    found = []
    for tok in doc:
        key = _pos_key(tok)
        if key is None:
            continue
        for rule in lex.rules(tok.lemma_.lower(), key):
            passive = key == "VERB" and is_passive(tok)
            actor = _role(doc, fillers_for(tok, rule.actor, passive), index)
            recipient = _role(doc, fillers_for(tok, rule.recipient, passive), index)
            if not actor and key == "VERB":
                actor = _role(doc, _on_behalf_actor(tok), index)
            if rule.symmetric and actor and not recipient:
                pass  # all coordinated subjects already act together
            # One participant cannot be on both sides.
            actor_ids = {a.actor_id for a in actor}
            recipient = [r for r in recipient if r.actor_id not in actor_ids]
            if not _requirements_met(tok, rule, actor, recipient):
                continue
            if not actor and not recipient:
                continue  # an event needs a participant ("the visit" alone says nothing)
            sent = tok.sent
            mention = Mention(
                id="", type=rule.type, mode=rule.mode, plover=rule.type, cameo=rule.cameo,
                actor=actor, recipient=recipient,
                trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
                sentence=Sentence.of(sent),
                confidence=0.5 + (0.2 if actor else 0) + (0.2 if recipient else 0),
            )
            found.append((mention, tok.i, rule))
            break  # first matching alternative wins
    return found
