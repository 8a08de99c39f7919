"""extract18: a document and the act it carries, a measure in force, a state's diplomatic mission."""
from __future__ import annotations

from chronicle.events.detect import _phrase_words
from chronicle.nlp import get_nlp

from _sentences import events


def test_a_head_phrase_names_a_high_commission_not_any_commission():
    doc = get_nlp()("Protesters stormed the Kenyan High Commission. The European Commission fined Google.")
    heads = [t for t in doc if t.lower_ == "commission"]
    assert "high commission" in _phrase_words(heads[0])
    assert "high commission" not in _phrase_words(heads[1])


def test_the_participle_of_a_document_handed_over_is_no_second_demand():
    es = events("Chile's foreign ministry handed the Dutch envoy a note demanding the return of the documents.")
    assert [(e.type, e.trigger.text) for e in es] == [("REQUEST", "handed")]


def test_a_measure_in_force_is_one_event_with_its_noun():
    es = events("The European Union's sanctions on Belarus took effect on Monday.")
    assert [(e.type, e.trigger.text) for e in es] == [("SANCTION", "took")]
    assert any(r.country == "BLR" for r in es[0].recipient)


def test_a_mission_counts_only_as_a_states():
    assert not [e for e in events("The charity said the minister's attack on its mission was unfair.")
                if e.type == "ASSAULT"]
    es = [e for e in events("Nigeria summoned Ghana's envoy to protest against the attack on its mission in Accra.")
          if e.type == "ASSAULT"]
    assert es and [r.country for r in es[0].recipient] == ["NGA"]
