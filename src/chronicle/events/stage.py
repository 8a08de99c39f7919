"""The event stages: events -> status -> dating -> attribution -> location."""
from __future__ import annotations


from chronicle.events.anaphora import resolve_country_anaphora
from chronicle.events.attribution import attributions, reporting_tokens
from chronicle.events.classifier import fallback_events
from chronicle.events.dating import date_events, dated_after_article, timeline_lines
from chronicle.events.detect import detect_events, merge_nominal_duplicates
from chronicle.events.event_anaphora import resolve_act_anaphora
from chronicle.events.lexicon import strict_plover
from chronicle.events.location import locate
from chronicle.events.status import mention_status
from chronicle.pipeline import DocState, stage


@stage("events")
def events_stage(state: DocState) -> None:
    reporting = reporting_tokens(state.doc)
    # The saying itself is not the event; a demand voiced as a statement is, and so is a
    # reporting verb that acts on the object its rule names, with no clause reported
    # ("declared the three persona non grata", "declared a curfew"), or the prepositional object
    # its rule names ("added five firms to its blacklist").
    found = [(m, i, r) for m, i, r in detect_events(state.doc, state.actor_index)
             if i not in reporting or "ccomp_aux" in r.requires or
             "complement" in r.requires or
             (("dobj" in r.requires or "pobj_words" in r.requires)
              and not any(c.dep_ == "ccomp" for c in state.doc[i].children))]
    found = merge_nominal_duplicates(state.doc, found, state.actor_index)
    state.result.events = []
    state.triggers = {}
    for mention, trigger_i, rule in found:
        state.result.events.append(mention)
        state.triggers[id(mention)] = (trigger_i, rule)
    if state.options.get("event_classifier", False):
        # The statistical fallback: a typed event for a sentence the rules found nothing in.
        # Off by default for articles (it costs ~10 ms per sentence without a rule event, more
        # than the parse); on for the sentence interface (extract, eval events).
        covered = {m.sentence.start for m in state.result.events}
        for mention, trigger_i, rule in fallback_events(state.doc, state.actor_index, covered, reporting):
            state.result.events.append(mention)
            state.triggers[id(mention)] = (trigger_i, rule)
    resolve_country_anaphora(state.doc, state.result,
                             [(m, state.triggers[id(m)][0]) for m in state.result.events])


@stage("status")
def status_stage(state: DocState) -> None:
    lines = timeline_lines(state.doc, state.result.timexes)  # a box line is read on its own words
    for m in state.result.events:
        trigger_i, _ = state.triggers[id(m)]
        m.status = mention_status(state.doc, trigger_i, lines)
    # "the seizure": the one act told before; dated with it below
    state.act_anaphors = resolve_act_anaphora(state.doc, state.result, state.triggers)


@stage("dating")
def dating_stage(state: DocState) -> None:
    pairs = [(m, state.triggers[id(m)][0]) for m in state.result.events]
    people = frozenset(a.id for a in state.result.actors if a.kind == "person")
    dated = date_events(state.doc, pairs, state.result.timexes, state.article.date, people)
    dct = state.article.date
    for m in dated:
        # A plain report of an action dated after the article is a plan, not a fact.
        if m.status == "occurred" and m.date.source == "text" and dated_after_article(m, dct):
            m.status = "planned"
        m.plover, m.cameo = strict_plover(m.type, m.status, m.cameo)
        if m.date.source == "text":
            m.confidence = min(0.95, m.confidence + 0.05)
    # A definite event noun taken as a mention of one earlier act is that act: its date and status.
    for m, ante in state.act_anaphors:
        m.date, m.status = ante.date.model_copy(), ante.status
        m.plover, m.cameo = ante.plover, ante.cameo
    # Copies made for coordinated dates share the trigger of their original.
    first_with: dict = {}  # trigger -> the first original with it (a dict, not a scan per copy)
    for o, _ in pairs:
        first_with.setdefault((o.trigger.text, o.trigger.start, o.trigger.end), o)
    for m in dated:
        if id(m) not in state.triggers:
            original = first_with[(m.trigger.text, m.trigger.start, m.trigger.end)]
            state.triggers[id(m)] = state.triggers[id(original)]
    for n, m in enumerate(dated, 1):
        m.id = f"e{n}"
    state.result.events = dated


@stage("attribution")
def attribution_stage(state: DocState) -> None:
    by_sentence = attributions(state.doc)
    for m in state.result.events:
        att = by_sentence.get(m.sentence.start)
        m.attribution = att.model_copy() if att is not None else None


@stage("location")
def location_stage(state: DocState) -> None:
    for m in state.result.events:
        trigger_i, _ = state.triggers[id(m)]
        m.location = locate(state.doc, m, trigger_i)


