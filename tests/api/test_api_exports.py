"""/api/export in the canonical-event formats (gdelt-events, gdelt-mentions, acled) on the demo
database: the same cells as ``chronicle export``, filters applied, streamed, in the OpenAPI."""
from __future__ import annotations

import csv
import io

from chronicle.store import Store
from chronicle.store import exports as X


def _get(client, **params):
    r = client.get("/api/export", params=params)
    assert r.status_code == 200, r.text
    return r


def test_gdelt_events_match_the_cli_rows(client, demo_db):
    r = _get(client, format="gdelt-events")
    assert r.headers["content-type"].startswith("text/tab-separated-values")
    assert 'filename="gdelt-events.tsv"' in r.headers["content-disposition"]
    with Store(demo_db) as st:
        expected = "".join(X.chunks(st, "gdelt-events"))
    assert r.text == expected and r.text
    assert {len(line.split("\t")) for line in r.text.splitlines()} == {61}


def test_header_and_planned_switches(client):
    plain = _get(client, format="gdelt-events").text.splitlines()
    both = _get(client, format="gdelt-events", header="true", include_planned="true").text.splitlines()
    assert both[0].split("\t") == X.gdelt_event_columns()
    assert len(both) - 1 > len(plain)  # the demo has planned events (the announced visit)
    mentions = _get(client, format="gdelt-mentions", header="true").text.splitlines()
    assert mentions[0].split("\t") == X.gdelt_mention_columns()
    assert {len(line.split("\t")) for line in mentions} == {16}


def test_filters_pick_events_by_their_mentions(client):
    every = _get(client, format="gdelt-events").text.splitlines()
    dyad = _get(client, format="gdelt-events", party="North Korea", **{"with": "Russia"}).text.splitlines()
    assert 0 < len(dyad) < len(every) and set(dyad) <= set(every)
    later = _get(client, format="gdelt-events", since="2025-01-01").text.splitlines()
    assert later and all(line.split("\t")[1] >= "20250101" for line in later)


def test_an_explicit_status_filter_replaces_the_default(client):
    occurred = _get(client, format="gdelt-events").text.splitlines()
    planned = _get(client, format="gdelt-events", status="planned").text.splitlines()
    every = _get(client, format="gdelt-events", include_planned="true").text.splitlines()
    assert planned and not set(planned) & set(occurred) and set(planned) <= set(every)


def test_acled_csv(client):
    r = _get(client, format="acled")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert list(rows[0]) == X.acled_columns()
    assert {row["disorder_type"] for row in rows} <= {"Political violence", "Demonstrations", "Strategic developments"}
    # ACLED codes what happened: plans asked of it are a 400 naming the parameter, not ignored
    bad = client.get("/api/export", params={"format": "acled", "include_planned": "true"})
    assert bad.status_code == 400 and bad.json()["details"][0]["param"] == "include_planned"


def test_canonical_exports_read_in_bounded_pages(demo_db, role_reads):
    reads = role_reads(X)
    with Store(demo_db) as st:
        chunks = X.chunks(st, "gdelt-mentions", page_size=3, batch=1)
        next(chunks)
        assert len(reads) == 1  # the first row is out after one page of events was read
        n_rows = 1 + sum(1 for _ in chunks)
    assert len(reads) > 1 and n_rows >= len(reads)


def test_openapi_names_the_formats(client):
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/api/export"]["get"]["parameters"]}
    assert "gdelt-events" in params["format"]["description"] and "acled" in params["format"]["description"]
    assert "header" in params and "include_planned" in params
