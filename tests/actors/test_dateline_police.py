"""(roles12) Bare police of an article with a placed dateline take the dateline's country
(resources/actors/dateline_police.yaml examples); a capitalised demonym adjective the NER left
untagged makes a group of its country (resources/actors/countries.yaml group_examples)."""
from __future__ import annotations

import pytest

from chronicle.actors import lexicon
from chronicle.actors.extract import find_actor_mentions
from chronicle.nlp import get_nlp

EXAMPLES = lexicon.load_resource("dateline_police.yaml")["examples"]
GROUPS = lexicon.load_resource("countries.yaml")["group_examples"]


def _country(text, group):
    mentions = find_actor_mentions(get_nlp()(text))
    found = [m for m in mentions if m.kind == "group" and m.text == group]
    assert found, [(m.text, m.kind, m.country) for m in mentions]
    return found[0].country


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:60] for e in EXAMPLES])
def test_bare_police_take_the_datelines_country(ex):
    assert _country(ex["text"], ex["group"]) == ex["country"]


@pytest.mark.parametrize("ex", GROUPS, ids=[e["text"][:40] for e in GROUPS])
def test_an_untagged_demonym_makes_a_group_of_its_country(ex):
    assert _country(ex["text"], ex["group"]) == ex["country"]
