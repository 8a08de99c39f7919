"""Public bodies named after a descriptor ("the Indonesian maritime security agency Bakamla"), a
possessive country before an organisation ("Kenya's National Assembly"), a title term that
starts lower-case ("Senegal's armed forces minister") and a place of make ("French-built"):
resources/actors/bodies.yaml and actors/extract.py. Sentences written for these tests."""
from __future__ import annotations

import pytest

from chronicle.actors.extract import build_actors, find_actor_mentions
from chronicle.actors.lexicon import load_resource
from chronicle.nlp import get_nlp

EXAMPLES = load_resource("bodies.yaml")["examples"]


def _actors(text: str):
    return build_actors(find_actor_mentions(get_nlp()(text)))


def _named(text: str, name: str):
    found = [a for a in _actors(text) if a.name == name]
    assert found, [(a.name, a.kind) for a in _actors(text)]
    return found[0]


@pytest.mark.parametrize("e", EXAMPLES, ids=lambda e: f"{e['name']}:{e['text'][:40]}")
def test_bodies_yaml_example(e):
    a = _named(e["text"], e["name"])
    assert (a.kind, a.country, a.sector) == (e["kind"], e["country"], e["sector"])


def test_later_mentions_of_the_body_name_are_the_same_organisation():
    a = _named("The Malaysian maritime enforcement agency Maritim detained two boats. "
               "A Maritim vessel escorted them to port.", "Maritim")
    assert len(a.mentions) == 2


@pytest.mark.parametrize("text,name,country,sector", [
    ("The Indian coast guard seized a Sri Lankan trawler.", "Indian coast guard", "IND", "MIL"),
    ("Kenya's parliament approved the budget on Tuesday.", "Kenya's parliament", "KEN", "LEG"),
    ("Kenya's National Assembly passed the finance bill on Tuesday.", "National Assembly", "KEN", "LEG"),
    ("Ghana's Electoral Commission published the results.", "Electoral Commission", "GHA", "GOV"),
])
def test_country_of_a_body(text, name, country, sector):
    a = _named(text, name)
    assert (a.country, a.sector) == (country, sector)


def test_a_possessive_official_is_not_given_the_nearer_country_of_a_counterpart():
    a = _named("The deal was signed by Togo's armed forces minister Kossi Amegan and his Beninese "
               "counterpart in Lome.", "Kossi Amegan")
    assert (a.country, a.sector) == ("TGO", "GOV")


def test_a_place_of_make_is_no_party():
    actors = _actors("A French-built navy ship docked in the harbour on Monday.")
    assert not [a for a in actors if a.country == "FRA"], [(a.name, a.country) for a in actors]


def test_a_country_of_make_does_not_give_the_body_its_country():
    actors = _actors("Russian-made drones hit the port on Monday.")
    assert not [a for a in actors if a.country == "RUS"], [(a.name, a.country) for a in actors]


# --- an object pronoun after an unnamed official of the same sentence (actors/extract.py, _official_before)
def _antecedent(text: str, pronoun: str = "him"):
    from chronicle.actors.extract import ActorIndex, resolve_pronoun
    doc = get_nlp()(text)
    mentions = find_actor_mentions(doc)
    index = ActorIndex(mentions, build_actors(mentions))
    tok = next(t for t in doc if t.lower_ == pronoun)
    m = resolve_pronoun(doc, tok, index)
    return m and (m.name, m.country)


def test_him_after_a_summoned_envoy_is_the_envoy():
    assert _antecedent("Chile's foreign ministry summoned the Peruvian ambassador on Friday and handed him "
                       "a formal complaint.") == ("Peruvian ambassador", "PER")


@pytest.mark.parametrize("text", [
    "Pedro Soto said the Peruvian ambassador had called him twice.",  # the official is the subject
    "The Peruvian ambassador met Pedro Soto and thanked him.",  # a person named in between
])
def test_him_is_not_an_official_it_cannot_be(text):
    assert _antecedent(text) == ("Pedro Soto", None)
