"""Actor roles in the store (migration 0006): written with the article's actors, idempotent,
removed with the article, and read back over time for a canonical actor (all its identity rows).

Three hand-built articles about one invented person: "Defence Minister" in 2022, then "former
defence minister" and "Security Council Secretary" in 2025, the last under a one-word name that
the cross-document identity maps to the full one."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import delete, func, inspect, select

from chronicle.model import Actor, ActorRole, AnnotatedArticle, Article, Sentence, Span
from chronicle.store import Store
from chronicle.store import queries as Q
from chronicle.store import schema as S


def article(date_: date, **kw) -> Article:
    return Article(**kw).model_copy(update={"date": date_})  # as tests/store/conftest.py


def span(text: str, s: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return Span(text=s, start=i, end=i + len(s))


def _role(text: str, written: str, title: str, country="RUS", former=False, qualifier=None, nth=0) -> ActorRole:
    return ActorRole(title=title, text=written, country=country, sector="GOV", former=former,
                     qualifier=qualifier, mentions=[span(text, written, nth)])


def _r1() -> AnnotatedArticle:
    t = "Russian Defence Minister Pavel Arkhipov inspected troops on Wednesday."
    return AnnotatedArticle(
        article=article(date(2022, 3, 10), id="r1", text=t), sentences=[Sentence(start=0, end=len(t))],
        actors=[Actor(id="a1", name="Pavel Arkhipov", country="RUS", sector="GOV", kind="person",
                      mentions=[span(t, "Pavel Arkhipov")],
                      roles=[_role(t, "Russian Defence Minister", "Defence Minister")])])


def _r2() -> AnnotatedArticle:
    t = ("Russia's Security Council Secretary Pavel Arkhipov met officials in Beijing. "
         "Arkhipov, the former defence minister, spoke. The ex-defence minister left.")
    return AnnotatedArticle(
        article=article(date(2025, 1, 21), id="r2", text=t), sentences=[Sentence(start=0, end=len(t))],
        actors=[Actor(id="a1", name="Pavel Arkhipov", country="RUS", sector="GOV", kind="person",
                      mentions=[span(t, "Pavel Arkhipov"), span(t, "Arkhipov", 1)],
                      roles=[_role(t, "Russia's Security Council Secretary", "Security Council Secretary"),
                             ActorRole(title="Defence Minister", text="former defence minister", country="RUS",
                                       sector="GOV", former=True, qualifier="former",
                                       mentions=[span(t, "former defence minister"),
                                                 span(t, "ex-defence minister")])])])


def _r3() -> AnnotatedArticle:
    t = "Russian Security Council Secretary Arkhipov arrived in Minsk on Wednesday."
    return AnnotatedArticle(
        article=article(date(2025, 4, 2), id="r3", text=t), sentences=[Sentence(start=0, end=len(t))],
        actors=[Actor(id="a1", name="Arkhipov", country="RUS", sector="GOV", kind="person",
                      mentions=[span(t, "Arkhipov")],
                      roles=[_role(t, "Russian Security Council Secretary", "Security Council Secretary")]),
                Actor(id="a2", name="Belarus", country="BLR", kind="country", mentions=[span(t, "Minsk")])])


@pytest.fixture
def roles_store(store):
    assert store.add_many([_r1(), _r2(), _r3()]).stored == 3
    from chronicle.link.store_adapter import update_actor_identities

    with store._write() as conn:
        update_actor_identities(conn)
    return store


def _actor_id(store, name: str) -> int:
    with store._read() as conn:
        return conn.execute(select(S.actors.c.id).where(S.actors.c.name == name)).scalar_one()


def _count(store, table) -> int:
    with store._read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def test_roles_are_stored_with_their_spans(roles_store):
    r = S.actor_roles
    with roles_store._read() as conn:
        rows = conn.execute(select(r, S.articles.c.external_id, S.articles.c.text)
                            .join(S.articles, S.articles.c.id == r.c.article_id)
                            .order_by(r.c.article_id, r.c.position)).mappings().all()
    assert [(x["external_id"], x["title"], x["former"]) for x in rows] == [
        ("r1", "Defence Minister", False), ("r2", "Security Council Secretary", False),
        ("r2", "Defence Minister", True), ("r3", "Security Council Secretary", False)]
    former = rows[2]
    assert (former["text"], former["qualifier"], former["country"], former["sector"]) == \
        ("former defence minister", "former", "RUS", "GOV")
    spans = json.loads(former["spans"])
    assert [s["text"] for s in spans] == ["former defence minister", "ex-defence minister"]
    for x in rows:  # every span is evidence: the article text at its offsets
        for s in json.loads(x["spans"]):
            assert x["text_1"][s["start"]:s["end"]] == s["text"]
    # each row points at its article's actor link
    with roles_store._read() as conn:
        aa = S.article_actors
        linked = conn.execute(select(func.count()).select_from(r.join(
            aa, (aa.c.article_id == r.c.article_id) & (aa.c.local_id == r.c.local_id)
            & (aa.c.actor_id == r.c.actor_id)))).scalar()
    assert linked == 4


def test_reingest_writes_no_role_twice(roles_store):
    before = _count(roles_store, S.actor_roles)
    assert roles_store.add_many([_r1(), _r2(), _r3()]).stored == 0
    assert _count(roles_store, S.actor_roles) == before == 4


def test_deleting_an_article_removes_its_roles(roles_store):
    with roles_store._write() as conn:
        conn.execute(delete(S.articles).where(S.articles.c.external_id == "r2"))
    assert _count(roles_store, S.actor_roles) == 2
    roles = Q.actor_roles(roles_store, _actor_id(roles_store, "Pavel Arkhipov"))["roles"]
    assert [(r["title"], r["first_seen"], r["ended_by"]) for r in roles] == [
        ("Defence Minister", "2022-03-10", None), ("Security Council Secretary", "2025-04-02", None)]


def test_roles_over_time_of_a_canonical_actor(roles_store):
    full, short = _actor_id(roles_store, "Pavel Arkhipov"), _actor_id(roles_store, "Arkhipov")
    got = Q.actor_roles(roles_store, short)  # the one-word row reads as its canonical actor
    assert got["canonical_id"] == full and set(got["members"]) == {full, short}
    assert got == Q.actor_roles(roles_store, full)
    minister, secretary = got["roles"]
    assert minister["title"] == "Defence Minister"
    assert (minister["first_seen"], minister["last_seen"], minister["ended_by"]) == \
        ("2022-03-10", "2022-03-10", "2025-01-21")
    assert (minister["articles"], minister["country"], minister["sector"]) == (2, "RUS", "GOV")
    assert minister["qualifiers"] == ["former"]
    assert [(e["article"], e["text"], e["former"]) for e in minister["evidence"]] == [
        ("r1", "Russian Defence Minister", False), ("r2", "former defence minister", True),
        ("r2", "ex-defence minister", True)]
    assert secretary["title"] == "Security Council Secretary"
    assert (secretary["first_seen"], secretary["last_seen"], secretary["ended_by"], secretary["articles"]) == \
        ("2025-01-21", "2025-04-02", None, 2)
    assert [e["article"] for e in secretary["evidence"]] == ["r2", "r3"]
    # actor_detail carries the same roles and the canonical id
    detail = Q.actor_detail(roles_store, short)
    assert detail["canonical_id"] == full and detail["roles"] == got["roles"]
    # an actor with no stated title has no roles; an unknown id is None
    assert Q.actor_roles(roles_store, _actor_id(roles_store, "Belarus"))["roles"] == []
    assert Q.actor_roles(roles_store, 10 ** 6) is None


def test_a_role_known_only_as_former_comes_before_one_first_seen_the_same_day(store):
    assert store.add(_r2())
    roles = Q.actor_roles(store, _actor_id(store, "Pavel Arkhipov"))["roles"]
    assert [(r["title"], r["first_seen"], r["ended_by"]) for r in roles] == [
        ("Defence Minister", None, "2025-01-21"), ("Security Council Secretary", "2025-01-21", None)]


def test_a_database_from_before_0006_gains_actor_roles(tmp_path):
    import sqlite3

    db = tmp_path / "old.db"
    Store(str(db)).close()
    con = sqlite3.connect(db)  # what 0001-0005 built: no actor_roles table
    con.execute("DROP TABLE actor_roles")
    con.execute("DELETE FROM schema_migrations WHERE name = '0006_actor_roles'")
    con.commit()
    con.close()
    with Store(str(db)) as s:
        assert "actor_roles" in inspect(s.engine).get_table_names()
        assert "0006_actor_roles" in s.applied_migrations()
        assert s.add(_r1())
        assert _count(s, S.actor_roles) == 1


def test_check_finds_a_role_span_that_does_not_match_the_text(roles_store):
    from sqlalchemy import update

    from chronicle.store.check import check_store

    assert check_store(roles_store) == []
    r = S.actor_roles
    with roles_store._write() as conn:
        rid = conn.execute(select(r.c.id).order_by(r.c.id).limit(1)).scalar_one()
        conn.execute(update(r).where(r.c.id == rid).values(
            spans=json.dumps([{"text": "Russian Defence Minister", "start": 1, "end": 25}])))
    problems = check_store(roles_store)
    assert [(p.check, p.table, p.count, p.examples) for p in problems] == [("evidence", "actor_roles", 1, ["r1"])]
