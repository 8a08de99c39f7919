"""Event status from modality, negation and tense cues (resources/events/status.yaml)."""
from __future__ import annotations

from chronicle.events.lexicon import status_cues, triggers as trigger_lexicon

ORDER = ("denied", "possible", "planned")

_FINITE = {"VBD", "VBZ", "VBP", "VBN"}

# How many heads each walk up the parse from a trigger may climb. A cue reaches the trigger through a
# short chain (its object, infinitive, conjunct or complement); the bound keeps a walk on a long or
# misattached parse from reading a cue that belongs to another clause. Each is the value its walk was
# written and measured with: a change is a change of behaviour, to be measured on the status tests,
# the events benchmarks and the news probes.
_GOVERNOR_STEPS = 5  # governors(): up to the clause that reports the trigger (dating and location walk it too)
_COMPLEMENT_STEPS = 5  # _complement_of: a denying or deferring word above the trigger
_QUESTION_STEPS = 5  # _own_clause_up from a question (direct, or about a participant)
_WHETHER_STEPS = 6  # _own_clause_up from a "whether" clause (_open_question)
_WH_PHRASE_STEPS = 4  # _wh_clause_verb: a question word's phrase ("in which town") up to its verb
_INFINITIVE_STEPS = 4  # _infinitive_of: the plan word ("due to", "set to") the trigger is the infinitive of
_PAST_CLAUSE_STEPS = 6  # _past_clause_cut: a past relative or adverbial clause on the governors' chain


def _up(tok):
    """(relation, head) of ``tok``, repairing one parser error: a finite verb coordinated with an
    infinitive cannot belong to that infinitive ("agreed to resume talks and signed six
    agreements": *signed* is a second verb of *agreed*, not a second thing agreed to), so it is
    taken as a conjunct of the verb the infinitive depends on."""
    head = tok.head
    if tok.dep_ == "conj" and tok.tag_ in _FINITE and head.tag_ == "VB" and head.dep_ == "xcomp" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and head.head.i != head.i:
        return "conj", head.head
    return tok.dep_, head


def lemmas(tok) -> set:
    """The lemma of ``tok`` and, for a phrasal verb, lemma + particle ("call off", "put off")."""
    lemma = tok.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt"}


def governors(tok, limit: int = _GOVERNOR_STEPS, coordinates: bool = True):
    """Tokens above the trigger, up to the clause that reports it (reporting verbs stop the walk).
    ``coordinates=False`` leaves out the verbs the trigger is coordinated with, walking through them."""
    barriers = set(status_cues()["barriers"])
    out = []
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "relcl") and cur.head.lemma_.lower() in barriers:
            break
        dep, cur = _up(cur)
        coordinated = dep == "conj"
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
    demands, with Kovalenko calling the threat blackmail") or a relative clause. What is rejected as an object was made ("rejected an appeal", "the deal was rejected":
    ``keeps_object``); an event noun is denied with the verb it is the object of only when that
    verb carries it out (``support_verbs``: "refused to hold talks", not "failed to pass the deal")."""
    spec = cues["denied"]
    return _complement_of(tok, set(spec.get("governors", ())), set(spec.get("keeps_object", ())), cues)


def _deferred_by(tok, cues) -> bool:
    """Whether a verb of putting off (``planned.deferred_by``: postpone, delay, put off) has the
    trigger as its object or infinitive, in the same scope as a denial: "a planned summit has been
    postponed", "postponed the talks" (not held, still planned); not "talks postponed after the
    attack" (the attack happened) nor "the postponed summit was finally held" (a modifier only)."""
    words = set(cues["planned"].get("deferred_by", ()))
    if _complement_of(tok, words, set(), cues):
        return True
    if _headline_passive_subject(tok, words):
        return True
    # what a put-off vote or decision is on has not happened either: "postponed a vote on renewing
    # the mandate" (``planned.deferred_content_of``)
    if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep" and tok.head.lower_ == "on" and \
            tok.head.head.lemma_.lower() in set(cues["planned"].get("deferred_content_of", ())):
        return _complement_of(tok.head.head, words, set(), cues)
    return False


