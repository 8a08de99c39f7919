"""Linking mentions into canonical events: merge and non-merge cases, realizes, stable ids."""
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

from chronicle.link import MentionRecord, link
from chronicle.link.actors import ActorRow, resolve_identities
from chronicle.link.linker import _org_pair
from chronicle.link.records import EventState, event_id_for, party_words


def m(id, doc="a1", type="CONSULT", status="occurred", act=("RUS",), rec=("PRK",), people=(),
      start=date(2025, 3, 20), end=None, text=True, reported=date(2025, 3, 28)):
    return MentionRecord(id=id, doc=doc, type=type, status=status, actor_countries=frozenset(act),
                         recipient_countries=frozenset(rec), people=frozenset(people), start=start,
                         end=end or start, text_dated=text, reported=reported)


def groups(res):
    out = {}
    for mid, eid in res.assign.items():
        out.setdefault(eid, set()).add(mid)
    return sorted(sorted(g) for g in out.values())


def test_same_event_across_articles_merges_with_most_precise_date():
    res = link([m("a-1", doc="a", start=date(2025, 3, 1), end=date(2025, 3, 31)),
                m("b-1", doc="b", start=date(2025, 3, 20)),
                m("c-1", doc="c", start=date(2025, 1, 1), end=date(2025, 12, 31))])
    assert groups(res) == [["a-1", "b-1", "c-1"]]
    (e,) = res.events.values()
    assert (e.start, e.end) == (date(2025, 3, 20), date(2025, 3, 20))
    assert e.docs == {"a", "b", "c"} and e.num_mentions == 3


def test_same_actors_on_different_dates_stay_apart():
    res = link([m("a-1", start=date(2015, 5, 1), end=date(2015, 5, 31)),
                m("b-1", doc="b", start=date(2020, 5, 1), end=date(2020, 5, 31))])
    assert groups(res) == [["a-1"], ["b-1"]]


def test_same_date_different_actors_stay_apart():
    res = link([m("a-1", act=("RUS",), rec=("PRK",)), m("b-1", doc="b", act=("USA",), rec=("PRK",)),
                m("c-1", doc="c", people=("a1",)), m("d-1", doc="d", people=("a2",))])
    # different countries: different blocks; same countries but two different named people: two events
    assert groups(res) == [["a-1", "c-1"], ["b-1"], ["d-1"]] or groups(res) == [["a-1", "d-1"], ["b-1"], ["c-1"]]
    assert len(res.events) == 3


def test_article_dated_report_joins_event_of_the_week_before():
    res = link([m("a-1", start=date(2025, 3, 27)),
                m("b-1", doc="b", start=date(2025, 3, 29), text=False, reported=date(2025, 3, 29)),
                m("c-1", doc="c", start=date(2025, 5, 2), text=False, reported=date(2025, 5, 2))])
    assert groups(res) == [["a-1", "b-1"], ["c-1"]]


def test_planned_and_realized_are_two_events_with_a_realizes_link():
    plan = m("a-1", status="planned", start=date(2025, 5, 1), end=date(2025, 5, 31), reported=date(2025, 3, 28))
    maybe = m("b-1", doc="b", status="possible", start=date(2025, 5, 9), reported=date(2025, 4, 2))
    done = m("c-1", doc="c", status="occurred", start=date(2025, 5, 9), reported=date(2025, 5, 10))
    res = link([plan, maybe, done])
    assert groups(res) == [["a-1", "b-1"], ["c-1"]]
    occ, planned = res.assign["c-1"], res.assign["a-1"]
    assert occ != planned
    assert res.links == {(occ, planned, "realizes")}


def test_no_realizes_link_for_other_dates():
    res = link([m("a-1", status="planned", start=date(2025, 5, 9)),
                m("c-1", doc="c", status="occurred", start=date(2025, 8, 1))])
    assert res.links == set()


def test_no_realizes_link_from_an_act_told_only_beside_the_plan():
    # "will visit Athens next month ... the foreign ministers met earlier this month to prepare
    # the visit": one article tells the plan as still to come and the meeting as done, so the
    # meeting is not the visit; a later article's meeting in the plan's month realizes it
    plan = m("a-1", status="planned", start=date(2024, 9, 1), end=date(2024, 9, 30), reported=date(2024, 9, 12))
    before = m("a-2", status="occurred", start=date(2024, 9, 1), end=date(2024, 9, 30), reported=date(2024, 9, 12))
    assert link([plan, before]).links == set()
    later = m("b-1", doc="b", status="occurred", start=date(2024, 9, 20), reported=date(2024, 9, 21))
    res = link([plan, later])
    assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}


def test_incremental_addition_keeps_event_ids():
    first = link([m("a-1", start=date(2025, 3, 1), end=date(2025, 3, 31)), m("a-2", start=date(2024, 6, 1))])
    ids_before = dict(first.assign)
    known = [EventState(id=e.id, block=e.block, start=e.start, end=e.end, text_dated=e.text_dated,
                        people=e.people, docs=set(e.docs), num_mentions=e.num_mentions)
             for e in first.events.values()]
    second = link([m("b-1", doc="b", start=date(2025, 3, 20)), m("b-2", doc="b", start=date(2023, 1, 1))], known)
    assert second.assign["b-1"] == ids_before["a-1"]
    assert second.assign["b-2"] not in ids_before.values()
    # the same input in another order founds the same ids
    again = link([m("a-2", start=date(2024, 6, 1)), m("a-1", start=date(2025, 3, 1), end=date(2025, 3, 31))])
    assert again.assign == ids_before


def test_blocking_keeps_comparisons_small():
    import chronicle.link.linker as L

    calls = 0
    real = L.compatible

    def counting(a, b):
        nonlocal calls
        calls += 1
        return real(a, b)

    L.compatible = counting
    try:
        ms = [m(f"x-{i}", doc=f"d{i}", start=date(2000 + i % 20, 1 + i % 12, 1 + i % 28), act=(f"C{i % 50}",))
              for i in range(5000)]
        link(ms)
    finally:
        L.compatible = real
    assert calls < 5000 * 10  # quadratic would be millions


def test_actor_identity_merges_spellings_and_unique_short_names():
    rows = [ActorRow(1, "Kim Jong-un", "PRK", "person"), ActorRow(2, "Kim Jong Un", "PRK", "person"),
            ActorRow(3, "Choe Son-hui", "PRK", "person"), ActorRow(4, "Choe", "PRK", "person"),
            ActorRow(5, "Kim", "PRK", "person"), ActorRow(6, "Kim Jong-gyu", "PRK", "person"),
            ActorRow(7, "Kim Jong Un", "KOR", "person")]
    ids = resolve_identities(rows)
    assert ids[2] == ids[1] == 1
    assert ids[4] == 3
    assert ids[5] == 5          # "Kim" is ambiguous (Kim Jong-un, Kim Jong-gyu): left alone
    assert ids[7] == 7          # another country, another actor


def test_actor_identity_ignores_a_leading_article_only():
    rows = [ActorRow(1, "Revolutionary Guards", None, "organization"),
            ActorRow(2, "the Revolutionary Guards", None, "organization"),
            ActorRow(3, "the Guards", None, "organization"), ActorRow(4, "The Hague", "NLD", None),
            ActorRow(5, "Hague", "GBR", None)]
    ids = resolve_identities(rows)
    assert ids[2] == ids[1] == 1
    assert ids[3] == 3          # another name, not just another article
    assert ids[5] == 5          # another country


def test_coarse_mention_joins_the_one_event_it_fits():
    res = link([m("a-1", doc="a", start=date(2024, 6, 19)),
                m("b-1", doc="b", start=date(2024, 1, 1), end=date(2024, 12, 31))])
    assert groups(res) == [["a-1", "b-1"]]
    (e,) = res.events.values()
    assert (e.start, e.end) == (date(2024, 6, 19), date(2024, 6, 19))  # the precise date is kept


def test_coarse_mention_fitting_several_events_is_not_merged_into_one_of_them():
    year = dict(start=date(2024, 1, 1), end=date(2024, 12, 31))
    res = link([m("a-1", doc="a", start=date(2024, 6, 19)), m("b-1", doc="b", start=date(2024, 9, 2)),
                m("c-1", doc="c", **year), m("d-1", doc="d", **year)])
    # "talks in 2024" could be either meeting: it stays apart, and a second such report joins it
    assert groups(res) == [["a-1"], ["b-1"], ["c-1", "d-1"]]


def test_coarse_mention_naming_a_person_joins_that_persons_event():
    year = dict(start=date(2024, 1, 1), end=date(2024, 12, 31))
    res = link([m("a-1", doc="a", start=date(2024, 6, 19), people=("putin",)),
                m("b-1", doc="b", start=date(2024, 9, 2)),
                m("c-1", doc="c", people=("putin",), **year)])
    assert groups(res) == [["a-1", "c-1"], ["b-1"]]


def test_a_speculated_date_never_replaces_a_stated_one():
    planned = m("a-1", status="planned", start=date(2025, 1, 1), end=date(2025, 12, 31))  # "expected this year"
    maybe = m("b-1", doc="b", status="possible", start=date(2025, 5, 9))                  # "may visit on May 9"
    for batch in ([planned, maybe], [maybe, planned]):
        res = link(batch)
        (e,) = res.events.values()
        assert (e.start, e.end, e.date_certainty) == (date(2025, 1, 1), date(2025, 12, 31), 0)
    # incrementally too: the speculated day first, the stated year in a later batch
    first = link([maybe])
    (e,) = first.events.values()
    assert (e.start, e.date_certainty) == (date(2025, 5, 9), 1)
    second = link([planned], first.events.values())
    assert (second.events[e.id].start, second.events[e.id].end) == (date(2025, 1, 1), date(2025, 12, 31))
    # a more precise stated date still narrows it
    third = link([m("c-1", doc="c", status="planned", start=date(2025, 5, 9))], second.events.values())
    assert third.events[e.id].start == third.events[e.id].end == date(2025, 5, 9)


def _state(e: EventState) -> EventState:
    """An event as the store hands it back to a later batch."""
    return EventState(id=e.id, block=e.block, start=e.start, end=e.end, text_dated=e.text_dated,
                      people=e.people, docs=set(e.docs), num_mentions=e.num_mentions, agents=e.agents,
                      recipients=e.recipients)


def test_no_realizes_link_between_countryless_events_without_a_shared_person():
    # "he would be charged" (planned, no country) and "the EU criticised the ruling" (occurred,
    # no country) share a type group and nothing else: merging would need a person, so must a link
    plan = m("a-1", type="ACCUSE", status="planned", act=(), rec=(), start=date(2025, 7, 8), text=False,
             reported=date(2025, 7, 8))
    done = m("b-1", doc="b", type="ACCUSE", act=(), rec=(), start=date(2025, 7, 10), text=False,
             reported=date(2025, 7, 10))
    assert link([plan, done]).links == set()
    res = link([m("a-1", type="ACCUSE", status="planned", act=(), rec=(), people=("p1",), start=date(2025, 7, 8),
                  text=False, reported=date(2025, 7, 8)),
                m("b-1", doc="b", type="ACCUSE", act=(), rec=(), people=("p1",), start=date(2025, 7, 10),
                  text=False, reported=date(2025, 7, 10))])
    assert len(res.links) == 1


def test_agentless_report_joins_the_named_agents_event_of_the_same_person():
    # "Georgian police arrested Beridze on Monday" / "Beridze was arrested on July 7"
    named = m("a-1", doc="a", type="COERCE", act=("GEO",), rec=("GEO",), people=("beridze",), start=date(2025, 7, 7))
    passive = m("b-1", doc="b", type="COERCE", act=(), rec=("GEO",), people=("beridze",), start=date(2025, 7, 7))
    coarse = m("c-1", doc="c", type="COERCE", act=(), rec=("GEO",), people=("beridze",),
               start=date(2025, 7, 1), end=date(2025, 7, 31))                      # "earlier this month"
    for batch in ([named, passive, coarse], [coarse, passive, named]):
        assert groups(link(batch)) == [["a-1", "b-1", "c-1"]]
    # incrementally, in either order: the later mention finds the earlier event
    for first, later in ((named, passive), (passive, named)):
        res1 = link([first])
        res2 = link([later], [_state(e) for e in res1.events.values()])
        assert res2.assign[later.id] == res1.assign[first.id]
    # another person, or another day, stays apart
    other = m("d-1", doc="d", type="COERCE", act=(), rec=("GEO",), people=("melia",), start=date(2025, 7, 7))
    later = m("e-1", doc="e", type="COERCE", act=(), rec=("GEO",), people=("beridze",), start=date(2025, 9, 2))
    assert groups(link([named, other, later])) == [["a-1"], ["d-1"], ["e-1"]]


def test_agentless_report_of_a_day_joins_the_one_event_of_that_day():
    # "Azerbaijani forces shelled Armenian positions on Sunday" / "two Armenian soldiers were killed on May 11"
    shelled = m("a-1", doc="a", type="ASSAULT", act=("AZE",), rec=("ARM",), start=date(2025, 5, 11))
    killed = m("b-1", doc="b", type="ASSAULT", act=(), rec=("ARM",), start=date(2025, 5, 11))
    assert groups(link([killed, shelled])) == [["a-1", "b-1"]]
    # incrementally, in either order of arrival
    for first, later in ((shelled, killed), (killed, shelled)):
        res1 = link([first])
        res2 = link([later], [_state(e) for e in res1.events.values()])
        assert res2.assign[later.id] == res1.assign[first.id]
    # two attackers that day: the agentless report could be either, and joins neither
    other = m("c-1", doc="c", type="ASSAULT", act=("TUR",), rec=("ARM",), start=date(2025, 5, 11))
    assert groups(link([killed, shelled, other])) == [["a-1"], ["b-1"], ["c-1"]]
    # an agentless event takes one agent by its day (again and again), not a second one
    res1 = link([killed])
    res2 = link([shelled], [_state(e) for e in res1.events.values()])
    again = m("a-2", doc="a", type="ASSAULT", act=("AZE",), rec=("ARM",), start=date(2025, 5, 11))
    res3 = link([other, again], [_state(e) for e in res2.events.values()])
    assert res2.assign["a-1"] == res1.assign["b-1"] == res3.assign["a-2"] != res3.assign["c-1"]
    # a report dated by its article, or a coarse date, is no evidence of the day
    vague = m("d-1", doc="d", type="ASSAULT", act=(), rec=("ARM",), start=date(2025, 5, 12), text=False,
              reported=date(2025, 5, 12))
    month = m("e-1", doc="e", type="ASSAULT", act=(), rec=("ARM",), start=date(2025, 5, 1), end=date(2025, 5, 31))
    res = link([shelled, vague, month])
    assert res.assign["a-1"] not in (res.assign["d-1"], res.assign["e-1"])


# ---- joint acts told with some of their parties; countryless parties inside one article

def jm(id, doc, act, rec=(), type="AGREE", start=date(2026, 2, 8), text=True, people=(), fillers=()):
    return MentionRecord(id=id, doc=doc, type=type, status="occurred", actor_countries=frozenset(act),
                         recipient_countries=frozenset(rec), people=frozenset(people), start=start, end=start,
                         text_dated=text, reported=date(2026, 2, 12), fillers=frozenset(fillers))


def both_orders(ms):
    """Groups linked in one batch, and one article at a time in each order (as ingest links them)."""
    out = [groups(link(ms))]
    docs = list(dict.fromkeys(x.doc for x in ms))
    for seq in (docs, docs[::-1]):
        events, assign = [], {}
        for d in seq:
            r = link([x for x in ms if x.doc == d], events)
            assign.update(r.assign)
            assign = {k: r.merged.get(v, v) for k, v in assign.items()}  # events merged into another
            events = list(r.events.values())
        out.append(groups(SimpleNamespace(assign=assign)))
    return out


def test_a_joint_act_told_with_one_party_joins_the_event_of_both_in_any_order():
    # "Thailand and Cambodia agreed a ceasefire on Sunday" / "the truce, which Cambodia agreed on Sunday"
    both = jm("e1-1", "e1", ("THA", "KHM"))
    one = jm("e2-1", "e2", ("KHM",))
    swapped = jm("e3-1", "e3", ("KHM",), ("THA",), type="AGREE")  # "Cambodia agreed with Thailand"
    for g in both_orders([both, one, swapped]):
        assert g == [["e1-1", "e2-1", "e3-1"]]
    met = [jm("a-1", "a", ("JPN",), ("VNM",), type="CONSULT"), jm("b-1", "b", ("VNM",), ("JPN",), type="CONSULT")]
    for g in both_orders(met):  # "Japan met Vietnam" / "Vietnam met Japan" the same day
        assert g == [["a-1", "b-1"]]


