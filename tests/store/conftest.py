"""Fixtures for the store tests: hand-built annotated articles and a store per backend.

SQLite always; PostgreSQL too when CHRONICLE_TEST_PG_URL is set (e.g.
``postgresql+psycopg://user@127.0.0.1:5432/chron_test``). The PG database is wiped
(``public`` schema dropped) before each test, so point it at a throwaway database.
"""
from __future__ import annotations

from datetime import date

import pytest

from chronicle.model import (
    Actor, AnnotatedArticle, Article, Attribution, EventDate, Location, Mention, RoleFiller, Sentence, Span,
    Timex,
)
from chronicle.store import Store



def article(date_: date | None = None, **kw) -> Article:
    """An Article with a date. Set after validation: in model.py the field name ``date``
    shadows the type ``date``, so ``Article(date=...)`` currently rejects any date."""
    return Article(**kw).model_copy(update={"date": date_})


def span(text: str, s: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return Span(text=s, start=i, end=i + len(s))


def filler(text: str, s: str, name=None, country=None, sector=None, actor_id=None) -> RoleFiller:
    sp = span(text, s)
    return RoleFiller(text=s, name=name, country=country, sector=sector, start=sp.start, end=sp.end, actor_id=actor_id)


def sentence_of(text: str, s: str) -> Sentence:
    i = text.index(s)
    start = text.rfind(". ", 0, i)
    start = 0 if start < 0 else start + 2
    end = text.find(".", i)
    return Sentence(start=start, end=end + 1)


def _a1() -> AnnotatedArticle:
    t = ("North Korea fired a missile toward Japan on Monday, the South Korean military said, "
         "citing Yonhap. Officials in Seoul condemned the launch.")
    return AnnotatedArticle(
        article=article(date(2024, 3, 5), id="a1", text=t, title="Missile launch", source="Reuters",
                        url="https://example.org/a1", origin="fixture.jsonl:1"),
        sentences=[sentence_of(t, "North Korea"), sentence_of(t, "Officials")],
        timexes=[Timex(id="t1", text="Monday", start=span(t, "Monday").start, end=span(t, "Monday").end,
                       type="DATE", value="2024-03-04", interval_start=date(2024, 3, 4),
                       interval_end=date(2024, 3, 4), anchor="dct")],
        actors=[
            Actor(id="x1", name="North Korea", country="PRK", kind="country", mentions=[span(t, "North Korea")]),
            Actor(id="x2", name="Japan", country="JPN", kind="country", mentions=[span(t, "Japan")]),
            Actor(id="x3", name="South Korean military", country="KOR", sector="MIL", kind="organization",
                  mentions=[span(t, "South Korean military")]),
            Actor(id="x4", name="South Korea", country="KOR", sector=None, kind="country",
                  mentions=[span(t, "Officials in Seoul")]),
        ],
        events=[
            Mention(id="e1", type="ASSAULT", mode="missile", plover="ASSAULT", cameo="195", status="occurred",
                    actor=[filler(t, "North Korea", "North Korea", "PRK", actor_id="x1")],
                    recipient=[filler(t, "Japan", "Japan", "JPN", actor_id="x2")],
                    date=EventDate(text="Monday", value="2024-03-04", start=date(2024, 3, 4), end=date(2024, 3, 4),
                                   source="text", timex_id="t1"),
                    location=Location(text="Japan", name="Japan", country="JPN", latitude=36.0, longitude=138.0),
                    attribution=Attribution(text="the South Korean military said", speaker="South Korean military",
                                            via=["Yonhap"]),
                    trigger=span(t, "fired"), sentence=sentence_of(t, "fired"), confidence=0.91234),
            Mention(id="e2", type="ACCUSE", status="occurred",
                    actor=[filler(t, "Officials in Seoul", "South Korea", "KOR", "GOV", actor_id="x4")],
                    recipient=[filler(t, "North Korea", "North Korea", "PRK", actor_id="x1")],
                    date=EventDate(start=date(2024, 3, 5), end=date(2024, 3, 5), source="article"),
                    trigger=span(t, "condemned"), sentence=sentence_of(t, "condemned"), confidence=0.7),
        ],
    )


def _a2() -> AnnotatedArticle:
    t = ("The United States and South Korea will hold joint drills next month. "
         "Pyongyang denied it had tested a missile last week.")
    return AnnotatedArticle(
        article=article(date(2024, 4, 10), id="a2", text=t, title="Drills", source="AP"),
        sentences=[sentence_of(t, "United"), sentence_of(t, "Pyongyang")],
        timexes=[
            Timex(id="t1", text="next month", start=span(t, "next month").start, end=span(t, "next month").end,
                  type="DATE", value="2024-05", interval_start=date(2024, 5, 1), interval_end=date(2024, 5, 31)),
            Timex(id="t2", text="last week", start=span(t, "last week").start, end=span(t, "last week").end,
                  type="DATE", value="2024-W14", interval_start=date(2024, 4, 1), interval_end=date(2024, 4, 7)),
        ],
        actors=[
            Actor(id="x1", name="United States", country="USA", kind="country", mentions=[span(t, "United States")]),
            Actor(id="x2", name="South Korea", country="KOR", sector="GOV", kind="country",
                  mentions=[span(t, "South Korea")]),
            Actor(id="x3", name="North Korea", country="PRK", kind="country", mentions=[span(t, "Pyongyang")]),
        ],
        events=[
            Mention(id="e1", type="MOBILIZE", mode="drills", plover="THREATEN", status="planned",
                    actor=[filler(t, "United States", "United States", "USA", actor_id="x1"),
                           filler(t, "South Korea", "South Korea", "KOR", actor_id="x2")],
                    date=EventDate(text="next month", value="2024-05", start=date(2024, 5, 1), end=date(2024, 5, 31),
                                   source="text", timex_id="t1"),
                    trigger=span(t, "hold"), sentence=sentence_of(t, "hold"), confidence=0.6),
            Mention(id="e2", type="ASSAULT", mode="missile", status="denied",
                    actor=[filler(t, "Pyongyang", "North Korea", "PRK", actor_id="x3")],
                    date=EventDate(text="last week", value="2024-W14", start=date(2024, 4, 1), end=date(2024, 4, 7),
                                   source="text", timex_id="t2"),
                    trigger=span(t, "tested"), sentence=sentence_of(t, "tested"), confidence=0.55),
        ],
    )


def _a3() -> AnnotatedArticle:
    t = "Japan protested to China over a coast guard incident, the ministry said."
    return AnnotatedArticle(
        article=article(date(2023, 12, 1), id="a3", text=t, title=None, source="BBC"),
        sentences=[Sentence(start=0, end=len(t))],
        actors=[
            Actor(id="x1", name="Japan", country="JPN", kind="country", mentions=[span(t, "Japan")]),
            Actor(id="x2", name="China", country="CHN", kind="country", mentions=[span(t, "China")]),
        ],
        events=[
            # Undated on purpose (no date found): must sort last and drop out of since/until.
            Mention(id="e1", type="ACCUSE", status="occurred",
                    actor=[filler(t, "Japan", "Japan", "JPN", actor_id="x1")],
                    recipient=[filler(t, "China", "China", "CHN")],  # no actor_id: linked by (name, country)
                    date=EventDate(source="article"),
                    attribution=Attribution(text="the ministry said", speaker=None, via=[]),
                    trigger=span(t, "protested"), sentence=Sentence(start=0, end=len(t)), confidence=0.8),
        ],
    )


@pytest.fixture
def a1() -> AnnotatedArticle:
    return _a1()


@pytest.fixture
def a2() -> AnnotatedArticle:
    return _a2()


@pytest.fixture
def a3() -> AnnotatedArticle:
    return _a3()


@pytest.fixture
def articles(a1, a2, a3) -> list[AnnotatedArticle]:
    return [a1, a2, a3]


@pytest.fixture
def store_url(backend_url) -> str:
    return backend_url


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    yield s
    s.close()


@pytest.fixture
def loaded(store, articles):
    stats = store.add_many(articles)
    assert (stats.stored, stats.duplicates) == (3, 0)
    return store
