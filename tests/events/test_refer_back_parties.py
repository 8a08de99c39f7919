"""Event nouns with no party of their own take those of the act they name (detect._refer_back):
a definite or date-possessive noun ("the exchange", "last week's swap"), a bare activity noun
("Fighting erupted"), an indefinite noun in an "in" phrase of its act ("in a swap overseen by ...").
The same-sentence fallback is only for an act told inside the noun's own phrase or whose phrase
the noun is in, never for another act merely in the same sentence."""
from __future__ import annotations

from datetime import date

from _sentences import events, with_trigger


def _events(text: str):
    return events(text, date(2026, 1, 19))


def test_date_possessive_noun_takes_the_act_of_its_relative_clause():
    ev = _events("Last week's prisoner swap, in which six Armenians and two Azerbaijanis were freed, "
                 "was seen in both capitals as a goodwill gesture.")
    swap = with_trigger(ev, "swap")
    assert swap and swap[0].type == "RETREAT" and swap[0].mode == "release"
    assert any("Armenians" in r.text for r in swap[0].recipient)


def test_indefinite_noun_in_an_in_phrase_takes_its_verbs_parties():
    ev = _events("Armenia and Azerbaijan exchanged prisoners on Thursday, freeing six Armenian soldiers "
                 "in a swap overseen by the Red Cross.")
    swap = with_trigger(ev, "swap")
    assert swap and {a.text for a in swap[0].actor} >= {"Armenia", "Azerbaijan"}


def test_another_act_in_the_same_sentence_lends_no_parties():
    ev = _events("The Manchester bombing on May 22 was the deadliest attack in Britain since July 2005, "
                 "when four suicide bombers killed 52 people in London.")
    for e in with_trigger(ev, "bombing"):
        assert not any("bombers" in a.text for a in e.actor), e.actor


def test_required_object_noun_is_no_participant_of_other_rules():
    # named_party is opt-in: "lift the ban" does not make "ban" a party
    ev = _events("Prime Minister Vladimir Putin said his country will not lift the ban until the EU provides details.")
    assert not any(r.text == "ban" for e in ev for r in e.recipient)


def test_a_noun_named_after_the_thing_hit_keeps_the_type_of_the_act_it_refers_back_to():
    """"the cyberattack on the Port of Rotterdam ... The port attack": one act, so the noun that
    refers back takes the cyberattack's type and mode (COERCE `cyber`), not ASSAULT of its word;
    a rocket attack on a port told before stays an ASSAULT (typeConsist)."""
    ev = _events("Hackers carried out Tuesday's cyberattack on the Port of Rotterdam. "
                 "The port attack halted container loading for six hours.")
    attack = with_trigger(ev, "attack")
    assert attack and all((e.type, e.mode) == ("COERCE", "cyber") for e in attack), [(e.type, e.mode) for e in attack]
    ev = _events("Militants fired rockets at the port of Aden on Monday. The port attack was condemned by the UN.")
    assert all(e.type == "ASSAULT" for e in with_trigger(ev, "attack")), [(e.type, e.mode) for e in ev]