def _headline_passive_subject(tok, words: set) -> bool:
    """(extract45) A nominal act that is the subject of a bare participle of putting off, with no
    auxiliary and no object of its own: the passive of headline grammar, in a title or a box line
    ("Budget vote postponed", "- May 4: ministers meet in Accra; tariff cut deferred") -- the act was
    put off, as in "the vote was postponed". Not an act that puts off something else ("the strike
    delayed flights": it has an object)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "nsubj" or tok.head.i == tok.i:
        return False
    verb = tok.head
    if verb.tag_ not in ("VBD", "VBN") or not lemmas(verb) & words or _aux(verb) or verb.i < tok.i:
        return False
    if any(t.is_punct for t in tok.doc[tok.i + 1:verb.i]):
        return False  # a participle set off by commas describes the subject: "the talks, postponed twice, opened"
    # nothing after the participle that it puts off or that says what came of the act (a clause
    # before it is the line's other entry: "ministers meet in Accra; levy rise deferred")
    return not any(c.i > verb.i and (c.dep_ in ("dobj", "ccomp", "xcomp") or c.pos_ in ("VERB", "AUX") and c.dep_ in ("dep", "conj"))
                   for c in verb.children)


def _carries(verb, cues) -> bool:
    """Whether ``verb`` carries out the act that is its object (``support_verbs``): not a phrasal form
    that ends one under way (``support_not_phrasal``: "will call off the strike"), nor a naming verb
    with an object predicate (``support_naming``: "called the closure collective punishment")."""
    if verb.lemma_.lower() not in cues.get("support_verbs", ()) or lemmas(verb) & set(cues.get("support_not_phrasal", ())):
        return False
    return not (verb.lemma_.lower() in cues.get("support_naming", ()) and any(c.dep_ == "oprd" for c in verb.children))


def _semicolon_before(clause) -> bool:
    """(extract45) A clause hung as the complement of a verb after it across a semicolon: two clauses
    of their own, the parser's attachment only ("ministers meet in Accra; levy rise deferred": the
    meeting is not what was put off)."""
    head = clause.head
    return clause.dep_ == "ccomp" and clause.i < head.i and \
        any(t.lower_ == ";" for t in clause.doc[clause.i + 1:head.i])


def _complement_of(tok, words: set, keeps: set, cues) -> bool:
    """Whether one of ``words`` (lemmas, phrasal "put off" too) governs the trigger through
    complements only (``_COMPLEMENTS``); ``keeps``: those of them whose direct object was made."""
    barriers = set(cues["barriers"])
    cur, first = tok, True
    for _ in range(_COMPLEMENT_STEPS):
        if cur.head.i == cur.i or cur.dep_ not in _COMPLEMENTS or _semicolon_before(cur):
            return False
        dep, cur = _up(cur)
        if dep == "conj":
            continue  # a coordinated verb shares what governs the first ("refused to free X and lift Y")
        found = lemmas(cur)
        if found & words and not (first and dep in ("dobj", "nsubjpass") and found & keeps):
            return True
        if found & barriers:
            return False
        if first and dep in ("dobj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and \
                not (found & words or _carries(cur, cues)):
            return False  # the object of another act: "failed to pass the deal" (the deal was made)
        first = False
    return False


# Relations through which a governor's denial reaches the trigger (``_denied_by``).
_COMPLEMENTS = {"xcomp", "ccomp", "dobj", "nsubjpass", "acl", "conj"}


def _aux(tok):
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _negated(tok) -> bool:
    """A "not" / "never" on the verb, or a subject quantified by a negative determiner ("No
    diplomats were expelled": ``denied.negative_determiners``) or a negative pronoun ("Nobody was
    hurt": ``denied.negative_subjects``)."""
    spec = status_cues()["denied"]
    dets = set(spec.get("negative_determiners", ()))
    pronouns = set(spec.get("negative_subjects", ()))
    return any(c.dep_ == "neg" for c in tok.children) or \
        any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in pronouns or
                                                  any(d.dep_ == "det" and d.lower_ in dets for d in c.children))
            for c in tok.children)


