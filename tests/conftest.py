"""Fixtures shared across test folders."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def build_demo_db(base: Path) -> Path:
    """examples/ ingested into base/serve-demo.db, once per session (the API and browser tests)."""
    path = base / "serve-demo.db"
    if not path.exists():
        from chronicle.ingest import ingest
        from chronicle.readers import read_inputs
        from chronicle.store import Store

        tmp = base / "serve-demo.building.db"
        with Store(tmp) as store:
            ingest(read_inputs([str(ROOT / "examples")]), store)
        tmp.rename(path)
    return path


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    return build_demo_db(tmp_path_factory.getbasetemp())


@pytest.fixture
def fail_stage(monkeypatch):
    """``fail_stage(name, error)``: the pipeline stage ``name`` raises ``error`` on the article
    with id "bad" (or those ``when(article)`` picks) and runs as usual on every other one."""
    from chronicle import pipeline

    def install(name: str, error: BaseException, when=lambda article: article.id == "bad") -> None:
        pipeline._load_stages()
        real = pipeline._STAGES[name]

        def failing(state):
            if when(state.article):
                raise error
            return real(state)

        monkeypatch.setitem(pipeline._STAGES, name, failing)

    return install


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request, tmp_path) -> str:
    """A database URL per backend: a fresh SQLite file, and PostgreSQL when CHRONICLE_TEST_PG_URL
    is set (its ``public`` schema is dropped first, so point it at a throwaway database). CI sets
    it: a CI run without it fails instead of skipping."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'chronicle.db'}"
    url = os.environ.get("CHRONICLE_TEST_PG_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CHRONICLE_TEST_PG_URL must be set in CI (.ci/run starts PostgreSQL)")
        pytest.skip("CHRONICLE_TEST_PG_URL not set")
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()
    return url
