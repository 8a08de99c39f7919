"""Fixtures for the ingest tests: a tiny real corpus, a database URL per backend, and content
snapshots to compare databases. PostgreSQL runs when CHRONICLE_TEST_PG_URL is set (CI sets it;
a CI run without it fails instead of skipping)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Six short MEANTIME Wikinews articles (CC BY): real text, quick to parse.
CORPUS_FILES = ["meantime/stock-251007.txt", "meantime/airbus-145930.txt", "meantime/gm-127226.txt",
                "meantime/stock-116834.txt", "meantime/airbus-3307.txt", "meantime/apple-199629.txt"]


@pytest.fixture
def db_url(backend_url) -> str:
    return backend_url


@pytest.fixture
def corpus(tmp_path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for name in CORPUS_FILES:
        shutil.copy(ROOT / "examples" / name, d / Path(name).name)
    return d
