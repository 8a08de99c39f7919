"""(roles25) The men of a named armed group are of the group (actors/extract.py _armed_group_of;
resources/actors/sectors.yaml organisations of sector REB and armed_group_examples, own sentences)."""
from __future__ import annotations

import pytest

from chronicle.actors import lexicon
from chronicle.actors.extract import find_actor_mentions
from chronicle.nlp import get_nlp

EXAMPLES = lexicon.load_resource("sectors.yaml")["armed_group_examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:50] for e in EXAMPLES])
def test_a_named_armed_groups_men_are_of_the_group(ex):
    mentions = find_actor_mentions(get_nlp()(ex["text"]))
    found = [m for m in mentions if m.kind == "group" and m.text == ex["group"]]
    if ex["sector"] is None and not found:
        return  # a noun of no sector and no country is no group at all
    assert found, [(m.text, m.kind, m.country, m.sector) for m in mentions]
    assert (found[0].country, found[0].sector) == (ex["country"], ex["sector"])
