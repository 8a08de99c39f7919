"""GET /api/actors/{id}: ``canonical_id`` and ``roles`` over time, on three ingested articles about
an invented person (Defence Minister in 2022; former defence minister and Security Council
Secretary in 2025); and the roles are documented in the OpenAPI description."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from chronicle.api import create_app
from chronicle.model import Article

TEXTS = {
    "r1": ("2022-03-10", "Russian Defence Minister Pavel Arkhipov inspected troops near the border on Wednesday."),
    "r2": ("2025-01-21", "Russia's Security Council Secretary Pavel Arkhipov met Chinese Foreign Minister Li Wen "
                         "in Beijing on Tuesday. Arkhipov, the former defence minister, discussed security "
                         "cooperation with Li."),
    "r3": ("2025-04-02", "Russian Security Council Secretary Arkhipov arrived in Minsk on Wednesday."),
}


@pytest.fixture(scope="module")
def roles_client(tmp_path_factory):
    from datetime import date

    from chronicle.ingest import ingest
    from chronicle.store import Store

    path = tmp_path_factory.mktemp("api-roles") / "roles.db"
    arts = [Article(id=k, text=t).model_copy(update={"date": date.fromisoformat(d)}) for k, (d, t) in TEXTS.items()]
    with Store(path) as store:
        ingest(iter(arts), store)
    with TestClient(create_app(str(path))) as c:
        yield c


def test_actor_endpoint_has_roles_over_time(roles_client):
    items = roles_client.get("/api/actors", params={"q": "Arkhipov"}).json()["items"]
    ids = {a["name"]: a["id"] for a in items}
    assert {"Pavel Arkhipov", "Arkhipov"} <= set(ids)
    full = roles_client.get(f"/api/actors/{ids['Pavel Arkhipov']}").json()
    short = roles_client.get(f"/api/actors/{ids['Arkhipov']}").json()
    assert full["canonical_id"] == short["canonical_id"] == ids["Pavel Arkhipov"]
    assert full["roles"] == short["roles"]
    assert [(r["title"], r["first_seen"], r["last_seen"], r["ended_by"]) for r in full["roles"]] == [
        ("Defence Minister", "2022-03-10", "2022-03-10", "2025-01-21"),
        ("Security Council Secretary", "2025-01-21", "2025-04-02", None)]
    for r in full["roles"]:
        for e in r["evidence"]:
            assert TEXTS[e["article"]][1][e["start"]:e["end"]] == e["text"]
    li = roles_client.get("/api/actors", params={"q": "Li Wen"}).json()["items"][0]
    assert [r["title"] for r in roles_client.get(f"/api/actors/{li['id']}").json()["roles"]] == ["Foreign Minister"]


def test_roles_are_documented_in_openapi(roles_client):
    op = roles_client.get("/openapi.json").json()["paths"]["/api/actors/{actor_id}"]["get"]
    assert "roles" in op["description"] and "ended_by" in op["description"]


def test_article_actors_carry_their_roles(roles_client):
    arkhipov = roles_client.get("/api/actors", params={"q": "Pavel Arkhipov"}).json()["items"][0]
    ev = roles_client.get(f"/api/actors/{arkhipov['id']}").json()["roles"][1]["evidence"][0]
    art = roles_client.get(f"/api/articles/{ev['article_key']}").json()
    person = next(a for a in art["actors"] if a["name"] == "Pavel Arkhipov")
    assert [(r["title"], r["former"], r["mentions"][0]["text"]) for r in person["roles"]] == [
        ("Security Council Secretary", False, "Russia's Security Council Secretary"),
        ("Defence Minister", True, "former defence minister")]
    for a in art["actors"]:
        for r in a["roles"]:
            for s in r["mentions"]:
                assert art["text"][s["start"]:s["end"]] == s["text"]
