"""Reading back: events() filters and shape, timeline(), since/until overlap, export_rows()."""
from __future__ import annotations

from datetime import date

from chronicle.model import _event_contract

# Store-wide ids are "<article rowid>-<mention id>"; rowids follow insertion order (a1, a2, a3).


def ids(events):
    return [(e["article"]["id"], e["mention_id"]) for e in events]


def test_events_unfiltered_order(loaded):
    # date_start ascending, the undated a3 event last.
    assert ids(loaded.events()) == [("a1", "e1"), ("a1", "e2"), ("a2", "e2"), ("a2", "e1"), ("a3", "e1")]


def test_events_shape_matches_contract(loaded, a1):
    ev = {e["mention_id"]: e for e in loaded.events() if e["article"]["id"] == "a1"}
    for m in a1.events:
        got = dict(ev[m.id])
        want = _event_contract(m)
        assert got.pop("id").endswith("-" + m.id)
        want.pop("id")
        assert got["date"].pop("precision") == m.date.precision
        for k, v in want.items():
            assert got[k] == v, k
        assert got["sentence_text"] == a1.article.text[m.sentence.start:m.sentence.end]
        assert got["article"] == {"id": "a1", "date": "2024-03-05", "title": "Missile launch", "source": "Reuters",
                                  "url": "https://example.org/a1"}
    assert ev["e1"]["confidence"] == 0.912
    assert ev["e1"]["attribution"] == {"text": "the South Korean military said", "speaker": "South Korean military",
                                       "via": ["Yonhap"]}


def test_event_ids_are_unique_across_articles(loaded):
    evs = loaded.events()
    assert len({e["id"] for e in evs}) == len(evs) == 5


def test_filter_actor_by_country_case_insensitive(loaded):
    assert ids(loaded.events(actor="PRK")) == [("a1", "e1"), ("a2", "e2")]
    assert ids(loaded.events(actor="prk")) == [("a1", "e1"), ("a2", "e2")]


def test_filter_actor_by_name_or_text(loaded):
    # name contains "korea": North Korea (a1 e1, a2 e2), South Korea (a1 e2 via name, a2 e1)
    assert ids(loaded.events(actor="korea")) == [("a1", "e1"), ("a1", "e2"), ("a2", "e2"), ("a2", "e1")]
    # "Seoul" only occurs in the filler's text ("Officials in Seoul"), not its name.
    assert ids(loaded.events(actor="seoul")) == [("a1", "e2")]
    assert ids(loaded.events(actor="Pyongyang")) == [("a2", "e2")]


def test_filter_like_wildcards_are_literal(loaded):
    assert loaded.events(actor="%") == []
    assert loaded.events(actor="_") == []


def test_filter_recipient(loaded):
    assert ids(loaded.events(recipient="JPN")) == [("a1", "e1")]
    assert ids(loaded.events(recipient="PRK")) == [("a1", "e2")]
    assert ids(loaded.events(recipient="china")) == [("a3", "e1")]
    # JPN is an actor in a3 but never the recipient there.
    assert ("a3", "e1") not in ids(loaded.events(recipient="JPN"))


def test_filter_actor_and_recipient_together(loaded):
    assert ids(loaded.events(actor="KOR", recipient="PRK")) == [("a1", "e2")]
    assert loaded.events(actor="JPN", recipient="PRK") == []


def test_filter_type_and_status(loaded):
    assert ids(loaded.events(type="ASSAULT")) == [("a1", "e1"), ("a2", "e2")]
    assert ids(loaded.events(type=["ACCUSE", "MOBILIZE"])) == [("a1", "e2"), ("a2", "e1"), ("a3", "e1")]
    assert ids(loaded.events(status="denied")) == [("a2", "e2")]
    assert ids(loaded.events(status="planned")) == [("a2", "e1")]
    assert ids(loaded.events(type="ASSAULT", status="occurred")) == [("a1", "e1")]
    # the strict PLOVER code counts too (a planned exercise is coded THREATEN), as in the API
    assert ids(loaded.events(type="THREATEN")) == [("a2", "e1")]


def test_limit(loaded):
    assert ids(loaded.events(limit=2)) == [("a1", "e1"), ("a1", "e2")]


def test_since_until_interval_overlap(loaded):
    # a2 e1 spans 2024-05-01..2024-05-31; a2 e2 spans 2024-04-01..2024-04-07.
    assert ("a2", "e1") in ids(loaded.events(since=date(2024, 5, 31)))
    assert ids(loaded.events(since=date(2024, 6, 1))) == []
    assert ("a2", "e1") in ids(loaded.events(until=date(2024, 5, 1)))
    assert ("a2", "e1") not in ids(loaded.events(until=date(2024, 4, 30)))
    # A window inside the week overlaps it.
    assert ids(loaded.events(since=date(2024, 4, 3), until=date(2024, 4, 4))) == [("a2", "e2")]
    assert ids(loaded.events(since="2024-03-04", until="2024-03-04")) == [("a1", "e1")]
    # The undated event never matches a date filter.
    assert ("a3", "e1") not in ids(loaded.events(since=date(2000, 1, 1)))