def test_a_joint_act_with_one_party_stays_apart_on_another_day_or_with_another_second_party():
    both = jm("e1-1", "e1", ("THA", "KHM"))
    for g in both_orders([both, jm("e2-1", "e2", ("KHM",), start=date(2026, 2, 9))]):
        assert g == [["e1-1"], ["e2-1"]]            # another day
    for g in both_orders([both, jm("e2-1", "e2", ("KHM", "VNM"))]):
        assert g == [["e1-1"], ["e2-1"]]            # Cambodia and Vietnam agreed: another agreement
    # "officials met on Sunday" (no country) is no party of "Thailand met Cambodia on Sunday"
    for g in both_orders([jm("a-1", "a", (), type="CONSULT"), jm("b-1", "b", ("THA",), ("KHM",), type="CONSULT")]):
        assert g == [["a-1"], ["b-1"]]
    # two different named people: two acts
    a = jm("a-1", "a", ("THA", "KHM"), people=("p1",))
    for g in both_orders([a, jm("b-1", "b", ("KHM",), people=("p2",))]):
        assert g == [["a-1"], ["b-1"]]


def test_a_joint_act_with_one_party_joins_nothing_when_two_events_fit():
    ms = [jm("a-1", "a", ("THA", "KHM")), jm("b-1", "b", ("LAO", "KHM")), jm("c-1", "c", ("KHM",))]
    # batch and in order of arrival (a report of Cambodia alone arriving first is joined by the first
    # agreement naming Cambodia: the linker does not undo a merge)
    assert both_orders(ms)[:2] == [[["a-1"], ["b-1"], ["c-1"]]] * 2
    # ... unless exactly one of them names exactly the mention's countries
    # ("Erdogan will visit Greece" and "talks with Mitsotakis" known; then "Greek and Turkish ministers
    # prepared the visit")
    first = link([jm("b-1", "b", ("TUR",), ("GRC",), people=("p1",)), jm("c-1", "c", (), ("GRC",), people=("p2",))])
    assert groups(first) == [["b-1"], ["c-1"]]
    res = link([jm("a-1", "a", ("GRC", "TUR"))], first.events.values())
    assert res.assign["a-1"] == first.assign["b-1"]


def test_other_event_types_keep_their_blocks():
    ms = [jm("a-1", "a", ("THA", "KHM"), type="ASSAULT"), jm("b-1", "b", ("KHM",), type="ASSAULT")]
    for g in both_orders(ms):
        assert g == [["a-1"], ["b-1"]]


def test_an_article_dated_joint_act_joins_its_own_articles_event_only_when_its_parties_are_there():
    agreed = jm("e2-1", "e2", ("KHM",), fillers=[("actor", "a7", "KHM")])
    truce = jm("e2-2", "e2", ("KHM",), start=date(2026, 2, 12), text=False, fillers=[("actor", "a7", "KHM")])
    both = jm("e1-1", "e1", ("THA", "KHM"))
    for g in both_orders([both, agreed, truce]):
        assert g == [["e1-1", "e2-1", "e2-2"]]
    # "Anwar called the defence ministers to a meeting" after "Hun Manet spoke with Anwar": the
    # ministers are no party of that call
    spoke = jm("x-1", "x", ("KHM",), ("MYS",), type="CONSULT", people=("hun", "anwar"),
               fillers=[("actor", "hun", "KHM"), ("recipient", "anwar", "MYS")])
    called = jm("x-2", "x", ("MYS",), type="CONSULT", start=date(2026, 2, 13), text=False, people=("anwar",),
                fillers=[("actor", "anwar", "MYS"), ("recipient", "ndefence ministers", "")])
    assert groups(link([spoke, called])) == [["x-1"], ["x-2"]]
    # another article's article-dated report does not join by this rule
    other = jm("e5-1", "e5", ("KHM",), start=date(2026, 2, 12), text=False, fillers=[("actor", "a7", "KHM")])
    assert groups(link([both, other])) == [["e1-1"], ["e5-1"]]


def test_countryless_parties_merge_inside_one_article_only():
    f = [("actor", "nlabour leaders", ""), ("recipient", "ngovernment officials", "")]
    met = jm("h2-1", "h2", (), type="CONSULT", fillers=f)
    talks = jm("h2-2", "h2", (), type="CONSULT", fillers=f)
    for g in both_orders([met, talks]):
        assert g == [["h2-1", "h2-2"]]
    elsewhere = jm("h3-1", "h3", (), type="CONSULT", fillers=f)
    assert groups(link([met, elsewhere])) == [["h2-1"], ["h3-1"]]      # another article: needs a person
    students = jm("h2-3", "h2", (), type="CONSULT", fillers=[("actor", "nstudents", "")] + f[1:])
    assert groups(link([met, students])) == [["h2-1"], ["h2-3"]]       # other parties
    later = jm("h2-4", "h2", (), type="CONSULT", fillers=f, start=date(2026, 2, 20))
    assert groups(link([met, later])) == [["h2-1"], ["h2-4"]]          # another day


def _week(id, doc, act, rec=(), start=date(2026, 2, 2), days=6):
    """A joint act dated to a week ("last week"): start .. start + days."""
    return MentionRecord(id=id, doc=doc, type="AGREE", status="occurred", actor_countries=frozenset(act),
                         recipient_countries=frozenset(rec), people=frozenset(), start=start,
                         end=date.fromordinal(start.toordinal() + days), text_dated=True,
                         reported=date(2026, 2, 12), fillers=frozenset())


def test_a_joint_act_with_one_party_dated_to_the_week_joins_the_one_event_of_a_day_of_that_week():
    # "Japan on Monday pledged aid to the Philippines" / "the aid Tokyo pledged last week"
    day = jm("a-1", "a", ("JPN",), ("PHL",), start=date(2026, 2, 2))
    for g in both_orders([day, _week("b-1", "b", ("JPN",))]):
        assert g == [["a-1", "b-1"]]


def test_a_joint_act_dated_to_the_week_stays_apart_from_other_weeks_and_from_two_fitting_events():
    day = jm("a-1", "a", ("JPN",), ("PHL",), start=date(2026, 2, 2))
    for g in both_orders([day, _week("b-1", "b", ("JPN",), start=date(2026, 2, 9))]):
        assert g == [["a-1"], ["b-1"]]              # another week
    other = jm("c-1", "c", ("JPN",), ("VNM",), start=date(2026, 2, 4))  # a pledge to Vietnam that week
    first = link([day, other])
    res = link([_week("b-1", "b", ("JPN",))], first.events.values())
    assert res.assign["b-1"] not in (first.assign["a-1"], first.assign["c-1"])  # which pledge? neither
    two_days = [jm("a-1", "a", ("JPN",), ("PHL",), start=date(2026, 2, 2)),
                jm("d-1", "d", ("JPN",), start=date(2026, 2, 3))]
    for g in both_orders(two_days):                 # two days are not nested: apart, as before
        assert g == [["a-1"], ["d-1"]]


# ---- a report whose parties resolve to no country; ordinals and actors inside one article

def dm(id, doc, act=(), rec=(), type="CONCEDE", start=date(2025, 6, 3), text=True, people=(), fillers=None,
       ordinal="", status="occurred"):
    if fillers is None:
        fillers = [("actor", f"x{c}", c) for c in act] + [("recipient", f"x{c}", c) for c in rec] \
            or [("actor", "nunions", "")]
    return MentionRecord(id=id, doc=doc, type=type, status=status, actor_countries=frozenset(act),
                         recipient_countries=frozenset(rec), people=frozenset(people), start=start, end=start,
                         text_dated=text, reported=date(2025, 6, 5), fillers=frozenset(fillers), ordinal=ordinal)


def test_a_countryless_report_of_a_day_joins_the_one_event_of_that_day_naming_countries_in_any_order():
    # "Nigeria's main labour unions on Tuesday called off the strike" / "unions called off the strike on Tuesday"
    named = dm("h3-1", "h3", act=("NGA",))
    lonely = dm("h4-1", "h4")
    again = dm("h5-1", "h5", fillers=[("recipient", "nmission", "")])  # other unresolved parties, same day
    for g in both_orders([named, lonely]):
        assert g == [["h3-1", "h4-1"]]
    # batch and in either order of arrival: two countryless reports of that day arriving before the one
    # naming countries are two events it cannot choose between, until it arrives and merges them into its
    # own (``_reconcile_days``); the id first reported is kept
    for g in both_orders([named, lonely, again]):
        assert g == [["h3-1", "h4-1", "h5-1"]]
    first = link([lonely])
    second = link([again], first.events.values())
    last = link([named], second.events.values())
    ids = {first.assign["h4-1"], second.assign["h5-1"], event_id_for("h3-1")}
    kept = min(ids)  # all first reported the same day: the smallest id
    assert last.assign["h3-1"] == kept and last.merged == {i: kept for i in ids - {kept}}
    assert not set(last.merged) & set(last.events) and last.events[kept].block == named.block
    assert last.events[kept].num_mentions == 3
    # the same parties again in that article, dated only by it ("the unions suspended it"), follow their
    # first mention into the event naming countries, in either order of arrival
    suspended = dm("h4-2", "h4", text=False, start=date(2025, 6, 6))
    for g in both_orders([named, lonely, suspended]):
        assert g == [["h3-1", "h4-1", "h4-2"]]
    assert groups(link([named, suspended])) == [["h3-1"], ["h4-2"]]  # alone it is dated by no day
    # recipients only ("the Netherlands' embassy in Libya") count as countries too
    for g in both_orders([dm("k1-1", "k1", rec=("LBY",), type="SANCTION"), dm("k2-1", "k2", type="SANCTION")]):
        assert g == [["k1-1", "k2-1"]]


def test_a_countryless_report_joins_the_event_of_its_day_its_own_article_reported_among_several():
    # "The men were detained on August 3, when an Indonesian patrol ship seized their boat", while
    # another article reports a detention by another agent that day: the one of its own article
    seized = dm("z3-2", "z3", type="COERCE", act=("IDN",))
    other = dm("z1-1", "z1", type="COERCE", rec=("VNM",))
    men = dm("z3-1", "z3", type="COERCE", fillers=[("recipient", "nmen", "")])
    assert groups(link([seized, other, men])) == [["z1-1"], ["z3-1", "z3-2"]]
    # two events of that day in its own article, or none of them: which one? neither
    seized2 = dm("z3-3", "z3", type="COERCE", act=("MYS",))
    assert groups(link([seized, seized2, men])) == [["z3-1"], ["z3-2"], ["z3-3"]]
    assert groups(link([dm("z4-1", "z4", type="COERCE", act=("IDN",)), other, men])) == [["z1-1"], ["z3-1"], ["z4-1"]]
    # its own article's event of another day stays apart
    assert groups(link([dm("z3-2", "z3", type="COERCE", act=("IDN",), start=date(2025, 6, 2)), other, men])) \
        == [["z1-1", "z3-1"], ["z3-2"]]


def test_one_article_telling_one_act_with_nested_countries_on_one_day_is_one_event():
    # "Senegal and Mauritania signed a defence pact on Tuesday ... The agreement was signed by ... his
    # Mauritanian counterpart": countries contained in the other report's, same article, same day
    both = dm("d1-1", "d1", type="SUPPORT", act=("SEN", "MRT"))
    one = dm("d1-2", "d1", type="SUPPORT", act=("MRT",), people=("a9",))
    for g in both_orders([both, one]):
        assert g == [["d1-1", "d1-2"]]
    # a plan of the narrower report's countries is realized by the one event (indexed under both blocks)
    from dataclasses import replace
    plan = replace(dm("d0-1", "d0", type="SUPPORT", act=("MRT",), status="planned"), reported=date(2025, 5, 20))
    res = link([both, one, plan])
    assert groups(res) == [["d0-1"], ["d1-1", "d1-2"]]
    assert res.links == {(res.assign["d1-1"], res.assign["d0-1"], "realizes")}
    # another article, another day, or disjoint / crossed countries stay apart
    assert groups(link([both, dm("d2-1", "d2", type="SUPPORT", act=("MRT",))])) == [["d1-1"], ["d2-1"]]
    assert groups(link([both, dm("d1-2", "d1", type="SUPPORT", act=("MRT",), start=date(2025, 6, 4))])) \
        == [["d1-1"], ["d1-2"]]
    assert groups(link([dm("d1-1", "d1", type="SUPPORT", act=("SEN",)),
                        dm("d1-2", "d1", type="SUPPORT", act=("MRT",))])) == [["d1-1"], ["d1-2"]]
    assert groups(link([dm("d1-1", "d1", type="SUPPORT", act=("SEN",), rec=("MRT",)),
                        dm("d1-2", "d1", type="SUPPORT", act=("MRT",), rec=("SEN",))])) == [["d1-1"], ["d1-2"]]
    # two events it fits in that article: which one? neither; different ordinals: two acts
    assert len(link([dm("d1-1", "d1", type="SUPPORT", act=("SEN", "MRT")), dm("d1-3", "d1", type="SUPPORT",
                     act=("MRT", "GMB")), dm("d1-2", "d1", type="SUPPORT", act=("MRT",))]).events) == 3
    assert groups(link([dm("d1-1", "d1", type="SUPPORT", act=("SEN", "MRT"), ordinal="first"),
                        dm("d1-2", "d1", type="SUPPORT", act=("MRT",), ordinal="second")])) == [["d1-1"], ["d1-2"]]


def test_a_tally_over_a_running_period_joins_no_single_act():
    from chronicle.link.records import counted_after
    assert counted_after(" at least six Vietnamese boats this year") and counted_after(" 12 people")
    assert not counted_after(" a Vietnamese boat") and not counted_after(" the two men") and not counted_after(" his crew")

    def rep(id, doc, start, end, counted=False, reported=date(2024, 8, 28)):
        return MentionRecord(id=id, doc=doc, type="COERCE", status="occurred", actor_countries=frozenset({"IDN"}),
                             recipient_countries=frozenset({"VNM"}), start=start, end=end, text_dated=True,
                             reported=reported, counted=counted)
    april = rep("z1-2", "z1", date(2024, 4, 1), date(2024, 4, 30), counted=True, reported=date(2024, 8, 5))
    tally = rep("z4-9", "z4", date(2024, 1, 1), date(2024, 12, 31), counted=True)  # "has detained at least six ... this year"
    for g in both_orders([april, tally]):
        assert g == [["z1-2"], ["z4-9"]]
    # another tally of that year joins it; without a count, or over a period already over, a coarse report
    # of the one act still joins it (as before)
    assert groups(link([april, tally, rep("z5-1", "z5", date(2024, 1, 1), date(2024, 12, 31), counted=True)])) \
        == [["z1-2"], ["z4-9", "z5-1"]]
    for other in (rep("z4-9", "z4", date(2024, 1, 1), date(2024, 12, 31)),
                  rep("z4-9", "z4", date(2024, 1, 1), date(2024, 12, 31), counted=True, reported=date(2025, 2, 1))):
        assert groups(link([april, other])) == [["z1-2", "z4-9"]]


def test_a_countryless_event_joined_by_countries_is_found_by_later_countryless_reports_of_its_day():
    # "the Guards seized a tanker" (no country), "seized in the Strait off Oman" joins it by its day, then
    # "the tanker was seized" (other unresolved parties): one seizure in every order of arrival
    guards = dm("s4-1", "s4", type="COERCE", fillers=[("actor", "nguards", "")])
    oman = dm("s3-1", "s3", type="COERCE", rec=("OMN",))
    tanker = dm("s2-1", "s2", type="COERCE", fillers=[("recipient", "ntanker", "")])
    for g in both_orders([guards, oman, tanker]):
        assert g == [["s2-1", "s3-1", "s4-1"]]
    first = link([guards])
    joined = link([oman], first.events.values())
    assert joined.assign["s3-1"] == first.assign["s4-1"] and joined.events[first.assign["s4-1"]].block == oman.block
    # without the report naming countries the two countryless ones stay apart
    assert groups(link([guards, tanker])) == [["s2-1"], ["s4-1"]]


