"""Event dating: each event gets the interval of the temporal expression that governs it.

1. a DATE/TIME timex attached to the trigger or to a word above it in the same clause
   ("Shoigu traveled to Pyongyang last week", "Kim's visit ... is expected this year"), up to a
   reporting verb or a word of order ("after his visit", "after police detained ..."); a planned
   or possible event stops below the occurred event or reporting verb it depends on
   ("threatened on Monday to impose sanctions": Monday is the threat's). Dates the parser hangs
   on the wrong word are read by word order ("said on Monday they would ...", "A court in
   Tbilisi on Wednesday ordered ...");
   When the walk finds none: a date inside a non-event participant's phrase or after the
   object ("found 1,300 pounds of explosives Sunday"), the date of the infinitive under an
   aspectual or implicative verb ("began delving Thursday"), of an event noun's participle
   clause ("remarks made last week"), of a when / while / as clause, or one between a
   reporting verb and its clause's subject ("said Tuesday his government told");
2. else the date of the event above it in its clause, same status group ("arrived on Tuesday
   ... at the guesthouse, where the ministers signed");
3. else an earlier event of the same article with the same type and participants that the text
   dated (within-document coreference: "The medal was awarded ..." after "... awarded ... on
   Thursday");
4. else its narrative context: a simple-past occurred event takes the date of the nearest
   earlier dated occurred event of its sentence or the previous one that shares a party
   ("opened fire on Azerbaijani positions on Sunday. One Azerbaijani soldier was wounded."; an
   event noun dated by its own relative clause is told at its clause's date: "The protests, which
   began in January, continued on Friday. Protesters blocked ..." -> Friday),
   or, for a physical act after a physical act, with no shared party needed ("was kidnapped
   on Saturday night. Bellini ... was seized at a work camp"; such an act carries the time on),
   or when its pronoun subject takes up the dated event's subject ("Four men were charged ... on
   Tuesday. They denied the charges"); a definite subject noun dated by the mention it refers back
   to carries that time on too ("The second attack caused a leak. Flows were cut"); a physical act
   right after a dated scene that is no event mention takes the scene's day ("Fighting broke out on
   Saturday. A soldier was killed": ``_scene_clauses``); an act put "hours later" takes the day of
   the nearest dated act or scene up to two sentences back (``_hours_later``);
5. the article date, marked ``source: "article"``.

An event that an exact length puts before or after a clause dated to the day takes that day
moved by the length, ahead of the fallbacks 2-5 ("on Thursday, a day after rebels attacked an
army base" -> Wednesday; ``_offset_targets``), so later mentions of it inherit that date.

Then, within the article (rules and examples in ``resources/events/dating.yaml``):
- a coarsely dated mention takes the date of the one more precise mention of the same event
  inside its interval ("the visit last year" after "Putin's visit ... in June last year");
- an event "during" another event takes that event's date when it is at least as precise and
  inside the event's own ("signed a treaty during the President's visit" -> the visit's day;
  "during the visit" -> the nearest earlier visit).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from chronicle.events.lexicon import CALENDAR_NAMES, load_resource, status_cues, triggers as trigger_lexicon, verbs_of_saying
from chronicle.events.status import reduced_participle, governors, status_of
from chronicle.model import EventDate, Mention, Timex
from chronicle.time.tagger import in_dateline


def _timex_attachments(doc, timexes: list[Timex], actors: Optional[dict[int, list[tuple[int, int]]]] = None
                       ) -> dict[int, list[Timex]]:
    """token index -> the dated timexes attached to it (skipping prepositions, 'on Thursday',
    and the adverbs that only place the date, 'late on Saturday': ``_host``).

    A relative or "when" clause on a date is in that date ("since early December, when Castro
    promised").
    Two attachments the parser gets wrong are read by word order (``_reattach``): a date between a
    verb and the subject of its modal complement clause is the verb's ("said on Monday they would
    arrest": the saying's), and a date between a subject and its verb is the verb's when the
    subject is the actor of the verb's event ("A court in Tbilisi on Wednesday ordered"; not "The
    attack on Monday was condemned by the UN"). ``actors``: trigger -> its actors' character spans."""
    out: dict[int, list[Timex]] = {}
    measure = _duration_words(doc, timexes)
    for tx in timexes:
        if tx.interval_start is None or tx.type not in ("DATE", "TIME"):
            continue
        span = _timex_tokens(doc, tx)
        if span is None:
            continue
        inside = set(range(span.start, span.end))
        heads = set()
        for t in span:
            if t.head.i not in inside:
                named = _named_as(doc, span, t) or _planned_for(doc, span, t)
                if named is not None:  # "picked Saturday night as the time": what is picked, not when
                    heads.add(named.i)
                    continue
                moved = _rescheduled_to(t)
                if moved is not None:  # "adjourned the trial to May 2": the trial's new day too
                    heads.update(n.i for n in moved)
                if _time_as_object(t):  # "blamed a dry winter": what the act is about, not when
                    continue
                host = _fronted_report(_reattach(_host(t.head, measure - inside), span, actors or {}), span)
                if _ordered_state_start(t, host):  # (datingFix47) "ordered it off the air from midnight"
                    continue
                noun = _act_noun_before(doc, span, host)
                if noun is not None:  # (datingFix49) "the seizure of their stalls the previous day"
                    heads.add(noun.i)
                    continue
                heads.add(host.i)
                state = _state_participle_verb(host, span)
                if state is not None:
                    heads.add(state.i)
                carrier = _carried_content_verb(host, span)
                if carrier is not None:
                    heads.add(carrier.i)
            heads.update(c.i for c in t.children if c.dep_ == "relcl" and c.i not in inside)
        when = _when_after(doc, span)
        if when is not None:
            heads.add(when)
        offset = _offset_apposition(doc, span, measure)
        if offset is not None and offset not in inside and heads and all(doc[h].pos_ in ("NOUN", "PROPN") for h in heads):
            heads.add(offset)  # hung on a noun: the verb's too ("for consultations on Tuesday, a day after")
        for h in heads:
            out.setdefault(h, []).append(tx)
    return out


def _act_noun_before(doc, span, host):
    """(datingFix49) A day told back from the story's ("the previous day", "the day before") right after
    the phrase of a noun of an act with its "of" object ("blocked the road in protest against the
    demolition of their homes the previous day"): the parser hangs the day on the verb, but it is the
    noun's act's; the nearest such noun whose phrase ends right before the day, after the verb the
    day was hung on (``word_order.back_day_words``, ``act_noun_suffixes``: a noun of the trigger
    lexicon or of these endings), else None."""
    if span.start == 0 or doc[span.start - 1].is_punct or \
            not any(t.lower_ in _words("word_order", "back_day_words") for t in span):
        return None
    suffixes = tuple(_words("word_order", "act_noun_suffixes"))
    tok = doc[span.start - 1]
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX") and tok.i > host.i:
        if tok.pos_ == "NOUN" and tok.right_edge.i == span.start - 1 and \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and \
                (_event_noun(tok) or tok.lower_.endswith(suffixes)):
            return tok
        tok = tok.head
    return None


def _ordered_state_start(t, host) -> bool:
    """(datingFix47) A date behind "from" on a verb of ordering ("ordered the paper off the streets
    from midnight", ``ordered_state`` in dating.yaml): the start of the state it orders, not the time
    the order was given."""
    return t.head.dep_ == "prep" and t.head.lower_ in _words("ordered_state", "preps") and t.head.head.i == host.i \
        and host.lemma_.lower() in _words("ordered_state", "verbs")


def _state_participle_verb(h, span):
    """The verb whose object a present participle describes when a date ends that participle's
    phrase ("seized a tanker carrying fuel to Syria on Sunday", "stopped a boat sailing from Dakar
    to Banjul on Monday", ``word_order.state_participle_objects``): a state in progress holds at
    the act done to its bearer, so the date is the verb's too (the participle keeps it); None
    otherwise."""
    noun = h.head
    verb = noun.head
    if (h.tag_ == "VBG" and h.dep_ == "acl" and noun.dep_ in _words("word_order", "state_participle_objects")
            and verb.pos_ in ("VERB", "AUX") and verb.i < noun.i and _ends_phrase(h, span)):
        return verb
    if h.tag_ == "VBG" and h.dep_ == "advcl" and noun.pos_ in ("VERB", "AUX") and noun.i < h.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in h.children) and \
            _after_aside(h, span):
        # "pushed back a second boat, carrying around 150 people, on Wednesday": a date after the
        # comma that closes a participle aside is the verb's (``word_order.participle_aside``)
        return noun
    return None


def _carried_content_verb(h, span):
    """(datingFix43) The verb that hands over a note or letter whose content noun a date ends the
    phrase of ("handed a note of protest to the envoy on Monday": the parser hangs "on Monday" on
    "protest"; the protest is made by handing the note, so the date is the verb's too, and the noun
    keeps it; ``word_order.carrier_nouns``); None otherwise. A date on a noun further down ("over
    the killing of a fisherman on Sunday") is not reached: only the carrier's own "of" noun."""
    prep = h.head
    carrier = prep.head
    verb = carrier.head
    if (h.dep_ == "pobj" and prep.lower_ == "of" and carrier.lemma_.lower() in _words("word_order", "carrier_nouns")
            and carrier.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb.i < carrier.i
            and h.right_edge.i == span.end - 1):
        return verb
    return None


def _ends_phrase(h, span) -> bool:
    """Whether a date ends the phrase of ``h``, but for a phrase of order hung on ``h`` right after
    it ("turned back a boat carrying 190 refugees off Langkawi on Monday after giving them food":
    the "after" phrase is the act's, misparsed onto the participle; ``word_order.state_participle_objects``)."""
    if h.right_edge.i == span.end - 1:
        return True
    after = h.doc[span.end] if span.end < len(h.doc) else None
    return after is not None and after.head.i == h.i and after.pos_ == "ADP" and \
        after.lower_ in _words("other_time", "preps") and after.right_edge.i == h.right_edge.i


def _after_aside(h, span) -> bool:
    """A date (behind its preposition) right after a comma that ends the participle ``h``'s phrase."""
    doc = h.doc
    k = span.start - 1
    if k >= 0 and doc[k].pos_ == "ADP":
        k -= 1
    return k > h.i and doc[k].text == "," and doc[k].head.i == h.i


def _named_as(doc, span, t):
    """The noun a date is named as, when the date is what an active verb acts on rather than when
    it acts ("set Friday as the deadline for his repatriation", "picked Saturday night as the
    optimal time to start the offensive": the date followed by "as" on the same verb): the date is
    that noun's (the deadline's, the time's, and so of what hangs on it), not the verb's. None
    otherwise (a passive verb has no object: "was identified Thursday as a suspect")."""
    k = span.end
    v = t.head
    if not (k < len(doc) and doc[k].lower_ == "as" and doc[k].dep_ == "prep" and doc[k].head.i == v.i and
            v.pos_ == "VERB" and v.i < span.start and not any(c.dep_ == "auxpass" for c in v.children)):
        return None
    return next((o for o in doc[k].children if o.dep_ == "pobj"), None)


def _planned_for(doc, span, t):
    """The object a verb of calling or scheduling sets for a date behind "for" ("has called
    another strike in the capital for Monday", "set the vote for March 30": the strike's, the
    vote's day; ``scheduled_by.for_verbs``): the date is what is planned, not when it was called.
    None otherwise."""
    p = t.head
    v = p.head
    if not (p.lower_ == "for" and p.dep_ == "prep" and t.dep_ == "pobj" and v.pos_ == "VERB" and
            v.lemma_.lower() in _words("scheduled_by", "for_verbs") and v.i < span.start):
        return None
    objects = [o for o in v.children if o.dep_ == "dobj"]
    # (extract42) "called a march ... for Friday" parsed as "called [it] a march": the object predicate
    # with no object before it is the object
    return next((o for o in v.children if (o.dep_ == "dobj" or o.dep_ == "oprd" and not objects)
                 and o.pos_ == "NOUN" and o.i < p.i), None)


def _rescheduled_to(t):
    """(datingFix34) The things a verb of putting off or moving moves to a date behind "to" /
    "until" / "for" ("adjourned the trial to May 2", "the vote was postponed until Friday": the
    trial's, the vote's new day; ``rescheduled_to`` in dating.yaml): its object or passive subject
    (the noun a relative pronoun stands for), none for a pronoun or a verb with neither. The verb
    keeps it too (the TLINK golds anchor "delayed until October" there), but no other word reaches
    it through the verb (``_target_day``: "at the request of the lawyers", the request came
    first). None when ``t`` is no such date word."""
    rules = dating_rules()["rescheduled_to"]
    p = t.head
    v = p.head
    if not (t.dep_ == "pobj" and p.dep_ == "prep" and p.lower_ in rules["preps"] and v.pos_ in ("VERB", "AUX")
            and v.lemma_.lower() in rules["verbs"] and v.i < p.i):
        return None
    out = []
    for c in v.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
                c = v.head
            if c.pos_ in ("NOUN", "PROPN"):
                out.append(c)
    return out


def _target_day(doc, tx: Timex) -> bool:
    """(datingFix34) Whether ``tx`` is a day something was put off or moved to (``_rescheduled_to``)."""
    span = _timex_tokens(doc, tx)
    return span is not None and any(t.head.i not in range(span.start, span.end) and _rescheduled_to(t) is not None
                                    for t in span)


def _time_as_object(t) -> bool:
    """(datingFix34) A date phrase with an article that is the direct object of a verb ("blamed a
    dry winter for the shortage", "recalled the summer of 1995"): what the act is about, not when
    it was done (``time_as_object`` in dating.yaml); not a bare date the parser may take for an
    object ("said Tuesday"), nor "last" / "next" ("met last Tuesday"), nor the object of a verb of
    spending or marking a time ("spent the night in a cell": ``time_verbs``)."""
    return t.dep_ == "dobj" and t.head.pos_ == "VERB" and \
        t.head.lemma_.lower() not in _words("time_as_object", "time_verbs") and \
        any(c.dep_ == "det" and c.lower_ in _words("time_as_object", "articles") for c in t.children)


_DEGREE_DEPS = frozenset({"advmod", "npadvmod"})


def _host(h, measure: frozenset[int] = frozenset()):
    """The word a date phrase modifies, from the word the parser hung it on: above the
    prepositions ("on Thursday") and the adverbs of degree or time that only place it ("fired ...
    late on Saturday", "early on Monday", "shortly after midnight": late, early, shortly modify the
    verb, and so does the date under them), and above the words of a length of time
    (``measure``: "sentenced to five years last year": last year is the sentencing's, not the
    five years')."""
    while h.head.i != h.i and (h.pos_ == "ADP" or h.i in measure or
                               h.dep_ in _DEGREE_DEPS and h.pos_ in ("ADV", "ADJ") or _purpose_gerund(h) or
                               _day_part_noun(h)):
        h = h.head
    age_of = _age_participle_verb(h)
    return _host(age_of, measure) if age_of is not None else h


def _day_part_noun(h) -> bool:
    """(datingFix46) A noun that only places its "of" date within the day, itself behind a
    preposition ("lifted the blockade in the early hours of Wednesday": the parser hangs Wednesday
    on "hours"; ``word_order.day_part_nouns``): the date is the verb's, as under "late on"."""
    return h.pos_ == "NOUN" and h.dep_ == "pobj" and h.lemma_.lower() in _words("word_order", "day_part_nouns") \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children)


def _age_participle_verb(h):
    """(datingFix43) The verb above a participle that only gives its noun's age ("detained three
    men, aged 24 and 31, in Kisumu on Tuesday": the parser hangs the date on "aged", which is no
    act and has no day; ``word_order.age_participles``): the verb the noun is an argument of, whose
    date it is; None otherwise."""
    noun = h.head
    if h.dep_ in ("acl", "amod") and h.lower_ in _words("word_order", "age_participles") and noun.i != h.i and \
            noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def _purpose_gerund(h) -> bool:
    """A bare gerund that only tells what a verb's act was for ("detained for questioning on
    Wednesday", ``word_order.purpose_preps``): no object or subject of its own, so a date on it is
    the verb's (the detention's), not a time of the questioning."""
    return (h.tag_ == "VBG" and h.dep_ == "pcomp" and h.head.lower_ in _words("word_order", "purpose_preps")
            and h.head.head.pos_ in ("VERB", "AUX")
            and all(c.dep_ == "prep" for c in h.children))


def _duration_words(doc, timexes: list[Timex]) -> frozenset[int]:
    """The tokens of the article's lengths of time ("five years", "two months")."""
    out: set[int] = set()
    for tx in timexes:
        if tx.type == "DURATION":
            span = _timex_tokens(doc, tx)
            if span is not None:
                out.update(range(span.start, span.end))
    return frozenset(out)


def _when_after(doc, span) -> Optional[int]:
    """The verb of a "when" clause right after a date ("since early December, when Castro
    promised"), however the parser attached the clause."""
    k = span.end
    if k < len(doc) and doc[k].is_punct and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ == "when" and doc[k].head.i != k and doc[k].head.pos_ in ("VERB", "AUX"):
        return doc[k].head.i
    return None


def _offset_apposition(doc, span, measure: frozenset[int]) -> Optional[int]:
    """The verb a date is in apposition with an exact offset of ("recalled its envoy for
    consultations on Tuesday, a day after the president said ...": "a day after" modifies the
    recall, and so does "on Tuesday", though the parser hung the date on a noun), or None.
    ``measure``: the tokens of the article's lengths of time."""
    k = span.end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or k not in measure:
        return None
    while k < len(doc) and k in measure:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in ("after", "before"):
        return None
    t = doc[k]
    if t.dep_ == "mark" and t.head.dep_ == "advcl":
        anchor = t.head.head
    elif t.pos_ == "ADP" and t.dep_ == "prep":
        anchor = t.head
    else:
        return None
    return anchor.i if anchor.pos_ in ("VERB", "AUX") and anchor.i < span.start else None


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_VERB_GROUP = frozenset({"aux", "auxpass", "advmod", "neg", "punct"})


def _reattach(h, span, actors: dict[int, list[tuple[int, int]]]):
    """The word a date phrase really belongs to when the parse hung it on ``h``."""
    subj = next((c for c in h.children if c.dep_ in _SUBJECTS and c.right_edge.i == span.start - 1), None)
    if subj is not None and h.i >= span.end and \
            all(t.head.i == h.i and t.dep_ in _VERB_GROUP for t in h.doc[span.end:h.i]):
        # "The captain of a boat seized by the navy this month was released on Monday": a date
        # right after a reduced relative clause that ends its verb's subject continues that clause
        # (a passive participle, an act; not a state: "A venture involving Mobil earlier this year opened")
        rel = next((t for t in subj.subtree if t.dep_ == "acl" and t.tag_ == "VBN" and
                    t.right_edge.i == subj.right_edge.i), None)
        if rel is not None:
            return rel
    if h.dep_ == "ccomp" and h.head.i < span.start and h.i >= span.end and \
            any(c.dep_ in _SUBJECTS and c.i >= span.end for c in h.children) and \
            any(c.dep_ == "aux" and c.tag_ == "MD" for c in h.children):
        # "said on Monday they would arrest": the date precedes the subject of a clause that
        # tells what is to come (not "said on Tuesday they had arrested": that is dated by it)
        return h.head
    verb = h.head
    if h.dep_ in _SUBJECTS and verb.i >= span.end and \
            any(a <= h.idx < b for a, b in actors.get(verb.i, ())) and \
            all(doc_tok.head.i == verb.i and doc_tok.dep_ in _VERB_GROUP
                for doc_tok in h.doc[max(span.end, h.i + 1):verb.i]):
        # "A court in Tbilisi on Wednesday ordered", "the Aug. 7 blasts killed": a date in the
        # subject that ends right before the verb
        return verb
    return h


