"""Security promises of the server: auth on writes, injection, body limit, no paths, headers, JSON errors."""
from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from chronicle.api import create_app

TOKEN = "test-write-token-123"  # the token of the `writer` fixture (conftest.py)

SEED = "date 2025-01-08\nRussian President Vladimir Putin visited Pyongyang on Wednesday.\n"

INJECTIONS = [
    "' OR '1'='1",
    "x' OR 1=1 --",
    "1); DROP TABLE mentions; --",
    "North Korea'; DELETE FROM articles; --",
    "\" OR \"\"=\"",
    "%' UNION SELECT name FROM sqlite_master --",
]
FILTER_PARAMS = ["party", "with", "actor", "recipient", "country", "type", "status", "since", "until", "q", "cursor"]


def table_counts(path) -> dict:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


# --------------------------------------------------------------------------- write auth
def test_read_only_server_refuses_writes(client):
    r = client.post("/api/articles", content=SEED, headers={"Authorization": "Bearer anything-at-all"})
    assert r.status_code == 403 and "read-only" in r.json()["message"]


def test_write_without_token_is_401(writer, demo_copy):
    before = table_counts(demo_copy)
    r = writer.post("/api/articles", content=SEED, headers={"Content-Type": "text/plain"})
    assert r.status_code == 401
    assert r.json()["error"] == "unauthorized" and r.headers["www-authenticate"] == "Bearer"
    r = writer.post("/api/articles", content=SEED, headers={"Authorization": "Basic " + TOKEN})
    assert r.status_code == 401
    assert table_counts(demo_copy) == before


@pytest.mark.parametrize("headers", [
    {"Authorization": "Bearer wrong-token-000"},
    {"Authorization": f"Bearer {TOKEN}x"},
    {"X-Chronicle-Token": TOKEN[:-1]},
])
def test_write_with_wrong_token_is_403(writer, demo_copy, headers):
    before = table_counts(demo_copy)
    r = writer.post("/api/articles", content=SEED, headers={**headers, "Content-Type": "text/plain"})
    assert r.status_code == 403 and r.json()["error"] == "forbidden"
    assert table_counts(demo_copy) == before


def test_right_token_in_either_header_writes(writer):
    assert writer.post("/api/articles", content=SEED, headers={"X-Chronicle-Token": TOKEN}).status_code == 201


# --------------------------------------------------------------------------- SQL injection
@pytest.mark.parametrize("param", FILTER_PARAMS)
def test_sql_injection_in_every_filter_changes_nothing(client, demo_db, param):
    before = table_counts(demo_db)
    for payload in INJECTIONS:
        for path in ("/api/events", "/api/timeline", "/api/stats", "/api/export", "/api/network", "/api/places"):
            if param == "cursor" and path != "/api/events":
                continue
            r = client.get(path, params={param: payload})
            assert r.status_code < 500, (path, param, payload, r.text)
            if r.status_code == 200:
                body = r.json() if path != "/api/export" else None
                if path == "/api/events":
                    assert body["items"] == [], (param, payload)
                elif path == "/api/timeline":
                    assert body["entries"] == [], (param, payload)
                elif path == "/api/stats":
                    assert body["counts"] == [], (param, payload)
                elif path == "/api/export":
                    assert r.text.strip() == "", (param, payload)
            else:
                assert 400 <= r.status_code < 500 and r.json()["error"]
    assert table_counts(demo_db) == before


@pytest.mark.parametrize("payload", INJECTIONS)
def test_sql_injection_in_path_and_actor_search(client, demo_db, payload):
    before = table_counts(demo_db)
    assert client.get("/api/events/" + payload.replace("/", "%2F")).status_code in (400, 404)
    assert client.get("/api/actors", params={"q": payload}).json()["items"] == []
    assert client.get("/api/actors/" + payload).status_code == 400
    assert client.get("/api/articles/" + payload).status_code == 400
    assert table_counts(demo_db) == before


