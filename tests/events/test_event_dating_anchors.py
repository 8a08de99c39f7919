"""The examples of resources/events/dating.yaml: dates taken from a more precise mention of the
same event, from the event another one happened during, from the governing event and the
narrative context, and the date attachments read by word order or through an adverb that only
places the date ("late on Saturday")."""
from __future__ import annotations

import pytest

from chronicle.events.dating import dating_rules

from _sentences import annotated


def _cases():
    rules = dating_rules()
    out = []
    for entry in rules["same_time"]:
        out += [("during", ex) for ex in entry.get("examples", []) + entry.get("counter_examples", [])]
    other = rules["other_time"]
    out += [("other", ex) for ex in other.get("examples", []) + other.get("counter_examples", [])]
    for kind in ("coreferent_refinement", "word_order", "planned_under_occurred", "governing_event", "narrative",
                 "placing_adverb", "definite_antecedent", "comment_verbs", "scheduled_by", "duration_host", "offset",
                 "reported_perfect", "cause_in_period", "aspect_subject",
                 "reduced_relative", "participant_dates", "own_clause", "present_relative", "gapped_conjunct",
                 "since_onset", "event_subject", "quoted_as", "entry_label", "event_relative", "timeline_entry",
                 "after_dated_event", "accused_act", "complement_day", "after_clause_day",
                 "rescheduled_to", "time_as_object", "about_own_type", "speaker_participle",
                 "quoted_statement", "same_day_as", "state_onset", "fronted_date_semicolon",
                 "demonstrative_antecedent", "commitment_clause", "purpose_host_day", "evening_clause_day", "after_lead_noun",
                 "bulletin_dateline", "ordered_state", "clock_box", "held_since", "document_date_line", "subhead_item",
                 "live_blog_heading", "on_arrival", "present_conjunct", "grievance", "interview_day", "correction"):
        ref = rules[kind]
        out += [(kind, ex) for ex in ref.get("examples", []) + ref.get("counter_examples", [])]
    sub = rules["reduced_relative"]["subject_participle"]
    out += [("subject_participle", ex) for ex in sub["examples"] + sub["counter_examples"]]
    return out


@pytest.mark.parametrize("kind,ex", _cases(), ids=lambda x: x if isinstance(x, str) else x["text"][:50])
def test_dating_example(kind, ex):
    events = annotated(ex["text"]).events
    got = [(e.trigger.text, e.date.value) for e in events if e.trigger.text == ex["trigger"]]
    assert got, f"no event triggered by {ex['trigger']!r}: {[(e.trigger.text, e.type) for e in events]}"
    if "values" in ex:
        assert sorted(v for _, v in got) == sorted(ex["values"]), got
    else:
        assert any(v == ex["value"] for _, v in got), got
    if "source" in ex:
        assert all(e.date.source == ex["source"] for e in events if e.trigger.text == ex["trigger"])
    for key in ("start", "end"):  # an interval with no value ("less than two weeks after Monday")
        if key in ex:
            assert any(str(getattr(e.date, key)) == ex[key] for e in events if e.trigger.text == ex["trigger"]), got


def test_fronted_report_reads_an_adjunct_parse():
    """'seized a tanker in the Gulf on Thursday, state media reported' parsed (in a longer
    article) with 'reported' as an adjunct of 'seized' and the date's phrase on 'reported': the
    date is the seizure's; a date after the reporting verb's subject stays the report's."""
    from spacy.tokens import Doc

    from chronicle.events.dating import _fronted_report
    from chronicle.nlp import get_nlp

    words = ["Guards", "seized", "a", "tanker", "in", "the", "Gulf", "on", "Thursday", ",", "state", "media",
             "reported", "."]
    heads = [1, 1, 3, 1, 12, 6, 4, 6, 7, 12, 11, 12, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct", "compound", "nsubj",
            "advcl", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "NOUN", "NOUN", "VERB",
           "PUNCT"]
    lemmas = [w.lower() for w in words[:12]] + ["report", "."]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert _fronted_report(doc[6], doc[8:9]).i == 1  # the Gulf's date -> seized
    words2 = ["Guards", "seized", "a", "tanker", ",", "state", "media", "reported", "on", "Thursday", "."]
    heads2 = [1, 1, 3, 1, 7, 6, 7, 1, 7, 8, 1]
    deps2 = ["nsubj", "ROOT", "det", "dobj", "punct", "compound", "nsubj", "advcl", "prep", "pobj", "punct"]
    pos2 = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    lemmas2 = [w.lower() for w in words2[:7]] + ["report", "on", "thursday", "."]
    doc2 = Doc(get_nlp().vocab, words=words2, heads=heads2, deps=deps2, pos=pos2, lemmas=lemmas2)
    assert _fronted_report(doc2[7], doc2[9:10]).i == 7  # after the subject: the report's