def _fronted_report(h, span):
    """A date in a reported clause put before its reporting verb ("seized a tanker in the Gulf of
    Oman on Thursday, Iranian state media reported"): the parser may hang the date's phrase on the
    reporting verb, but all that comes before ", <subject> reported" is what is reported; the date
    is the reported clause's verb's (``word_order`` in dating.yaml). Not a date after the
    reporting verb's subject ("..., the government said on Tuesday": the saying's), nor one with
    no comma before the report ("Apple Computer today announced")."""
    v = h
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    if v.lemma_.lower() not in _REPORTING or v.i < span.end:
        return h
    clause = next((c for c in v.children if c.dep_ == "ccomp" and c.i < span.start), None)
    if clause is None and v.dep_ in ("advcl", "parataxis") and v.head.i < span.start:
        clause = v.head  # "seized ... on Thursday, state media reported" parsed as the seizure's adjunct
    if clause is None or clause.left_edge.i > span.start:
        return h
    subj = next((c for c in v.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return h
    # the report set off by a comma: ", state media reported", ", said the ministry" (not "Apple
    # today announced", a date right before its verb)
    end = min(v.i, subj.left_edge.i)
    between = [t.text for t in h.doc[span.end:end]]
    return clause if span.end <= end and "," in between and not {"--", "(", ")"} & set(between) else h


def _timex_tokens(doc, tx: Timex):
    """The tokens ``tx`` covers, widened to whole tokens; None where its offsets cover no token of ``doc``."""
    return doc.char_span(tx.start, tx.end, alignment_mode="expand")


def _event_date(tx: Timex) -> EventDate:
    return EventDate(text=tx.text, value=tx.value, start=tx.interval_start, end=tx.interval_end,
                     source="text", timex_id=tx.id)


def article_date(day: Optional[date]) -> EventDate:
    return EventDate(text=None, value=day.isoformat() if day else None, start=day, end=day, source="article")


_REPORTING = verbs_of_saying()  # reporting.yaml verbs
_FUTURE = frozenset({"planned", "possible"})


def clause_words(doc, trigger_i: int, stop: frozenset[int] = frozenset()):
    """The trigger, then the words above it in its clause, up to a reporting verb (whose time is
    the report's, not the event's) or a preposition of order ("after his visit": the clause's
    time is not the visit's; ``other_time`` in dating.yaml), or a clause that a conjunction of
    order puts before or after it ("after police detained two protesters"). It ends before a word of
    ``stop``: for a planned event, the reporting verb and the occurred event it depends on
    ("threatened on Monday to impose sanctions": Monday is the threat's, not the sanctions')."""
    order = _words("other_time", "preps")
    if _framing_noun(doc[trigger_i]):
        yield doc[trigger_i]
        return
    for t in [doc[trigger_i], *governors(doc[trigger_i])]:
        if t.pos_ == "ADP" and t.lower_ in order:
            return
        if t.i != trigger_i and t.i in stop:
            return
        yield t
        if t.lemma_.lower() in _REPORTING and not (t.i == trigger_i and _participial_adjunct(t)) or _ordered_clause(t):
            return


def _framing_noun(tok) -> bool:
    """A definite event noun behind a preposition of frame ("Under the deal, a committee will meet in
    June"): an arrangement already in place, which the clause acts within, not an act at the
    clause's time (``frame`` in dating.yaml); not a bare noun ("placed under arrest on Monday",
    "came under attack")."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _words("frame", "preps") and \
        any(c.dep_ == "det" and c.lower_ in _ANAPHORIC or c.dep_ == "poss" for c in tok.children)


def _participial_adjunct(t) -> bool:
    """A present participle hung on a verb or noun with no subject or conjunction of its own
    ("issued a joint statement Friday saying ...", "called for a re-run, citing flaws"): told as
    part of what it hangs on, in its time -- a reporting participle too, whose walk goes on up."""
    return t.dep_ in ("advcl", "acl") and t.tag_ == "VBG" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)


def _ordered_clause(t) -> bool:
    """A clause introduced by a conjunction of order ("after police detained two protesters"):
    the time of the clause above is not its own."""
    order = _words("other_time", "preps")
    return any(c.dep_ == "mark" and c.lower_ in order for c in t.children)


def governing_timexes(doc, trigger_i: int, attachments: dict[int, list[Timex]],
                      stop: frozenset[int] = frozenset()) -> list[Timex]:
    """The dates of the nearest word of the clause walk that has some: all of them when they are
    coordinated ("in May 2015 and May 2020": one mention each), else the one nearest the trigger
    ("on Saturday condemned the attacks of Friday": the condemnation is Saturday's, the attacks
    Friday's)."""
    for t in clause_words(doc, trigger_i, stop):
        dates = attachments.get(t.i, [])
        if t.i != trigger_i:  # "adjourned to May 22 at the request of ...": the new day is not the request's
            dates = [tx for tx in dates if not _target_day(doc, tx)]
        if dates and (t.i != trigger_i or not all(_comparison_base(doc, tx) for tx in dates)):
            found = sorted((tx for tx in dates if t.i != trigger_i or not _comparison_base(doc, tx)),
                           key=lambda tx: tx.start)
            if len(found) > 1 and not all(_coordinated(doc, a, b) for a, b in zip(found, found[1:])):
                if t.i == trigger_i:
                    # "arrested the leader of the attack ten days ago ... on Tuesday": a date right
                    # after the object's noun complement is that noun's; the verb takes another
                    found = [tx for tx in found if not _object_complement_date(doc, doc[trigger_i], tx)] or found
                at = doc[trigger_i].idx
                found = [min(found, key=lambda tx: (min(abs(tx.start - at), abs(tx.end - at)), tx.start))]
            return found
    return []


def _quoted_saying(t):
    """The reporting participle of "quoted X as saying" on a verb of quoting (``quoted_as`` in
    dating.yaml): its date is the report's, which a present or past perfect the quoting verb
    governs is done as of (``_reported_perfect``); the quoting verb itself is the publication's."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _words("quoted_as", "verbs"):
        return None
    return next((c for p in t.children if p.dep_ == "prep" and p.lower_ == "as"
                 for c in p.children if c.dep_ == "pcomp" and c.lemma_.lower() in _REPORTING), None)


def _object_complement_date(doc, verb, tx: Timex) -> bool:
    """True if ``tx`` comes right after the verb's object where that object ends in a noun
    complement ("the leader of the attack ten days ago"): the date is what the complement's noun
    is dated by, not the verb (``word_order``)."""
    span = _timex_tokens(doc, tx)
    if span is None:
        return False
    for o in verb.children:
        if o.dep_ == "dobj" and o.right_edge.i == span.start - 1 and any(
                c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children) for c in o.children):
            return True
    return False


def _comparison_base(doc, tx: Timex) -> bool:
    """A past date behind "from" with no end of a range after it, on the trigger itself, is what
    an amount is compared with, not when it changed ("profit grew 19% from a year ago", "the loss
    narrowed from a year earlier": ``comparison_base`` in dating.yaml); not "from Monday" (a start)."""
    rules = dating_rules()["comparison_base"]
    span = _timex_tokens(doc, tx)
    if span is None or span.start == 0 or doc[span.start - 1].lower_ not in rules["preps"]:
        return False
    if span.end < len(doc) and doc[span.end].lower_ in rules["range_ends"]:
        return False
    text = tx.text.lower()
    return any(text.endswith(w) for w in rules["ends"]) or any(text.startswith(w) for w in rules["starts"])


def _coordinated(doc, a: Timex, b: Timex) -> bool:
    """Two dates of one clause joined as a list ("in May 2015 and May 2020", "in June and again
    in October"), not two dates of two things ("on Saturday condemned the attacks on Friday")."""
    between = doc.char_span(a.end, b.start, alignment_mode="contract")
    if between is None:
        return True
    words = [t for t in between if not t.is_punct and not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return not words or any(t.lower_ in ("and", "or") for t in words)


def governing_event(doc, trigger_i: int, by_trigger: dict[int, Mention], stop: frozenset[int] = frozenset()):
    """The nearest event above the trigger in its clause ("arrived on Tuesday ... at the
    guesthouse, where the ministers signed": the arrival), or None."""
    for t in clause_words(doc, trigger_i, stop):
        if t.i != trigger_i and t.i in by_trigger:
            return by_trigger[t.i]
    return None


def date_events(doc, events: list[tuple[Mention, int]], timexes: list[Timex], dct: Optional[date],
                person_ids: frozenset[str] = frozenset()) -> list[Mention]:
    """Set ``date`` on every event; an event governed by coordinated dates ("in May 2015 and
    May 2020") becomes one mention per date. Returns the (possibly longer) event list.
    ``person_ids``: the article's actors that are people (two mentions naming different people
    are different events).

    An event without a date of its own takes, in this order, the date of the event that governs
    it in its clause (same status group), of an earlier mention of the same event
    (``_context_key``), of its narrative context (``_narrative_context``), else the article's."""
    text = doc.text  # built once: Doc.text joins every token on each call
    timexes = [_same_unit_last_day(doc, tx, timexes) or tx for tx in timexes]  # (datingFix49)
    timexes = _interview_day(doc, text, timexes, dct)  # (datingFix50) "spoke to us on Thursday ... A: Yesterday"
    # a live blog's entries ("09:10 - ...\n\n11:30 - ..."): no entry is told in the time of an earlier one
    labels = [_entry_label(text, tx) for tx in timexes]  # once per timex
    labelled = [tx for tx, label in zip(timexes, labels) if label]
    entry_starts = sorted(tx.start for tx in labelled)
    date_lines = _document_date_lines(text, timexes, dct)  # (datingFix47) "Ruling, issued Nairobi, 12 March 2025"
    date_lines = sorted(date_lines + _live_blog_headings(text, timexes), key=lambda p: p[0])  # (datingFix48)
    timexes = [tx for tx, label in zip(timexes, labels) if not label]
    boxes = _clock_boxes(text, labelled, timexes, dct)  # (datingFix47)
    timeline = _timeline_entries(doc, text, timexes)
    items = _bulletin_items(text, timexes)  # (datingFix46) "MALE, Nov 4 - ...\n\nCOLOMBO, Nov 5 - ..."
    if items:  # each item is an entry of its own: no act is told in the time of another item's
        entry_starts = sorted(entry_starts + [start for start, _ in items])
    subheads = _subhead_items(text, timexes)  # (datingFix48) "Tuesday: ...\n\nWednesday: ..."
    if subheads:
        entry_starts = sorted(entry_starts + [start for start, _, _ in subheads])
    actors: dict[int, list[tuple[int, int]]] = {}
    for m, i in events:
        actors.setdefault(i, []).extend((f.start, f.end) for f in m.actor)
    # (datingFix47) the dateline's date, the article's own day, is no day the story tells an act on
    # ("LAGOS, May 6 - The regulator has fined ..., it said in a statement issued on Monday")
    attachments = _timex_attachments(doc, timexes if items else
                                     [tx for tx in timexes if not _article_dateline(text, tx, dct)], actors)
    _before_mark_to_host(doc, attachments)  # (datingFix41) "overnight after ...": not the clause's
    occurred_or_reporting = frozenset(i for m, i in events if m.status == "occurred") | frozenset(
        t.i for t in doc if t.lemma_.lower() in _REPORTING)
    sentence_of = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    sentences = _SentenceFacts(doc)
    out: list[tuple[Mention, int]] = []
    dated: dict[tuple, Mention] = {}  # _context_key -> the latest text-dated event with that key
    by_trigger: dict[int, Mention] = {}  # trigger -> its (first) dated mention
    narrative: list[tuple[int, Mention]] = []  # (trigger, mention) of occurred events dated by their own clause
    told_ids: set[int] = set()  # id() of the mentions dated by their narrative context
    perfect_ids: set[int] = set()  # id() of the mentions dated by the report of their present perfect
    after_ids: set[int] = set()  # id() of the mentions dated by the day of the verb their "after" clause is under
    triggers = frozenset(i for _, i in events)
    scenes, leads = _scene_clauses(doc, triggers, attachments)
    reports = _dated_reports(doc, attachments)  # (datingFix49) "said on Tuesday ... Hours later ..."
    offsets = _offset_targets(doc, timexes)
    accused_hosts: dict[int, int] = {}  # trigger of an accused act -> its word of accusation
    quotes = _quotations(doc)
    for mention, trigger_i in events:
        stop = occurred_or_reporting if mention.status in _FUTURE else frozenset()
        judged_by = _commented_by(doc, trigger_i, attachments)
        event_relative = _event_relative(doc, trigger_i, attachments)
        stop = stop | judged_by | _reduced_relative(doc, mention, trigger_i) | _present_relative(doc, trigger_i) | \
            event_relative | _subject_participle(doc, trigger_i) | _planned_object_participle(doc, trigger_i)
        stop = stop | _present_conjunct(doc, trigger_i)  # (datingFix49) "was arrested on Monday and is being held"
        commitment = _commitment_clause_host(doc, trigger_i)  # (datingFix38) "lifted it on Monday, as agreed"
        if commitment is not None:
            stop = stop | {commitment}
        accused = _accused_host(doc, trigger_i)  # (datingFix31) "charged on Friday with arson": not Friday's
        if accused is not None:
            stop = stop | {accused.i}
            accused_hosts[trigger_i] = accused.i
        commented = _comment_next_to_noun(doc, trigger_i, timexes)
        if commented is not None:
            stop = stop | {commented[0]}
        own = _own_clause(doc, trigger_i, attachments)
        report = _speaker_participle(doc, trigger_i)
        walked = governing_timexes(doc, trigger_i, attachments, stop) if report is None else \
            governing_timexes(doc, report.i, attachments)
        if trigger_i not in attachments:
            walked = _after_dated_event(doc, trigger_i, attachments) or walked
        in_event = mention.type in _words("participant_dates", "in_event_types")
        after_day = _after_clause_day(doc, trigger_i, attachments, timexes, dct)
        found = _scheduled_for(doc, trigger_i, attachments) or own or \
            _report_speech_act(doc, trigger_i, attachments) or _same_act_participle(doc, trigger_i, attachments) or _realized_in(doc, trigger_i, attachments) or \
            _since_onset(doc, trigger_i, attachments) or _held_since(doc, trigger_i, attachments) or walked or \
            _event_subject(doc, trigger_i, attachments, triggers) or \
            _participant_dates(doc, trigger_i, attachments, triggers, in_event) or \
            _chain_dates(doc, trigger_i, attachments) or \
            _simultaneous_clause(doc, trigger_i, attachments) or \
            _gapped_conjunct(doc, trigger_i, attachments, triggers, in_event) or \
            _said_before_clause(doc, trigger_i, attachments) or \
            _report_conjunct(doc, trigger_i, attachments) or \
            _complement_day(doc, trigger_i, attachments, triggers, dct) or \
            _set_by_scheduler(doc, mention, trigger_i, attachments) or _reported_perfect(doc, trigger_i, attachments, dct) or \
            _quoted_present(doc, mention, trigger_i, attachments, quotes, dct, timexes) or \
            _cause_in_period(doc, trigger_i, attachments, dct) or _aspect_subject(doc, trigger_i, attachments, dct) or \
            after_day or \
            (_fronted_date_past_semicolon(doc, trigger_i, attachments, timexes) if mention.status == "occurred" else [])
        if found and found is after_day:
            after_ids.add(id(mention))
        found = _not_reported_now(doc, trigger_i, found, dct)
        found = _purpose_host_day(doc, trigger_i, found, attachments) or found  # (datingFix41)
        found = _evening_clause_day(doc, mention, trigger_i, found, attachments, dct) or found  # (datingFix41)
        found = found or _after_lead_noun(doc, mention, trigger_i, attachments, triggers)  # (datingFix42)
        found = found or _on_arrival_day(doc, mention, trigger_i, attachments, sentence_of)  # (datingFix49)
        found = _corrected_day(doc, trigger_i, attachments) or found  # (datingFix50) "An earlier version said ..."
        if accused is not None:
            hosted = _host_timexes(doc, accused, attachments)
            found = [tx for tx in found if id(tx) not in hosted]
        if commented is not None:
            found = [tx for tx in found if id(tx) not in commented[1]]
        entry = timeline.get(trigger_i)
        if entry is not None:  # a line of a timeline box: a date of that line, else the one that opens it
            entry, line_start, line_end = entry
            inside = [_line_part(doc, tx, line_start, line_end, timexes) for tx in found]
            inside = [tx for tx in inside if tx is not None]
            if inside:  # "Jan 7: army shells ... and rebels retake the post on Jan 9": the line's own date
                found, own, walked = inside, [tx for tx in own if tx in inside], [tx for tx in walked if tx in inside]
            else:
                found, own, walked = [entry], [], []
        # dated by the report of its perfect ("has suspended ..., the government said on Tuesday")
        by_report = bool(found) and found == _reported_perfect(doc, trigger_i, attachments, dct)
        if by_report and not own and not walked:
            perfect_ids.add(id(mention))
        told = False  # dated by its narrative context
        retold = False  # a definite noun dated by the earlier mention it refers back to
        target = None if entry is not None else offsets.get(trigger_i) or _offset_through(doc, trigger_i, offsets, triggers)
        offset = _offset_date(doc, mention, trigger_i, target, attachments, by_trigger,
                              narrative, sentence_of, dct) if target is not None else None
        if offset is None and not found and mention.status == "occurred":
            offset = _offset_host(trigger_i, offsets, by_trigger, doc, out, attachments, triggers)
        if offset is None and (not found or by_report):
            # "has been shut for twelve days": shut that long before the article's (or the report's) day
            offset = _state_onset(doc, mention, trigger_i, timexes,
                                  found[0].interval_start if found else dct)
        if offset is not None and all((tx.interval_start, tx.interval_end) == (offset[1], offset[1]) or
                                      _coarser_holding(tx, offset[0]) for tx in found):
            # "a day after rebels attacked": that far from the clause's day (its own date, or one
            # it took from the clause, being that very day is no evidence against the length); a
            # coarser date of its own that holds that day only says less ("six days after the
            # minister apologised earlier this month": the day; ``offset.coarser_own``)
            mention.date, found = offset[0], []
            pairs = [(mention, trigger_i)]
        elif found:
            pairs = []
            for n, tx in enumerate(found):
                m = mention if n == 0 else mention.model_copy(deep=True)
                m.date = _event_date(tx)
                same = _same_day_as(doc, tx, out)  # "on the same day as the clash": the clash's day
                if same is not None:
                    m.date = _day_of_clock_time(same.date.model_copy())
                else:  # (datingFix45) "who were freed the same evening": the nearest act's day
                    m.date = _same_unit_nearest_act(doc, tx, out, sentence_of) or \
                        _same_day_told_past(doc, tx, trigger_i, timexes, dct) or m.date  # (datingFix48)
                if id(mention) in after_ids:  # (datingFix45) the act told before with a day of its own
                    told_before = _after_clause_told_before(doc, m, trigger_i, out)
                    if told_before is not None:
                        m.date = told_before.date.model_copy()
                pairs.append((m, trigger_i))
        else:
            src = governing_event(doc, trigger_i, by_trigger, stop)
            about_own = _about_own_type(doc, trigger_i, mention.type)  # "denied that ... had been refused"
            if src is not None and id(src) in after_ids and _past_perfect(doc[trigger_i]):
                src = None  # "after X agreed to drop a clause that Y had threatened to veto": earlier still
            if src is not None and id(src) in told_ids and _group(src) == _group(mention):
                # in the time its governing event was told in ("accused Pakistani troops of
                # shooting at Afghan workers", the accusation told in the clash's time): told so too
                told = True
            elif src is None or not _text_dated(src) or _group(src) != _group(mention):
                # (roles5) a definite noun a comment judges ("called the ban 'a hostile act'") is the
                # act told before in its own word, before any later mention of the same parties
                # ("the ban ... took effect at midnight": its coming into force)
                src = _definite_antecedent(doc, mention, trigger_i, out, same_word=True) \
                    if judged_by and _definite_noun(doc[trigger_i]) else None
                if src is None:  # (datingFix38) "that attack": the act of its type told just before
                    src = _demonstrative_antecedent(doc, mention, trigger_i, out, sentence_of)
                if src is None and not about_own:
                    src = dated.get(_context_key(mention))
                retold = src is not None and _definite_noun(doc[trigger_i])
            if src is None:
                src = _definite_antecedent(doc, mention, trigger_i, out)
                retold = src is not None
            if src is None and not event_relative and not about_own:
                # an act of an event noun's relative clause is in its time; an act about an act of its own
                # type is later than the act the story tells
                at = doc[trigger_i].idx
                src = _narrative_context(doc, mention, trigger_i, _same_entry(doc, narrative, entry_starts, at),
                                         sentence_of, _same_entry(doc, scenes, entry_starts, at), sentences,
                                         _same_entry(doc, leads, entry_starts, at),
                                         _same_entry(doc, reports, entry_starts, at))
                told = src is not None
            item_day = _bulletin_day(items, doc[trigger_i].idx) if src is None and mention.status == "occurred" \
                and not _past_perfect(doc[trigger_i]) else None  # "had met": before the day, not on it
            if src is None and item_day is None:  # (datingFix29) an agentless mention: an earlier act on the same people
                src = _agentless_match(dated, mention)
            if src is None and item_day is None and mention.status == "occurred" and not _past_perfect(doc[trigger_i]):
                item_day = _clock_box_day(boxes, doc[trigger_i].idx) or \
                    _bulletin_day(date_lines, doc[trigger_i].idx) or \
                    _clock_box_day(subheads, doc[trigger_i].idx)  # (datingFix47, datingFix48)
            mention.date = src.date.model_copy() if src is not None else \
                _day_of(_event_date(item_day)) if item_day is not None else article_date(dct)
            if src is None and mention.status == "occurred" and _reported_present_perfect(doc, trigger_i):
                # "have detained a tanker, officials said": done by the article's day; the next
                # sentence may tell it in detail (``reported_perfect.detailed_after``, datingFix26)
                perfect_ids.add(id(mention))
            if told:  # told after an act at a clock time: on its day, not at that instant
                mention.date = _day_of_clock_time(mention.date)
            pairs = [(mention, trigger_i)]
            if told:
                told_ids.add(id(mention))
        for m, i in pairs:
            out.append((m, i))
            if not told:  # a date from the narrative is no evidence of which event it is
                _remember(dated, m)
            by_trigger.setdefault(i, m)
            if entry is not None:  # a timeline line is no narrative the text goes on telling
                pass
            elif found and m.status == "occurred" and _text_dated(m) and not _in_relative_clause(doc[i]) \
                    and not dated_after_article(m, dct) and not _set_for_date(doc, i, m, timexes):
                if own and walked and found[0] is own[0]:
                    # "The protests, which began in January, continued on Friday": the noun's own
                    # clause is its background; the story is at the date of the clause it is in
                    m = m.model_copy(update={"date": _event_date(walked[0])})
                narrative.append((i, m))
            elif told and m.type in _words("narrative", "material_types"):  # an act told in the time of the acts before
                narrative.append((i, m))
            elif retold and m.status == "occurred" and doc[i].dep_ in _SUBJECTS and not _in_relative_clause(doc[i]):
                # "attacked ... on Saturday. The second attack caused a leak. Flows were cut": the
                # story, told on about the same event as its subject, is still at its time (not an
                # object: "called the assault a crime and ordered ...": a new act, a new time)
                narrative.append((i, m))
    _detailed_after(doc, out, perfect_ids | told_ids, perfect_ids, sentence_of)
    _grievance_told_after(doc, out, attachments, sentence_of)  # (datingFix49)
    _refine_coarse(out, person_ids)
    _anchor_to_events(doc, out, attachments)
    _accused_antecedents(doc, out, accused_hosts, attachments, dct)
    return [m for m, _ in out]


def timeline_lines(doc, timexes: list[Timex]) -> dict[int, tuple[Timex, int, int]]:
    """token index -> (date, line start, line end) of the timeline-box line it lies on ("Key dates\n-
    March 14: ministers sign the return agreement\n- March 27: first convoy postponed"), as
    ``date_events`` reads the box (``_timeline_entries``); the status stage reads such a line on its
    own words (``status.mention_status``)."""
    text = doc.text
    return _timeline_entries(doc, text, _unlabelled(text, timexes))


def _same_entry(doc, items: list[tuple[int, object]], entry_starts: list[int], at: int) -> list[tuple[int, object]]:
    """The (token, x) pairs -- narrative acts, dated scenes -- told in the live-blog entry that holds
    offset ``at``: an entry label ("11:30 - Police arrested ...", ``_entry_label``) opens a new
    entry, whose acts keep their own dates, else the fallbacks, not the time of an act of the entry
    before. ``entry_starts`` sorted."""
    if not entry_starts:
        return items
    return [(i, x) for i, x in items if not _entry_between(entry_starts, doc[i].idx, at)]


def _entry_between(entry_starts: list[int], a: int, b: int) -> bool:
    """Some entry label starts after offset ``a`` and at or before ``b`` (``entry_starts`` sorted)."""
    k = bisect_right(entry_starts, a)
    return k < len(entry_starts) and entry_starts[k] <= b


def _unlabelled(text: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes that are not a list's date label (``_entry_label``)."""
    return [tx for tx in timexes if not _entry_label(text, tx)]


def _entry_label(text: str, tx: Timex) -> bool:
    """A clock time that opens a paragraph before a dash ("10:15 - Police halted ..."): a live
    blog's entry label, the time the entry was posted, not the time of what it tells; it dates
    nothing (``entry_label`` in dating.yaml)."""
    return tx.type == "TIME" and _opens_line(text, tx, _words("entry_label", "separators"), 4)


def _opens_line(text: str, tx: Timex, separators, width: int, bullets=()) -> bool:
    """``tx`` starts its line and is followed (within ``width`` characters, blanks skipped) by a
    separator and a blank: "10:15 - ...", "Feb 9: ..." (a live blog's entry, a timeline box's line);
    a list bullet and a blank may come before it ("- March 10: ...", ``timeline_entry.bullets``)."""
    before = text[text.rfind("\n", 0, tx.start) + 1:tx.start].strip()
    if before and not (before in bullets and text[tx.start - 1:tx.start] in (" ", "\t")):
        return False
    rest = text[tx.end:tx.end + width].lstrip(" \t")
    return rest[:1] in separators and rest[1:2] in (" ", "\t")


def _timeline_entries(doc, text: str, timexes: list[Timex]) -> dict[int, tuple[Timex, int, int]]:
    """token index -> (the date that opens its line, the entry's start and end offsets), for the lines of a timeline box ("KEY DATES\nFeb 9:
    gunmen abduct 87 pupils\nFeb 12: four pupils escape; parents protest"): a line that starts with
    a date (no clock time: ``_entry_label``) and a separator (``timeline_entry.separators``), when
    the text has at least two such lines. Each line is an entry of its own, whatever the parser
    made one sentence of: its acts are at its date or at a date of their own on that line, not at a
    date of another line (up to the first full stop, a token of its own: "the U.S. embassy" goes on;
    a paragraph that opens with a date goes on in sentences of its own)."""
    seps, bullets = _words("timeline_entry", "separators"), _words("timeline_entry", "bullets")
    cells = _words("timeline_entry", "row_separators")
    starts: list[tuple[int, int, Timex]] = []
    for tx in timexes:
        if tx.type != "DATE" or tx.interval_start is None or not _opens_line(text, tx, seps | cells, 3, bullets):
            continue
        line_end = text.find("\n", tx.end)
        line_end = len(text) if line_end < 0 else line_end
        # (datingFix50) a table's row ("Mon 12 Jan | ... . The leader threatens ...") is one cell:
        # every sentence of it is told on the row's date
        row = text[tx.end:tx.end + 3].lstrip(" \t")[:1] in cells
        stop = None if row else \
            next((t for t in doc if tx.end <= t.idx < line_end and t.text in _FULL_STOPS), None)
        starts.append((tx.end, stop.idx + 1 if stop is not None else line_end, tx))  # one clause, not a paragraph
    if len(starts) < 2:
        return {}
    out: dict[int, tuple[Timex, int, int]] = {}
    for a, b, tx in starts:
        for t in doc:
            if a <= t.idx < b:
                out[t.i] = (tx, tx.start, b)
    return out


def _bulletin_items(text: str, timexes: list[Timex]) -> list[tuple[int, Timex]]:
    """(datingFix46) The items of a bulletin of short news, each a paragraph opening with its own
    dateline ("KAMPALA, Mar 25 - A magistrate refused bail ...\n\nNAIROBI, Mar 26 - ..."): (the
    offset the item starts at, its dateline's date), in text order, when the text has at least
    ``bulletin_dateline.min_items`` of them (one dateline alone is the article's own); else []. A
    dateline: a place in capitals and a comma start the line, a day follows, then an agency in
    brackets may, and a dash (``bulletin_dateline.separators``) and a blank."""
    rules = dating_rules()["bulletin_dateline"]
    out = []
    for tx in timexes:
        if not _one_day_date(tx):
            continue
        line_start = text.rfind("\n", 0, tx.start) + 1
        place = text[line_start:tx.start].rstrip()
        if not (place.endswith(",") and _capital_place(place[:-1])):
            continue
        rest = text[tx.end:tx.end + 40].lstrip(" \t")
        if rest.startswith("("):  # "(Reuters)"
            close = rest.find(")")
            rest = rest[close + 1:].lstrip(" \t") if close > 0 else ""
        if rest[:1] in rules["separators"] and rest[1:2] in (" ", "\t"):
            out.append((line_start, tx))
    return out if len(out) >= rules["min_items"] else []


def _subhead_items(text: str, timexes: list[Timex]) -> list[tuple[int, int, Timex]]:
    """(datingFix48) The items of a digest under day subheads, each a paragraph that opens with a
    one-day date and a separator ("Monday: The council voted ... . The mayor resigned.\n\nTuesday:
    ..."): (the paragraph's start and end offsets, its subhead's date), when the text has at least
    ``subhead_item.min_items`` of them. The subhead's line is a timeline entry up to its first full
    stop (``_timeline_entries``); the item's later sentences are told on the subhead's day too,
    until the paragraph ends."""
    rules = dating_rules()["subhead_item"]
    out = []
    for tx in timexes:
        if not _one_day_date(tx):
            continue
        start = text.rfind("\n", 0, tx.start) + 1
        if text[start:tx.start].strip() or not (start == 0 or text[max(0, start - 2):start] == "\n\n"):
            continue  # opens a paragraph
        if not _opens_line(text, tx, rules["separators"], 3):
            continue
        end = text.find("\n\n", tx.end)
        out.append((start, len(text) if end < 0 else end, tx))
    return out if len(out) >= rules["min_items"] else []


def _article_dateline(text: str, tx: Timex, dct: Optional[date]) -> bool:
    """(datingFix47) ``tx`` is the article's date written in its dateline ("OUAGADOUGOU, May 6 - ",
    ``tagger.in_dateline``): it dates no act (the article's date, the fallback, says as much)."""
    return dct is not None and tx.type == "DATE" and tx.interval_start == dct and tx.interval_end == dct \
        and in_dateline(text, tx.start, tx.end)


def _clock_boxes(text: str, labels: list[Timex], timexes: list[Timex], dct: Optional[date]
                 ) -> list[tuple[int, int, Timex]]:
    """(datingFix47) The timeline boxes of clock times under a lead that names their day ("Farmers
    blocked the road on Tuesday. This is how the day went:\n07:15 - Farmers park tractors ...\n16:45 -
    Police say ..."): (the box's start and end offsets, the lead's day) for each run of at least
    ``clock_box.min_lines`` lines, one right under the other, that open with a clock time and a
    dash (``_entry_label``), when the paragraph right before the run names one day and no other
    (its one-day dates all of one day), a day before the article's. A live blog's entries,
    paragraphs apart, are no such box."""
    rules = dating_rules()["clock_box"]
    runs: list[list[Timex]] = []
    for tx in sorted(labels, key=lambda t: t.start):
        line_start = text.rfind("\n", 0, tx.start) + 1
        if runs and text[runs[-1][-1].end:line_start].count("\n") == 1:
            runs[-1].append(tx)
        else:
            runs.append([tx])
    out = []
    for run in runs:
        if len(run) < rules["min_lines"]:
            continue
        start = text.rfind("\n", 0, run[0].start) + 1
        lead_start = text.rfind("\n\n", 0, max(0, start - 2))
        lead_start = 0 if lead_start < 0 else lead_start + 2
        days = [tx for tx in timexes if lead_start <= tx.start < start and _one_day_date(tx)]
        if not days or len({tx.interval_start for tx in days}) != 1 or dct is not None and days[0].interval_start >= dct:
            continue  # the article's own day says no more than the fallback
        end = text.find("\n", run[-1].end)
        out.append((start, len(text) if end < 0 else end, days[-1]))
    return out


def _document_date_lines(text: str, timexes: list[Timex], dct: Optional[date]) -> list[tuple[int, Timex]]:
    """(datingFix47) The date lines of documents the text gives ("Summary of ruling, issued Nairobi, 12
    March 2025", "Statement, Kampala, 3 May"): (the offset the line ends at, its date), in text
    order. A date line is a paragraph of one short line (``document_date_line.max_chars``) with no
    full stop, colon or dash at its end, that ends with its one date (a bracketed aside may follow:
    "(unofficial translation)"), a day before the article's (the article's own says no more than the
    article's date, the fallback); a headline, no act's clause."""
    rules = dating_rules()["document_date_line"]
    out = []
    for tx in timexes:
        if not _one_day_date(tx) or dct is not None and tx.interval_start >= dct:
            continue
        start = text.rfind("\n", 0, tx.start) + 1
        end = text.find("\n", tx.end)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if not line or len(line) > rules["max_chars"] or line[-1] in ".!?:;-–—":
            continue
        if not _opens_paragraph(text, start) or not (end == len(text) or text[end:end + 2] == "\n\n"):
            continue  # a paragraph of its own
        rest = _CLOSED_BRACKETS.sub("", text[tx.end:end]).strip()
        if rest or any(o is not tx and start <= o.start < end for o in timexes):
            continue
        out.append((end, tx))
    return sorted(out, key=lambda p: p[0])


def _opens_paragraph(text: str, line_start: int) -> bool:
    """Whether the line that starts at ``line_start`` opens a paragraph: the text's first line, or one
    after a blank line."""
    return line_start <= 1 or text[line_start - 2:line_start] == "\n\n"


def _live_blog_headings(text: str, timexes: list[Timex]) -> list[tuple[int, Timex]]:
    """(datingFix48) A live blog's day heading: a paragraph that is one date alone ("Thursday 6
    March") right above a paragraph whose first line is a short time stamp ("Posted 11:20 BST"):
    (the offset the heading ends at, its date). The entries under it are told on that day, the
    article's own day included (the text names it: source "text"); a title that only holds a date
    ("Latest news, Monday May 5") is no heading of its own."""
    rules = dating_rules()["live_blog_heading"]
    out = []
    for tx in timexes:
        if not _one_day_date(tx):
            continue
        start = text.rfind("\n", 0, tx.start) + 1
        end = text.find("\n", tx.end)
        if end < 0 or text[start:end].strip() != text[tx.start:tx.end].strip():
            continue
        if not _opens_paragraph(text, start) or text[end:end + 2] != "\n\n":
            continue  # a paragraph of its own
        below = end + 2
        stamp_end = text.find("\n", below)
        stamp_end = len(text) if stamp_end < 0 else stamp_end
        if stamp_end - below > rules["max_stamp_chars"] or \
                not any(o.type == "TIME" and below <= o.start < stamp_end for o in timexes):
            continue
        out.append((end, tx))
    return out


def _clock_box_day(boxes: list[tuple[int, int, Timex]], at: int) -> Optional[Timex]:
    """(datingFix47) The lead's day of the clock-time box that holds offset ``at``, else None."""
    return next((day for start, end, day in boxes if start <= at < end), None)


def _day_of(d: EventDate) -> EventDate:
    """The day of a date that may hold a time or a part of the day ("Tuesday evening" -> Tuesday)."""
    return d.model_copy(update={"value": d.value[:10]}) if d.value and _SCENE_DAY.match(d.value) else d


def _capital_place(name: str) -> bool:
    """A place name written in capitals ("NEW DELHI", "MALE", "PORT-AU-PRINCE")."""
    return bool(name) and name.isupper() and all(c.isalpha() or c in " .'-" for c in name)


def _bulletin_day(items: list[tuple[int, Timex]], at: int) -> Optional[Timex]:
    """(datingFix46) The dateline's date of the bulletin item that holds offset ``at``
    (``_bulletin_items``), None outside any item."""
    k = bisect_right([start for start, _ in items], at)
    return items[k - 1][1] if k > 0 else None


def _line_part(doc, tx: Timex, start: int, end: int, timexes: list[Timex]) -> Optional[Timex]:
    """``tx`` when it lies in a timeline entry's span [start, end); else the date of that span inside
    the phrase the parser headed by ``tx`` ("retake the post on Jan 9\nJan 15: ...", parsed as one
    phrase "Jan 9 Jan 15" headed on the next line: Jan 9); else None (another line's date)."""
    if start <= tx.start < end:
        return tx
    heads = [t for t in doc if tx.start <= t.idx < tx.end and not tx.start <= t.head.idx < tx.end]
    phrase = {w.idx for h in heads for w in h.subtree}
    return next((o for o in timexes if o is not tx and start <= o.start < end and
                 any(o.start <= i < o.end for i in phrase)), None)


_FULL_STOPS = frozenset({".", "!", "?"})  # a lone token: "U.S." is one token, no full stop


def _detailed_after(doc, pairs: list[tuple[Mention, int]], undated: set[int], perfect_ids: set[int],
                    sentence_of: dict[int, int]) -> None:
    """An act in the present perfect dated only by its report ("Soldiers have arrested two men,
    the army said on Thursday") is done at or before the report; when the next sentence tells an
    act of the same type dated by its own clause within the days before the report ("The suspects
    were detained on Wednesday"), that is the detail of the same act: it takes that date
    (``reported_perfect.detailed_after`` in dating.yaml)."""
    if not perfect_ids:
        return
    window = dating_rules()["reported_perfect"]["detailed_after_days"]
    for m, i in pairs:
        if id(m) not in perfect_ids or not _text_dated(m) and m.date.source != "article":
            continue
        here = sentence_of.get(i)
        for o, j in pairs:
            if j <= i or o is m or sentence_of.get(j) != (here + 1 if here is not None else None):
                continue
            if o.type != m.type or o.status != m.status or not _text_dated(o) or id(o) in undated:
                continue
            if not _text_dated(m) and not _definite_theme(doc[j], doc[i]):
                # reported as of the article's day: only a detail about the same thing ("have
                # detained a tanker ... The tanker was seized on Wednesday") is that act (datingFix26)
                continue
            if o.date.start >= (m.date.start - timedelta(days=window)) and o.date.end <= m.date.end \
                    and (o.date.start, o.date.end) != (m.date.start, m.date.end):
                m.date = o.date.model_copy()
                break


def _grievance_told_after(doc, pairs: list[tuple[Mention, int]], attachments: dict[int, list[Timex]],
                          sentence_of: dict[int, int]) -> None:
    """(datingFix49) An act named by the noun a protest is about ("marched on Tuesday to condemn the
    killing of a colleague", "blocked the road to protest the killing of a driver"), with no date on
    the noun itself, came before the protest, not on its day or the article's: when the next sentence
    tells an occurred act of the same type dated by its own clause no later than the noun's date so
    far ("Mary Banda was shot dead on Sunday night"), that is the act: the noun takes its day; only a
    definite or possessed noun (a bare plural, "condemning attacks on civilians", names no one act)
    (``grievance`` in dating.yaml: the verbs of protest and the prepositions that name what a
    protest is about)."""
    verbs, preps = _words("grievance", "verbs"), _words("grievance", "preps")
    for m, i in pairs:
        tok = doc[i]
        if tok.pos_ != "NOUN" or i in attachments or m.status != "occurred" or m.date.start is None or \
                not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in tok.children):
            continue  # one act, named definitely ("the killing of", "his arrest"; not "attacks on civilians")
        about = tok.dep_ == "dobj" and tok.head.lemma_.lower() in verbs or \
            tok.dep_ == "pobj" and tok.head.lower_ in preps and tok.head.head.lemma_.lower() in verbs
        here = sentence_of.get(i)
        if not about or here is None:
            continue
        for o, j in pairs:
            if sentence_of.get(j) != here + 1 or o.type != m.type or o.status != "occurred" or \
                    not _text_dated(o) or j not in attachments or o.date.start is None or o.date.start != o.date.end:
                continue
            if o.date.end <= m.date.start:
                m.date = _day_of(o.date.model_copy())
            break


_MONTH = 10000  # an offset of n months is stored as n * _MONTH "days" (no day offset is that long)
# the length of one unit of an offset, in days ("M": months, as n * _MONTH)
_OFFSET_UNIT_DAYS = {"D": 1, "W": 7, "M": _MONTH}
_MODALS = frozenset({"will", "would", "shall", "may", "might", "could", "should"})


def _offset_targets(doc, timexes: list[Timex]) -> dict[int, tuple[int, int, str, str, bool, bool]]:
    """The events that an exact length of time puts before or after another clause (``offset`` in
    dating.yaml): trigger -> (the word whose clause is the anchor, signed days, the length's text,
    "after" / "before", whether only a physical act is so dated, whether the length is an upper
    bound: "less than two weeks after", ``offset.within_mods``). Two constructions:

    - a preposition with the length on it and an event as its object ("struck the town again on
      Monday, a week after the market bombing that killed 31 people"): the object, and the
      physical act of its relative clause ("that killed 31 people": the bombing itself);
    - a clause introduced by "after" / "before" with the length right before the conjunction ("on
      Thursday, a day after rebels attacked an army base"; "on Monday, eleven days after the
      tanker was seized"): its verb. A participle hung on that verb ("..., killing two soldiers")
      takes the verb's date as the event that governs it.

    Only exact lengths in days or weeks ("a week", "eleven days"; not "days"), or in months ("a
    month after": stored as n * ``_MONTH``, the event given that month)."""
    durations = {}
    for tx in timexes:
        if tx.type == "DURATION" and tx.value and len(tx.value) > 2 and tx.value[0] == "P" and \
                tx.value[1:-1].isdigit() and tx.value[-1] in _OFFSET_UNIT_DAYS and \
                (tx.value[-1] != "M" or tx.mod is None or tx.mod in _words("offset", "within_mods")):
            # ("a month after ...": months, told as a month, the day being a round figure; only
            # an exact or "less than" length of months)
            span = _timex_tokens(doc, tx)
            if span is not None:
                for t in span:
                    durations[t.i] = (tx, int(tx.value[1:-1]) * _OFFSET_UNIT_DAYS[tx.value[-1]])
    durations.update(_definite_lengths(doc, timexes))  # (datingFix49) "the day after the talks"
    if not durations:
        return {}
    out: dict[int, tuple[int, int, str, str, bool, bool]] = {}
    for t in doc:
        if t.lower_ not in ("after", "before"):
            continue
        anchor_i = t.head.i
        misparsed = _misparsed_offset_host(doc, t, durations) if t.dep_ == "mark" and t.i > 0 else None
        if t.pos_ == "ADP" and t.dep_ == "prep":
            length = next((durations[c.i] for c in t.children if c.dep_ == "npadvmod" and c.i in durations), None)
            if length is None and t.head.i in durations and t.head.dep_ == "npadvmod" and t.head.head.i != t.head.i:
                # the preposition hung on the length, itself on the verb ("lifted the blockade on
                # Wednesday, a day after reaching a deal": ``offset.length_heads``)
                length, anchor_i = durations[t.head.i], t.head.head.i
            objects = [o for o in t.children if o.dep_ == "pobj"]
            # (trigger, only if a physical act): the object, and its relative clause's act
            # (a clause the parser reads as the preposition's complement, "five days after shelling
            # killed three civilians", is the clause's verb)
            targets = [(o.i, False) for o in objects] + \
                [(c.i, True) for o in objects for c in o.children if c.dep_ == "relcl"] + \
                [(c.i, False) for c in t.children if c.dep_ == "pcomp" and c.pos_ == "VERB" and
                 (c.tag_ == "VBD" or c.tag_ == "VBG" and not any(s.dep_ in _SUBJECTS for s in c.children))]
            # (and a gerund with no subject of its own, "a day after reaching a deal": its act)
        elif t.dep_ == "mark" and t.head.pos_ in ("VERB", "AUX") and t.i > 0 and (
                t.head.dep_ == "advcl" or _second_offset_clause(t) or misparsed is not None):
            length = durations.get(t.i - 1)  # right before the conjunction: "a day after rebels attacked"
            # and a past verb coordinated with it ("a month after the army shelled the camp and
            # arrested its leader"): the same clause, the same distance
            targets = [(t.head.i, False)] + [(c.i, False) for c in t.head.children
                                            if c.dep_ == "conj" and c.tag_ == "VBD" and t.head.tag_ == "VBD"
                                            and not any(m.dep_ == "mark" for m in c.children)]
        else:
            continue
        if length is None:
            continue
        tx, n = length
        for i, material in targets:
            if misparsed is not None:
                host = misparsed
            else:
                host = t.head.head.head if t.dep_ == "mark" and t.head.dep_ == "conj" else t.head.head
            if t.dep_ == "mark" and doc[i].tag_ == "VBD":
                host = _finite_host(host)
            # "nearly / almost three months after": just short of the length, the far month (the
            # day a round figure), not anywhere between (``offset.near_words``; days and weeks stay
            # an upper bound, a day being a guess)
            near = n >= _MONTH and tx.text.split()[0].lower() in _words("offset", "near_words")
            bound = tx.mod in _words("offset", "within_mods") and not near
            if n < _MONTH and tx.mod in _words("offset", "approx_mods"):
                # "about two weeks after": around the day, a unit of the length either side
                # ("more than ten days after": between once and twice the length; datingFix28)
                bound = ("approx", _OFFSET_UNIT_DAYS[tx.value[-1]])
            elif n < _MONTH and tx.mod in _words("offset", "more_mods"):
                bound = ("more", n)
            out.setdefault(i, (_reported_anchor(doc, anchor_i if t.dep_ == "prep" else host.i),
                               -n if t.lower_ == "after" else n, tx.text, t.lower_, material, bound))
    return out


def _definite_lengths(doc, timexes: list[Timex]) -> dict[int, tuple[Timex, int]]:
    """(datingFix49) "the day after / before ..." hung as a measure on a verb ("freed on Thursday, the
    day after the first talks"; "left the day before the rebels attacked") is a length of one day the
    tagger leaves untagged: token -> (a length standing for it, days) for the unit word, its article
    "the" and nothing else (``offset.definite_lengths``); none inside a tagged expression."""
    units = offset_rules().get("definite_lengths", {})
    tagged = {t.i for tx in timexes for span in [_timex_tokens(doc, tx)] if span is not None for t in span}
    out: dict[int, tuple[Timex, int]] = {}
    for t in doc:
        if t.lower_ not in units or t.i in tagged or t.dep_ != "npadvmod" or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or \
                len([c for c in t.children if c.dep_ not in ("det", "punct")]) != 1 or \
                not any(c.lower_ in ("after", "before") and c.dep_ in ("prep", "mark") for c in t.children):
            continue
        det = next(c for c in t.children if c.dep_ == "det")
        n = int(units[t.lower_])
        length = Timex(id="", text=doc[det.i:t.i + 1].text, start=det.idx, end=t.idx + len(t.text),
                       type="DURATION", value=f"P{n}D")
        out[t.i] = (length, n)
    return out


def _misparsed_offset_host(doc, mark, lengths=frozenset()):
    """(datingFix40) The verb an offset clause set off by a comma (", a day after rebels attacked ...")
    counts from where the parser did not hang it on that verb as an adjunct: made a conjunct or a
    complement of the verb before it ("signed a concession on Thursday giving X the right to ..., a day
    after the cabinet declared ...": a conjunct or a reported clause takes no "after":
    ``offset.misparsed_clause_deps``), that verb; made the sentence's root with the clause before it
    hung on it ("... attacked a patrol on Tuesday, the mission said, four days after the council
    extended ...": ``offset.root_clause_deps``), the verb of that clause (the reporting verb, whose
    reported act ``_reported_anchor`` then takes); (datingFix49) hung on an "after" / "before" clause
    with no length of its own (``lengths``: the tokens of the article's lengths), the verb that clause
    is on. None for any other parse."""
    clause = mark.head
    start = mark.i - 1
    while start > 0 and doc[start - 1].head.i == mark.i - 1 and doc[start - 1].dep_ in ("det", "nummod", "amod", "quantmod"):
        start -= 1  # the length's first word: "a day", "four days"
    if start == 0 or doc[start - 1].text != ",":
        return None
    if clause.dep_ in _words("offset", "misparsed_clause_deps") and not _second_offset_clause(mark) and \
            clause.head.pos_ in ("VERB", "AUX") and clause.head.i < start:
        return clause.head
    if clause.dep_ == "ROOT":
        before = [c for c in clause.children if c.i < start and c.pos_ in ("VERB", "AUX") and
                  c.dep_ in _words("offset", "root_clause_deps")]
        return before[-1] if before else None
    first = clause.head
    if clause.dep_ == "advcl" and first.dep_ == "advcl" and first.i < start and first.head.pos_ in ("VERB", "AUX") and \
            first.head.i < first.i and any(c.dep_ == "mark" and c.lower_ in ("after", "before") and
                                           c.i - 1 not in lengths for c in first.children):
        # (datingFix49) hung on a plain "after" clause of the verb before ("left port on Friday after
        # its owner paid a bond, two weeks after the navy seized it"): both clauses place that verb
        return first.head
    return None


def _finite_host(verb):
    """(datingFix39) The finite verb an offset clause of a past act counts from when the parser hung
    the clause on an infinitive ("called on the rebels to respect the truce, a day after gunmen fired
    on a patrol": the calling's day, not the respecting's, which is no act done; ``offset.infinitive_hosts``)."""
    while verb.dep_ in _words("offset", "infinitive_hosts") and verb.tag_ == "VB" and verb.head.i != verb.i and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head
    return verb


def _present_conjunct(doc, trigger_i: int) -> frozenset[int]:
    """(datingFix49) A conjunct told in the present with an auxiliary of its own ("The skipper was arrested
    on Monday and is being questioned"), coordinated with a past verb: a state or act going on at the
    article's time, not on the past act's day; the walk stops before that verb (its index), else
    nothing (``present_conjunct.auxes``)."""
    tok = doc[trigger_i]
    if tok.dep_ != "conj" or tok.head.pos_ not in ("VERB", "AUX") or tok.head.tag_ not in ("VBD", "VBN") or \
            not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _words("present_conjunct", "auxes") for c in tok.children):
        return frozenset()
    return frozenset({tok.head.i})


def _commitment_clause_host(doc, trigger_i: int) -> Optional[int]:
    """(datingFix38) A verb of commitment in a clause of comparison ("reopened the border on Monday, as
    agreed", "as both sides had promised", "a day later than agreed at talks in May") names the
    earlier promise the act keeps, not an act of the act's day: the walk stops before the verb it
    hangs on (that verb's index, else None). Its own dates ("at talks in May") still count
    (``commitment_clause`` in dating.yaml: ``verbs``, ``marks``)."""
    tok = doc[trigger_i]
    if tok.pos_ != "VERB" or tok.dep_ != "advcl" or tok.lemma_.lower() not in _words("commitment_clause", "verbs"):
        return None
    marks = _words("commitment_clause", "marks")
    marked = any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children) or \
        (tok.i > 0 and doc[tok.i - 1].lower_ in marks and tok.tag_ == "VBN")
    return tok.head.i if marked else None


def _reported_anchor(doc, anchor_i: int) -> int:
    """(datingFix38) An offset hung on the reporting verb that follows the news it reports ("Troops
    retook the town on Saturday, the army said on Sunday, two days after rebels seized it") counts
    from the reported act, not from the report: the report's clause (a simple past told before the
    verb, outside quotation marks) is the anchor (``_REPORTING``, reporting.yaml verbs). A quotation ('"We will
    not retreat," the general said on Sunday, a day after ...') or a reported plan keeps the report."""
    verb = doc[anchor_i]
    if verb.lemma_.lower() not in _REPORTING or any(c.dep_ == "dobj" for c in verb.children):
        return anchor_i  # "announced the postponement on 1 November, three days after ...": its own act
    told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and _simple_past(c)), None)
    # the attribution set off by a comma right after the reported clause ("..., the army said"), not a
    # clause before a semicolon that the parser hangs on the verb ("was set for Monday; X announced")
    if told is None or told.right_edge.i + 1 >= verb.i or doc[told.right_edge.i + 1].text != "," or \
            any(doc[k].text in _QUOTE_MARKS for k in range(told.left_edge.i, verb.i)):
        return anchor_i
    return told.i


def _offset_through(doc, trigger_i: int, offsets: dict, triggers: frozenset[int]):
    """The offset of the word that an event with none of its own is governed by, where that word is no
    event mention ("two days after talks with the minister broke down", "a day after the two armies
    staged a joint drill"): the clause walk would give the noun that verb's date, so it takes the
    verb's distance from the anchor (``offset.through_verb``). None where the walk meets a mention
    first (which dates it as its governing event) or no offset target."""
    for t in clause_words(doc, trigger_i):
        if t.i == trigger_i:
            continue
        if t.i in triggers:
            return None
        if t.i in offsets:
            return offsets[t.i] if t.pos_ in ("VERB", "AUX") else None
    return None


def _offset_host(trigger_i: int, offsets: dict, by_trigger: dict[int, Mention], doc,
                 earlier: list[tuple[Mention, int]], attachments: Optional[dict[int, list[Timex]]] = None,
                 triggers: frozenset[int] = frozenset()) -> Optional[tuple[EventDate, date]]:
    """The other way round (``offset.from_target``): an event with no date of its own that a length
    puts after or before an event already dated by the text ("Rebels attacked the town on
    Monday. Two days after the attack, police arrested six men": Wednesday, not the attack's
    Monday) is that far from the dated event's day; a day, not a time of day, and an exact length
    of days or weeks only. (datingFix38) A definite noun that is no mention ("A day after the
    accord, ...") counts from the earlier act it names (``_noun_antecedent``)."""
    mentioned = {i for _, i in earlier}
    anchors = {trigger_i}
    tok = doc[trigger_i]
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.tag_ == "VBD" and \
            tok.head.i not in mentioned and tok.head.i not in by_trigger:
        # (datingFix45) a past conjunct of a host that is no mention ("A day after their release, police
        # broke up a picket and detained seven people"): the same clause, the same distance
        tok = tok.head
        anchors.add(tok.i)
    for target_i, (anchor_i, n, length, word, _material, within) in offsets.items():
        if anchor_i not in anchors or within or abs(n) >= _MONTH:
            continue
        src = by_trigger.get(target_i)
        if src is None and target_i not in mentioned:
            src = _noun_antecedent(doc, doc[target_i], earlier)
        told = src.date if src is not None and _text_dated(src) else None
        if src is None and target_i not in mentioned and attachments is not None:
            told = _noun_verb_antecedent(doc, doc[target_i], attachments, triggers)  # (datingFix45)
        if told is None or told.start is None or told.start != told.end or "T" in (told.value or ""):
            continue
        day = told.start.fromordinal(told.start.toordinal() - n)  # the target is the host's day + n
        return EventDate(text=f"{length} {word} {told.text or told.start.isoformat()}",
                         value=day.isoformat(), start=day, end=day, source="text"), told.start
    return None


def _noun_verb_antecedent(doc, noun, attachments: dict[int, list[Timex]], triggers: frozenset[int]
                          ) -> Optional[EventDate]:
    """(datingFix45) The earlier act a definite or possessive event noun names, told by a verb of the
    noun's own word that is no mention ("The twelve officials ... were released on bail on March 20. A
    day after their release, ..."): the date of that verb's one day (a day, no time of day), the nearest such verb in simple past in the noun's sentence before it or in the two
    sentences before (``offset.verb_antecedent_sentences``). None where ``_noun_antecedent``'s
    conditions fail (an indefinite noun, one set against the latest) or no such verb."""
    if noun.pos_ != "NOUN" or _contrastive(noun) or \
            not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return None
    sents = list(doc.sents)
    here = next(k for k, sent in enumerate(sents) if sent.start <= noun.i < sent.end)
    first = sents[max(0, here - int(offset_rules().get("verb_antecedent_sentences", 2)))].start
    lemma = noun.lemma_.lower()
    for t in reversed(doc[first:noun.i]):
        if t.pos_ != "VERB" or t.lemma_.lower() != lemma or t.i in triggers or not _simple_past(t):
            continue
        days = [tx for tx in governing_timexes(doc, t.i, attachments) if _one_day_date(tx)]
        if len(days) != 1:
            return None
        return _event_date(days[0])
    return None


def _coarser_holding(tx: Timex, d: EventDate) -> bool:
    """``tx`` is a longer stretch than the offset's date ``d`` and holds it ("earlier this month"
    holding the sixth day before Wednesday)."""
    if tx.interval_start is None or tx.interval_end is None or d.start is None or d.end is None:
        return False
    return tx.interval_start <= d.start and d.end <= tx.interval_end and \
        (tx.interval_end - tx.interval_start) > (d.end - d.start)


def _second_offset_clause(mark) -> bool:
    """A second offset clause coordinated with a first ("two days after the minister met the unions
    and nine days after a student was killed"): the parser hangs it on the first clause's verb; its
    anchor is the first clause's."""
    first = mark.head.head
    return mark.head.dep_ == "conj" and first.dep_ == "advcl" and \
        any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in first.children)


