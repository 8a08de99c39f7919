"""(roles14) One member of a force named in the singular ("a policeman", "a gendarme") is an actor
mention on its own, as the plural is (sectors.yaml terms marked `singular_actor`); a lone title word
is not."""
from __future__ import annotations

import pytest

from chronicle.actors import lexicon
from chronicle.actors.extract import find_actor_mentions
from chronicle.nlp import get_nlp

CASES = [(text, group) for e in lexicon.load_resource("sectors.yaml")["terms"]
         for text, group in e.get("singular_actor_examples") or []]


def _groups(text: str) -> list[str]:
    return [m.text for m in find_actor_mentions(get_nlp()(text)) if m.kind == "group"]


@pytest.mark.parametrize("text,group", CASES, ids=[c[0][:50] for c in CASES])
def test_one_member_of_a_force_is_an_actor(text, group):
    assert group in _groups(text)


def test_every_marked_term_has_an_example():
    marked = {e["term"] for e in lexicon.load_resource("sectors.yaml")["terms"] if e.get("singular_actor")}
    listed = {e["term"] for e in lexicon.load_resource("sectors.yaml")["terms"] if e.get("singular_actor_examples")}
    assert marked and marked <= listed


def test_a_lone_title_word_is_still_no_actor():
    assert "minister" not in _groups("The minister arrived late.")


def test_the_place_of_a_police_noun_is_no_person():
    mentions = find_actor_mentions(get_nlp()("Gendarmes in Kaolack seized the canoe."))
    assert not any(m.kind == "person" for m in mentions), [(m.text, m.kind) for m in mentions]