def test_no_merge_of_a_countryless_event_when_two_events_of_its_day_name_countries_or_people_differ():
    lonely = dm("h4-1", "h4")
    first = link([lonely])
    # two events of that day name countries: which one? the countryless event stays
    both = link([dm("h3-1", "h3", act=("NGA",)), dm("g1-1", "g1", act=("GHA",))], first.events.values())
    assert not both.merged and first.assign["h4-1"] in both.events
    # one event of another day, another type, or a different person
    for other in (dm("h3-1", "h3", act=("NGA",), start=date(2025, 6, 4)), dm("h3-1", "h3", act=("NGA",), type="PROTEST"),
                  dm("h3-1", "h3", act=("NGA",), people=("p2",))):
        lone = link([dm("h4-1", "h4", people=("p1",))]) if other.people else first
        assert not link([other], lone.events.values()).merged
    # a countryless event dated only by its article is not merged
    undated = link([dm("h4-1", "h4", text=False)])
    assert not link([dm("h3-1", "h3", act=("NGA",))], undated.events.values()).merged


def test_a_countryless_report_stays_apart_on_another_day_when_two_events_fit_or_without_a_text_date():
    named = dm("h3-1", "h3", act=("NGA",))
    for g in both_orders([named, dm("h4-1", "h4", start=date(2025, 6, 4))]):
        assert g == [["h3-1"], ["h4-1"]]                   # another day
    for g in both_orders([named, dm("h4-1", "h4", text=False)]):
        assert g == [["h3-1"], ["h4-1"]]                   # dated only by its article
    for g in both_orders([named, dm("h4-1", "h4", fillers=[])]):
        assert g == [["h3-1"], ["h4-1"]]                   # no party at all ("officials met on Sunday")
    for g in both_orders([dm("h3-1", "h3", act=("NGA",), people=("p1",)), dm("h4-1", "h4", people=("p2",))]):
        assert g == [["h3-1"], ["h4-1"]]                   # two different people
    for g in both_orders([named, dm("h4-1", "h4", status="planned")]):
        assert g == [["h3-1"], ["h4-1"]]                   # a plan is another event
    for g in both_orders([named, dm("h4-1", "h4", type="PROTEST")]):
        assert g == [["h3-1"], ["h4-1"]]                   # another type
    # two events of that day name countries: which one? neither (batch, and in either order of arrival)
    ghana = dm("g1-1", "g1", act=("GHA",))
    assert groups(link([named, ghana, dm("h4-1", "h4")])) == [["g1-1"], ["h3-1"], ["h4-1"]]
    first = link([named, ghana])
    assert link([dm("h4-1", "h4")], first.events.values()).assign["h4-1"] not in first.assign.values()
    # a countryless event takes one set of countries: the first to join it by its day
    lonely = link([dm("h4-1", "h4")])
    nga = link([named], lonely.events.values())
    assert nga.assign["h3-1"] == lonely.assign["h4-1"]
    gha = link([ghana], nga.events.values())
    assert gha.assign["g1-1"] != lonely.assign["h4-1"]


def test_one_articles_first_and_second_attack_are_two_events():
    # "The second strike hit the water station" / "families left after the first attack" (article-dated)
    f = [("recipient", "nwater station", "")]
    second = dm("m3-1", "m3", type="ASSAULT", fillers=f, ordinal="second", start=date(2023, 9, 18))
    first = dm("m3-2", "m3", type="ASSAULT", fillers=f, ordinal="first", start=date(2023, 9, 19), text=False)
    assert groups(link([second, first])) == [["m3-1"], ["m3-2"]]
    plain = dm("m3-2", "m3", type="ASSAULT", fillers=f, start=date(2023, 9, 19), text=False)
    assert groups(link([second, plain])) == [["m3-1", "m3-2"]]   # "the attack": no ordinal, one event


def test_one_articles_undated_reports_of_different_actors_are_two_acts():
    # "a court ordered him held" / "the Committee to Protect Journalists urged the authorities to release him"
    court = dm("n2-1", "n2", rec=("KGZ",), type="REQUEST", text=False,
               fillers=[("actor", "a37", ""), ("recipient", "a30", "KGZ")])
    cpj = dm("n2-2", "n2", rec=("KGZ",), type="REQUEST", text=False,
             fillers=[("actor", "a34", ""), ("recipient", "a40", "KGZ")])
    assert groups(link([court, cpj])) == [["n2-1"], ["n2-2"]]
    same = dm("n2-3", "n2", rec=("KGZ",), type="REQUEST", text=False, fillers=[("actor", "a37", "")])
    assert groups(link([court, same])) == [["n2-1", "n2-3"]]     # the same actor again
    # dated by the text, other actors of one article may tell one act ("police arrested him on Monday ...
    # officers detained him on Monday")
    dated = [dm("x-1", "x", rec=("KGZ",), type="COERCE", fillers=[("actor", "apolice", "")]),
             dm("x-2", "x", rec=("KGZ",), type="COERCE", fillers=[("actor", "aofficers", "")])]
    assert groups(link(dated)) == [["x-1", "x-2"]]
    # in another article the rule says nothing
    other = dm("n3-1", "n3", rec=("KGZ",), type="REQUEST", text=False, fillers=[("actor", "a34", "")])
    assert groups(link([court, other])) == [["n2-1", "n3-1"]]


def _w(id, words, **kw):
    from dataclasses import replace
    return replace(m(id, **kw), words=frozenset(words))


def test_a_countryless_plan_is_realized_by_the_act_naming_a_party_by_a_common_word():
    # "the first shipment will arrive in Cebu on Thursday" (no country) / "a Japanese plane landed
    # at Mactan-Cebu airport on Thursday" (JPN): one word of a party in common, dates overlap
    plan = _w("a-1", {"cebu"}, status="planned", act=(), rec=(), start=date(2025, 11, 13), reported=date(2025, 11, 11))
    act = _w("b-1", {"japanese", "plane", "mactan", "cebu", "airport"}, doc="b", act=("JPN",), rec=(),
             start=date(2025, 11, 13), reported=date(2025, 11, 14))
    for order in ([plan, act], [act, plan]):
        res = link(order)
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
    # incremental, in either order: the stored event keeps its words
    for first, second in ((plan, act), (act, plan)):
        r1 = link([first])
        known = [EventState(id=e.id, block=e.block, start=e.start, end=e.end, text_dated=e.text_dated,
                            first_reported=e.first_reported, docs=set(e.docs), words=e.words)
                 for e in r1.events.values()]
        r2 = link([second], known)
        assign = {**r1.assign, **r2.assign}
        assert r2.links == {(assign["b-1"], assign["a-1"], "realizes")}


def test_a_countryless_plan_stays_unrealized_without_a_common_word_or_a_text_date():
    plan = _w("a-1", {"cebu"}, status="planned", act=(), rec=(), start=date(2025, 11, 13), reported=date(2025, 11, 11))
    other = _w("b-1", {"japanese", "plane", "manila"}, doc="b", act=("JPN",), rec=(), start=date(2025, 11, 13),
               reported=date(2025, 11, 14))
    assert link([plan, other]).links == set()
    # "unless it releases jailed activists" (dated only by its article) / "released three activists"
    undated = _w("c-1", {"jailed", "activists"}, type="RETREAT", status="planned", act=(), rec=(),
                 start=date(2025, 6, 2), text=False, reported=date(2025, 6, 2))
    freed = _w("d-1", {"activists"}, doc="d", type="RETREAT", act=("BLR",), rec=(), start=date(2025, 6, 2),
               end=date(2025, 6, 8), reported=date(2025, 6, 12))
    assert link([undated, freed]).links == set()
    # another day: no overlap
    late = _w("e-1", {"cebu"}, doc="e", act=("JPN",), rec=(), start=date(2025, 12, 1), reported=date(2025, 12, 2))
    assert link([plan, late]).links == set()


def test_index_follows_an_event_whose_state_changes_and_cached_block_keys():
    """``_Index.add`` skips a re-add whose indexed state is unchanged, so a changed date or a new
    person must still be indexed; ``MentionRecord.block`` is cached per record, not shared."""
    import dataclasses

    from chronicle.link.linker import _Index

    block = "CONSULT|occurred|PRK|RUS"
    e = EventState(id="ev-1", block=block, start=date(2025, 3, 20), end=date(2025, 3, 20), text_dated=True)
    ix = _Index()
    ix.add(e)
    ix.add(e)  # unchanged: indexed once
    assert ix.candidates(block, date(2025, 3, 1), date(2025, 3, 31)) == ["ev-1"]
    assert ix.buckets[("b", block, 2025 * 12 + 2)] == {"": ["ev-1"]}
    e.start = e.end = date(2025, 5, 2)
    ix.add(e)
    assert ix.candidates(block, date(2025, 5, 1), date(2025, 5, 31)) == ["ev-1"]
    e.people = frozenset({"kim"})
    ix.add(e)
    assert list(ix.iter_candidates(block, date(2025, 5, 1), date(2025, 5, 31), frozenset({"kim"}))) == ["ev-1"]
    a = m("a-1", act=("RUS",), rec=("PRK",))
    assert a.block == "CONSULT|occurred|RUS|PRK" and a == m("a-1", act=("RUS",), rec=("PRK",))
    assert dataclasses.replace(a, status="planned").block == "CONSULT|future|RUS|PRK"


def test_a_plan_naming_no_agent_is_realized_by_the_act_of_its_day_naming_the_agent_in_any_order():
    # "the foreign ministry would summon Tajikistan's ambassador on Monday" (no actor country) /
    # "Kyrgyzstan's foreign ministry summoned Tajikistan's ambassador on Monday": same type,
    # recipients and day, one side naming no agent (the merging rule's relatives)
    plan = m("a-1", type="REQUEST", status="planned", act=(), rec=("TJK",), start=date(2025, 10, 6),
             reported=date(2025, 10, 5))
    act = m("b-1", doc="b", type="REQUEST", act=("KGZ",), rec=("TJK",), start=date(2025, 10, 6),
            reported=date(2025, 10, 7))
    for order in ([plan, act], [act, plan]):
        res = link(order)
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
    for first, second in ((plan, act), (act, plan)):  # incremental, either order
        r1 = link([first])
        r2 = link([second], [_state(e) for e in r1.events.values()])
        assign = {**r1.assign, **r2.assign}
        assert r2.links == {(assign["b-1"], assign["a-1"], "realizes")}
    # the agentless side may be the act: "Tajikistan's ambassador was summoned on Monday"
    plan2 = m("c-1", type="REQUEST", status="planned", act=("KGZ",), rec=("TJK",), start=date(2025, 10, 6),
              reported=date(2025, 10, 5))
    act2 = m("d-1", doc="d", type="REQUEST", act=(), rec=("TJK",), start=date(2025, 10, 6), reported=date(2025, 10, 7))
    res = link([plan2, act2])
    assert res.links == {(res.assign["d-1"], res.assign["c-1"], "realizes")}


def test_a_plan_naming_no_agent_stays_unrealized_on_another_day_or_with_two_agents_that_day():
    plan = m("a-1", type="REQUEST", status="planned", act=(), rec=("TJK",), start=date(2025, 10, 6),
             reported=date(2025, 10, 5))
    late = m("b-1", doc="b", type="REQUEST", act=("KGZ",), rec=("TJK",), start=date(2025, 10, 9),
             reported=date(2025, 10, 10))
    assert link([plan, late]).links == set()
    # two agents summoning that ambassador that day: which one carried out the plan?
    kgz = m("c-1", doc="c", type="REQUEST", act=("KGZ",), rec=("TJK",), start=date(2025, 10, 6),
            reported=date(2025, 10, 7))
    uzb = m("d-1", doc="d", type="REQUEST", act=("UZB",), rec=("TJK",), start=date(2025, 10, 6),
            reported=date(2025, 10, 7))
    for order in ([plan, kgz, uzb], [kgz, uzb, plan], [uzb, plan, kgz]):
        assert link(order).links == set()
    # other recipients, or a plan reported after the act: no link
    other = m("e-1", doc="e", type="REQUEST", act=("KGZ",), rec=("UZB",), start=date(2025, 10, 6),
              reported=date(2025, 10, 7))
    assert link([plan, other]).links == set()
    after = m("f-1", type="REQUEST", status="planned", act=(), rec=("TJK",), start=date(2025, 10, 6),
              reported=date(2025, 10, 8))
    assert link([after, kgz]).links == set()
    # an act dated only by its article does not realize the agentless plan of a day
    vague = m("g-1", doc="g", type="REQUEST", act=("KGZ",), rec=("TJK",), start=date(2025, 10, 7), text=False,
              reported=date(2025, 10, 7))
    assert link([plan, vague]).links == set()


# ---- one act told by two words of one sentence; an agentless report of a week

def _clause(id, doc="c1", act="nsuspected militiamen", rec="npolice", start=date(2023, 10, 3), sentence=0):
    fillers = ([("actor", act, "")] if act else []) + [("recipient", rec, "")]
    return MentionRecord(id=id, doc=doc, type="ASSAULT", status="occurred", start=start, end=start,
                         text_dated=True, reported=date(2023, 10, 4), fillers=frozenset(fillers), sentence=sentence)


def test_one_sentences_acts_of_one_countryless_agent_on_one_day_are_one_act():
    # "Suspected militiamen ambushed a police convoy on Tuesday, killing nine officers"
    ambushed = _clause("c1-1")
    killing = _clause("c1-2", rec="nofficers")
    for g in both_orders([ambushed, killing]):
        assert g == [["c1-1", "c1-2"]]
    assert groups(link([killing, ambushed])) == [["c1-1", "c1-2"]]


def test_one_sentences_countryless_acts_stay_apart_with_other_agents_days_sentences_or_articles():
    ambushed = _clause("c1-1")
    others = [_clause("c1-2", act="nbandits", rec="nofficers"),                 # another agent
              _clause("c1-3", rec="nofficers", start=date(2023, 10, 4)),        # another day
              _clause("c1-4", rec="nofficers", sentence=120),                   # another sentence
              _clause("c1-5", act="", rec="nofficers"),                         # no agent
              _clause("c2-1", doc="c2", rec="nofficers")]                       # another article
    for o in others:
        assert groups(link([ambushed, o])) == [["c1-1"], [o.id]], o.id
    # an unknown sentence ties nothing
    assert groups(link([_clause("c1-1", sentence=-1), _clause("c1-2", rec="nofficers", sentence=-1)])) == [
        ["c1-1"], ["c1-2"]]


def test_an_agentless_report_of_a_week_joins_the_one_event_of_a_day_inside_it_in_any_order():
    # "Iraq's foreign ministry summoned the Turkish ambassador on Monday" /
    # "The talks follow the summoning of Turkey's ambassador in Baghdad last week"
    day = m("b1-1", doc="b1", type="REQUEST", act=("IRQ",), rec=("TUR",), start=date(2024, 5, 13))
    week = m("b2-1", doc="b2", type="REQUEST", act=(), rec=("TUR",), start=date(2024, 5, 13), end=date(2024, 5, 19))
    assert groups(link([day, week])) == [["b1-1", "b2-1"]]
    for first, later in ((day, week), (week, day)):
        res1 = link([first])
        res2 = link([later], [_state(e) for e in res1.events.values()])
        assert res2.assign[later.id] == res1.assign[first.id]
    ev = link([day, week]).events
    (e,) = ev.values()
    assert (e.start, e.end) == (date(2024, 5, 13), date(2024, 5, 13))  # the day is kept


def test_an_agentless_report_of_a_week_stays_apart_from_two_events_other_weeks_or_recipients():
    week = m("b2-1", doc="b2", type="REQUEST", act=(), rec=("TUR",), start=date(2024, 5, 13), end=date(2024, 5, 19))
    day = m("b1-1", doc="b1", type="REQUEST", act=("IRQ",), rec=("TUR",), start=date(2024, 5, 13))
    other_day = m("b3-1", doc="b3", type="REQUEST", act=("SYR",), rec=("TUR",), start=date(2024, 5, 15))
    assert groups(link([day, other_day, week])) == [["b1-1"], ["b2-1"], ["b3-1"]]   # which one?
    before = m("b4-1", doc="b4", type="REQUEST", act=("IRQ",), rec=("TUR",), start=date(2024, 5, 10))
    assert groups(link([before, week])) == [["b2-1"], ["b4-1"]]                      # another week
    other_rec = m("b5-1", doc="b5", type="REQUEST", act=("IRQ",), rec=("IRN",), start=date(2024, 5, 13))
    assert groups(link([other_rec, week])) == [["b2-1"], ["b5-1"]]                   # another recipient
    month = m("b6-1", doc="b6", type="REQUEST", act=(), rec=("TUR",), start=date(2024, 5, 1), end=date(2024, 5, 31))
    # (linkPlan14) a month report waits, and joins the one act of its month naming the agent it leaves out (before:
    # a month was no evidence of the day, as the first act to arrive would have taken it); of two acts, none
    assert groups(link([day, month])) == [["b1-1", "b6-1"]]
    assert groups(link([month, other_day, day])) == [["b1-1"], ["b3-1"], ["b6-1"]]


