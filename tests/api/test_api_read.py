"""The read endpoints on the demo database: filters, pagination, detail pages, exports."""
from __future__ import annotations

import csv
import io
import json

import pytest

from chronicle.api.app import _cell

PRK_RUS = {"party": "North Korea", "with": "Russia"}


def all_events(client, **params) -> list[dict]:
    r = client.get("/api/events", params={**params, "limit": 500})
    assert r.status_code == 200, r.text
    assert r.json()["next_cursor"] is None
    return r.json()["items"]


def countries(e) -> set:
    return {f["country"] for f in e["actor"] + e["recipient"]}


def test_health_counts_and_read_only(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["write_enabled"] is False
    assert body["counts"]["articles"] == 13 and body["counts"]["mentions"] > 10


def test_dyad_filter_keeps_only_events_between_both(client, demo_db):
    from chronicle.store import Store

    items = all_events(client, **PRK_RUS)
    assert len(items) >= 8
    assert all({"PRK", "RUS"} <= countries(e) for e in items)
    with Store(demo_db) as st:
        assert {e["id"] for e in items} == {e["id"] for e in st.timeline("PRK", with_="RUS")}
    # ISO3 codes and names give the same answer
    assert [e["id"] for e in all_events(client, party="PRK", **{"with": "RUS"})] == [e["id"] for e in items]


@pytest.mark.parametrize("params, check", [
    ({"type": "CONSULT"}, lambda e: e["type"] == "CONSULT" or e["plover"] == "CONSULT"),
    ({"type": "consult,support"}, lambda e: e["type"] in ("CONSULT", "SUPPORT")),
    ({"status": "planned"}, lambda e: e["status"] == "planned"),
    ({"status": ["planned", "possible"]}, lambda e: e["status"] in ("planned", "possible")),
    ({"country": "PRK"}, lambda e: "PRK" in countries(e) or (e["location"] or {}).get("country") == "PRK"),
    ({"actor": "Russia"}, lambda e: any(f["country"] == "RUS" for f in e["actor"])),
    ({"recipient": "North Korea"}, lambda e: any(f["country"] == "PRK" for f in e["recipient"])),
    ({"actor": "Putin"}, lambda e: any("Putin" in (f["name"] or f["text"]) for f in e["actor"])),
    ({"q": "pyongyang"}, lambda e: "pyongyang" in e["sentence_text"].lower() or "pyongyang" in e["trigger"]["text"].lower()),
    ({"since": "2025-01-01"}, lambda e: (e["date"]["end"] or "") >= "2025-01-01"),
    ({"until": "2024-12-31"}, lambda e: (e["date"]["start"] or "9999") <= "2024-12-31"),
])
def test_each_filter_keeps_only_matching_events(client, params, check):
    everything = all_events(client)
    items = all_events(client, **params)
    assert items, params
    assert len(items) < len(everything), f"{params} filtered nothing"
    assert all(check(e) for e in items), params


def test_events_ordered_by_their_own_date_undated_last(client):
    starts = [e["date"]["start"] for e in all_events(client)]
    dated = [s for s in starts if s]
    assert dated == sorted(dated)
    assert starts[:len(dated)] == dated


def test_cursor_pagination_walks_every_event_once_in_order(client):
    full = [e["id"] for e in all_events(client)]
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 4, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        assert len(body["items"]) <= 4
        seen += [e["id"] for e in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert pages > 2
    assert seen == full


def test_pagination_with_a_filter(client):
    full = [e["id"] for e in all_events(client, **PRK_RUS)]
    first = client.get("/api/events", params={**PRK_RUS, "limit": 3}).json()
    second = client.get("/api/events", params={**PRK_RUS, "limit": 3, "cursor": first["next_cursor"]}).json()
    assert [e["id"] for e in first["items"] + second["items"]] == full[:6]


def test_event_detail_evidence_spans_index_the_article_text(client):
    e0 = next(e for e in all_events(client, **PRK_RUS) if e["attribution"])
    d = client.get(f"/api/events/{e0['id']}").json()
    art = client.get(f"/api/articles/{d['article']['key']}").json()
    kinds = {s["kind"] for s in d["evidence"]}
    assert {"trigger", "actor", "attribution"} <= kinds
    for s in d["evidence"]:
        assert art["text"][s["start"]:s["end"]] == s["text"], s
    assert d["id"] in [m["id"] for m in d["mentions"]]
    assert d["num_mentions"] == len(d["mentions"]) >= 1
    assert d["sources"] and all(isinstance(s, str) for s in d["sources"])


def test_event_with_several_mentions_lists_them(client):
    r = client.get("/api/timeline", params=PRK_RUS).json()
    multi = next(e for e in r["entries"] if e["num_mentions"] > 1)
    d = client.get(f"/api/events/{multi['mention_ids'][0]}").json()
    assert d["num_mentions"] == len(d["mentions"]) == multi["num_mentions"]
    assert {m["id"] for m in d["mentions"]} == set(multi["mention_ids"])


def test_article_annotations_index_its_text(client):
    e0 = all_events(client, **PRK_RUS)[0]
    art = client.get(f"/api/articles/{e0['article']['key']}").json()
    assert art["id"] == e0["article"]["id"]
    assert art["timexes"] and art["actors"] and art["events"] and art["sentences"]
    for t in art["timexes"]:
        assert art["text"][t["start"]:t["end"]] == t["text"]
    for a in art["actors"]:
        for s in a["mentions"]:
            assert art["text"][s["start"]:s["end"]] == s["text"]
    assert e0["id"] in {e["id"] for e in art["events"]}


def test_actors_with_aliases_and_counts_paginated(client):
    seen, cursor, pages = [], None, 0
    while True:
        body = client.get("/api/actors", params={"limit": 25, **({"cursor": cursor} if cursor else {})}).json()
        seen += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert pages > 1
    assert len({a["id"] for a in seen}) == len(seen) == client.get("/api/health").json()["counts"]["actors"]
    counts = [a["events"] for a in seen]
    assert counts == sorted(counts, reverse=True)
    kim = next(a for a in seen if a["name"] == "Kim Jong-un")
    assert "Kim" in kim["aliases"] and kim["events"] >= 3 and kim["country"] == "PRK"
    one = client.get(f"/api/actors/{kim['id']}").json()
    assert one["events"] == kim["events"] and one["articles"] >= 1
    found = client.get("/api/actors", params={"q": "putin"}).json()["items"]
    assert found and all("putin" in (a["name"] + " ".join(a["aliases"])).lower() for a in found)
    assert all(a["country"] == "RUS" for a in client.get("/api/actors", params={"country": "Russia"}).json()["items"])


def test_timeline_shows_each_canonical_event_once_in_date_order(client):
    r = client.get("/api/timeline", params=PRK_RUS).json()
    entries = r["entries"]
    ids = [i for e in entries for i in e["mention_ids"]]
    assert len(ids) == len(set(ids))  # a mention belongs to one event
    assert {e["id"] for e in all_events(client, **PRK_RUS)} <= set(ids)
    assert len({e["event_id"] for e in entries}) == len(entries)
    assert all(e["num_mentions"] == len(e["mention_ids"]) and e["mention_ids"][0] == e["id"] for e in entries)
    starts = [e["date"]["start"] for e in entries if e["date"]["start"]]
    assert starts == sorted(starts)
    assert {"RUS → PRK", "PRK → RUS"} <= {e["dyad"] for e in entries}
    assert {e["status"] for e in entries} >= {"occurred", "planned"}


def test_places_are_located_events(client):
    places = client.get("/api/places").json()["places"]
    pyongyang = next(p for p in places if p["name"] == "Pyongyang")
    assert pyongyang["country"] == "PRK" and 38 < pyongyang["latitude"] < 40 and 125 < pyongyang["longitude"] < 127
    assert pyongyang["count"] == len(pyongyang["events"]) >= 1


def test_network_nodes_and_edges(client):
    net = client.get("/api/network", params=PRK_RUS).json()
    ids = {n["id"] for n in net["nodes"]}
    assert any(n["name"] == "Kim Jong-un" for n in net["nodes"])
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids and e["events"] >= 1 for e in net["edges"])


@pytest.mark.parametrize("by", ["type", "status", "month", "dyad"])
def test_stats_add_up(client, by):
    total = len(all_events(client))
    counts = client.get("/api/stats", params={"by": by}).json()["counts"]
    assert sum(c["count"] for c in counts) == total
    if by == "month":
        keys = [c["key"] for c in counts if c["key"] != "undated"]
        assert keys == sorted(keys)


def test_export_csv_jsonl_parquet_match_the_listing(client):
    expected = [e["id"] for e in all_events(client, **PRK_RUS)]
    r = client.get("/api/export", params={**PRK_RUS, "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [x["event_id"] for x in rows] == expected
    r = client.get("/api/export", params={**PRK_RUS, "format": "jsonl"})
    assert [json.loads(line)["event_id"] for line in r.text.splitlines()] == expected
    pq = pytest.importorskip("pyarrow.parquet")
    r = client.get("/api/export", params={**PRK_RUS, "format": "parquet"})
    table = pq.read_table(io.BytesIO(r.content))
    assert table.column("event_id").to_pylist() == expected
    assert table.schema.field("confidence").type.id != table.schema.field("event_id").type.id


def test_export_reads_the_database_in_bounded_pages(demo_db, role_reads):
    """Exports never load every row: each database read fetches at most one page."""
    from chronicle.store import Store
    from chronicle.store import queries as Q

    reads = role_reads(Q)
    with Store(demo_db) as st:
        rows = Q.iter_flat_events(st, Q.EventFilters(), page_size=5)
        first = next(rows)
        assert reads == [5]  # the first row is out after one page was read
        n = 1 + sum(1 for _ in rows)
        assert n == st.counts()["mentions"]
    assert len(reads) == -(-n // 5) and max(reads) <= 5


def test_csv_cells_that_spreadsheets_would_run_are_defused():
    assert _cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("Putin visited") == "Putin visited"
    assert _cell(-3.5) == -3.5 and _cell(None) is None


def test_docs_and_openapi(client):
    spec = client.get("/openapi.json").json()
    for path in ["/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{actor_id}", "/api/timeline",
                 "/api/articles/{key}", "/api/stats", "/api/export", "/api/places", "/api/network", "/api/health"]:
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/articles"]
    page = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
