"""One test per construction the role and status finders must handle, on sentences we wrote."""
from __future__ import annotations

import pytest

from _sentences import DCT, annotated, events


def one(text, type_):
    found = [e for e in events(text) if e.type == type_]
    assert found, [(e.type, e.trigger.text) for e in events(text)]
    return found[0]


def test_passive_receive_puts_the_visitor_in_actor_and_the_by_phrase_host_in_recipient():
    e = one("The Ukrainian president was received by Pope Francis at the Vatican on Monday.", "CONSULT")
    assert [a.text for a in e.actor] == ["Ukrainian president"]  # the visitor
    assert [r.text for r in e.recipient] == ["Francis"]  # the host; the title "Pope" is not the name


def test_passive_subject_is_the_recipient_of_an_award():
    e = one("The Indian prime minister was awarded a medal by the Russian government.", "SUPPORT")
    assert e.actor[0].country == "RUS" and e.recipient[0].country == "IND"


def test_coordination_makes_both_actors_of_a_symmetric_event():
    e = one("Kim and Putin signed a mutual defence treaty in Pyongyang on Wednesday.", "SUPPORT")
    assert {a.text for a in e.actor} == {"Kim", "Putin"} and e.recipient == []


def test_apposition_and_title_give_country_and_sector():
    e = one("Russian Ambassador Alexandr Matsegora met Kang Yun-sok, Vice Chairman of North Korea's "
            "Standing Committee of the Supreme People's Assembly.", "CONSULT")
    assert (e.actor[0].country, e.actor[0].sector) == ("RUS", "GOV")
    assert (e.recipient[0].country, e.recipient[0].sector) == ("PRK", "LEG")


def test_possessive_nominal_event():
    e = one("Putin's visit to North Korea in June 2024 drew criticism.", "CONSULT")
    assert e.actor[0].text == "Putin" and e.recipient[0].country == "PRK"
    assert e.date.value == "2024-06"


def test_shared_subject_of_xcomp_and_conj():
    planned = one("Lavrov is planning to visit Pyongyang.", "CONSULT")
    assert planned.actor[0].text == "Lavrov" and planned.status == "planned"
    both = [e for e in events("Shoigu traveled to Pyongyang and met with Kim.") if e.type == "CONSULT"]
    assert len(both) == 2 and all(e.actor[0].text == "Shoigu" for e in both)


@pytest.mark.parametrize("text,actor", [
    ("Hungarian Prime Minister Viktor Orban is expected to visit Beijing next week.", "Viktor Orban"),
    ("The Chinese envoy was invited to visit Pyongyang in May.", "Chinese envoy"),
])
def test_passive_governor_lends_its_subject_to_the_infinitive(text, actor):
    e = one(text, "CONSULT")
    assert [a.text for a in e.actor] == [actor] and e.status == "planned"


@pytest.mark.parametrize("text,status", [
    ("The French president visited Algeria on Monday.", "occurred"),
    ("The French president will visit Algeria next month.", "planned"),
    ("The French president is expected to visit Algeria.", "planned"),
    ("The French president may visit Algeria in May.", "possible"),
    ("The French president did not visit Algeria last week.", "denied"),
])
def test_status_cues(text, status):
    assert one(text, "CONSULT").status == status


@pytest.mark.parametrize("text,type_,status", [
    # a verb coordinated with a denial is not denied; what governs both still counts
    ("Protest leaders rejected the military council and called on supporters to keep up a sit-in.", "REQUEST", "occurred"),
    ("Moscow denied the report and accused Kyiv of staging the attack.", "ACCUSE", "occurred"),
    ("Moscow denied that Putin visited Pyongyang and met Kim.", "CONSULT", "denied"),
    ("Lavrov plans to visit Pyongyang and meet Kim.", "CONSULT", "planned"),
])
def test_coordinated_verbs_share_only_their_governors_status(text, type_, status):
    found = [e for e in events(text) if e.type == type_]
    assert found and all(e.status == status for e in found), [(e.trigger.text, e.status) for e in found]


def test_future_cooperation_is_coded_agree_but_keeps_its_type():
    e = one("The French president will visit Algeria next month.", "CONSULT")
    assert e.plover == "AGREE" and e.cameo == "036" and e.mode == "visit"


def test_attribution_chain_with_speaker_and_channels():
    e = one("Shoigu traveled to Pyongyang last week, Yonhap news agency reported, quoting the Russian "
            "news agencies TASS and Ria Novosti.", "CONSULT")
    assert e.attribution.speaker == "Yonhap" and e.attribution.via == ["TASS", "RIA Novosti"]


def test_according_to_the_reports_points_back():
    evs = events("Rudenko said Russia is preparing for the visit, TASS reported. "
                 "Lavrov is also planning to visit Pyongyang, according to the reports.")
    lavrov = [e for e in evs if e.actor and e.actor[0].text == "Lavrov"][0]
    assert lavrov.attribution.speaker == "Rudenko" and lavrov.attribution.via == ["TASS"]


