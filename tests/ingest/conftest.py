"""Fixtures for the ingest tests: a tiny real corpus, a database URL per backend, and content
snapshots to compare databases. PostgreSQL runs when CHRONICLE_TEST_PG_URL is set (CI sets it;
a CI run without it fails instead of skipping)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("CHRONICLE_TEST_PG_URL")
# Six short MEANTIME Wikinews articles (CC BY) and the seed article: real text, quick to parse.
CORPUS_FILES = ["meantime/stock-251007.txt", "meantime/airbus-145930.txt", "meantime/gm-127226.txt",
                "meantime/stock-116834.txt", "meantime/airbus-3307.txt", "meantime/apple-199629.txt"]


def wipe_pg(url: str) -> None:
    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


def pg_url_or_skip() -> str:
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CHRONICLE_TEST_PG_URL must be set in CI (.ci/run starts PostgreSQL)")
        pytest.skip("CHRONICLE_TEST_PG_URL not set")
    wipe_pg(PG_URL)
    return PG_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'chronicle.db'}"
    return pg_url_or_skip()


@pytest.fixture
def corpus(tmp_path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for name in CORPUS_FILES:
        shutil.copy(ROOT / "examples" / name, d / Path(name).name)
    return d
