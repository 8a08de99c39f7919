"""(roles13) A police force, court, judge or prosecutor named by a place takes the gazetteer's
country of that place (resources/actors/city_police.yaml examples)."""
from __future__ import annotations

import pytest

from chronicle.actors import lexicon

from _group_country import assert_group_country

EXAMPLES = lexicon.load_resource("city_police.yaml")["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:60] for e in EXAMPLES])
def test_police_and_courts_take_their_places_country(ex):
    assert_group_country(ex["text"], ex["group"], ex["country"])