def test_timeline_order_and_fields(loaded):
    tl = loaded.timeline("PRK")
    assert ids(tl) == [("a1", "e1"), ("a1", "e2"), ("a2", "e2")]
    first = tl[0]
    assert set(first) >= {"id", "type", "mode", "plover", "status", "date", "actor", "recipient", "sentence_text",
                          "attribution", "location", "article", "sources"}
    assert first["date"] == {"text": "Monday", "value": "2024-03-04", "start": "2024-03-04", "end": "2024-03-04",
                             "source": "text", "precision": "day"}
    assert first["sources"] == ["Reuters", "South Korean military", "Yonhap"]
    assert first["location"]["country"] == "JPN"
    assert first["sentence_text"].startswith("North Korea fired") and first["sentence_text"].endswith("Yonhap.")
    assert tl[2]["date"]["precision"] == "week"
    assert tl[2]["sources"] == ["AP"]


def test_timeline_orders_by_event_date_not_article_date(store, a1, a2):
    # Store the later article first: the order must still follow the events' own dates.
    store.add(a2)
    store.add(a1)
    assert ids(store.timeline("PRK")) == [("a1", "e1"), ("a1", "e2"), ("a2", "e2")]


def test_timeline_ties_broken_by_date_end(store, a1):
    a1.events[1].date.start = a1.events[0].date.start  # both start 2024-03-04
    a1.events[1].date.end = date(2024, 3, 4)  # a single day ...
    a1.events[0].date.end = date(2024, 3, 10)  # ... e1 now ends later
    store.add(a1)
    assert ids(store.timeline("PRK")) == [("a1", "e2"), ("a1", "e1")]


def test_timeline_dyad_either_direction(loaded):
    assert ids(loaded.timeline("PRK", with_="JPN")) == [("a1", "e1")]
    assert ids(loaded.timeline("JPN", with_="PRK")) == [("a1", "e1")]
    assert ids(loaded.timeline("KOR", with_="PRK")) == [("a1", "e2")]
    assert ids(loaded.timeline("PRK", with_="KOR")) == [("a1", "e2")]


def test_timeline_dyad_same_side(loaded):
    assert ids(loaded.timeline("USA", with_="KOR")) == [("a2", "e1")]


def test_timeline_dyad_needs_two_fillers(loaded):
    # "North Korea" matches both "PRK" and "korea"; on its own it is not a dyad.
    got = ids(loaded.timeline("PRK", with_="korea"))
    assert ("a1", "e1") not in got and ("a2", "e2") not in got
    assert got == [("a1", "e2")]  # North Korea with South Korea ("Officials in Seoul")


def test_timeline_since_until(loaded):
    assert ids(loaded.timeline("PRK", since=date(2024, 3, 5))) == [("a1", "e2"), ("a2", "e2")]
    assert ids(loaded.timeline("PRK", until=date(2024, 3, 4))) == [("a1", "e1")]


def test_timeline_unknown_actor_is_empty(loaded):
    assert loaded.timeline("XYZ") == []


def test_export_rows(loaded):
    rows = list(loaded.export_rows())
    assert len(rows) == loaded.counts()["mentions"] == 5
    assert [(r["article_id"], r["mention_id"]) for r in rows] == [
        ("a1", "e1"), ("a1", "e2"), ("a2", "e1"), ("a2", "e2"), ("a3", "e1")]
    for r in rows:
        assert all(v is None or isinstance(v, (str, int, float)) for v in r.values()), r
    assert len({tuple(r) for r in rows}) == 1  # same columns on every row
    r = rows[0]
    assert r["actor_country"] == "PRK" and r["recipient_country"] == "JPN"
    assert r["attribution_via"] == "Yonhap" and r["date_precision"] == "day"
    assert r["sentence_text"].startswith("North Korea fired")
    drills = rows[2]
    assert drills["actor_name"] == "United States; South Korea" and drills["actor_country"] == "USA; KOR"
    assert drills["recipient_text"] == "" and drills["location_text"] is None


def test_export_rows_paginates(loaded):
    full = list(loaded.export_rows())
    assert list(loaded.export_rows(page_size=1)) == full
    assert list(loaded.export_rows(page_size=2)) == full


def test_empty_store_reads(store):
    assert store.events() == []
    assert store.timeline("PRK") == []
    assert list(store.export_rows()) == []
    assert store.counts() == {"articles": 0, "mentions": 0, "actors": 0, "timexes": 0, "failures": 0}