def _negation_scope(verbs) -> list:
    """The verbs whose negation reaches the trigger: up the chain of ``verbs`` (the trigger, then what it
    is the infinitive or conjunct of), stopping above a conjunct with a subject of its own, a clause of
    its own ("Nobody was killed, but a soldier was wounded": the wounding took place)."""
    scope = [verbs[0]]
    for low, high in zip(verbs, verbs[1:]):
        if low.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in low.children):
            break
        scope.append(high)
    return scope


def _none_of(tok) -> bool:
    """A nominal act quantified by a negative determiner, or the infinitive of a noun so quantified:
    none took place ("officers made no arrests", "there were no talks", "made no attempt to stop
    the convoy", "has no plans to visit": ``denied.negative_determiners``)."""
    dets = set(status_cues()["denied"].get("negative_determiners", ()))
    if tok.pos_ not in ("NOUN", "PROPN") and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        tok = tok.head
    return tok.pos_ in ("NOUN", "PROPN") and any(d.dep_ == "det" and d.lower_ in dets for d in tok.children)


def _own_clause_up(tok, steps: int, deps: tuple[str, ...] = ("dobj", "xcomp", "conj")):
    """``tok``, then the verb it is the object, infinitive or conjunct of (``deps``), and so on up, at
    most ``steps`` words: the trigger's own clause, which a question asks about. A subject, a modifier
    or a clause of its own ends the walk: it is told, not asked ("Was the raid legal?")."""
    cur = tok
    for _ in range(steps):
        yield cur
        if cur.head.i == cur.i or cur.dep_ not in deps:
            return
        cur = cur.head


def _direct_question(tok, marks: set) -> bool:
    """The trigger is the verb a question mark ends (``possible.question_punct``), or an object or
    infinitive of that verb: a direct question asks about the act, it does not tell it ("Did the
    council approve the budget?", "What will Lima offer?"). The answer, where one follows, tells it.
    A question of cause, manner, time or place (why, how, when, where) grants the act."""
    ends = [t for t in tok.sent if t.text in marks]
    if not ends:
        return False
    if any(c.tag_ == "WRB" for c in tok.children):
        return False  # "Why did the navy blockade the ports?": the act is granted, its cause asked
    if _asks_a_participant(tok, set(status_cues()["possible"].get("question_words", ()))):
        return False
    heads = {t.head.i for t in ends}
    return any(cur.i in heads for cur in _own_clause_up(tok, _QUESTION_STEPS))


def _wh_clause_verb(wh, limit: int = _WH_PHRASE_STEPS):
    """The verb a question word belongs to: up from the word through the phrase it is in ("how many
    students", "whose offices", "in which town") to the first verb or auxiliary; an auxiliary the
    parser hangs the phrase on ("Whose offices did soldiers raid?") stands for its verb."""
    cur = wh
    for _ in range(limit):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.head if cur.dep_ in ("aux", "auxpass") else cur
    return None