def _offset_date(doc, mention: Mention, trigger_i: int, target: tuple[int, int, str, str, bool, bool],
                 attachments: dict[int, list[Timex]], by_trigger: dict[int, Mention],
                 narrative: list[tuple[int, Mention]] = (), sentence_of: Optional[dict[int, int]] = None,
                 dct: Optional[date] = None) -> Optional[tuple[EventDate, date]]:
    """The date an offset target takes (``_offset_targets``): its anchor clause's one date of a day
    ("on Monday"; not a time of day, whose day is a guess), else the day of the anchor's own
    text-dated mention (a day, not a time of day), moved by the length; and that anchor day. None for a planned event (but a past tense after
    "after" is told as done: "agreed to withdraw, five days after shelling killed ..."), for a
    relative clause's act that is no physical act, or with no such day."""
    head_i, n, length, word, material, within = target
    told_past = word == "after" and doc[trigger_i].tag_ == "VBD"  # "after X killed": told as done
    if mention.status != "occurred" and not told_past and not _planned_offset_object(doc, mention, trigger_i, head_i, word) \
            or material and mention.type not in _words("narrative", "material_types"):
        return None

    def one_day(i):
        # a time of day counts where its phrase names the day ("at noon on Wednesday"; not "at 3
        # a.m.", whose day is a guess: ``offset.named_day_times``), and one that names it by the
        # article's day ("tonight", "this morning": ``offset.deictic_day_times``, datingFix43)
        return [tx for tx in attachments.get(i, ())
                if (tx.type == "DATE" or tx.type == "TIME" and (_names_day(tx.text) or _deictic_day_time(tx.text)))
                and _on_one_day(tx)]
    days = one_day(head_i)
    if not days and not (head_i in by_trigger and _text_dated(by_trigger[head_i])):
        # the anchor word has no date of its own: its clause's ("met on Thursday and agreed to
        # withdraw weapons, five days after ...", the phrase hung on the infinitive)
        days = next((one_day(w.i) for w in clause_words(doc, head_i) if one_day(w.i)), [])
        if not days:
            # (datingFix37) the day hung on the host's verb complement ("stopped granting permits on
            # Tuesday, two days after ...": the parser puts "on Tuesday" on "granting"): the host's
            # day (``offset.complement_deps``)
            days = next((one_day(c.i) for c in doc[head_i].children
                         if c.dep_ in _words("offset", "complement_deps") and one_day(c.i)), [])
    host = by_trigger.get(head_i)
    if not days and host is None:
        host = _referring_subject(doc, head_i, by_trigger, narrative, sentence_of)
        if host is None:
            days = _referring_day(doc, head_i, attachments, by_trigger) or \
                _same_word_day(doc, head_i, attachments, by_trigger, dct)
    if len(days) == 1:
        anchor, said = days[0].interval_start, days[0].text
    elif not days and host is not None and _text_dated(host) and \
            host.date.start == host.date.end and ("T" not in (host.date.value or "") or
                                                  _deictic_day_time(host.date.text or "")):
        anchor = host.date.start
        said = host.date.text
    else:
        # a year for the anchor and a length of days or weeks ("In 2012, ... were deported two
        # days after their arrest"): the event is of that year too (``offset.year_anchor``)
        year = _year_anchor(doc, head_i, attachments, host) if not days else None
        if year is None or abs(n) > offset_rules().get("year_anchor_max_days", 0):
            return None
        start, end, said = year
        return EventDate(text=f"{length} {word} {said}", value=str(start.year), start=start, end=end,
                         source="text"), start
    if abs(n) >= _MONTH:  # "a month after Friday": the month it falls in, the day being a round figure
        ym = anchor.year * 12 + anchor.month - 1 + abs(n) // _MONTH * (1 if n > 0 else -1)
        first = date(ym // 12, ym % 12 + 1, 1)
        last = first.replace(day=monthrange(first.year, first.month)[1])
        value = f"{first.year:04d}-{first.month:02d}"
    else:
        first = last = anchor.fromordinal(anchor.toordinal() + n)
        value = first.isoformat()
    text = f"{length} {word} {said or anchor.isoformat()}"
    if within:  # "less than two weeks after Monday": some day between the two, no day of its own;
        # the month where both days are in one (``offset.within_mods``); an approximate length: a
        # unit either side of the day; "more than": out to twice the length (``offset.approx_mods``)
        start, end = min(first, anchor), max(last, anchor)
        if within is not True and within[0] == "approx":
            start, end = first - timedelta(days=within[1]), last + timedelta(days=within[1])
        elif within is not True:
            far = anchor.fromordinal(anchor.toordinal() + 2 * n)
            start, end = min(first, far), max(last, far)
        month = f"{start.year:04d}-{start.month:02d}" if (start.year, start.month) == (end.year, end.month) else None
        return EventDate(text=text, value=month, start=start, end=end, source="text"), anchor
    return EventDate(text=text, value=value, start=first, end=last, source="text"), anchor


def _planned_offset_object(doc, mention: Mention, trigger_i: int, head_i: int, word: str) -> bool:
    """(datingFix44) A planned act named by the noun that is the object of the offset's preposition,
    its host a past act ("visited Kampala on Thursday, four days after his postponed trip"): the text
    places the planned day from the host's (``offset.planned_object_statuses``)."""
    t = doc[trigger_i]
    return mention.status in _words("offset", "planned_object_statuses") and t.pos_ == "NOUN" and \
        t.dep_ == "pobj" and t.head.lower_ == word and doc[head_i].tag_ == "VBD"


def _deictic_day_time(text: str) -> bool:
    """(datingFix43) A part of a day named through the article's day ("tonight", "this morning"):
    its day is no guess, as that of "at 3 a.m." is (``offset.deictic_day_times``)."""
    words = text.lower().split()
    return bool(words) and words[0] in _words("offset", "deictic_day_times")


def _names_day(text: str) -> bool:
    """A time phrase that names its day by a weekday or a month ("noon on Wednesday", "7 a.m. on
    March 3")."""
    return any(w.strip(".,").lower() in CALENDAR_NAMES for w in text.split())


def _year_anchor(doc, head_i: int, attachments: dict[int, list[Timex]], host: Optional[Mention]
                 ) -> Optional[tuple[date, date, str]]:
    """The one calendar year that dates an offset's anchor clause ("In 2012, fourteen activists
    ... were deported two days after their arrest"): a year on the anchor word or in its clause,
    else its text-dated mention's year. (start, end, text) or None."""
    def years(i):
        return [tx for tx in attachments.get(i, ()) if tx.type == "DATE" and tx.value and len(tx.value) == 4
                and tx.value.isdigit() and tx.interval_start is not None and tx.interval_end is not None]
    found = years(head_i) or next((years(w.i) for w in clause_words(doc, head_i) if years(w.i)), [])
    if len(found) == 1:
        return found[0].interval_start, found[0].interval_end, found[0].text
    if not found and host is not None and _text_dated(host) and host.date.value and len(host.date.value) == 4 \
            and host.date.value.isdigit() and host.date.start is not None:
        return host.date.start, host.date.end, host.date.text
    return None


def offset_rules() -> dict:
    return dating_rules().get("offset", {})


def _referring_subject(doc, head_i: int, by_trigger: dict[int, Mention], narrative: list[tuple[int, Mention]],
                       sentence_of: Optional[dict[int, int]]) -> Optional[Mention]:
    """The event an offset's host verb ("came", ``offset.referring_hosts``) stands for through its
    definite subject: "The release came a week after ...": the mention "release" (dated by the
    release before it); "The move came four days after ...": a noun that is no mention refers
    back to the latest occurred event dated by its own clause in the same or the previous
    sentence."""
    verb = doc[head_i]
    if verb.lemma_.lower() not in _words("offset", "referring_hosts"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # a possessor makes the subject definite too ("Saturday's march came four days after ...",
    # ``offset.referring_hosts``)
    possessed = subj is not None and subj.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" for c in subj.children)
    if subj is None or not (_definite_noun(subj) or possessed) or _contrastive(subj):
        return None
    if subj.i in by_trigger:
        return by_trigger[subj.i]
    here = (sentence_of or {}).get(head_i)
    for i, m in reversed(narrative):
        if i < subj.i:
            return m if here is not None and 0 <= here - sentence_of.get(i, _NO_SENTENCE) <= 1 else None
    return None


def _on_one_day(tx: Timex) -> bool:
    """An expression whose interval is one day (a date of one day, or a time on one day)."""
    return tx.interval_start is not None and tx.interval_start == tx.interval_end


def _one_day_date(tx: Timex) -> bool:
    """A DATE that names one day ("on Tuesday", "March 3"), not a span, a month or a time of day."""
    return tx.type == "DATE" and _on_one_day(tx)


def _referring_day(doc, head_i: int, attachments: dict[int, list[Timex]], by_trigger: dict[int, Mention]
                   ) -> list[Timex]:
    """The day of the act that a referring host's definite subject, itself no event mention, stands
    for when the sentence before tells that act with no mention of it ("The ministry said on Tuesday
    that the handover would be delayed. The announcement came a day after ..."; "..., the agency
    quoted an official as saying on Friday. The decision came two days after ..."): the one day
    (a date, not a time of day) on that sentence's main verb, on the clause a report there tells,
    or on a report verb in it; not a date of another clause ("set for March 2"). [] where none or
    more than one (``offset.referring_day``, datingFix28)."""
    verb = doc[head_i]
    if verb.lemma_.lower() not in _words("offset", "referring_hosts") or verb.sent.start == 0:
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    possessed = subj is not None and subj.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" for c in subj.children)
    if subj is None or subj.pos_ != "NOUN" or not (_definite_noun(subj) or possessed) or _contrastive(subj) \
            or subj.i in by_trigger:
        return []
    before = doc[verb.sent.start - 1].sent
    reports = [t for t in before if t.lemma_.lower() in _REPORTING]
    # (datingFix29) a reported clause that is future or modal ("said on Tuesday that the handover
    # would now take place on July 17") tells a plan, not the act the subject stands for: its day
    # is no candidate
    main = {before.root.i} | {t.i for t in reports} | \
        {c.i for r in reports + [before.root] for c in r.children if c.dep_ == "ccomp" and not any(
            a.dep_ in ("aux", "auxpass") and a.lower_ in _MODALS | _PLAN_MODALS for a in c.children)}
    days = {tx.interval_start: tx for i in main for tx in attachments.get(i, ()) if _one_day_date(tx)}
    return list(days.values()) if len(days) == 1 else []


def _same_word_day(doc, head_i: int, attachments: dict[int, list[Timex]], by_trigger: dict[int, Mention],
                   dct: Optional[date] = None) -> list[Timex]:
    """(datingFix32) A referring host's definite subject that is no mention and whose act the
    sentence before does not tell, named by the same noun earlier in the article ("The ministers
    agreed on Tuesday, at talks in Geneva, to ... The talks came four days after ..."): the one day
    of the nearest word above that earlier noun with a date; [] where that earlier noun is a
    mention (its own date is ``_referring_subject``'s) or is set against the latest ("the first
    talks"), or with none, two, or a day after the article's (``offset`` in dating.yaml)."""
    verb = doc[head_i]
    if verb.lemma_.lower() not in _words("offset", "referring_hosts"):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not _definite_noun(subj) or _contrastive(subj) or subj.i in by_trigger:
        return []
    lemma = subj.lemma_.lower()
    earlier = next((t for t in reversed(doc[:verb.sent.start]) if t.pos_ == "NOUN" and t.lemma_.lower() == lemma), None)
    if earlier is None or earlier.i in by_trigger or _contrastive(earlier):
        return []
    # the nearest word above it with a date ("at talks" hung on the agreed act's infinitive)
    found = next((attachments[w.i] for w in [earlier, *earlier.ancestors] if attachments.get(w.i)), [])
    days = {tx.interval_start: tx for tx in found if _one_day_date(tx)}
    # a day after the article's is a plan's, not that of the act the subject names
    return list(days.values()) if len(days) == 1 and (dct is None or next(iter(days)) <= dct) else []


def _scheduled_for(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """The date a nominal event's own (reduced) relative clause sets it for ("the protest it had
    planned for Saturday", "a summit scheduled for May 9"; ``scheduled_by`` in dating.yaml): the
    clause of a word of scheduling tells the event's time, not background about a participant."""
    tok = doc[trigger_i]
    if tok.pos_ != "NOUN":
        return []
    words = _words("scheduled_by", "words")
    for c in tok.children:
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in words and c.i in attachments:
            return sorted(attachments[c.i], key=lambda tx: tx.start)[:1]
    return []


def _participant_dates(doc, trigger_i: int, attachments: dict[int, list[Timex]],
                       triggers: frozenset[int], physical: bool = False) -> list[Timex]:
    """When the clause walk found no date: the date of a participant of the trigger that is no
    event itself -- its subject ("Travelers' third-quarter net income rose": the quarter hangs on
    the income), a noun of a prepositional phrase of that subject ("officials in Baghdad on Monday
    said"), or the object of one of its prepositions ("said in an editorial on Monday"): the date
    places the participant in the event, so it is the event's (``participant_dates`` in
    dating.yaml). Not an event noun ("The attack on Monday was condemned": Monday is the
    attack's), nor behind a preposition of order ("arrived after the talks on Monday"). ``physical``:
    the trigger is a physical act, also placed in an event noun after "in" ("killed ... in an attack
    last week")."""
    tok = doc[trigger_i]
    if tok.tag_ in ("VBZ", "VBP") and not _has_aux(tok):
        return []  # a present state: "That 1978 resolution calls for ..." (the date names the resolution)
    places = _words("participant_dates", "preps")
    nouns = ("NOUN", "PROPN")

    def thing(w) -> bool:  # a noun that is no event, mentioned or in the trigger lexicon
        return w.pos_ in nouns and w.i not in triggers and not _event_noun(w)

    physical_preps = _words("participant_dates", "physical_event_preps")
    inside = _words("participant_dates", "event_preps") | (physical_preps if physical else frozenset())

    def objects(w):  # "said in an editorial on Monday"; "decided at last year's Madrid summit"
        # "arrested three men in a raid on Wednesday": an operation the act is carried out in
        # "talks between the foreign minister and the ambassador last Friday": a date on the
        # second of two coordinated participants places them both
        return [k for p in w.children if p.dep_ == "prep" and p.lower_ in places
                for o in p.children if o.dep_ == "pobj" and (thing(o) or p.lower_ in inside and o.pos_ == "NOUN" or
                                                             p.lower_ in physical_preps and
                                                             o.lemma_.lower() in _words("participant_dates", "operation_nouns"))
                for k in [o, *(c for c in o.children if c.dep_ == "conj" and thing(c))]]

    light = tok.lemma_.lower() in _words("participant_dates", "light_verbs")
    cands, after = [], set()
    day_only: set[int] = set()  # candidates whose date counts only if it names a day right after them
    for c in tok.children:
        if c.dep_ in _SUBJECTS and thing(c):
            cands += [c, *objects(c)]
        elif c.dep_ == "ccomp" and tok.pos_ == "VERB" and tok.lemma_.lower() not in _REPORTING and \
                c.tag_ in ("NN", "NNP", "VB") and c.i not in triggers and \
                not any(g.dep_ in ("aux", "auxpass", "mark") for g in c.children):
            # "declared the envoy persona non grata on Thursday": a small clause (no tense, no
            # conjunction, no event of its own) the parser makes a clause of the verb has no time of
            # its own; a date after its head is the verb's (not a report's: "said ..." tells content)
            cands.append(c)
            after.add(c.i)
        elif c.dep_ == "dobj" and tok.tag_ == "VBD" and c.pos_ == "NOUN" and not thing(c) and not light:
            # "rejected the request on Tuesday", "condemned the attack on Monday": a day right after an
            # event noun object stays the noun's, and is the verb's too when it has none of its own
            # (``participant_dates.event_object``); not a coarser date ("recalled the massacre in 1994")
            cands.append(c)
            after.add(c.i)
            day_only.add(c.i)
        elif c.dep_ == "dobj" and tok.pos_ == "VERB" and (thing(c) or light and c.pos_ == "NOUN"):
            # "found 1,300 pounds of explosives Sunday", "held talks on Monday": a date after the
            # object's head is the verb's (the parser hangs it on the nearest noun); one before it
            # names the object ("reported a fourth-quarter loss", "issued Thursday's ruling")
            heads = [c, *(k for k in c.children if k.dep_ == "conj" and k.pos_ in nouns)]  # "his mother and stepfather"
            # "kidnapped a priest and his driver on Tuesday": a second object the parser makes a
            # conjunct of the verb itself (a noun with no subject or verb of its own) is an object too
            heads += [k for k in tok.children if k.dep_ == "conj" and k.pos_ in nouns and k.i > c.i and thing(k)
                      and not any(g.dep_ in _SUBJECTS or g.pos_ in ("VERB", "AUX") for g in k.children)]
            objs = [*heads, *(o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in places
                              for o in p.children if o.dep_ == "pobj" and o.pos_ in nouns)]
            cands += objs
            after.update(o.i for o in objs)
    cands += objects(tok)
    if tok.pos_ == "VERB":
        # "rolled into Iraq from Jordan on Tuesday", "seized a car bomb under construction Sunday":
        # a date after a thing that a preposition of the verb (or of its object) names is the
        # verb's like a date after its object; not deeper ("hold to its goal of a 50% share by
        # the mid-1990s": the date is the share's)
        order = _words("other_time", "preps")
        level = [c for c in tok.children if c.dep_ == "dobj" and thing(c)] + [tok]
        new = [o for w in level for p in w.children if p.dep_ == "prep" and p.lower_ not in order
               for o in p.children if o.dep_ == "pobj" and thing(o) and o not in cands]
        cands += new
        after.update(o.i for o in new)
    for c in sorted(cands, key=lambda w: abs(w.i - trigger_i)):
        if c.i in attachments:
            found = [tx for tx in attachments[c.i] if not _ordered_date(doc, tx) and _within(doc, tx, c, tok)
                     and (c.i not in after or tx.start > c.idx and not _from_date(doc, tx))
                     and (c.i not in day_only or _day_right_after(doc, tx, c)) and not _of_complement(doc, tx, c)]
            if found:
                return sorted(found, key=lambda tx: tx.start)[:1]
    return []


def _of_complement(doc, tx: Timex, noun) -> bool:
    """(datingFix34) A date behind "of" on ``noun``, the verb's direct object ("blamed the floods
    of 2021 for ...", "accepted the ruling of June 13"), names which one the noun is, not when the
    verb was done (``time_as_object.of_preps``); not a part of a time ("spent part of Sunday
    night", ``partitives``), nor behind a preposition ("on the night of Friday, Oct. 23")."""
    span = _timex_tokens(doc, tx)
    if span is None or span.start == 0:
        return False
    p = doc[span.start - 1]
    return p.lower_ in _words("time_as_object", "of_preps") and p.head.i == noun.i and noun.dep_ == "dobj" and \
        noun.lemma_.lower() not in _words("time_as_object", "partitives")


def _day_right_after(doc, tx: Timex, noun) -> bool:
    """A date of a day (or a time of it) right after ``noun``, bare ("the request Tuesday") or
    behind a preposition of ``participant_dates.event_object.preps`` ("the attack on Monday")."""
    span = _timex_tokens(doc, tx)
    if span is None or not _DAY_VALUE.match(tx.value or ""):
        return False
    k = span.start
    if k > 0 and doc[k - 1].lower_ in _words("participant_dates", "event_object_preps"):
        k -= 1
    return k == noun.i + 1


_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# the sentence number ``sentence_of`` gives a token it does not hold (every token of the doc is in
# it): far enough back that no test of nearness (the same sentence, the one before, two back) holds
_NO_SENTENCE = -9


def _day_cut(tx: Timex) -> Optional[Timex]:
    """``tx`` with its value cut to the day ("Monday night" -> that Monday), or None where the value
    names no day."""
    day = _DAY_VALUE.match(tx.value or "")
    return tx.model_copy(update={"value": day.group(0)}) if day is not None else None


def _event_subject(doc, trigger_i: int, attachments: dict[int, list[Timex]],
                   triggers: frozenset[int]) -> list[Timex]:
    """The date inside a subject headed by an event noun, given to a verb of its direct
    consequences ("an air raid on Sunday killed four people", "Monday's explosion destroyed three
    houses": the raid's day is the killing's; ``event_subject.verbs`` in dating.yaml), and to a
    consequence told by a relative clause of its object or a participle or conjunct hung on it
    ("released a gas that killed four people", "hit the market, killing two traders"). Not a verb
    that reacts to the event ("The attack on Monday was condemned"), nor one not in the past."""
    verbs = _words("event_subject", "verbs")
    v = doc[trigger_i]
    for _ in range(4):
        if v.pos_ != "VERB" or v.lemma_.lower() not in verbs:
            return []
        subj = next((c for c in v.children if c.dep_ in _SUBJECTS), None)
        if subj is not None and subj.tag_ not in ("WDT", "WP"):
            break
        if v.dep_ == "relcl" and v.head.dep_ == "dobj":  # "a gas that killed four people"
            v = v.head.head
        elif v.dep_ in ("advcl", "conj") and subj is None and (v.dep_ == "conj" or v.tag_ == "VBG"):
            v = v.head  # "hit the market, killing two traders"; "destroyed ... and killed"
        else:
            return []
    else:
        return []
    if subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or not (subj.i in triggers or _event_noun(subj)):
        return []
    if not (v.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children)):
        return []
    phrase = frozenset(w.i for w in subj.subtree)
    # the subject's own phrase, not a clause inside it ("the raid that followed talks on Monday")
    found = [tx for w in subj.subtree if w.i in attachments
             and not any(a.pos_ in ("VERB", "AUX") for a in w.ancestors if a.i in phrase)
             for tx in attachments[w.i] if not _ordered_date(doc, tx) and _within(doc, tx, subj, v)]
    return sorted(found, key=lambda tx: tx.start)[:1]


def _from_date(doc, tx: Timex) -> bool:
    """A date behind "from": an origin that characterises a thing ("a campaign poster from 1989"),
    not when the verb above it happened."""
    span = _timex_tokens(doc, tx)
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "from"


def _realized_in(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """The date of the clause that tells an event noun being carried out ("remarks made last week
    by the ambassador", "an agreement reached between the two companies in 1991", "the accord
    that they signed on Feb. 23"): a past participle (or a relative clause whose object is the
    noun) of a verb that realizes the event (``realized_by`` in dating.yaml) is the event's time.
    Not another verb ("the attack condemned on Monday by the UN": the condemnation's day)."""
    tok = doc[trigger_i]
    if tok.pos_ != "NOUN":
        return []
    words = _words("realized_by", "words")
    filed = _words("realized_by", "claims_filed")
    kids = list(tok.children)
    # "his appeal against the ruling, which he had lodged on August 29": the parser hangs the
    # relative clause on the last noun of the claim's complement; a claim's filing verb is the
    # claim's, not that noun's (``realized_by.claims_filed``)
    todo = [c for c in tok.children if c.dep_ == "prep"]
    for _ in range(2):
        nouns = [o for p in todo for o in p.children if o.dep_ == "pobj"]
        kids += [c for o in nouns for c in o.children if c.dep_ == "relcl" and c.lemma_.lower() in filed
                 and c.i > o.i and doc[c.left_edge.i - 1].text == "," and c.right_edge.i == tok.right_edge.i]
        todo = [c for o in nouns for c in o.children if c.dep_ == "prep"]
    for c in kids:
        if c.lemma_.lower() not in words | filed or c.i not in attachments:
            continue
        if c.dep_ == "acl" and c.tag_ == "VBN" or \
                c.dep_ == "relcl" and any(o.dep_ in ("dobj", "nsubjpass") and o.tag_ in ("WDT", "WP") for o in c.children):
            found = [tx for tx in attachments[c.i] if not _ordered_date(doc, tx)]
            if found:
                return sorted(found, key=lambda tx: tx.start)[:1]
    return []


def _chain_dates(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """The date of the infinitive or gerund under an aspectual or implicative verb ("began delving
    Thursday into the slayings", "stopped paying a dividend in the third quarter of 1984",
    "declined to comment Saturday", "failed to pass the Senate this week"): begun, stopped or
    declined then, the two are one time (``chain_verbs`` in dating.yaml). Not a verb of planning
    or expecting ("expects to post sales in the current fiscal year": the expecting is now), nor
    a present state ("continues to grow this year")."""
    tok = doc[trigger_i]
    if tok.lemma_.lower() not in _words("chain_verbs", "verbs") or _present_state(tok):
        return []
    v = tok
    for _ in range(2):  # "began trying to ..."
        nxt = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            return []
        found = [tx for tx in attachments.get(nxt.i, ()) if not _ordered_date(doc, tx) and tx.start > tok.idx]
        if found:
            return sorted(found, key=lambda tx: tx.start)[:1]
        if nxt.lemma_.lower() not in _words("chain_verbs", "verbs"):
            return []
        v = nxt
    return []


def _simultaneous_clause(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """The date of a clause that puts the trigger at the same time ("were killed when two
    helicopters crashed last February", "officials said as dawn broke Saturday"): a "when" /
    "while" / "as" clause of the trigger (``simultaneous_clause`` in dating.yaml). Not "after" /
    "before" (another time)."""
    marks = _words("simultaneous_clause", "marks")
    for c in doc[trigger_i].children:
        if c.pos_ in ("VERB", "AUX") and c.i in attachments and (c.dep_ == "advcl" and (
                any(m.dep_ in ("mark", "advmod") and m.lower_ in marks and m.i < c.i for m in c.children) or
                _mark_misplaced(doc, trigger_i, c, marks) or _fronted_participle(c, trigger_i)) or
                c.dep_ == "conj" and _mark_misplaced(doc, trigger_i, c, marks)):
            found = [tx for tx in attachments[c.i] if not _ordered_date(doc, tx)]
            if found:
                return sorted(found, key=lambda tx: tx.start)[:1]
    tok = doc[trigger_i]
    if tok.tag_ == "VBN" and _has_aux(tok):
        # "A soldier was killed and two others were wounded when gunmen attacked a convoy on
        # Sunday": a "when" clause at the end of two coordinated passives is the time of both
        # (``simultaneous_clause`` in dating.yaml); only its "when" / "while" / "as" clause, not
        # a date of the conjunct's own ("was arrested and was released on Monday")
        # under a report after both ("..., the force said") the parser may hang the second as a
        # second complement of the report, the "and" left on the first: the same coordination
        cc = next((c for c in tok.children if c.dep_ == "cc" and c.i > trigger_i), None)
        split = [s for s in tok.head.children if s.dep_ == "ccomp" and cc is not None and s.i > cc.i] \
            if tok.dep_ == "ccomp" and tok.head.i > trigger_i else []
        if not split and cc is not None:
            # or the first left as the root, the report its conjunct with the second as complement
            # ("A soldier was killed and three were wounded when ..., the force said": datingFix25)
            split = [s for r in tok.children if r.dep_ == "conj" and r.i > cc.i and r.lemma_.lower() in _REPORTING
                     for s in r.children if s.dep_ == "ccomp" and cc.i < s.i < r.i]
        for conj in [*tok.children, *split[:1]]:
            if (conj.dep_ == "conj" or conj in split) and conj.i > trigger_i and conj.tag_ == "VBN" and \
                    any(x.dep_ in ("aux", "auxpass") for x in conj.children):
                found = _when_clause(doc, conj, attachments)
                if found:
                    return found
    return []


def _when_clause(doc, verb, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """The date of a "when" / "while" / "as" clause after ``verb`` that hangs on it ("... two others
    were wounded when gunmen attacked a convoy on Sunday"; ``simultaneous_clause`` in dating.yaml)."""
    marks = _words("simultaneous_clause", "marks")
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and c.pos_ in ("VERB", "AUX") and c.i in attachments and \
                any(m.dep_ in ("mark", "advmod") and m.lower_ in marks and verb.i < m.i < c.i for m in c.children):
            found = [tx for tx in attachments[c.i] if not _ordered_date(doc, tx)]
            if found:
                return sorted(found, key=lambda tx: tx.start)[:1]
    return []


def _fronted_participle(c, trigger_i: int) -> bool:
    """A present participle adjunct before its verb, with no conjunction of its own ("Speaking to
    reporters on Tuesday, the minister announced ..."): told at the verb's time, its date is the
    verb's (``simultaneous_clause`` in dating.yaml). Not a perfect participle, which is before
    it ("Having arrived on Tuesday, the delegation met ..."), nor one behind a preposition."""
    return c.tag_ == "VBG" and c.i < trigger_i and not any(
        m.dep_ == "mark" or m.dep_ == "aux" and m.lemma_.lower() == "have" for m in c.children)


def _gapped_conjunct(doc, trigger_i: int, attachments: dict[int, list[Timex]], triggers: frozenset[int],
                     physical: bool = False) -> list[Timex]:
    """A participle that shares its auxiliary with a later conjunct shares the conjunct's date
    ("Two policemen were killed and three wounded on Sunday", "were killed and 12 wounded in a
    bombing on Tuesday": the date the parser hangs on the last participle, or on a participant
    of it, covers both; ``gapped_conjunct`` in dating.yaml). The conjunct: a participle with no
    auxiliary of its own, or a noun or number with one ("and 12 wounded", "and others injured")."""
    tok = doc[trigger_i]
    if tok.tag_ != "VBN" or not _has_aux(tok):
        return []
    for c in tok.children:
        if c.dep_ != "conj" or c.i < trigger_i:
            continue
        if c.tag_ == "VBN" and not any(x.dep_ in ("aux", "auxpass", "mark") for x in c.children):
            p = c
        elif c.pos_ in ("NOUN", "NUM", "PRON"):
            p = next((x for x in c.children if x.dep_ == "acl" and x.tag_ == "VBN"), None)
        else:
            p = None
        if p is None:
            continue
        # (and a "when" clause the parser hangs on the gapped participle: "were killed and three
        # wounded when the checkpoint came under fire on Thursday night")
        found = [tx for tx in attachments.get(p.i, []) if not _ordered_date(doc, tx)] or \
            _participant_dates(doc, p.i, attachments, triggers, physical) or _when_clause(doc, p, attachments)
        if found:
            return sorted(found, key=lambda tx: tx.start)[:1]
    return []


def _mark_misplaced(doc, trigger_i: int, c, marks) -> bool:
    """A "when" / "while" / "as" that the parser hung on another verb of the clause it opens
    ("were killed and five wounded when shells fired from Tajik territory hit the village on
    Saturday": "when" on the participle "fired", whose clause is the subject of "hit"): read by word
    order, the nearest such word between the trigger and the trigger's adverbial clause ``c`` (or a
    conjunct of the trigger with no subject, whose subject the parser put under "when"), with no
    punctuation, other conjunction or verb with a subject of its own in between."""
    mark = next((doc[k] for k in range(c.i - 1, trigger_i, -1)
                 if doc[k].lower_ in marks and doc[k].dep_ in ("mark", "advmod")), None)
    if mark is None or mark.head.pos_ not in ("VERB", "AUX") or not trigger_i < mark.head.i < c.i:
        return False
    if c.dep_ == "conj" and (mark.head.head.i != c.i or any(x.dep_ in _SUBJECTS for x in c.children)):
        # "were killed and two wounded when mortars fired from across the river struck the base":
        # the clause's verb read as a conjunct of the trigger, with "when" on its subject's participle
        return False
    return not any(w.is_punct or w.dep_ in ("mark", "cc") or
                   w.pos_ in ("VERB", "AUX") and w.i != mark.head.i and any(x.dep_ in _SUBJECTS for x in w.children)
                   for w in doc[mark.i + 1:c.i])


def _speaker_participle(doc, trigger_i: int):
    """The reporting verb a participle set off by a comma really hangs on, when the parser hung it
    on the modal verb of the reported clause ("said the last soldiers would leave by the end of
    March, accusing partners of ...": the speaker accuses as he says it, not at the end of March;
    ``speaker_participle`` in dating.yaml), or on a reported state ("said that the deal was
    commercial, rejecting ...", ``speaker_participle.states`` and ``stance_verbs``). None otherwise."""
    tok = doc[trigger_i]
    if not _participial_adjunct(tok) or tok.i == 0 or doc[tok.i - 1].text != ",":
        return None
    verb = tok.head
    # (datingFix35) or hung on a reported state, or on a verb joined to one ("said on Saturday that
    # the deal was purely commercial and did not amount to ..., rejecting the protest"): a state
    # does no rejecting; the speaker does, as he says it (a participle of speaking or taking a stance
    # only: "... was the deadliest this year, killing 12 soldiers" is the attack's). Not through a
    # joined act with a subject of its own ("... was calm until troops shelled it, killing four")
    while verb.dep_ == "conj" and verb.head.i < verb.i and not any(c.dep_ in _SUBJECTS for c in verb.children):
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _REPORTING or verb.head.i > verb.i:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or \
            verb.lemma_.lower() in _words("speaker_participle", "states") and \
            tok.lemma_.lower() in _words("speaker_participle", "stance_verbs") and \
            not any(c.dep_ in ("auxpass", "acomp") and c.tag_ == "VBN" for c in verb.children):
        return verb.head
    return None


def _report_conjunct(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """A past verb with no subject of its own that the parser joins to the copula of a reported
    clause ("said on Wednesday that the blocking of the convoy was unacceptable and urged the
    military to ..."): a state of an event or thing cannot urge; the verb is the reporting
    verb's conjunct, sharing its subject and date (``report_conjunct`` in dating.yaml). Not a
    conjunct of a reported act ("said that prices rose and fell": both reported). So too for the
    speakers' own state ("The rebels said on Thursday that they had no part in it and accused a
    rival faction": a pronoun taking up the speakers, ``report_conjunct.states`` with an object).
    """
    tok = doc[trigger_i]
    # (datingFix39) a stance verb the parser tags as a participle with no auxiliary ("... and blamed
    # smugglers") is the same simple past
    stance = tok.lemma_.lower() in _words("speaker_participle", "stance_verbs")
    past = tok.tag_ == "VBD" or stance and tok.tag_ == "VBN" and not _has_aux(tok)
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or not past or \
            any(c.dep_ in _SUBJECTS for c in tok.children):
        return []
    state = tok.head
    lemma = state.lemma_.lower()
    copula = lemma in _words("report_conjunct", "copulas")
    if state.dep_ != "ccomp" or not (copula and any(c.dep_ in ("acomp", "attr") for c in state.children) or
                                     copula and stance and any(c.dep_ == "prep" for c in state.children) or
                                     lemma in _words("report_conjunct", "states") and any(c.dep_ == "dobj" for c in state.children)):
        return []
    subj = next((c for c in state.children if c.dep_ in _SUBJECTS), None)
    report = state.head
    if subj is None or report.lemma_.lower() not in _REPORTING or report.i > state.i:
        return []
    if not (subj.pos_ == "NOUN" and _event_noun(subj) or _speakers_pronoun(subj, report) or
            stance and _speakers_own(subj, report)):
        return []
    found = [tx for tx in attachments.get(report.i, ()) or _statement_noun_dates(report, attachments) if not _ordered_date(doc, tx)]
    return sorted(found, key=lambda tx: tx.start)[:1]


def _report_speech_act(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """A speech act of the speaker told inside a dated report is the report's own act, in its time
    (``report_conjunct.directives`` / ``stances`` in dating.yaml): a subjectless simple-past
    directive with an addressee and an infinitive, joined to the reported clause ("said on Monday
    that troops had fired on the crowd on May 3 and urged the army to withdraw": the urging is
    Monday's, not May 3's), and the speakers' own stance on a thing, a pronoun taking them up ("The
    ministry said on Monday that it rejected the verdict"). Not another act of the reported clause
    ("said that rebels had attacked the town and burned houses", "... and demanded a ransom")."""
    tok = doc[trigger_i]
    lemma = tok.lemma_.lower()
    if tok.tag_ != "VBD" or _has_aux(tok):
        return []
    if tok.dep_ == "conj":
        if any(c.dep_ in _SUBJECTS for c in tok.children):
            return []
        clause = tok.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if lemma in _words("report_conjunct", "speech_verbs"):
            # (datingFix50) "said on Monday that the fence stood on their land and warned that ...": a
            # verb of saying with a clause of its own, joined to a reported clause about a thing (no
            # one of the report who could say it), is the speaker's second saying
            subj = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
            if not any(c.dep_ == "ccomp" for c in tok.children) or subj is None or subj.tag_ != "NN" or \
                    subj.ent_type_:
                return []
        else:
            if lemma not in _words("report_conjunct", "directives"):
                return []
            addressee = any(c.dep_ == "dobj" or c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children)
                            for c in tok.children)
            infinitive = any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                             for c in tok.children)
            if not (addressee and infinitive):
                return []
    elif tok.dep_ == "ccomp":
        subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        if lemma not in _words("report_conjunct", "stances") or subj is None or not any(c.dep_ == "dobj" for c in tok.children) or \
                not (_speakers_pronoun(subj, tok.head) or _speakers_it(subj, tok.head)):
            return []
        clause = tok
    else:
        return []
    report = clause.head
    if clause.dep_ != "ccomp" or report.lemma_.lower() not in _REPORTING or report.i > clause.i:
        return []
    found = [tx for tx in attachments.get(report.i, ()) if not _ordered_date(doc, tx)]
    return sorted(found, key=lambda tx: tx.start)[:1]


def _statement_noun_dates(report, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """(datingFix39) The dates of the statement a reporting verb was said in ("In a statement on
    Wednesday the ministry said ...": the parser hangs the day on the noun): the report's day."""
    nouns = _words("quoted_statement", "statement_nouns")
    return [tx for p in report.children if p.dep_ == "prep" and p.lower_ == "in"
            for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in nouns for tx in attachments.get(n.i, ())]


def _speakers_own(subj, report) -> bool:
    """(datingFix39) A noun subject of a reported clause owned by the speaker through a possessive
    pronoun ("The commander said his fighters ...", "The army said its units ..."): the speaker
    tells of his own side's state; a stance joined to it ("... and blamed smugglers") is his."""
    speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
    return speaker is not None and speaker.pos_ in ("NOUN", "PROPN") and subj.pos_ == "NOUN" and \
        any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in _words("report_conjunct", "speaker_possessives")
            for c in subj.children)


def _speakers_it(subj, report) -> bool:
    """"it" taking up a reporting verb's singular noun subject, a body ("The ministry said it ...")."""
    speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
    return subj.lower_ == "it" and speaker is not None and speaker.tag_ in ("NN", "NNP") and \
        not any(c.dep_ == "conj" for c in speaker.children)


def _speakers_pronoun(subj, report) -> bool:
    """A personal pronoun subject of a reported clause that takes up the reporting verb's noun
    subject, agreeing in number ("The rebels said they ...")."""
    speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if subj.lower_ not in pronoun_subjects() or speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return False
    plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    return plural == (pronoun_subjects()[subj.lower_] == "plural")


def _said_before_clause(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """A date between a reporting verb and the subject of the clause it reports is the report's,
    however the parser hangs it ("Castro said Tuesday his government told U.S. officials",
    "police said on Tuesday they had arrested 14 foreigners": the saying is Tuesday's; what the
    reported clause itself is dated by stays as it was). ``word_order`` in dating.yaml."""
    tok = doc[trigger_i]
    if tok.lemma_.lower() not in _REPORTING:
        return []
    for c in tok.children:
        if c.dep_ != "ccomp" or c.i < tok.i:
            continue
        subj = next((s for s in c.children if s.dep_ in _SUBJECTS), None)
        if subj is None:
            continue
        first = subj.left_edge.idx
        found = [tx for w in _clause_tokens(c) for tx in attachments.get(w.i, ())
                 if tok.idx < tx.start and tx.end <= first]
        if found:
            return sorted(found, key=lambda tx: tx.start)[:1]
    return []


def _reported_perfect(doc, trigger_i: int, attachments: dict[int, list[Timex]], dct: Optional[date]) -> list[Timex]:
    """An act reported in the present perfect ("Spain has suspended the sale ..., the government
    said on Tuesday"; "said on Monday it has closed the border") is done as of the report: with no
    date of its own it takes the reporting verb's (``reported_perfect`` in dating.yaml) when the
    report is before the article's day (a report of the article's own day bounds it no better than
    the article date does: "has been freed, Meloni said on Friday", Friday's article). The past
    perfect too, with no date of its own ("Police had arrested two suspects, officials said on
    Wednesday": no later than the report, the nearest day the text gives). Not the simple past
    ("... killed three protesters, officials said on Tuesday": some earlier time)."""
    tok = doc[trigger_i]
    said = _quoted_saying(tok.head)  # "..., the agency quoted a minister as saying on Friday"
    if tok.tag_ != "VBN" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _REPORTING and said is None:
        return []
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.lower_ in ("has", "have", "'s", "'ve", "had", "'d") for c in aux) or any(c.tag_ == "MD" for c in aux):
        return []
    # the report's own date, or the date of a thing it was made in ("said in a statement on
    # Friday": the parser hangs the date on the statement)
    # (datingFix47) or of a participle on the statement's noun ("said in a statement read on radio on
    # Monday evening": the parser hangs the day on the participle)
    dates = (attachments.get(said.i) if said is not None else None) or attachments.get(tok.head.i) or \
        _participant_dates(doc, tok.head.i, attachments, frozenset({tok.head.i})) or \
        _statement_participle_dates(tok.head, attachments)
    found = [tx for tx in dates if not _ordered_date(doc, tx)
             and (dct is None or tx.interval_end is not None and tx.interval_end < dct)]
    return sorted(found, key=lambda tx: tx.start)[:1]


_EXACT_DAYS_OR_WEEKS = re.compile(r"P(\d+)([DW])")  # a duration value of whole days or weeks ("P9D", "P2W")


def _state_onset(doc, mention: Mention, trigger_i: int, timexes: list[Timex],
                 ref: Optional[date]) -> Optional[tuple[EventDate, date]]:
    """(datingFix36) A state told in the present perfect passive of the act that brought it about,
    with how long it has held ("The pass has been closed for nine days"), was brought about that
    long before the reference day (the article's, or the day of the report it is told in): the act
    takes that day, with the length as its evidence (``state_onset`` in dating.yaml: closing and
    holding verbs only; an exact number of days or weeks, no "almost", "more than"). Not the past
    perfect (its reference is some other past time) nor a verb of an act done again and again."""
    tok = doc[trigger_i]
    if ref is None or mention.status != "occurred" or tok.tag_ != "VBN" or \
            tok.lemma_.lower() not in _words("state_onset", "verbs"):
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.lower_ == "been" for c in aux) or any(c.tag_ == "MD" for c in aux) or \
            not any(c.lower_ in ("has", "have", "'s", "'ve") for c in aux):
        return None
    objs = [c.i for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for c in p.children if c.dep_ == "pobj"]
    for tx in timexes:
        span = _timex_tokens(doc, tx)
        if tx.type != "DURATION" or tx.mod is not None or span is None or not any(i in range(span.start, span.end)
                                                                               for i in objs):
            continue
        m = _EXACT_DAYS_OR_WEEKS.fullmatch(tx.value or "")
        if m is None:
            return None
        first = ref - timedelta(days=int(m[1]) * (7 if m[2] == "W" else 1))
        return EventDate(text=tx.text, value=first.isoformat(), start=first, end=first, source="text",
                         timex_id=tx.id), ref
    return None


_OPEN_QUOTES = frozenset({'"', "\u201c"})
_CLOSE_QUOTES = frozenset({'"', "\u201d"})
_QUOTE_MARKS = _OPEN_QUOTES | _CLOSE_QUOTES


def _quotations(doc) -> list[tuple[int, int]]:
    """(opening mark, closing mark) token indexes of the double-quoted passages of a document; a
    passage left open at a paragraph's end runs to it (a quote going on in the next paragraph
    opens again there)."""
    out, start = [], None
    for t in doc:
        if t.is_space and "\n" in t.text:
            if start is not None:
                out.append((start, t.i))
                start = None
        if start is None and t.text in _OPEN_QUOTES:
            start = t.i
        elif start is not None and t.text in _CLOSE_QUOTES:
            out.append((start, t.i))
            start = None
    if start is not None:
        out.append((start, len(doc)))
    return out


def _attribution(doc, quote: tuple[int, int]):
    """The reporting verb a quotation is attributed to in its own sentences ('"...," the statement
    said'; 'The minister said: "..."'), outside the quotation, else None."""
    first, last = quote
    words = verbs_of_saying("quote_attribution")
    sents = {doc[first].sent.start: doc[first].sent, doc[min(last, len(doc) - 1)].sent.start:
             doc[min(last, len(doc) - 1)].sent}
    return next((t for s in sents.values() for t in s if not first <= t.i <= last and t.pos_ == "VERB"
                 and t.lemma_.lower() in words), None)


def _statement_day(doc, verb, attachments: dict[int, list[Timex]], dct: Optional[date]) -> list[Timex]:
    """The one day before the article's a reporting verb was said on: its own date (or that of the
    thing it was said in, "said in a statement on Friday"), else, for a definite noun of a statement
    as its subject ("the statement said"), the date of the nearest earlier same noun ("said in a
    statement on Thursday"): the same statement."""
    dates = attachments.get(verb.i) or _participant_dates(doc, verb.i, attachments, frozenset({verb.i})) or \
        _statement_participle_dates(verb, attachments)
    if not dates:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        nouns = _words("quoted_statement", "statement_nouns")
        if subj is not None and subj.lemma_.lower() in nouns and \
                any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
            earlier = next((w for w in reversed(doc[:subj.sent.start]) if w.lemma_.lower() == subj.lemma_.lower()
                            and w.pos_ == "NOUN"), None)
            if earlier is not None:
                host = earlier
                while host.dep_ in ("pobj", "dobj", "prep") and host.head.i != host.i:
                    host = host.head  # "said in a statement", "issued a statement": the verb it is made by
                dates = attachments.get(earlier.i) or attachments.get(host.i, [])
    found = [tx for tx in dates if _one_day_date(tx) and not _ordered_date(doc, tx)
             and (dct is None or tx.interval_end < dct)]
    return found if len({tx.interval_start for tx in found}) == 1 else []


def _statement_participle_dates(verb, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """(datingFix42) The date of the statement a reporting verb was said in, given by a participle
    on the statement's noun ("In a statement dated Tuesday 25 March, the union said", "said in a
    notice issued on Monday"; ``quoted_statement.dating_participles``): the day it was made."""
    nouns = _words("quoted_statement", "statement_nouns")
    participles = _words("quoted_statement", "dating_participles")
    held = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")] + \
        [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [tx for n in held if n.lemma_.lower() in nouns for a in n.children
            if a.dep_ == "acl" and a.lemma_.lower() in participles for tx in attachments.get(a.i, [])]


def _quoted_own_day(doc, trigger_i: int, quote: tuple[int, int], timexes: list[Timex],
                    dct: Optional[date]) -> list[Timex]:
    """(datingFix42) The day a quoted statement gives itself: a "today" told earlier in the same
    quotation ("announces ... as of today, Monday 24 March", ``quoted_statement.own_day_words``) is
    the speaker's day, the day the statement was made, when it is one day before the article's."""
    words = _words("quoted_statement", "own_day_words")
    first = doc[quote[0]].idx
    found = [tx for tx in timexes if first <= tx.start and tx.end <= doc[trigger_i].idx and tx.type == "DATE"
             and any(w in words for w in re.findall(r"[a-z]+", tx.text.lower())) and _one_day_date(tx)
             and (dct is None or tx.interval_end < dct)]
    return found if len({tx.interval_start for tx in found}) == 1 else []


def _present_clause_verb(doc, trigger_i: int, first: int, last: int):
    """The finite verb of the trigger's clause inside the quotation when it is in the present
    (simple, progressive or perfect, no modal) and the quotation's own statement (a main clause, a
    conjunct of one, or the complement of the attribution), else None. A non-finite trigger reaches
    it through infinitives, objects and a noun's infinitive ("has taken the decision to suspend")."""
    tok = doc[trigger_i]
    while first < tok.i < last:
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ in ("VBZ", "VBP", "VBD", "MD") or any(c.tag_ in ("VBZ", "VBP", "VBD", "MD") for c in aux):
            break
        if tok.dep_ not in ("xcomp", "acl", "dobj", "pobj", "prep", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    else:
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "VBD") or c.lower_ in ("to", "going") for c in aux) or tok.tag_ in ("VBD", "MD"):
        return None
    while tok.dep_ == "conj" and first < tok.head.i < last:
        tok = tok.head
    if tok.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return None  # a relative, adverbial or reported clause of the statement ("reports that we requested")
    return tok


def _quoted_present(doc, mention: Mention, trigger_i: int, attachments: dict[int, list[Timex]],
                    quotes: list[tuple[int, int]], dct: Optional[date], timexes: list[Timex] = ()) -> list[Timex]:
    """(datingFix36) An act a quoted statement tells in the present ('"We suspend all work at the
    site," the statement said') is done by the statement: it takes the day the statement was made,
    its attribution's date (``_statement_day``); a quoted sentence with no attribution of its own
    right after a quotation that has one is the same statement (``quoted_statement`` in
    dating.yaml). (datingFix42) With no dated attribution, a "today" the quotation tells before the
    act is the statement's day (``_quoted_own_day``). Not a past act the quotation tells (its own
    date, or none), a plan, a modal, or a clause under another of the statement."""
    if mention.status != "occurred":
        return []
    k = bisect_right(quotes, (trigger_i, len(doc) + 1)) - 1
    if k < 0 or not quotes[k][0] < trigger_i < quotes[k][1]:
        return []
    if _present_clause_verb(doc, trigger_i, *quotes[k]) is None:
        return []
    own = quotes[k]
    said = _attribution(doc, quotes[k])
    while said is None and k > 0:  # a quotation going on from the one before, with no attribution
        here, before = doc[quotes[k][0]], quotes[k - 1]
        if here.i != here.sent.start or before[1] >= len(doc) or doc[before[1]].sent.end != here.sent.start:
            break
        k -= 1
        said = _attribution(doc, before)
    day = _statement_day(doc, said, attachments, dct)[:1] if said is not None else []
    return day or _quoted_own_day(doc, trigger_i, own, timexes, dct)[:1]


def _reported_present_perfect(doc, trigger_i: int) -> bool:
    """An act reported in the present perfect ("Police have arrested two men, officials said"),
    no modal: done as of the report, which may be the article's own day."""
    tok = doc[trigger_i]
    if tok.tag_ != "VBN" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _REPORTING:
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in ("has", "have", "'s", "'ve") for c in aux) and not any(c.tag_ == "MD" for c in aux)


_CAUSE_MARKS = frozenset({"after", "following"})


def _cause_in_period(doc, trigger_i: int, attachments: dict[int, list[Timex]], dct: Optional[date]) -> list[Timex]:
    """A finite past clause that "after" puts before a clause dated by a month or a year ("since
    2008, when Quito broke off relations after a raid killed twenty people"; "In May 2019 Lima
    expelled the envoy after a clash killed three soldiers"): told as what led to it, it falls in
    that period too (``cause_in_period`` in dating.yaml). Not before a day ("arrived on Thursday
    after police detained ...": not Thursday), nor a period that reaches the article's day, nor a
    participle ("elected in 2010 after serving two terms": the serving is long before)."""
    tok = doc[trigger_i]
    clause = next((t for t in [tok, *governors(tok)] if _ordered_clause(t)), None)
    if clause is None or clause.tag_ != "VBD" or not any(c.dep_ in _SUBJECTS for c in clause.children) or \
            not any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in clause.children) or \
            clause.head.i == clause.i:
        return []
    if any(t.lemma_.lower() in _REPORTING for t in clause_words(doc, trigger_i) if t.i != trigger_i):
        return []  # reported inside the clause: "after police said they had ..."
    # a "when" clause is in its date, though the date is behind "since" ("since 2008, when ...")
    when = any(c.lower_ == "when" for c in clause.head.children)
    found = [tx for tx in governing_timexes(doc, clause.head.i, attachments)
             if (when or not _ordered_date(doc, tx)) and tx.interval_start is not None and tx.interval_end is not None
             and (tx.interval_end - tx.interval_start).days >= 27
             and (dct is None or tx.interval_end < dct)]
    return found[:1]


def _fronted_date_past_semicolon(doc, trigger_i: int, attachments: dict[int, list[Timex]],
                                 timexes: list[Timex]) -> list[Timex]:
    """(datingFix37) A date fronted on the first clause of a sentence ("On Sunday, guards separated
    two groups of miners ...; four were detained") also dates a clause after a semicolon that goes
    on telling the story: a simple past (active or passive; not the past perfect, a modal, a
    present) with no date of its own and no word of order ("later", "earlier", ...) between the
    semicolon and the end of its clause (``fronted_date_semicolon`` in dating.yaml). The date must
    open the sentence (behind a preposition at most) before a comma and hang on a simple past verb
    of the first clause."""
    tok = doc[trigger_i]
    sent = tok.sent
    separators = _words("fronted_date_semicolon", "separators")
    semis = [t for t in sent if t.lower_ in separators]
    first = next((t for t in semis if t.i < trigger_i), None)
    if first is None or not _simple_past(tok):
        return []
    # the trigger heads its clause (or is joined to the verb that does): its head is outside it
    end = next((t.i for t in semis if t.i > trigger_i), sent.end)
    head = tok
    while head.dep_ == "conj" and first.i < head.head.i < end:
        head = head.head
    if first.i < head.head.i < end and head.head.i != head.i or not _simple_past(head):
        return []
    # nothing in the rest of the sentence up to the clause's end dates or orders it
    order = _words("fronted_date_semicolon", "order_words")
    if any(t.lower_ in order for t in doc[first.i + 1:end]):
        return []
    lo, hi = doc[first.i].idx, doc[end - 1].idx + len(doc[end - 1])
    if any(lo <= tx.start < hi for tx in timexes):
        return []
    for i in range(sent.start, first.i):
        for tx in attachments.get(i, ()):
            span = _timex_tokens(doc, tx)
            if span is None or span.end >= first.i or doc[span.end].lower_ != ",":
                continue
            opens = span.start == sent.start or span.start == sent.start + 1 and doc[sent.start].pos_ == "ADP"
            if opens and tx.type == "DATE" and doc[i].pos_ == "VERB" and _simple_past(doc[i]):
                return [tx]
    return []


def _after_clause_day(doc, trigger_i: int, attachments: dict[int, list[Timex]], timexes: list[Timex],
                      dct: Optional[date]) -> list[Timex]:
    """(datingFix33) The act of a finite past clause that "after" / "following" puts under a verb
    the text dates to one day ("The port was closed on Monday after dockers walked out"): no later
    than that act, and the nearest day the text gives, as ``_reported_perfect`` does for a past
    perfect under a dated report (``after_clause_day`` in dating.yaml). The day only, a part of it
    dropped. Not a clause with a date or a length of its own ("two days after", "after talks that
    began in May collapsed"; a length on a noun is the noun's), nor in the past perfect, nor a verb
    of lasting; not under a report's date ("said on Monday, after ..."), a week's or a month's, a
    day it was moved to ("adjourned to Monday"), a plan, or a day after the article's."""
    rule = dating_rules()["after_clause_day"]
    tok = doc[trigger_i]
    clause = tok
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):  # "after rioters looted and burned"
        clause = clause.head
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in rule["marks"]), None)
    if mark is None or clause.dep_ != "advcl" or clause.head.pos_ not in ("VERB", "AUX"):
        return []
    hours = _hours_length(clause, timexes, rule)  # (datingFix40) "hours after rebels had shelled ..."
    for verb in {clause, tok}:
        past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ == "VBD" for c in (verb.children if verb is clause else clause.children))
        if hours is not None and _past_perfect(verb) and verb.tag_ == "VBN":
            past = True  # a flashback of a few hours is still the host's day
        elif _past_perfect(verb):
            return []
        if not past or verb.lemma_.lower() in rule["lasting_verbs"]:
            return []
    if not any(c.dep_ in _SUBJECTS for c in clause.children) or list(mark.children) or \
            any(c.dep_ == "npadvmod" and not (hours is not None and hours.start <= c.idx < hours.end)
                for c in clause.children):
        return []  # no subject: no finite clause; "two days after ...": the offset's
    words = list(clause.subtree)
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    if any(lo <= tx.start < hi and not _length_of_noun(doc, tx) and not _possessive_date(doc, tx) and tx is not hours
           for tx in timexes) or \
            any(t.lemma_.lower() in _REPORTING for t in words if t.i != trigger_i):
        return []  # a date or length of its own; a report inside it
    host = clause.head
    if host.lemma_.lower() in _REPORTING or _under_plan(host) or \
            any(c.dep_ == "aux" and c.tag_ == "MD" for c in host.children):
        return []
    dated = None
    for t in clause_words(doc, host.i):
        if t.i in attachments:
            dated = t
            break
        if t.dep_ in ("relcl", "acl"):  # "The crossing, which was shut after ..., reopened on Thursday": not then
            return []
    if dated is None or dated.i != host.i and dated.lemma_.lower() in _REPORTING:
        return []
    found = [tx for tx in governing_timexes(doc, host.i, attachments) if not _ordered_date(doc, tx)]
    if len(found) != 1 or _timex_prep(doc, found[0]) in rule["target_preps"]:
        return []  # "postponed to Monday": the day it was moved to, not the day it was done
    day = _DAY_VALUE.match(found[0].value or "")
    if found[0].type not in ("DATE", "TIME") or day is None or dct is not None and date.fromisoformat(day.group(0)) > dct:
        return []
    if hours is not None and _early_in_day(found[0], rule["hours_after"]):
        return []  # "rescued the crew on Wednesday morning, hours after ...": maybe the night before
    return [_day_cut(found[0])]  # "Monday night": the day


