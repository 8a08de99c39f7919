"""(roles26) A post's field noun carrying the post's demonym (parties.yaml post_field; actors/extract.py
_field_of_a_post), "the two countries" taking a titled person's country word (parties.yaml pair_anaphora
country_word_examples; events/detect.py _title_country_word). The possessor of an act done to a person
(patient_possessive) runs with parties.yaml's main examples (test_resource_examples.py). Own sentences."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import events, names

DATA = load_resource("parties.yaml")


@pytest.mark.parametrize("ex", DATA["post_field"]["examples"], ids=lambda ex: ex["text"][:60])
def test_a_posts_field_noun_leaves_the_post_its_demonyms_country(ex):
    found = [e for e in events(ex["text"]) if e.type == ex["type"]]
    assert found, f"no {ex['type']} event in {ex['text']!r}"
    got = [(r.text, r.country) for e in found for r in e.recipient]
    assert any(ex["recipient"] in r.text and r.country == ex["country"] for e in found for r in e.recipient), got


@pytest.mark.parametrize("ex", DATA["pair_anaphora"]["country_word_examples"], ids=lambda ex: ex["text"][-60:])
def test_the_two_countries_take_a_titled_persons_country_word(ex):
    found = [e for e in events(ex["text"]) if e.type == ex["type"]]
    assert found, f"no {ex['type']} event in {ex['text']!r}"
    got = [[a.text for a in e.actor] for e in found]
    assert any(all(names(e.actor, w) for w in ex["actor"]) for e in found), got
    if ex.get("absent_actor"):
        assert not any(names(e.actor, ex["absent_actor"]) for e in found), got


def test_the_patient_possessive_data_lists_person_nouns():
    # a state or a body is no person possessor: it keeps the frame's reading
    data = DATA["patient_possessive"]
    assert not {"government", "army", "police", "junta", "country"} & set(data["person_possessors"])
