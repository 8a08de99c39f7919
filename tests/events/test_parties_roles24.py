"""(roles24) A bare title beside another country's official takes the other country of the article's
lead pair (actors/extract.py _partner_countries, _lead_country); "it" after a teller that borrows its
conjunct's subject is that subject when it is a place or body (events/detect.py _reported_subject).
Bare crowds of a datelined story: actors/dateline_police.yaml examples (tests/actors). Own sentences."""
from __future__ import annotations

from _sentences import events


def _actor_countries(text, trigger):
    return [[a.country for a in e.actor] for e in events(text) if e.trigger.text == trigger]


def test_a_bare_title_beside_the_partner_takes_the_lead_pairs_other_country():
    text = ("Vanuatu signed a trade deal with India in Delhi on Monday. Trade Minister Rolo Tavi and India's "
            "commerce minister signed the deal at a ceremony.")
    assert ["VUT", "IND"] in _actor_countries(text, "signed")


def test_a_bare_title_beside_the_partner_and_a_third_country_in_a_participle():
    text = ("Vanuatu signed a trade deal with India on Monday, drawing criticism from China. Trade Minister "
            "Rolo Tavi and India's commerce minister signed the deal at a ceremony.")
    assert ["VUT", "IND"] in _actor_countries(text, "signed")


def test_a_bare_title_beside_the_partner_without_a_pair_stays_unknown():
    text = "Germany hosted talks on Monday. Foreign Minister Jan Vos and Russia's foreign minister met in Berlin."
    assert [None, "RUS"] in _actor_countries(text, "met")


def test_it_after_a_teller_sharing_its_conjuncts_subject():
    text = "Oslo was dismayed by the vote and warned that it could recall its ambassador."
    assert ["NOR"] in _actor_countries(text, "recall")


def test_it_never_stands_for_a_person_of_the_conjunct():
    text = "The mayor was angry and warned that it could close the market."
    assert all(not a for a in _actor_countries(text, "close"))


def test_a_bare_title_beside_the_partner_with_three_countries_in_the_lead_stays_unknown():
    text = ("Vanuatu and Fiji signed a trade deal with India on Monday. Trade Minister Rolo Tavi and India's "
            "commerce minister signed the deal at a ceremony.")
    assert [None, "IND"] in _actor_countries(text, "signed")
