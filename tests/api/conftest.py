"""Fixtures for the API tests: the demo database (examples/ ingested once per session) and clients."""
from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message="Using `httpx`")
from fastapi.testclient import TestClient  # noqa: E402

from chronicle.api import create_app  # noqa: E402

TOKEN = "test-write-token-123"


@pytest.fixture
def demo_copy(demo_db, tmp_path) -> Path:
    """A private copy of the demo database, for tests that write."""
    p = tmp_path / "demo.db"
    shutil.copy(demo_db, p)
    return p


@pytest.fixture(scope="session")
def client(demo_db):
    """Read-only server on the demo database."""
    with TestClient(create_app(str(demo_db))) as c:
        yield c


@pytest.fixture
def writer(demo_copy):
    """A server with a write token, on a private copy of the demo database."""
    with TestClient(create_app(str(demo_copy), write_token=TOKEN, max_body=64 * 1024)) as c:
        yield c


@pytest.fixture
def role_reads(monkeypatch):
    """Spies on a module's `_load_roles`, the one read per page of an export: ``role_reads(module)``
    returns the list that gets the number of event ids of each read, in order."""
    def install(module) -> list[int]:
        reads: list[int] = []
        real = module._load_roles

        def spy(conn, ids):
            reads.append(len(ids))
            return real(conn, ids)

        monkeypatch.setattr(module, "_load_roles", spy)
        return reads
    return install
