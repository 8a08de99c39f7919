"""Event detection and roles: trigger words from the lexicon, participants from the parse.

Constructions handled (each has a test): active and passive clauses ("Kim has been awarded a
medal by the Russian government"), coordination ("Kim and Putin signed" -> both actors of a
symmetric event), titles and appositions (through the actor index), possessive and nominal
events ("Putin's visit to North Korea"), subjects shared by xcomp/conj verbs ("Lavrov is
planning to visit Pyongyang", "Shoigu traveled ... and met with Kim"), "on the directive of X".
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from chronicle.actors import lexicon
from chronicle.actors.extract import _COLLECTIVE, ActorIndex, ActorMention, resolve_pronoun, time_modifier
from chronicle.actors.gazetteer import Gazetteer
from chronicle.actors.lexicon import capitals, country_name, country_of, organisation, sector_of
from chronicle.events.attribution import line_starts, label_end
from chronicle.events.lexicon import (CALENDAR_NAMES, TriggerRule, date_word, load_resource, parties_file, triggers,
                                      verbs_of_saying)
from chronicle.model import Mention, RoleFiller, Sentence, Span

# "on the directive of Putin", "on behalf of the government": the object is the real actor.
_ON_BEHALF = {"directive", "order", "orders", "instruction", "instructions", "behalf", "initiative", "command"}
_SUBJECT_SHARING = {"xcomp", "conj", "advcl", "pcomp", "acomp"}  # acomp: "X is willing to withdraw"
_QUANTITY_NOUNS = {"thousand", "hundred", "dozen", "million", "billion", "group", "number", "crowd", "team",
                   "delegation", "unit", "contingent", "ton", "tonne", "dollar", "worth", "shipment", "batch",
                   "amount", "package", "lot", "part", "some", "member", "members", "batallion", "battalion"}


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
        # "Putin and North Korean leader Kim Jong Un signed": the parser may hang the first
        # conjunct on the second name as a modifier (nmod), with the "and" under it
        stack.extend(c for c in t.children if c.dep_ == "nmod" and any(x.dep_ == "cc" for x in c.children))
        while stack:
            c = stack.pop()
            out.append(c)
            stack.extend(x for x in c.children if x.dep_ == "conj")
        # "Choe Son-hui and Vice Foreign Minister Kim Jong-gyu": the parser may attach the
        # second name to the verb; appositions name the same participant.
    return out


def is_passive(tok) -> bool:
    if _stative(tok):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


# Verbs whose passive keeps an object, the thing given ("was handed a note", "was fined $500").
_DOUBLE_OBJECT_PASSIVES = frozenset({"hand", "fine", "fin", "give", "grant", "award", "offer", "deny", "serve", "send",
                                     "show", "promise", "refuse"})


def _coordinated_passive(tok) -> bool:
    """A participle coordinated with a passive verb, with no subject or auxiliary of its own, shares
    its auxiliary: "was summoned and handed a protest note", "were questioned and released". The
    parser may tag one as a past tense ("handed", "fined"); with an object it is passive only for a
    verb whose passive keeps an object, given to no one else ("was summoned and handed a note"; not
    "was criticised and accused the opposition", nor "... and handed a note to the minister")."""
    if tok.dep_ != "conj" or tok.head.pos_ != "VERB" or not is_passive(tok.head) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "dative") for c in tok.children):
        return False
    if not _children(tok, "dobj"):
        return tok.tag_ == "VBN"  # "were questioned and released", "arrested and charged with ..."
    return tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in _DOUBLE_OBJECT_PASSIVES and not _prep_objects(tok, "to")


def _stative(tok) -> bool:
    """A participle used as an adjective: "Israel is opposed to French mediation" (Israel
    opposes it), with the preposition of its complement and no "by" agent (parties.yaml)."""
    preps = _stative_participles().get(tok.lower_)
    return bool(preps) and any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children) \
        and not any(c.dep_ == "agent" for c in tok.children)


@lru_cache(maxsize=1)
def _stative_participles() -> dict:
    return {k: frozenset(v) for k, v in parties_file()["stative_participles"].items()}


def _subject(tok):
    """Subjects of a verb, inherited from the governing verb when it has none of its own."""
    seen = 0
    cur = _result_participle_host(tok) or tok
    via_xcomp = False
    while cur is not None and seen < 4:
        # a passive governor's subject is its infinitive's too: "Orban is expected to visit
        # Beijing", "he was forced to resign" (raising, and object control made passive)
        subj = _children(cur, "nsubj") or (_children(cur, "nsubjpass") if via_xcomp or _stative(cur) else [])
        if subj and via_xcomp and cur.lemma_.lower() in _object_control():
            # ... and an active one's object is: "Britain urged Iran to release the tanker" (Iran
            # releases), "called on the warring parties to stop fighting" (parties.yaml)
            obj = _children(cur, "dobj") or (_prep_objects(cur, "on") if cur.lemma_.lower() == "call" else [])
            if obj:
                return obj
        if subj:
            return subj
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and \
                cur.head.lower_ in _gerund_object().get(cur.head.head.lemma_.lower(), ()):
            # "accused Cambodia of violating the ceasefire": the one accused does it (parties.yaml)
            return _children(cur.head.head, "dobj")
        if cur.dep_ in ("advcl", "xcomp") and cur.head.i != cur.i and _withstands(cur.head) and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and \
                any(o.i < cur.i for o in _children(cur.head, "dobj")):
            # (roles6) "police foiled a plot to kill the president": the infinitive after a
            # withstanding verb's object is what the object intended, not the subject's act
            return []
        if cur.dep_ in _SUBJECT_SHARING and cur.head.i != cur.i:
            via_xcomp = cur.dep_ == "xcomp"
            cur = cur.head
            seen += 1
            continue
        if cur.dep_ == "acl" and cur.tag_ == "VBG":
            return [cur.head]  # "demonstrators protesting election results"
        if _quantity_root_verb(cur):
            return [cur.head]  # (extract37) "Hundreds of lawyers marched ...", parsed as a participle of "Hundreds"
        return []
    return []


@lru_cache(maxsize=1)
def _patient_verbs() -> frozenset:
    """parties.yaml participle_patient.verbs: verbs that cannot go without their object."""
    return frozenset(parties_file()["participle_patient"]["verbs"])


_STATE_SECTORS = {"GOV", "COP", "MIL", "JUD", "LEG", "IGO"}


def _subject_is_patient(tok, actor: list) -> bool:
    """(roles15) A verb that cannot go without its object (parties.yaml participle_patient.verbs),
    told with a subject before it and no object, auxiliary or agent -- a headline or box line ("two
    Canadians released"), or a reduced relative the parser read as a clause ("the four sailors
    seized off the coast have returned", "the managers detained after the ban were released") -- is
    done to that subject. Not when a coordinated verb holds the object ("Police arrested and charged
    two men"), nor for a subject that is a state body or a country ("Police detained on Friday ...")."""
    if tok.lemma_.lower() not in _patient_verbs() or tok.tag_ not in ("VBD", "VBN") or \
            tok.dep_ not in ("ROOT", "csubj", "ccomp"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "agent", "attr", "oprd")
           or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children):
        return False
    if any(c.dep_ == "conj" and any(x.dep_ == "dobj" for x in c.children) for c in tok.children):
        return False
    subj = _children(tok, "nsubj")
    if not subj or any(s.pos_ not in ("NOUN", "PROPN") or s.i > tok.i for s in subj):
        return False
    # (a demonym's group takes its country's name as its name: "Canadians" is Canada's people, no state)
    return all(f.sector not in _STATE_SECTORS and not (f.country and f.text == country_name(f.country)) for f in actor)


def _comma_participle(tok) -> list:
    """(roles17) A passive participle set off by commas after a noun ("The Blue Heron, seized off
    Kismayo last week, is still in port") that the parser read as the clause's own verb, with the
    noun as its subject ("seized off Kismayo" as a verb, a particle and an object) and the real verb
    as a conjunct with no subject of its own: the noun is what the act was done to. Returns that
    subject (empty when the reading does not apply): a comma right after the subject's phrase and
    before the verb, a comma before the subjectless conjunct, no auxiliary, and no object but one
    after a particle (a place misread: "off Kismayo")."""
    if tok.tag_ not in ("VBD", "VBN") or tok.dep_ != "ROOT":
        return []
    subj = _children(tok, "nsubj")
    if len(subj) != 1 or subj[0].i > tok.i:
        return []
    doc = tok.doc
    between = doc[subj[0].i + 1:tok.i]
    subject_phrase = {x.i for x in subj[0].subtree}
    if not between or between[-1].text != "," or \
            any(not (t.is_punct or t.i in subject_phrase) for t in between):
        return []
    kids = list(tok.children)
    if any(c.dep_ in ("aux", "auxpass", "dative", "ccomp", "xcomp", "attr", "oprd") for c in kids):
        return []
    particle = [c for c in kids if c.dep_ == "prt"]
    if any(c.dep_ == "dobj" and not any(p.i < c.i for p in particle) for c in kids):
        return []  # a real object: the verb is active ("The navy, however, seized two boats")
    conj = [c for c in kids if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > tok.i and
            doc[c.i - 1].text == "," and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)]
    return subj if conj else []


def _through_place(doc, filler: RoleFiller, tok) -> bool:
    """Whether the filler is reached from ``tok`` through a locative preposition ("in Sabang")."""
    heads = [t for t in doc if filler.start <= t.idx < filler.end]
    return bool(heads) and _via_place(heads[-1], tok, _setting()[1])


def _participle_patient(doc, tok, index: ActorIndex) -> list[RoleFiller]:
    """(roles15) A participle said of a noun naming people, with no "by" agent and no object of its
    own ("the two men arrested in Sabang", "nurses kidnapped near Jacmel"): the act is done to them,
    not to the place of the participle's own phrase, which the target fallback had taken (used only to
    replace that place: no event is made that was not made before). A thing ("a ship attacked by
    night") stays out, as a participle with its agent is fillers_for's (extract21)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ not in ("NOUN", "PROPN") or \
            any(c.dep_ in ("agent", "dobj", "nsubj", "nsubjpass", "auxpass") for c in tok.children):
        return []
    head = tok.head
    if not any(a.pos_ in ("VERB", "AUX") for a in head.ancestors) and \
            tok.lemma_.lower() not in _patient_verbs():
        # no verb above the noun: the "participle" is the sentence's own verb, misread ("On Monday
        # villagers protested in Kampot", "An official newspaper called on Arabs to unite"), done to
        # the noun only when the verb cannot go without its object ("four employees detained in Gao")
        return []
    if head.pos_ == "NOUN" and index.at(head.i) is None:
        # a common noun naming people ("men", "nurses", "members"), not a quantity of things
        # ("shipments kept suspended")
        people = _parties()[1]
        if not (head.lemma_.lower() in people or head.lower_ in people or head.lemma_.lower() in _person_nouns()
                or sector_of(head.lemma_.lower()) is not None or sector_of(head.lower_) is not None):
            return []
    first = head
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # "pupils and teachers kidnapped from a school": both
    found = _role(doc, _with_conjuncts([first]), index)
    return [f for f in found if party_rank(f) >= 1]


def _raised_passive_subject(tok) -> list:
    """"The activists were likely to be deported", "is expected to be freed": a passive
    infinitive with no subject of its own is done to its raising governor's subject; (roles29) so is
    a passive participle clause ("Arrested at dawn, she denies the charges": _participle_clause)."""
    if tok.dep_ not in ("xcomp", "advcl") or _children(tok, "nsubj") or _children(tok, "nsubjpass"):
        return []
    if tok.dep_ == "advcl":
        # the main clause's subject, active or passive ("Seized off Mahajanga, the trawler was towed")
        return (_subject(tok) or _children(tok.head, "nsubjpass")) if _participle_clause(tok) else []
    return _subject(tok)


@lru_cache(maxsize=1)
def _participle_clause_marks() -> frozenset:
    return frozenset(parties_file()["participle_clause"]["marks"])


def _participle_clause(tok) -> bool:
    """(roles29) A past participle heading an adverbial clause with no subject, auxiliary or object of
    its own ("Arrested on Friday night, he denies the charges", "Once freed, the reporters left"): a
    passive told of the main clause's subject, who is done to, not the doer (its "by" agent is).
    parties.yaml participle_clause: the marks it may have."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "expl", "dative") for c in tok.children):
        return False  # "Having arrested the men, police ...": active
    if not all(c.lower_ in _participle_clause_marks() for c in tok.children if c.dep_ == "mark"):
        return False
    # before its clause ("Arrested at dawn, he ..."), or after it with its own "by" agent ("signed the
    # deal, applauded by 300 guests"); not "one day later than agreed", nor a participle right after a
    # noun and its comma, said of that noun ("Under the deal, signed in Paris, Chad will pay")
    if tok.i > tok.head.i and not _children(tok, "agent"):
        return False
    k, first = tok.i - 1, tok.sent.start
    while k >= first and tok.doc[k].is_punct:
        k -= 1
    return not (k >= first and k < tok.i - 1 and tok.doc[k].pos_ in ("NOUN", "PROPN"))


@lru_cache(maxsize=1)
def _quantity_root() -> tuple[frozenset, frozenset]:
    data = parties_file()["quantity_root"]
    return frozenset(data["nouns"]), frozenset(data["verbs"])


def _quantity_root_verb(tok) -> bool:
    """(extract37) A verb the parser hangs as a participle on a quantity noun that it makes the
    sentence's root ("Hundreds of nurses protested outside the ministry": *protested* an acl of
    *Hundreds*): the sentence's main verb, the quantity ("of nurses") its subject. Only verbs of
    acting with no passive sense (parties.yaml ``quantity_root``): "Dozens of protesters arrested in
    the capital" is a headline's passive and stays as it was."""
    nouns, verbs = _quantity_root()
    head = tok.head
    return tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.i > head.i and head.dep_ == "ROOT" and \
        head.lower_ in nouns and tok.lemma_.lower() in verbs and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in tok.children)


def fillers_for(tok, specs, passive: bool) -> list:
    found = []
    for spec in specs:
        if spec == "nsubj":
            found.extend(_subject(tok) if not passive else [])
        elif spec == "agent":
            if passive or tok.pos_ != "VERB":
                by = _prep_objects(tok, "by")
                if not by and passive and tok.dep_ == "conj" and is_passive(tok.head):
                    by = _prep_objects(tok.head, "by")  # "was convicted by a court and fined ...": the court fined
                found.extend(by)
            else:
                # An active verb's "by" phrase is no agent: the means ("by continuing to battle")
                # or the object's own agent misattached ("denied charges by the clergymen").
                found.extend(x for x in _children(tok, "agent") for x in x.children if x.dep_ == "pobj")
        elif spec in ("dobj", "dative"):
            # "Kim has been awarded a medal": the passive subject is the dative/direct object.
            if passive and not any(_children(tok, "nsubjpass") == f for f in found):
                subj = _children(tok, "nsubjpass")
                if not subj and not _children(tok, "nsubj") and tok.dep_ == "conj" and is_passive(tok.head):
                    # "He was detained ... and was released the next day": a coordinated passive
                    # with no subject of its own shares its governor's
                    subj = _children(tok.head, "nsubjpass")
                if not subj:
                    subj = _raised_passive_subject(tok)
                found.extend(x for x in subj if x not in found)
            elif spec == "dobj" and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
                    tok.head.pos_ in ("NOUN", "PROPN") and _children(tok, "agent"):
                # "the bulk carrier attacked by Houthi rebels": a participle with its "by" agent
                # said of a noun is a passive done to that noun, and to the name that noun is in
                # apposition to ("The Aurora Star, the bulk carrier attacked by ...") (extract21) --
                # the name alone when there is one (roles17): the noun is the same party, and a name
                # modifying the noun is not ("Nino Abashidze, the Gugutiantkari villager detained by
                # ...": no recipient "Gugutiantkari")
                if tok.head.dep_ == "appos" and tok.head.head.pos_ == "PROPN":
                    found.append(tok.head.head)
                else:
                    found.append(tok.head)
            objs = [x for x in _children(tok, spec) if x.pos_ in ("PROPN", "NOUN", "PRON")]
            if spec == "dobj" and not passive and tok.pos_ == "VERB":
                # "denied charges by the clergymen": the parser hangs the object's "by" phrase on
                # the active verb (where it can be no agent); it names whose charges they are.
                objs = [b for o in objs for b in ([o] + ([x for x in _prep_objects(tok, "by") if x.i > o.i]
                                                         if _is_thing(o) else []))]
            found.extend(objs)
            if spec == "dative":
                for d in _children(tok, "dative"):
                    found.extend(x for x in d.children if x.dep_ == "pobj")
        elif spec == "poss":
            found.extend(_children(tok, "poss"))
        elif spec == "ccomp:nsubj":
            # "demanded that Hamas renounce ...": the one asked is the subject of the clause.
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp", "acl"):
                    found.extend(_children(c, "nsubj"))
        elif spec.startswith("prep:"):
            objs = _prep_objects(tok, spec[5:])
            if not objs and tok.pos_ == "VERB":
                # PP attached to the object by the parser: "conferred similar medals on Kim";
                # in the passive, to the subject that is the object (extract41: "a no-confidence
                # motion against the cabinet was lodged")
                for obj in _children(tok, "dobj") + (_children(tok, "nsubjpass") if passive else []):
                    objs.extend(_prep_objects(obj, spec[5:]))
            if not objs and spec == "prep:by" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                    and not is_passive(tok.head):
                # ... and the object's "by" phrase attached to the active verb: "will condemn
                # the attack on the embassy by rebels" (the rebels attacked).
                objs = [x for x in _prep_objects(tok.head, "by") if x.i > tok.i]
            found.extend(objs)
    return _with_conjuncts(found)


# Dependents through which the parties of a trigger's own clause are reached: objects, prepositional
# phrases, modifiers of those nouns, and the clause the trigger governs ("threatened to launch an
# offensive against Iraq", "blocked a road to show their disapproval for the United States").
# Not entered: the subject (the actor), conjoined verbs (their own events), relative clauses,
# parentheticals, and adverbial clauses other than purpose clauses ("as he embarked on a trip").
_PARTY_DEPS = {"dobj", "dative", "prep", "pobj", "pcomp", "xcomp", "advcl", "acl", "attr", "oprd",
               "nsubjpass", "poss", "compound", "amod", "nmod", "appos", "npadvmod", "ccomp", "prt"}
_PARTY_HOPS = 4
_NOT_ENTERED = {"nsubj", "agent", "conj", "cc", "relcl", "punct", "parataxis"}
# (roles22) the modifiers of a cited rule that name its maker ("UN sanctions", "the EU's sanctions")
_RULE_MAKER_DEPS = {"compound", "amod", "nmod", "poss"}


@lru_cache(maxsize=1)
def _cited_rule() -> tuple[frozenset, frozenset]:
    """(nouns whose "of" phrase names a rule an act breaks or follows, prepositions citing one): parties.yaml."""
    data = parties_file()["cited_rule"]
    return frozenset(data["of_heads"]), frozenset(data["preps"])


def _cites_rule(tok) -> bool:
    """(roles22) Whether a nominal trigger is cited as a rule ("in violation of UN sanctions", "under
    EU sanctions"): its modifiers name who made the rule, not whom it targets."""
    if tok.dep_ != "pobj":
        return False
    heads, preps = _cited_rule()
    prep = tok.head
    return prep.lower_ in preps or (prep.lower_ in ("of", "with") and prep.head.lemma_.lower() in heads)


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset:
    return frozenset(parties_file()["speaker_apposition"]["nouns"])


@lru_cache(maxsize=1)
def _speaker_verbs() -> frozenset:
    return frozenset(parties_file()["speaker_apposition"]["verbs"])


def _speaker_phrases(tok, light=None) -> set[int]:
    """(roles22, roles23) The tokens of a speaker's phrase the parser hangs as an apposition in the act's
    phrase: on the act itself ("the shelling of the depot, a spokesman for the EU said": an act is no
    person), or on a noun of its phrase when a reporting verb with no subject of its own follows the
    phrase ("the ambush of the convoy, an aide to the president said"; "killed Omar, an aide to the
    governor" keeps the aide). parties.yaml speaker_apposition."""
    out = set()
    for top in (tok, light):
        if top is None:
            continue
        for c in top.subtree:
            if c.dep_ != "appos" or c.lemma_.lower() not in _speaker_nouns():
                continue
            after = c.doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(c.doc) else None
            if after is not None and after.is_punct:  # "..., a spokesman for the EU, said"
                after = c.doc[after.i + 1] if after.i + 1 < len(c.doc) else None
            told = after is not None and after.lemma_.lower() in _speaker_verbs() and \
                not any(x.dep_ in ("nsubj", "nsubjpass") for x in after.children)
            if c.head.i == tok.i or told:
                out |= {x.i for x in c.subtree}
    return out