def _asks_a_participant(tok, words: set) -> bool:
    """A question word (``possible.question_words``) of the trigger's own clause asks who did it,
    to whom, which, how many, where or when: the act itself is granted ("Who shelled the
    village?", "How many reporters did the army detain?"), its status is what the rest of the
    sentence gives ("Who will lead the talks?": planned). The clause is the trigger, the verb it
    is the object of (a noun trigger, or the parser's "did" of a fronted object) and the verbs it is
    a conjunct of; not a verb it is the infinitive of ("Who ordered the troops to attack?": the
    order is granted, not the attack). A noun trigger whose verb has a modal stays asked: the
    rest of the sentence would not be read on the noun's own words."""
    if not words:
        return False
    clause = list(_own_clause_up(tok, _QUESTION_STEPS, deps=("dobj", "conj")))  # no infinitive (above)
    for cur in clause[:-1]:  # each word the walk went up from
        if cur.dep_ == "dobj" and cur.pos_ in ("NOUN", "PROPN") and \
                any(c.dep_ == "aux" and c.tag_ == "MD" for c in cur.head.children):
            return False
    ids = {c.i for c in clause}
    for t in tok.sent:
        if t.lower_ in words and t.tag_ in ("WP", "WP$", "WDT", "WRB"):
            verb = _wh_clause_verb(t)
            if verb is not None and verb.i in ids:
                return True
    return False


def _conditional(verbs, marks: set) -> bool:
    """A verb of an adverbial clause opened by a condition ("unless Baghdad agreed")."""
    return bool(marks) and any(v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in v.children)
                               for v in verbs)


