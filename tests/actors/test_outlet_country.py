"""A titled official with no country of their own takes the nearest country of the sentence, but
not a news outlet's ("a ministry official told Reuters": Reuters is British, the minister is not)."""
from __future__ import annotations

from datetime import date

import pytest

from chronicle.model import Article
from chronicle.pipeline import annotate


def _countries(text: str, name: str) -> set:
    events = annotate(Article(id="x", date=date(2025, 3, 28), text=text)).events
    return {f.country for e in events for f in e.actor + e.recipient if name in (f.name or f.text)}


@pytest.mark.parametrize("text", [
    "Health Minister Issoufou Garba met the MSF president on Monday, a ministry official told Reuters.",
    "Interior Minister Amadou Souley met the aid groups on Monday, an aide told the BBC.",
])
def test_outlet_country_is_not_the_officials(text):
    assert "GBR" not in _countries(text, "Minister" if "Souley" not in text else "Souley") | _countries(text, "Garba")


def test_a_country_of_the_sentence_still_is():
    assert "NER" in _countries("Niger's military rulers said Health Minister Issoufou Garba met the MSF president.", "Garba")