@lru_cache(maxsize=1)
def _destinations() -> tuple[frozenset, frozenset, frozenset]:
    """(verbs of carrying or heading somewhere, prepositions of the destination, verbs of heading after
    which "for" is one too): parties.yaml destination."""
    data = parties_file()["destination"]
    return frozenset(data["verbs"]), frozenset(data["preps"]), frozenset(data["for_verbs"])


def _destination_phrases(tok, light=None) -> set[int]:
    """(roles23) The tokens of a destination told by a participle that describes a thing or people of the
    act's phrase ("seized a ship carrying coal to Iran", "a convoy bound for Gaza was stopped"): where the
    thing was going is no party the act is done to. parties.yaml destination."""
    verbs, preps, for_verbs = _destinations()
    out = set()
    tops = [t for t in (tok, light) if t is not None]
    sent = tok.sent
    for x in sent:
        if any(x.i == t.i for t in tops) or x.dep_ not in ("acl", "amod", "relcl") or \
                x.head.pos_ not in ("NOUN", "PROPN", "PRON") or x.lemma_.lower() not in verbs:
            continue
        for p in x.children:
            if p.dep_ == "prep" and (p.lower_ in preps or (p.lower_ == "for" and x.lemma_.lower() in for_verbs)):
                out |= {y.i for y in p.subtree}
    return out


@lru_cache(maxsize=1)
def _called_act() -> tuple[frozenset, frozenset]:
    data = parties_file()["called_act"]
    return frozenset(data["types"]), frozenset(data["preps"])


@lru_cache(maxsize=1)
def _called_gathering() -> tuple[frozenset, frozenset]:
    data = parties_file()["called_act"]
    return frozenset(data["setting_types"]), frozenset(data["setting_preps"])


def _called_act_places(tok, rule_type: str) -> set[int]:
    """(roles27) The tokens of where a called act goes ("called a march to Gitega for Friday",
    "called for a march to the parliament"): the destination phrase of an event noun that is the
    call's object or its "for" object, or the one the parser hung on the call itself while such a
    noun is its object. No one the call is made to (parties.yaml called_act)."""
    types, preps = _called_act()
    if rule_type not in types:
        return set()
    objects = [c for c in tok.children if c.dep_ in ("dobj", "oprd")] + \
        [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    acts = [a for a in _with_conjuncts(objects) if a.pos_ == "NOUN" and triggers().rules(a.lemma_.lower(), "NOUN")]
    # (roles28) "called a rally in Arequipa": where a called gathering is held is no one asked either
    gathering_types, setting_preps = _called_gathering()
    if acts and any(r.type in gathering_types for r in triggers().rules(acts[0].lemma_.lower(), "NOUN")):
        preps = preps | setting_preps
    return {y.i for a in acts[:1] for h in (a, tok) for p in h.children
            if p.dep_ == "prep" and p.lower_ in preps for y in p.subtree}


@lru_cache(maxsize=1)
def _object_control() -> frozenset:
    return frozenset(parties_file()["object_control"])


@lru_cache(maxsize=1)
def _gerund_object() -> dict:
    return {k: frozenset(v) for k, v in parties_file()["gerund_object"].items()}


@lru_cache(maxsize=1)
def _instruments() -> frozenset:
    return frozenset(parties_file()["instruments"])


def _no_instruments(doc, toks, index: ActorIndex) -> list:
    """(roles4) An actor's tokens with weapons of no known side left out: "the ship was hit by drones",
    "Rockets hit the base" name the means, the attacker stays unknown; "Russian missiles" keep
    their country, "Houthi drones" are the Houthis' (the name modifying them) (parties.yaml instruments)."""
    out = []
    for t in toks:
        if not _weapon(doc, t, index):
            out.append(t)
            continue
        # "missiles fired by the Israeli military": the agent of the weapon's participle acts
        out.extend(x for c in t.children if c.dep_ == "acl" for a in _children(c, "agent") for x in a.children
                   if x.dep_ == "pobj")
        out.extend(c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN")
    return out


def _weapon(doc, t, index: ActorIndex) -> bool:
    """A weapon word of no known side (parties.yaml instruments)."""
    # (roles21) a sentence's first word the tagger takes for a name ("Gunfire killed two men") counts too
    if not (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_sent_start and not t.ent_type_)) or \
            t.lower_ not in _instruments():
        return False
    m = mention_for(doc, t, index)
    return not (m is not None and (m.country or m.actor_id))


@lru_cache(maxsize=1)
def _parties() -> tuple[frozenset, frozenset]:
    data = parties_file()
    return frozenset(data["not_parties"]), frozenset(data["people"])


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    """(roles9) Singular nouns naming one person by what they do ("suspect", "gunman"): parties.yaml person_nouns."""
    return frozenset(parties_file()["person_nouns"])


@lru_cache(maxsize=1)
def _when_clause_data() -> tuple[frozenset, frozenset, frozenset]:
    """(roles18) parties.yaml when_clause_agent: the clause markers, the deaths and wounds, the verbs of force."""
    data = parties_file()["when_clause_agent"]
    return frozenset(data["markers"]), frozenset(data["deaths"]), frozenset(data["verbs"])


@lru_cache(maxsize=1)
def _result_participle_markers() -> frozenset:
    """(roles21) parties.yaml result_participle.markers."""
    return frozenset(parties_file()["result_participle"]["markers"])


def _result_participle_host(tok):
    """(roles21) "Gunmen stormed the hotel while the minister was speaking, killing six people": a
    participle of death or wound (when_clause_agent.deaths) hung by the parser on a "while" / "as" /
    "when" clause (parties.yaml result_participle.markers) whose verb uses no force, under a main verb
    that does, tells the result of the main verb: its subject is the main clause's. None otherwise."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.lemma_.lower() not in _when_clause_data()[1] or \
            any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return None
    clause = tok.head
    if clause.dep_ != "advcl" or clause.head.i == clause.i or \
            not any(c.dep_ == "mark" and c.lower_ in _result_participle_markers() for c in clause.children):
        return None
    return clause.head if _uses_force(clause.head) and not _uses_force(clause) else None


def _force_phrases(v) -> set[str]:
    """The verb's lemma alone and with each particle, object head or preposition ("open fire", "break up")."""
    lemma = v.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in v.children if c.dep_ in ("prt", "dobj", "prep")}


@lru_cache(maxsize=1)
def _light_force_data() -> tuple[frozenset, frozenset, frozenset]:
    """(roles20) parties.yaml when_clause_agent: light verbs, nouns of force, modifiers of no force."""
    data = parties_file()["when_clause_agent"]
    return frozenset(data["light_verbs"]), frozenset(data["force_nouns"]), frozenset(data["not_force_modifiers"])


def _uses_force(v) -> bool:
    """(roles18) A verb of force ("opened fire", "broke up"), or (roles20) a light verb whose object
    is a noun of force ("launched air strikes", "carried out a raid"; not "staged a general strike")."""
    phrases = _force_phrases(v)
    if phrases & _when_clause_data()[2]:
        return True
    light, nouns, no_force = _light_force_data()
    return bool(phrases & light) and any(
        o.lemma_.lower() in nouns and not any(m.lower_ in no_force for m in o.children if m.dep_ in ("amod", "compound"))
        for o in _with_conjuncts(_children(v, "dobj")))


def _when_clause_agent(tok) -> list:
    """(roles18) "A nurse was killed when riot police fired tear gas": a death or a wound with no
    actor of its own, told with a "when" / "as" clause whose verb uses force (parties.yaml
    when_clause_agent), is the act of that clause's subject (or its "by" agent). Not a pronoun
    ("when they stormed the post": often the dead themselves), nor the victims' own noun."""
    markers, deaths, _ = _when_clause_data()
    if tok.lemma_.lower() not in deaths:
        return []
    # the clause may hang on the killing or on a verb coordinated with it ("were killed and three
    # wounded when ...")
    hosts = [tok] + [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    victims = {t.lemma_.lower() for h in hosts for t in h.children if t.dep_ in ("nsubjpass", "nsubj", "dobj")}
    for host in hosts:
        for v in host.children:
            if v.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in markers for c in v.children):
                continue
            if not _uses_force(v) and not any(x.dep_ == "xcomp" and _uses_force(x) for x in v.children):
                continue
            doers = [c for c in v.children if c.dep_ == "nsubj"] or \
                [o for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            doers = [d for d in doers if d.pos_ != "PRON" and d.lemma_.lower() not in victims]
            if doers:
                return _with_conjuncts(doers)
    return []


@lru_cache(maxsize=1)
def _grievance() -> tuple[frozenset, frozenset]:
    """(prepositions of the place a protest happens in, prepositions searched in its grievance)."""
    data = parties_file()["protest"]
    return frozenset(data["places"]), frozenset(data["grievance"])


@lru_cache(maxsize=1)
def _facilities() -> frozenset:
    """(roles13) Buildings and sites whose place names no owner: parties.yaml place_of_a_thing.facilities."""
    return frozenset(parties_file()["place_of_a_thing"]["facilities"])


@lru_cache(maxsize=1)
def _setting() -> tuple[frozenset, frozenset]:
    """(types whose locative phrase is their setting, locative prepositions): parties.yaml."""
    data = parties_file()["setting"]
    return frozenset(data["types"]), frozenset(data["places"])


@lru_cache(maxsize=1)
def _modifier_actor_types() -> frozenset:
    return frozenset(parties_file()["modifier_actor"]["types"])


@lru_cache(maxsize=1)
def _patient_possessive() -> tuple[frozenset, frozenset, frozenset]:
    data = parties_file()["patient_possessive"]
    return frozenset(data["nouns"]), frozenset(data["pronouns"]), frozenset(data["person_possessors"])


def _patient_owner(tok, index: Optional[ActorIndex] = None) -> list:
    """"his arrest", "their deportation", (roles26) "Mr Osei's expulsion", "the envoy's arrest": the
    possessor of a noun naming an act done to people, with no "of" object of its own, names the one
    it is done to (parties.yaml patient_possessive), not its actor -- a personal pronoun, a person's
    name or a noun naming a person. A country, a body or an armed group keeps the frame's reading
    ("Boko Haram's kidnappings": theirs)."""
    nouns, pronouns, person_nouns = _patient_possessive()
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns and tok.lower_ not in nouns \
            or _prep_objects(tok, "of"):
        return []

    def person(c) -> bool:
        if c.lower_ in pronouns:
            return True
        m = index.at(c.i) if index is not None else None
        if m is not None and m.kind == "person":
            return not organisation(m.text)  # "Boko Haram's kidnappings": a group the NER took for a person
        return c.pos_ == "NOUN" and c.lemma_.lower() in person_nouns
    return [c for c in _children(tok, "poss") if person(c)]


@lru_cache(maxsize=1)
def _put_out_nouns() -> frozenset:
    return frozenset(parties_file()["put_out_of"]["nouns"])


def _put_out_of(tok) -> list:
    """(roles27) The "from" objects of a noun naming people put out of a country ("the expulsion of the
    consul from Ghana", parties.yaml put_out_of): the country that put them out, no one done to."""
    if tok.lemma_.lower() not in _put_out_nouns() and tok.lower_ not in _put_out_nouns():
        return []
    return _with_conjuncts(_prep_objects(tok, "from"))


@lru_cache(maxsize=1)
def _out_of_body_nouns() -> frozenset:
    return frozenset(parties_file()["put_out_of"]["body_nouns"]) | _put_out_nouns()


def _put_out_of_body(tok, index: ActorIndex) -> tuple[list, list]:
    """(roles28) "Mali's expulsion from the regional bloc", "Togo's suspension from ECOWAS": a country
    possessor of a noun naming one put out of a body, whose "from" object is no country and no place,
    is the one put out; the body put it out. Returns (the possessors, the "from" objects), or two
    empty lists. "Ghana's expulsion of the consul" (an "of" object) and "Mr Lee's expulsion from Ghana"
    (a country) are not this (_patient_owner, _put_out_of)."""
    if tok.pos_ != "NOUN" or _out_of_body_nouns().isdisjoint((tok.lemma_.lower(), tok.lower_)) \
            or _prep_objects(tok, "of"):
        return [], []
    bodies = _with_conjuncts(_prep_objects(tok, "from"))
    def place(b) -> bool:  # a body the lexicon knows is one, whatever the NER called it ("the African Union": GPE)
        kind = getattr(index.at(b.i), "kind", None)
        return kind == "country" or (kind != "organization" and organisation(_compound_name(b)) is None
                                     and b.ent_type_ in ("GPE", "LOC", "FAC"))
    if not bodies or any(place(b) for b in bodies):
        return [], []
    owners = [c for c in _children(tok, "poss") if getattr(index.at(c.i), "kind", None) == "country"]
    return (owners, bodies) if owners else ([], [])


@lru_cache(maxsize=1)
def _between_parties() -> tuple[frozenset, tuple]:
    data = parties_file()["between_parties"]
    return frozenset(data["types"]), tuple(f"prep:{p}" for p in data["prepositions"])


@lru_cache(maxsize=1)
def _hosted_talks() -> dict:
    data = parties_file()["hosted_talks"]
    return {k: frozenset(data[k]) for k in ("types", "nouns", "prepositions", "frames", "verbs")}


def _talks_host(tok):
    """(roles16) The verb of settling a noun of meeting hangs on through a setting phrase ("agreed
    ... after two days of talks", "signed ... at the end of a meeting"; parties.yaml hosted_talks),
    else None."""
    data = _hosted_talks()
    if not {tok.lower_, tok.lemma_.lower()} & data["nouns"]:
        return None
    h, framed = tok, False
    for _ in range(2):
        prep = h.head
        if h.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        verb = prep.head
        if verb.pos_ == "VERB":
            for _ in range(3):
                if verb.lemma_.lower() in data["verbs"] or verb.dep_ != "xcomp":
                    break
                verb = verb.head  # "agreed to set up a commission ... at talks": the agreeing subject's
            return verb if prep.lower_ in data["prepositions"] and verb.lemma_.lower() in data["verbs"] else None
        if prep.lower_ != "of" or framed or prep.head.lemma_.lower() not in data["frames"]:
            return None
        h, framed = prep.head, True  # "two days of talks": the frame noun carries the phrase
    return None


def _host_parties(doc, tok, index: ActorIndex, recipient: list) -> tuple[list, list]:
    """(roles16) The parties of the verb a noun of meeting hangs on (``_talks_host``), as the
    talks' (actor, recipient): the verb's subject acts, its "with" party and the talks' own
    "with" party are met; a joint subject is a dyad. Nothing unless every party has a country or
    is a named actor (a body alone keeps no recipient: its own session)."""
    verb = _talks_host(tok)
    if verb is None:
        return [], recipient
    subject = _role(doc, fillers_for(verb, ("nsubj", "agent"), is_passive(verb)), index)
    met = recipient + [r for r in _role(doc, fillers_for(verb, ("prep:with",), False), index) if r not in recipient]
    if not subject or not all(f.country or (f.actor_id and is_sure(f) and f.text[:1].isupper()) for f in subject + met):
        return [], recipient  # "the two trade ministers signed": who talked is not known
    keys = {f.actor_id or f.text for f in met}
    subject = [f for f in subject if (f.actor_id or f.text) not in keys]
    if not subject:
        return [], recipient
    if not met:  # a joint subject is a dyad; a body alone held its own session ("At a session, the council adopted")
        subject, met = subject[:1], subject[1:]
    return subject, met


def _setting_tokens(heads) -> set[int]:
    """Tokens of the locative phrases ("in Washington", "at the White House") attached to the
    trigger itself, to its light verb, or to an object naming a thing (the parser's attachment
    of "signed the agreement in Paris"): where an interaction happens, not who it is with."""
    _, places = _setting()
    out: set[int] = set()
    heads = [h for h in heads if h is not None]
    heads += [o for h in heads for o in _children(h, "dobj") if _is_thing(o)]
    for h in heads:
        for c in h.children:
            # "the Paris agreement", "the Geneva talks": a city modifier names the setting
            iso = country_of(c.text)
            if c.dep_ in ("compound", "nmod") and ((c.ent_type_ in ("GPE", "LOC", "FAC") and iso is None)
                                                    or c.text in capitals().get(iso or "", ())):
                out.add(c.i)
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in places:
                out.update(x.i for x in c.subtree)
    return out


def _via_place(t, top, places=None) -> bool:
    """Whether ``t`` is reached from ``top`` through a locative preposition ("in Kirkuk")."""
    places = places if places is not None else _grievance()[0]
    cur, n = t, 0
    while cur.i != top.i and cur.head.i != cur.i and n < 12:
        if cur.dep_ == "prep" and cur.lower_ in places:
            return True
        cur, n = cur.head, n + 1
    return False


def _people_over_place(doc, recipient: list, better: RoleFiller, tops) -> bool:
    """(roles7) A frame recipient naming people ("arrested four men", "evacuated 200 civilians") is
    the one the act is done to; a place the act happens in ("in raids in Lusaka", "in Gaza City")
    is where, and does not replace it, however surely it resolves."""
    if not any(party_rank(r) == 1 and not any(w[:1].isupper() for w in r.text.split()) for r in recipient):
        return False
    heads = [t for t in doc if better.start <= t.idx < better.end]
    return bool(heads) and any(h is not None and _via_place(heads[-1], h, _setting()[1]) for h in tops)


def _party_candidates(tok, skip: set[int], conditional: bool = False, protest: bool = False) -> list:
    """Noun (and nationality adjective) tokens of the trigger's clause, nearest first: a breadth-
    first walk down the parse where a preposition and its object count as one step. With
    ``conditional`` (a threat), the subject of an "unless" / "if" clause is a party, after all
    others: "threatened to strike unless Israel rescinded the annexation". With ``protest``, the
    grievance is searched as well: its participial clauses ("demonstrated calling for independence
    from Iraq") and the agent of what is protested ("rules imposed by the government")."""
    not_parties, _ = _parties()
    if protest:
        not_parties = not_parties - _grievance()[1] - _grievance()[0]  # "marched through Baghdad"
    out, conds, frontier, seen = [], [], [tok], {tok.i} | skip
    for _ in range(_PARTY_HOPS):
        nxt = []
        for node in frontier:
            for c in node.children:
                agent = protest and c.dep_ == "agent" and node.i != tok.i  # "a law imposed by X"
                if c.i in seen or (c.dep_ not in _PARTY_DEPS and not agent):
                    continue
                if c.dep_ == "advcl" and not any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children) \
                        and not (protest and c.tag_ == "VBG"):
                    if conditional and any(x.dep_ == "mark" and x.lower_ in ("unless", "if") for x in c.children):
                        seen.add(c.i)
                        conds.extend(x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.i not in seen)
                    continue  # another event ("as he embarked on a trip"); a purpose clause is this one's
                seen.add(c.i)
                if c.dep_ in ("prep", "prt") or agent:
                    if c.lower_ in not_parties and c.dep_ == "prep":
                        continue  # "according to reports", "after talks", "during the war"
                    for o in c.children:  # the preposition and its object are one step
                        if o.dep_ in ("pobj", "pcomp", "prep") and o.i not in seen:
                            seen.add(o.i)
                            nxt.append(o)
                            out.append(o)
                    continue
                nxt.append(c)
                out.append(c)
        frontier = nxt
    # The condition's party comes last: the threatened action's own party is the target first
    # ("threatened to break relations with Russia unless the Kremlin closed its base").
    return [t for t in out + conds if t.pos_ in ("PROPN", "NOUN", "PRON") or t.ent_type_ == "NORP"]


_ARTICLES = {"the", "a", "an"}
_FORCES = {"MIL", "COP"}
_FORCES_TARGETED = {"ASSAULT", "COERCE", "REQUEST"}  # types whose target is often unnamed forces ("called on the military to ...")


def is_sure(filler: RoleFiller, forces_sure: bool = False) -> bool:
    """A recipient the target fallback does not replace (``party_rank`` 2)."""
    return party_rank(filler, forces_sure) == 2


def party_rank(filler: RoleFiller, forces_sure: bool = False) -> int:
    """How surely a filler is a party: 2 a resolved actor (country or known actor), 1 a name
    ("Mandera County", "Ghanaians") or a noun naming people ("aid workers"), 0 anything else
    ("fuel deliveries", "concessions")."""
    words = filler.text.split()
    named = any(w[:1].isupper() and w.lower() not in _ARTICLES for w in words)
    if filler.country or (filler.actor_id and (named or forces_sure or filler.sector not in _FORCES)):
        return 2
    if filler.actor_id:
        # Unnamed forces of no known country ("army reservists", "peacekeepers", "police") are
        # mostly the actor's own instrument ("mobilized army reservists for a war against Iraq",
        # "refused to deploy peacekeepers in Iraq"): a party, but not a sure one -- except as
        # the target of an attack or a coercion (``forces_sure``: "attacked an army camp").
        return 1
    if named:
        return 1
    _, people = _parties()
    last = words[-1].lower() if words else ""
    return 1 if last in people or sector_of(last) is not None else 0


