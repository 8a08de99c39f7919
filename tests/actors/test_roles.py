"""Roles (titles) stated for people: the title as written with its offsets, normalized, its country
and sector, and whether it is stated as former / outgoing / acting. No title, no role.

Invented people in sentences written for these tests."""
from __future__ import annotations

import pytest

from chronicle.actors.extract import build_actors, find_actor_mentions
from chronicle.nlp import get_nlp


def roles_of(text: str, name: str):
    actors = build_actors(find_actor_mentions(get_nlp()(text)))
    person = [a for a in actors if a.name == name and a.kind == "person"]
    assert person, [a.name for a in actors]
    return [r for a in person for r in a.roles]


# (sentence, person, [(span as written, normalized title, country, sector, qualifier)])
CASES = [
    # a title before the name, with a possessive country
    ("Russia's Security Council Secretary Pavel Arkhipov met officials in Beijing on Tuesday.",
     "Pavel Arkhipov", [("Russia's Security Council Secretary", "Security Council Secretary", "RUS", "GOV", None)]),
    # a bare title before the name
    ("Deputy Foreign Minister Anton Belov said the talks would go on.",
     "Anton Belov", [("Deputy Foreign Minister", "Deputy Foreign Minister", None, "GOV", None)]),
    # a demonym; a title with "of" inside
    ("US Secretary of State Mark Ellery met Chinese Foreign Minister Li Wen in Beijing.",
     "Mark Ellery", [("US Secretary of State", "Secretary of State", "USA", "GOV", None)]),
    # apposition after the name, former, possessive country inside it
    ("Helga Nyberg, Norway's former foreign minister, said the talks had failed.",
     "Helga Nyberg", [("Norway's former foreign minister", "Foreign Minister", "NOR", "GOV", "former")]),
    # apposition with an article; lower-case title before the name, widened over its compound
    ("Olaf Brandt, the former defence minister, criticised the plan.",
     "Olaf Brandt", [("former defence minister", "Defence Minister", None, "GOV", "former")]),
    ("The ex-defense minister Olaf Brandt criticised the plan.",
     "Olaf Brandt", [("ex-defense minister", "Defence Minister", None, "GOV", "former")]),
    # outgoing / acting are stated, not former
    ("Outgoing Prime Minister Jonas Vik, 61, resigned on Friday.",
     "Jonas Vik", [("Outgoing Prime Minister", "Prime Minister", None, "GOV", "outgoing")]),
    ("Acting President Mara Lind signed the decree on Monday.",
     "Mara Lind", [("Acting President", "President", None, "GOV", "acting")]),
    # a sentence adverb is no part of the title
    ("Meanwhile Foreign Minister Lena Sorb flew to Oslo.",
     "Lena Sorb", [("Foreign Minister", "Foreign Minister", None, "GOV", None)]),
    # a title before the name and another one in apposition: two roles
    # a title before the name that the name is in apposition to; a post's place is no country
    ("The Russian ambassador to Seoul, Ivan Petrov, protested the decision.",
     "Ivan Petrov", [("Russian ambassador to Seoul", "Ambassador to Seoul", "RUS", "GOV", None)]),
    ("Ivan Petrov, ambassador to Seoul, protested the decision.",
     "Ivan Petrov", [("ambassador to Seoul", "Ambassador to Seoul", None, "GOV", None)]),
    # a possessive pronoun is no part of the title
    ("Tom Ruiz, his lawyer, said the case was closed.",
     "Tom Ruiz", [("lawyer", "Lawyer", None, "JUD", None)]),
    ("Russian Security Council Secretary Pavel Arkhipov, a former defence minister, arrived on Friday.",
     "Pavel Arkhipov", [("Russian Security Council Secretary", "Security Council Secretary", "RUS", "GOV", None),
                        ("former defence minister", "Defence Minister", "RUS", "GOV", "former")]),
]


@pytest.mark.parametrize("text,name,expected", CASES, ids=[c[1] + ":" + c[2][0][0] for c in CASES])
def test_title_yields_a_role(text, name, expected):
    roles = roles_of(text, name)
    got = [(r.text, r.title, r.country, r.sector, r.qualifier) for r in roles]
    assert got == expected
    for r in roles:
        assert r.former == (r.qualifier == "former")
        for s in r.mentions:  # evidence: the article text at the offsets
            assert text[s.start:s.end] == s.text
        assert r.mentions[0].text == r.text


@pytest.mark.parametrize("text,name", [
    ("Anna Kowalski said on Monday that the plan was dead.", "Anna Kowalski"),  # no title at all
    ("Jonas Vik, 61, resigned on Friday.", "Jonas Vik"),  # an apposition that is no title
    ("Tom Harlan, a Kremlin critic, was arrested in Moscow.", "Tom Harlan"),  # an organisation, not a title
    ("Pavel Arkhipov, who was defence minister until 2024, spoke.", "Pavel Arkhipov"),  # a clause, not stated
])
def test_no_title_no_role(text, name):
    assert roles_of(text, name) == []


def test_one_role_per_title_with_every_span():
    text = ("Former Defence Minister Olaf Brandt criticised the plan on Monday. "
            "The plan was later dropped, Brandt, the former defence minister, said.")
    roles = roles_of(text, "Olaf Brandt")
    assert len(roles) == 1
    r = roles[0]
    assert (r.title, r.qualifier, r.former) == ("Defence Minister", "former", True)
    assert [text[s.start:s.end] for s in r.mentions] == ["Former Defence Minister", "former defence minister"]


def test_annotate_contract_carries_roles():
    from chronicle.model import Article
    from chronicle.pipeline import annotate

    text = "Russia's Security Council Secretary Pavel Arkhipov met officials in Beijing on Tuesday."
    out = annotate(Article(id="x", text=text)).to_contract()
    person = next(a for a in out["actors"] if a["name"] == "Pavel Arkhipov")
    assert person["roles"] == [{
        "title": "Security Council Secretary", "text": "Russia's Security Council Secretary", "country": "RUS",
        "sector": "GOV", "former": False, "qualifier": None,
        "mentions": [{"text": "Russia's Security Council Secretary", "start": 0, "end": 35}]}]
    assert all(a["roles"] == [] for a in out["actors"] if a is not person)
