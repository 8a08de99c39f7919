"""(roles11) A bare name two countries share ("Congo") takes the other country in an article that
names only the other (resources/actors/countries.yaml by_context examples)."""
from __future__ import annotations

import re

import pytest

from chronicle.actors import lexicon
from chronicle.actors.extract import find_actor_mentions
from chronicle.nlp import get_nlp

CASES = [(r, ex) for r in lexicon.load_resource("countries.yaml")["by_context"] for ex in r["examples"]]


@pytest.mark.parametrize("rule,ex", CASES, ids=[f"{r['phrase']}-{i}" for i, (r, _) in enumerate(CASES)])
def test_a_bare_shared_name_takes_the_country_the_article_names(rule, ex):
    text = ex["text"]
    mentions = find_actor_mentions(get_nlp()(text))
    # the bare name as a word ("Congo army", not "Congolese troops": a demonym's group has its own country)
    word = re.compile(r"\b%s\b" % re.escape(rule["phrase"]))
    bare = [m for m in mentions if word.search(m.text) and m.country in (rule["default"], rule["other"])]
    assert bare, [(m.text, m.country) for m in mentions]
    want = rule["other"] if ex["other"] else rule["default"]
    assert all(m.country == want for m in bare), [(m.text, m.country) for m in bare]