def affected_parties(doc, tok, index: ActorIndex, exclude: list, light=None,
                     conditional: bool = False, forces_sure: bool = False,
                     protest: bool = False, setting: bool = False, cited: bool = False,
                     rule_type: str = "") -> list[RoleFiller]:
    """The target of an event whose frame named no resolved recipient (PLOVER/CAMEO coding
    practice; resources/events/parties.yaml): the nearest resolved actor of the trigger's clause
    -- the party of a prepositional phrase ("aid for Romania", "a war against Iraq"), the place
    the action happens in ("suspended aid deliveries in Baghdad"), a nationality modifier
    ("Israeli air raids") -- else the nearest name or noun naming people ("kidnapped 16
    advisers"; ``party_rank``); nothing when the clause has no such party. For a nominal trigger
    the light verb's clause is searched too ("imposed a curfew in Cizre"); for a threat, the
    party of its condition ("unless Israel ..."). ``exclude``: the event's actors, never its
    target. With ``setting`` (an interaction: a meeting, an agreement, a request), a locative
    phrase of the trigger or its light verb is where it happens, never its target ("met in
    Washington", "signed the agreement in Paris"); a place inside a nested action still is
    ("refused to deploy peacekeepers in Iraq"). With ``cited`` (a measure cited as a rule: "in
    violation of UN sanctions"), the trigger's own modifiers made the rule and are no target."""
    keys = {a.actor_id or a.text for a in exclude}
    spans = [(a.start, a.end) for a in exclude]

    def skipped(head, extra=()):
        return {x.i for c in head.children if c.dep_ in _NOT_ENTERED for x in c.subtree} | set(extra)

    not_targets = {x.i for c in tok.children if c.dep_ in _RULE_MAKER_DEPS for x in c.subtree} if cited else set()
    # (roles22) "the shelling of the depot, a spokesman for the EU said": the parser's apposition of a
    # speaker to an act is the teller's phrase (parties.yaml speaker_apposition)
    not_targets |= _speaker_phrases(tok, light)
    # (roles23) "seized a ship carrying coal to Iran": where the thing was headed is no target
    not_targets |= _destination_phrases(tok, light)
    not_targets |= _called_act_places(tok, rule_type)  # (roles27) "called a march to Gitega": not asked
    cands = _party_candidates(tok, skipped(tok, not_targets), conditional, protest)
    if light is not None:
        cands += [c for c in _party_candidates(light, skipped(light, {x.i for x in tok.subtree} | not_targets),
                                               protest=protest)
                  if c not in cands]
    # (roles13) a place named only as where a building stands is no target; the building is, its owner unknown
    # (an interaction's place is its setting already, no target: no building stands in for it)
    held = {c.i: _place_of_a_thing(c, (tok, light), index) for c in cands}  # place -> its building, or None
    things = [] if setting else [th for th in held.values() if th is not None]
    cands = [c for c in cands if held[c.i] is None]

    def or_thing(found: list) -> list:
        if found or not things:
            return found
        owner = [c for c in things[0].children if c.dep_ == "poss" and c.pos_ != "PRON"]  # "the mayor's office"
        return _role(doc, owner, index) or [_noun_filler(doc, owner[0] if owner else things[0])]
    if setting:
        where = _setting_tokens((tok, light))
        # "talks with the agriculture minister in Košice": a name of no country in a locative
        # phrase deeper in an interaction's clause is where it happens too ("officials in Kabul"
        # resolves to a country and stays a party)
        cands = [c for c in cands if c.i not in where and not (
            c.pos_ == "PROPN" and _via_place(c, tok, _setting()[1]) and not (index.at(c.i) and index.at(c.i).country))]
    if not protest:  # a protest's place is its target when no party is named (below)
        cands = _where_not_whom(cands, (tok, light), index)
        cands = _court_not_whom(cands, (tok, light), index)
    else:
        # A protest is directed at a party (the one protested against: "demonstrated calling for
        # independence from Iraq"); the place it happens in ("in Kirkuk") is its target only
        # when no party is named.
        top = light if light is not None else tok
        places = [c for c in cands if _via_place(c, top)]
        parties = [c for c in cands if c not in places]
        found = _best_party(doc, parties, index, keys, spans, forces_sure)
        return or_thing(found if found else _best_party(doc, places, index, keys, spans, forces_sure))
    found = _best_party(doc, cands, index, keys, spans, forces_sure)
    if not found and setting:
        # "talks with the agriculture minister": an interaction's partner named by an official's
        # title alone (an actor sector, no name, no country) is a party, its country unknown
        found = [_noun_filler(doc, c) for c in cands if c.pos_ == "NOUN" and c.tag_ == "NN" and c.dep_ == "pobj"
                 and c.head.lower_ == "with" and sector_of(c.lemma_.lower()) is not None][:1]
    return or_thing(found)


def _place_of_a_thing(t, tops, index: ActorIndex):
    """(roles13) A city or other place named only as where the act's object is ("attacked the consulate
    in Lubumbashi", "shelled the airport in Goma"): the proper-name object of a locative preposition
    (parties.yaml setting.places) on that object, or on the trigger or its light verb when the verb's
    direct object is such a thing (the parser hangs "in Lubumbashi" on "attacked") -- a building or
    site someone owns (parties.yaml place_of_a_thing.facilities) with no actor mention of its own.
    The place says where the thing is, not whose it is: no target (the event's location keeps it);
    when no party is found, the building's owner is, if a possessive names it ("looted the mayor's office
    in Kano": the mayor), else the building, its owner unknown ("captured the mosque in Mosul"). Not
    with people or an act as the object ("attacked civilians in Goma", "suspended fuel deliveries in
    Mandera County"), nor for a country's own name ("bombed the bases in Syria").
    Returns the building's token, else None."""
    if t.pos_ != "PROPN" or t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in _setting()[1]:
        return None

    def thing(x) -> bool:
        return x.pos_ == "NOUN" and index.at(x.i) is None and (x.lemma_.lower() in _facilities()
                                                                or x.lower_ in _facilities())

    holder = t.head.head
    heads = [h for h in tops if h is not None]
    if any(holder.i == h.i for h in heads):
        owned = [o for o in _children(holder, "dobj") if thing(o)]
        if not owned:
            return None
        holder = owned[0]
    elif not thing(holder):
        return None
    first = min([x.i for x in t.children if x.dep_ in ("compound", "det")] + [t.i])
    name = re.sub(r"^the\s+", "", t.doc[first:t.i + 1].text, flags=re.I)
    found = lexicon.find_countries(name)
    if any(name[a:b] not in lexicon.capitals().get(iso, ()) for a, b, iso in found):
        return None  # a country's own name: "bases in Syria", "a school in northwest Nigeria"
    if not found and t.ent_type_ not in ("GPE", "LOC", "FAC"):
        if not Gazetteer.default().is_place(name):
            return None
    return holder


@lru_cache(maxsize=1)
def _where_preps() -> tuple[frozenset, frozenset]:
    """(roles28) (prepositions of the place an act happens in, those that say so in a passive clause
    only): parties.yaml place_not_party."""
    data = parties_file()["place_not_party"]
    return frozenset(data["preps"]), frozenset(data["passive_preps"])


def _compound_name(tok) -> str:
    """The text of ``tok`` with the compound words the parser hangs on it ("Andros Island", "the African
    Union": "African Union")."""
    return tok.doc[min([x.i for x in tok.children if x.dep_ == "compound"] + [tok.i]):tok.i + 1].text


def _is_town(tok, index: ActorIndex) -> bool:
    """(roles28) Whether the proper noun ``tok`` names a place (a town, an island, a venue: the NER's
    GPE / LOC / FAC, or a gazetteer place) that is no party of its own: no actor mention with a
    country or a known actor (a country, a capital or "officials in Kabul" resolve and stay parties)."""
    if tok.pos_ != "PROPN":
        return False
    name = _compound_name(tok)
    m = index.at(tok.i)
    if m is not None:
        # a bare place name the NER took for a person or an organisation ("In Bor, ...": Bor no
        # person) is the place, as in actors/extract's city police (roles14); any other mention is a party
        if m.country or m.kind not in ("person", "organization") or m.sector or m.roles or m.text != name \
                or (m.name or name) != name:
            return False  # a party; or a surname of a person named in full ("Obama" after "Barack Obama")
    elif tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return Gazetteer.default().is_place(name)


def _where_not_whom(cands, tops, index: ActorIndex) -> list:
    """(roles28) A town named only as where the act happens ("detained the skipper near Andros Island",
    "will be charged in Kitui") is its location, not its target: a place of no country reached from
    the trigger (or its light verb) through a preposition of place_not_party is left out of the target
    fallback's candidates -- "in" / "at" only in a passive clause whose subject (the one done to) is a
    party -- and so is a town modifying the act's own noun ("the Gyumri talks")."""
    preps, passive_preps = _where_preps()
    tops = [h for h in tops if h is not None]
    top = tops[0]
    subject = [c for c in top.children if c.dep_ == "nsubjpass"] if is_passive(top) else []
    if subject and _role(top.doc, subject, index):
        # the subject is a party we keep ("The twelve", "Two soldiers"); an unnamed one ("The trader was
        # detained at ...") would leave the act with no party, and is left as it was
        preps = preps | passive_preps
    def where(c) -> bool:  # "the Gyumri talks": a town modifying the act's noun names where it is held too
        return (c.dep_ in ("compound", "nmod") and c.head.i == top.i) or any(_via_place(c, h, preps) for h in tops)
    return [c for c in cands if not (_is_town(c, index) and where(c))]


@lru_cache(maxsize=1)
def _court_setting() -> tuple[frozenset, frozenset]:
    """(roles29) (nouns of a court or its house, prepositions of where it sits): parties.yaml court_setting."""
    data = parties_file()["court_setting"]
    return frozenset(data["nouns"]), frozenset(data["preps"])


def _court_not_whom(cands, tops, index: ActorIndex) -> list:
    """(roles29) A court named as where an act is done to people ("The nine were charged at the Kitui law
    courts", "Police charged two traders in a court in Eldoret") is its setting, not the one it is done
    to: when the trigger's object or passive subject is a party, a court noun reached from the trigger
    (or its light verb) through "in" / "at" is left out of the target fallback's candidates, and so is
    the town of its own phrase. A court one appeals to, appears before, or files a claim in (a thing as
    the object) is untouched."""
    nouns, preps = _court_setting()
    tops = [h for h in tops if h is not None]
    top = tops[0]
    done_to = [c for c in top.children if c.dep_ in ("dobj", "nsubjpass")]
    misparsed = bool(done_to) and _misparsed_passive_subject(top)
    if not done_to or not (_role(top.doc, done_to, index) or misparsed):
        return cands
    courts = [c for c in cands if c.pos_ in ("NOUN", "PROPN") and _noun_words(c) & nouns
              and any(_via_place(c, h, preps) for h in tops)]
    if not courts:
        return cands
    inside = {x.i for c in courts for x in c.subtree}
    if misparsed:
        # the ones charged are the passive's real subject: the noun the parser hung the cut-off clause
        # on ("Four traders detained ... after the raid were charged"), else no one (not a speaker's body)
        noun = top.head.head if top.dep_ == "advcl" and top.head.dep_ == "acl" else None
        return [noun] if noun is not None and noun.pos_ in ("NOUN", "PROPN") else []
    return [c for c in cands if c.i not in inside]


def _misparsed_passive_subject(top) -> bool:
    """(roles30) A passive subject that disagrees in number with its auxiliary ("Three men held by police
    after the raid were charged in a court in Kitale": the parser makes "the raid" the subject of "were
    charged") is the parser's slip: the ones charged are named elsewhere, so a court reached through
    "in" / "at" is still the setting. A singular common noun under "were", a plural one under "was"."""
    subj = [c for c in top.children if c.dep_ == "nsubjpass"]
    aux = [c for c in top.children if c.dep_ == "auxpass"]
    if not subj or not aux or subj[0].pos_ != "NOUN":
        return False
    return (subj[0].tag_ == "NN" and aux[0].lower_ == "were") or (subj[0].tag_ == "NNS" and aux[0].lower_ == "was")


def _best_party(doc, cands, index, keys, spans, forces_sure) -> list[RoleFiller]:
    best, rank = [], 0
    for t in cands:
        if (t.dep_ == "poss" and t.pos_ == "PRON") or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
            continue  # "withdraw its troops from Kashmir": the actor's own, not the target
        for f in _role(doc, [t], index):
            if (f.actor_id or f.text) in keys or any(s <= f.start < e for s, e in spans):
                continue
            r = party_rank(f, forces_sure)
            if r > rank:
                best, rank = [f], r
                if r == 2:
                    return best
    return best


@lru_cache(maxsize=1)
def _asked_about_types() -> frozenset:
    return frozenset(parties_file()["asked_about"]["types"])


def _inside_asked_thing(doc, filler: RoleFiller, tok, light) -> bool:
    """(roles19) A people noun (no name, no country) found by the target fallback as the object of a
    preposition on a noun other than the trigger ("demanded access to the crew", "sought transcripts of
    interviews with the hostages"): that noun is what is asked for or judged, its people what it is
    about, not the party the request or the accusation is made to. A phrase on the trigger itself
    ("an appeal to the villagers") or on its light verb is kept."""
    span = doc.char_span(filler.start, filler.end, alignment_mode="expand")
    if span is None:
        return False
    if any(w[:1].isupper() for w in filler.text.split()):
        return False  # a name ("a faction of the MPV", "the port of Shidao") may be the party itself
    t = span.root
    while t.dep_ == "compound":  # "statements from crew members": the filler "crew" is the phrase's word
        t = t.head
    holder = _asked_phrase_holder(t, tok)
    return holder is not None and holder.pos_ in ("NOUN", "PROPN") and (light is None or holder.i != light.i)


def _on_asked_object(t, tok, index: ActorIndex) -> bool:
    """(roles19) A common noun of no country in a prepositional phrase on a noun other than the trigger
    (the parser's "demanded access to the crew", taken by ``fillers_for`` as the verb's own "to"
    phrase): what is asked about, not whom."""
    found = index.at(t.i)
    if t.pos_ != "NOUN" or (found and found.country):
        return False
    holder = _asked_phrase_holder(t, tok)
    return holder is not None and holder.pos_ == "NOUN"


def _asked_phrase_holder(t, tok):
    """(roles19) The word ``t``'s preposition hangs on, when ``t`` is that preposition's object, the
    preposition is none of a beneficiary ("help for people affected") and the word is not the trigger
    ``tok`` ("access to the crew": "access"); None otherwise. Shared by the two roles19 checks."""
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ in parties_file()["asked_about"]["beneficiary"]:
        return None
    holder = t.head.head
    return holder if holder.i != tok.i else None


@lru_cache(maxsize=1)
def _light_phrases() -> dict:
    return {k: frozenset(v) for k, v in parties_file()["light_phrases"].items()}


@lru_cache(maxsize=1)
def _stance_verbs() -> frozenset:
    return frozenset(parties_file()["stance_verbs"])


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset:
    return frozenset(parties_file()["reporting_verbs"])


@lru_cache(maxsize=1)
def _reporting_sources() -> frozenset:
    return frozenset(parties_file()["reporting_sources"])


def _told_by_source(verb) -> bool:
    """Whether a reporting verb's teller (its subject, or a passive's "by" agent) is a bystander
    source (parties.yaml reporting_sources: "Residents reported an air raid"), not a side that may
    tell its own act ("Police reported the arrest of five men": police arrested)."""
    return any(s.lemma_.lower() in _reporting_sources() or s.lower_ in _reporting_sources()
               for s in _subject_heads(verb))


_OWN_POSSESSIVES = {"its", "their", "our"}
_LOSS_PREPOSITIONS = {"on", "against", "at", "upon", "of"}


def _tells_own_loss(light, tok) -> list:
    """(roles8) The teller of a nominal act done to something of its own: a reporting verb's subject
    (parties.yaml reporting_verbs, or "said", "confirmed", "announced") whose own "its" / "their" /
    "our" names the thing the noun's phrase says it was done to ("The army reported an attack on
    its base", "Police confirmed a raid on their station"): that side is the act's target, no actor.
    "Police reported the arrest of five men", "The army announced an offensive against rebel
    positions" have no such possessive: the teller may be telling its own act. Else []."""
    if light is None or tok.pos_ != "NOUN":
        return []
    lemma = light.lemma_.lower()
    if lemma not in _reporting_verbs() and lemma not in _REPORTING:
        return []
    owned = any(x.dep_ == "poss" and x.lower_ in _OWN_POSSESSIVES
                for p in tok.children if p.dep_ == "prep" and p.lower_ in _LOSS_PREPOSITIONS
                for o in _with_conjuncts([c for c in p.children if c.dep_ == "pobj"])
                for x in o.children)
    return _subject_heads(light) if owned else []


def _judges(light) -> bool:
    """Whether the verb a nominal trigger is the object of (``_light_verb``) is a verb of stance
    (parties.yaml stance_verbs: "condemned the bombing", "welcomed the agreement"): the noun is an
    event the verb's subject judges, takes no part in, and does not stand for. So is a verb naming
    its object with a predicate (parties.yaml naming_verbs: "called the ban 'a hostile act'",
    "described the deal as fair"; not "called a general strike"), and a verb of reporting told by
    a bystander, the act's source, not its party (roles7, parties.yaml reporting_verbs and
    reporting_sources: "Residents reported an air raid"; stance_verbs holds those of perceiving:
    "Witnesses saw the bombing")."""
    return light is not None and (light.lemma_.lower() in _stance_verbs() or _names_with_predicate(light) or
                                  (light.lemma_.lower() in _reporting_verbs() and _told_by_source(light)))


@lru_cache(maxsize=1)
def _naming_verbs() -> dict:
    return {k: frozenset(v) for k, v in parties_file()["naming_verbs"].items()}


def _names_with_predicate(verb) -> bool:
    """A naming verb with its object's predicate: a small clause (``oprd``, or an adjective the
    parser hangs on the verb after its object) or an "as" phrase (``as``, on the verb or its object)."""
    where = _naming_verbs().get(verb.lemma_.lower())
    if not where:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if "oprd" in where and objects and any(c.dep_ == "oprd" or (c.dep_ == "acomp" and c.i > verb.i)
                                           for c in verb.children):
        return True
    return "as" in where and any(c.dep_ == "prep" and c.lower_ == "as"
                                 for h in [verb, *objects] for c in h.children)


@lru_cache(maxsize=1)
def _scheduling_verbs() -> frozenset:
    return frozenset(parties_file()["scheduling_verbs"])


def _schedules(light) -> bool:
    """Whether the verb a nominal trigger is the object of announces, schedules or calls off the
    event the noun names (parties.yaml scheduling_verbs: "called a general strike from next
    Monday"): two events, the call and the strike, at two times."""
    return light is not None and light.lemma_.lower() in _scheduling_verbs()


def _judged_parties(verb, nominal: dict) -> list[RoleFiller]:
    """The parties (actor, then recipient) of the nominal events a stance verb's objects name."""
    out, seen = [], set()
    for obj in _with_conjuncts(_children(verb, "dobj")):
        m = nominal.get(obj.i)
        for f in (m.actor + m.recipient) if m is not None else []:
            if (f.actor_id or f.text) not in seen:
                seen.add(f.actor_id or f.text)
                out.append(f)
    return out


@lru_cache(maxsize=1)
def _withstanding_verbs() -> frozenset:
    return frozenset(parties_file()["withstanding_verbs"])


def _withstands(light) -> bool:
    """``light`` is a verb whose subject withstands the act its object names (parties.yaml
    withstanding_verbs, a particle verb as "fight off")."""
    if light is None:
        return False
    lemma = light.lemma_.lower()
    particles = [c.lower_ for c in light.children if c.dep_ == "prt"]
    verbs = _withstanding_verbs()
    return lemma in verbs or any(f"{lemma} {p}" in verbs for p in particles)


@lru_cache(maxsize=1)
def _singular_victims() -> tuple[frozenset, frozenset]:
    """(roles20) parties.yaml singular_victims: (the types, the nouns)."""
    data = parties_file()["singular_victims"]
    return frozenset(data["types"]), frozenset(data["nouns"])


def _victim_fillers(doc, toks, recipient: list, index: ActorIndex) -> list[RoleFiller]:
    """(roles20) "A student was killed when police ...": the frame's patients that are one person named
    by a singular common noun (parties.yaml singular_victims) and no recipient yet, as person nouns are."""
    nouns = _singular_victims()[1]
    # a new person ("a student"), not one told before ("the man", "his driver": whom the text named)
    victims = [_person_noun(doc, t, index) for t in toks
               if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in nouns and
               not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in t.children) and
               mention_for(doc, t, index) is None]
    # one a recipient already names, or whose modifier does ("a US contractor": the US), stays as it is
    return [v for v in victims if not any(r.start < v.end and v.start < r.end for r in recipient)]


