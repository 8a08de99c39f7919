"""(roles15) A round-up item's country label ("TONGA: ...") gives its country to the state bodies
with no country of their own in that item (resources/actors/section_labels.yaml examples)."""
from __future__ import annotations

import pytest

from chronicle.actors import lexicon
from chronicle.actors.extract import find_actor_mentions
from chronicle.nlp import get_nlp

EXAMPLES = lexicon.load_resource("section_labels.yaml")["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:60] for e in EXAMPLES])
def test_a_country_label_gives_its_items_state_bodies_its_country(ex):
    mentions = find_actor_mentions(get_nlp()(ex["text"]))
    found = [m for m in mentions if m.kind in ("group", "organization") and m.text == ex["party"]]
    assert found, [(m.text, m.kind, m.country) for m in mentions]
    assert found[0].country == ex["country"]
