"""POST /api/articles: ingest from the request body, behind the write token."""
from __future__ import annotations

import json

from fastapi.testclient import TestClient

from chronicle.api import create_app

TOKEN = "test-write-token-123"  # the token of the `writer` fixture (conftest.py)

AUTH = {"Authorization": f"Bearer {TOKEN}"}
SEED = "date 2025-01-08\nRussian President Vladimir Putin visited Pyongyang on Wednesday, the Kremlin said.\n"


def counts(c):
    return c.get("/api/health").json()["counts"]


def test_seed_text_is_ingested_and_listed(writer):
    before = counts(writer)
    r = writer.post("/api/articles", content=SEED.encode(), headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 201, r.text
    assert r.json()["stored"] == 1 and r.json()["read"] == 1
    assert counts(writer)["articles"] == before["articles"] + 1
    found = writer.get("/api/events", params={"since": "2025-01-08", "until": "2025-01-08", "party": "Putin"}).json()
    assert any(e["type"] == "CONSULT" and e["article"]["date"] == "2025-01-08" for e in found["items"])
    # the same body again stores nothing (content-hash dedup)
    r = writer.post("/api/articles", content=SEED.encode(), headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 200 and r.json()["stored"] == 0 and r.json()["duplicates"] == 1


def test_jsonl_csv_and_html_bodies(writer):
    jsonl = "\n".join(json.dumps({"id": f"j{i}", "date": "2024-02-0" + str(i), "text": f"Japan protested to China on day {i}."})
                      for i in (1, 2))
    r = writer.post("/api/articles", content=jsonl, headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 201 and r.json()["stored"] == 2
    body = 'id,date,text\nc1,2024-03-01,"Germany and France signed an agreement in Paris."\n'
    r = writer.post("/api/articles", content=body, headers={**AUTH, "Content-Type": "text/csv"})
    assert r.status_code == 201 and r.json()["stored"] == 1
    page = ("<html><head><meta property='article:published_time' content='2024-04-01'><title>t</title></head>"
            "<body><article><p>" + "Chinese President Xi Jinping visited Moscow on Monday. " * 5 + "</p></article></body></html>")
    r = writer.post("/api/articles", content=page, headers={**AUTH, "Content-Type": "text/html"})
    assert r.status_code in (200, 201), r.text
    assert r.json()["read"] == 1


def test_text_without_date_needs_the_date_parameter(writer):
    text = b"Putin met Kim in Vladivostok."
    r = writer.post("/api/articles", content=text, headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 400
    assert r.json()["error"] == "bad_request" and "date" in r.json()["problems"][0]["reason"]
    r = writer.post("/api/articles?date=2024-05-05", content=text, headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 201


def test_bad_write_requests_are_clear_4xx(writer):
    assert writer.post("/api/articles", content=SEED, headers={**AUTH, "Content-Type": "image/png"}).status_code == 415
    assert writer.post("/api/articles?format=pdf", content=SEED, headers=AUTH).status_code == 400
    assert writer.post("/api/articles?date=yesterday", content=SEED, headers=AUTH).status_code == 400
    r = writer.post("/api/articles", content=b"   ", headers=AUTH)
    assert r.status_code == 400 and r.json()["error"] == "bad_request"
    r = writer.post("/api/articles", content=b"\x00\x01\x02binary", headers=AUTH)
    assert r.status_code == 400 and "binary" in r.json()["problems"][0]["reason"]


def test_the_body_is_read_never_a_path(writer, demo_db):
    """A body that names a file is stored as that text; the file is not opened."""
    body = "date 2025-02-02\nexamples/seed-article.txt"
    r = writer.post("/api/articles", content=body, headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 201
    assert counts(writer)["articles"] == 14
    art = writer.get("/api/articles/14").json()
    assert art["date"] == "2025-02-02"
    assert art["text"].strip() == "examples/seed-article.txt"  # the words, not the file's content
    assert art["events"] == []


def test_ingest_by_post_is_visible_to_a_second_server_on_the_same_db(demo_copy):
    with TestClient(create_app(str(demo_copy), write_token=TOKEN)) as w, TestClient(create_app(str(demo_copy))) as r:
        before = counts(r)["articles"]
        assert w.post("/api/articles", content=SEED, headers=AUTH).status_code == 201
        assert counts(r)["articles"] == before + 1
