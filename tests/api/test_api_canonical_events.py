"""/api/timeline and the event page read the linker's canonical events (chronicle.link), not a
second grouping of their own: counts, reconciled status, most precise date and `realizes` links
are the store's.

The articles are annotated by hand (no NLP), so the expected events are known exactly:
a planned visit reported as "plans to" by one article and "may" by another (one future event,
planned + possible), the visit itself dated "on Wednesday" by one article and only by its report
date in another (one occurred event), and the occurred visit realizes the plan.
"""
from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from chronicle.api import create_app
from chronicle.model import (
    Actor, AnnotatedArticle, Article, Attribution, EventDate, Mention, RoleFiller, Sentence, Span,
)
from chronicle.store import Store
from chronicle.store import schema as S

FILTERS = ("party", "with", "actor", "recipient", "country", "type", "status", "since", "until", "q")
FILTERING = ("/api/events", "/api/timeline", "/api/network", "/api/places", "/api/stats", "/api/export")


def _article(aid: str, day: str, text: str, status: str, when: EventDate, trigger: str,
             source: str | None = None, speaker: str | None = None) -> AnnotatedArticle:
    def span(word):
        i = text.index(word)
        return i, i + len(word)

    p0, p1 = span("Putin")
    k0, k1 = span("Pyongyang")
    t0, t1 = span(trigger)
    attribution = None
    if speaker:
        s0, s1 = span(speaker)
        attribution = Attribution(text=speaker, speaker=speaker, start=s0, end=s1)
    mention = Mention(
        id="e1", type="CONSULT", mode="visit", plover="CONSULT", cameo="042", status=status,
        actor=[RoleFiller(text="Putin", name="Vladimir Putin", country="RUS", start=p0, end=p1, actor_id="a1")],
        recipient=[RoleFiller(text="Pyongyang", name="North Korea", country="PRK", start=k0, end=k1, actor_id="a2")],
        date=when, attribution=attribution, trigger=Span(text=trigger, start=t0, end=t1),
        sentence=Sentence(start=0, end=len(text)), confidence=0.9)
    return AnnotatedArticle(
        article=Article(id=aid, date=date.fromisoformat(day), text=text, source=source),
        sentences=[Sentence(start=0, end=len(text))],
        actors=[Actor(id="a1", name="Vladimir Putin", country="RUS", kind="person"),
                Actor(id="a2", name="North Korea", country="PRK", kind="country")],
        events=[mention])


def _text_date(text: str, value: str, start: str, end: str) -> EventDate:
    return EventDate(text=text, value=value, start=date.fromisoformat(start), end=date.fromisoformat(end),
                     source="text")


def _article_date(day: str) -> EventDate:
    d = date.fromisoformat(day)
    return EventDate(value=day, start=d, end=d, source="article")


ARTICLES = [
    _article("plan-1", "2024-05-20", "Putin plans to visit Pyongyang in June, Kremlin aides said.", "planned",
             _text_date("in June", "2024-06", "2024-06-01", "2024-06-30"), "visit", source="Wire A",
             speaker="Kremlin aides"),
    _article("plan-2", "2024-06-01", "Putin may visit Pyongyang in June.", "possible",
             _text_date("in June", "2024-06", "2024-06-01", "2024-06-30"), "visit", source="Wire B"),
    _article("visit-1", "2024-06-20", "Putin visited Pyongyang on Wednesday, state media said.", "occurred",
             _text_date("on Wednesday", "2024-06-19", "2024-06-19", "2024-06-19"), "visited",
             source="Wire A", speaker="state media"),
    _article("visit-2", "2024-06-21", "The visit by Putin to Pyongyang was his first in 24 years.", "occurred",
             _article_date("2024-06-21"), "visit", source="Yonhap"),
]
DYAD = {"party": "Russia", "with": "North Korea"}


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """(client, {article id: mention id}, {event id: events row}) on a store linked as ingest does."""
    from chronicle.link.store_adapter import link_pending

    db = tmp_path_factory.mktemp("canonical") / "c.db"
    with Store(str(db)) as st:
        st.add_many(ARTICLES)
        link_pending(st)
        with st._read() as conn:
            m, a = S.mentions, S.articles
            mids = dict(conn.execute(select(a.c.external_id, m.c.id).join(m, m.c.article_id == a.c.id)).all())
            events = {r["id"]: dict(r) for r in conn.execute(select(S.events)).mappings()}
    with TestClient(create_app(str(db))) as c:
        yield c, mids, events