def test_event_date_falls_back_to_the_article_and_says_so():
    e = one("Lavrov is planning to visit Pyongyang.", "CONSULT")
    assert e.date.source == "article" and e.date.start == DCT


@pytest.mark.parametrize("text,type_,place", [
    ("Thousands of protesters marched through central Tbilisi on Wednesday to demand the government withdraw a draft law.", "PROTEST", "Tbilisi"),
    ("Demonstrators rallied outside Tbilisi on Sunday.", "PROTEST", "Tbilisi"),
    ("Protesters marched across Belgrade to demand new elections.", "PROTEST", "Belgrade"),
])
def test_place_of_a_march_or_rally(text, type_, place):
    e = one(text, type_)
    assert e.location is not None and e.location.name == place


def _country_of(text, name):
    actors = annotated(text).actors
    return next(a.country for a in actors if a.name == name)


@pytest.mark.parametrize("text,name,country", [
    # what an official acts on or speaks of lends them no country ...
    ("President Vladimir Putin signed treaties on Friday to annex four Ukrainian regions, a move the United "
     "States and its allies condemned as illegal.", "Vladimir Putin", None),
    ("President George Bush threatened further action against Russia on Sunday.", "George Bush", None),
    # ... the place where they act, or a place named before them, does
    ("President Laurent Gbagbo extended the night-time curfew in Abidjan on Sunday.", "Laurent Gbagbo", "CIV"),
    ("In Pyongyang, Defence Minister No Kwang Chol met the visiting delegation.", "No Kwang Chol", "PRK"),
])
def test_titled_official_country_from_the_sentence(text, name, country):
    assert _country_of(text, name) == country


@pytest.mark.parametrize("text,type_,actor,status", [
    # the object of a request does what it is asked to, which has not happened
    ("Britain urged Iran to release the tanker.", "RETREAT", "Iran", "possible"),
    ("The African Union called on Sudan's army to withdraw from the capital.", "RETREAT", "Sudan's army", "possible"),
    # a purpose infinitive keeps the subject, and a report is no request
    ("Iran promised the IAEA to allow inspections.", "CONCEDE", "Iran", "planned"),
])
def test_object_control_and_requested_events(text, type_, actor, status):
    e = one(text, type_)
    assert [a.text for a in e.actor] == [actor] and e.status == status


def test_first_conjunct_hung_on_the_second_name_still_acts():
    # in this context the parser makes "Putin and North Korean leader" a modifier of "Kim Jong Un"
    text = ("Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for a two-day state visit, "
            "his first trip to North Korea in 24 years, KCNA reported. Putin and North Korean leader Kim Jong Un "
            "signed a comprehensive strategic partnership agreement on Wednesday.")
    e = one(text, "SUPPORT")
    assert {a.name for a in e.actor} == {"Vladimir Putin", "Kim Jong Un"}


def test_his_names_the_person_before_it():
    evs = [e for e in events("Russian President Vladimir Putin arrived in Hanoi on Thursday after his visit to "
                             "North Korea, Reuters reported.") if e.type == "CONSULT"]
    nk = [e for e in evs if e.recipient and e.recipient[0].country == "PRK"]
    assert nk and [a.text for a in nk[0].actor] == ["Vladimir Putin"]


@pytest.mark.parametrize("text,name", [
    ("Chinese Vice Premier Liu He met US Trade Representative Robert Lighthizer in Washington on Thursday.", "Liu He"),
    # a sentence-initial "He" is the pronoun, and names the person before it
    ("The talks were led by Chinese Vice Premier Liu Zhenmin. He met Lighthizer on Friday.", "Liu Zhenmin"),
])
def test_he_inside_a_chinese_name(text, name):
    met = [e for e in events(text) if e.trigger.text == "met"]
    assert met and [a.name for a in met[0].actor] == [name]


# ---------------------------------------------------------------- anaphora and datelines (probe on unseen news)
def test_relative_pronoun_stands_for_its_antecedent_in_an_agentless_passive():
    e = one("Beridze, who was arrested two days earlier, denied the charges.", "COERCE")
    assert [r.text for r in e.recipient] == ["Beridze"] and e.status == "occurred"


def test_the_two_ministers_are_the_two_people_named_just_before():
    text = ("Japanese Foreign Minister Takeshi Morita arrived in Hanoi on Tuesday. He met Vietnamese Foreign "
            "Minister Nguyen Van Hoa, and the two ministers signed an agreement on maritime cooperation.")
    e = one(text, "SUPPORT")
    assert {a.country for a in e.actor} == {"JPN", "VNM"}


def test_the_two_countries_are_the_two_countries_named_just_before():
    e = one("Armenia and Azerbaijan traded accusations. The two countries have held peace talks for a year.",
            "CONSULT")
    assert {a.country for a in e.actor} == {"ARM", "AZE"}