def _possessive_date(doc, tx: Timex) -> bool:
    """(datingFix50) A date that owns a noun ("ahead of next year's elections", "last week's march"):
    the noun's time, not the clause's."""
    span = _timex_tokens(doc, tx)
    return span is not None and span.root.dep_ == "poss"


def _after_clause_told_before(doc, mention: Mention, trigger_i: int, earlier: list[tuple[Mention, int]]
                              ) -> Optional[Mention]:
    """(datingFix45) The act of an "after" clause that ``_after_clause_day`` put on its host's day, when
    the article told the same act before with a day of its own ("Gunmen shot dead three guards on
    March 1. ... imposed a curfew on March 3 after the guards were shot dead"): that mention, whose
    day the clause only says is before the host's (a TLINK BEFORE, no day of its own). The same act:
    the nearest earlier occurred mention, in an earlier sentence, of the same verb and type, the
    clause's object or passive subject a definite noun with the head word of its object or passive
    subject (``_definite_theme``: "the guards", not "a convoy" nor none), dated by its own text no
    later than the host's day."""
    tok = doc[trigger_i]
    for m, i in sorted(earlier, key=lambda p: -p[1]):
        if i >= trigger_i or m.status != "occurred" or m.type != mention.type or \
                doc[i].lemma_.lower() != tok.lemma_.lower() or doc[i].sent == tok.sent:
            continue
        if not _definite_theme(tok, doc[i]):
            continue
        if not _text_dated(m) or m.date.end is None or mention.date.start is None or m.date.end > mention.date.start:
            return None
        return m
    return None