@lru_cache(maxsize=1)
def _undergoing() -> tuple[frozenset, frozenset]:
    """(roles20) parties.yaml: (undergoing_verbs, undergoing_states)."""
    data = parties_file()
    return frozenset(data["undergoing_verbs"]), frozenset(data["undergoing_states"])


def _undergoes(light, tok) -> bool:
    """(roles20) ``light`` is a verb whose subject undergoes the act its object ``tok`` names
    (parties.yaml undergoing_verbs: "will face a hearing", "received aid from Norway"; not with a
    particle, "faced off", nor in the passive), or a light phrase putting its subject in a state of
    being held (undergoing_states: "remain in detention")."""
    if light is None or is_passive(light) or any(c.dep_ == "prt" for c in light.children):
        return False
    verbs, states = _undergoing()
    if tok.dep_ == "pobj":
        return tok.lemma_.lower() in states
    return light.lemma_.lower() in verbs


def _misread_object(tok) -> bool:
    """(extract42) An object predicate with no object before it, of an active verb: the parser's
    misread object ("called a march in Nairobi for Thursday" parsed as "called [it] a march"); a
    naming verb's predicate has its object ("called the vote a farce") or a passive subject ("was
    called a farce")."""
    verb = tok.head
    return tok.dep_ == "oprd" and verb.pos_ == "VERB" and verb.i < tok.i and not is_passive(verb) and \
        not any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in verb.children)


def _light_verb(tok):
    """The verb a nominal trigger is the object of ("held talks", "imposed a curfew"), or the
    verb of a phrase that puts its subject in the event ("is in talks with China":
    parties.yaml light_phrases), if any."""
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if _misread_object(tok):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        verb = tok.head.head
        if verb.pos_ in ("VERB", "AUX") and tok.head.lower_ in _light_phrases().get(verb.lemma_.lower(), ()):
            return verb
    return None


def _country_word_filler(tok, iso: str) -> RoleFiller:
    """A party that is a country named by one word ("Chinese", "Malaysia's") or (a span) a few ("South
    Africa's"), not an indexed actor."""
    start = tok.start_char if hasattr(tok, "start_char") else tok.idx
    return RoleFiller(text=tok.text, name=country_name(iso) or tok.text, country=iso, sector=None,
                      start=start, end=start + len(tok.text), actor_id=None)


def _modifier_actor(doc, tok, index: ActorIndex) -> list[RoleFiller]:
    """Resolved parties named by a nominal trigger's compound modifiers ("the Eurogroup meeting",
    "the Air Canada deal", "US-China talks"): parties.yaml modifier_actor."""
    out = []
    for c in _with_conjuncts([c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]):
        if _is_town(c, index):
            continue  # (roles28) "the Gyumri talks": where they are held, a town the NER took for a person
        for f in _role(doc, [c], index):
            if c.ent_type_ in ("GPE", "LOC", "FAC") or c.text in capitals().get(f.country or "", ()):
                # a country ("US-China talks"), not the city it is held in ("the Paris agreement")
                ok = bool(f.country) and c.text not in capitals().get(f.country, ())
            else:
                ok = bool(f.actor_id or f.country) or c.ent_type_ in ("ORG", "NORP", "")
            if ok:
                out.append(f)
    # "Joint Russian-Belarusian military exercises", "Chinese military drills": a nationality
    # adjective (and the one hyphenated to it) names the country taking part
    adjs = [c for c in tok.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    adjs += [x for c in adjs for x in c.children if x.dep_ == "amod" and x.pos_ == "ADJ"]
    seen = {f.country for f in out}
    for c in sorted(_with_conjuncts(adjs), key=lambda t: t.i):
        iso = country_of(c.text) if c.text[:1].isupper() else None
        if iso and iso not in seen:
            seen.add(iso)
            out.append(_country_word_filler(c, iso))
    return out


def merge_nominal_duplicates(doc, found: list, index: ActorIndex) -> list:
    """One event for a trigger verb and the nominal trigger that is its object: "signed the
    agreement" (SUPPORT, not also AGREE), "will provide assistance", "would not give aid". A
    nominal event with no actor of its own takes its light verb's subject; when that verb is
    itself an event, the noun names what that event did (or an event of parties the clause does
    not name: "rejected the talks"), and the verb's mention stands for both (its own frame and
    target search already reach into its object). A nominal event with its own actor stays ("accepted Biden's
    invitation": Biden invited), and so does one a stance verb judges ("condemned the bombing in
    Baghdad": the condemnation and the bombing). Likewise one event for a document handed over and the
    act it carries ("handed a note demanding": ``_carried_act``) and for a measure noun and its coming
    into force ("the sanctions took effect": ``_measure``). ``found``: (mention, trigger index, rule) triples."""
    verbs = {i: m for m, i, r in found if r.pos == "VERB"}
    carriers = {i: r for m, i, r in found if "object_act" in r.requires}
    # "Sanctions on Iran went into effect": the measure noun is the one told in force (_measure)
    # (only its own subject: "The ban was published ... and took effect" keeps the ban told published)
    in_force = {x[0].i for m, i, r in found if r.pos == "VERB" and r.requires.get("measure_subject")
                for x in [_measure(doc[i], r)] if x is not None and x[0].head.i == i}
    out = []
    for m, i, rule in found:
        tok = doc[i]
        if rule.pos == "VERB" and _carried_act(doc, tok, carriers):
            continue  # the act the document carries is the handing over's (_carried_act)
        if rule.pos == "NOUN" and i in in_force:
            continue
        light = _light_verb(tok) if rule.pos == "NOUN" else None
        if _judges(light) or _schedules(light):
            light = None
        if light is not None and light.i in verbs and not _role(doc, fillers_for(tok, rule.actor, False), index):
            continue
        out.append((m, i, rule))
    return out


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
        reported = _reported_subject(tok, index)
        if reported is not None:
            return mention_for(doc, reported, index)
        return resolve_pronoun(doc, tok, index)
    title = _title_antecedent(doc, tok, index)
    if title is not None:
        return title
    # an apposition is the noun itself, a possessive only whose it is: "Kaluanda's former deputy,
    # Joaquim Neto, was arrested" (Neto, not Kaluanda) -- with a possessive, the apposition first
    kids = list(tok.children)
    if any(c.dep_ == "poss" for c in kids):
        kids.sort(key=lambda c: c.dep_ != "appos")
    for c in kids:
        if c.dep_ in ("compound", "amod", "poss", "appos", "nmod"):
            m = index.at(c.i)
            if m:
                return m
    if tok.pos_ == "NOUN":
        # "rejected calls by Belarus's rulers", "an offer from Kabul": whose; "the chief of Israel's ally".
        for obj in _prep_objects(tok, "by") + _prep_objects(tok, "from") + _prep_objects(tok, "of"):
            m = mention_for(doc, obj, index)
            if m:
                return m
    if tok.lemma_.lower() in _QUANTITY_NOUNS:  # "thousands of Georgian protesters"
        for obj in _prep_objects(tok, "of"):
            m = mention_for(doc, obj, index)
            if m:
                return m
    return None


# (mend13a) determiners of an unnamed holder of a title: _title_antecedent; "new" counts only with
# one of them ("a new minister"; "the new minister" is the one named before, mend14b)
_NEW_HOLDER = {"a", "an", "another"}


def _title_antecedent(doc, tok, index: ActorIndex) -> Optional[ActorMention]:
    """(roles9) A bare title on a later mention ("The minister said", "met the envoy": "the" and the
    title word, nothing else) is the one person named with that title earlier in the article
    ("Foreign Minister Ana Ruiz ... The minister"), as ``actors.extract._titles_to_people`` does for
    the title's whole phrase; two people so named before it, or none, leave it unresolved. An
    unnamed holder of the title in between, a participant ("A new minister was sworn in", "met
    another envoy"; not "she has been a minister since 2020"), may be the one meant: the search
    stops there."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.ent_type_:
        return None
    kids = list(tok.children)
    if [c.lower_ for c in kids] != ["the"] or kids[0].i != tok.i - 1 or not lexicon.is_title_word(tok.lower_):
        return None
    # a participant, not said of someone ("Ruiz, a minister since 2020", "is a minister", "named a
    # minister", "served as a minister")
    unnamed = [t.idx for t in doc[:tok.i] if t.lower_ == tok.lower_
               and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not (t.dep_ == "pobj" and t.head.lower_ == "as")
               and any(c.dep_ == "det" and c.lower_ in _NEW_HOLDER for c in t.children)]
    found: dict[str, ActorMention] = {}
    mentions, starts = _in_text_order(index)
    for m in mentions[bisect.bisect_left(starts, max(unnamed, default=0)):bisect.bisect_left(starts, tok.idx)]:
        words = (m.evidence or "").replace("’", "'").lower().removesuffix("'s").split()
        if m.kind == "person" and words and words[-1] == tok.lower_:
            found[m.name] = m
    return next(iter(found.values())) if len(found) == 1 else None


_NOT_PARTICIPANTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


_REPORTING = verbs_of_saying("speaker")  # reporting.yaml verbs and extras.speaker


def _reported_subject(pron, index: Optional[ActorIndex] = None):
    """'Japan said it had halted aid': the pronoun subject of a reported clause is the speaker.
    A dateline the parser makes the subject ("LUSAKA (AFP) - Zambian police said they ...",
    "NAIROBI, Kenya -- Kenyan police said they ...") is no speaker: the speaker is the subject
    after it, or the phrase the parser hangs on the dateline in apposition (roles6)."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.lower_ not in ("he", "she", "it", "they", "we"):
        return None
    clause = pron.head
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in _REPORTING:
        dateline = index.dateline_end if index is not None else 0
        teller = clause.head
        # (roles24) a teller with no subject of its own shares its conjunct's ("Oslo was dismayed
        # and warned that it could recall its envoy": Oslo warned)
        while teller.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in teller.children):
            teller = teller.head
        subj = [c for c in teller.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        subj = [x for c in subj for x in ([c] if c.i >= dateline else
                [a for a in c.children if a.dep_ == "appos" and a.i >= dateline and a.pos_ != "PRON"])]
        if teller.i != clause.head.i:
            # (roles24) a subject borrowed from a conjunct counts for "it" as a place or body only.
            # Withdrawn: when the parser hangs the teller on "said" ("the minister said Oslo was
            # dismayed and warned that it ..."), the earlier complement's subject (Oslo) -- it then
            # became the warning's own target
            subj = [c for c in teller.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                    and c.i >= dateline]
            return subj[0] if subj and (_it_agrees(subj[0], index) if pron.lower_ == "it"
                                        else _agrees(pron, subj[0], index)) else None
        return subj[0] if subj and _agrees(pron, subj[0], index) else None
    return None


def _it_agrees(tok, index: Optional[ActorIndex]) -> bool:
    """(roles24) Whether "it" can stand for ``tok``: a country, place or organisation the actor index
    knows, not a person nor a group (a titled official is one)."""
    m = index.at(tok.i) if index is not None else None
    return m is not None and m.kind not in ("person", "group")


_NOT_PERSON_ENTS = {"ORG", "GPE", "NORP", "LOC", "FAC"}
_ORGANISATION_NOUNS = {"ministry", "office", "department", "embassy", "council", "committee", "commission", "service"}


def _agrees(pron, speaker, index: Optional[ActorIndex] = None) -> bool:
    """Whether the pronoun can be the speaker: "he" / "she" a person, not an organisation, a
    country or a group ("The Interior Ministry said he would be charged": someone else); "it" not
    a person; "they" not one person ("They agreed to meet again, Grigoryan said"; "Airbus have
    announced that they will fund", "police said they ..." are theirs)."""
    word = pron.lower_
    m = index.at(speaker.i) if index is not None else None
    # the actor index's reading wins over the tagger's ("Chad said ... it would withdraw": a
    # country the tagger took for a person)
    person = m.kind == "person" if m is not None else speaker.ent_type_ == "PERSON"
    if word in ("he", "she"):
        lemma = speaker.lemma_.lower()
        return person or (speaker.ent_type_ not in _NOT_PERSON_ENTS and not _is_plural(speaker) and
                          lemma not in _COLLECTIVE and lemma not in _selection()[2]
                          and lemma not in _ORGANISATION_NOUNS)
    if word in ("it", "they"):
        return not person or _is_plural(speaker)
    return True


def _counted_people(tok) -> bool:
    """(roles28) A bare number that is a clause's subject, with no noun or "of" phrase after it ("six were
    arrested", "The twelve will be charged"): people counted. Not a date, a sum or a quantity noun
    ("Several thousand marched" is the crowd's own rule), nor "the two" (two people named before), nor
    "one" ("no one was arrested")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not (tok.pos_ == "NUM" or tok.like_num) or list(tok.rights):
        return False
    if tok.ent_type_ not in ("CARDINAL", "") or tok.lemma_.lower() in _QUANTITY_NOUNS or (not tok.is_alpha and not tok.is_digit):
        return False
    if tok.lower_ in ("one", "1") or any(c.dep_ == "det" and c.lower_ != "the" for c in tok.children):
        return False  # "no one had been arrested", "one of them": a pronoun, not a count
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return not (definite and tok.lower_ in ("two", "2"))


def _unresolved(doc, tok, index: Optional[ActorIndex] = None) -> Optional[RoleFiller]:
    """A participant chronicle cannot resolve to an actor -- a proper noun, or a plural noun
    ("refugees", "positions") -- kept as its text; country and sector stay unknown."""
    if _counted_people(tok):
        # (roles28) "six were arrested", "The twelve will be charged": a bare number as subject is the
        # people counted (before, or in the act itself); kept as its text, no country
        return RoleFiller(text=tok.text, name=tok.text, country=None, sector=None,
                          start=tok.idx, end=tok.idx + len(tok.text), actor_id=None)
    if tok.ent_type_ in _NOT_PARTICIPANTS and not (tok.dep_ == "nsubj" and tok.lemma_.lower() in _QUANTITY_NOUNS):
        # (but a quantified crowd as subject acts: "Hundreds of fishermen protested"; the quantity
        # itself is tagged CARDINAL)
        return None
    if tok.pos_ == "PRON":
        reported = _reported_subject(tok, index)
        return _unresolved(doc, reported, index) if reported is not None else None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _QUANTITY_NOUNS:
        for obj in _prep_objects(tok, "of"):
            return _unresolved(doc, obj, index)
        return _sector_group(doc, tok)
    if tok.dep_ == "nsubj" and tok.pos_ == "NUM" and tok.lemma_.lower() in _QUANTITY_NOUNS and \
            not _prep_objects(tok, "of"):
        # "Several thousand marched": a bare quantity as subject is the crowd, as "Thousands" is
        span = doc[min([tok.i] + [x.i for c in tok.lefts for x in c.subtree]):tok.i + 1]
        return RoleFiller(text=span.text, name=span.text, country=None, sector=None,
                          start=span.start_char, end=span.end_char, actor_id=None)
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in _person_nouns():
        return _person_noun(doc, tok, index)
    if not (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.tag_ == "NNS")):
        return None
    if date_word(doc, tok) or _header_line(doc, tok.i):
        # (extract30) "Feb 12 - Students protested": a month or a weekday is no party, nor a list's
        # header line ("KEY DATES", "TIMELINE")
        return None
    lo, hi = _joined_name(doc, tok)
    # (roles21) not a time word the parser hung on the noun ("yesterday auditors accused him")
    left = [c for k in range(lo, hi) for c in doc[k].lefts if c.dep_ in ("compound", "amod", "nmod") and c.i < lo
            and not time_modifier(c)]
    start = min([lo] + [min(x.i for x in c.subtree) for c in left])
    # (roles8) not into the article's dateline nor a line's label ("March 20 - IAEA inspectors",
    # "13:20 - Kataib Sayyid al-Shuhada"): the phrase starts after them; (extract30) nor across a
    # line break ("TIMELINE\nMarch 3 - Police"): a name never spans one -- label_end is never before
    # the start of tok's line
    start = max(start, index.dateline_end if index is not None else 0, label_end(doc, tok.i))
    while start < lo and (doc[start].is_punct or doc[start].like_num or doc[start].is_space):
        start += 1
    span = doc[start:hi]
    return RoleFiller(text=span.text, name=span.text, country=None, sector=None,
                      start=span.start_char, end=span.end_char, actor_id=None)


def _header_line(doc, i: int) -> bool:
    """(extract30) Token i's line is a header of a list ("KEY DATES", "TIMELINE"): a line of its own,
    every word in capitals, no verb, and more text after it."""
    starts = line_starts(doc)
    k = bisect.bisect_right(starts, i)
    if k >= len(starts):
        return False
    words = [t for t in doc[starts[k - 1]:starts[k]] if not t.is_space and not t.is_punct]
    return bool(words) and all(t.is_upper or not t.is_alpha for t in words) and \
        any(t.is_alpha and len(t) > 1 for t in words) and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _person_noun(doc, tok, index: Optional[ActorIndex] = None) -> RoleFiller:
    """(roles9) One person named by a singular noun of what they do ("the suspect", "a constable",
    "the 25-year-old suspect"): the noun with its modifiers before it, no determiner or possessive,
    as the party's name; the country unknown, the sector the lexicon's for the noun where it has one."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
    start = min([tok.i] + [min(x.i for x in c.subtree) for c in left])
    start = max(start, index.dateline_end if index is not None else 0, label_end(doc, tok.i))
    while start < tok.i and (doc[start].is_punct or doc[start].pos_ == "DET"):
        start += 1
    span = doc[start:tok.i + 1]
    return RoleFiller(text=span.text, name=span.text, country=None,
                      sector=sector_of(span.text) or sector_of(tok.lemma_.lower()),
                      start=span.start_char, end=span.end_char, actor_id=None)


def _sector_group(doc, tok) -> Optional[RoleFiller]:
    """(roles8) A group noun whose modifier names a sector ("rights groups", "aid groups", "human
    rights organisations' groups"): a party of that sector (actors/sectors.yaml), its country
    unknown; a bare "group" or "a group of ..." names no one by itself."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
    if not left:
        return None
    span = doc[min(min(x.i for x in c.subtree) for c in left):tok.i + 1]
    while len(span) > 1 and (span[0].pos_ == "DET" or span[0].is_punct):
        span = span[1:]
    sector = sector_of(span.text)
    if sector is None:
        return None
    return RoleFiller(text=span.text, name=span.text, country=None, sector=sector,
                      start=span.start_char, end=span.end_char, actor_id=None)


def _joined_name(doc, tok) -> tuple[int, int]:
    """(roles8) A proper name written with hyphens that the parser split into several words
    ("al-Shuhada": "al", "-", "Shuhada", each a subject of its own): the tokens joined with no
    space around ``tok``, as one name; else ``tok`` alone."""
    def part(t):
        return t.pos_ == "PROPN" or t.text == "-"
    lo = hi = tok.i
    if not part(tok):
        return tok.i, tok.i + 1
    while lo > 0 and not doc[lo - 1].whitespace_ and part(doc[lo - 1]):
        lo -= 1
    while hi + 1 < len(doc) and not doc[hi].whitespace_ and part(doc[hi + 1]):
        hi += 1
    while lo < tok.i and doc[lo].text == "-":
        lo += 1
    while hi > tok.i and doc[hi].text == "-":
        hi -= 1
    return lo, hi + 1


_PLURAL_PRONOUNS = {"they", "them", "their"}
_ANAPHOR_SENTENCES = 2  # how many sentences before its own an anaphor's antecedent may be


@lru_cache(maxsize=1)
def _pair_nouns() -> tuple[frozenset, frozenset]:
    """(nouns of "the two <noun>" that take up two people, ... that take up two countries):
    parties.yaml pair_anaphora."""
    data = parties_file()["pair_anaphora"]
    return frozenset(data["people"]), frozenset(data["countries"])


def _is_plural(tok) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)


def _pair_anaphor(doc, t, index: ActorIndex) -> list:
    """"the two ministers", "both countries": the two people (countries) named last before it, in
    its sentence or the two before, when that many are named and the phrase names no one itself."""
    people, countries = _pair_nouns()
    lemma = t.lemma_.lower()
    if t.tag_ != "NNS" or lemma not in people | countries:
        return []
    det = {c.lower_ for c in t.children if c.dep_ in ("det", "predet", "nummod", "quantmod")}
    if not ({"two", "both"} & det) or any(c.dep_ in ("amod", "compound", "nmod", "poss") and
                                          (c.ent_type_ in ("NORP", "GPE") or index.at(c.i)) for c in t.children):
        return []
    start = t.sent.start
    for _ in range(_ANAPHOR_SENTENCES):
        if start > 0:
            start = doc[start - 1].sent.start
    seen, heads = [], []
    mentions, starts = _in_text_order(index)
    for k in range(bisect.bisect_left(starts, t.idx) - 1, -1, -1):  # walk back from the anaphor
        m = mentions[k]
        if m.start < doc[start].idx:
            break
        if m.end > t.idx or m.head < 0:
            continue
        key = m.name if lemma in people else m.country
        if (lemma in people and m.kind != "person") or (lemma in countries and not m.country) or key in seen:
            continue
        seen.append(key)
        word = _title_country_word(doc, m, index) \
            if lemma in countries and t.dep_ in ("nsubj", "nsubjpass") and m.kind in ("person", "group") else None
        if word is not None and getattr(index.at(word[-1].i), "kind", None) != "country":
            # (roles26) "The two countries signed ..." after "Eritrea's minister, Yemane ...": Eritrea,
            # not the minister (_role makes the words a country filler; keyed by the last word)
            doc.user_data.setdefault(_PAIR_COUNTRY_WORDS, {})[word[-1].i] = word.start
        heads.append(word[-1] if word is not None else doc[m.head])
        if len(heads) == 2:
            return heads[::-1]
    return _two_countries_further_back(doc, t, index) if lemma in countries else []


@lru_cache(maxsize=1)
def _pair_reach() -> int:
    """(roles29) How many sentences before its own "the two governments" may look for exactly two countries."""
    return int(parties_file()["pair_anaphora"]["countries_reach"])


def _two_countries_further_back(doc, t, index: ActorIndex) -> list:
    """(roles29) "the two governments", "both countries" with no two countries in its sentence or the two
    before: the two countries named further back (parties.yaml pair_anaphora.countries_reach sentences),
    only when exactly two are named there, in any words ("Ugandan traders", "Kenya's police"): their
    first mentions. Three or more, or one, leave it unresolved (precision first)."""
    start = t.sent.start
    for _ in range(_pair_reach()):
        if start > 0:
            start = doc[start - 1].sent.start
    first: dict = {}
    mentions, starts = _in_text_order(index)
    for m in mentions[bisect.bisect_left(starts, doc[start].idx):bisect.bisect_left(starts, t.idx)]:
        if not m.country or m.head < 0 or m.end > t.idx or m.country in first:
            continue
        # a country by its name or its word ("Ugandan traders"); a body's or an outlet's country (AFP)
        # names no side
        if m.kind == "country" or (m.kind in ("person", "group") and _country_words(doc, m) is not None):
            first[m.country] = m
    if len(first) != 2:
        return []
    heads = []
    for m in first.values():
        word = _country_words(doc, m) if m.kind in ("person", "group") else None
        if word is not None and getattr(index.at(word[-1].i), "kind", None) != "country":
            doc.user_data.setdefault(_PAIR_COUNTRY_WORDS, {})[word[-1].i] = word.start
        heads.append(word[-1] if word is not None else doc[m.head])
    return heads


def _in_text_order(index: ActorIndex) -> tuple[list, list]:
    """(the index's actor mentions in text order, their starts), computed once per index."""
    cached = getattr(index, "_in_text_order", None)
    if cached is None:
        mentions = sorted(index.mentions, key=lambda m: m.start)
        cached = (mentions, [m.start for m in mentions])
        index._in_text_order = cached  # type: ignore[attr-defined]
    return cached


def plural_antecedents(doc, t, index: ActorIndex) -> list:
    """Tokens a plural anaphor stands for, or [] when it is none or its antecedent is unclear:
    "the two ministers" (``_pair_anaphor``); "they" / "them" / "their" in a clause under a verb
    whose subject is plural ("EU foreign ministers will discuss the package when they meet"), or
    as the subject opening a sentence, the plural subject of the sentence before ("Grigoryan and
    Mustafayev led the delegations. They agreed ..."). A reported "they" ("the rebels said they
    would ...") is left to ``_reported_subject``."""
    if t.pos_ != "PRON":
        return _pair_anaphor(doc, t, index) if t.pos_ == "NOUN" else []
    if t.lower_ not in _PLURAL_PRONOUNS or _reported_subject(t, index) is not None:
        return []
    cur, n = t.head, 0
    while cur.head.i != cur.i and n < 6:
        cur, n = cur.head, n + 1
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i and c.pos_ != "PRON"]
        if subj:
            return _group(subj[0]) if _is_plural(subj[0]) else []
    sent = t.sent
    if t.dep_ in ("nsubj", "nsubjpass") and sent.start > 0 and t.i - sent.start <= 1:
        prev = doc[sent.start - 1].sent
        subj = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        if subj and _is_plural(subj[0]):
            return _group(subj[0])
    return []


def _group(tok) -> list:
    """The members of a plural subject: its conjuncts, or those of the names in apposition to it
    ("Deputy prime ministers Mher Grigoryan and Shahin Mustafayev")."""
    named = [c for c in tok.children if c.dep_ == "appos" and any(x.dep_ == "conj" for x in c.children)]
    return _with_conjuncts(named[:1] or [tok])


def _antecedents(doc, t, index: ActorIndex) -> list:
    """The tokens a filler token stands for: a relative pronoun its antecedent ("Beridze, who was
    arrested" -> Beridze), "the two ministers" the two people last named, "they" / "their" the
    plural subject it takes up (``plural_antecedents``); else the token itself. A "which" said
    of a name an event noun is "of" ("the shelling of Kok-Tash, which") stands for the event: no party. Tokens of a
    dateline ("NAIROBI, Kenya (AP) --") stand for no one."""
    if t.i < index.dateline_end or t.i < label_end(doc, t.i):  # (roles8) "Q:", "10:15 -" labels
        return []
    if t.lower_ in _RELATIVE and t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head.dep_ == "relcl" \
            and t.head.head.i != t.head.i:
        ante = t.head.head
        if t.lower_ == "which" and ante.pos_ == "PROPN" and ante.dep_ == "pobj" \
                and ante.head.lower_ == "of" and ante.head.head.pos_ == "NOUN" and \
                triggers().rules(ante.head.head.lemma_.lower(), "NOUN"):
            # "the shelling of Kok-Tash, which killed three villagers": the act did it, not the
            # place it was done to (the parser hangs the clause on the nearer noun)
            return []
        return _antecedents(doc, _picked_from(doc, ante), index)
    return plural_antecedents(doc, t, index) or [t]


@lru_cache(maxsize=1)
def _picking_phrases() -> tuple[frozenset, frozenset]:
    data = parties_file()["picked_from"]
    return frozenset(data["preps"]), frozenset(data["pronouns"])


def _picked_from(doc, ante):
    """(roles29) "40 Haitians, among them 12 children, who were detained": a relative clause the parser hangs
    on the noun of a parenthetical picking some of a group ("among them" + a noun) is said of the group
    named before the parenthetical -- the noun or name right before its comma; else ``ante`` itself.
    parties.yaml picked_from."""
    preps, pronouns = _picking_phrases()
    if not any(c.dep_ == "prep" and c.lower_ in preps and any(o.lower_ in pronouns for o in c.children)
               for c in ante.children):
        return ante
    k = ante.left_edge.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    return doc[k] if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") else ante


_TITLE_REACH = 5  # how many title words and commas before a name its country word may be
_COUNTRY_WORDS_MAX = 3  # the most words a country name in a title may take: "Central African Republic"
# doc.user_data: the country words "the two countries" took up, their last word's index -> their first's
_PAIR_COUNTRY_WORDS = "roles26_pair_country_words"


def _country_words(doc, m: ActorMention):
    """(roles27) The first run of a mention's words, its head aside, that names its country, as a span:
    one word ("Peru's") or several ("South Africa's", "New Zealand's"); None if none does."""
    ids = {i for i in m.token_ids if i != m.head and doc[i].dep_ != "case"}  # not the "'s"
    for i in sorted(ids):
        for n in range(_COUNTRY_WORDS_MAX, 0, -1):
            if all(k in ids for k in range(i, i + n)) and country_of(doc[i:i + n].text) == m.country:
                return doc[i:i + n]
    return None


def _title_country_word(doc, m: ActorMention, index: Optional[ActorIndex] = None):
    """(roles26) The country words of a person's or a group's title ("Eritrea's information minister
    Yemane", "Peru's trade minister Ana Ruiz", "Kenya's deputy envoy, Jane Wanjiru" -> "Eritrea",
    "Peru", "Kenya"; (roles27) "South Africa's water minister" -> "South Africa"), as a span: in its
    own words, or, for a person, in the mention just before its name across only title words and a
    comma, when that mention is of the person's country; None otherwise."""
    if m.kind == "country" or not m.country:
        return None
    words = _country_words(doc, m)
    if words is not None or index is None or m.kind != "person":
        return words
    first = min(m.token_ids)
    for k in range(first - 1, max(first - 1 - _TITLE_REACH, doc[first].sent.start - 1), -1):
        before = index.at(k)
        if before is not None and before is not m:
            if before.country != m.country:
                return None
            return doc[before.head:before.head + 1] if before.kind == "country" else _title_country_word(doc, before)
        if doc[k].text not in (",", "'s", "’s") and doc[k].dep_ not in ("compound", "amod", "poss", "nmod"):
            return None
    return None


def _role(doc, toks, index: ActorIndex) -> list[RoleFiller]:
    out: list[RoleFiller] = []
    seen: set[str] = set()
    toks = [a for t in toks for a in _antecedents(doc, t, index)]
    for t in toks:
        m = index.at(t.i)
        if m is not None and t.i in doc.user_data.get(_PAIR_COUNTRY_WORDS, ()):
            # (roles26) the country word of a title that "the two countries" took up (_pair_anaphor)
            # names the country, not the person
            words = doc[doc.user_data[_PAIR_COUNTRY_WORDS][t.i]:t.i + 1]
            f = _country_word_filler(words, country_of(words.text))
            if f.country not in seen:
                seen.add(f.country)
                out.append(f)
            continue
        m = mention_for(doc, t, index)
        if m is None:
            filler = _unresolved(doc, t, index)
            if filler is not None and filler.text not in seen:
                seen.add(filler.text)
                out.append(filler)
            continue
        for m in [m] + m.coordinated:  # "Armenian and Azerbaijani officials": the groups of both
            key = m.actor_id or f"{m.start}"
            if key in seen:
                continue
            seen.add(key)
            out.append(RoleFiller(text=m.text, name=m.name, country=m.country, sector=m.sector,
                                  start=m.start, end=m.end, actor_id=m.actor_id))
    return out


_PEOPLE_SECTORS = {"CVL", "OPP", "LAB", "EDU", "REL", "REB", "UAF", "PTY"}


@lru_cache(maxsize=1)
def _sector_people() -> frozenset:
    """(roles23) Plural nouns of people of a trade whose sector is no crowd's ("journalists": MED,
    "nurses": HLH, "lawyers": JUD): parties.yaml sector_people."""
    return frozenset(parties_file()["sector_people"]["nouns"])


@lru_cache(maxsize=1)
def _protest_holder() -> tuple[frozenset, frozenset]:
    """(types whose modifier naming people holds the act, the modifier dependencies): parties.yaml protest_holder."""
    data = parties_file()["protest_holder"]
    return frozenset(data["types"]), frozenset(data["deps"])


def _holder_modifier(doc, tok, index: ActorIndex) -> list[RoleFiller]:
    """(roles23) The people a protest noun's compound modifier names ("an opposition rally", "a student
    march"; a possessive is the noun's actor already): they hold it, its actor, not its target. Only
    people (``_is_people``): a place, a country or a thing as the modifier ("a Moscow rally", "a fuel
    protest") stays as it was."""
    _, deps = _protest_holder()
    out = []
    for c in _with_conjuncts([c for c in tok.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN")]):
        found = _role(doc, [c], index)
        sector = sector_of(c.lemma_.lower()) if c.pos_ == "NOUN" else None
        if not found and sector in _PEOPLE_SECTORS:
            # "a student march": a singular noun of a crowd's sector, no party of its own elsewhere
            found = [_noun_filler(doc, c).model_copy(update={"sector": sector})]
        out.extend(f for f in found if _is_people(f))
    return out


def _is_people(filler: RoleFiller) -> bool:
    """A crowd or a social group rather than a state: "demonstrators", "Serbian students", "Palestinians"."""
    if filler.sector in _PEOPLE_SECTORS:
        return True
    last = filler.text.split()[-1] if filler.text.split() else ""
    if last.lower() in _sector_people():
        return True  # (roles23) "About 40 nurses", "most of them journalists": a crowd of a trade
    # a plural: "students", and the irregular "fishermen", "women", "people"
    plural = last.endswith("s") or last.lower().endswith("men") or last.lower() in ("people", "children")
    if filler.sector is None and plural and last != (country_name(filler.country or "") or ""):
        return not (filler.country and filler.name == country_name(filler.country))
    return False


def _is_thing(tok) -> bool:
    """A common noun that names no party: "decision", "offer", "visit" (not "delegation", "envoys")."""
    if tok.pos_ != "NOUN":
        return False
    _, people = _parties()
    lemma = tok.lemma_.lower()
    # (roles18) a singular noun naming one person ("the skipper", "the suspect") is no thing either
    return not (lemma in people or tok.lower_ in people or lemma in _QUANTITY_NOUNS or lemma in _person_nouns()
                or sector_of(tok.lower_) is not None or sector_of(lemma) is not None)


def _relative_object(tok):
    """The antecedent a relative clause's pronoun stands for where the pronoun is the verb's object
    (the clause has a subject of its own besides it: "the island, which China claims and calls
    the Diaoyu"; the parser may label the pronoun a subject), else None."""
    clause = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "relcl" else tok
    if clause.dep_ != "relcl":
        return None
    rels = [c for c in clause.children if c.lower_ in ("which", "that") and c.dep_ in ("nsubj", "dobj")]
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE]
    if rels and (subjects or rels[0].dep_ == "dobj"):
        return clause.head
    return None


def _means_words(tok) -> set:
    """Words of what a verb is done with: the object of its "with" / "using" phrase ("dispersed
    the crowd with tear gas"), or, for a purpose infinitive, its governor's object ("fired tear
    gas to disperse the crowd": the same act told by its means and its aim)."""
    heads = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "using")
             for o in c.children if o.dep_ == "pobj"]
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        heads += _children(tok.head, "dobj")
    return {w for h in _with_conjuncts(heads) for x in [h] + [m for m in h.children if m.dep_ in ("compound", "amod")]
            for w in (x.lemma_.lower(), x.lower_)}


