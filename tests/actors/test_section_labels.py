"""(roles15) A round-up item's country label ("TONGA: ...") gives its country to the state bodies
with no country of their own in that item (resources/actors/section_labels.yaml examples)."""
from __future__ import annotations

import pytest

from chronicle.actors import lexicon

from _group_country import assert_group_country

EXAMPLES = lexicon.load_resource("section_labels.yaml")["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:60] for e in EXAMPLES])
def test_a_country_label_gives_its_items_state_bodies_its_country(ex):
    assert_group_country(ex["text"], ex["party"], ex["country"])
