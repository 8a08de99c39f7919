"""(extract42) Status slips: a past participle said of the people or things a planned, asked or
denied act is done to; a nominal act set for a day by a passive verb; a called march parsed as the
object's predicate (status.yaml ``participle_examples``, ``set_for_examples``;
chronicle.events.status.reduced_participle, _set_for_a_day; detect._misread_object;
dating._planned_object_participle, _planned_for)."""
from __future__ import annotations

from datetime import date

import pytest

from chronicle.events.lexicon import status_cues
from chronicle.events.status import status_of
from chronicle.nlp import get_nlp

from _sentences import by_trigger, check_status, events


@pytest.mark.parametrize("ex", status_cues()["participle_examples"] + status_cues()["set_for_examples"],
                         ids=lambda ex: f"{ex['trigger']}:{ex['text'][:50]}")
def test_status_example(ex):
    check_status(ex)


def _status(text: str, word: str) -> str:
    doc = get_nlp()(text)
    return status_of(next(t for t in doc if t.text == word))


def test_a_participle_on_a_plans_object_is_not_dated_with_the_plan():
    # the plan's "until June" is not the seizure's day (dated after the article, it made it a plan)
    found = by_trigger("Under the accord, Kenya will extend the grazing permits until June and free the "
                       "nine Ugandan herders seized at Moyale.", "seized")
    assert found and all(e.status == "occurred" and e.date.start <= date(2025, 3, 28) for e in found), \
        [(e.status, e.date.start) for e in found]


def test_a_participle_keeps_its_own_negation_and_an_event_noun_its_clause():
    assert _status("Kenya will free the herders not charged with any crime.", "charged") == "denied"
    # a participle on an event noun is the clause's own event: "mediated" is part of the planned talks
    assert _status("Ghana plans to host talks mediated by the African Union.", "mediated") == "planned"


def test_a_participle_of_company_stays_in_the_plan():
    assert _status("Nigeria plans to send a convoy of aid escorted by soldiers to Maiduguri.", "escorted") == "planned"


def test_set_for_a_day_without_a_date_or_with_a_conjunct_that_took_place():
    # "set" with no date behind "for" is no day set ("set for the summit"): left to the other cues
    assert _status("Talks between Chad and Sudan were set for the summit in Ndjamena.", "Talks") == "occurred"
    # a conjunct that says it took place keeps it told
    assert _status("Talks between Chad and Sudan were set for March 4, 2024, and took place in Ndjamena.",
                   "Talks") == "occurred"
    assert _status("The hearing was fixed for Monday, March 10.", "hearing") == "planned"


def test_a_march_called_for_a_day_parsed_as_a_predicate():
    text = "Kenya's opposition coalition called a march in Nairobi for Thursday to protest the tax rise."
    doc = get_nlp()(text)
    assert next(t for t in doc if t.text == "march").dep_ == "oprd"  # the misparse this guards
    found = events(text)
    march = [e for e in found if e.trigger.text == "march"]
    called = [e for e in found if e.trigger.text == "called"]
    assert march and all(e.type == "PROTEST" and e.status == "planned" and e.date.start == date(2025, 4, 3)
                         for e in march), [(e.type, e.status, e.date.start) for e in march]
    # the call is an act of its own day: here the article's, not the march's Thursday
    assert called and all(e.status == "occurred" and e.date.start == date(2025, 3, 28) for e in called), \
        [(e.type, e.status, e.date.start) for e in called]


def test_a_naming_verbs_predicate_is_no_object():
    found = events("Kenya's opposition leader called the vote a farce on Monday.")
    assert not [e for e in found if e.trigger.text == "farce"]
    assert all(e.type == "ACCUSE" for e in found if e.trigger.text == "called")
