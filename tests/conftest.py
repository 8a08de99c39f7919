"""Fixtures shared across test folders."""
from __future__ import annotations

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