def test_they_in_a_subordinate_clause_takes_up_the_plural_subject_above_it():
    e = one("EU foreign ministers will discuss the package when they meet in Luxembourg on June 23.", "CONSULT")
    assert [a.text for a in e.actor] == ["EU foreign ministers"] and e.status == "planned"


def test_they_opening_a_sentence_takes_up_the_named_plural_subject_before_it():
    text = ("Deputy prime ministers Mher Grigoryan and Shahin Mustafayev led the delegations. "
            "They agreed to meet again next month.")
    e = one(text, "AGREE")
    assert {a.name for a in e.actor} == {"Mher Grigoryan", "Shahin Mustafayev"}


def test_a_definite_agentless_passive_takes_the_parties_of_the_same_act_just_before():
    text = ("China criticised a maritime agreement that Japan and Vietnam signed in Hanoi on Tuesday. "
            "The pact was signed during a visit by the Japanese foreign minister.")
    signed = [e for e in events(text) if e.trigger.text == "signed"]
    assert len(signed) == 2 and all({a.country for a in e.actor} == {"JPN", "VNM"} for e in signed)


def test_an_agentless_passive_with_nothing_to_take_up_stays_out():
    assert not [e for e in events("A ceasefire was signed later.") if e.type == "SUPPORT"]


def test_a_reported_he_is_not_an_organisation_that_speaks():
    text = "The Interior Ministry said on Tuesday that he would be charged with organising group violence."
    assert not any(r.text == "The Interior Ministry" for e in events(text) for r in e.recipient + e.actor
                   if e.trigger.text == "charged")


def test_coordinated_nationality_adjectives_name_a_group_of_each_country():
    e = one("Armenian and Azerbaijani officials met in the border town of Ijevan on Monday.", "CONSULT")
    assert {a.country for a in e.actor} == {"ARM", "AZE"}


@pytest.mark.parametrize("text", [
    "NAIROBI, Kenya (AP) -- Police fired tear gas at protesters on Tuesday.",
    "NAIROBI - Kenyan police arrested 20 protesters on Tuesday.",
    "KYIV, Ukraine (AP) — Russia launched 300 drones at Ukraine overnight.",
    "UVIRA, Democratic Republic of Congo, Aug 12 (AFP) - Militiamen seized a gold mine on Sunday.",
    "GOMA, Democratic Republic of the Congo (Reuters) - Rebels attacked an army base on Monday.",
])
def test_a_dateline_place_is_no_actor_and_no_party(text):
    res = annotated(text)
    dateline = text.split()[0].strip(",")
    assert not any(dateline in a.name or dateline in m.text for a in res.actors for m in a.mentions)
    assert res.events and not any(dateline in f.text for e in res.events for f in e.actor + e.recipient)


def _by_trigger(text):
    return {e.trigger.text: e for e in events(text)}


def test_definite_event_noun_with_no_participant_takes_the_parties_it_refers_back_to():
    by = _by_trigger("Union leaders met government ministers in Nairobi on Monday. "
                     "The talks, chaired by the labour minister, ended without agreement.")
    talks = by["talks"]
    assert talks.type == "CONSULT"
    assert [a.text for a in talks.actor] == [a.text for a in by["met"].actor]
    # a noun named as an attribute of another thing tells no event of its own
    assert "visit" not in _by_trigger("Pyongyang did not specify the timing of the visit.")


def test_called_off_strike_takes_the_parties_of_the_strike_it_refers_back_to():
    by = _by_trigger("The Korean Confederation of Trade Unions suspended its general strike on Friday. "
                     "The strike was called off after the government agreed to talks.")
    assert by["suspended"].type == "CONCEDE" and by["strike"].type == "PROTEST"
    called = by["called"]
    assert called.type == "CONCEDE"
    assert any("Korean Confederation" in a.text for a in called.actor)


def test_strike_alone_is_no_protest_without_an_earlier_strike():
    assert not [e for e in events("The union said the strike would be indefinite.") if e.type == "PROTEST"]


def test_participle_set_during_an_event_takes_its_parties():
    by = _by_trigger("Vietnam and Japan held a summit in Hanoi. The agreements signed during the summit cover maritime security.")
    assert {a.text for a in by["signed"].actor} == {"Vietnam", "Japan"}


def test_the_one_accused_of_violating_a_ceasefire_violates_it_and_is_a_party_of_the_truce():
    by = _by_trigger("Israel accused Hezbollah of violating the ceasefire on Monday. "
                     "The truce, which was agreed in Paris in November, had held for weeks.")
    assert by["violating"].type == "ASSAULT" and [a.text for a in by["violating"].actor] == ["Hezbollah"]
    agreed = by["agreed"]
    assert agreed.type == "AGREE" and [a.text for a in agreed.actor] == ["Hezbollah"]
    assert agreed.date.value == "2024-11"