def _phrase_words(h) -> set[str]:
    """A head noun with the modifier right before it, as one word ("the Malaysian High Commission":
    "high commission"; "Tanzania's high commissioner"), so a list can name a two-word kind of
    thing by its head phrase without taking in its head word alone ("the European Commission")."""
    return {f"{c.lower_} {w}" for c in h.children if c.dep_ in ("compound", "amod") and c.i == h.i - 1
            for w in (h.lemma_.lower(), h.lower_)}


def _noun_words(h, modifiers: bool = False) -> set[str]:
    """The words a list may name a noun by: its head (lemma and form) and head phrase
    (``_phrase_words``), and with ``modifiers`` each compound or adjective word of it too
    ("weapons inspectors", "peacekeeping force")."""
    toks = [h] + ([c for c in h.children if c.dep_ in ("compound", "amod")] if modifiers else [])
    return {w for x in toks for w in (x.lemma_.lower(), x.lower_)} | _phrase_words(h)


def _state_owner(tok, index: Optional[ActorIndex]) -> list[RoleFiller]:
    """The state a noun belongs to: a country as its possessive or nationality modifier ("Malaysia's
    mission", "the Malaysian mission"), or a possessive pronoun standing for the country that is the
    subject of its clause ("Malaysia protested against the attack on its mission"); [] otherwise
    (a company's, an agency's or a person's: "the agency's mission")."""
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.pos_ != "PRON":
            m = index.at(c.i) if index is not None else None
            iso = m.country if m is not None and m.kind in ("country", "group") and m.sector in (None, "GOV") \
                else (country_of(c.text) if c.text[:1].isupper() and m is None else None)
            if iso:
                return [_country_word_filler(c, iso)]
        elif c.dep_ == "poss" and c.lower_ in ("its", "their") and index is not None:
            verb = c
            while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
                verb = verb.head
            for s in _subject(verb) if verb.pos_ in ("VERB", "AUX") else []:
                m = index.at(s.i)
                if m is not None and m.kind == "country" and m.country:
                    return [RoleFiller(text=m.text, name=m.name, country=m.country, sector=m.sector,
                                       start=m.start, end=m.end, actor_id=m.actor_id)]
    return []


def _state_owned_heads(tok, heads, req, index) -> list:
    """Heads of the rule's ``state_owned`` words that belong to a state (``_state_owner``): "an attack
    on its mission" (a diplomatic mission), not "an attack on the agency's mission"."""
    words = set(req.get("state_owned", ()))
    return [h for h in heads if words & {h.lemma_.lower(), h.lower_} and _state_owner(h, index)] if words else []


def _stray_complements(tok) -> list:
    """(extract44) The complement the parser hangs on the verb above an infinitive trigger, right after
    the trigger's object: "decided to declare Mr. Ruiz, the embassy's consul, persona non grata" reads
    "persona non grata" as a second infinitive of "decided". Only an object with an apposition (the
    comma the parser stops at) and a clause that begins right after it."""
    if tok.dep_ != "xcomp":
        return []
    objs = [o for o in tok.children if o.dep_ == "dobj" and any(a.dep_ == "appos" for a in o.children)]
    if not objs:
        return []
    end = max(x.i for x in objs[0].subtree)
    return [c for c in tok.head.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i and
            c.left_edge.i == end + 1]


def _left_from(tok) -> set:
    """(extract44) The words of what a verb of going says was left by "out of" or "off" ("walked out
    of the budget debate", "walked off the job"), however the parser hangs "out" (particle,
    preposition or adverb) and "of" (under "out" or under the verb)."""
    places = []
    for c in tok.children:
        if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod"):
            places += _prep_objects(c, "of")
            if c.dep_ == "prt":
                places += _prep_objects(tok, "of")
        elif c.lower_ == "off" and c.dep_ == "prep":
            places += [x for x in c.children if x.dep_ == "pobj"]
    return {w for p in places for x in [p] + [m for m in p.children if m.dep_ in ("compound", "amod")]
            for w in (x.lemma_.lower(), x.lower_)}


def _names_a_unit(tok, spec) -> bool:
    """(extract44) A noun of a force's activity that names the unit doing something else: the subject
    of an active verb other than one of the activity's own course ("an army patrol found the bodies",
    not "the patrols resumed"), or the "of" object of its members ("soldiers of a border patrol")."""
    head = tok.head
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() not in spec.get("course_verbs", ()):
        return True
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in spec.get("members", ())