def _inverted_condition(verbs, auxes: set) -> bool:
    """(extract43) A verb of an adverbial clause that is a condition by inversion, its auxiliary
    before its subject ("Should the army attack the town, ..."): no mark opens it."""
    if not auxes:
        return False
    for v in verbs:
        if v.dep_ != "advcl":
            continue
        subjects = [c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and any(c.dep_ == "aux" and c.lower_ in auxes and c.i < min(subjects) for c in v.children):
            return True
    return False


def _phrase_lemmas(verb) -> set:
    """The verb's lemma, and with its particle, adverb or bare object ("go ahead", "take place")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod", "dobj")}


def _conditional_subject(tok, spec) -> bool:
    """(extract43) A nominal act that is the subject of a verb of taking place in a condition ("If the
    summit goes ahead", "if the vote is held", "Should the talks take place"): its taking place is what
    the condition supposes, not a fact."""
    if not spec or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if not _phrase_lemmas(verb) & set(spec.get("verbs", ())):
        return False
    return _conditional([verb], set(spec.get("marks", ()))) or _inverted_condition([verb], set(spec.get("inverted_aux", ())))


def _until_unmet(verbs, spec) -> bool:
    """(extract43) A verb of an adverbial clause opened by "until" that is still to come: in the
    present tense ("will stay on strike until the council withdraws the plan") or under a clause that
    has not taken place ("said they would block the road until the government repealed the tax"). A
    past clause that took place tells it ("shelled the town until the rebels surrendered")."""
    marks = set(spec.get("marks", ()))
    if not marks:
        return False
    for v in verbs:
        if v.dep_ != "advcl" or v.head.i == v.i or not any(c.dep_ == "mark" and c.lower_ in marks for c in v.children):
            continue
        if v.tag_ in ("VBZ", "VBP") or status_of(v.head) != "occurred":
            return True
    return False


def _setting_of_a_past_act(tok, spec) -> bool:
    """(extract43) A nominal act named as the setting of a past act ("agreed on Tuesday, at the end of a
    two-day meeting, to ...", "signed the accord on the sidelines of the summit"): the act told
    took place there, so the setting did; a plan word of that act ("agreed to") does not reach it.
    The nearest finite verb above must be a past one that took place ("will sign it at the end of the
    summit" keeps the summit in the plan)."""
    if not spec or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    frame = tok.head.head
    if frame.lemma_.lower() not in spec.get("frames", ()) or frame.dep_ != "pobj" or \
            frame.head.lower_ not in spec.get("preps", ()):
        return False
    verb = frame.head.head
    for _ in range(_GOVERNOR_STEPS):
        if verb.tag_ in ("VBD", "VBZ", "VBP") or verb.head.i == verb.i or verb.dep_ not in ("xcomp", "conj"):
            break
        verb = verb.head
    return verb.tag_ == "VBD" and status_of(verb) == "occurred"


def _open_question(tok, marks: set) -> bool:
    """The trigger in a clause opened by "whether" (``possible.question_marks``): asked about, not
    told -- "will decide whether to charge the driver", "did not say whether anyone was detained",
    "whether the tariff will be lifted is unclear". The walk climbs the trigger's own clause
    (objects, infinitives, coordinated verbs) and stops at a subject ("asked whether the raid was
    lawful": the raid took place), at the object of a preposition ("whether the bill is in line
    with the minister's pledge": the pledge was made) and at any clause without the mark (a
    relative clause told of a noun in the question is asserted)."""
    return any(any(c.dep_ == "mark" and c.lower_ in marks for c in cur.children) for cur in _own_clause_up(tok, _WHETHER_STEPS))


def _words(tok) -> set:
    """The form and the lemma: "planned" is an adjective or the participle of *plan*."""
    return {tok.lower_, tok.lemma_.lower()}


def _infinitive_of(tok, words: set, limit: int = _INFINITIVE_STEPS) -> bool:
    """Whether the trigger's clause is the infinitive of one of ``words`` (``planned.infinitive_of``:
    "had been due to travel", "was supposed to visit", "was to have met", "is set to sign"), the
    trigger being that infinitive or a word in it ("due to travel ... for talks"). A finite verb
    coordinated with it is not in it ("was due to arrive on Monday and arrived on time")."""
    not_inf = set(status_cues()["planned"].get("not_infinitive", ()))
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            return False
        dep, head = _up(cur)
        if dep == "xcomp" and _words(head) & words and cur.lemma_.lower() not in not_inf:
            return True
        if dep == "advcl" and head.lemma_.lower() == "be" and any(c.lower_ == "to" and c.dep_ == "aux" for c in cur.children) \
                and any(c.dep_ == "acomp" and _words(c) & words for c in head.children):
            return True  # the parser hangs the infinitive on the copula past a phrase: "was due in Lima on Monday to sign"
        if dep in ("ccomp", "relcl", "advcl", "acl"):
            return False  # a clause of its own: "said it was due to ..." does not make the saying a plan
        cur = head
    return False


def _planned_modifier(tok, spec) -> bool:
    """A nominal trigger described as a plan by a clause of its own: a participle ("a summit
    scheduled for next week", "a strike that was planned for Wednesday") or the infinitive of a
    plan ("a strike that was due to begin on Wednesday", "talks set to open in May"). Its
    adjectives ("a planned summit") are ``modifiers``."""
    words, inf = set(spec.get("modifiers", ())), set(spec.get("infinitive_of", ()))
    happen = set(spec.get("happen_verbs", ()))
    for c in tok.children:
        if c.dep_ not in ("acl", "relcl"):
            continue
        # the clause's infinitive: of its verb ("set to open") or of its adjective ("was due to begin")
        heads = [c] + [a for a in c.children if a.dep_ == "acomp"]
        infinitives = [x for h in heads for x in h.children if x.dep_ == "xcomp"]
        if c.tag_ == "VBN" and _words(c) & words and not infinitives:
            return True  # "scheduled for next week", not "expected to include Lebanon"
        if any(_words(h) & inf and x.lemma_.lower() in happen for h in heads for x in h.children if x.dep_ == "xcomp"):
            return True
    return False


def _object_set_to_happen(tok, spec) -> bool:
    """A nominal event that is the object of a plan verb whose infinitive says it will take place
    ("set the trial to open on May 5", "slated the talks to resume"): planned, like "talks set to
    open in May" (``planned.infinitive_of`` and ``happen_verbs``)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "dobj":
        return False
    inf, happen = set(spec.get("infinitive_of", ())), set(spec.get("happen_verbs", ()))
    head = tok.head
    return bool(_words(head) & inf) and any(
        x.dep_ in ("xcomp", "advcl") and x.lemma_.lower() in happen and
        any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in head.children)


def _happens_later(tok, spec) -> bool:
    """A nominal event whose own relative clause says it will take place ("the drills, which will
    be held at training grounds"): the relative pronoun is the subject of a ``happen_verbs`` verb
    with a planned auxiliary."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    happen, aux = set(spec.get("happen_verbs", ())), set(spec.get("aux", ()))
    return any(c.dep_ == "relcl" and c.lemma_.lower() in happen and _aux(c) & aux
               and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("which", "that") for x in c.children)
               for c in tok.children)


def _asked_for(tok, req) -> bool:
    """An event asked for where the parser attached the infinitive as an adverbial clause of a
    request verb (``requested_by.infinitive``) that names whom it asks with "on" ("called on
    Tehran to release the ship")."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ == "advcl" and tok.head.i != tok.i and \
        tok.head.lemma_.lower() in req.get("infinitive", ()) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
        any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in tok.head.children)


def _any_word(head, words) -> bool:
    """Whether a relative clause's antecedent is an any-word ("anyone") or has one as its
    determiner ("any protester", "every soldier")."""
    return head.lower_ in words or any(c.dep_ == "det" and c.lower_ in words for c in head.children)


def _past_clause_cut(tok, chain, spec) -> list:
    """``chain`` up to a clause of the trigger's own in the past (``past_clauses``): a walk that
    crosses a relative or adverbial clause whose verb is a past tense or a perfect ("the minister,
    who met Putin on Monday, is expected to visit Beijing"; "rebels who attacked the convoy
    threatened to kill the hostages"; "soldiers who were killed") leaves the governors above it out -- that clause's tense
    says the act took place; a present or modal one ("sanctions that target oligarchs", "that
    would host troops") stays in the plan, and so does a past one opened by a mark of what is
    still to come (``not_marks``: "planned to strike before it acquired a bomb"; "as soon as", the clause
    of the adverb *soon*), and a past relative clause on an any-word, which is as hypothetical
    as the plan (``not_antecedents``: "vowed to arrest anyone who attacked officers", "any protester
    who ...")."""
    deps, past = set(spec.get("deps", ())), set(spec.get("past_aux", ()))
    cur = tok
    for _ in range(_PAST_CLAUSE_STEPS):
        if cur.head.i == cur.i:
            break
        if cur.dep_ in deps and (cur.tag_ == "VBD" or cur.tag_ == "VBN" and _aux(cur) & past) \
                and not _aux(cur) - past - {"been"} \
                and not any(c.dep_ == "mark" and c.lower_ in spec.get("not_marks", ()) for c in cur.children) \
                and cur.head.lower_ not in spec.get("not_marks", ()) \
                and not (cur.dep_ == "relcl" and _any_word(cur.head, spec.get("not_antecedents", ()))):
            return chain[:chain.index(cur.head)] if cur.head in chain else chain
        cur = _up(cur)[1]
    return chain


def _past_topic(tok, spec):
    """The verb a nominal event is the topic of, where that says the event took place
    (``past_topic``): the object of a verb of reacting to an act ("vowed to avenge the killing",
    "expected to respond to the attack on its embassy") when the event is definite or marked
    past; of a verb of talking about one ("expected to debate last month's arrests") only when
    marked past ("the recent expulsion", "Monday's attack", "an attack that killed five"). None
    otherwise: "expected to announce the expulsion" keeps the plan, "respond to any attack" too."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.head.i == tok.i:
        return None
    if tok.dep_ == "dobj":
        verb, key = tok.head, tok.head.lemma_.lower()
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
        verb = tok.head.head
        key = f"{verb.lemma_.lower()} {tok.head.lower_}"
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    react, talk = key in spec.get("reacts_to", ()), key in spec.get("talks_about", ())
    if not (react or talk):
        return None
    past = any(c.dep_ in ("amod", "advmod") and c.lower_ in spec.get("past_modifiers", ()) for c in tok.children) or \
        any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in tok.children) or \
        any(c.dep_ == "relcl" and (c.tag_ == "VBD" or _aux(c) & {"has", "have", "had"}) for c in tok.children)
    definite = any(c.dep_ == "det" and c.lower_ in spec.get("definite", ()) or c.dep_ == "poss" for c in tok.children)
    return verb if past or react and definite else None


def reduced_participle(tok, spec) -> bool:
    """(extract42) A past participle with no auxiliary of its own said of a noun that is no event
    ("will free the six herders seized at the border", "refused to release the men arrested in
    May", "plans to deport two journalists detained in Dodoma"): an earlier act that tells which people
    or things the clause is about, not a part of what the clause plans, asks or denies; the words
    above the noun do not reach it (``reduced_participles``). Not a participle of company
    ("will send troops escorted by ..."), nor one on an any-word ("vowed to arrest anyone caught
    looting": as hypothetical as the plan), nor one on an event noun ("will hold talks mediated by
    Qatar", "a strike called for Monday": the clause's own event)."""
    if not spec or tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.i == tok.i or _aux(tok):
        return False
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or tok.lemma_.lower() in spec.get("not_verbs", ()):
        return False
    if _any_word(noun, spec.get("not_antecedents", ())):
        return False
    return not trigger_lexicon().rules(noun.lemma_.lower(), "NOUN")


def _set_for_a_day(tok, spec) -> bool:
    """(extract42) A nominal event that is the passive subject of a verb of setting a day with a
    date behind "for" ("The talks had been set for May 3 but were put off", "the hearing was fixed
    for Monday"): the clause tells the plan, not the act (``planned.set_for``); a conjunct of that
    verb that says it took place keeps it told ("was set for May 3 and took place in Accra")."""
    if not spec or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "nsubjpass":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in spec.get("verbs", ()):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in spec.get("preps", ()) and
               any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in verb.children):
        return False
    happened = set(spec.get("happened_conjuncts", ()))
    return not any(c.dep_ == "conj" and lemmas(c) & happened and not any(a.tag_ == "MD" for a in c.children)
                   for c in verb.children)


def status_of(tok) -> str:
    """occurred / planned / possible / denied for the event whose trigger is ``tok``."""
    cues = status_cues()
    reduced = reduced_participle(tok, cues.get("reduced_participles") or {})
    # a coordinated verb is a sibling, not a governor ("rejected the council and called for a
    # sit-in": the call is not rejected); what governs both governs it ("plans to visit Moscow
    # and meet Putin"), and an auxiliary of the first verb is shared (``verbs`` below)
    chain = _past_clause_cut(tok, governors(tok, coordinates=False), cues.get("past_clauses") or {})
    if reduced or _setting_of_a_past_act(tok, cues.get("past_setting") or {}):
        chain = []  # (extract42) the noun's clause plans, asks or denies, not the participle's act;
        # (extract43) nor the act that took place in the noun's setting ("agreed at the end of the talks to")
    # a past act that a planned reaction or talk is about keeps its own status: the plan word
    # governs the reaction only ("vowed to avenge the killing")
    topic = _past_topic(tok, cues.get("past_topic") or {})
    if topic is not None and topic in chain:
        chain = chain[:chain.index(topic) + 1]
    # Clause verbs that share the trigger's modality: the trigger, and the verbs it is xcomp/conj of.
    verbs = [tok]
    cur = tok
    # A nominal event carried out by its support verb shares that verb's modality: "will extend
    # the curfew", "would tighten the blockade" (not "will condemn the attack": the attack is
    # the condemned event, not a planned one); that verb also says whether a planned event took
    # place ("the planned summit was held on Tuesday"), so the noun's own modifiers do not count.
    carried = False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") and _carries(tok.head, cues):
        cur = tok.head
        verbs.append(cur)
        carried = True
    while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i:
        cur = _up(cur)[1]
        verbs.append(cur)
    mods = set() if carried else set().union(*(_words(c) for c in tok.children
                                                if c.dep_ in ("amod", "advmod", "compound")))
    gov_lemmas = [g.lemma_.lower() for g in chain]
    # the infinitive or that-clause of a request: "urged Iran to release the tanker"
    asked_in = {(v.dep_, v.head.lemma_.lower()) for v in verbs if v.dep_ in ("xcomp", "ccomp") and v.head.i != v.i}
    # "has not yet been ratified": still awaited (planned), not denied (denied.not_yet)
    yet = set(cues["denied"].get("not_yet", ()))
    pending = any(_negated(v) and any(c.dep_ == "advmod" and c.lower_ in yet for c in v.children) for v in verbs)
    for status in ORDER:
        spec = cues[status]
        req = spec.get("requested_by") or {}
        if any(lemma in req.get("infinitive" if dep == "xcomp" else "clause", ()) for dep, lemma in asked_in):
            return status
        if _asked_for(tok, req):
            return status
        if _conditional(verbs, set(spec.get("condition_marks", ()))):
            return status
        if _inverted_condition(verbs, set(spec.get("condition_inverted_aux", ()))) or \
                _conditional_subject(tok, spec.get("condition_subjects") or {}) or \
                _until_unmet(verbs, spec.get("until_clauses") or {}):
            return status
        if spec.get("question_marks") and _open_question(tok, set(spec["question_marks"])):
            return status
        if spec.get("negation") and (any(_negated(v) for v in _negation_scope(verbs)) or _none_of(tok)) and not pending:
            return status
        if spec.get("question_punct") and _direct_question(tok, set(spec["question_punct"])):
            return status
        if status == "planned" and pending:
            return status
        if set(spec.get("aux", [])) & set().union(*(_aux(v) for v in verbs)):
            return status
        if set(spec.get("modifiers", [])) & mods:
            return status
        # (extract40) an act put off by its noun's own modifier ("five days after the postponed
        # visit", "blamed for the deferred talks"); a subject's verb says what came of it
        # ("the postponed summit took place on Tuesday"), and a support verb carries it (``carried``)
        if set(spec.get("modifiers_not_subject", ())) & mods and tok.pos_ in ("NOUN", "PROPN") and \
                tok.dep_ not in ("nsubj", "nsubjpass"):
            return status
        if status == "denied":
            if not reduced and _denied_by(tok, cues):
                return status
        elif set(spec.get("governors", [])) & set(gov_lemmas):
            return status
        if status == "planned":
            if not reduced and _deferred_by(tok, cues) or _set_for_a_day(tok, spec.get("set_for") or {}) or topic is None and _infinitive_of(tok, set(spec.get("infinitive_of", ()))) or \
                    not carried and tok.pos_ in ("NOUN", "PROPN") and _planned_modifier(tok, spec) or \
                    _happens_later(tok, spec) or _object_set_to_happen(tok, spec):
                return status
    return "occurred"


def mention_status(doc, trigger_i: int, lines: dict) -> str:
    """``status_of`` the trigger; on a timeline-box line (``dating.timeline_lines``), read on that line's own
    words. The parser makes one sentence of a box and hangs each line on the next ("... sign the
    agreement\n- March 16: ...\n- March 27: first convoy postponed": *sign* a complement of
    *postponed*), so a cue of another line (a put-off, a "will") would make a done act planned; a
    line is an entry of its own, told in headline grammar (historic present, bare participle), and
    only its own words ("talks expected to resume", "handover due") say it did not happen. A line
    dated after the article is planned as any act dated after it (the dating stage)."""
    entry = lines.get(trigger_i)
    if entry is not None:
        span = doc.char_span(entry[1], entry[2], alignment_mode="expand")
        if span is not None and span.start <= trigger_i < span.end:
            return status_of(span.as_doc()[trigger_i - span.start])
    return status_of(doc[trigger_i])
