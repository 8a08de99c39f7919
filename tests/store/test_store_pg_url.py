"""`--db postgresql://...` selects psycopg 3 (the installed driver), not SQLAlchemy's psycopg2 default."""
from __future__ import annotations

import os

import pytest
from sqlalchemy.engine import make_url

from chronicle.store import Store, to_url


@pytest.mark.parametrize("given", ["postgresql://u:p@h:5433/db", "postgres://u:p@h:5433/db"])
def test_plain_postgresql_urls_use_psycopg3(given):
    url = make_url(to_url(given))
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.password, url.host, url.port, url.database) == ("u", "p", "h", 5433, "db")


def test_plain_url_opens_the_test_database():
    pg = os.environ.get("CHRONICLE_TEST_PG_URL")
    if not pg:
        pytest.skip("CHRONICLE_TEST_PG_URL not set")
    plain = pg.replace("postgresql+psycopg://", "postgresql://", 1)
    with Store(plain) as s:
        assert s.engine.dialect.driver == "psycopg"
        assert "0003_fulltext" in s.applied_migrations()