def _timeline(client, **params):
    r = client.get("/api/timeline", params={**DYAD, **params})
    assert r.status_code == 200, r.text
    return r.json()["entries"]


def test_timeline_counts_are_the_canonical_events_counts(linked):
    client, mids, events = linked
    assert len(events) == 2  # the linker's answer: one plan, one visit
    entries = _timeline(client)
    assert len(entries) == 2
    for e in entries:
        row = events[e["event_id"]]
        assert (e["num_mentions"], e["num_articles"], e["num_sources"]) == \
            (row["num_mentions"], row["num_articles"], row["num_sources"]) == (2, 2, len(e["sources"]))
        assert e["status"] == row["status"] and e["date"]["start"] == row["date_start"].isoformat()
        assert len(e["mention_ids"]) == 2 and e["mention_ids"][0] == e["id"] == row["best_mention_id"]
        assert e["label"] and e["date_label"] and e["dyad"] == "RUS → PRK"
    plan, visit = entries  # in date order: June 1 (the month) before June 19
    assert set(plan["mention_ids"]) == {mids["plan-1"], mids["plan-2"]}
    assert set(visit["mention_ids"]) == {mids["visit-1"], mids["visit-2"]}


def test_planned_and_occurred_kept_apart_and_joined_by_realizes(linked):
    client, mids, _ = linked
    plan, visit = _timeline(client)
    # planned + possible reports are one future event with the reconciled status
    assert plan["status"] == "planned" and plan["date"]["value"] == "2024-06" and plan["date"]["precision"] == "month"
    assert plan["first_reported"] == "2024-05-20" and plan["last_reported"] == "2024-06-01"
    # the visit keeps the most precise date, though one report knew only its own date
    assert visit["status"] == "occurred" and visit["date"]["start"] == visit["date"]["end"] == "2024-06-19"
    assert visit["date"]["source"] == "text" and visit["date"]["text"] == "on Wednesday"
    assert "Yonhap" in visit["sources"] and "state media" in visit["sources"]
    assert visit["realizes"] == [plan["event_id"]] and plan["realized_by"] == [visit["event_id"]]
    assert visit["realized_by"] == [] and plan["realizes"] == []


def test_status_and_dates_filter_the_events_own_values(linked):
    client, _, _ = linked
    assert [e["status"] for e in _timeline(client, status="planned")] == ["planned"]
    # 'possible' is one report of the plan; the event itself is planned
    assert _timeline(client, status="possible") == []
    assert len(client.get("/api/events", params={**DYAD, "status": "possible"}).json()["items"]) == 1
    # the visit happened on June 19: a report dated June 21 does not move it past June 20
    # (the plan, "in June", still overlaps)
    assert [e["status"] for e in _timeline(client, since="2024-06-20")] == ["planned"]
    assert [e["status"] for e in _timeline(client, since="2024-06-19", until="2024-06-19")] == ["planned", "occurred"]
    # the other filters pick events by any of their mentions: text of one report brings the event
    [hit] = _timeline(client, q="24 years")
    assert hit["num_mentions"] == 2 and hit["status"] == "occurred"


def test_event_page_shows_the_canonical_event(linked):
    client, mids, events = linked
    d = client.get(f"/api/events/{mids['visit-2']}").json()
    assert d["id"] == mids["visit-2"] and d["status"] == "occurred" and d["date"]["source"] == "article"
    ev = d["event"]
    row = events[d["event_id"]]
    assert ev["id"] == d["event_id"] and ev["date"]["start"] == "2024-06-19" and ev["status"] == "occurred"
    assert d["num_mentions"] == ev["num_mentions"] == row["num_mentions"] == len(d["mentions"]) == 2
    assert d["num_articles"] == row["num_articles"] == 2
    assert {m["id"] for m in d["mentions"]} == {mids["visit-1"], mids["visit-2"]}
    assert [m["article"]["date"] for m in d["mentions"]] == ["2024-06-20", "2024-06-21"]  # reporting order
    assert set(d["event_sources"]) == {"Wire A", "state media", "Yonhap"}
    assert len(ev["realizes"]) == 1
    # a canonical event id opens its best mention, and the link goes both ways
    plan = client.get(f"/api/events/{ev['realizes'][0]}").json()
    assert plan["id"] == events[ev["realizes"][0]]["best_mention_id"]
    assert plan["event"]["status"] == "planned" and plan["event"]["realized_by"] == [d["event_id"]]
    assert {m["id"] for m in plan["mentions"]} == {mids["plan-1"], mids["plan-2"]}
    assert client.get("/api/events/ev-000000000000").status_code == 404