def _purpose_host_day(doc, trigger_i: int, found: list[Timex], attachments: dict[int, list[Timex]]) -> list[Timex]:
    """(datingFix41) An infinitive of purpose ("recalled its envoy on Friday to protest the seizure of
    a trawler on Wednesday") is not done before the act it is the purpose of: a day of its own
    clause earlier than its host's day, put after a noun it governs, is that noun's (the seizure's),
    and the infinitive takes the host's day (``purpose_host_day`` in dating.yaml). Not an infinitive
    with a subject of its own, nor a host with no single day."""
    rule = dating_rules()["purpose_host_day"]
    tok = doc[trigger_i]
    host = tok.head
    if not found or tok.dep_ not in rule["deps"] or tok.tag_ != "VB" or host.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) or \
            any(c.dep_ in _SUBJECTS for c in tok.children):
        return []
    own = attachments.get(host.i) or [tx for c in host.children if c.dep_ == "dobj" and c.i < trigger_i
                                      for tx in attachments.get(c.i, [])]  # "recalled its envoy on Thursday"
    if len(own) != 1 or _DAY_VALUE.match(own[0].value or "") is None or own[0].interval_start is None:
        return []
    words = list(tok.subtree)
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    nouns = [t for t in words if t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN"]
    for tx in found:
        if not lo <= tx.start < hi or tx.interval_end is None or tx.interval_end >= own[0].interval_start or \
                not any(n.idx + len(n) <= tx.start for n in nouns):
            return []
    return [_day_cut(own[0])]


def _after_lead_noun(doc, mention: Mention, trigger_i: int, attachments: dict[int, list[Timex]],
                     triggers: frozenset[int]) -> list[Timex]:
    """(datingFix42) "After the <noun>" on an act told in the simple past with no date of its own,
    where the noun names what the sentence right before told by a verb that is no mention ("The two
    victims were buried in Tamale on Sunday. After the funeral, mourners marched ..."): the act
    followed it that day, the verb's one day. The noun must be "the" + a noun of
    ``after_lead_noun.nouns`` (each with the verbs that tell it) and no mention nor dated itself;
    the sentence before must hold one such verb, in the simple past, under one day (or a part of one,
    dropped)."""
    tok = doc[trigger_i]
    if mention.status != "occurred" or not _simple_past(tok):
        return []
    rule = dating_rules()["after_lead_noun"]
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in rule["marks"]:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        verbs = rule["nouns"].get(noun.lemma_.lower()) if noun is not None else None
        if not verbs or noun.i in triggers or noun.i in attachments or _contrastive(noun) or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []
        start = tok.sent.start
        if start == 0:
            return []
        leads = [t for t in doc[start - 1].sent if t.pos_ == "VERB" and t.lemma_.lower() in verbs and
                 t.i not in triggers and _simple_past(t)]
        if len(leads) != 1:
            return []
        # one day, or a part of one ("on Tuesday afternoon": the part dropped, what followed may be later)
        found = [tx for tx in governing_timexes(doc, leads[0].i, attachments) if _one_day_date(tx) or
                 tx.type == "TIME" and _SCENE_DAY.match(tx.value or "")]
        if len(found) != 1:
            return []
        day = _day_cut(found[0])
        return [day] if day is not None else []
    return []


def _on_arrival_day(doc, mention: Mention, trigger_i: int, attachments: dict[int, list[Timex]],
                    sentence_of: dict[int, int]) -> list[Timex]:
    """(datingFix49) An act done "on arrival" / "upon landing" with no date of its own ("The skipper was
    arrested on arrival"): the day of the journey's end told before it, the nearest verb of arriving or
    of bringing someone somewhere (``on_arrival.verbs``) in its sentence or the two before, dated by
    its clause to one day ("escorted the trawler to Mombasa on Monday"); else nothing."""
    tok = doc[trigger_i]
    if mention.status != "occurred" or not any(
            c.dep_ == "prep" and c.lower_ in _words("on_arrival", "preps") and
            any(o.dep_ in ("pobj", "pcomp") and o.lemma_.lower() in _words("on_arrival", "nouns") and
                not any(x.dep_ in ("prep", "poss") for x in o.children) for o in c.children)
            for c in tok.children):
        return []
    here = sentence_of.get(trigger_i)
    reach = int(dating_rules()["on_arrival"]["sentences"])
    verbs = _words("on_arrival", "verbs")
    for t in reversed(doc[:trigger_i]):
        if here is None or here - sentence_of.get(t.i, _NO_SENTENCE) > reach:
            break
        if t.pos_ == "VERB" and t.lemma_.lower() in verbs and not _past_perfect(t):
            days = [tx for tx in governing_timexes(doc, t.i, attachments)
                    if tx.type in ("DATE", "TIME") and _on_one_day(tx)]
            return days if len(days) == 1 else []
    return []


def _before_mark_to_host(doc, attachments: dict[int, list[Timex]]) -> None:
    """(datingFix41) A date the parser hangs on the verb of an "after" clause but put before the word
    "after" ("arrested 40 people overnight after crowds occupied ...") is not in that clause: the
    host's (``evening_clause_day.marks``). Moves it in ``attachments``."""
    marks = dating_rules()["evening_clause_day"]["marks"]
    for verb_i in list(attachments):
        verb = doc[verb_i]
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in marks), None)
        if mark is None or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
            continue
        before = [tx for tx in attachments[verb_i] if tx.end <= mark.idx and tx.start >= verb.head.idx]
        if before:
            attachments[verb_i] = [tx for tx in attachments[verb_i] if not any(tx is b for b in before)]
            attachments.setdefault(verb.head.i, []).extend(before)


