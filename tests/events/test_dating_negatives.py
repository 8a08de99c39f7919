"""Negative look-alikes of two dating readings that the pipeline's examples cannot reach (mend13b):
a single line that opens with a date is no timeline box (``dating._timeline_entries``), and a
small clause under a reporting verb gives the verb no date (``dating._participant_dates``; a
reporting verb is an event trigger only with a "must" / "should" clause, which that branch skips)."""
from __future__ import annotations

from datetime import date

from chronicle.events.dating import _participant_dates, _timeline_entries, _timex_attachments
from chronicle.nlp import get_nlp
from chronicle.time.tagger import tag_timexes

DCT = date(2025, 3, 28)


def _parsed(text: str):
    doc = get_nlp()(text)
    return doc, tag_timexes(text, DCT, doc)


def test_a_single_dated_line_is_no_timeline_box():
    box = "Rebels seized the town on Sunday.\n\nJan 3: rebels attack an army post\nJan 7: army shells the town"
    doc, timexes = _parsed(box)
    assert {entry[0].text for entry in _timeline_entries(doc, box, timexes).values()} == {"Jan 3", "Jan 7"}
    one = "Rebels seized the town on Sunday.\n\nJan 3: rebels attack an army post near Goma"
    doc, timexes = _parsed(one)
    assert _timeline_entries(doc, one, timexes) == {}


def _small_clause_dates(text: str, verb: str) -> list[str]:
    doc, timexes = _parsed(text)
    v = next(t for t in doc if t.text == verb)
    assert any(c.dep_ == "ccomp" and c.tag_ in ("NN", "NNP", "VB") for c in v.children), \
        [(t.text, t.dep_, t.tag_) for t in doc]  # the parse the reading is about
    found = _participant_dates(doc, v.i, _timex_attachments(doc, timexes), frozenset({v.i}))
    return [tx.value for tx in found]


def test_a_small_clause_dates_its_verb_but_not_a_report():
    assert _small_clause_dates("The government declared the ambassador persona non grata on Tuesday.",
                               "declared") == ["2025-03-25"]
    assert _small_clause_dates("The ministry announced the ambassador persona non grata on Tuesday, a spokesman said.",
                               "announced") == []
