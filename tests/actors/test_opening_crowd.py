"""(roles25) A crowd noun opening a sentence or the text after a dateline, tagged a proper noun there,
is a crowd (actors/extract.py _opening_crowd); a dateline's country then reaches it. Examples:
resources/actors/dateline_police.yaml opening_crowd_examples (own sentences)."""
from __future__ import annotations

import pytest

from chronicle.actors import lexicon
from chronicle.actors.extract import find_actor_mentions
from chronicle.nlp import get_nlp

EXAMPLES = lexicon.load_resource("dateline_police.yaml")["opening_crowd_examples"]
_CROWD = {w.lower() for w in lexicon.load_resource("dateline_police.yaml")["crowd_nouns"]}


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:60] for e in EXAMPLES])
def test_an_opening_crowd_noun_is_a_crowd(ex):
    mentions = find_actor_mentions(get_nlp()(ex["text"]))
    groups = [m for m in mentions if m.kind == "group"]
    if ex["group"] is None:
        # no group (nor organisation) is the crowd word alone
        assert not any(m.text.lower() in _CROWD for m in mentions), [(m.text, m.kind) for m in mentions]
        return
    found = [m for m in groups if m.text == ex["group"]]
    assert found, [(m.text, m.kind, m.country) for m in mentions]
    assert found[0].country == ex.get("country")