def _evening_clause_day(doc, mention: Mention, trigger_i: int, found: list[Timex],
                        attachments: dict[int, list[Timex]], dct: Optional[date]) -> list[Timex]:
    """(datingFix41) An act told in the simple past with no day of its own, right after an act of
    the evening or the night ("Troops detained a dozen men after gunmen attacked a checkpoint on
    Sunday night"; "overnight after ..."), is that night's: a later day would be named. The day of
    the clause, the part of it dropped (``evening_clause_day`` in dating.yaml). Not a daytime clause
    (a resignation "after protesters stormed the town hall on Monday" may be days later), a past
    perfect, a report, or a plan."""
    rule = dating_rules()["evening_clause_day"]
    tok = doc[trigger_i]
    if mention.status != "occurred" or not _simple_past(tok) or tok.lemma_.lower() in _REPORTING or _under_plan(tok):
        return []
    if any(tx.text.lower() not in rule["bare_nights"] for tx in found):
        return []  # a date of its own
    for c in tok.children:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in rule["marks"]), None)
        if c.dep_ != "advcl" or mark is None or list(mark.children) or not _simple_past(c) or \
                not any(s.dep_ in _SUBJECTS for s in c.children):
            continue
        days = attachments.get(c.i, [])
        if len(days) != 1:
            return []
        value = days[0].value or ""
        day = _DAY_VALUE.match(value)
        if day is None or not any(value.endswith("T" + part) for part in rule["parts"]) or \
                dct is not None and date.fromisoformat(day.group(0)) > dct:
            return []
        return [_day_cut(days[0])]
    return []


_HOURS_VALUE = re.compile(r"^PT(\d+|X)([HM])$")  # "hours", "two hours", "a few hours", "minutes"
_CLOCK_HOUR = re.compile(r"T(\d{2}):")


def _hours_length(clause, timexes: list[Timex], rule: dict) -> Optional[Timex]:
    """(datingFix40) The length of hours or minutes that ``clause``, marked by "after", is put at ("hours
    after", "a few hours after", "two hours after", "minutes after": ``after_clause_day.hours_after``),
    which keeps the clause's act on the host's day; None for any other length or none."""
    limits = rule["hours_after"]
    for c in clause.children:
        if c.dep_ != "npadvmod":
            continue
        tx = next((t for t in timexes if t.start <= c.idx < t.end and t.type == "DURATION"), None)
        m = _HOURS_VALUE.match(tx.value or "") if tx is not None else None
        if m is None:
            return None
        n = m.group(1)
        if n != "X" and int(n) > (limits["max_hours"] if m.group(2) == "H" else 60 * limits["max_hours"]):
            return None
        return tx
    return None


def _early_in_day(tx: Timex, limits: dict) -> bool:
    """(datingFix40) A host's time early in its day ("Wednesday morning", "at 6 a.m.", "early on
    Wednesday"), hours after which may be the day before (``hours_after.early_parts``, ``.noon``)."""
    value = tx.value or ""
    clock = _CLOCK_HOUR.search(value)
    return any(value.endswith("T" + part) for part in limits["early_parts"]) or \
        clock is not None and int(clock.group(1)) < limits["noon"] or tx.mod in limits["early_mods"]


def _timex_words(doc, tx: Timex):
    return [t for t in doc if tx.start <= t.idx < tx.end]


def _timex_prep(doc, tx: Timex) -> Optional[str]:
    """The preposition the timex hangs on ("to" of "postponed to Monday"), lower-cased; None if none."""
    words = _timex_words(doc, tx)
    root = next((t for t in words if t.head not in words or t.head.i == t.i), None)
    return root.head.lower_ if root is not None and root.dep_ == "pobj" and root.head.pos_ == "ADP" else None


def _length_of_noun(doc, tx: Timex) -> bool:
    """A length that modifies a noun ("a three-day revolt"): the noun's, not the clause's."""
    words = _timex_words(doc, tx)
    root = next((t for t in words if t.head not in words or t.head.i == t.i), None)
    return tx.type == "DURATION" and root is not None and root.dep_ in ("compound", "amod", "nmod") and \
        root.head.pos_ in ("NOUN", "PROPN")


def _aspect_subject(doc, trigger_i: int, attachments: dict[int, list[Timex]], dct: Optional[date]) -> list[Timex]:
    """A verb that begins or ends the event its subject names, dated in the subject's own phrase
    ("The last general strike in Lagos, in 2019, ended after five days"), and a when / while / as
    clause of that verb ("... when the government agreed to raise wages"): in the subject's period
    (``aspect_subject`` in dating.yaml). Only a date of the noun's phrase, not of a relative clause
    ("The protests, which began in January, ended": the ending is not in January), and a past
    period."""
    tok = doc[trigger_i]
    verbs = [tok]
    if tok.dep_ in ("advcl", "relcl") and any(c.dep_ in ("mark", "advmod") and c.lower_ in _words("simultaneous_clause", "marks")
                                              and c.i < tok.i for c in tok.children):
        # the verb the clause hangs on, also through a noun ("ended after five days when ...")
        verbs += [next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok)][:1]
    for v in verbs:
        if v.lemma_.lower() not in _words("aspect_subject", "verbs"):
            continue
        subj = next((c for c in v.children if c.dep_ in _SUBJECTS), None)
        if subj is None or subj.pos_ != "NOUN":
            continue
        words = [v, subj] + [w for w in subj.subtree if w is not subj and not any(
            a.dep_ in ("relcl", "acl") for a in [w, *w.ancestors] if a.i != subj.i and subj in a.ancestors)]
        found = [tx for w in words for tx in attachments.get(w.i, ()) if not _ordered_date(doc, tx)
                 and tx.interval_end is not None and (dct is None or tx.interval_end < dct)]
        if found:
            return sorted(found, key=lambda tx: tx.start)[:1]
    return []


def _since_onset(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """A state told in the present perfect passive of the act that brought it about, with the day
    it holds since ("the clinics have been closed since last Thursday", "has been detained since
    March 3"): the act was then (``since_onset`` in dating.yaml), not at the report's time; not a
    verb of lasting ("has been held since 2019": a span), nor a date of the verb's own.
    The date of the "since" phrase, one."""
    tok = doc[trigger_i]
    if trigger_i in attachments or \
            not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return []
    been = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "been" for c in tok.children)
    lemma = tok.lemma_.lower()
    if tok.tag_ == "VBN" and been:
        if lemma not in _words("since_onset", "verbs"):
            return []
    # (datingFix35) the act told in the active voice ("have blocked the road since Monday", "have been
    # blocking it since Monday"): a barrier put up then and held; not one done again and again ("have
    # closed twelve schools since Monday": a count on the object, or "twice", "again")
    elif tok.tag_ == "VBN" and not been or tok.tag_ == "VBG" and been:
        if lemma not in _words("since_onset", "active_verbs") or _repeated_act(tok):
            return []
    else:
        return []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            found = [tx for tx in attachments.get(c.i, ()) if tx.type == "DATE"]
            if len(found) == 1:
                return found
    return []


def _held_since(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """(datingFix47) A noun of taking someone into custody with no date of its own, whose "of"
    person a relative clause tells held since a day ("over the detention of a trader, who has been
    held since Monday", "the arrest of its leader, who has been in custody since Saturday"): the
    holding began that day, the act was then (``held_since`` in dating.yaml), not at the day of the
    verb the noun hangs on. The "since" date, one day."""
    tok = doc[trigger_i]
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _words("held_since", "nouns") or trigger_i in attachments:
        return []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for rel in (w for p in prep.children if p.dep_ == "pobj" for w in p.subtree if w.dep_ == "relcl"):
            if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in rel.children):
                continue
            held = rel.lemma_.lower() in _words("held_since", "verbs") or rel.lemma_.lower() == "be" and any(
                c.dep_ == "prep" and g.lemma_.lower() in _words("held_since", "custody_nouns")
                for c in rel.children for g in c.children if g.dep_ == "pobj")
            if not held:
                continue
            found = [tx for w in rel.subtree if w.dep_ == "prep" and w.lower_ == "since"
                     for tx in attachments.get(w.i, ()) if _one_day_date(tx)]
            if len(found) == 1:
                return found
    return []


def _repeated_act(tok) -> bool:
    """An act told as done more than once: a number or a word of many on its object ("have shut
    three schools"), or a word of repetition on the verb ("has closed it twice")."""
    many = _words("since_onset", "repeated")
    obj = [c for c in tok.children if c.dep_ == "dobj"]
    return any(c.dep_ == "nummod" or c.lower_ in many for o in obj for c in o.children) or \
        any(o.lower_ in many for o in obj) or any(c.lower_ in many for c in tok.children)


def _present_state(tok) -> bool:
    return tok.tag_ in ("VBZ", "VBP") and not _has_aux(tok)


def _after_dated_event(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """The date of an event noun that "after" / "following" puts right before a verb with no date
    of its own ("was shut after the deadly clash on May 27", "reduced cooperation after a similar
    resolution in June last year", "halted after last Tuesday's drone strike"): the act followed
    it at once, on the date the text gives (``after_dated_event`` in dating.yaml); not the date of
    the clause its noun is in, when the verb is in a relative clause ("The crossing, which was
    shut after ..., reopened on Thursday": shut before the reopening). A noun the text dates is
    something that happened then; not the date itself ("after midnight"). Only a day's, a week's or
    a month's date (mend14b): a year says no "at once" ("seized power after the 2011 uprising")."""
    tok = doc[trigger_i]
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN"):
        return []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _words("after_dated_event", "preps") or prep.i < tok.i:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if noun is None or noun.i not in attachments:
            return []
        return sorted((tx for tx in attachments[noun.i] if not tx.start <= noun.idx < tx.end
                       and _FINER_THAN_YEAR.match(tx.value or "")), key=lambda tx: tx.start)[:1]
    return []


_FINER_THAN_YEAR = re.compile(r"\d{4}-(?:\d{2}|W\d{2})")  # a month's, a week's or a day's date


def _event_noun(w) -> bool:
    """A noun of the trigger lexicon ("attack", "talks"): an event of its own, even where the
    article's extraction made no mention of it."""
    return bool(trigger_lexicon().rules(w.lemma_.lower(), "NOUN"))


def _within(doc, tx: Timex, noun, trigger) -> bool:
    """The date is inside the noun's phrase, with no dash or bracket between it and the trigger
    ("WARSAW, February 26 (Xinhua) -- The presidents ... have signed": a dateline)."""
    left, right = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    if not (left <= tx.start and tx.end <= right):
        return False
    a, b = (tx.end, trigger.idx) if tx.end <= trigger.idx else (trigger.idx, tx.start)
    between = doc.text[a:b]
    if tx.start > trigger.idx:
        # after the trigger a closed bracket is an aside of the phrase ("seized 500 kilograms
        # (1,100 pounds) of cocaine Sunday"), no dateline
        between = _CLOSED_BRACKETS.sub("", between)
    return not any(ch in between for ch in "()[]") and "--" not in between


_CLOSED_BRACKETS = re.compile(r"\([^()\[\]]*\)|\[[^()\[\]]*\]")


def _ordered_date(doc, tx: Timex) -> bool:
    """A date behind a preposition of order ("since 2003", "until Monday"): not when, but a bound."""
    span = _timex_tokens(doc, tx)
    if span is None:
        return False
    order = _words("other_time", "preps")
    return any(t.head.lower_ in order and t.head.pos_ in ("ADP", "SCONJ") and t.head.i not in range(span.start, span.end)
               for t in span)


def _own_clause(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """The date of an event noun's own relative clause whose subject it is ("the revolution that
    brought Castro to power 42 years ago", "the protest, which began on Monday"): what the event
    did then, it did in its own time (``own_clause`` in dating.yaml). Not a clause about the noun
    whose subject is someone else ("the summit, which the ministers discussed on March 20"), nor
    a bound ("the war that has lasted since 2003"). The dates of the clause: on its verb or on a
    word below it that is no verb (a verb is a clause of its own)."""
    tok = doc[trigger_i]
    if tok.pos_ != "NOUN":
        return []
    onset = frozenset(dating_rules()["own_clause"].get("onset_participles", ()))
    for c in tok.children:
        # a past-participle clause of the act that set the noun's event up ("the curfew imposed
        # last week", "the closure, ordered on Wednesday"): the event is from then on
        started = c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in onset
        if not started and (c.dep_ != "relcl" or
                            not any(s.dep_ in _SUBJECTS and s.tag_ in ("WDT", "WP") for s in c.children)):
            continue
        for w in sorted(_clause_tokens(c), key=lambda w: w.i != c.i):
            found = [tx for tx in attachments.get(w.i, ()) if not _ordered_date(doc, tx)]
            if found:
                return sorted(found, key=lambda tx: tx.start)[:1]
    return []


def _clause_tokens(verb):
    """The verb and the words below it that are not in a clause of their own."""
    out, todo = [], [verb]
    while todo:
        w = todo.pop()
        out.append(w)
        todo += [c for c in w.children if c.pos_ not in ("VERB", "AUX") and c.dep_ != "relcl"]
    return out


def _set_by_scheduler(doc, mention: Mention, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """A planned event that is what a verb of scheduling sets up ("has scheduled a news conference
    Thursday", "On Tuesday, NARAL plans to hold a news conference") takes the scheduling verb's
    date when the date follows the event ("scheduled a conference Thursday") or the plan is told
    in the present ("plans": a date on the plan that is not now is the event's). The walk up had
    stopped at the scheduling verb, an occurred act ("the board on Monday scheduled a vote": the
    vote is not Monday's). ``scheduling_verbs`` in dating.yaml; "agreed in April to hand them
    over" is no scheduling: the handing over stays undated by April."""
    if mention.status not in _FUTURE:
        return []
    tok = doc[trigger_i]
    words = _words("scheduling_verbs", "verbs")
    v = tok
    for _ in range(3):
        if v.dep_ not in ("dobj", "xcomp") or v.head.i == v.i:
            return []
        v = v.head
        if v.lemma_.lower() in words:
            break
    else:
        return []
    if v.lemma_.lower() not in words or v.i not in attachments:
        return []
    present = v.tag_ in ("VBZ", "VBP") and not _has_aux(v)
    found = [tx for tx in attachments[v.i] if (present or tx.start > tok.idx) and not _ordered_date(doc, tx)]
    return sorted(found, key=lambda tx: tx.start)[:1]


def _present_relative(doc, trigger_i: int) -> frozenset[int]:
    """A present-simple verb in a relative clause ("The battery plant, which makes rechargeable
    products, will be closed over the next year") tells a habit or state, not something in the
    time of the clause above: the walk stops at the clause (``present_relative`` in dating.yaml)."""
    tok = doc[trigger_i]
    if tok.dep_ == "relcl" and (_simple_past(tok) or _past_perfect(tok)) and _under_plan(tok.head):
        # "will meet in June to review the tariffs that the government had imposed": an act told
        # as done is not in the plan's time (``present_relative.past_under_plan``)
        return frozenset({tok.head.i})
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBZ", "VBP") or \
            _has_aux(tok):
        return frozenset()
    return frozenset({tok.head.i})


def _under_plan(tok) -> bool:
    """The nearest finite verb above ``tok`` has a modal of plan ("will meet ... to review"), an
    infinitive on the way passed through."""
    for t in governors(tok):
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _PLAN_MODALS for c in t.children):
            return True
        if t.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP")
                                                 for c in t.children):
            return False
    return False


def _not_reported_now(doc, trigger_i: int, found: list[Timex], dct: Optional[date]) -> list[Timex]:
    """A reporting verb in the present simple ("For the final quarter of 2009, Ford says it made
    profits") reports now: a date before the article's on it is the reported clause's (which the
    walk up from that clause finds), not the saying's."""
    tok = doc[trigger_i]
    if not found or dct is None or tok.lemma_.lower() not in _REPORTING or tok.tag_ not in ("VBZ", "VBP") or \
            _has_aux(tok):
        return found
    return [tx for tx in found if tx.interval_end is None or tx.interval_end >= dct]


def _same_act_participle(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """A verb with no date of its own that tells how its subject suffered the act of the subject's
    dated past-participle clause ("the two protesters killed on March 2 were shot from close
    range": the shooting is the killing) takes the participle's date; only when both verbs are
    words of one bodily act (``reduced_relative.same_act`` in dating.yaml: "the men arrested on
    Monday were beaten" is no such pair)."""
    tok = doc[trigger_i]
    acts = _words("reduced_relative", "same_act")
    rules = dating_rules()["reduced_relative"]
    # a message told what it says ("The ministry's letter, sent on Monday, had urged ...": the
    # urging is the sending; ``reduced_relative.message``)
    message = rules.get("message", {})
    says = tok.lemma_.lower() in message.get("content_verbs", ()) and not any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _MODALS for c in tok.children)
    if not (tok.lemma_.lower() in acts or says) or tok.pos_ != "VERB" or trigger_i in attachments:
        return []
    subjects = [c for c in tok.children if c.dep_ in _SUBJECTS and c.i < trigger_i]
    if says and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.i < trigger_i:
        # the parser made the message the sentence's root and its verb a second participle of it
        # ("The ministry's decision, read on television on Wednesday, accused ...")
        subjects.append(tok.head)
    for subj in subjects:
        if tok.lemma_.lower() not in acts:
            if subj.lemma_.lower() not in message.get("nouns", ()) or subj.dep_ not in ("nsubj", "ROOT"):
                continue  # the message says it, not what is done to it ("was condemned")
            ok = message.get("delivery_verbs", ())
        else:
            ok = acts
        for p in subj.children:
            # (a participle the tagger took for a past tense, "read", is one still where it hangs
            # on the noun)
            if p.dep_ == "acl" and p.tag_ in ("VBN", "VBD") and p.lemma_.lower() in ok and p.i in attachments:
                found = [tx for tx in attachments[p.i] if not _ordered_date(doc, tx)]
                if found:
                    return sorted(found, key=lambda tx: tx.start)[:1]
    return []


def _reduced_relative(doc, mention: Mention, trigger_i: int) -> frozenset[int]:
    """Where the walk up from a promise or agreement told in a past-participle clause with an
    agent stops ("the first of three relief shipments promised by Tokyo"): above the noun it
    modifies, whose own date stands ("the Feb. 23 accord signed by ..."); the clause tells an
    earlier act that characterises the noun, not one in the time of the clause around it
    (``reduced_relative`` in dating.yaml: only its ``types``; "a bulletin sent by the FBI" may
    well be of the day it is cited)."""
    tok = doc[trigger_i]
    if mention.type not in _words("reduced_relative", "types") or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return frozenset()
    if not any(c.dep_ == "agent" for c in tok.children):
        return frozenset()
    # the noun's own date stands ("the Feb. 23 accord signed by ..."): stop above the noun
    above = list(governors(tok.head))
    return frozenset({above[0].i}) if above else frozenset()


def _event_relative(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> frozenset[int]:
    """A verb in a relative clause of an event noun ("condemned on Monday an attack that killed ten
    soldiers", "protested on Sunday over a shootout on the border in which two guards were
    killed"; the noun may hold the clause's noun in a phrase of its own): the act is part of that
    event, in its time, not the clause's above it; the walk stops above the noun, whose own date
    stands (``event_relative`` in dating.yaml)."""
    tok = doc[trigger_i]
    rel = tok if tok.dep_ == "relcl" else tok.head if tok.dep_ == "conj" and tok.head.dep_ == "relcl" else None
    if rel is None or rel.pos_ not in ("VERB", "AUX"):
        return frozenset()
    # a date in the clause, or right after its last word, is its own ("the bombings which killed 40
    # people, including six officers, on May 3", the date hung by the parser on the clause above)
    after = next((t for t in doc[rel.right_edge.i + 1:min(rel.right_edge.i + 4, rel.sent.end)] if not t.is_punct), None)
    start = after.idx + len(after.text) + 1 if after is not None and after.pos_ == "ADP" else \
        after.idx if after is not None else -1
    first = rel.left_edge.idx
    if any(first <= tx.start < rel.right_edge.idx + len(rel.right_edge.text) or tx.start == start
           for txs in attachments.values() for tx in txs):
        return frozenset()
    noun = rel.head
    if noun.pos_ == "NOUN" and not _event_noun(noun) and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "a shootout on the border in which ..."
    if noun.pos_ != "NOUN" or not _event_noun(noun):
        return frozenset()
    above = list(governors(noun))
    return frozenset({above[0].i}) if above else frozenset()


def _subject_participle(doc, trigger_i: int) -> frozenset[int]:
    """A past participle with no date of its own modifying the subject of a clause ("The three men
    arrested in Lagos were charged with fraud on Thursday", "Ten of the soldiers wounded in the
    ambush were flown home on Monday"): an earlier act that tells who the subject is, not one
    at the clause's time; the walk stops at the clause's verb (``reduced_relative.subject_participle``
    in dating.yaml; a participle whose act the clause tells again is ``_same_act_participle``)."""
    tok = doc[trigger_i]
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or _has_aux(tok):
        return frozenset()
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM", "PRON"):
        noun = noun.head.head  # "Ten of the soldiers wounded ..."
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return frozenset()
    rules = dating_rules()["reduced_relative"]["subject_participle"]
    if tok.lemma_.lower() in rules["company_verbs"] or noun.lemma_.lower() in rules["count_nouns"]:
        # "Carollo, accompanied by a lawyer, flew to Washington on Friday": with the subject in the
        # act; "the number injured topped 2,200": a count of the act's victims, told with the act
        return frozenset()
    return frozenset({noun.head.i})


def _planned_object_participle(doc, trigger_i: int) -> frozenset[int]:
    """(extract42) A past participle said of a noun that a planned or possible act is done to ("will
    free the nine herders seized at Moyale", "may deport the traders detained at the market"; the
    class of ``status.reduced_participle``): an earlier act that tells who they are, not one at the
    plan's time; the walk stops above the noun, so a date of the plan ("until June") is not its own."""
    tok = doc[trigger_i]
    if not reduced_participle(tok, status_cues().get("reduced_participles") or {}):
        return frozenset()
    above = list(governors(tok.head))
    verb = next((g for g in above if g.pos_ in ("VERB", "AUX")), None)
    if not above or verb is None or status_of(verb) not in _FUTURE:
        return frozenset()
    return frozenset({above[0].i})


def _commented_by(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> frozenset[int]:
    """The comment verb above a nominal event whose dates all stand before the noun ("Russia on
    Friday denied any involvement in the cyberattack"): its time is the comment's, not the
    event's (``comment_verbs`` in dating.yaml, and ``naming_verbs`` with a predicate: "called the
    attack a crime"); the clause walk stops there. Under a comment with no date of its own, the
    same for a definite noun that refers back ("It called the threat unacceptable")."""
    tok = doc[trigger_i]
    if tok.pos_ != "NOUN":
        return frozenset()
    verbs, naming = _words("comment_verbs", "verbs"), _words("comment_verbs", "naming_verbs")
    for t in governors(tok):
        lemma = t.lemma_.lower()
        if lemma in verbs or lemma in naming and any(c.dep_ == "oprd" for c in t.children):
            # a date the parser hung in the comment's subject ("The foreign ministry in Rangoon on
            # Tuesday rejected ...") is the comment's as well (dating._reattach reads it so)
            subject = [tx for c in t.children if c.dep_ in _SUBJECTS and c.i < t.i
                       for w in c.subtree for tx in attachments.get(w.i, [])]
            if t.i not in attachments and subject and all(tx.end <= tok.idx for tx in subject):
                return frozenset({t.i})
            if t.i not in attachments:
                # a comment with no date of its own ("It called the threat unacceptable"): a noun
                # that refers back takes its antecedent's date, not the comment's from its context
                return frozenset({t.i}) if _definite_noun(tok) and not _contrastive(tok) else frozenset()
            if all(tx.end <= tok.idx for tx in attachments[t.i]):
                return frozenset({t.i})
            return frozenset()
        if t.lemma_.lower() in _REPORTING:
            break
    return frozenset()


def _comment_next_to_noun(doc, trigger_i: int, timexes: list[Timex]):
    """A date right after a definite event noun that is the bare object of a comment verb ("The
    group claimed the attack on Wednesday", "welcomed the agreement on Wednesday") is the
    comment's, wherever the parser hangs it: the noun refers back to an act told before
    (``comment_verbs.next_to_noun``). Returns (the verb, ids of those dates) or None; a noun with
    words of its own after it ("condemned the attack on the embassy by rebels on Monday") keeps
    the earlier reading."""
    tok = doc[trigger_i]
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or not _definite_noun(tok) or _contrastive(tok):
        return None
    verb = tok.head
    if verb.lemma_.lower() not in _words("comment_verbs", "next_to_noun_verbs"):
        return None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is None:
        return None
    start = after.idx if after.lower_ not in _words("comment_verbs", "next_to_noun_preps") or \
        after.i + 1 >= len(doc) else doc[after.i + 1].idx
    hit = [tx for tx in timexes if tx.start == start and tx.interval_start is not None]
    return (verb.i, frozenset(id(tx) for tx in hit)) if hit else None


def _group(m: Mention) -> str:
    return "future" if m.status in _FUTURE else m.status


_PERFECT = frozenset({"have", "has", "had", "'ve", "'d"})


def _in_relative_clause(tok) -> bool:
    """A trigger inside a relative or reduced relative clause ("Beridze, who was arrested on
    Monday, denied ..."): background about a participant, not the time the story is at."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ in ("relcl", "acl"):
            return True
    return False


def _told_in_story_time(tok) -> bool:
    """Not in a relative clause (background about a participant) nor under a verb in the present
    ("He believes ... when the iPod was released": the belief's time): told at the time the story
    is at, so it may go on from the sentence before (``_narrative_context``)."""
    return not _in_relative_clause(tok) and not any(g.tag_ in ("VBZ", "VBP") for g in governors(tok))


def _simple_past(tok) -> bool:
    """A verb in the simple past, active ("met") or passive ("was detained"): the tense that
    narrates. Not the perfect ("have held talks", "had fired": another time), nor a noun."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _PERFECT for c in aux):
        return False
    if tok.tag_ == "VBD":
        return not aux
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in aux)


def _scene_clauses(doc, triggers: frozenset[int], attachments: dict[int, list[Timex]]
                   ) -> tuple[list[tuple[int, EventDate]], list[tuple[int, EventDate]]]:
    """The scenes and the leads of a document, in one pass over its sentences. Scenes: (root, date) of
    the sentences whose main verb is no event mention but is told in the simple
    past at a day of its own ("The fighting broke out on Saturday morning.", "What happened on
    Monday?", "The boat was found drifting off the coast on Saturday."): the scene the next
    sentence's acts are told in (``narrative.scene_verbs`` / ``narrative.scene_subjects`` in
    dating.yaml): a verb of something happening ("broke out", "happened", "took place", "was
    found"), an active verb with a subject and a determined object ("Fishermen towed the boat ashore
    on Thursday"), or any verb but a copula with an event noun subject ("The fighting spread to ...");
    not a copula, a rule taking effect or a price falling ("The border was calm on Monday.").
    Only a date of a day or a part of it: a month or a year is background, not a scene.
    (datingFix42) Leads: (root, date) of the sentences whose main verb is no scene verb by the above
    but is no copula either and has a noun subject ("The two ministers met in Kasane on Thursday.",
    "The delegations came together in Lusaka on Tuesday."): the lead a pronoun subject of the next
    sentence goes on from (``_narrative_context``)."""
    scenes, leads = [], []
    statements = _words("narrative", "scene_speech_verbs") | _words("narrative", "scene_information_verbs")
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") and root.i == sent.start and root.i + 1 < sent.end and \
                doc[root.i + 1].lower_ == ":":
            # "Q: What happened on Monday?": the label's clause
            root = next((c for c in root.children if c.pos_ in ("VERB", "AUX")), root)
        if root.lemma_.lower() in _words("narrative", "scene_speech_verbs"):
            # "Fishermen towed the boat ashore on Thursday, the rescue office said": the report's clause
            root = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
        if root.i in triggers or root.pos_ not in ("VERB", "AUX") or not _simple_past(root) or \
                root.lemma_.lower() in statements:
            continue  # a statement is no scene: "The minister spoke to reporters on Monday.
        if _scene_verb(root):
            out = scenes
        elif _lead_verb(root):
            out = leads
        else:
            continue
        # the verb's own date, or its complement's ("was found drifting off the coast on Saturday")
        found = governing_timexes(doc, root.i, attachments) or next(
            (f for c in root.children if c.dep_ == "xcomp" for f in [governing_timexes(doc, c.i, attachments)] if f), [])
        if len(found) == 1 and found[0].type in ("DATE", "TIME") and _SCENE_DAY.match(found[0].value or ""):
            out.append((root.i, _event_date(found[0])))
    return scenes, leads


def _lead_verb(root) -> bool:
    """The verb of a lead clause (``_scene_clauses``' leads): no scene verb, no copula, and a noun
    subject."""
    return not _scene_verb(root) and root.lemma_.lower() != "be" and \
        any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in root.children)


def _scene_verb(root) -> bool:
    """The scene clause's verb tells something happening (``narrative.scene_verbs``: a lemma, a
    lemma and its particle or object, "break out", "take place", or "be" and a passive participle,
    "be found"), or it is no copula and its subject is an event noun (``narrative.scene_subjects``)."""
    lemma = root.lemma_.lower()
    for entry in _words("narrative", "scene_verbs"):
        first, _, rest = entry.partition(" ")
        if first == "be" and rest:
            if root.lower_ == rest and any(c.dep_ == "auxpass" for c in root.children):
                return True
        elif first == lemma and (not rest or any(c.dep_ in ("prt", "dobj") and c.lemma_.lower() == rest
                                                 for c in root.children)):
            return True
    if lemma == "be":
        return False  # a copula never: "The border was calm on Monday."
    if any(c.dep_ == "nsubj" for c in root.children) and any(
            c.dep_ == "dobj" and any(d.dep_ in ("det", "poss", "nummod") for d in c.children) for c in root.children):
        # an agent acting on a thing that the detector has no event for ("Fishermen towed the boat
        # ashore on Thursday"); a bare object is an idiom of no act ("The truce took effect")
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _words("narrative", "scene_subjects")
               for c in root.children)


def _hours_later(tok) -> bool:
    """The trigger's clause is put a few hours after what was told before it ("Hours later,
    residents gathered", "Two hours later police arrived"): a length in hours or minutes on
    "later" / "afterwards" (``narrative.hours_units`` / ``hours_adverbs`` in dating.yaml)."""
    units, adverbs = _words("narrative", "hours_units"), _words("narrative", "hours_adverbs")
    return any(c.lower_ in adverbs and any(n.lemma_.lower() in units for n in c.children if n.dep_ == "npadvmod")
               for t in [tok, *governors(tok)] if t.pos_ in ("VERB", "AUX") for c in t.children if c.dep_ == "advmod")


_SCENE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(T|$)")


def _narrative_context(doc, mention: Mention, trigger_i: int, narrative: list[tuple[int, Mention]],
                       sentence_of: dict[int, int], scenes: list[tuple[int, EventDate]] = (),
                       sentences: Optional[_SentenceFacts] = None, leads: list[tuple[int, EventDate]] = (),
                       reports: list[tuple[int, EventDate]] = ()) -> Optional[Mention]:
    """The event whose time an undated past event is told in: the nearest earlier occurred
    event dated by its own clause, in the same or the previous sentence, when the two share a party (an actor or
    a country: "Armenian forces opened fire on Azerbaijani positions on Sunday. One Azerbaijani
    soldier was wounded." -> Sunday; "Minsk released three activists last week. The opposition
    leader urged the EU to act." is no narrative of last week). Only for a simple-past verb that
    is not placed before or after another time by its clause ("after police used tear gas")."""
    tok = doc[trigger_i]
    flashback = _reported_flashback(tok, mention)
    first = _first_conjunct(tok)  # (datingFix45) "They were remanded ... and placed ...": the clause's subject and tense
    if mention.status != "occurred" or not (_simple_past(tok) or flashback or
                                            first is not tok and not _has_aux(tok) and _simple_past(first)):
        return None
    order = _words("other_time", "preps")
    if any(t.pos_ == "ADP" and t.lower_ in order or _ordered_clause(t) for t in [tok, *governors(tok)]):
        return None  # the text puts it before or after some other time
    if not flashback and any(_past_perfect(g) for g in governors(tok, coordinates=False)):
        # (datingFix30) "said he had not realised he was in foreign waters when his trawler was
        # seized": a clause under a past perfect is in the flashback's time, not the story's
        return None
    here = sentence_of.get(trigger_i)
    if here is None:
        return None
    before = [(i, m) for i, m in reversed(narrative) if i < trigger_i]
    earlier = [(i, m) for i, m in before if here - sentence_of.get(i, _NO_SENTENCE) <= 1]
    # a flashback in the past perfect ("had banned the march on Thursday") is not the time the
    # story is at: the nearest act told in the simple past within reach is, a sentence that only
    # tells a flashback not counted (``narrative.flashback``); with none, the flashback's
    flash = {sentence_of.get(i) for i, _ in before if _past_perfect(doc[i])} - \
        {sentence_of.get(i) for i, _ in before if not _past_perfect(doc[i])}
    # (datingFix30) nor is a sentence with no act of the narrative whose main verb tells no past
    # act ("... is wanted for fraud", "The army will give details next week", "A patrol plane had
    # spotted it hours earlier"): background between the act and its continuation
    sentences = sentences if sentences is not None else _SentenceFacts(doc)
    flash |= _background_sentences(sentences, here, {sentence_of.get(i) for i, _ in before})
    told_now = [(i, m) for i, m in before if not _past_perfect(doc[i]) and
                here - sentence_of.get(i, _NO_SENTENCE) - sum(1 for k in flash if sentence_of.get(i, _NO_SENTENCE) < k < here) <= 1]
    nearest = next((i for i, _ in told_now or earlier), -1)
    material = _words("narrative", "material_types")
    if _hours_later(tok):
        # "Hours later, residents gathered and demanded ...": on the day of the nearest dated act
        # or scene before it, two sentences back at most, whatever the act (``narrative.hours_units``)
        # (datingFix49) or the day of a verb of saying that the text dates ("said on Tuesday that ...
        # Hours later, a diplomat was expelled"): the statement is the last thing told
        last = max([(i, m.date) for i, m in before[:1]] + [(i, d) for i, d in scenes if i < trigger_i] +
                   [(i, d) for i, d in reports if i < trigger_i], default=None, key=lambda p: p[0])
        if last is not None and here - sentence_of.get(last[0], _NO_SENTENCE) <= 2 and _SCENE_DAY.match(last[1].value or ""):
            # its day, even after a part of the day ("Tuesday evening"): hours on may be past it
            day = last[1].value[:10]
            return mention.model_copy(update={"date": last[1].model_copy(update={"value": day})})
    scene = next(((i, d) for i, d in reversed(scenes) if nearest < i < trigger_i), None)
    if scene is not None and mention.type in material and here - sentence_of.get(scene[0], _NO_SENTENCE) == 1 and \
            _told_in_story_time(tok):
        # an act told in the sentence after a dated scene that is no event mention ("The fighting
        # broke out on Saturday. A soldier was killed"): told at the scene's day; only an act, and
        # only from the sentence right before; not under a verb in the present ("He believes ...
        # when the iPod was released": the belief's time, not the scene's)
        return mention.model_copy(update={"date": scene[1]})
    lead = next(((i, d) for i, d in reversed(leads) if nearest < i < trigger_i), None)
    if lead is not None and not flashback and here - sentence_of.get(lead[0], _NO_SENTENCE) == 1 and \
            _pronoun_continues(doc, tok, doc[lead[0]]) and _told_in_story_time(tok):
        # (datingFix42) "The two ministers met in Kasane on Thursday. They agreed to ...": a pronoun
        # taking up the subject of a dated lead clause that is no mention goes on in its day, any act;
        # not a reported past perfect ("She had been held for weeks": before the lead, not on)
        return mention.model_copy(update={"date": lead[1]})
    pool = told_now or earlier
    for i, m in pool:
        if i < trigger_i:
            # a shared party, or two physical acts told one after the other ("was kidnapped by
            # gunmen on Saturday night. Bellini ... was seized at a work camp"); a statement with
            # no shared party is a new thread ("... last week. The opposition leader urged ...").
            # The nearest act told by a present participle ("held a protest on Thursday, calling
            # for ...") is part of the act it hangs on, which is then as near (datingFix24)
            # (datingFix30) the verb above the nearest event noun only for a physical act after a
            # physical act: "protested against the deal with the IMF. Police fired tear gas"
            hosts = [(k, h) for k, h in _argument_host(doc, i, pool) if h.type in material and mention.type in material]
            for j, n in [(i, m), *_adjunct_host(doc, i, pool), *hosts]:
                both_material = n.type in material and mention.type in material
                if flashback:  # a reported flashback: only into the time of the act of its kind told before it
                    if both_material and n.type == mention.type and not _past_perfect(doc[j]):
                        return n
                elif _parties(n) & _parties(mention) or both_material or _pronoun_continues(doc, first, doc[j]) \
                        or _same_act_retold(tok, doc[j]) or _partitive_continues(first, doc[j]):
                    return n
            return None
    return None


def _dated_reports(doc, attachments: dict[int, list[Timex]]) -> list[tuple[int, EventDate]]:
    """(datingFix49) (token, date) of the verbs of saying that the text dates to one day ("said on
    Tuesday"), for ``_hours_later``: a statement is a point in the story too."""
    out = []
    for t in doc:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _REPORTING:
            days = [tx for tx in attachments.get(t.i, ()) if _one_day_date(tx)]
            if len(days) == 1:
                out.append((t.i, _event_date(days[0])))
    return out


def _first_conjunct(tok):
    """(datingFix45) The first verb of a coordination whose later conjunct ``tok`` has no subject of its
    own ("The court remanded the older man ... and placed the younger ...": "remanded"); ``tok``
    itself otherwise. The conjunct shares its subject, its tense and its time."""
    while tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in _SUBJECTS for c in tok.children):
        tok = tok.head
    return tok