# --------------------------------------------------------------------------- bad parameters
@pytest.mark.parametrize("url, param", [
    ("/api/events?since=2024-13-01", "since"),
    ("/api/events?until=tomorrow", "until"),
    ("/api/events?since=2025-01-01&until=2024-01-01", "since"),
    ("/api/events?status=happened", "status"),
    ("/api/events?type=CON-SULT", "type"),
    ("/api/events?limit=0", "limit"),
    ("/api/events?limit=100000", "limit"),
    ("/api/events?limit=ten", "limit"),
    ("/api/events?cursor=WyJhY3RvcnMiLDUsMTA2XQ", "cursor"),  # an actors cursor
    ("/api/events?country=Narnia", "country"),
    ("/api/stats?by=weekday", "by"),
    ("/api/export?format=xlsx", "format"),
    ("/api/actors?limit=-1", "limit"),
    ("/api/actors?cursor=bm9wZQ", "cursor"),
    ("/api/network?nodes=0", "nodes"),
    ("/api/actors/abc", "actor_id"),
])
def test_bad_parameters_are_400_json_naming_the_parameter(client, url, param):
    r = client.get(url)
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["error"] == "bad_request"
    assert any(d["param"] == param for d in body["details"]), body


@pytest.mark.parametrize("url", ["/api/events/999-e1", "/api/actors/999999", "/api/articles/999999", "/api/nothing"])
def test_unknown_things_are_404_json(client, url):
    r = client.get(url)
    assert r.status_code == 404 and r.json()["error"] == "not_found"


# --------------------------------------------------------------------------- body size
def test_oversize_body_is_413_before_auth_or_parsing(writer, demo_copy):
    before = table_counts(demo_copy)
    big = b"date 2025-01-01\n" + b"word " * 20_000  # 100 kB > the 64 kB limit of the fixture
    r = writer.post("/api/articles", content=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413 and r.json()["error"] == "payload_too_large"
    r = writer.post("/api/articles", content=big)  # no token: still 413, the body is never read
    assert r.status_code == 413
    assert table_counts(demo_copy) == before


def test_oversize_chunked_body_is_413(writer, demo_copy):
    before = table_counts(demo_copy)

    def chunks():
        yield b"date 2025-01-01\n"
        for _ in range(40):
            yield b"x" * 4096

    r = writer.post("/api/articles", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413
    assert table_counts(demo_copy) == before


def test_default_limit_applies_to_any_endpoint(demo_db):
    with TestClient(create_app(str(demo_db), max_body=1000)) as c:
        assert c.post("/api/articles", content=b"a" * 1001).status_code == 413
        assert c.post("/api/articles", content=b"a" * 10).status_code == 403  # read-only, but not too large


# --------------------------------------------------------------------------- no file paths
@pytest.mark.parametrize("url", [
    "/static/../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml", "/static/..%2F..%2Fapi%2Fapp.py",
    "/static//etc/passwd", "/static/%2Fetc%2Fpasswd",
])
def test_static_files_do_not_escape_the_static_folder(client, url):
    r = client.get(url)
    assert r.status_code == 404 or "root:" not in r.text and "[project]" not in r.text


def test_no_endpoint_takes_a_path_or_file_parameter(client):
    spec = client.get("/openapi.json").json()
    for path, ops in spec["paths"].items():
        for op in ops.values():
            for p in op.get("parameters", []):
                assert not any(w in p["name"].lower() for w in ("path", "file", "dir")), (path, p["name"])
            assert "multipart/form-data" not in (op.get("requestBody") or {}).get("content", {})


# --------------------------------------------------------------------------- headers, offline UI
def test_ui_is_served_with_a_strict_csp_and_only_local_assets(client):
    import re

    r = client.get("/")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert "'self'" in script_src and "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    assert "frame-ancestors 'none'" in csp and r.headers["x-content-type-options"] == "nosniff"
    refs = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert refs
    for ref in refs:
        if ref.startswith("#"):
            continue
        assert ref.startswith("/"), ref  # nothing from another origin
        assert client.get(ref).status_code == 200, ref
    for vendored in ["/static/vendor/world-atlas/land-110m.json", "/static/vendor/leaflet/LICENSE",
                     "/static/vendor/vis-timeline/LICENSE.md", "/static/vendor/cytoscape/LICENSE"]:
        assert client.get(vendored).status_code == 200, vendored


def test_app_js_never_uses_innerhtml(client):
    js = client.get("/static/app.js").text
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js.replace("never through innerHTML", ""), sink


def test_api_errors_never_leak_a_traceback(client):
    r = client.get("/api/events", params={"since": "2024-02-30"})
    assert r.status_code == 400 and "Traceback" not in r.text and "sqlalchemy" not in r.text.lower()
