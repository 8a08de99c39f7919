"""(roles17) A passive clause said of a person ("Omar Haddad, a trader detained by Libyan police")
gives the person neither the country nor the sector of its "by" agent: the agent did something to
the person (resources/events/parties.yaml done_to_clause examples, our own sentences); nor does the
other side of "between ... and ..." (between_parties other_side_examples)."""
from __future__ import annotations

import pytest

from chronicle.actors.extract import find_actor_mentions
from chronicle.events.lexicon import load_resource
from chronicle.nlp import get_nlp

EXAMPLES = load_resource("parties.yaml")["done_to_clause"]["examples"]
OTHER_SIDE = load_resource("parties.yaml")["between_parties"]["other_side_examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda ex: ex["text"][:60])
def test_a_clause_done_to_a_person_gives_no_country(ex):
    mentions = [m for m in find_actor_mentions(get_nlp()(ex["text"])) if m.kind == "person" and m.name == ex["person"]]
    assert mentions, [(m.text, m.kind) for m in find_actor_mentions(get_nlp()(ex["text"]))]
    assert all(m.country == ex["country"] for m in mentions), [(m.text, m.country, m.evidence) for m in mentions]
    if "sector" in ex:
        assert all(m.sector == ex["sector"] for m in mentions), [(m.text, m.sector) for m in mentions]


@pytest.mark.parametrize("ex", OTHER_SIDE, ids=lambda ex: ex["text"][:60])
def test_the_other_side_gives_no_country(ex):
    mentions = [m for m in find_actor_mentions(get_nlp()(ex["text"])) if m.kind == "person" and m.name == ex["person"]]
    assert mentions, [(m.text, m.kind) for m in find_actor_mentions(get_nlp()(ex["text"]))]
    assert all(m.country == ex["country"] for m in mentions), [(m.text, m.country) for m in mentions]