def _requirements_met(tok, rule: TriggerRule, actor, recipient, judged: bool = False,
                      index: Optional[ActorIndex] = None) -> bool:
    """Whether the rule's ``requires`` hold. ``judged``: a nominal trigger is the object of a
    stance verb ("condemned the bombing"), which attests the event without naming who did it,
    so a rule's need for a named actor is waived (a participant is still needed). ``index``: the
    actor index, for a ``state_owned`` word ("its mission": whose)."""
    req = rule.requires
    if not req:
        return True
    if "ccomp_aux" in req:
        # "said that China must drop barriers": a demand voiced as a statement.
        if not any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in req["ccomp_aux"] for a in c.children)
                   for c in tok.children):
            return False
    if "dobj" in req:
        objs = _children(tok, "dobj") + _children(tok, "nsubjpass")
        if not objs and (is_passive(tok) or _participle_clause(tok)):
            objs = _raised_passive_subject(tok)
        # "the mission, which was shut on May 13": a relative pronoun stands for its antecedent
        objs = [tok.head if o.lower_ in _RELATIVE and tok.dep_ == "relcl" else o for o in objs]
        objs = [_it_antecedent(o, req["dobj"]) or o for o in objs]
        if req.get("named_party") and _reduced_relative_ok(tok, req) and tok.dep_ == "acl" and \
                tok.tag_ in ("VBN", "VBD") and tok.head.pos_ == "NOUN":
            # "the convoy, halted at a checkpoint": the noun the participle is said of, for a
            # rule whose required object is itself the participant
            objs.append(tok.head)
        # "provided 25,000 tons of food aid": look through quantities.
        # ... and through "a state of emergency".
        # ... and through a bare number: "31 of the escaped prisoners were recaptured".
        objs += [x for o in objs if o.lemma_.lower() in _QUANTITY_NOUNS or o.lemma_.lower() == "state"
                 or o.pos_ == "NUM" for x in _prep_objects(o, "of")]
        # A word of the object's name counts too: "weapons inspectors", "peacekeeping force";
        # not for a head_only rule ("attacked the prison", not "attacked the jail sentences").
        words = {w for o in objs for w in _noun_words(o, modifiers=not req.get("head_only"))}
        if not words & set(req["dobj"]) and not _state_owned_heads(tok, objs, req, index):
            return False
    if "complement" in req and not {w for c in list(tok.children) + _stray_complements(tok)
                                     if c.dep_ in ("dobj", "nsubjpass", "oprd", "ccomp", "xcomp") or
                                     (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                                     for x in c.subtree for w in (x.lemma_.lower(), x.lower_)} & set(req["complement"]):
        # a word anywhere in the verb's object or complement ("declared two diplomats persona non
        # grata", however the parser splits the phrase), or its purpose infinitive, where the
        # parser hangs an object's "to" clause ("launched an operation to retake the town");
        # a passive subject is the object (extract41: "a no-confidence vote was tabled")
        return False
    if req.get("out_adverb") and not any(c.lower_ == "out" and c.dep_ in ("prt", "advmod", "prep") for c in tok.children):
        return False  # (extract44) "walked out before the vote": "out" read as a particle or an adverb
    if "left_from" in req and not _left_from(tok) & set(req["left_from"]):
        return False  # (extract44) "walked out of the session", "walked off the job": what was left
    if "not_object_prep" in req and any(p.dep_ == "prep" and p.lower_ in req["not_object_prep"] and
                                        any(x.dep_ == "pobj" and x.ent_type_ not in ("DATE", "TIME") for x in p.children)
                                        for o in _children(tok, "dobj") for p in o.children):
        return False  # (extract44) "stopped work on the new bridge": a project halted, no strike
    if "not_unit" in req and _names_a_unit(tok, req["not_unit"]):
        return False  # (extract44) "a navy patrol found the bodies": the unit, not a patrol carried out
    if "object_act" in req and not _object_acts(tok) & set(req["object_act"]):
        return False  # the act a document handed over carries: "handed him a note demanding an apology"
    if "object" in req and not _object_words(tok) & set(req["object"]):
        # a verb's or a noun's object words ("exchanged prisoners", "the prisoner swap",
        # "the exchange of detainees"): _object_words
        return False
    if "target" in req:
        targets = _targets(tok, rule)
        if req.get("head_only"):
            # the target's head word itself: "an attack on a prison", not "on prison overcrowding"
            words = {w for h in targets for w in _noun_words(h)}
        else:
            # what the act is done to: its object words or its targets ("the raid on the offices")
            words = _object_words(tok) | {w for h in targets for w in _noun_words(h, modifiers=True)}
        if not words & set(req["target"]) and not _state_owned_heads(tok, targets, req, index):
            return False
    if "prep" in req and not any(c.dep_ == "prep" and c.lower_ in req["prep"] for c in tok.children):
        return False
    if req.get("withstood") and not _withstands(_light_verb(tok)):
        return False  # (extract23) the noun is the object of a withstanding verb: "repelled a terrorist attack"
    if "not_prep" in req and any(c.dep_ == "prep" and c.lower_ in req["not_prep"] and not any(
            o.lemma_.lower() in req.get("open_water", ()) or o.ent_type_ in ("DATE", "TIME") and
            (o.pos_ != "PROPN" or o.lower_ in CALENDAR_NAMES) for o in c.children if o.dep_ == "pobj")
                                 for c in tok.children):
        return False  # no target named: "fired a missile at Israel" is no test ("into the sea", "on Monday" are)
    for dep in ("pobj", "pcomp"):
        # the object ("spoke by phone", "talked over the telephone") or, extract39, the gerund ("barred
        # him from leaving the country") of one of its prepositions
        if dep in req and not any(o.lemma_.lower() in req[dep] for c in tok.children if c.dep_ == "prep"
                                  for o in c.children if o.dep_ == dep):
            return False
    if "pobj_words" in req and not {w for c in tok.children if c.dep_ == "prep" for o in c.children
                                    if o.dep_ == "pobj" for x in [o] + [m for m in o.children
                                                                       if m.dep_ in ("compound", "amod")]
                                    for w in (x.lemma_.lower(), x.lower_)} & set(req["pobj_words"]):
        return False  # a word of such an object or its modifiers: "died of gunshot wounds"
    if "not_pobj_words" in req and {w for h in [tok] + _children(tok, "dobj") for c in h.children if c.dep_ == "prep"
                                    for o in c.children
                                    if o.dep_ == "pobj" for x in [o] + [m for m in o.children
                                                                       if m.dep_ in ("compound", "amod")]
                                    for w in (x.lemma_.lower(), x.lower_)} & {w.lower() for w in req["not_pobj_words"]}:
        # a word that rules the setting out: "injured in a shark attack", not "in the attack"; also
        # where the parser hangs the phrase on the object ("caught the suspect on CCTV")
        return False
    if "means" in req and not _means_words(tok) & set(req["means"]):
        return False  # "dispersed the crowd with tear gas", "fired tear gas to disperse the crowd"
    if "subject" in req and not _subject_words(tok) & set(req["subject"]):
        return False  # "the embassy reopened": what the intransitive verb is said of
    if "subject_of" in req and not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in req["subject_of"]
                                    and _violent_sense(tok.head)):
        return False  # a noun said to do what only an armed act does: "The second strike hit the water station"
    if "xcomp" in req and not any(c.dep_ == "xcomp" and c.lemma_.lower() in req["xcomp"] for c in tok.children):
        return False
    if req.get("no_xcomp") and any(c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
        return False  # (extract30) "regrets to announce" (an infinitive, xcomp or as the parser may read it
        # advcl): a formula before what it announces, no regret
    # "called the claims baseless": the object predicate (oprd) says what the object is called.
    # ... also fronted before the object, which the parser reads as acomp: "shot dead the mayor"
    if "oprd" in req and not any((c.dep_ == "oprd" or c.dep_ == "acomp" and _children(tok, "dobj"))
                                 and {c.lemma_.lower(), c.lower_} & set(req["oprd"]) for c in tok.children):
        return False
    if req.get("not_progressive") and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "being" for c in tok.children):
        return False  # "are being held on board": a custody going on, not the act of detaining
    if req.get("no_oprd") and any(c.dep_ == "oprd" for c in tok.children) and (_children(tok, "dobj") or is_passive(tok)):
        return False  # an object (or passive subject: "held responsible") and its predicate; an oprd alone is the parser's misread object
    if "light_verb" in req:
        light = _light_verb(tok)
        if light is None or not {light.lemma_.lower(), light.lower_} & set(req["light_verb"]):
            return False
    if "not_light_verb" in req:
        light = _light_verb(tok)
        if light is not None and light.lemma_.lower() in req["not_light_verb"]:
            return False
    if "not_target_prep" in req and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and \
            tok.head.lower_ in req["not_target_prep"] and \
            (tok.head.head.pos_ == "VERB" or tok.head.head.dep_ == "dobj" and tok.head.head.head.pos_ == "VERB"):
        # "stones were thrown at a patrol", "opened fire on a patrol": the noun names the unit
        # another verb's act is aimed at, not the act the noun itself names (a patrol carried out)
        return False
    if req.get("object_party") and any(_is_thing(o) for o in _children(tok, "dobj") + _children(tok, "nsubjpass")):
        # "welcomed Putin's offer": praise of a thing (SUPPORT), not a visitor received
        return False
    if req.get("object_party") and _is_thing(_relative_object(tok) or tok):
        # "the island, which China claims and calls the Diaoyu": the relative pronoun is the
        # object, a thing (here named), not a party phoned or received
        return False
    if req.get("actor_resolved") and not any(a.actor_id or a.country for a in actor):
        return False
    if req.get("passive") and not (is_passive(tok) or req.get("reduced_relative") == "dated"
                                   and tok.dep_ == "acl" and _reduced_relative_ok(tok, req)):
        return False  # only an agentless-told act: "The memorandum was signed in Baghdad"
    if req.get("intransitive") and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
        return False
    if req.get("actor_people") and not any(_is_people(a) for a in actor):
        return False
    if req.get("actor_state") and not any(a.country and a.sector in (None, "GOV") and not _is_people(a) for a in actor):
        return False  # a state or its government acts ("Australia's protest"), not a crowd or a group
    if req.get("released_people") and not any(
            o.pos_ == "PRON" or o.ent_type_ in ("PERSON", "NORP") or (o.pos_ == "NOUN" and not _is_thing(o))
            for o in _children(tok, "poss") + _prep_objects(tok, "of")):
        return False  # "his release", "the release of hostages"; not "the release of the film"
    if "actor_sector" in req and not any(a.sector in req["actor_sector"] for a in actor):
        return False
    if "recipient_sector" in req and not any(r.sector in req["recipient_sector"] for r in recipient):
        return False
    if req.get("recipient") and not recipient:
        return False
    # (typing37) troops sent to a ground of no other country are deployed ("sent 300 more
    # soldiers to the border region"); sent to another country or to an international body's
    # force ("to the UN mission"), they may be its aid
    if req.get("no_foreign_recipient") and any(
            r.country and r.country not in {a.country for a in actor} or r.sector == "IGO"
            for r in recipient):
        return False
    if req.get("actor") and not actor and not judged:
        return False
    return True


def _violent_sense(verb) -> bool:
    """The verb in its violent sense by the object and adverb restrictions of selection.yaml for
    its ASSAULT reading ("hit the water station", not "hit the car industry hard")."""
    for req in _selection()[1].get(("ASSAULT", "VERB", verb.lemma_.lower()), ()):
        if "object_not" in req and _object_words(verb, name_parts=False) & set(req["object_not"]) and \
                not _subject_words(verb) & set(req.get("armed_subject", ())):
            return False
        if "not_advmod" in req and any(c.dep_ == "advmod" and c.lower_ in req["not_advmod"] for c in verb.children):
            return False
    return True


@lru_cache(maxsize=1)
def _selection() -> tuple[frozenset, dict, frozenset]:
    """(entity types a trigger cannot be inside, restrictions by (type, pos, lemma), nouns naming
    organisations):
    resources/events/selection.yaml."""
    data = load_resource("selection.yaml")
    by_key: dict = {}
    for r in data["restrictions"]:
        for t in r["types"]:
            for lemma in r["lemmas"]:
                by_key.setdefault((t, r["pos"], lemma), []).append(dict(r["requires"]))
    return frozenset(data["not_in_entities"]), by_key, frozenset(data["party_nouns"])


_RELATIVE = {"which", "that", "who", "whom"}


def _objects(tok) -> list:
    """The verb's objects: direct object, passive subject, the noun a participle modifies
    ("figures released by the ministry")."""
    objs = _children(tok, "dobj") + _children(tok, "nsubjpass")
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs.append(tok.head)
    return _with_conjuncts(objs)


def _object_words(tok, name_parts: bool = True) -> set[str]:
    """Words of the trigger's object(s) -- their heads, modifiers and "of" objects ("the amount
    of dropped calls"), the object of a "from" ("cut three models from production") -- or, for a
    noun trigger, of its own modifiers and "of" / "in" objects ("job cuts", "cuts in production")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        heads = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        heads += _prep_objects(tok, "of") + _prep_objects(tok, "in")
        # "cuts of 21 percent in its production": through an amount to what it is of.
        heads += [x for o in list(heads) if o.ent_type_ in ("PERCENT", "QUANTITY", "CARDINAL", "MONEY")
                  for x in _prep_objects(o, "in") + _prep_objects(o, "of")]
    else:
        heads = _objects(tok) + _prep_objects(tok, "from")
        heads += [x for o in list(heads) for x in _prep_objects(o, "of")]
    words = set()
    for h in heads:
        for x in [h] + [c for c in h.children if c.dep_ in ("compound", "amod", "nmod")
                        and (name_parts or not (h.pos_ == "PROPN" and c.pos_ == "PROPN" and c.dep_ == "compound"))
                        and not _hyphenated_modifier(c)]:
            words.update((x.lemma_.lower(), x.lower_))
    return words


def _hyphenated_modifier(c) -> bool:
    """A modifier that ends a hyphenated word ("first-time workers", "long-range missiles"): the
    whole word says what kind the head is; its last part is no thing of its own (not the "time"
    that "cut the time" is economic for)."""
    return c.i > 0 and c.nbor(-1).text == "-" and any(x.i == c.i - 1 for x in c.children)


def _object_acts(tok) -> set[str]:
    """Lemmas of the verbs that say what a verb's object does, for a document handed over: a
    participle or relative clause on the object ("handed the envoy a note demanding an apology", "a
    letter that called for talks"); the act is the sender's, done to the one the document goes to."""
    objs = _children(tok, "dobj")
    acts = {c.lemma_.lower() for o in objs for c in o.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"}
    # ... or hung on the verb right after the object ("handed a note demanding": the parser's advcl)
    return acts | {c.lemma_.lower() for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG" and objs
                   and c.i == max(x.i for x in objs[-1].subtree) + 1}


def _carried_act(doc, tok, found_at: dict) -> bool:
    """Whether a verb is the act word of a document whose handing over is a found event carrying
    it (``requires: {object_act: ...}``): "handed him a note demanding an apology" is one demand,
    told by "handed", not a second one by "demanding" (whose subject would be the note)."""
    if tok.dep_ == "advcl" and tok.head.i in found_at:
        carrier = found_at[tok.head.i]  # "handed a note demanding", the participle hung on the verb
        return tok.i in {c.i for c in doc[tok.head.i].children if c.dep_ == "advcl"} and \
            tok.lemma_.lower() in carrier.requires.get("object_act", ()) and \
            tok.lemma_.lower() in _object_acts(doc[tok.head.i])
    if tok.dep_ not in ("acl", "relcl") or tok.head.dep_ != "dobj":
        return False
    carrier = found_at.get(tok.head.head.i)
    return carrier is not None and tok.lemma_.lower() in carrier.requires.get("object_act", ())


def _subject_heads(tok) -> list:
    """The subject's head nouns, a relative pronoun standing for its antecedent, and a passive's agent."""
    out = []
    subjects = _subject(tok)
    if not subjects and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and is_passive(tok.head) and \
            not _children(tok, "nsubj") and not is_passive(tok):
        # an active verb coordinated with a passive shares its subject: "The ban was published on
        # Tuesday and took effect at midnight"
        subjects = _children(tok.head, "nsubjpass")
    for s in subjects:
        if s.lower_ in _RELATIVE and s.head.dep_ == "relcl":
            s = s.head.head
        out.append(s)
    return out + [x for a in _children(tok, "agent") for x in a.children if x.dep_ == "pobj"]


_CARRYING = {"carry", "bring", "transport", "ferry", "load"}


def _subject_words(tok) -> set[str]:
    """Words of the subject's heads and of what a carrying participle of the subject carries ("a
    plane carrying tents landed": the plane's cargo says what arrived)."""
    words = set()
    heads = _subject_heads(tok)
    # (extract39) a quantity subject names its crowd by its "of" object: "Hundreds of protesters shut ..."
    heads += [o for s in heads if s.lemma_.lower() in _QUANTITY_NOUNS
              for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for s in heads:
        words.update((s.lemma_.lower(), s.lower_))
        words.update(_phrase_words(s))
        for acl in s.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in _CARRYING:
                for o in _with_conjuncts(_children(acl, "dobj") + _prep_objects(acl, "with")):
                    words.update((o.lemma_.lower(), o.lower_))
    return words


def _governors(tok) -> list:
    out, cur = [], tok
    while cur.dep_ in _SUBJECT_SHARING and cur.head.i != cur.i and len(out) < 4:
        cur = cur.head
        out.append(cur)
    return out


def _is_person_or_party(doc, tok, index: ActorIndex) -> bool:
    m = mention_for(doc, tok, index)
    if tok.ent_type_ in ("PERSON", "NORP") or (m is not None and (m.kind in ("person", "group", "country")
                                                                  or m.country or m.sector)):
        return True  # an organisation of no country or sector may be a product ("the iPhone SDK")
    _, people = _parties()
    return tok.lemma_.lower() in people or tok.lower_ in people or tok.lemma_.lower() in _selection()[2] \
        or sector_of(tok.lower_) is not None \
        or sector_of(tok.lemma_.lower()) is not None


def _talks_with_own_staff(tok, owners: set) -> bool:
    """(extract44) One the trigger talks "with" or "to" is a journalist the outlet calls its own ("our
    Lome correspondent Kofi Adjei and ...", "our reporter"): a broadcast's or a podcast's framing of
    its guests, told by the outlet itself."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("with", "to"):
            for x in p.subtree:
                if x.dep_ == "poss" and x.lower_ in owners and \
                        "MED" in (sector_of(x.head.lemma_.lower()), sector_of(x.head.lower_)):
                    return True
    return False


def _restrictions_met(doc, tok, rule: TriggerRule, actor, recipient, index: ActorIndex) -> bool:
    """The selectional restrictions of resources/events/selection.yaml for this rule's word."""
    restrictions = _selection()[1].get((rule.type, rule.pos, rule.lemma), ())
    objs = _objects(tok) if restrictions else []
    for req in restrictions:
        if req.get("actor_resolved") and not any(a.actor_id or a.country for a in actor):
            return False
        if req.get("recipient_party") and not any(party_rank(r) >= 1 for r in recipient):
            return False
        if "recipient_not_own" in req and _talks_with_own_staff(tok, set(req["recipient_not_own"])):
            return False  # (extract44) "speaks with our correspondent": the outlet's own framing
        if req.get("object_required") and not objs:
            return False
        # (the words of a name are no sense of the verb: "stormed the Indian High Commission", not "hit a high")
        # (... unless the object's own head is exempt: "froze the assets of two trading firms", the
        # economic word is the owner's, not what is frozen)
        # (... and for an object_head_only one, only the object's own head counts: "charged the toll
        # collector", a person charged, not "charged a toll")
        if "object_not" in req and (
                {w for o in objs for w in (o.lemma_.lower(), o.lower_)} if req.get("object_head_only")
                else _object_words(tok, name_parts=False)) & set(req["object_not"]) and \
                not _subject_words(tok) & set(req.get("armed_subject", ())) and \
                not {o.lemma_.lower() for o in objs} & set(req.get("object_head_ok", ())):
            return False
        if req.get("object_party") and objs and all(_is_thing(o) and not o.ent_type_ and
                                                    not _is_person_or_party(doc, o, index) for o in objs):
            return False
        if "not_particle" in req and any(c.dep_ == "prt" and c.lower_ in req["not_particle"] for c in tok.children):
            return False
        if "not_prep" in req and any(c.dep_ == "prep" and c.lower_ in req["not_prep"] for c in tok.children):
            return False  # "pushing migrants towards the border": moved bodily, not pressed to act
        # with no object and no clause of what is asked, only a preposition of the request says it
        # is one: "pushed for talks", not "the crowd pushed against the gate" (also as the mark of
        # a clause: "pushing hard for the government to propose ...")
        if "bare_needs_prep" in req and not objs and \
                not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) and \
                not any(c.dep_ == "prep" and c.lower_ in req["bare_needs_prep"] or
                        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in req["bare_needs_prep"]
                                                  for m in c.children)
                        for c in tok.children):
            return False
        if "not_advmod" in req and any(c.dep_ == "advmod" and c.lower_ in req["not_advmod"] for c in tok.children):
            return False
        # (a noun right before it is its modifier whatever the parse calls it: "port calls", read nsubj)
        if "not_modifier" in req and any((c.dep_ in ("amod", "compound", "nmod") or
                                          c.i == tok.i - 1 and c.pos_ in ("NOUN", "ADJ")) and
                                         {c.lower_, c.lemma_.lower()} & set(req["not_modifier"])
                                         for c in tok.children):
            return False
        if "subject_not" in req and any({x.lemma_.lower(), x.lower_} & set(req["subject_not"])
                                        for s in _subject_heads(tok)
                                        for x in [s] + [c for c in s.children if c.dep_ == "compound"]):
            return False  # "the storm", and a named one: "Typhoon Haiyan killed"
        if "governor_not" in req and any(g.lemma_.lower() in req["governor_not"] for g in _governors(tok)):
            return False
        if "cause_not" in req and _accident_cause(tok, req):
            return False  # "killed in the stampede", "died when the roof collapsed": no one acted
        if req.get("subject_party") and any(_is_thing(x) and not _is_person_or_party(doc, x, index)
                                            for x in _children(tok, "nsubj")):
            return False
        if req.get("object_party_or_owner"):
            # "welcomed the decisions taken at the meeting of Somalia's Security Council"
            owners = [x for o in objs for x in o.subtree if x.i != o.i]
            if objs and all(_is_thing(o) and not _is_person_or_party(doc, o, index) for o in objs) and \
                    not any(_is_person_or_party(doc, x, index) for x in owners):
                return False
        if "actor_not_sector" in req and any(a.sector in req["actor_not_sector"] for a in actor):
            return False
        # (typing37) "the nurses' strike": a crowd or a trade that strikes stops work; only an
        # armed one (a sector listed) strikes with arms
        # (a phrase holding the trigger itself is no party: "last week's American strikes")
        # (... nor a plural of the armed or their machines: "Israeli jets", "the fighters")
        if "actor_not_crowd" in req and any(
                _is_people(a) and a.sector not in req["actor_not_crowd"] and not a.start <= tok.idx < a.end
                and (a.text.split() or [""])[-1].lower() not in req.get("crowd_armed_words", ())
                for a in actor):
            return False
    return True


_CAUSE_PREPS = frozenset({"in", "during", "after"})
_CAUSE_MARKS = frozenset({"when", "as", "after"})


def _accident_cause(tok, req: dict) -> bool:
    """Whether the cause a death or wound is told with is an accident or a natural force
    (selection.yaml ``cause_not``): the object of the verb's "in", "during" or "after" ("killed in
    the crush", "hurt during the stampede"), or a "when" / "as" / "after" clause whose verb
    (``cause_verbs_not``: "when the roof collapsed") or subject head ("when a fire broke out") is one
    -- unless an armed word goes with it (``cause_armed``: "when a bomb exploded", "in a fire set by
    gunmen"). The clause of "were killed and three wounded when ..." is the pair's: the parser hangs
    it on either conjunct."""
    nouns, verbs = set(req["cause_not"]), set(req.get("cause_verbs_not", ()))
    armed = set(req.get("cause_armed", ()))
    pair = [tok] + _children(tok, "conj") + ([tok.head] if tok.dep_ == "conj" else [])
    # "killed and eight injured when ...": the second verb may be parsed a modifier of its number
    pair += [x for c in pair[1:] for x in c.children if x.dep_ in ("amod", "acl") and x.pos_ == "VERB"]
    for v in pair:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS:
                for o in _with_conjuncts(_children(c, "pobj")):
                    if {o.lemma_.lower(), o.lower_} & nouns and \
                            not {w.lemma_.lower() for w in o.subtree} & armed:
                        return True
            if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CAUSE_MARKS
                                         and m.i < c.i for m in c.children):
                subjects = _children(c, "nsubj") + _children(c, "nsubjpass")
                if {w.lemma_.lower() for s in subjects for w in s.subtree} & armed:
                    continue
                if c.lemma_.lower() in verbs or any({s.lemma_.lower(), s.lower_} & nouns for s in subjects):
                    return True
    return bool(verbs) and not _children(tok, "agent") and _crew_of_a_crash(tok, verbs, armed)


