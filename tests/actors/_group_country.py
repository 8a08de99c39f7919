"""The country find_actor_mentions gives a named group or organization in a sentence (the data-file
examples of city_police.yaml and section_labels.yaml are checked with it)."""
from __future__ import annotations

from chronicle.actors.extract import find_actor_mentions
from chronicle.nlp import get_nlp


def assert_group_country(text: str, name: str, country) -> None:
    mentions = find_actor_mentions(get_nlp()(text))
    found = [m for m in mentions if m.kind in ("group", "organization") and m.text == name]
    assert found, [(m.text, m.kind, m.country) for m in mentions]
    assert found[0].country == country
