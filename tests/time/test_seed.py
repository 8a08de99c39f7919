"""The user's seed article (fixture copy of /work/shared/seed/seed-article.txt), DCT 2025-03-28."""
import datetime as dt
from pathlib import Path

import pytest

from chronicle.nlp import get_nlp  # the pipeline's parser, loaded once per process
from chronicle.time import tag_timexes

SEED = (Path(__file__).parent / "fixtures" / "seed-article.txt").read_text(encoding="utf-8")
DCT = dt.date(2025, 3, 28)

MUST = [
    ("Thursday", "DATE", "2025-03-27", None),
    ("May 2015", "DATE", "2015-05", None),
    ("May 2020", "DATE", "2020-05", None),
    ("this year", "DATE", "2025", None),
    ("June last year", "DATE", "2024-06", None),
    ("Earlier this month", "DATE", "2025-03", "START"),
    ("Last week", "DATE", "2025-W12", None),
    ("last year", "DATE", "2024", None),
    ("more than a month", "DURATION", "P1M", "MORE_THAN"),
]


@pytest.fixture(scope="module")
def timexes():
    return tag_timexes(SEED, DCT)


@pytest.fixture(scope="module")
def parsed_timexes():
    pytest.importorskip("spacy")
    nlp = get_nlp()
    return tag_timexes(SEED, DCT, doc=nlp(SEED))


@pytest.mark.parametrize("text,ttype,value,mod", MUST)
@pytest.mark.parametrize("which", ["timexes", "parsed_timexes"])
def test_seed_timex(request, which, text, ttype, value, mod):
    got = [t for t in request.getfixturevalue(which) if t.text == text]
    assert got, f"{text!r} not found"
    assert (got[0].type, got[0].value, got[0].mod) == (ttype, value, mod)


@pytest.mark.parametrize("which", ["timexes", "parsed_timexes"])
def test_seed_may_9_both_mentions(request, which):
    got = [t for t in request.getfixturevalue(which) if t.text == "May 9"]
    assert [t.value for t in got] == ["2025-05-09", "2025-05-09"]


def test_june_last_year_is_one_timex(timexes):
    assert not [t for t in timexes if t.text in ("June", "last year") and "June last year" in SEED[t.start - 5:t.end + 10]]


def test_at_that_time_is_narrative(timexes):
    t = [t for t in timexes if t.text.lower().endswith("that time")]
    assert t and t[0].value == "2024-06" and t[0].anchor == "narrative"


def test_offsets_ids_intervals(timexes):
    assert [t.id for t in timexes] == [f"t{i + 1}" for i in range(len(timexes))]
    for t in timexes:
        assert SEED[t.start:t.end] == t.text
    last_week = next(t for t in timexes if t.text == "Last week")
    assert (last_week.interval_start, last_week.interval_end) == (dt.date(2025, 3, 17), dt.date(2025, 3, 23))
    assert last_week.anchor == "dct"
    may2015 = next(t for t in timexes if t.text == "May 2015")
    assert may2015.anchor is None
    dur = next(t for t in timexes if t.type == "DURATION")
    assert dur.interval_start is None and dur.anchor is None
