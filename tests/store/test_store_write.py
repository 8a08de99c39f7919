"""Adding articles: dedup, idempotence, transactions, canonical actors, runs and failures."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from chronicle.store import AddStats, core
from chronicle.store import schema as S


def table_counts(store) -> dict[str, int]:
    """Row count of every table except schema_migrations: 'nothing changed' means all equal."""
    with store.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                for t in S.metadata.sorted_tables if t.name != "schema_migrations"}


def test_add_stores_everything(store, a1):
    assert store.add(a1) is True
    assert store.has_article(a1.article.content_hash)
    c = table_counts(store)
    assert c["articles"] == 1 and c["mentions"] == 2 and c["timexes"] == 1 and c["sentences"] == 2
    assert c["mention_roles"] == 4 and c["actors"] == 4 and c["article_actors"] == 4
    assert store.counts() == {"articles": 1, "mentions": 2, "actors": 4, "timexes": 1, "failures": 0}


def test_has_article_false_for_unknown(store, a1):
    assert not store.has_article(a1.article.content_hash)
    assert not store.has_article("0" * 64)


def test_reingest_changes_nothing(store, articles, a1):
    assert store.add_many(articles) == AddStats(stored=3, duplicates=0)
    before = table_counts(store)
    assert store.add(a1) is False
    assert store.add_many(articles) == AddStats(stored=0, duplicates=3)
    assert table_counts(store) == before


def test_same_text_other_id_is_a_duplicate(store, a1):
    store.add(a1)
    again = a1.model_copy(deep=True)
    again.article.id = "renamed"
    assert store.add(again) is False
    assert store.counts()["articles"] == 1


def test_duplicates_within_one_batch(store, a1, a2):
    assert store.add_many([a1, a1.model_copy(deep=True), a2]) == AddStats(stored=2, duplicates=1)
    assert store.counts()["articles"] == 2


def test_add_many_accepts_a_generator_and_chunks(store, articles):
    stats = store.add_many((x for x in articles), chunk_size=2)
    assert stats == AddStats(3, 0)
    assert store.counts()["mentions"] == 5


def _boom(*args, **kwargs):
    raise RuntimeError("injected failure after the article rows were written")


def test_failure_mid_article_rolls_back_everything(store, a2, a1, monkeypatch):
    store.add(a2)
    before = table_counts(store)
    monkeypatch.setattr(core, "_insert_mentions", _boom)
    with pytest.raises(RuntimeError, match="injected"):
        store.add(a1)
    # Articles, new actors (Japan...), aliases, timexes written before the failure: all gone.
    assert table_counts(store) == before
    assert not store.has_article(a1.article.content_hash)
    monkeypatch.undo()
    assert store.add(a1) is True
    assert store.counts()["mentions"] == 4


def test_failure_in_second_chunk_keeps_first_and_reraises(store, articles, monkeypatch):
    real = core._insert_annotations
    bad_hash = articles[2].article.content_hash

    def fail_on_third(conn, items):
        real(conn, items)
        if any(x.article.content_hash == bad_hash for _, x in items):
            raise RuntimeError("injected")

    monkeypatch.setattr(core, "_insert_annotations", fail_on_third)
    with pytest.raises(RuntimeError):
        store.add_many(articles, chunk_size=2)
    c = table_counts(store)
    assert c["articles"] == 2 and c["mentions"] == 4
    assert not store.has_article(bad_hash)
    # a3 brought China, which must not linger.
    with store.engine.connect() as conn:
        assert conn.execute(select(S.actors.c.id).where(S.actors.c.name == "China")).first() is None


def test_failure_inside_a_chunk_rolls_back_the_whole_chunk(store, articles, monkeypatch):
    real = core._insert_annotations
    bad_hash = articles[1].article.content_hash

    def fail(conn, items):
        real(conn, items)
        if any(x.article.content_hash == bad_hash for _, x in items):
            raise RuntimeError("injected")

    monkeypatch.setattr(core, "_insert_annotations", fail)
    with pytest.raises(RuntimeError):
        store.add_many(articles, chunk_size=200)
    assert all(v == 0 for v in table_counts(store).values())


def test_canonical_actors_and_aliases(store, articles):
    store.add_many(articles)
    with store.engine.connect() as conn:
        actors = conn.execute(select(S.actors.c.name, S.actors.c.country, S.actors.c.sector)
                              .order_by(S.actors.c.name, S.actors.c.country)).all()
        prk = conn.execute(select(S.actors.c.id).where(S.actors.c.name == "North Korea")).scalar_one()
        aliases = set(conn.execute(select(S.actor_aliases.c.alias).where(S.actor_aliases.c.actor_id == prk)).scalars())
        china_roles = conn.execute(select(S.mention_roles.c.actor_id).where(S.mention_roles.c.name == "China")).all()
        china = conn.execute(select(S.actors.c.id).where(S.actors.c.name == "China")).scalar_one()
    assert [(n, c) for n, c, _ in actors] == [
        ("China", "CHN"), ("Japan", "JPN"), ("North Korea", "PRK"), ("South Korea", "KOR"),
        ("South Korean military", "KOR"), ("United States", "USA")]
    # South Korea came without a sector in a1 and with GOV in a2: the gap is filled.
    assert dict(((n, s) for n, _, s in actors))["South Korea"] == "GOV"
    assert aliases == {"North Korea", "Pyongyang"}
    # A filler without actor_id is linked through the article's actor with the same name and country.
    assert [r.actor_id for r in china_roles] == [china]


def test_actor_without_country_is_deduplicated(store, a1, a2):
    a1.actors[0].country = None
    a2.actors[2].country = None
    store.add_many([a1, a2])
    with store.engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(S.actors).where(S.actors.c.name == "North Korea")).scalar()
    assert n == 1


def test_runs_and_failures(store, a1, a2):
    run = store.start_run("chronicle ingest news.jsonl")
    assert isinstance(run, int)
    store.add_many([a1, a2], run_id=run)
    store.record_failure(run, "news.jsonl:3", "missing text", article_id="a9")
    store.record_failure(run, "news.jsonl:4", "bad date")
    store.finish_run(run, {"stored": 2, "failed": 2})
    assert store.counts()["failures"] == 2
    (r,) = store.runs()
    assert r["argv"] == "chronicle ingest news.jsonl" and r["finished_at"] is not None
    assert r["stats"] == {"stored": 2, "failed": 2}
    f = store.failures(run)
    assert [(x["origin"], x["article_id"], x["reason"]) for x in f] == [
        ("news.jsonl:3", "a9", "missing text"), ("news.jsonl:4", None, "bad date")]
    with store.engine.connect() as conn:
        assert set(conn.execute(select(S.articles.c.run_id)).scalars()) == {run}
        assert json.loads(conn.execute(select(S.ingest_runs.c.stats)).scalar()) == {"failed": 2, "stored": 2}


def test_article_fields_round_trip(store, a1):
    store.add(a1)
    with store.engine.connect() as conn:
        row = conn.execute(select(S.articles)).mappings().one()
    a = a1.article
    assert (row["external_id"], row["date"], row["title"], row["url"], row["source"], row["text"], row["origin"]) == (
        a.id, a.date, a.title, a.url, a.source, a.text, a.origin)
    assert row["content_hash"] == a.content_hash


def test_integrity_error_rolls_back_and_reraises(store, a1, a2):
    from sqlalchemy.exc import IntegrityError

    a1.events[1].id = a1.events[0].id  # a pipeline bug: two mentions with one id
    with pytest.raises(IntegrityError):
        store.add_many([a2, a1])
    assert all(v == 0 for v in table_counts(store).values())


def test_two_stores_on_one_database(store_url, a1, a2):
    from chronicle.store import Store

    with Store(store_url) as s1, Store(store_url) as s2:
        assert s1.add(a1)
        assert not s2.add(a1)
        assert s2.add(a2)
        assert s1.counts()["articles"] == 2