def _crew_of_a_crash(tok, verbs: set, armed: set) -> bool:
    """Whether the one killed is named as the crew of what the sentence tells crashed: "the plane
    that came down ... and its navigator, who was killed", "the ferry's captain was killed after it
    capsized" -- the victim's possessor (a pronoun: any noun of the sentence) is the subject of a
    ``cause_verbs_not`` verb, with no armed word in that subject."""
    victims = _children(tok, "nsubjpass")
    victims = [v.head.head if v.lower_ in _RELATIVE and v.head.dep_ == "relcl" else v for v in victims]
    for v in victims:
        for owner in _children(v, "poss"):
            if owner.pos_ == "PRON" and any(t.lemma_.lower() in armed for t in owner.sent):
                continue  # "its pilot" in a sentence that tells rebels or a missile: not read as a crash
            owners = [owner] if owner.pos_ != "PRON" else [t for t in owner.sent if t.pos_ in ("NOUN", "PROPN")]
            for o in owners:
                told = [o.head] if o.dep_ in ("nsubj", "nsubjpass") else []
                # "the helicopter that crashed": the relative clause whose subject stands for it
                told += [r for r in o.children if r.dep_ == "relcl"
                         and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE for c in r.children)]
                if any(verb.lemma_.lower() in verbs for verb in told) and \
                        not {w.lemma_.lower() for w in o.subtree} & armed:
                    return True
    return False


def _pos_key(tok) -> Optional[str]:
    if tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return "NOUN"  # a plural noun the tagger took for a verb: "launched live-fire military drills"
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ != "aux"):
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
        return "NOUN"
    return None


_DEFINITE = {"the", "this", "that", "these", "those", "both"}  # "Both expulsions": the two told


def _same_kind(a: str, b: str, rule: Optional[TriggerRule] = None) -> bool:
    """Nouns for the same kind of thing: the same lemma, a verb's lemma and its gerund ("reopen",
    "reopening"), or lemmas of one nominal trigger entry ("agreement", "pact", "deal"). With ``rule``
    (roles29: the rule that typed ``a``), of that entry: "the arrest" (COERCE `arrest`) is no "ban",
    though the two share the entry of measures ("house arrest", a ban: COERCE 170)."""
    if a == b or a == b + "ing" or b == a + "ing":
        return True  # the gerund names the verb's act: "reopened the crossing ... The reopening"
    lex = triggers()
    kinds = {(r.type, r.mode, r.cameo) for r in lex.rules(a, "NOUN")}
    if rule is not None:
        kinds &= {(rule.type, rule.mode, rule.cameo)}
    return bool(kinds & {(r.type, r.mode, r.cameo) for r in lex.rules(b, "NOUN")})


def _done_to(tok) -> list:
    """What a verb trigger is done to: its objects, or the noun its relative clause modifies
    ("an agreement that Japan and Vietnam signed")."""
    objs = _children(tok, "dobj") + _children(tok, "nsubjpass")
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and \
            not any(s.lower_ in _RELATIVE for s in _children(tok, "nsubj")):
        objs.append(tok.head)  # "the bombing that killed 31": the bombing did it, nothing was done to it
    return objs


def _object_anaphor(doc, tok, rule: TriggerRule, found: list) -> tuple[list, list]:
    """(actor, recipient) of an agentless passive with no participant whose subject is a definite
    noun ("The pact was signed during a visit to Hanoi", "The medal was awarded more than a month
    ahead of Victory Day"): those of the last event before it in the article told by the same verb
    (same type and lemma: "presented the medal" is another act than "awarded a medal") and done to
    the same kind of thing (``_same_kind``: "a maritime security agreement that Japan and Vietnam
    signed"); none when there is no such event."""
    subj = [x for x in _children(tok, "nsubjpass") if x.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in x.children)]
    if not subj:
        return [], []
    lemma = subj[0].lemma_.lower()
    for m, i, r in sorted(found, key=lambda f: f[1], reverse=True):
        if i >= tok.i or r.type != rule.type or r.pos != "VERB" or doc[i].lemma_.lower() != tok.lemma_.lower():
            continue
        if any(_same_kind(lemma, o.lemma_.lower()) for o in _done_to(doc[i])):
            return [f.model_copy() for f in m.actor], [f.model_copy() for f in m.recipient]
    return [], []


_NAME_ENTS = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT"})


def detect_events(doc, index: ActorIndex) -> list[tuple[Mention, int, TriggerRule]]:
    """Event mentions with their trigger token and the rule that typed them."""
    lex = triggers()
    not_in_entities = _selection()[0]
    found = []
    pending = []  # (token, rule): definite event nouns and their passives with no participant
    nominal = {}  # trigger index -> mention of a nominal event, for the stance verb judging it
    # Nominal triggers first, so a stance verb finds the event it judges; returned in text order.
    for tok in sorted(doc, key=lambda t: _pos_key(t) != "NOUN"):
        key = _pos_key(tok)
        if key is None or (key == "NOUN" and tok.ent_type_ in not_in_entities):
            continue  # "March 27": a date, not a march
        if _names_offence(tok):
            continue  # "charged him with calling for mass unrest": the offence, not an act told
        if key == "NOUN" and _names_a_kind(tok):
            continue  # (extract43) "the largest such march since 1990": a kind compared, no act of its own
        if key == "VERB" and _quoted_imperative(tok):
            continue  # (extract37) a slogan's wording ("chanted 'Jail the mayor'"): asked of no one named, not done
        if key == "VERB" and tok.ent_type_ in _NAME_ENTS and tok.text[:1].isupper() and not tok.is_sent_start:
            continue  # "the Action Committee for Defending the Islands": a word of a name, no act
        lemma = tok.lemma_.lower()
        # "turned away", "turned back", "pushed back" are parsed with an adverb, not a particle;
        # (extract27) "set ... ablaze / alight" with an adverb or an object predicate
        particles = [c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("away", "back"))
                     or (c.dep_ in ("advmod", "oprd", "acomp") and c.lower_ in ("ablaze", "alight"))] \
            if key == "VERB" else []
        rules = [r for p in particles for r in lex.rules(f"{lemma} {p}", key)] + lex.rules(lemma, key)
        for rule in rules:
            passive = key == "VERB" and (is_passive(tok) or _coordinated_passive(tok) or _participle_clause(tok))
            actor_toks, recipient_toks = fillers_for(tok, rule.actor, passive), fillers_for(tok, rule.recipient, passive)
            done_to = _comma_participle(tok) if key == "VERB" and "dobj" in rule.recipient else []
            if done_to:
                # (roles17) "The Blue Heron, seized off Kismayo, is in port": done to the noun, by its
                # "by" agent if one is told, else by no one known
                actor_toks, recipient_toks = _with_conjuncts(_prep_objects(tok, "by")), _with_conjuncts(done_to)
            if key == "VERB":  # (roles27) "called for a march to Gitega": where the act goes is not asked
                called_places = _called_act_places(tok, rule.type)
                recipient_toks = [t for t in recipient_toks if t.i not in called_places]
            patient = _patient_owner(tok, index) if key == "NOUN" else []
            put_out, by_body = _put_out_of_body(tok, index) if key == "NOUN" else ([], [])
            if put_out:  # (roles28) "Mali's expulsion from the bloc": the bloc acts, Mali is put out
                actor_toks = [t for t in actor_toks if t not in put_out] or by_body
                recipient_toks = [t for t in recipient_toks if t not in by_body] + put_out
            if patient:  # "his arrest": he is arrested
                actor_toks = [t for t in actor_toks if t not in patient]
                recipient_toks = recipient_toks + [t for t in patient if t not in recipient_toks]
            if key == "NOUN" and (patient or _prep_objects(tok, "of")):
                # (roles27) "Mr Lee's expulsion from Ghana": the one put out is named; the state he was put
                # out of put him out -- the actor where the frame named none, never the recipient
                put_out_of = _put_out_of(tok)
                recipient_toks = [t for t in recipient_toks if t not in put_out_of]
                if not actor_toks:
                    actor_toks = [t for t in put_out_of if getattr(index.at(t.i), "kind", None) == "country"]
            # (roles7) a pronoun's antecedent first, so a weapon it takes up is no actor either:
            # "The missiles were fired from Yemen. They struck a tanker". _role takes antecedents
            # again: safe, an antecedent is no pronoun, so it stays itself (or, "the two ministers"
            # reached through "they", goes on to the names, as it would if written so)
            actor = _role(doc, _no_instruments(doc, [a for t in actor_toks for a in _antecedents(doc, t, index)],
                                               index), index)
            if rule.type in _asked_about_types():
                # (roles19) "demanded access to the crew": the PP the parser hangs on the object is what is
                # asked about; a party of a country there stays ("access to the detained Turkish nationals")
                recipient_toks = [t for t in recipient_toks if not _on_asked_object(t, tok, index)]
            recipient = _role(doc, recipient_toks, index)
            if not recipient and key == "VERB" and "dobj" in rule.recipient and not passive and actor and \
                    _subject_is_patient(tok, actor):
                actor, recipient = [], actor
            if key == "VERB" and rule.requires.get("event_subject"):
                # "The exercises began on Monday": the act the subject noun names, with its parties
                subj = _active_event_subject(tok)
                m = nominal.get(subj.i) if subj is not None else None
                if m is None:
                    if subj is not None and _requirements_met(tok, rule, [], [], judged=True):
                        # the noun's parties, once it has referred back -- only for a subject the
                        # rule names ("the talks began", not "the shelling began")
                        pending.append((tok, rule))
                    continue
                actor = [f.model_copy() for f in m.actor]
                recipient = [f.model_copy() for f in m.recipient]
            if key == "VERB" and rule.requires.get("measure_subject"):
                # "Tanzania's duty on Kenyan dairy came into force": the measure in force, typed as
                # its imposing is, with the measure noun's own parties (else those of the measure
                # told before: _refer_back)
                measure = _measure(tok, rule)
                if measure is None:
                    continue
                subj, nrule = measure
                rule = replace(rule, type=nrule.type, mode=nrule.mode, cameo=nrule.cameo)
                actor = _role(doc, fillers_for(subj, nrule.actor, False), index)
                if not actor and nrule.type in _modifier_actor_types():
                    actor = _modifier_actor(doc, subj, index)
                recipient = _role(doc, fillers_for(subj, nrule.recipient, False), index)
            if not actor and key == "VERB":
                actor = _role(doc, _on_behalf_actor(tok), index)
            if not actor and key == "VERB" and rule.type == "ASSAULT":
                # (roles18) "killed when police fired on the march": the clause's subject did it
                actor = _role(doc, _no_instruments(doc, _when_clause_agent(tok), index), index)
            if not recipient and key == "VERB" and lemma in _stance_verbs():
                # "France welcomed the agreement between Israel and Hamas": a stance toward an
                # event is toward its parties.
                recipient = _judged_parties(tok, nominal)
            light = _light_verb(tok) if key == "NOUN" else None
            if _withstands(light):
                # "Soldiers repelled an attack": the subject withstood it; the attack is an act of
                # its own, its attacker unknown (the attacked place its frame names)
                if not recipient and rule.requires.get("withstood"):
                    # ... or, for a rule that says so, the one who withstood it (extract23)
                    # (its subject, or the "by" agent of a passive: "was repelled by Malian troops")
                    recipient = _role(doc, fillers_for(light, ("nsubj", "agent"), is_passive(light)), index)
                light = None
            judged = _judges(light)
            losers = _tells_own_loss(light, tok) if not judged else []
            if losers:
                # (roles8) "The army reported an attack on its base": the teller is the side the
                # act was done to, not its actor; the act's actor is unknown
                judged = True
                told = _role(doc, losers, index)
                recipient = told + [r for r in recipient if r not in told]
            if judged:
                # "The US condemned the bombing in Baghdad": the verb's clause is the judge's,
                # not the bombing's; the noun is an event of its own, its actor unknown.
                light = None
            undergone = False
            if _undergoes(light, tok):
                # (roles20) "The skipper will face a hearing", "Moldova received aid from Norway": the
                # light verb's subject undergoes the act; its doer is the noun's own or a "from" / "by" phrase
                undergoers = _role(doc, fillers_for(light, ("nsubj",), False), index)
                if not actor:
                    actor = _role(doc, [o for h in (light, tok) for p in ("from", "by") for o in _prep_objects(h, p)],
                                  index) or _modifier_actor(doc, tok, index)  # "faces fresh UN sanctions"
                actor = [a for a in actor if a not in undergoers]
                recipient = undergoers + [r for r in recipient if r not in undergoers and r not in actor]
                undergone = bool(undergoers)
                light = None
            if not actor and key == "NOUN" and rule.type in _modifier_actor_types():
                actor = _modifier_actor(doc, tok, index)
            if not actor and key == "NOUN" and rule.type in _protest_holder()[0]:
                # (roles23) "Police dispersed an opposition rally": the opposition holds it, before the light verb
                actor = _holder_modifier(doc, tok, index)
                recipient = [r for r in recipient if r not in actor]
            if light is not None and not actor:
                # "Israel and Lebanon renewed negotiations": the light verb's subject acts
                actor = _role(doc, fillers_for(light, ("nsubj", "agent"), is_passive(light)), index)
                if not recipient:
                    recipient = _role(doc, fillers_for(light, [r for r in rule.recipient if r.startswith("prep:")],
                                                       False), index)
            if not actor and key == "NOUN" and rule.type in _between_parties()[0]:
                # "talks between Israel and Hamas" (no light verb's subject acts): a dyad, first side to second
                side_toks = fillers_for(tok, _between_parties()[1], False)
                if not side_toks and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
                    # "clashes broke out between ...": the phrase hangs on the verb the noun is subject of
                    side_toks = fillers_for(tok.head, _between_parties()[1], False)
                sides = _role(doc, side_toks, index)
                if len(sides) > 1:
                    actor, recipient = sides[:1], sides[1:] + [r for r in recipient if r not in sides]
                elif len(sides) <= 1 and len(side_toks) == 1 and side_toks[0].tag_ == "NNS":
                    # "clashes between rival armed groups": one plural side is both
                    actor = sides or [_noun_filler(doc, side_toks[0])]
            if not actor and key == "NOUN" and rule.type in _hosted_talks()["types"] and \
                    all(is_sure(r) for r in recipient) and light is None and not _definite_event(tok, key):
                # (roles16) "agreed ... after two days of talks in Arica": the talks are the verb's parties'
                # ("agreed at the talks in Geneva": the talks told before, _refer_back)
                actor, recipient = _host_parties(doc, tok, index, recipient)
            forces_sure = rule.type in _FORCES_TARGETED
            protest = rule.type == "PROTEST"
            if light is not None and "ccomp:nsubj" in rule.recipient and \
                    not any(is_sure(r, forces_sure) for r in recipient):
                # "reiterated its demand that Israel ease ...": the parser hangs the demanded
                # clause on the light verb; its subject is the one asked.
                asked = _role(doc, fillers_for(light, ("ccomp:nsubj",), False), index)
                recipient = asked + [r for r in recipient if r not in asked]
            # a definite event noun with no party of its own takes those of the event it refers
            # back to (_refer_back): its rule's need for a named actor is met there
            refers_back = key == "NOUN" and not actor and not recipient and \
                (_definite_event(tok, key) or _in_event_phrase(tok, key))
            if not _requirements_met(tok, rule, actor, recipient, judged or refers_back or undergone, index) or \
                    not _restrictions_met(doc, tok, rule, actor, recipient, index):
                continue  # the frame's own participants decide, before any fallback
            if refers_back and not _requirements_met(tok, rule, actor, recipient, judged, index):
                pending.append((tok, rule))  # only with the parties of the event it refers back to
                continue
            if (actor or recipient) and rule.type in _singular_victims()[0]:
                # (roles20) "A student was killed when police broke up the march": the one person hurt
                # or held, named by a singular noun, is the recipient (no new event: a party is there)
                recipient = recipient + _victim_fillers(doc, recipient_toks, recipient, index)
            if "state_owned" in rule.requires and not any(is_sure(r, forces_sure) for r in recipient):
                # "the attack on its mission": the state the mission belongs to is the one attacked
                owners = [f for h in _state_owned_heads(tok, _targets(tok, rule), rule.requires, index)
                          for f in _state_owner(h, index)]
                recipient = owners[:1] or recipient
            if not any(is_sure(r, forces_sure) for r in recipient) and not (rule.symmetric and len(actor) > 1):
                # No resolved recipient: a party of the clause the trigger governs ("threatened to
                # resume attacks in Israel"), or the place it happens in ("suspended aid in Baghdad");
                # it replaces the frame's recipient only when surer (party_rank).
                better = affected_parties(doc, tok, index, actor, light, conditional=rule.type == "THREATEN",
                                          forces_sure=forces_sure, protest=protest,
                                          setting=rule.type in _setting()[0],
                                          cited=key == "NOUN" and _cites_rule(tok), rule_type=rule.type)
                if better and rule.type in _asked_about_types() and party_rank(better[0], forces_sure) < 2 and \
                        _inside_asked_thing(doc, better[0], tok, light):
                    better = []  # (roles19) "demanded access to the crew": the crew is asked about, not asked
                if better and party_rank(better[0], forces_sure) > max((party_rank(r, forces_sure) for r in recipient),
                                                                       default=0) and \
                        not _people_over_place(doc, recipient, better[0], (tok, light)):
                    recipient = better
            if recipient and not recipient_toks and key == "VERB" and "dobj" in rule.recipient and \
                    all(_through_place(doc, r, tok) for r in recipient):
                # (roles15) "the two men arrested in Sabang": the people, not the place of the phrase
                recipient = _participle_patient(doc, tok, index) or recipient
            if rule.requires.get("open_water"):  # "fired a missile into the East Sea": a sea is no party
                recipient = [r for r in recipient if not set((r.text or "").lower().split()) & set(rule.requires["open_water"])]
            # One participant cannot be on both sides, nor a phrase holding the actor's words
            # ("Joint Russian-Belarusian" misread as a name around the actors "Russian", "Belarusian").
            actor_keys = {a.actor_id or a.text for a in actor}
            recipient = [r for r in recipient if (r.actor_id or r.text) not in actor_keys and
                         not any(r.start <= a.start and a.end <= r.end for a in actor)]
            actor, recipient = _border_with(doc, tok, actor, recipient, index)
            if not actor and not recipient and passive:
                # "The pact was signed during a visit": the parties of the same act, done to the
                # same thing, just before ("an agreement that Japan and Vietnam signed")
                actor, recipient = _object_anaphor(doc, tok, rule, found)
            if not actor and not recipient and key == "VERB" and rule.requires.get("named_party"):
                # "The mission was shut last Tuesday", "the embassy would reopen": the noun the
                # rule requires (a diplomatic mission) is itself the participant, kept as its text
                actor, recipient = _required_noun(doc, tok, rule, "subject"), _required_noun(doc, tok, rule, "dobj")
                if not rule.actor and "nsubj" in rule.recipient:
                    # "the checkpoint came under fire": a subject the act is done to, not its doer
                    actor, recipient = [], actor + recipient
                elif rule.requires.get("intransitive"):
                    # (roles29) "the crossing reopened": a thing the act is said of does not act
                    actor, recipient = _agentless_thing(doc, tok, actor, recipient, index)
            if not actor and not recipient and rule.requires.get("named_target") and \
                    not (_definite_event(tok, key) and not _targets(tok, rule)):
                # "An air strike on the main market", "searched the journalist's flat": an act its
                # word attests, done to a place no party names; the place is the participant
                recipient = [_noun_filler(doc, h) for h in _targets(tok, rule)]
            if not actor and not recipient:
                if _definite_event(tok, key) or _in_event_phrase(tok, key) or \
                        (passive and _event_subject(tok) is not None) or \
                        (rule.requires.get("event_subject") and _active_event_subject(tok) is not None) or \
                        rule.requires.get("measure_subject") or \
                        (key == "VERB" and _setting_event(tok) is not None):
                    # "The talks, chaired by ...", "The strike was called off": the parties of the
                    # event it refers back to, once every trigger is found (_refer_back)
                    pending.append((tok, rule))
                continue  # an event needs a participant ("the visit" alone says nothing)
            if rule.requires.get("antecedent"):
                continue  # only as a definite noun referring back (_refer_back)
            sent = tok.sent
            mention = Mention(
                id="", type=rule.type, mode=rule.mode, plover=rule.type, cameo=rule.cameo,
                actor=actor, recipient=recipient,
                trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
                sentence=Sentence.of(sent),
                confidence=0.5 + (0.2 if actor else 0) + (0.2 if recipient else 0),
            )
            found.append((mention, tok.i, rule))
            if key == "NOUN":
                nominal[tok.i] = mention
            break  # first matching alternative wins
    _refer_back(doc, found, pending)
    return sorted(found, key=lambda f: f[1])