def test_an_article_told_after_its_agentless_week_report_stays_one_event():
    # "Last week's prisoner swap, in which six Armenians and two Azerbaijanis were freed" arriving
    # before "Armenia and Azerbaijan exchanged prisoners on Thursday ... the swap ... Armenia and
    # Azerbaijan freed": the day's reports join the week's event, the one naming agents only too
    week = m("w-1", doc="w", type="RETREAT", act=(), rec=("ARM", "AZE"), start=date(2026, 1, 12), end=date(2026, 1, 18))
    both = m("d-1", doc="d", type="RETREAT", act=("ARM", "AZE"), rec=("ARM", "AZE"), start=date(2026, 1, 15))
    agents = m("d-2", doc="d", type="RETREAT", act=("ARM", "AZE"), rec=(), start=date(2026, 1, 15))
    res1 = link([week])
    res2 = link([both, agents], [_state(e) for e in res1.events.values()])
    assert res2.assign["d-1"] == res2.assign["d-2"] == res1.assign["w-1"]
    assert groups(link([week, both, agents])) == [["d-1", "d-2", "w-1"]]
    # another day of that week in another article: not told together, stays apart from the actor-only report
    other = m("e-2", doc="e", type="RETREAT", act=("ARM", "AZE"), rec=(), start=date(2026, 1, 15))
    res3 = link([other], [_state(e) for e in res1.events.values()])
    assert res3.assign["e-2"] != res1.assign["w-1"]


def sm(id, doc, act, rec=(), type="SUPPORT", start=date(2025, 6, 13), text=True, signing=True, status="occurred",
       counted=False, reported=date(2025, 6, 14)):
    fillers = [("actor", f"x{c}", c) for c in act] + [("recipient", f"x{c}", c) for c in rec]
    return MentionRecord(id=id, doc=doc, type=type, status=status, actor_countries=frozenset(act),
                         recipient_countries=frozenset(rec), start=start, end=start, text_dated=text,
                         reported=reported, fillers=frozenset(fillers), signing=signing, counted=counted)


def test_an_agreement_and_its_signing_in_one_article_are_one_act():
    # "Chad and Sahel Petroleum agreed on Friday to settle ... Under the deal, signed in Paris ..." (the
    # signing dated only by its article), "Thailand and Cambodia agreed on Sunday ... The agreement was
    # signed by ... on Sunday"
    agreed = sm("b3-1", "b3", ("TCD",), type="AGREE", signing=False)
    signed = sm("b3-2", "b3", ("TCD",), text=False, start=date(2025, 6, 14))
    for g in both_orders([agreed, signed]):
        assert g == [["b3-1", "b3-2"]]
    both = sm("e1-1", "e1", ("THA", "KHM"), type="AGREE", signing=False)
    for s in (sm("e1-2", "e1", ("THA", "KHM")), sm("e1-2", "e1", ("THA",), ("KHM",))):
        assert groups(link([both, s])) == [["e1-1", "e1-2"]]
    # a countryless "The pact was signed on that day" in another article still finds the signing's event
    later = MentionRecord(id="e2-1", doc="e2", type="SUPPORT", status="occurred", start=date(2025, 6, 13),
                                    end=date(2025, 6, 13), text_dated=True, reported=date(2025, 6, 16),
                                    fillers=frozenset({("recipient", "npact", "")}), signing=True)
    for g in both_orders([both, sm("e1-2", "e1", ("THA", "KHM")), later]):
        assert g == [["e1-1", "e1-2", "e2-1"]]


def test_an_agreement_and_a_signing_stay_apart_on_other_days_articles_parties_or_several_agreements():
    agreed = sm("b3-1", "b3", ("TCD",), type="AGREE", signing=False, start=date(2025, 5, 9))
    # "a deal agreed in May and signed in June": another day
    assert groups(link([agreed, sm("b3-2", "b3", ("TCD",), start=date(2025, 6, 13))])) == [["b3-1"], ["b3-2"]]
    # dated only by an article a month after the agreement
    assert groups(link([agreed, sm("b3-2", "b3", ("TCD",), text=False, start=date(2025, 6, 14))])) == [["b3-1"], ["b3-2"]]
    same_day = sm("b3-1", "b3", ("TCD",), type="AGREE", signing=False)
    # both dated to a month only ("Putin invited Kim in June" / "Kim and Putin signed a treaty in June")
    month = [sm("m-1", "m", ("RUS", "PRK"), type="AGREE", signing=False, start=date(2024, 6, 1)),
             sm("m-2", "m", ("RUS", "PRK"), start=date(2024, 6, 1))]
    month = [MentionRecord(**{k: getattr(x, k) for k in ("id", "doc", "type", "status", "actor_countries",
                                                         "recipient_countries", "start", "text_dated", "reported",
                                                         "fillers", "signing")}, end=date(2024, 6, 30))
             for x in month]
    for g in both_orders(month):
        assert g == [["m-1"], ["m-2"]]
    # another article: the same-article rule only
    for g in both_orders([same_day, sm("b4-1", "b4", ("TCD",), text=False, start=date(2025, 6, 14))]):
        assert g == [["b3-1"], ["b4-1"]]
    # other countries: another agreement's signing
    assert groups(link([same_day, sm("b3-2", "b3", ("NER",))])) == [["b3-1"], ["b3-2"]]
    # "agreed to resume talks ... and signed six agreements on trade": several things signed
    assert groups(link([same_day, sm("b3-2", "b3", ("TCD",), counted=True)])) == [["b3-1"], ["b3-2"]]
    # not a signing (another SUPPORT act), a plan to sign (a plan and its act stay two events)
    assert groups(link([same_day, sm("b3-2", "b3", ("TCD",), signing=False)])) == [["b3-1"], ["b3-2"]]
    assert groups(link([same_day, sm("b3-2", "b3", ("TCD",), status="planned")])) == [["b3-1"], ["b3-2"]]
    # two agreements of that day in the article: which one was signed?
    other = sm("b3-3", "b3", ("NER",), type="AGREE", signing=False)
    for g in both_orders([same_day, other, sm("b3-2", "b3", ("TCD", "NER"))]):
        assert g == [["b3-1"], ["b3-2"], ["b3-3"]]


# ---- a plan is realized only by an act of its PLOVER mode

def _mode(id, mode, **kw):
    from dataclasses import replace
    return replace(m(id, **kw), mode=mode)


def _moded_state(e: EventState) -> EventState:
    """An event as the store hands it back, with its mentions' modes (``store_adapter._mark_modes_stated_and_cameos``)."""
    s = _state(e)
    s.first_reported, s.words, s.modes = e.first_reported, e.words, e.modes
    return s


def test_a_plan_is_realized_by_an_act_of_its_mode():
    # "the court will hear the appeal on Monday" (ACCUSE investigate) / "the court heard the appeal on Monday"
    plan = _mode("a-1", "investigate", type="ACCUSE", status="planned", act=("TUR",), rec=("TUR",),
                 start=date(2025, 4, 7), reported=date(2025, 4, 3))
    act = _mode("b-1", "investigate", doc="b", type="ACCUSE", act=("TUR",), rec=("TUR",), start=date(2025, 4, 7),
                reported=date(2025, 4, 8))
    for order in ([plan, act], [act, plan]):
        res = link(order)
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
        assert res.events[res.assign["a-1"]].modes == {"investigate"}
    for first, second in ((plan, act), (act, plan)):  # incremental, either order
        r1 = link([first])
        r2 = link([second], [_moded_state(e) for e in r1.events.values()])
        assign = {**r1.assign, **r2.assign}
        assert r2.links == {(assign["b-1"], assign["a-1"], "realizes")}
    # an event of several modes (one act told as "investigate" and "allege") realizes a plan of either
    also = _mode("b-2", "allege", doc="b", type="ACCUSE", act=("TUR",), rec=("TUR",), start=date(2025, 4, 7),
                 reported=date(2025, 4, 8))
    res = link([plan, act, also])
    assert res.assign["b-1"] == res.assign["b-2"] and res.events[res.assign["b-1"]].modes == {"investigate", "allege"}
    assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}


def test_an_act_of_another_mode_does_not_realize_the_plan_in_any_path():
    # "the journalist was charged on Monday" (ACCUSE allege) does not carry out "the court will hear the
    # appeal on Monday" (ACCUSE investigate): same type, parties and day, another act
    plan = _mode("a-1", "investigate", type="ACCUSE", status="planned", act=("TUR",), rec=("TUR",),
                 start=date(2025, 4, 7), reported=date(2025, 4, 3))
    other = _mode("b-1", "allege", doc="b", type="ACCUSE", act=("TUR",), rec=("TUR",), start=date(2025, 4, 7),
                  reported=date(2025, 4, 8))
    for order in ([plan, other], [other, plan]):
        assert link(order).links == set()
    for first, second in ((plan, other), (other, plan)):  # incremental: the stored event keeps its modes
        r1 = link([first])
        assert link([second], [_moded_state(e) for e in r1.events.values()]).links == set()
    # a countryless plan and an act naming a party by a common word (``_countryless_realizations``)
    cplan = replace_words(_mode("c-1", "arrest", type="COERCE", status="planned", act=(), rec=(),
                                start=date(2025, 11, 13), reported=date(2025, 11, 11)), {"cebu"})
    seized = replace_words(_mode("d-1", "seize", doc="d", type="COERCE", act=("PHL",), rec=(),
                                 start=date(2025, 11, 13), reported=date(2025, 11, 14)), {"cebu", "police"})
    assert link([cplan, seized]).links == set()
    arrested = replace_words(_mode("d-1", "arrest", doc="d", type="COERCE", act=("PHL",), rec=(),
                                   start=date(2025, 11, 13), reported=date(2025, 11, 14)), {"cebu", "police"})
    res = link([cplan, arrested])
    assert res.links == {(res.assign["d-1"], res.assign["c-1"], "realizes")}
    # a plan naming no agent and the act of its day naming one (``_relative_realizations``), by the day and
    # by a common person
    for people in ((), ("kim",)):
        rplan = _mode("e-1", "arrest", type="COERCE", status="planned", act=(), rec=("TJK",), people=people,
                      start=date(2025, 10, 6), reported=date(2025, 10, 5))
        rother = _mode("f-1", "seize", doc="f", type="COERCE", act=("KGZ",), rec=("TJK",), people=people,
                       start=date(2025, 10, 6), reported=date(2025, 10, 7))
        assert link([rplan, rother]).links == set()
        rsame = _mode("f-1", "arrest", doc="f", type="COERCE", act=("KGZ",), rec=("TJK",), people=people,
                      start=date(2025, 10, 6), reported=date(2025, 10, 7))
        res = link([rplan, rsame])
        assert res.links == {(res.assign["f-1"], res.assign["e-1"], "realizes")}
        # the other-mode act of that day is no second candidate: the plan's act of its mode still realizes it
        res = link([rplan, rsame, _mode("g-1", "seize", doc="g", type="COERCE", act=("UZB",), rec=("TJK",),
                                        start=date(2025, 10, 6), reported=date(2025, 10, 7))])
        assert (res.assign["f-1"], res.assign["e-1"], "realizes") in res.links


def test_an_unknown_mode_on_either_side_realizes_as_before():
    plan = _mode("a-1", "investigate", type="ACCUSE", status="planned", act=("TUR",), rec=("TUR",),
                 start=date(2025, 4, 7), reported=date(2025, 4, 3))
    act = _mode("b-1", "allege", doc="b", type="ACCUSE", act=("TUR",), rec=("TUR",), start=date(2025, 4, 7),
                reported=date(2025, 4, 8))
    from dataclasses import replace
    for p, a in ((replace(plan, mode=""), act), (plan, replace(act, mode="")), (replace(plan, mode=""), replace(act, mode=""))):
        res = link([p, a])
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
    # merging does not look at modes (the extractor's modes are noisier than its types: linking.md, linkMode):
    # "accused" (allege) and "condemned" (disapprove) of one day, agent and target stay one event
    same = _mode("c-1", "disapprove", doc="c", type="ACCUSE", act=("TUR",), rec=("TUR",), start=date(2025, 4, 7),
                 reported=date(2025, 4, 8))
    assert groups(link([act, same])) == [["b-1", "c-1"]]


def replace_words(x: MentionRecord, words) -> MentionRecord:
    from dataclasses import replace
    return replace(x, words=frozenset(words))


# ---- a report that names no recipient country (mirror of the agentless reports)

def _rec(id, doc, act=("CHN",), rec=(), start=date(2025, 9, 8), end=None, text=True, people=(), type="ACCUSE"):
    return m(id, doc=doc, type=type, act=act, rec=rec, people=people, start=start, end=end, text=text,
             reported=date(2025, 9, 12))


def test_a_recipient_less_report_joins_the_one_act_of_its_actor_naming_a_recipient_in_any_order():
    # "China lodged a protest note with Japan on Monday" / "China's protest note, delivered on Monday"
    full = _rec("a-1", "a", rec=("JPN",))
    bare = _rec("b-1", "b")
    for res in both_orders([full, bare]):
        assert res == [["a-1", "b-1"]]
    # "Mauritania ratified the pact last week" / "Mauritania ratified its pact with Senegal on Thursday"
    day = _rec("c-1", "c", act=("MRT",), rec=("SEN",), type="SUPPORT", start=date(2026, 2, 5))
    week = _rec("d-1", "d", act=("MRT",), type="SUPPORT", start=date(2026, 2, 2), end=date(2026, 2, 8))
    for res in both_orders([day, week]):
        assert res == [["c-1", "d-1"]]
    (e,) = link([day, week]).events.values()
    assert (e.start, e.end) == (date(2026, 2, 5), date(2026, 2, 5))  # the day is kept
    # a shared person alone is no evidence of one act: "the court will hear Toktogulov's appeal" /
    # "his trial will open", both dated only by their articles, are two plans
    hear = m("e-1", doc="e", type="ACCUSE", status="planned", act=("KGZ",), rec=("KGZ",), people=("toktogulov",),
             start=date(2024, 2, 16), text=False, reported=date(2024, 2, 16))
    trial = m("f-1", doc="f", type="ACCUSE", status="planned", act=("KGZ",), rec=(), people=("toktogulov",),
              start=date(2024, 2, 22), text=False, reported=date(2024, 2, 22))
    for res in both_orders([hear, trial]):
        assert res == [["e-1"], ["f-1"]]


def test_a_recipient_less_report_joins_neither_of_two_acts_against_different_recipients_nor_bridges_them():
    jpn = _rec("a-1", "a", rec=("JPN",))
    phl = _rec("b-1", "b", rec=("PHL",))
    bare = _rec("c-1", "c")
    assert groups(link([jpn, phl, bare])) == [["a-1"], ["b-1"], ["c-1"]]   # which one?
    # stored first, the recipient-less event takes the first recipient to join it by its day, never a second
    res1 = link([bare])
    res2 = link([phl, jpn], [_state(e) for e in res1.events.values()])  # (one batch: in block order)
    assert res2.assign["a-1"] == res1.assign["c-1"] != res2.assign["b-1"]
    res2 = link([jpn], [_state(e) for e in res1.events.values()])
    res3 = link([phl], [_state(e) for e in res2.events.values()])
    assert res3.assign["b-1"] != res2.assign["a-1"] == res1.assign["c-1"]