def test_a_mention_not_linked_yet_is_its_own_event_and_start_links_it(tmp_path):
    db = tmp_path / "pending.db"
    with Store(str(db)) as st:
        st.add_many(ARTICLES[:1])  # stored, as an ingest killed before linking leaves it
        with st._read() as conn:
            mid = conn.execute(select(S.mentions.c.id)).scalar_one()
        from chronicle.store import queries as Q

        d = Q.event_detail(st, mid)
        assert d["event"] is None and d["event_id"] is None and [m["id"] for m in d["mentions"]] == [mid]
        assert Q.canonical_events(st, Q.EventFilters())["entries"] == []
    with TestClient(create_app(str(db))) as client:
        [entry] = client.get("/api/timeline").json()["entries"]
        assert entry["mention_ids"] == [mid] and entry["event_id"].startswith("ev-")


def test_timeline_truncates_by_whole_events(linked):
    from chronicle.store import queries as Q

    client, _, _ = linked
    st = client.app.state.store
    res = Q.canonical_events(st, Q.EventFilters(), max_mentions=3)
    assert res["truncated"] and len(res["entries"]) == 1 and res["entries"][0]["num_mentions"] == 2


def test_one_filter_dependency_documents_every_parameter(linked):
    client, _, _ = linked
    spec = client.get("/openapi.json").json()
    docs = {}
    for path in FILTERING:
        params = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        assert set(FILTERS) <= set(params), (path, set(FILTERS) - set(params))
        assert all(params[n]["in"] == "query" and params[n].get("description") for n in FILTERS), path
        docs[path] = {n: params[n]["description"] for n in FILTERS}
    assert len({tuple(sorted(d.items())) for d in docs.values()}) == 1  # one definition, not six copies
    for path in FILTERING:  # and every one of them validates the same way
        r = client.get(path, params={"since": "2024-13-01"})
        assert r.status_code == 400 and r.json()["details"][0]["param"] == "since", path
        r = client.get(path, params={"type": "CON-SULT"})
        assert r.status_code == 400 and r.json()["details"][0]["param"] == "type", path


def test_network_and_stats_count_canonical_events_beside_mentions(linked):
    client, _, _ = linked
    net = client.get("/api/network").json()
    (edge,) = [e for e in net["edges"] if e["source"].endswith("|RUS") and e["target"].endswith("|PRK")]
    assert (edge["events"], edge["mentions"]) == (2, 4)  # four reports of a plan and a visit
    putin = next(n for n in net["nodes"] if n["name"] == "Vladimir Putin")
    assert (putin["events"], putin["mentions"]) == (2, 4)
    stats = client.get("/api/stats", params={"by": "dyad"}).json()["counts"]
    assert stats == [{"key": "RUS→PRK", "count": 4, "events": 2}]
    by_status = {c["key"]: (c["count"], c["events"]) for c in client.get("/api/stats", params={"by": "status"}).json()["counts"]}
    assert by_status == {"occurred": (2, 1), "planned": (1, 1), "possible": (1, 1)}


def test_places_count_canonical_events_beside_mentions(tmp_path):
    from chronicle.link.store_adapter import link_pending
    from chronicle.model import Location

    located = []
    for a in ARTICLES[2:]:  # the two reports of the visit, both placed in Pyongyang
        x = a.model_copy(deep=True)
        k = x.article.text.index("Pyongyang")
        x.events[0].location = Location(text="Pyongyang", name="Pyongyang", country="PRK", latitude=39.03,
                                        longitude=125.75, start=k, end=k + len("Pyongyang"))
        located.append(x)
    db = tmp_path / "p.db"
    with Store(str(db)) as st:
        st.add_many(located)
        link_pending(st)
    with TestClient(create_app(str(db))) as c:
        (place,) = c.get("/api/places").json()["places"]
    assert (place["name"], place["count"], place["num_events"], len(place["events"])) == ("Pyongyang", 2, 1, 2)
