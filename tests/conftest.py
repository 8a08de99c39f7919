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