def test_a_recipient_less_report_stays_apart_on_other_dates_actors_types_or_statuses():
    full = _rec("a-1", "a", rec=("JPN",))
    others = [_rec("b-1", "b", start=date(2025, 9, 10)),                               # another day
              _rec("c-1", "c", start=date(2025, 9, 1), end=date(2025, 9, 30)),          # a month: no evidence of the day
              _rec("d-1", "d", start=date(2025, 9, 12), text=False),                    # dated only by its article
              _rec("e-1", "e", act=("RUS",)),                                           # another actor
              _rec("f-1", "f", type="REQUEST"),                                         # another type
              m("g-1", doc="g", type="ACCUSE", status="planned", act=("CHN",), rec=(),  # a plan
                start=date(2025, 9, 8), reported=date(2025, 9, 5)),
              _rec("h-1", "h", people=("li",), start=date(2025, 9, 9))]                 # another person than a-2's
    named = _rec("a-2", "a", rec=("JPN",), people=("wang",), start=date(2025, 9, 9))
    for x in others:
        assert groups(link([full, named, x])) == sorted([["a-1"], ["a-2"], [x.id]]), x.id
    # nor a recipient-less report of no actor (nothing ties the two)
    assert groups(link([full, _rec("i-1", "i", act=())])) == [["a-1"], ["i-1"]]


def test_a_countryless_plan_and_act_naming_one_organisation_in_the_plan_week_are_linked_when_unique():
    # "The African Union would send an envoy next week to meet the government" / "the African Union
    # envoy met the president" on Wednesday of that week: no country, no person, one organisation
    def org(id, status, start, end=None, doc="a", orgs=("a12",)):
        return MentionRecord(id=id, doc=doc, type="CONSULT", status=status, start=start, end=end or start,
                             text_dated=True, reported=date(2024, 1, 27), fillers=frozenset(("actor", o, "") for o in orgs),
                             orgs=frozenset(orgs))
    plan = org("a-1", "planned", date(2024, 1, 29), date(2024, 2, 4))
    met = org("b-1", "occurred", date(2024, 1, 31), doc="b")
    for batch in ([plan, met], [met, plan]):
        res = link(batch)
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
    # look-alikes: the act outside the plan's week, another organisation, a group (no organisation), or
    # two acts of that organisation in the week (which one carried it out?)
    assert link([plan, org("b-1", "occurred", date(2024, 2, 6), doc="b")]).links == set()
    assert link([plan, org("b-1", "occurred", date(2024, 1, 31), doc="b", orgs=("a13",))]).links == set()
    assert link([org("a-1", "planned", date(2024, 1, 29), date(2024, 2, 4), orgs=()),
                 org("b-1", "occurred", date(2024, 1, 31), doc="b", orgs=())]).links == set()
    assert link([plan, met, org("c-1", "occurred", date(2024, 2, 2), doc="c")]).links == set()
    # a plan dated only to its month is no evidence of the day
    assert link([org("a-1", "planned", date(2024, 1, 1), date(2024, 1, 31)),
                 org("b-1", "occurred", date(2024, 1, 17), doc="b")]).links == set()


def test_a_countryless_plan_and_act_naming_one_resolved_recipient_on_one_day_are_linked_when_unique():
    # (linkPlan3) "The governor said he would meet community leaders on Saturday" / "the governor's
    # meeting with community leaders on February 14": no country, no person, no organisation; one
    # recipient resolved to one actor (a group), both dated by their text to that day
    def meet(id, status, start, end=None, doc="a", rec=("a93",)):
        return MentionRecord(id=id, doc=doc, type="CONSULT", status=status, start=start, end=end or start,
                             text_dated=True, reported=date(2026, 2, 13),
                             fillers=frozenset(("recipient", r, "") for r in rec))
    plan = meet("a-1", "planned", date(2026, 2, 14))
    met = meet("b-1", "occurred", date(2026, 2, 14), doc="b")
    for batch in ([plan, met], [met, plan]):
        res = link(batch)
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
    # look-alikes: another day, a plan of a week (a group is no organisation: the day must be the
    # plan's own), another recipient, a recipient known only by its name, or two such acts that day
    assert link([plan, meet("b-1", "occurred", date(2026, 2, 15), doc="b")]).links == set()
    assert link([meet("a-1", "planned", date(2026, 2, 9), date(2026, 2, 15)), met]).links == set()
    assert link([plan, meet("b-1", "occurred", date(2026, 2, 14), doc="b", rec=("a94",))]).links == set()
    assert link([meet("a-1", "planned", date(2026, 2, 14), rec=("ncommunity leaders",)),
                 meet("b-1", "occurred", date(2026, 2, 14), doc="b", rec=("ncommunity leaders",))]).links == set()
    assert link([plan, met, meet("c-1", "occurred", date(2026, 2, 14), doc="c")]).links == set()



def test_a_countryless_plan_and_act_naming_a_party_by_a_common_word_on_one_day_are_linked_when_unique():
    # (linkPlan4) "the two countries' foreign ministers were due to meet in Ndola on Thursday" / "the
    # foreign ministers met in Ndola" that Thursday: no country, person, organisation or common
    # recipient; the agents resolve to two actors named by common words, both dated by their text to that day
    def meet(id, status, start, doc, actor, text, end=None):
        return MentionRecord(id=id, doc=doc, type="CONSULT", status=status, start=start, end=end or start,
                             text_dated=True, reported=date(2026, 1, 20), fillers=frozenset({("actor", actor, "")}),
                             words=party_words([text]))
    plan = meet("a-1", "planned", date(2026, 1, 22), "a", "a98", "two countries' foreign ministers")
    met = meet("b-1", "occurred", date(2026, 1, 22), "b", "a100", "foreign ministers")
    for batch in ([plan, met], [met, plan]):
        res = link(batch)
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
    # look-alikes: no common word, another day, a plan of a week (the day must be the plan's own), an act
    # not dated by its text, or two such acts that day (which one carried it out?)
    assert link([plan, meet("b-1", "occurred", date(2026, 1, 22), "b", "a101", "trade unions")]).links == set()
    assert link([plan, meet("b-1", "occurred", date(2026, 1, 23), "b", "a100", "foreign ministers")]).links == set()
    assert link([meet("a-1", "planned", date(2026, 1, 19), "a", "a98", "foreign ministers", end=date(2026, 1, 25)),
                 met]).links == set()
    undated = MentionRecord(id="b-1", doc="b", type="CONSULT", status="occurred", start=date(2026, 1, 22),
                            end=date(2026, 1, 22), reported=date(2026, 1, 22), fillers=met.fillers, words=met.words)
    assert link([plan, undated]).links == set()
    assert link([plan, met, meet("c-1", "occurred", date(2026, 1, 22), "c", "a102", "defence ministers")]).links == set()
    # a common word, but recipients named: two, one each ("would meet community leaders" / "met union
    # leaders"), or one bare name, often a place ("had planned to attack the president at a rally in
    # Ndola on Saturday" / "the rally on Saturday" in Ndola)
    def meet_with(id, status, doc, rec, text):
        return MentionRecord(id=id, doc=doc, type="CONSULT", status=status, start=date(2026, 1, 22),
                             end=date(2026, 1, 22), text_dated=True, reported=date(2026, 1, 20),
                             fillers=frozenset({("actor", "ngovernor", ""), ("recipient", rec, "")}),
                             words=party_words(["governor", text]))
    assert link([meet_with("a-1", "planned", "a", "ncommunity leaders", "community leaders"),
                 meet_with("b-1", "occurred", "b", "nunion leaders", "union leaders")]).links == set()
    assert link([meet_with("a-1", "planned", "a", "nndola", "Ndola"),
                 meet_with("b-1", "occurred", "b", "nndola", "Ndola")]).links == set()


def test_a_countryless_plan_and_act_naming_other_organisations_are_not_linked_by_their_recipient():
    # (mend13a) "the AU would meet community leaders Saturday" / "the World Bank met community leaders
    # Saturday": one resolved recipient, one day, but each names its own organisation
    def meet(id, status, doc, orgs):
        return MentionRecord(id=id, doc=doc, type="CONSULT", status=status, start=date(2026, 2, 14),
                             end=date(2026, 2, 14), text_dated=True, reported=date(2026, 2, 13),
                             fillers=frozenset({("recipient", "a93", "")} | {("actor", o, "") for o in orgs}),
                             orgs=frozenset(orgs))
    for batch in ([meet("a-1", "planned", "a", ("a10",)), meet("b-1", "occurred", "b", ("a11",))],
                  [meet("b-1", "occurred", "b", ("a11",)), meet("a-1", "planned", "a", ("a10",))]):
        assert link(batch).links == set()
    # one of them naming its organisation, the other none, is still linked by the recipient
    res = link([meet("a-1", "planned", "a", ("a10",)), meet("b-1", "occurred", "b", ())])
    assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}


def test_a_countryless_act_realizes_the_plan_naming_countries_that_names_its_organisation_when_unique():
    # (linkPlan9) "Ghana's opposition leader said he would take his case to the Court of Appeal next week"
    # (GHA, a person, an organisation) / "his lawyers filed the appeal at the Court of Appeal on Tuesday"
    # (no country, no person, the same organisation), in one batch and in either order
    def plan(id="a-1", start=date(2025, 6, 9), end=date(2025, 6, 15), orgs=("a40",), act=("GHA",)):
        return MentionRecord(id=id, doc="a", type="ACCUSE", status="planned", actor_countries=frozenset(act),
                             people=frozenset({"a7"}), start=start, end=end, text_dated=True, reported=date(2025, 6, 6),
                             fillers=frozenset({("actor", "a7", "GHA")} | {("recipient", o, "") for o in orgs}),
                             orgs=frozenset(orgs))

    def filed(id="b-1", doc="b", start=date(2025, 6, 10), orgs=("a40",), text=True, status="occurred"):
        return MentionRecord(id=id, doc=doc, type="ACCUSE", status=status, start=start, end=start, text_dated=text,
                             reported=date(2025, 6, 11),
                             fillers=frozenset({("actor", "n" + id, "")} | {("recipient", o, "") for o in orgs}),
                             orgs=frozenset(orgs))
    for batch in ([plan(), filed()], [filed(), plan()]):
        res = link(batch)
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
        assert res.assign["b-1"] != res.assign["a-1"]
    # stored events (the plan known from an earlier ingest, the act arriving; and the mirror)
    first = link([plan()])
    res = link([filed()], first.events.values())
    assert res.links == {(res.assign["b-1"], first.assign["a-1"], "realizes")}
    first = link([filed()])
    res = link([plan()], first.events.values())
    assert res.links == {(first.assign["b-1"], res.assign["a-1"], "realizes")}
    # look-alikes: another organisation, none, the act outside the plan's week or not dated by its text, a
    # plan of a month, the act naming countries of its own (the sibling block's rules), two countryless
    # acts naming the organisation that week, or two such plans around the act's day (which one?)
    assert link([plan(), filed(orgs=("a41",))]).links == set()
    assert link([plan(orgs=()), filed(orgs=())]).links == set()
    assert link([plan(), filed(start=date(2025, 6, 17))]).links == set()
    assert link([plan(), filed(text=False)]).links == set()
    assert link([plan(start=date(2025, 6, 1), end=date(2025, 6, 30)), filed()]).links == set()
    assert link([plan(), filed(), filed("c-1", "c", date(2025, 6, 12))]).links == set()
    assert link([plan(), plan("c-1", act=("NGA",)), filed()]).links == set()
    named = MentionRecord(id="b-1", doc="b", type="ACCUSE", status="occurred", actor_countries=frozenset({"NGA"}),
                          start=date(2025, 6, 10), end=date(2025, 6, 10), text_dated=True, reported=date(2025, 6, 11),
                          fillers=frozenset({("actor", "a9", "NGA"), ("recipient", "a40", "")}), orgs=frozenset({"a40"}))
    assert link([plan(), named]).links == set()
    # a countryless plan and an act naming countries are not paired by an organisation this way either
    assert link([plan(act=()), named]).links == set()
    # a plan naming countries pairs with a countryless act by a common organisation only, not by a common
    # resolved recipient on its one day (linkPlan3's evidence is for two countryless events); the act's
    # side finds no such plan either, so the pair test itself is what refuses
    same_day = link([plan(start=date(2025, 6, 10), end=date(2025, 6, 10)), replace(filed(), orgs=frozenset())])
    both = list(same_day.events.values())
    planned = next(e for e in both if "|future|" in e.block)
    done = next(e for e in both if "|occurred|" in e.block)
    assert planned.orgs and not done.orgs and planned.targets & done.targets
    assert not _org_pair(planned, done) and not _org_pair(done, planned)


# ---- (linkPlan2) a plan naming its recipient is realized only by an act naming a compatible one

def _ask(id, doc, status, rec_ids=(), rec=(), start=date(2023, 3, 18), text=False, reported=date(2023, 3, 18)):
    """"Chile would ask the World Trade Organization for consultations" (REQUEST, CHL, undated)."""
    fillers = frozenset({("actor", "a1", "CHL")} | {("recipient", r, "") for r in rec_ids})
    return MentionRecord(id=id, doc=doc, type="REQUEST", status=status, actor_countries=frozenset({"CHL"}),
                         recipient_countries=frozenset(rec), start=start, end=start, text_dated=text,
                         reported=reported, fillers=fillers)


def _targeted_state(e: EventState) -> EventState:
    """An event as the store hands it back, with its mentions' recipients (``store_adapter._mark_targets``)."""
    s = _moded_state(e)
    s.targets, s.stated, s.docs = e.targets, e.stated, set(e.docs)
    return s


def test_an_undated_plan_naming_its_recipient_is_not_realized_by_an_act_naming_none():
    plan = _ask("a-1", "a", "planned", rec_ids=("a9",))
    wto = _ask("b-1", "b", "occurred", rec_ids=("a9",), start=date(2023, 3, 29), reported=date(2023, 3, 29))
    bare = _ask("b-2", "b", "occurred", start=date(2023, 3, 29), reported=date(2023, 3, 29))  # "had asked for more time"
    for batch in ([plan, wto], [wto, plan]):
        res = link(batch)
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
        assert res.events[res.assign["a-1"]].targets == {"a9"}
    for batch in ([plan, bare], [bare, plan]):
        assert link(batch).links == set()
    for first, second in ((plan, bare), (bare, plan)):  # incremental: the stored plan keeps its recipient
        r1 = link([first])
        assert link([second], [_targeted_state(e) for e in r1.events.values()]).links == set()
    res = link([plan, wto, bare])
    assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
    # an act naming another recipient is not refused (recipients are extracted unevenly: "requested talks")
    other = _ask("c-1", "c", "occurred", rec_ids=("ntalks",), start=date(2023, 3, 30), reported=date(2023, 3, 30))
    res = link([plan, other])
    assert res.links == {(res.assign["c-1"], res.assign["a-1"], "realizes")}
    # a plan dated by its text is tied by its day: an act naming no recipient that day realizes it
    dated = _ask("a-1", "a", "planned", rec_ids=("a9",), start=date(2023, 3, 20), text=True)
    monday = _ask("e-1", "e", "occurred", start=date(2023, 3, 20), text=True, reported=date(2023, 3, 21))
    res = link([dated, monday])
    assert res.links == {(res.assign["e-1"], res.assign["a-1"], "realizes")}
    # a plan naming no recipient is realized as before
    res = link([_ask("a-1", "a", "planned"), bare])
    assert res.links == {(res.assign["b-2"], res.assign["a-1"], "realizes")}


# ---- a countryless report naming a person, joined by its day, and a coarser report of that person (linkPlan5)

def _abduct(id, doc, rec=(), people=(), start=date(2025, 11, 15), end=None, fillers=()):
    return replace(m(id, doc=doc, type="ASSAULT", act=(), rec=rec, people=people, start=start, end=end,
                     reported=date(2025, 12, 2)), mode="abduct", fillers=frozenset(fillers))


