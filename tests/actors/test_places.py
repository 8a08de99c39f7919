"""A place someone goes to, comes from, visits or meets in is no source of a titled official's
nationality (places.yaml; the nearest-country rule of actors/extract.py). Invented people in
sentences written for these tests."""
from __future__ import annotations

import pytest

from chronicle.actors.extract import build_actors, find_actor_mentions
from chronicle.actors.lexicon import load_resource
from chronicle.nlp import get_nlp

EXAMPLES = load_resource("places.yaml")["examples"]


def _person(text: str, name: str):
    actors = build_actors(find_actor_mentions(get_nlp()(text)))
    person = [a for a in actors if a.name == name and a.kind == "person"]
    assert person, [a.name for a in actors]
    return person[0]


@pytest.mark.parametrize("e", EXAMPLES, ids=lambda e: f"{e['name']}:{e['text'][:40]}")
def test_places_yaml_example(e):
    assert _person(e["text"], e["name"]).country == e["country"]


def test_role_of_a_visitor_takes_no_country_from_the_place():
    person = _person("Oleg Voss, the former defence minister, arrived in Pyongyang on Tuesday.", "Oleg Voss")
    assert [(r.title, r.country, r.qualifier) for r in person.roles] == [("Defence Minister", None, "former")]
