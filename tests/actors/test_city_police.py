"""(roles13) A police force, court, judge or prosecutor named by a place takes the gazetteer's
country of that place (resources/actors/city_police.yaml examples)."""
from __future__ import annotations

import pytest

from chronicle.actors import lexicon
from chronicle.actors.extract import find_actor_mentions
from chronicle.nlp import get_nlp

EXAMPLES = lexicon.load_resource("city_police.yaml")["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:60] for e in EXAMPLES])
def test_police_and_courts_take_their_places_country(ex):
    mentions = find_actor_mentions(get_nlp()(ex["text"]))
    found = [m for m in mentions if m.kind in ("group", "organization") and m.text == ex["group"]]
    assert found, [(m.text, m.kind, m.country) for m in mentions]
    assert found[0].country == ex["country"]