def test_a_coarse_countryless_report_of_a_person_finds_the_event_its_day_report_joined():
    # "gunmen kidnapped an Italian engineer on Saturday" (ITA) / "Marco Bellini was abducted on November 15"
    # (no country: joins the one event of that day by its day) / "Bellini, kidnapped in November"
    ita = _abduct("a-1", "a", rec=("ITA",), fillers=(("recipient", "a69", "ITA"),))
    day = _abduct("b-1", "b", people=("a72",), fillers=(("recipient", "a72", ""),))
    month = _abduct("c-1", "c", people=("a72",), start=date(2025, 11, 1), end=date(2025, 11, 30),
                    fillers=(("recipient", "a72", ""),))
    assert groups(link([ita, day, month])) == [["a-1", "b-1", "c-1"]]
    # one article at a time: the event keeps the countryless block the day report came from
    r1 = link([ita])
    r2 = link([day], [_state(e) for e in r1.events.values()])
    assert r2.assign["b-1"] == r1.assign["a-1"] and r2.events[r1.assign["a-1"]].also == {day.block}

    def kept(e):
        s = _state(e)
        s.also = set(e.also) if e.also else None
        return s
    r3 = link([month], [kept(e) for e in r2.events.values()])
    assert r3.assign["c-1"] == r1.assign["a-1"]
    # another person that month, or the same person another month, stays apart
    other = _abduct("d-1", "d", people=("a80",), start=date(2025, 11, 1), end=date(2025, 11, 30),
                    fillers=(("recipient", "a80", ""),))
    october = _abduct("e-1", "e", people=("a72",), start=date(2025, 10, 1), end=date(2025, 10, 31),
                      fillers=(("recipient", "a72", ""),))
    res = link([ita, day, other, october])
    assert res.assign["a-1"] == res.assign["b-1"] not in (res.assign["d-1"], res.assign["e-1"])
    # two events naming countries that day: the day report joins neither, and the month report only it
    ner = _abduct("f-1", "f", rec=("NER",), fillers=(("recipient", "a70", "NER"),))
    res = link([ita, ner, day, month])
    assert groups(res) == [["a-1"], ["b-1", "c-1"], ["f-1"]]
    # a day report naming nobody: no block is added to the event it joins
    bare = _abduct("g-1", "g", fillers=(("recipient", "nengineer", ""),))
    res = link([ita, bare])
    assert res.assign["g-1"] == res.assign["a-1"] and not res.events[res.assign["a-1"]].also


def test_a_wide_report_joins_the_equally_narrow_event_of_its_own_mode():
    """(roles13) A report dated by its month ("seized by Indonesia this month") that fits two day
    events of its block, a seizure and a court's confiscation (PLOVER modes seize / arrest), joins the
    seizure, whichever event's id sorts first (the last tie-break)."""
    for first, second in (("a-1", "b-1"), ("b-1", "a-1")):
        seizure = replace(m(first, doc="a", type="COERCE", act=("IDN",), rec=(), start=date(2024, 8, 3)), mode="seize")
        court = replace(m(second, doc="b", type="COERCE", act=("IDN",), rec=(), start=date(2024, 8, 14)), mode="arrest")
        month = replace(m("c-1", doc="c", type="COERCE", act=("IDN",), rec=(), start=date(2024, 8, 1),
                          end=date(2024, 8, 31)), mode="seize")
        res = link([seizure, court, month])
        assert res.assign["c-1"] == res.assign[first], groups(res)


def _visit(id, doc, status="occurred", rec=(), start=date(2025, 5, 14), end=None, mode="visit", reported=None):
    """A CONSULT mention of Japan's minister (JPN agent), with its recipient countries ``rec``."""
    return replace(m(id, doc=doc, status=status, act=("JPN",), rec=rec, start=start, end=end,
                     reported=reported or date(2025, 5, 16)), mode=mode)


def test_a_plan_and_an_act_of_which_one_names_no_recipient_are_linked_when_unique():
    # (linkPlan6) "Japan's trade minister is expected to visit Hanoi next week" (JPN|VNM, the week of 12-18
    # May) / "the Japanese minister was welcomed at the airport on Wednesday" (JPN, no recipient country,
    # 14 May): the act realizes the plan, as the two would be one event were both acts
    # (``_choose_recipient_relative``)
    plan = _visit("a-1", "a", status="planned", rec=("VNM",), start=date(2025, 5, 12), end=date(2025, 5, 18),
                  reported=date(2025, 5, 6))
    act = _visit("b-1", "b")
    res = link([plan, act])
    assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
    # either order of arrival, one article at a time
    for first, second in ((plan, act), (act, plan)):
        r1 = link([first])
        r2 = link([second], [replace(_state(e), modes=e.modes) for e in r1.events.values()])
        assert r2.links == {(r2.assign["b-1"] if second is act else r1.assign["b-1"],
                             r2.assign["a-1"] if second is plan else r1.assign["a-1"], "realizes")}
    # the act's day outside the plan's week, a plan dated to a month, another mode: no link
    assert link([plan, _visit("b-1", "b", start=date(2025, 5, 20))]).links == set()
    month = _visit("a-1", "a", status="planned", rec=("VNM",), start=date(2025, 5, 1), end=date(2025, 5, 31),
                   reported=date(2025, 4, 28))
    assert link([month, act]).links == set()
    assert link([plan, _visit("b-1", "b", mode="meet")]).links == set()
    # an act dated only by its article: no link
    assert link([plan, replace(act, text_dated=False)]).links == set()
    # two recipient-less acts in that week, or two plans of other recipients around the act's day: which one?
    res = link([plan, act, _visit("c-1", "c", start=date(2025, 5, 16))])
    assert res.links == set()
    thai = _visit("d-1", "d", status="planned", rec=("THA",), start=date(2025, 5, 14), reported=date(2025, 5, 9))
    assert link([plan, act, thai]).links == set()
    # the mirror: a plan naming no recipient ("the minister will travel abroad on Wednesday") and the act
    # naming it ("Japan's minister met Vietnam's prime minister in Hanoi on Wednesday")
    bare = _visit("e-1", "e", status="planned", reported=date(2025, 5, 9))
    named = _visit("f-1", "f", rec=("VNM",))
    res = link([bare, named])
    assert res.links == {(res.assign["f-1"], res.assign["e-1"], "realizes")}


def _held(id, doc, count=12, noun="people", role="recipient", start=date(2025, 6, 11), end=None, text=True,
          reported=date(2025, 6, 16), type="COERCE", people=(), fillers=None):
    """A countryless report of a counted group ("police detained twelve people on Wednesday")."""
    return MentionRecord(id=id, doc=doc, type=type, status="occurred", start=start, end=end or start,
                         text_dated=text, reported=reported, people=frozenset(people),
                         fillers=frozenset(fillers if fillers is not None else ((role, "n" + noun, ""),)),
                         words=party_words([noun]), groups=frozenset({(role, count, noun)}))


WEEK = dict(start=date(2025, 6, 9), end=date(2025, 6, 15))


def test_two_countryless_reports_of_one_counted_group_are_one_event():
    """(linkPlan7) "Police detained twelve people on Wednesday" / "the twelve people detained last week
    were freed": no country, no person, but one counted group on nested dates, the only such event."""
    day, week = _held("a-1", "a"), _held("b-1", "b", **WEEK)
    assert groups(link([day, week])) == [["a-1", "b-1"]]
    assert groups(link([week, day])) == [["a-1", "b-1"]]
    # one article at a time, in either order: the stored event keeps its group (``_mark_fillers``)
    for first, second in ((day, week), (week, day)):
        r1 = link([first])
        stored = [replace(_state(e), groups=e.groups) for e in r1.events.values()]
        r2 = link([second], stored)
        assert r2.assign[second.id] == r1.assign[first.id]
    # a generic noun for persons on one side: "twelve people" / "the 12 migrants"
    assert groups(link([day, _held("c-1", "c", noun="migrants", **WEEK)])) == [["a-1", "c-1"]]
    # a day inside the month ("the forty people arrested in January"), and an article-dated report of the
    # week after the day ("killing three security guards", told on Monday, of Saturday's attack)
    month = _held("d-1", "d", start=date(2025, 6, 1), end=date(2025, 6, 30))
    assert groups(link([day, month])) == [["a-1", "d-1"]]
    told = _held("e-1", "e", start=date(2025, 6, 16), text=False)
    assert groups(link([day, told])) == [["a-1", "e-1"]]
    # an article-dated report of a month-dated event: no day ties them
    assert groups(link([month, told])) == [["d-1"], ["e-1"]]


def test_other_counted_groups_stay_apart():
    day = _held("a-1", "a")
    # another number, another noun (neither generic), another role, another type, another week,
    # a number under three, a person told apart
    for other in (_held("b-1", "b", count=14, **WEEK), _held("b-1", "b", noun="boats", **WEEK),
                  _held("b-1", "b", role="actor", **WEEK), _held("b-1", "b", type="ASSAULT", **WEEK),
                  _held("b-1", "b", start=date(2025, 6, 16), end=date(2025, 6, 22)),
                  _held("b-1", "b", start=date(2025, 6, 12)),
                  _held("b-1", "b", noun="people", people=("a9",), fillers=(("recipient", "a9", ""),), **WEEK)):
        assert groups(link([replace(day, people=frozenset({"a8"})) if other.people else day, other])) == \
            [["a-1"], ["b-1"]], other
    # a wide report (a year) and a report coarser than a month are no evidence of the day
    year = _held("c-1", "c", start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert groups(link([day, year])) == [["a-1"], ["c-1"]]
    # two events of that group that week (two towns): the week report joins neither
    other_day = _held("d-1", "d", start=date(2025, 6, 13))
    week = _held("e-1", "e", **WEEK)
    assert groups(link([day, other_day, week])) == [["a-1"], ["d-1"], ["e-1"]]
    # two day reports of the group inside the week (one misdated) and the week report: none joins the
    # week's event, whether the week report came first (one article at a time) or not (one batch)
    week = _held("e-1", "e", **WEEK)
    d13, d14 = _held("g-1", "g", start=date(2025, 6, 10)), _held("g-2", "g", start=date(2025, 6, 11))
    assert groups(link([week, d13, d14])) == [["e-1"], ["g-1"], ["g-2"]]
    r1 = link([week])
    r2 = link([d13, d14], [replace(_state(e), groups=e.groups) for e in r1.events.values()])
    assert r2.assign["g-1"] != r1.assign["e-1"] and r2.assign["g-2"] != r1.assign["e-1"]
    # (a report naming countries that tells the group is joined since linkPlan8:
    # ``test_a_countryless_report_of_a_counted_group_joins_the_event_naming_countries_that_tells_it``)


def test_a_counted_group_is_read_from_the_words_before_a_filler():
    """The data file's examples: ``resources/link/counted_groups.yaml``."""
    from importlib.resources import files

    import yaml

    from chronicle.link.records import counted_group, same_group
    raw = yaml.safe_load(files("chronicle.resources").joinpath("link/counted_groups.yaml").read_text(encoding="utf-8"))
    assert raw["examples"]
    for ex in raw["examples"]:
        want = tuple(ex["group"]) if ex["group"] else None
        assert counted_group(ex["before"], ex["text"]) == want, ex
    assert raw["same"]
    for ex in raw["same"]:
        assert same_group(tuple(ex["a"]), tuple(ex["b"])) is ex["same"], ex
        assert same_group(tuple(ex["b"]), tuple(ex["a"])) is ex["same"], ex


def _stored(e: EventState) -> EventState:
    """An event as the store hands it back, with what ``store_adapter`` rebuilds for counted groups: its
    groups (``_mark_fillers``), whether it names a party (``_mark_agents``), its first report."""
    return replace(_state(e), groups=e.groups, named=e.named, parties=e.parties, first_reported=e.first_reported)


def _orders(ms):
    """Groups and ids linked in one batch, one article at a time in every order of the articles, and in two
    halves (as ingest links them): [(groups, assign, the articles in order of arrival)] with merged events
    followed to the event kept."""
    from itertools import permutations
    out = []
    docs = list(dict.fromkeys(x.doc for x in ms))
    seqs = [[docs]] + [[[d] for d in p] for p in permutations(docs)] + [[docs[:1], docs[1:]], [docs[:-1], docs[-1:]]]
    for seq in seqs:
        events, assign = [], {}
        for part in seq:
            r = link([x for x in ms if x.doc in part], [_stored(e) for e in events])
            assign.update(r.assign)
            assign = {k: r.merged.get(v, v) for k, v in assign.items()}
            events = list(r.events.values())
        out.append((groups(SimpleNamespace(assign=assign)), assign, [d for part in seq for d in part]))
    return out


def _named(id, doc, act=("UGA",), count=15, noun="traders", start=date(2025, 9, 4), end=None, text=True,
           reported=date(2025, 9, 5), type="COERCE", status="occurred", group=True):
    """A report naming countries ("Ugandan police arrested 15 traders in Kampala on Thursday"; ``group``:
    False for one telling no counted group, "Ugandan police sealed the Owino market on Thursday")."""
    return MentionRecord(id=id, doc=doc, type=type, status=status, actor_countries=frozenset(act), start=start,
                         end=end or start, text_dated=text, reported=reported,
                         fillers=frozenset({("actor", "a1", act[0]), ("recipient", "n" + noun, "")}),
                         groups=frozenset({("recipient", count, noun)}) if group else frozenset())


SEPT = dict(start=date(2025, 9, 1), end=date(2025, 9, 30), reported=date(2025, 10, 2))


def test_a_countryless_report_of_a_counted_group_joins_the_event_naming_countries_that_tells_it():
    """(linkPlan8) "Ugandan police arrested 15 traders on Thursday" (naming Uganda) / "the fifteen traders
    arrested in September" (no country, no person): one counted group on nested dates, the only event that
    tells it; in one batch, one article at a time in every order and in halves, the same clusters."""
    named = _named("u1-1", "u1")
    month = _held("u2-1", "u2", count=15, noun="traders", **SEPT)
    told = _held("u3-1", "u3", count=15, noun="people", start=date(2025, 9, 8), text=False,
                 reported=date(2025, 9, 8))  # "15 people were arrested", told on Monday of Thursday's arrests
    for g, _, _ in _orders([named, month, told]):
        assert g == [["u1-1", "u2-1", "u3-1"]]
    # the event names no group itself: a countryless day report joined it by its day (``_choose_day``:
    # "Ugandan police sealed the Owino market on Thursday" / "15 traders were arrested there on Thursday"),
    # and the month report joins it by that report's group, whichever came first
    sealed = _named("u1-1", "u1", group=False)
    day = _held("u4-1", "u4", count=15, noun="traders", start=date(2025, 9, 4), reported=date(2025, 9, 5))
    for g, _, _ in _orders([sealed, day, month]):
        assert g == [["u1-1", "u2-1", "u4-1"]]
    # one article at a time, the countryless month report first: its event is merged into the one naming
    # Uganda (``_reconcile_counted``); the event first reported is kept, with the block naming countries
    r1 = link([month])
    r2 = link([named], [_stored(e) for e in r1.events.values()])
    kept = event_id_for("u1-1")  # reported 5 September, the month report on 2 October
    assert r2.assign["u1-1"] == kept and r2.merged == {r1.assign["u2-1"]: kept}
    assert r2.events[kept].block == named.block and r2.events[kept].start == date(2025, 9, 4)
    assert r1.assign["u2-1"] not in r2.events


def test_a_countryless_report_of_a_counted_group_stays_apart_from_other_events_naming_countries():
    named = _named("u1-1", "u1")
    # another number, another noun (a thing), another role, type or status group, another month, a
    # report coarser than a month, an article-dated report more than a week later
    for other in (_held("v-1", "v", count=14, noun="traders", **SEPT),
                  _held("v-1", "v", count=15, noun="boats", **SEPT),
                  _held("v-1", "v", count=15, noun="traders", role="actor", **SEPT),
                  _held("v-1", "v", count=15, noun="traders", type="ASSAULT", **SEPT),
                  _held("v-1", "v", count=15, noun="traders", start=date(2025, 10, 1), end=date(2025, 10, 31)),
                  _held("v-1", "v", count=15, noun="traders", start=date(2025, 7, 1), end=date(2025, 9, 30)),
                  _held("v-1", "v", count=15, noun="people", start=date(2025, 9, 16), text=False,
                        reported=date(2025, 9, 16))):
        for g, _, _ in _orders([named, other]):
            assert g == [["u1-1"], ["v-1"]], other
    plan = _held("v-1", "v", count=15, noun="traders", **SEPT)
    for g, _, _ in _orders([_named("u1-1", "u1", status="planned"), plan]):
        assert g == [["u1-1"], ["v-1"]]
    # two events naming countries tell the group that month (Kampala on the 4th, Gulu on the 18th): the
    # month report joins neither when both are known as it is judged -- in one batch, arriving last, or
    # stored first and both arriving together (``_reconcile_counted``); judged with only one known, it
    # joins that one and is not taken back when the other arrives (linkPlan8's Left)
    gulu = _named("u5-1", "u5", act=("UGA",), start=date(2025, 9, 18), reported=date(2025, 9, 19))
    month = _held("u2-1", "u2", count=15, noun="traders", **SEPT)
    # one event naming countries and a countryless day report of the group on another day of the month
    day = _held("u4-1", "u4", count=15, noun="traders", start=date(2025, 9, 18), reported=date(2025, 9, 19))
    for rival in (gulu, day):
        for g, _, seq in _orders([named, rival, month]):
            if seq[-1] == "u2":
                assert g == sorted([["u1-1"], ["u2-1"], [rival.id]]), seq
        stored = [_stored(e) for e in link([month]).events.values()]
        r = link([named, rival], stored)
        assert not r.merged and len({r.assign["u1-1"], r.assign[rival.id], stored[0].id}) == 3
    # a person told apart ("Ugandan police arrested 15 traders, among them Okello" / "15 traders, among them
    # Mugisha, arrested in September")
    okello = replace(named, people=frozenset({"a7"}))
    mugisha = replace(month, people=frozenset({"a8"}))
    for g, _, _ in _orders([okello, mugisha]):
        assert g == [["u1-1"], ["u2-1"]]


def _told(rec, fillers):
    return replace(rec, fillers=frozenset(fillers))


def test_a_countryless_plan_is_not_realized_through_a_countryless_block_the_act_also_came_from():
    # (linkPlan10) "The delegation had planned to meet union leaders" (no country, no person, dated by its
    # article); weeks later "Minister Okoro met Kenya's trade minister Kamau in Nairobi on Tuesday" (naming
    # Kenya) with "Okoro's visit" (naming no country) joined to it: the plan is found through the visit's
    # countryless block only, which, like merging, needs a shared person
    plan = _told(m("a-1", doc="a", status="planned", act=(), rec=(), start=date(2025, 3, 3), text=False,
                   reported=date(2025, 3, 3)), [("actor", "ndelegation", ""), ("recipient", "a9", "")])
    met = _told(m("b-1", doc="b", act=(), rec=("KEN",), people=("okoro", "kamau"), start=date(2025, 3, 25),
                  reported=date(2025, 3, 26)), [("actor", "okoro", ""), ("recipient", "kamau", "KEN")])
    visit = _told(m("b-2", doc="b", act=(), rec=(), people=("okoro",), start=date(2025, 3, 25),
                    reported=date(2025, 3, 26)), [("actor", "okoro", "")])
    for ms in ([plan, met, visit], [met, visit, plan], [visit, plan, met]):
        res = link(ms)
        assert groups(res) == [["a-1"], ["b-1", "b-2"]]
        assert res.links == set()
    # one article at a time: the act stored first, then the plan; the plan stored first, then the act
    r1 = link([met, visit])
    assert link([plan], [_state_also(e) for e in r1.events.values()]).links == set()
    r1 = link([plan])
    assert link([met, visit], [_state_also(e) for e in r1.events.values()]).links == set()
    # the plan naming Okoro ("Okoro had planned to meet union leaders"): a shared person, realized
    okoro_plan = replace(plan, people=frozenset({"okoro"}),
                         fillers=frozenset({("actor", "okoro", ""), ("recipient", "a9", "")}))
    for ms in ([okoro_plan, met, visit], [met, visit, okoro_plan]):
        res = link(ms)
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
    # the plan naming Kenya ("would meet Kenya's trade minister"): the act's own sibling block, realized
    kenya_plan = replace(plan, recipient_countries=frozenset({"KEN"}))
    for ms in ([kenya_plan, met, visit], [met, visit, kenya_plan]):
        res = link(ms)
        assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}