def _has_aux(tok) -> bool:
    """Whether the verb has an auxiliary of its own (active or passive): "was placed", not "placed"."""
    return any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _partitive_continues(tok, prev) -> bool:
    """(datingFix45) The object of ``tok`` picks out some of the several people the dated act before
    it told of ("Two suspects were charged on Friday. The court remanded the older man ...", "...
    jailed the first and freed the second", "freed two of them"): the same people, the story still
    at that act's time. A definite adjective or noun with a comparative or a word of
    ``narrative.partitive_words`` (not an event noun: "the biggest sell-off", "the first attack"
    name no people; no superlative), or a number "of them"; the act before with a plural subject,
    passive subject or object."""
    words = _words("narrative", "partitive_words")
    theirs = [c for c in prev.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN")]
    if not any(c.tag_ in ("NNS", "NNPS") or any(d.dep_ == "conj" for d in c.children) for c in theirs):
        return False
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lower_ in _words("narrative", "pronoun_subjects") or obj.pos_ == "PRON" and obj.lower_ != "them":
            continue
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
        marked = obj.tag_ == "JJR" or obj.lower_ in words or any(
            c.dep_ == "amod" and (c.tag_ == "JJR" or c.lower_ in words) for c in obj.children)
        if definite and marked and not (obj.pos_ == "NOUN" and _event_noun(obj)):
            return True
        if obj.pos_ == "NUM" and any(p.dep_ == "prep" and p.lower_ == "of" and
                                     any(c.lower_ == "them" for c in p.children) for p in obj.children):
            return True
    return False


def _reported_flashback(tok, mention: Mention) -> bool:
    """A physical act in the past perfect that a speaker's clause reports, with no date of its own
    ("The army said the rebels had fired first", "saying its fighters had targeted a convoy"): the
    speaker's account of the act told just before, so in that act's time when that act is one of
    the same type (``narrative.reported_flashback_verbs`` in dating.yaml, datingFix27); a reported
    act of another kind ("said it had arrested four suspects" after an attack: a later act, not
    the attack told again) stays the article's."""
    if not _past_perfect(tok) or tok.dep_ != "ccomp" or mention.type not in _words("narrative", "material_types"):
        return False
    head = tok.head
    if head.lemma_.lower() not in _words("narrative", "reported_flashback_verbs") or head.pos_ not in ("VERB", "AUX"):
        return False
    # "had attacked the post twice before", "had previously kidnapped a priest": an earlier act (mend15c)
    earlier = _words("narrative", "reported_flashback_earlier_words")
    return not any(t.lower_ in earlier for t in tok.subtree)


def _same_act_retold(tok, prev) -> bool:
    """The dated act told again with more detail: the same verb, its object or passive subject a
    definite noun with the head word of the dated verb's object ("signed a trade pact on Monday ...
    The pact was signed in Addis Ababa by the two ministers": the same signing, whatever its type;
    ``narrative.retold_determiners`` in dating.yaml). "A second pact was signed", "The border treaty
    was signed" are other acts (datingFix26)."""
    return tok.lemma_.lower() == prev.lemma_.lower() and _definite_theme(tok, prev)


def _definite_theme(tok, prev) -> bool:
    """The object or passive subject of ``tok`` is a definite noun ("The pact", "The tanker") with the
    head word of the object or passive subject of ``prev``: the same thing acted on."""
    mine = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    theirs = next((c for c in prev.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if mine is None or theirs is None or mine.pos_ != "NOUN" or mine.lemma_.lower() != theirs.lemma_.lower():
        return False
    return any(c.dep_ == "det" and c.lower_ in _words("narrative", "retold_determiners") for c in mine.children)


def _adjunct_host(doc, i: int, pool: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """The narrative acts a present participle at ``i`` with no subject of its own hangs on ("held a
    protest on Thursday, calling for ...": the verb and its object's event noun), at its date."""
    t = doc[i]
    if not _participial_adjunct(t) or t.dep_ != "advcl":
        return []
    h = t.head
    return _acts_at_date_of(pool, i, {h.i} | {c.i for c in h.children if c.dep_ == "dobj"})


def _argument_host(doc, i: int, pool: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """The narrative act whose clause holds the event noun at ``i`` as an argument, at its date
    ("students protested against the deal with the IMF on Monday": the protest, not the deal, is the act the
    story is at; ``narrative.argument_host`` in dating.yaml, datingFix30)."""
    t = doc[i]
    if t.pos_ not in ("NOUN", "PROPN"):
        return []
    for a in t.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return _acts_at_date_of(pool, i, {a.i})
    return []


def _acts_at_date_of(pool: list[tuple[int, Mention]], i: int, hosts: set[int]) -> list[tuple[int, Mention]]:
    """The acts of ``pool`` at the tokens ``hosts`` told at the date of the (first) act at ``i``
    in the pool; none when ``i`` has no act there: no date to match (not the hosts with no date
    value)."""
    at = next(((m.date.value,) for k, m in pool if k == i), None)
    if at is None:
        return []
    return [(k, m) for k, m in pool if k in hosts and m.date.value == at[0]]


def _background_sentences(sentences: _SentenceFacts, here: int, narrated: set) -> set[int]:
    """The sentences before sentence ``here`` with no act of the narrative (``narrated``) whose
    main verb tells no past act (``_background_root``): background the story is not at
    (``narrative.background_sentence``)."""
    return {n for n in sentences.background() if n < here and n not in narrated}


class _SentenceFacts:
    """What ``date_events`` asks of a document's sentences for each mention, found once per
    document on first use (one pass over ``doc.sents``, not one per mention)."""

    def __init__(self, doc):
        self.doc = doc
        self._background: Optional[list[int]] = None

    def background(self) -> list[int]:
        """The indices of the sentences whose main verb tells no past act (``_background_root``)."""
        if self._background is None:
            self._background = [n for n, sent in enumerate(self.doc.sents) if _background_root(sent.root)]
        return self._background


def _background_root(root) -> bool:
    """A sentence's main verb that tells no past act: in the present, the future or a modal, or in
    the past perfect (a flashback); a statement ('"We will keep reporting," their editor told
    reporters'; "The hearing resumes next month, her lawyer said") is told in the past, whatever
    the tense of what it says, and is no background."""
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in _words("narrative", "scene_speech_verbs"):
        return False
    tags = {root.tag_} | {c.tag_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    return _past_perfect(root) or not tags & {"VBD"} and bool(tags & {"VBZ", "VBP", "MD"})


_CLOCK_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T\d")


def _day_of_clock_time(d: EventDate) -> EventDate:
    """The day of a clock time ("stormed the barracks at around 2 a.m. ... Two soldiers were
    wounded"): an act told in the narrative after an act at an instant is not at that instant but
    on its day (``narrative.clock_time`` in dating.yaml); a part of the day ("on Saturday night",
    value ``...TNI``) is a stretch that holds the acts told in it, and stays."""
    m = _CLOCK_TIME.match(d.value or "")
    if m is None:
        return d
    return d.model_copy(update={"value": m.group(1)})


def _past_perfect(tok) -> bool:
    """A verb in the past perfect ("had banned the march on Thursday"): a flashback, not the time
    the story is at."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in tok.children)


def _pronoun_continues(doc, tok, prev) -> bool:
    """The trigger's subject is a personal pronoun that takes up the subject of the dated event
    before it, agreeing in number ("Four men were charged ... on Tuesday. They denied the
    charges": the same people, the same scene; ``narrative.pronoun_subjects`` in dating.yaml)."""
    subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.lower_ not in pronoun_subjects():
        return False
    theirs = next((c for c in prev.children if c.dep_ in _SUBJECTS), None)
    if theirs is None or theirs.pos_ not in ("NOUN", "PROPN"):
        return False
    plural = theirs.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in theirs.children)
    return plural == (pronoun_subjects()[subj.lower_] == "plural")


_ANAPHORIC = frozenset({"the", "this", "that", "these", "those"})
# "the first attack", "the previous meeting": a definite noun set against the latest event of its
# kind names another one, not the nearest earlier mention
_CONTRASTIVE = frozenset({"first", "previous", "earlier", "initial", "original", "former", "prior"})


def _same_day_as(doc, tx: Timex, earlier: list[tuple[Mention, int]]) -> Optional[Mention]:
    """(datingFix36) The earlier mention whose day "the same day as <event noun>" names ("On the same
    day as the border skirmish, rebels shelled ..."): the time tagger resolves "the same day" to the
    day told last, but the "as" phrase says which: the nearest earlier text-dated occurred mention
    with the noun's head word, else of a type the trigger lexicon reads the noun as; only when the
    nearest such mention has a date of its own, and only a definite noun (``same_day_as`` in
    dating.yaml). Not a clause ("the same day as the duty is lifted")."""
    span = _timex_tokens(doc, tx)
    if span is None or not any(t.lower_ in _words("same_day_as", "same") for t in span):
        return None
    clause = next((c for t in span if t.lower_ in _words("same_day_as", "units") for c in t.children
                   if c.dep_ in _words("same_day_as", "clause_deps")), None)
    if clause is not None:
        return _same_day_clause(doc, span, clause, earlier)
    noun = next((c for t in span if t.lower_ in _words("same_day_as", "units") for p in t.children
                 if p.dep_ == "prep" and p.lower_ == "as" for c in p.children if c.dep_ == "pobj"), None)
    return _noun_antecedent(doc, noun, earlier) if noun is not None else None


_PART_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(T(?:MO|AF|EV|NI))?$")


def _same_unit_nearest_act(doc, tx: Timex, earlier: list[tuple[Mention, int]],
                           sentence_of: dict[int, int]) -> Optional[EventDate]:
    """(datingFix45) "the same evening" / "the same day" with no "as" and no clause of its own ("police
    detained seven people, who were freed the same evening"): the time tagger takes the day told last,
    but the phrase means the day of the act told just before it: the nearest earlier occurred
    mention dated by the text to one day, in the phrase's sentence before the phrase, else in the
    sentence right before; the tagger's part of the day kept (``same_day_as.nearest_act``). None
    where there is no such act, or its day is the tagger's."""
    span = _timex_tokens(doc, tx)
    if span is None or not any(t.lower_ in _words("same_day_as", "same") for t in span):
        return None
    if not any(t.lower_ in _words("same_day_as", "nearest_act") for t in span) or \
            any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ in _words("same_day_as", "clause_deps")
                for t in span for c in t.children):
        return None
    value = _PART_OF_DAY.match(tx.value or "")
    here = sentence_of.get(span.start)
    if value is None or here is None:
        return None
    cands = sorted(((i, m) for m, i in earlier if i < span.start and here - sentence_of.get(i, _NO_SENTENCE) in (0, 1)),
                   key=lambda p: (sentence_of.get(p[0]) == here, p[0]), reverse=True)
    for i, m in cands:
        if m.status != "occurred" or doc[i].pos_ != "VERB" or doc[i].lemma_.lower() in _REPORTING or \
                _past_perfect(doc[i]):
            continue  # an act the story tells by a verb: not a report, a noun of background, a flashback
        if not _text_dated(m) or m.date.start is None or m.date.start != m.date.end:
            return None  # the nearest act has no day of the text's: the tagger's stays
        day = m.date.start.isoformat()
        if day == value.group(1):
            return None
        return EventDate(text=tx.text, value=day + (value.group(2) or ""), start=m.date.start, end=m.date.end,
                         source="text", timex_id=tx.id)
    return None


def _same_day_told_past(doc, tx: Timex, trigger_i: int, timexes: list[Timex], dct: Optional[date]
                        ) -> Optional[EventDate]:
    """(datingFix48) "the same day" (no "as", no clause of its own) on an act told as done, that the
    tagger put on a day after the article's (the day told last was a plan's: "has set a vote for
    Friday. ... Police seized the ballots the same day"): a done act is no later than the article;
    the phrase takes the latest one-day date before it that is not after the article's day (the
    day the story last told of); else None (the tagger's stays). Told as done: a verb in the simple
    past (the status stage may already read the tagger's later day as a plan)."""
    span = _timex_tokens(doc, tx)
    if span is None or dct is None or not _simple_past(doc[trigger_i]) or tx.interval_start is None or \
            tx.interval_start <= dct or not any(t.lower_ in _words("same_day_as", "same") for t in span) or \
            not any(t.lower_ in _words("same_day_as", "nearest_act") for t in span) or \
            any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ in _words("same_day_as", "clause_deps")
                for t in span for c in t.children):
        return None
    told = [o for o in timexes if o.end <= tx.start and o.type in ("DATE", "TIME") and _on_one_day(o)
            and o.interval_start <= dct]
    if not told:
        return None
    day = max(told, key=lambda o: o.start).interval_start
    return EventDate(text=tx.text, value=day.isoformat(), start=day, end=day, source="text", timex_id=tx.id)


def _same_unit_last_day(doc, tx: Timex, timexes: list[Timex]) -> Optional[Timex]:
    """(datingFix49) "the same afternoon" (no "as", no clause of its own) that the tagger resolved to
    something coarser than a day, since the expression told last was a week or a month ("reopened on
    Tuesday morning, as agreed last week. ... marched the same afternoon"): a part of a day is of a
    day, so the phrase is read as the latest one-day date told before it, with the unit's part of the
    day (``same_day_as.last_day_parts``); else None (the tagger's stays)."""
    if not tx.value or tx.type not in ("DATE", "TIME") or _on_one_day(tx):
        return None
    span = _timex_tokens(doc, tx)
    if span is None or not any(t.lower_ in _words("same_day_as", "same") for t in span) or \
            any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ in _words("same_day_as", "clause_deps")
                for t in span for c in t.children):
        return None
    parts = dating_rules()["same_day_as"]["last_day_parts"]
    unit = next((t.lower_ for t in span if t.lower_ in parts), None)
    told = [o for o in timexes if o.end <= tx.start and o.type in ("DATE", "TIME") and _on_one_day(o)]
    last = max((o for o in timexes if o.end <= tx.start and o.type in ("DATE", "TIME")), key=lambda o: o.start,
               default=None)
    last_span = _timex_tokens(doc, last) if last is not None else None
    if unit is None or not told or last is not None and last not in told and \
            last_span is not None and last_span.sent.start == span.sent.start:
        # the coarser date is in the phrase's own sentence ("detained during last week's march were
        # released the same night"): the act it names is the one the phrase means
        return None
    day = max(told, key=lambda o: o.start).interval_start
    part = parts[unit]
    return tx.model_copy(update={"value": day.isoformat() + (f"T{part}" if part else ""), "interval_start": day,
                                 "interval_end": day})


def _corrected_day(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    """(datingFix50) A correction notice: an act told inside what "an earlier version of this story
    said" (``correction`` in dating.yaml) is the act the next sentence tells right ("... said the envoy
    landed in Juba on Wednesday. She landed on Thursday, 12 March."): the day the next sentence gives
    the same verb in its own clause, not the superseded one. [] where the next sentence has no such
    verb with one day (the dates found stand)."""
    rules = dating_rules()["correction"]
    tok = doc[trigger_i]
    report = tok
    while report.dep_ in ("ccomp", "conj", "xcomp") and report.head.i != report.i and \
            report.lemma_.lower() not in _REPORTING:
        report = report.head
    if report.i == trigger_i or report.lemma_.lower() not in _REPORTING:
        return []
    subj = next((c for c in report.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.lemma_.lower() not in rules["subjects"] or \
            not any(c.lower_ in rules["modifiers"] for c in subj.children):
        return []
    nxt = doc[tok.sent.end].sent if tok.sent.end < len(doc) else None
    if nxt is None:
        return []
    for w in nxt:
        if w.lemma_.lower() == tok.lemma_.lower() and w.pos_ == tok.pos_:
            days = [tx for tx in attachments.get(w.i, ()) if _one_day_date(tx)]
            return days[:1] if len(days) == 1 else []
    return []


def _interview_day(doc, text: str, timexes: list[Timex], dct: Optional[date]) -> list[Timex]:
    """(datingFix50) A question-and-answer interview ("Q: ...\nA: ...", at least
    ``interview_day.min_answers`` answers) whose introduction names the one day it was given ("The
    ambassador spoke to us on Thursday"; a verb or noun of ``interview_day.verbs`` governing the day):
    the speaker's "yesterday", "today", "tomorrow" (``interview_day.deictic``), which the tagger counts
    from the publication day, count from the interview's day. Else the timexes as they are."""
    rules = dating_rules()["interview_day"]
    lines = [m.start() for m in re.finditer(r"(?m)^[ \t]*(\S+)", text) if m.group(1) in rules["answer_labels"]]
    first = re.search(r"(?m)^[ \t]*(" + "|".join(re.escape(q) for q in rules["question_labels"]) + r")", text)
    if dct is None or first is None or len(lines) < rules["min_answers"]:
        return timexes
    days = []
    for tx in timexes:
        if tx.end > first.start() or not _one_day_date(tx) or tx.interval_start == dct:
            continue
        span = _timex_tokens(doc, tx)
        w, ok = span.root if span is not None else None, False
        for _ in range(3):
            if w is None or w.head.i == w.i:
                break
            w = w.head
            if w.lemma_.lower() in rules["verbs"]:
                ok = True
                break
        if ok:
            days.append(tx.interval_start)
    if len(set(days)) != 1:
        return timexes
    shift = days[0] - dct
    out = []
    for tx in timexes:
        if tx.start > first.start() and tx.text.lower() in rules["deictic"] and _on_one_day(tx) and tx.value and tx.value[:10] == tx.interval_start.isoformat():
            day = tx.interval_start + shift
            tx = tx.model_copy(update={"value": day.isoformat() + tx.value[10:], "interval_start": day,
                                       "interval_end": day})
        out.append(tx)
    return out


def _noun_antecedent(doc, noun, earlier: list[tuple[Mention, int]]) -> Optional[Mention]:
    """The earlier act a definite event noun that is no mention names ("the same day as the border
    skirmish", datingFix36; "a day after the accord", datingFix38): the nearest earlier occurred
    mention with the noun's head word, else of a type the trigger lexicon reads the noun as, when
    that nearest one is text-dated. Not an indefinite noun, nor one set against the latest
    ("the first clash")."""
    if noun.pos_ != "NOUN" or _contrastive(noun) or \
            not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    types = {getattr(r, "type", None) for r in trigger_lexicon().rules(lemma, "NOUN")}
    cands = [(m, i) for m, i in sorted(earlier, key=lambda p: -p[1]) if i < noun.i and m.status == "occurred"]
    ante = next((m for m, i in cands if doc[i].lemma_.lower() == lemma), None) or \
        next((m for m, _ in cands if m.type in types), None)
    return ante if ante is not None and _text_dated(ante) else None


def _same_day_clause(doc, span, verb, earlier: list[tuple[Mention, int]]) -> Optional[Mention]:
    """(datingFix37) "the same day <clause>" with no "as" ("resumed exports the same day Mali lifted
    its ban"): the day of the clause's act, which an earlier mention of the same act dates -- the
    nearest earlier occurred mention, before the phrase, of the clause verb's own word, with the
    same object word where both have one, text-dated; the tagger's day (the one told last) stays
    otherwise. Only a past verb with a subject (not the past perfect)."""
    if verb.tag_ != "VBD" or _past_perfect(verb) or not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None

    def object_word(t):
        return next((c.lemma_.lower() for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
    lemma, obj = verb.lemma_.lower(), object_word(verb)
    for m, i in sorted(earlier, key=lambda p: -p[1]):
        if i >= span.start or m.status != "occurred" or doc[i].lemma_.lower() != lemma:
            continue
        theirs = object_word(doc[i])
        if obj is not None and theirs is not None and obj != theirs:
            continue
        return m if _text_dated(m) else None
    return None


def _definite_antecedent(doc, mention: Mention, trigger_i: int,
                         earlier: list[tuple[Mention, int]], same_word: bool = False) -> Optional[Mention]:
    """The earlier mention a definite event noun with no date of its own refers back to ("met in
    Kuala Lumpur on Tuesday ... The meeting was chaired by Anwar", "will visit Athens next month
    ... met earlier this month to prepare the visit"): the nearest earlier text-dated mention of
    the article with the same head word, else of the same type, in the same status group; not
    for a noun set against the latest event ("after the first attack", "the previous meeting"),
    which is no antecedent of a later noun either. Only
    the nearest such mention: when it has no text date, neither has this one ("filed an emergency
    request to Justice Kennedy ... the request to Kennedy" is not an April request further up)."""
    tok = doc[trigger_i]
    # a named possessor makes the noun definite too ("Thailand's protest", "Slepian's slaying"), but
    # it may as well name a new event ("Iran's seizure of the tanker drew protests"): only the same
    # head word refers back; not a pronoun ("his decision to seek an indictment" is a new one)
    possessed = tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children)
    if tok.pos_ != "NOUN" or not possessed and not any(c.dep_ == "det" and c.lower_ in _ANAPHORIC
                                                       for c in tok.children):
        return None
    if _contrastive(tok):
        return None
    lemma = tok.lemma_.lower()
    cands = [(m, i) for m, i in sorted(earlier, key=lambda p: -p[1])
             if i < trigger_i and _group(m) == _group(mention) and not _contrastive(doc[i])]
    ante = next((m for m, i in cands if doc[i].lemma_.lower() == lemma), None)
    if ante is None and not possessed and not _object_of_plan(tok) and not same_word:
        ante = next((m for m, _ in cands if m.type == mention.type), None)
    return ante if ante is not None and _text_dated(ante) else None


def _demonstrative_antecedent(doc, mention: Mention, trigger_i: int, earlier: list[tuple[Mention, int]],
                              sentence_of: dict[int, int]) -> Optional[Mention]:
    """(datingFix38) An event noun under the demonstrative "that" ("Nobody was charged over that
    shooting") points at the act of its type told just before, whatever its word, not at an earlier
    mention with its head word nor at the latest act of the same parties: the nearest earlier
    occurred mention of the same type in the same or the previous sentence that is not a word the
    noun hangs on ("were killed in that attack"), when it is text-dated (``demonstrative_antecedent``
    in dating.yaml: ``determiners``)."""
    tok = doc[trigger_i]
    if tok.pos_ != "NOUN" or _contrastive(tok) or not any(
            c.dep_ == "det" and c.lower_ in _words("demonstrative_antecedent", "determiners") for c in tok.children):
        return None
    here = sentence_of.get(trigger_i)
    above = {g.i for g in tok.ancestors}
    for m, i in sorted(earlier, key=lambda p: -p[1]):
        if i >= trigger_i or i in above or here is None or here - sentence_of.get(i, _NO_SENTENCE) > 1:
            continue
        if m.type != mention.type or m.status != "occurred" or _group(m) != _group(mention):
            continue
        return m if _text_dated(m) else None
    return None


def _object_of_plan(tok) -> bool:
    """An object in the clause of a verb that is yet to happen ("He said he would challenge the ban",
    "plans to appeal against the ruling"): what the plan is about may be any act of the story, and
    the nearest one of the same type is no evidence which (``definite_antecedent`` in dating.yaml:
    only the same head word then refers back)."""
    if tok.dep_ not in ("dobj", "pobj"):  # "The visit will deepen ...": a subject is told about
        return False
    verb = next((t for t in governors(tok) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ == "aux" and (c.tag_ == "MD" and c.lower_ in _PLAN_MODALS or c.lower_ == "to") for c in verb.children)


_PLAN_MODALS = frozenset({"will", "would", "shall", "'ll", "could", "may", "might"})


def _definite_noun(tok) -> bool:
    """An event noun that refers back ("the second attack", "the raid")."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in tok.children)


def _contrastive(tok) -> bool:
    """An event noun set against the latest of its kind ("the first attack"): it neither refers
    back to the nearest earlier mention nor is referred back to by a later "the raid"."""
    return any(c.dep_ == "amod" and c.lower_ in _CONTRASTIVE for c in tok.children)


def _parties(m: Mention) -> frozenset[str]:
    return frozenset(x for f in (*m.actor, *m.recipient) for x in (f.actor_id, f.country) if x)


def _span_days(d: EventDate) -> int:
    return (d.end - d.start).days


def _inside(inner: EventDate, outer: EventDate) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _text_dated(m: Mention) -> bool:
    return m.date.source == "text" and m.date.start is not None and m.date.end is not None


def dated_after_article(m: Mention, dct: Optional[date]) -> bool:
    """A date that starts after the article's day: the act is still to come. The dating stage makes
    such a plain report planned; ``date_events`` takes it for no narrative the text goes on telling
    (a simple-past act told next, the sister verb of "called a strike for Monday and accused the
    firm of ...", was done by the report: ``narrative.after_article``)."""
    return dct is not None and m.date.start is not None and m.date.start > dct


def _set_for_date(doc, trigger_i: int, m: Mention, timexes: list[Timex]) -> bool:
    """An event noun dated by a date behind "for" that a verb of calling or scheduling sets it for
    ("set a blockade for Wednesday", "called a strike outside the mill for Monday": the "for" on
    the verb or in the object's phrase; ``scheduled_by.for_verbs``, ``_planned_for``): a plan
    whatever the date, so no narrative either, even where the day is read as one gone by."""
    tok = doc[trigger_i]
    verb = tok.head
    if tok.dep_ != "dobj" or verb.i == tok.i or verb.lemma_.lower() not in _words("scheduled_by", "for_verbs"):
        return False
    tx = next((t for t in timexes if m.date.timex_id is not None and t.id == m.date.timex_id), None)
    span = _timex_tokens(doc, tx) if tx is not None else None
    if span is None:
        return False
    phrase = {t.i for t in tok.subtree}
    fors = [t.head for t in span if not span.start <= t.head.i < span.end]
    return any(p.lower_ == "for" and p.dep_ == "prep" and p.i > tok.i and (p.head.i == verb.i or p.head.i in phrase)
               for p in fors)


def _people(m: Mention, person_ids: frozenset[str]) -> frozenset[str]:
    return frozenset(f.actor_id for f in (*m.actor, *m.recipient) if f.actor_id in person_ids)


def _refine_coarse(pairs: list[tuple[Mention, int]], person_ids: frozenset[str]) -> None:
    """A text-dated mention takes the date of the one strictly more precise text-dated mention of
    the same event (same context key, no different people: Rudenko's trip "earlier this month"
    is not Shoigu's "last week") that lies inside its interval; with several distinct candidates
    ("in June ... and in October ... last year") it keeps its own."""
    by_key: dict[tuple, list[Mention]] = {}
    for m, _ in pairs:
        key = _context_key(m)
        if _text_dated(m) and (key[2] or key[3]):
            by_key.setdefault(key, []).append(m)
    for group in by_key.values():
        if len(group) < 2:
            continue
        originals = {id(m): m.date for m in group}
        people = {id(m): _people(m, person_ids) for m in group}
        for m in group:
            own, mine = originals[id(m)], people[id(m)]
            finer = {(d.start, d.end): d for d, theirs, o in ((originals[id(o)], people[id(o)], o) for o in group if o is not m)
                     if _inside(d, own) and _span_days(d) < _span_days(own)
                     and not (mine and theirs and not (mine & theirs)) and not _other_actor(m, o)}
            if len(finer) == 1:
                m.date = next(iter(finer.values())).model_copy()


_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "nsubj", "attr", "oprd"})


def _anchor_to_events(doc, pairs: list[tuple[Mention, int]], attachments: Optional[dict[int, list[Timex]]] = None
                      ) -> None:
    """An event "during" another event mention of the article takes that mention's text date
    when it is at least as precise as its own and inside it (or when it has none of its own).
    A past participle said of a noun with no date in its own clause ("the people arrested at last
    Saturday's march were released on Wednesday") that places its act at an event mention
    (``reduced_relative.scene_preps``) takes that event's date whatever it took from the clause
    around the noun: its act is the scene's, not the noun's clause's (``_scene_participle``)."""
    preps = same_time_preps()
    scene = _words("reduced_relative", "scene_preps")
    by_trigger: dict[int, Mention] = {}
    by_lemma: dict[str, list[tuple[int, Mention]]] = {}  # trigger lemma -> (trigger, mention), in order
    for m, i in sorted(pairs, key=lambda p: p[1]):
        if i not in by_trigger:
            by_trigger[i] = m
            by_lemma.setdefault(doc[i].lemma_.lower(), []).append((i, m))
    for m, i in pairs:
        anchor = None
        # the trigger, or the verb it is an argument of ("signed an agreement during the visit");
        # not further: "resulting in the deployment" is not in the time of "signed ... during"
        tok = doc[i]
        participle = _scene_participle(tok, attachments or {})
        for t in [tok, tok.head] if tok.dep_ in _ARGUMENT_DEPS else [tok]:
            for child in t.children:
                if child.dep_ == "prep" and (child.lower_ in preps or participle and child.lower_ in scene):
                    anchor = next((by_trigger.get(o.i) or _mentioned_before(o, by_lemma)
                                   for o in child.children if o.dep_ == "pobj"), None)
                    if anchor is not None:
                        break
            if anchor is not None:
                break
        if anchor is None or anchor is m or not _text_dated(anchor):
            continue
        if not _text_dated(m) or participle:
            m.date = anchor.date.model_copy()
        elif _inside(anchor.date, m.date) and _span_days(anchor.date) < _span_days(m.date):
            m.date = anchor.date.model_copy()


def _scene_participle(tok, attachments: dict[int, list[Timex]]) -> bool:
    """A past participle said of a noun ("the people arrested at last Saturday's march") with no
    date of its own (a date inside its objects' phrases, "last Saturday's", is theirs): the time it
    took from its clause walk is the noun's clause's, not its own."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i not in attachments


_DEFINITE = frozenset({"the", "this", "that", "his", "her", "its", "their"})


def _mentioned_before(noun, by_lemma: dict[str, list[tuple[int, Mention]]]) -> Optional[Mention]:
    """The event a definite event noun that is no trigger itself refers back to: the nearest
    earlier mention with the same head word ("will visit Hanoi next week ... expected to sign an
    agreement during the visit": the visit of next week)."""
    if noun.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in noun.children):
        return None
    earlier = by_lemma.get(noun.lemma_.lower(), [])
    k = bisect_left(earlier, noun.i, key=lambda p: p[0])
    return earlier[k - 1][1] if k else None


@lru_cache(maxsize=1)
def dating_rules() -> dict:
    return load_resource("dating.yaml")


@lru_cache(maxsize=None)
def _words(section: str, key: str) -> frozenset[str]:
    """A word list of dating.yaml (``section: {key: [...]}``). A missing section or key raises
    KeyError: a rule whose list vanished from the data should fail loudly, not stop matching."""
    return frozenset(dating_rules()[section][key])


@lru_cache(maxsize=1)
def pronoun_subjects() -> dict[str, str]:
    return dict(dating_rules()["narrative"]["pronoun_subjects"])

def same_time_preps() -> frozenset[str]:
    return frozenset(e["prep"] for e in dating_rules()["same_time"])


def _context_key(m: Mention) -> tuple:
    """Two mentions of an article with equal keys (type, status, actor and recipient countries)
    are taken to be the same event; the later one may inherit the earlier one's text date."""
    return (m.type, m.status, frozenset(f.country for f in m.actor if f.country),
            frozenset(f.country for f in m.recipient if f.country))


def _about_own_type(doc, trigger_i: int, type_: str) -> bool:
    """(datingFix34) Whether the trigger's content -- its that-clause (a clause with "that" /
    "whether" / "if"), or the that-clause or "of" / "about" phrase of its object -- tells an act of
    the trigger's own type ("denied that the monitors had been refused entry", "rejected reports
    that ...": a denial about a refusal). Such a mention is a later act about that act; what the
    same-event key remembers for the type may be the very act it is about, so neither the key nor
    the narrative context gives it a date (``about_own_type`` in dating.yaml). The act inside is read from the trigger lexicon, a mention or not
    (``_lexicon_type``: "denied that access had been refused", no mention made of that refusal)."""
    rules = dating_rules()["about_own_type"]
    tok = doc[trigger_i]

    def told(c) -> bool:  # a clause of content, "that ..." (not a relative or a participle: "the base used by")
        return c.dep_ in rules["clause_deps"] and any(m.dep_ == "mark" and m.lower_ in rules["marks"] for m in c.children)

    content = [c for c in tok.children if told(c)]
    content += [k for o in tok.children if o.dep_ in rules["object_deps"] for k in o.children
                if told(k) or k.dep_ == "prep" and k.lower_ in rules["object_preps"]]
    return any(w.i != trigger_i and _lexicon_type(w, type_) for c in content for w in c.subtree)


def _lexicon_type(w, type_: str) -> bool:
    """Whether the trigger lexicon reads the verb or noun ``w`` as an act of ``type_``, mentioned or
    not ("denied that access had been refused": no mention made of the refusal there)."""
    return w.pos_ in ("VERB", "NOUN") and \
        any(getattr(r, "type", None) == type_ for r in trigger_lexicon().rules(w.lemma_.lower(), w.pos_))


def _agentless_match(dated: dict[tuple, Mention], m: Mention) -> Optional[Mention]:
    """(datingFix29) A mention with no actor filler ("his arrest was linked to ...", "was
    detained") says nothing of the agent: it is the latest remembered event of its type and status
    whose recipient countries are its own, whatever that event's actor countries ("Police in
    Bishkek detained Osmonov on Thursday" ... "his arrest"). Only with recipient countries."""
    if m.actor:
        return None
    key = _context_key(m)
    if not key[3]:
        return None
    hits = [o for k, o in dated.items() if k[0] == key[0] and k[1] == key[1] and k[3] == key[3]]
    return hits[-1] if hits else None  # ``_remember`` keeps the dict in order of remembering


def _actor_kinds(m: Mention) -> frozenset:
    """The kinds of a mention's actors: the sector of each (a court JUD, a navy MIL), the state
    itself ("Indonesia", no sector) its own kind."""
    return frozenset(f.sector or "STATE" for f in m.actor if f.country or f.actor_id or f.sector)


def _other_actor(m: Mention, o: Mention) -> bool:
    """(datingFix29) Two mentions of one context key done by actors of no common kind, both
    sectors (a navy, the police) or one of them a branch that acts apart from the state (a court's
    confiscation on August 14, the state's seizure "this month";
    ``coreferent_refinement.separate_sectors``): different acts, the coarse one takes no day from
    the other. The state and its navy may be one actor."""
    a, b = _actor_kinds(m), _actor_kinds(o)
    if not a or not b or a & b:
        return False
    return "STATE" not in a | b or bool((a | b) & set(_words("coreferent_refinement", "separate_sectors")))


def _remember(dated: dict[tuple, Mention], m: Mention) -> None:
    # An index instead of scanning all earlier events for each one (quadratic on long texts).
    key = _context_key(m)
    if m.date.source == "text" and (key[2] or key[3]):
        dated.pop(key, None)  # the latest last (``_agentless_match``)
        dated[key] = m


def _accused_host(doc, trigger_i: int):
    """(datingFix31) The word of accusation whose complement the trigger names, or None: an act
    named as what someone is charged with, accused, suspected or convicted of, jailed for or
    arrested over ("was charged on Friday with smuggling", "held on Monday on suspicion of
    killing a trader", "accused the army on Tuesday of carrying out the raid"). The act was done
    before the accusation: the accusation's date is not its own (``accused_act`` in dating.yaml).
    Reached from the trigger through objects, coordinates and prepositional complements only, not
    through a clause with a subject of its own."""
    rules = dating_rules()["accused_act"]
    heads, inner = rules["heads"], frozenset(rules["inner_deps"])
    t = doc[trigger_i]
    for _ in range(8):
        if t.head.i == t.i:
            return None
        if t.dep_ in ("pobj", "pcomp") and t.head.dep_ == "prep" and \
                t.head.lower_ in heads.get(t.head.head.lemma_.lower(), ()):
            return t.head.head
        if t.tag_ == "VBG" and t.dep_ in ("pobj", "pcomp") and t.head.dep_ == "prep" and t.head.head.dep_ == "dobj" and \
                t.head.lower_ in heads.get(t.head.head.head.lemma_.lower(), ()):
            # (datingFix50) "accusing the group of financing ...", the "of" hung on the object: the
            # gerund is still what the group is accused of
            return t.head.head.head
        if t.dep_ not in inner or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return None
        if t.dep_ == "conj" and t.tag_ in rules["host_conjunct_tags"] and t.head.tag_ == "VBG":
            # (datingFix50) "charged with inciting violence and placed in detention": a past form is
            # no second gerund of the charge but a conjunct of the charge's own verb, misparsed
            return None
        t = t.head
    return None


def _complement_day(doc, trigger_i: int, attachments: dict[int, list[Timex]], triggers: frozenset[int],
                    dct: Optional[date]) -> list[Timex]:
    """(datingFix32) The one day the parser hangs inside the complement of a formal charge or of a
    refusal whose verb has no date of its own ("charged the reporter with spreading false news on
    Monday", "were indicted for fraud on Friday", "refused to let the convoy cross on Tuesday"):
    the charge's, the refusal's day. The complement's phrase is read through objects and
    prepositions only (not a relative or other clause: "with causing the death of a man whose
    killing on May 2 ..."); not where a mention or a physical act in that phrase may own the date
    ("charged with killing a guard on Saturday": the killing's day, ``_accused_host``), but the
    refused act itself, which did not happen then; not a day after the article's (a refused
    plan). [] where none or two (``complement_day`` in dating.yaml)."""
    heads, inner = _complement_rules()
    tok = doc[trigger_i]
    takes = heads.get(tok.lemma_.lower())
    if not takes or attachments.get(trigger_i):
        return []
    roots = [c for c in tok.children if c.dep_ == "xcomp"] if "xcomp" in takes else \
        [o for c in tok.children if c.dep_ == "prep" and c.lower_ in takes
         for o in c.children if o.dep_ in ("pobj", "pcomp")]
    days: dict = {}
    for root in roots:
        stack = [root]
        while stack:
            w = stack.pop()
            if not (w is root and "xcomp" in takes) and (w.i in triggers or _physical_word(w)):
                return []
            for tx in attachments.get(w.i, ()):
                if _one_day_date(tx):
                    days[tx.interval_start] = tx
            stack.extend(c for c in w.children if c.dep_ in inner)
    if len(days) != 1:
        return []
    tx = next(iter(days.values()))
    return [] if dct is not None and tx.interval_start > dct else [tx]


@lru_cache(maxsize=1)
def _complement_rules() -> tuple[dict, frozenset]:
    """dating.yaml complement_day: (verb lemma -> what takes its complement, the dependencies the
    complement's phrase is read through). A missing key raises, as ``_words`` does."""
    rules = dating_rules()["complement_day"]
    return rules["heads"], frozenset(rules["inner_deps"])


def _physical_word(w) -> bool:
    """A verb or noun the trigger lexicon reads as a physical act (``narrative.material_types``):
    an act done on a day of its own ("with shooting a student on Saturday"), even where the
    article's extraction made no mention of it."""
    if w.pos_ not in ("VERB", "NOUN"):
        return False
    material = _words("narrative", "material_types")
    return any(getattr(r, "type", None) in material for r in trigger_lexicon().rules(w.lemma_.lower(), w.pos_))


def _host_timexes(doc, host, attachments: dict[int, list[Timex]]) -> set[int]:
    """id() of the dates hung on the accusation word or on the words above it in its clause: the
    accusation's, not the accused act's."""
    return {id(tx) for w in [host, *host.ancestors] for tx in attachments.get(w.i, [])}


def _accused_antecedents(doc, pairs: list[tuple[Mention, int]], accused: dict[int, int],
                         attachments: dict[int, list[Timex]], dct: Optional[date]) -> None:
    """(datingFix31) An accused act left with the article's date takes the date of the one act of
    its type the article dates before the accusation, before or after it in the text ("were charged
    on Friday with arson ... The warehouse was set on fire on Tuesday": Tuesday), when the two
    share a party or one of them names none; with none, or acts of that type on two dates, it keeps
    the article's date (unknown stays unknown: the accusation's day would be wrong)."""
    skip = frozenset(accused)
    for m, i in pairs:
        host = accused.get(i)
        if host is None or m.date.source != "article" or m.status != "occurred" or m.type == "unknown":
            continue  # an untyped mention (the outside golds' triggers) says nothing of which act it is
        by_host = None
        for n, k in pairs:
            if k == host and n.date.source == "text":
                by_host = n.date
                break
        if by_host is None:
            found = governing_timexes(doc, host, attachments)
            by_host = _event_date(found[0]) if found else None
        limit = by_host.start if by_host is not None and by_host.start is not None else dct
        if limit is None:
            continue
        mine = _named_parties(m)
        cands = [n for n, k in pairs if k != i and k not in skip and n.type == m.type and n.status == "occurred"
                 and _text_dated(n) and n.date.end is not None and n.date.end < limit
                 and (not mine or not _named_parties(n) or mine & _named_parties(n))]
        values = {n.date.value for n in cands}
        if len(values) == 1:
            m.date = cands[0].date.model_copy()


def _named_parties(m: Mention) -> frozenset[str]:
    """A mention's parties as ids, countries and their words ("Rebels" and "the rebels" of two
    sentences may be two actor ids)."""
    return _parties(m) | frozenset(f.text.lower().removeprefix("the ") for f in (*m.actor, *m.recipient) if f.text)