def _names_offence(tok) -> bool:
    """A gerund naming the offence a verb of the law charges ("charged ... with calling for mass
    unrest", "convicted of inciting"): parties.yaml offence_verbs."""
    return tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "of", "for") and \
        tok.head.head.lemma_.lower() in parties_file().get("offence_verbs", ())


@lru_cache(maxsize=1)
def _slogan_quotes() -> frozenset:
    return frozenset(load_resource("selection.yaml")["quoted_imperative"]["quotes"])


# A subject, an auxiliary or a mark: a quoted verb with one of these is a clause told, not a slogan.
_OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark"}


@lru_cache(maxsize=1)
def _kind_modifiers() -> frozenset:
    return frozenset(load_resource("selection.yaml").get("kind_modifiers", {}).get("words", ()))


def _names_a_kind(tok) -> bool:
    """(extract43) A noun modified by a word of kind ("such"): "the largest such march since 1990",
    "condemned such raids" -- a kind of act compared or judged, not an act told; the act it is
    compared with is told by its own words (selection.yaml ``kind_modifiers``)."""
    words = _kind_modifiers()  # read once: checked for every noun trigger
    return any(c.dep_ in ("amod", "predet", "det") and c.lower_ in words for c in tok.children)


def _quoted_imperative(tok) -> bool:
    """A bare verb that opens a quotation with no subject, auxiliary or mark of its own -- the
    wording of a slogan, a banner or a chant ("banners reading 'Free the jailed reporters'",
    "chanted 'Arrest the governor'") -- or a bare verb coordinated with one: an act demanded of no
    one named, so no act of the crowd (selection.yaml ``quoted_imperative``). A quoted clause with a
    subject ("'We will strike back,' the colonel said") is a statement and stays."""
    if tok.tag_ != "VB" or any(c.dep_ in _OWN_CLAUSE_DEPS for c in tok.children):
        return False
    if tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.i < tok.i:
        return _quoted_imperative(tok.head)
    if tok.i == 0:
        return False
    quote = tok.doc[tok.i - 1]
    # an opening mark: attached to the verb, and not closing the word before it
    return quote.text in _slogan_quotes() and not quote.whitespace_ and \
        (quote.i == 0 or bool(tok.doc[quote.i - 1].whitespace_) or tok.doc[quote.i - 1].is_punct)


def _definite_event(tok, key) -> bool:
    """A definite event noun that tells the event itself, not one named as an attribute of
    another thing ("the timing of the visit", "the implementation of the agreement", "the
    deal's critic")."""
    if tok.dep_ == "poss" or (tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN")):
        return False
    # "the exchange", and "last week's swap", "Monday's attack": a date as possessive is definite too;
    # so is a bare activity noun ("Fighting erupted on Monday night"): the fighting just told of
    if key == "NOUN" and tok.tag_ == "NN" and tok.lower_.endswith("ing") and \
            not any(c.dep_ in ("det", "poss") for c in tok.children):
        return True
    return key == "NOUN" and any((c.dep_ == "det" and c.lower_ in _DEFINITE) or
                                 (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")) for c in tok.children)


@lru_cache(maxsize=1)
def _agentless_things() -> frozenset:
    return frozenset(parties_file()["agentless_thing"]["nouns"])


def _agentless_thing(doc, tok, actor: list, recipient: list, index: ActorIndex) -> tuple[list, list]:
    """(roles29) The subject of an intransitive act that names a thing (parties.yaml agentless_thing:
    "the border crossing reopened", "the Kye-Ossi bridge reopened") is no actor: the act is done to it.
    Its owners act when the sentence names them on the thing itself -- its "between" phrase (both sides
    reopen it: "the crossing between Ghana and Togo"), a country word of it ("Ghana's border", "the
    Togolese border"), with the party of its "with" phrase the recipient; else the actor stays unknown and
    the thing is the recipient. A body ("the embassy reopened") is no thing and keeps the frame's reading."""
    things = [s for s in _subject_heads(tok) if s.pos_ == "NOUN" and _noun_words(s) & _agentless_things()]
    if not things or not actor:
        return actor, recipient
    thing = things[0]
    sides = _role(doc, _with_conjuncts(_prep_objects(thing, "between")), index)
    owners = [f for f in sides if f.country] if len(sides) > 1 and all(f.country for f in sides) else []
    if not owners:
        owners = _state_owner(thing, index)
    if not owners:
        return [], recipient + [a for a in actor if a not in recipient]
    keys = {o.country for o in owners}
    partners = [f for f in _role(doc, _with_conjuncts(_prep_objects(thing, "with")), index)
                if f.country and f.country not in keys]
    return owners, partners + [r for r in recipient if r not in partners]


@lru_cache(maxsize=1)
def _border_with_verbs() -> frozenset:
    return frozenset(parties_file()["border_with"]["verbs"])


def _border_with(doc, tok, actor: list, recipient: list, index: ActorIndex) -> tuple[list, list]:
    """(roles30) A thing of agentless_thing closed or opened whose "with" phrase names another country
    ("Ghana's border with Togo was sealed", "officials shut Ghana's border with Togo"): the country of
    the "with" phrase is the one it is done to; the thing's own country (``_state_owner``) is no
    recipient, and acts when no actor is named."""
    if tok.lemma_.lower() not in _border_with_verbs():
        return actor, recipient
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
              and _noun_words(c) & _agentless_things()]
    if not things:
        return actor, recipient
    # the parser hangs "with Togo" on the thing or on the verb
    withs = _prep_objects(things[0], "with") or _prep_objects(tok, "with")
    partners = [f for f in _role(doc, _with_conjuncts(withs), index) if f.country]
    keys = {p.country for p in partners}
    owners = [o for o in _state_owner(things[0], index) if o.country and o.country not in keys]
    if not partners or not owners:
        return actor, recipient
    mine = {o.country for o in owners}
    recipient = [r for r in recipient if r.country not in mine]
    return (actor or owners), recipient


def _required_noun(doc, tok, rule: TriggerRule, slot: str) -> list[RoleFiller]:
    """The object (``slot`` "dobj": direct object or passive subject) or subject ("subject") of a
    verb that the rule's ``requires`` names by its words, as an unresolved participant."""
    words = set(rule.requires.get(slot, ()))
    if not words:
        return []
    heads = _subject_heads(tok) if slot == "subject" else _children(tok, "dobj") + _children(tok, "nsubjpass")
    heads = [tok.head if h.lower_ in _RELATIVE and tok.dep_ == "relcl" else h for h in heads]
    heads = [_it_antecedent(h, words) or h for h in heads]
    heads += [x for h in heads if h.lemma_.lower() == "state" for x in _prep_objects(h, "of")]  # "a state of emergency"
    heads += [x for h in heads if h.pos_ == "NUM" for x in _prep_objects(h, "of")]  # "31 of the prisoners"
    if slot == "dobj" and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and _reduced_relative_ok(tok, rule.requires):
        heads.append(tok.head)  # "the convoy, halted at a checkpoint"
    # (a head phrase too: "a radar site", as the rule's own check reads it: _noun_words)
    return [_noun_filler(doc, h) for h in heads if h.pos_ == "NOUN" and _noun_words(h) & words]


def _reduced_relative_ok(tok, req) -> bool:
    """Whether a participle said of a noun ("the curfew imposed in the capital") may attest the act:
    ``reduced_relative`` true (the default) or false; "dated": only with a date of its own ("The
    emergency, declared on August 1, ..." tells when it was done, not what kind of thing it is)."""
    rr = req.get("reduced_relative", True)
    if rr != "dated":
        return bool(rr) and tok.tag_ == "VBN"
    # (the parser may tag such a participle VBD: "The emergency, declared on August 1, ...")
    dated = [c for c in tok.children if c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "tmod")]
    dated += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
              for o in c.children if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
    return bool(dated)


def _it_antecedent(pron, words):
    """The noun a passive subject "it" stands for, when the rule names its kind by ``words``: the
    nearest singular noun of those words before it, in its sentence or the one before ("The
    Torkham crossing remained closed, five days after it was shut"; "Pakistan reopened the
    crossing ..., nine days after it was closed"). None for any other word or no such noun."""
    if pron.lower_ != "it" or pron.dep_ != "nsubjpass":
        return None
    sent = pron.sent
    start = sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    for t in reversed(pron.doc[start:pron.i]):
        if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and t.dep_ != "compound" and \
                {t.lemma_.lower(), t.lower_} & set(words):
            return t
    return None


def _targets(tok, rule: TriggerRule) -> list:
    """The nouns an act is done to, for ``requires: {named_target: true}``: the trigger's direct
    object or the object of one of its recipient prepositions ("on the main market"), or -- a
    noun subject of a verb ("The second strike hit the water station") -- that verb's object."""
    preps = {r.split(":", 1)[1] for r in rule.recipient if r.startswith("prep:")}
    # not a time: "an air raid on Sunday hit the market" has no target in its "on" phrase (extract24)
    heads = [x for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for x in c.children
             if x.dep_ == "pobj" and x.ent_type_ not in ("DATE", "TIME")]
    if tok.pos_ == "VERB" and "dobj" in rule.recipient:
        heads += _children(tok, "dobj") + _children(tok, "nsubjpass")  # "the flat was searched"
    elif tok.pos_ != "VERB" and not heads and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        heads += _children(tok.head, "dobj")
    # not a time ("exploded at a market on Sunday morning": the market, not the morning)
    return [h for h in heads if h.pos_ in ("NOUN", "PROPN") and h.lower_ not in _RELATIVE
            and h.ent_type_ not in ("DATE", "TIME")]


def _noun_filler(doc, h) -> RoleFiller:
    """A common noun and its modifiers as an unresolved participant ("rival armed groups")."""
    left = [c for c in h.lefts if c.dep_ in ("compound", "amod", "nmod")]
    start = min([h.i] + [min(x.i for x in c.subtree) for c in left])
    span = doc[start:h.i + 1]
    return RoleFiller(text=span.text, name=span.text, country=None, sector=None,
                      start=span.start_char, end=span.end_char, actor_id=None)


def _in_event_phrase(tok, key) -> bool:
    """An indefinite event noun in an "in" phrase of a verb ("exchanged prisoners ... in a swap
    overseen by the Red Cross"): it names the act whose phrase it is in (_refer_back)."""
    return key == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
        tok.head.head.pos_ == "VERB" and not any(c.dep_ == "poss" for c in tok.children)


def _event_subject(tok):
    """The definite event noun an agentless passive is said of ("The strike was called off"; "the
    truce, which was agreed": through the relative pronoun to its antecedent)."""
    for s in _children(tok, "nsubjpass"):
        if s.lower_ in _RELATIVE and tok.dep_ == "relcl":
            s = tok.head
        if _definite_event(s, _pos_key(s)) and triggers().rules(s.lemma_.lower(), "NOUN"):
            return s
    return None


def _active_event_subject(tok):
    """The event noun an active verb of an event's course is said of (``requires: {event_subject:
    true}``: "The exercises began on Monday", "military exercises ended on Friday")."""
    for s in _children(tok, "nsubj"):
        if s.lower_ in _RELATIVE and tok.dep_ == "relcl":
            s = tok.head
        if triggers().rules(s.lemma_.lower(), "NOUN"):
            return s
    return None


_SETTING_PREPS = {"during", "at"}


def _setting_event(tok):
    """The event noun a participle's "during" / "at" phrase names ("the agreements signed during
    President Erdogan's visit", "a treaty signed at the summit"): its parties act."""
    if tok.tag_ != "VBN":
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS:
            for o in c.children:
                if o.dep_ == "pobj" and triggers().rules(o.lemma_.lower(), "NOUN"):
                    return o
    return None


_MEASURE_KEYS = frozenset({"light_verb", "not_light_verb", "actor", "recipient"})


def _measure(tok, rule: TriggerRule):
    """(the measure noun, its nominal rule) for a verb of a measure coming into force (``requires:
    {measure_subject: [verbs]}``: "the duty came into force", "the curfew took effect"): the subject
    noun the rule names, and the first rule of that noun that applies with one of the verbs as its
    light verb (the type it has when imposed or declared); None when there is none."""
    verbs = set(rule.requires["measure_subject"])
    words = set(rule.requires.get("subject", ()))
    for s in _subject_heads(tok):
        if s.pos_ != "NOUN" or not {s.lemma_.lower(), s.lower_} & words:
            continue
        for lemma in dict.fromkeys((s.lemma_.lower(), s.lower_)):
            for r in triggers().rules(lemma, "NOUN"):
                lv, nlv = r.requires.get("light_verb"), r.requires.get("not_light_verb", ())
                if set(r.requires) <= _MEASURE_KEYS and (not lv or verbs & set(lv)) and not verbs & set(nlv):
                    return s, r
    return None


def _measure_antecedent(doc, found: list, tok, noun, rule: TriggerRule):
    """The nearest earlier mention of the measure in force, of its type: the measure noun itself
    ("will impose a 25 percent duty"), an act done to it, or it told in force before."""
    lemma = noun.lemma_.lower()
    for m, i, r in sorted((f for f in found if f[1] < tok.i), key=lambda f: -f[1]):
        if r.type != rule.type:
            continue
        if r.pos == "NOUN" and _same_kind(lemma, doc[i].lemma_.lower()):
            return m
        if r.pos == "VERB" and r.requires.get("measure_subject"):
            other = _measure(doc[i], r)
            if other is not None and _same_kind(lemma, other[0].lemma_.lower()):
                return m
        elif r.pos == "VERB" and any(_same_kind(lemma, o.lemma_.lower()) for o in _done_to(doc[i])):
            return m
    return None


def _refer_back(doc, found: list, pending: list) -> None:
    """A definite event noun with no participant of its own ("Union leaders met ministers on
    Monday. The talks, chaired by ...", "suspended a general strike ... The strike was called off")
    takes the parties of the event it refers back to: the nearest earlier mention of the article
    of its type with the same head word or a noun of the same kind, else the nearest earlier act
    done to the same kind of thing (not by a stance verb), else -- unless the rule asks for the
    same word (``requires: {antecedent: true}``) -- the nearest of the same type and mode (the
    order of events.dating._definite_antecedent). Not for a noun named as an attribute of another
    thing (``_definite_event``). An agentless passive said of such a noun then takes the
    noun's parties ("The strike was called off": by those who called it), and so does a participle
    set during an event ("the agreements signed during Erdogan's visit"). Found in text order;
    a mention that got its parties this way can be referred back to in turn."""
    taken = {i for _, i, _ in found}
    for tok, rule in sorted(pending, key=lambda p: (p[0].pos_ == "VERB", p[0].i)):
        if tok.i in taken:
            continue  # another rule of the word found its own participants
        ante = same_act = None
        if rule.pos == "NOUN" and not _definite_event(tok, "NOUN"):
            ante = None  # an indefinite noun in an "in" phrase: only its own sentence's act (below)
        elif rule.pos == "NOUN":
            earlier = sorted((f for f in found if f[1] < tok.i), key=lambda f: -f[1])
            lemma = tok.lemma_.lower()
            ante = next((m for m, i, r in earlier if r.type == rule.type and r.pos == "NOUN"
                         and _same_kind(lemma, doc[i].lemma_.lower(), rule)), None)
            if ante is None:
                # "Russia and Ukraine exchanged prisoners ... The exchange took place": the verb
                # of the same kind of act, told earlier (the noun names what the verb did)
                # ... or, for a noun that only refers back, a verb coded as the same act ("A car bomb
                # exploded ... The explosion destroyed": ASSAULT explosives 183; "rejected ... the refusal")
                ante = next((m for m, i, r in earlier if r.type == rule.type and r.pos == "VERB"
                             and (_same_kind(lemma, doc[i].lemma_.lower(), rule) or
                                  (rule.requires.get("antecedent") and (r.mode, r.cameo) == (rule.mode, rule.cameo)))),
                        None)
            if ante is None:
                # "accused Cambodia of violating the ceasefire ... The truce, which was agreed":
                # those who did something to the same kind of thing (not who judged it)
                ante = next((m for m, i, r in earlier if r.pos == "VERB" and doc[i].lemma_.lower() not in
                             _stance_verbs() and any(_same_kind(lemma, o.lemma_.lower()) for o in _done_to(doc[i]))),
                            None)
            named_for = {c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
            if ante is None and named_for:
                # "the cyberattack on the Port of Tallinn ... The port attack": a noun named after the
                # thing hit refers back to the act told before done to that thing, whatever its word;
                # the same act, it keeps that act's type ("the port attack" is the cyberattack, COERCE
                # `cyber`, not an ASSAULT of its own)
                ante = next((m for m, i, r in earlier if r.pos == "NOUN" and
                             any(t.i != i and t.lemma_.lower() in named_for for t in doc[i].subtree)), None)
                same_act = ante
            if ante is None and not rule.requires.get("antecedent") and not named_for:
                # (not for a noun named after what was hit: an act of its type done to something
                # else is another act -- "targeted Latvian railways ... The port attack")
                ante = next((m for m, i, r in earlier if r.type == rule.type and r.mode == rule.mode), None)
        elif rule.requires.get("measure_subject"):
            # "the duty, which came into effect on Monday": the measure told before, imposed or in force
            measure = _measure(tok, rule)
            ante = _measure_antecedent(doc, found, tok, measure[0], rule) if measure else None
        else:
            subj = _event_subject(tok) if is_passive(tok) else None
            if subj is None and rule.requires.get("event_subject"):
                subj = _active_event_subject(tok)
            subj = subj if subj is not None else _setting_event(tok)
            ante = next((m for m, i, _ in found if i == subj.i), None) if subj is not None else None
        if ante is None and rule.pos == "NOUN":
            # "Last week's prisoner swap, in which six Armenians and two Azerbaijanis were freed",
            # "exchanged prisoners ... in a swap overseen by the Red Cross": the nearest act of its
            # type told in the noun's own phrase, or whose phrase the noun is in
            ante = next((m for m, i, r in sorted(found, key=lambda f: abs(f[1] - tok.i))
                         if i != tok.i and r.type == rule.type and (doc[i] in tok.subtree or tok in doc[i].subtree)),
                        None)
        if ante is None:
            continue
        kind = (same_act.type, same_act.mode, same_act.cameo) if same_act else (rule.type, rule.mode, rule.cameo)
        mention = Mention(
            id="", type=kind[0], mode=kind[1], plover=kind[0], cameo=kind[2],
            actor=[f.model_copy() for f in ante.actor], recipient=[f.model_copy() for f in ante.recipient],
            trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
            sentence=Sentence.of(tok.sent),
            confidence=0.5 + (0.2 if ante.actor else 0) + (0.2 if ante.recipient else 0),
        )
        found.append((mention, tok.i, rule))
        taken.add(tok.i)