def _state_also(e: EventState) -> EventState:
    """``_state`` with the other blocks its mentions came from (the store's ``event_blocks``)."""
    return replace(_state(e), also=set(e.also) if e.also else None, people=e.people)


def test_a_month_dated_report_joins_the_one_event_of_its_month_and_none_of_two():
    # (linkPlan10) "Ghana rejected the loan in June" beside "Ghana rejected the loan on June 9": one event;
    # with "Ghana rejected a visa request on June 20" as well, the month report could be either: apart
    june = dict(start=date(2024, 6, 1), end=date(2024, 6, 30))
    one = m("a-1", doc="a", type="REJECT", act=("GHA",), rec=(), start=date(2024, 6, 9))
    other = m("b-1", doc="b", type="REJECT", act=("GHA",), rec=(), start=date(2024, 6, 20))
    month = m("c-1", doc="c", type="REJECT", act=("GHA",), rec=(), **june)
    for ms in ([one, month], [month, one]):
        assert groups(link(ms)) == [["a-1", "c-1"]]
    for ms in ([one, other, month], [month, other, one], [other, month, one]):
        assert groups(link(ms)) == [["a-1"], ["b-1"], ["c-1"]]
    # arriving after both are stored: the same
    r1 = link([one, other])
    r2 = link([month], [_state(e) for e in r1.events.values()])
    assert r2.assign["c-1"] not in (r1.assign["a-1"], r1.assign["b-1"])
    # a second month report joins the first; a person named by the month report and one event picks it
    again = m("d-1", doc="d", type="REJECT", act=("GHA",), rec=(), **june)
    assert groups(link([one, other, month, again])) == [["a-1"], ["b-1"], ["c-1", "d-1"]]
    named = replace(one, people=frozenset({"p1"}))
    month_named = replace(month, people=frozenset({"p1"}))
    assert groups(link([named, other, month_named])) == [["a-1", "c-1"], ["b-1"]]
    # a week ("last week") is no month: the narrowest event, as before
    week = m("e-1", doc="e", type="REJECT", act=("GHA",), rec=(), start=date(2024, 6, 17), end=date(2024, 6, 23))
    assert groups(link([one, other, week])) == [["a-1"], ["b-1", "e-1"]]


def test_a_stored_month_report_waits_and_joins_its_one_fit_after_the_pass():
    # (linkPlan11) "Peru's government rejected the permit in March" stored first: a report of a day of March
    # arriving later does not take it by arriving first; after the pass it is merged into its one fit, and
    # with two fits in view (one pass, or one stored and one new) it stays apart, as in one batch
    march = dict(start=date(2025, 3, 1), end=date(2025, 3, 31))
    month = m("c-1", doc="c", type="REJECT", act=("PER",), rec=(), reported=date(2025, 4, 7), **march)
    one = m("a-1", doc="a", type="REJECT", act=("PER",), rec=(), start=date(2025, 3, 11), reported=date(2025, 3, 12))
    other = m("b-1", doc="b", type="REJECT", act=("PER",), rec=(), start=date(2025, 3, 21), reported=date(2025, 3, 22))
    def stored_(x):  # the event stored alone, as the store hands it back (a fresh state for each pass)
        return [_state(e) for e in link([x]).events.values()]

    stored = stored_(month)
    r = link([one], stored)
    assert r.assign["a-1"] == stored[0].id  # merged after the pass, the stored id kept
    stored = stored_(month)
    r = link([one, other], stored)  # both in one pass: two fits
    assert len(set(r.assign.values())) == 2 and stored[0].id not in r.assign.values() and r.merged == {}
    stored = stored_(month)
    r1 = link([other], stored)  # one stored fit, and the other coming later
    assert r1.assign["b-1"] == stored[0].id
    # in one batch, every order: the same
    for ms in ([one, month], [month, one]):
        assert groups(link(ms)) == [["a-1", "c-1"]]
    for ms in ([one, other, month], [month, other, one], [other, month, one]):
        assert groups(link(ms)) == [["a-1"], ["b-1"], ["c-1"]]
    # a report dated by its article in reach of the month is a fit too
    told = m("d-1", doc="d", type="REJECT", act=("PER",), rec=(), start=date(2025, 3, 24), text=False,
             reported=date(2025, 3, 24))
    assert groups(link([one, told, month])) == [["a-1"], ["c-1"], ["d-1"]]
    stored = stored_(month)
    r = link([told], stored)
    assert r.assign["d-1"] == stored[0].id
    # a year waits the same way; no fit: alone
    year = m("e-1", doc="e", type="REJECT", act=("PER",), rec=(), start=date(2025, 1, 1), end=date(2025, 12, 31))
    ys = stored_(year)
    assert link([one], ys).assign["a-1"] == ys[0].id
    ys = stored_(year)
    assert ys[0].id not in link([one, other], ys).assign.values()
    stored = stored_(month)
    lone = link([m("f-1", doc="f", type="REJECT", act=("PER",), rec=(), start=date(2025, 5, 2))], stored)
    assert lone.assign["f-1"] != stored[0].id
    # a person named by the month report and one of two fits: that one
    pm = stored_(replace(month, people=frozenset({"p1"})))
    r = link([replace(one, people=frozenset({"p1"})), other], pm)
    assert r.assign["a-1"] == pm[0].id and r.assign["b-1"] != pm[0].id


def test_a_countryless_month_report_naming_nobody_does_not_wait():
    # (linkPlan11) a countryless report joins only by a shared person or its article's other mentions, which
    # are not read back from the store: it keeps linkPlan10's path ("the unions struck in March ... the
    # strike on March 4", one article)
    month = m("a-1", doc="a", type="PROTEST", act=(), rec=(), start=date(2025, 3, 1), end=date(2025, 3, 31))
    stored = [_state(e) for e in link([month]).events.values()]
    r = link([m("b-1", doc="b", type="PROTEST", act=(), rec=(), start=date(2025, 3, 4))], stored)
    assert r.assign["b-1"] != stored[0].id


def test_an_act_told_before_the_plans_date_does_not_realize_it():
    # (linkPlan12) "Japan will deliver rice aid to Haiti in November" (told 3 March) is not carried out by
    # "Japan sent aid to Haiti in 2026" told on 10 March: when last told, the plan's month had not come;
    # the year overlaps November by its dates alone
    plan = m("a-1", doc="a", type="AID", status="planned", act=("JPN",), rec=("HTI",), start=date(2026, 11, 1),
             end=date(2026, 11, 30), reported=date(2026, 3, 3))
    early = m("b-1", doc="b", type="AID", act=("JPN",), rec=("HTI",), start=date(2026, 1, 1), end=date(2026, 12, 31),
              reported=date(2026, 3, 10))
    for order in ([plan, early], [early, plan]):
        assert link(order).links == set()
    told = lambda e: replace(_state(e), first_reported=e.first_reported, last_reported=e.last_reported)
    for first, second in ((plan, early), (early, plan)):  # incremental, either order
        r1 = link([first])
        assert link([second], [told(e) for e in r1.events.values()]).links == set()
    # told again once November has come ("Japan has sent aid to Haiti this year", 12 November): it may be
    # the plan carried out, in one batch and when the earlier report and the plan are stored
    again = m("c-1", doc="c", type="AID", act=("JPN",), rec=("HTI",), start=date(2026, 1, 1), end=date(2026, 12, 31),
              reported=date(2026, 11, 12))
    res = link([plan, early, again])
    assert res.assign["b-1"] == res.assign["c-1"]
    assert res.links == {(res.assign["b-1"], res.assign["a-1"], "realizes")}
    r1 = link([plan, early])
    r2 = link([again], [told(e) for e in r1.events.values()])
    assert r2.links == {(r1.assign["b-1"], r1.assign["a-1"], "realizes")}
    # an act dated inside the plan's month and told after it began realizes it, as before
    done = m("d-1", doc="d", type="AID", act=("JPN",), rec=("HTI",), start=date(2026, 11, 9), reported=date(2026, 11, 10))
    res = link([plan, done])
    assert res.links == {(res.assign["d-1"], res.assign["a-1"], "realizes")}
    # an act whose own date does not begin before the plan's (a report dated forward: a dating slip, or a
    # status one) is left to the dates
    forward = replace(done, id="e-1", doc="e", reported=date(2026, 3, 10))
    res = link([plan, forward])
    assert res.links == {(res.assign["e-1"], res.assign["a-1"], "realizes")}
    # a plan brought forward ("the delivery, set for Friday 20 November, was moved up to Monday") is a plan
    # of its new day: an act told that week on Tuesday, before the Friday, realizes the Monday plan
    friday = m("f-1", doc="f", type="AID", status="planned", act=("JPN",), rec=("HTI",), start=date(2026, 11, 20),
               reported=date(2026, 11, 2))
    monday = m("g-1", doc="g", type="AID", status="planned", act=("JPN",), rec=("HTI",), start=date(2026, 11, 16),
               reported=date(2026, 11, 13))
    week = m("h-1", doc="h", type="AID", act=("JPN",), rec=("HTI",), start=date(2026, 11, 16), end=date(2026, 11, 22),
             reported=date(2026, 11, 17))
    res = link([friday, monday, week])
    assert res.links == {(res.assign["h-1"], res.assign["g-1"], "realizes")}
    # with the Friday plan alone, the act of that week told on the Tuesday is not its realization
    assert link([friday, week]).links == set()


def test_a_joint_act_of_one_country_takes_one_set_of_partners():
    # (linkPlan12) "Cambodia agreed on Sunday" (stored) is joined by "Cambodia agreed with Thailand on Sunday":
    # its partners are now Thailand's, so "Cambodia agreed with Vietnam on Sunday" is another act, in the same
    # batch and in a later one (the store hands back every country an event's reports named: ``parties``)
    sunday = dict(type="AGREE", start=date(2026, 5, 3), reported=date(2026, 5, 4))
    alone = m("a-1", doc="a", act=("KHM",), rec=(), **sunday)
    thai = m("b-1", doc="b", act=("KHM",), rec=("THA",), **sunday)
    viet = m("c-1", doc="c", act=("KHM",), rec=("VNM",), **sunday)
    kept = lambda e: replace(_state(e), parties=e.parties)
    r1 = link([alone])
    eid = r1.assign["a-1"]
    r2 = link([thai, viet], [kept(e) for e in r1.events.values()])
    assert r2.assign["b-1"] == eid and r2.assign["c-1"] != eid
    stored = [kept(r2.events[eid])]
    assert link([viet], stored).assign["c-1"] != eid
    # before Thailand's report came, Vietnam's joins it alike (one partner, whichever first)
    assert link([viet], [kept(e) for e in r1.events.values()]).assign["c-1"] == eid
    # the partner's own report and one naming both still join it ("Thailand agreed on Sunday", "Cambodia and
    # Thailand agreed on Sunday")
    both = m("d-1", doc="d", act=("KHM", "THA"), rec=(), **sunday)
    r4 = link([both, m("e-1", doc="e", act=("THA",), rec=(), **sunday)], [kept(r2.events[eid])])
    assert r4.assign["d-1"] == r4.assign["e-1"] == eid


def test_a_waiting_joint_act_is_not_merged_into_an_event_of_other_partners():
    # (linkPlan13) "Bangladesh's prime minister held talks with opposition leaders in June" (a month: it waits) is
    # taken by "Bangladesh held talks with India in June" (``_choose_joint``); "... with opposition leaders on 9 June"
    # by "Bangladesh held talks with Myanmar on 9 June". After the pass the month event fits the day event by dates,
    # but merging them would give one act two partners that no report names together: apart, in one batch and when
    # the two pairs were stored apart and a later report touches the month event; without a partner of its own the
    # month still joins the day
    june = dict(type="CONSULT", start=date(2026, 6, 1), end=date(2026, 6, 30), reported=date(2026, 6, 12))
    ninth = dict(type="CONSULT", start=date(2026, 6, 9), reported=date(2026, 6, 10))
    month = m("a-1", doc="a", act=("BGD",), rec=("BGD",), **june)
    india = m("b-1", doc="b", act=("BGD",), rec=("IND",), **june)
    day = m("c-1", doc="c", act=("BGD",), rec=("BGD",), **ninth)
    myanmar = m("d-1", doc="d", act=("BGD",), rec=("MMR",), **ninth)
    for ms in ([month, india, day, myanmar], [myanmar, day, india, month]):
        assert groups(link(ms)) == [["a-1", "b-1"], ["c-1", "d-1"]]
    assert groups(link([month, day, myanmar])) == [["a-1", "c-1", "d-1"]]
    kept = lambda e: replace(_state(e), parties=e.parties)
    stored = [kept(e) for r in (link([month, india]), link([day, myanmar])) for e in r.events.values()]
    again = m("e-1", doc="e", act=("BGD",), rec=("BGD",), **june)
    r = link([again], stored)
    assert r.assign["e-1"] == r.assign.get("a-1", stored[0].id) and not r.merged
    assert len({r.assign["e-1"], *(e.id for e in stored)}) == 2
    # the stored month event with no partner of its own is merged into the day event naming Myanmar
    stored = [kept(e) for r in (link([month]), link([day, myanmar])) for e in r.events.values()]
    r = link([again], stored)
    assert r.merged == {stored[0].id: stored[1].id} or r.merged == {stored[1].id: stored[0].id}


def test_a_countryless_report_of_a_day_takes_the_event_of_its_own_mode_among_two():
    # (linkPlan13) "The two women detained on Thursday were freed on bail" (no country, an arrest) beside two acts of
    # its type that day naming countries, told in other articles: "Kenyan police detained two women on Thursday"
    # (an arrest) and "a Ugandan lorry was seized at the border on Thursday" (a seizure): it is the arrest, in one
    # batch and whichever arrives first; with no mode, or two arrests that day, it joins none
    thu = dict(type="COERCE", start=date(2026, 4, 16), reported=date(2026, 4, 17))
    freed = replace(m("a-1", doc="a", act=(), rec=(), **thu), mode="arrest",
                    fillers=frozenset({("recipient", "women", "")}))
    arrest = replace(m("b-1", doc="b", act=("KEN",), rec=(), **thu), mode="arrest",
                     fillers=frozenset({("actor", "kenyan police", "KEN"), ("recipient", "women", "")}))
    seizure = replace(m("c-1", doc="c", act=(), rec=("UGA",), **thu), mode="seize",
                      fillers=frozenset({("recipient", "lorry", "UGA")}))
    assert groups(link([freed, arrest, seizure])) == [["a-1", "b-1"], ["c-1"]]
    kept = lambda e: replace(_state(e), modes=e.modes, named=e.named, parties=e.parties)

    def stored(*ms):
        return [kept(e) for x in ms for e in link([x]).events.values()]

    st = stored(arrest, seizure)
    assert link([freed], st).assign["a-1"] == st[0].id  # the countryless report last
    st = stored(freed, seizure)  # the countryless report first: the arrest joins it ...
    r = link([arrest], st)
    assert r.assign["b-1"] == st[0].id
    st = stored(freed)  # ... or is merged with it after the pass, the seizure arriving with it
    r = link([arrest, seizure], st)
    assert r.assign["b-1"] == st[0].id != r.assign["c-1"]
    st = stored(freed, arrest)
    r = link([seizure], st)
    assert r.assign["c-1"] not in {e.id for e in st} and not r.merged
    # no mode: which one? none
    bare = replace(freed, mode="")
    assert groups(link([bare, arrest, seizure])) == [["a-1"], ["b-1"], ["c-1"]]
    st = stored(bare, seizure)
    assert link([arrest], st).assign["b-1"] not in {e.id for e in st}
    # two arrests that day naming countries: none
    other = replace(arrest, id="d-1", doc="d", actor_countries=frozenset({"TZA"}),
                    fillers=frozenset({("actor", "tanzanian police", "TZA")}))
    assert groups(link([freed, arrest, other])) == [["a-1"], ["b-1"], ["d-1"]]


def test_a_month_report_leaving_out_a_party_joins_the_one_act_of_that_month_naming_it():
    # (linkPlan14) "Chile expelled a diplomat in May" (names no recipient country; a month: it waits) and "Chile
    # expelled Peru's consul on 12 May" (CHL -> PER): the month report leaves out the recipient, and its month holds
    # the act's day: one act, in one batch either order and across batches either order. A second expulsion that
    # month of another country's diplomat leaves the month report apart (which one?), and so does an act of June;
    # "Peru's consul was expelled in May" (no agent) joins the act the same way
    may = dict(type="SANCTION", start=date(2026, 5, 1), end=date(2026, 5, 31), reported=date(2026, 6, 20))
    month = m("a-1", doc="a", act=("CHL",), rec=(), **may)
    day = m("b-1", doc="b", act=("CHL",), rec=("PER",), start=date(2026, 5, 12), type="SANCTION",
            reported=date(2026, 5, 13))
    for ms in ([month, day], [day, month]):
        assert groups(link(ms)) == [["a-1", "b-1"]]
    for first, then in ((month, day), (day, month)):
        stored = [_state_also(e) for e in link([first]).events.values()]
        r = link([then], stored)
        assert len({r.merged.get(i, i) for i in (*r.assign.values(), stored[0].id)}) == 1, first.id
    other = m("c-1", doc="c", act=("CHL",), rec=("BOL",), start=date(2026, 5, 20), type="SANCTION",
              reported=date(2026, 5, 21))
    assert groups(link([month, day, other])) == [["a-1"], ["b-1"], ["c-1"]]
    june = replace(day, start=date(2026, 6, 2), end=date(2026, 6, 2))
    assert groups(link([month, june])) == [["a-1"], ["b-1"]]
    agentless = m("d-1", doc="d", act=(), rec=("PER",), **may)
    assert groups(link([agentless, day])) == [["b-1", "d-1"]]
    # an act of its own block that month (no recipient either) is its fit first
    own = replace(month, id="e-1", doc="e", start=date(2026, 5, 20), end=date(2026, 5, 20), reported=date(2026, 5, 21))
    assert groups(link([day, month, own])) == [["a-1", "e-1"], ["b-1"]]
    # a report of another month stays apart
    april = replace(month, start=date(2026, 4, 1), end=date(2026, 4, 30))
    assert groups(link([april, day])) == [["a-1"], ["b-1"]]


def test_reports_dated_only_by_articles_of_other_days_and_other_cameo_codes_stay_apart():
    # (linkPlan15) "The junta invited the strike leaders to talks" (AGREE, CAMEO 036, in an article of 5 May, no day
    # of its own) and "Under the accord the miners went back to work" (AGREE 030, in an article of 9 May, no day of
    # its own): the week each article may speak of is no evidence that two acts of other codes are one. In one batch,
    # and one article at a time either order, and with the first stored
    rep = dict(type="AGREE", act=("BOL",), rec=(), text=False)
    invite = replace(m("a-1", doc="a", start=date(2025, 5, 5), reported=date(2025, 5, 5), **rep), cameo="036")
    accord = replace(m("b-1", doc="b", start=date(2025, 5, 9), reported=date(2025, 5, 9), **rep), cameo="030")
    for res in both_orders([invite, accord]):
        assert res == [["a-1"], ["b-1"]]
    for first, then in ((invite, accord), (accord, invite)):
        # as the store hands it back: its report days and its mentions' codes (``store_adapter``)
        stored = [replace(_state(e), first_reported=e.first_reported, last_reported=e.last_reported, cameos=e.cameos)
                  for e in link([first]).events.values()]
        r = link([then], stored)
        assert r.merged.get(r.assign[then.id], r.assign[then.id]) != stored[0].id
        same = link([replace(then, cameo=first.cameo)], stored)
        assert same.assign[then.id] == stored[0].id  # one code: it joins
    # one code: two reports of one act ("invited ... to talks" again four days later), as before
    again = replace(accord, cameo="036")
    for res in both_orders([invite, again]):
        assert res == [["a-1", "b-1"]]
    # articles of one day: other codes decide nothing (as before)
    same_day = replace(accord, start=date(2025, 5, 5), end=date(2025, 5, 5), reported=date(2025, 5, 5))
    for res in both_orders([invite, same_day]):
        assert res == [["a-1", "b-1"]]
    # a code unknown on one side decides nothing either
    for res in both_orders([invite, replace(accord, cameo="")]):
        assert res == [["a-1", "b-1"]]
    # a report dated by its text keeps the rules it had ("the accord signed on 4 May", text-dated, joins the
    # article-dated invitation of the 5th whatever their codes)
    dated = replace(accord, text_dated=True, start=date(2025, 5, 4), end=date(2025, 5, 4))
    for res in both_orders([invite, dated]):
        assert res == [["a-1", "b-1"]]


def _scene(id, doc, act=(), rec=(), actor="nnurses", towns=(), start=date(2025, 6, 2)):
    """A protest report of one day naming its actor and the towns it was held in ((name, lat, lon))."""
    fillers = [("actor", actor, "")] + [("recipient", f"x{c}", c) for c in rec]
    return replace(dm(id, doc, act=act, rec=rec, type="PROTEST", start=start, fillers=fillers),
                   places=frozenset(towns))


def test_one_days_protests_of_other_actors_in_towns_apart_stay_two_acts():
    # (linkPlan16) "Nurses marched through Kumasi on Monday" (the town read as a Ghanaian recipient) and "In Tamale,
    # market women protested against the levy the same morning" (no country): other actors, towns 300 km apart,
    # two acts; in one batch, one article at a time either order, and with either stored first
    kumasi, tamale = ("kumasi", 6.688, -1.624, "GHA"), ("tamale", 9.401, -0.839, "GHA")
    nurses = _scene("k-1", "k", rec=("GHA",), towns=[kumasi])
    women = _scene("t-1", "t", actor="nmarket women", towns=[tamale])
    for res in both_orders([nurses, women]):
        assert res == [["k-1"], ["t-1"]]
    for first, then in ((nurses, women), (women, nurses)):
        # as the store hands it back: its towns and actors (``store_adapter._mark_scenes``)
        stored = [replace(_state(e), named=e.named, parties=e.parties, places=e.places, actor_ids=e.actor_ids)
                  for e in link([first]).events.values()]
        r = link([then], stored)
        assert r.merged.get(r.assign[then.id], r.assign[then.id]) != stored[0].id
    # both naming the country: the same block decides so too
    for res in both_orders([nurses, replace(women, recipient_countries=frozenset({"GHA"}),
                                            fillers=women.fillers | {("recipient", "xGHA", "GHA")})]):
        assert res == [["k-1"], ["t-1"]]
    # look-alikes, one act as before: the same town; a report naming no town ("in Ghana's second city"); a common
    # actor; a district beside its city (Suame, 4 km from Kumasi's centre); a town of another country (a gazetteer slip)
    for other in (replace(women, places=frozenset({kumasi})), replace(women, places=frozenset()),
                  replace(women, fillers=frozenset({("actor", "nnurses", "")})),
                  replace(women, places=frozenset({("suame", 6.718, -1.630, "GHA")})),
                  replace(women, places=frozenset({("tamale", 21.34, -157.93, "USA")}))):
        for res in both_orders([nurses, other]):
            assert res == [["k-1", "t-1"]]


def test_a_days_act_and_an_article_dated_report_of_other_modes_and_codes_stay_two_acts():
    # (linkPlan17) "Opposition deputies walked out of Kenya's national assembly on Monday" (PROTEST boycott, 143,
    # dated by its text) and, in an article of Friday, "their supporters blocked the Mombasa road" (PROTEST
    # obstruct, 144, no day of its own): another kind of act told in another article, two acts. In one batch,
    # one article at a time in either order, and with either stored first (modes, codes and report days as the
    # store hands them back)
    rep = dict(type="PROTEST", act=(), rec=("KEN",))
    walkout = replace(m("w-1", doc="w", start=date(2025, 3, 3), reported=date(2025, 3, 4), **rep),
                      mode="boycott", cameo="143")
    blockade = replace(m("r-1", doc="r", start=date(2025, 3, 7), text=False, reported=date(2025, 3, 7), **rep),
                       mode="obstruct", cameo="144")
    for res in both_orders([walkout, blockade]):
        assert res == [["r-1"], ["w-1"]]
    for first, then in ((walkout, blockade), (blockade, walkout)):
        stored = [replace(_state(e), first_reported=e.first_reported, last_reported=e.last_reported,
                          modes=e.modes, cameos=e.cameos) for e in link([first]).events.values()]
        r = link([then], stored)
        assert r.merged.get(r.assign[then.id], r.assign[then.id]) != stored[0].id, first.id
    # as before: one mode in common, a mode or a code unknown on one side, one code, a report of the act's own day,
    # a plan, or a text date wider than a day join the report as the week before it allows
    joined = [replace(blockade, mode="boycott"), replace(blockade, mode=""), replace(blockade, cameo=""),
              replace(blockade, cameo="143"), replace(blockade, start=date(2025, 3, 3), end=date(2025, 3, 3),
                                                       reported=date(2025, 3, 3))]
    for other in joined:
        for res in both_orders([walkout, other]):
            assert res == [["r-1", "w-1"]], other
    week = replace(walkout, start=date(2025, 3, 3), end=date(2025, 3, 9))
    assert groups(link([week, blockade])) == [["r-1", "w-1"]]
    plan_w = replace(walkout, status="planned", start=date(2025, 3, 10), end=date(2025, 3, 10))
    plan_b = replace(blockade, status="planned")
    assert groups(link([plan_w, plan_b])) == [["r-1", "w-1"]]


def test_one_sentences_two_words_for_one_shooting_of_a_month_are_one_act():
    # (linkPlan17) "In March 2011 soldiers opened fire on demonstrators near the port, killing some twenty people":
    # one countryless agent, one sentence, one month (the day lost by the tagger), recipients "demonstrators" and
    # "people" (a generic noun for persons): one act, either order in the batch
    def shot(id, rec, act="nsoldiers", start=date(2011, 3, 1), end=date(2011, 3, 31), sentence=0, doc="s1"):
        fillers = ([("actor", act, "")] if act else []) + [("recipient", r, "") for r in rec]
        return MentionRecord(id=id, doc=doc, type="ASSAULT", status="occurred", start=start, end=end,
                             text_dated=True, reported=date(2024, 5, 2), fillers=frozenset(fillers),
                             sentence=sentence)
    fire = shot("s1-1", ["ndemonstrators"])
    killing = shot("s1-2", ["npeople"])
    assert groups(link([fire, killing])) == [["s1-1", "s1-2"]]
    assert groups(link([killing, fire])) == [["s1-1", "s1-2"]]
    # one recipient set inside the other ("fired on students and workers ..., wounding workers")
    assert groups(link([shot("s1-1", ["nstudents", "nworkers"]), shot("s1-2", ["nworkers"])])) == [["s1-1", "s1-2"]]
    # apart: recipients that are not one people (a bridge and people; journalists and demonstrators), another
    # agent, no agent, no recipient, another sentence, another article, other months, a year (neither coarser
    # than a day in common)
    apart = [shot("s1-2", ["nbridge"]), shot("s1-2", ["njournalists"]), shot("s1-2", ["npeople"], act="npolice"),
             shot("s1-2", ["npeople"], act=""), shot("s1-2", []), shot("s1-2", ["npeople"], sentence=140),
             shot("s1-2", ["npeople"], doc="s2"),
             shot("s1-2", ["npeople"], start=date(2011, 4, 1), end=date(2011, 4, 30))]
    for other in apart:
        assert groups(link([fire, other])) == [["s1-1"], ["s1-2"]], other
    # a resolved actor as recipient is a named party, not a common noun
    assert groups(link([shot("s1-1", ["a12"]), shot("s1-2", ["npeople"])])) == [["s1-1"], ["s1-2"]]


def test_two_countryless_reports_of_one_workforces_strike_on_one_day_are_one_act():
    # (linkPlan17) "Members of the Port Clerks Union walked off the job on Tuesday" / (another article) "Port clerks
    # stopped work on Tuesday": the union and the trade resolve to two actors naming no country; one strike. In one
    # batch, one article at a time in either order, and with either stored first (modes and words as the store
    # hands them back)
    def strike(id, doc, actor, words, mode="strike", start=date(2025, 9, 2)):
        return replace(dm(id, doc, type="PROTEST", start=start, fillers=[("actor", actor, "")]),
                       mode=mode, cameo="143", words=frozenset(words))
    union = strike("u-1", "u", "a37", {"port", "clerks", "union"})
    trade = strike("t-1", "t", "a45", {"port", "clerks"})
    for res in both_orders([union, trade]):
        assert res == [["t-1", "u-1"]]
    for first, then in ((union, trade), (trade, union)):
        stored = [replace(_state(e), modes=e.modes, words=e.words) for e in link([first]).events.values()]
        assert link([then], stored).assign[then.id] == stored[0].id, first.id
    # apart: only a noun for persons in common ("teachers"), another day, a week, another mode (a sit-in), no
    # common word
    apart = [(strike("u-1", "u", "a37", {"teachers", "union"}), strike("t-1", "t", "a45", {"teachers"})),
             (union, strike("t-1", "t", "a45", {"port", "clerks"}, start=date(2025, 9, 3))),
             (union, replace(trade, end=date(2025, 9, 8))),
             (union, strike("t-1", "t", "a45", {"port", "clerks"}, mode="demo")),
             (union, strike("t-1", "t", "a45", {"bus", "drivers"}))]
    for a, b in apart:
        assert groups(link([a, b])) == [["t-1"], ["u-1"]], b
