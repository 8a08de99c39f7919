"""Regression guard on the shipped multi-article news probes (benchmarks/data/news-probes): the
event dates and canonical events chronicle gets right there must not drop. The floors are the
counts measured when the probes were last worked on; a change that loses one fails here."""
from __future__ import annotations

import contextlib
import io
import re
import runpy
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronicle.cli.main import app

PROBES = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "news-probes"
# probe -> (dates right at least, link expectations met at least, unexpected realizes at most).
# Why each floor is where it is (first runs, rounds that raised it, unexpected links judged right): the
# "Floors history" section of benchmarks/data/news-probes/README.md; add a line there when a floor moves.
FLOORS = {"first": (39, 10, 0), "second": (71, 16, 0), "third": (44, 15, 0), "fourth": (63, 22, 2),
          "fifth": (67, 18, 0), "sixth": (66, 21, 0), "seventh": (68, 12, 1), "eighth": (53, 10, 0),
          "ninth": (74, 16, 0), "tenth": (69, 17, 0), "eleventh": (57, 12, 0), "twelfth": (86, 21, 1),
          "thirteenth": (74, 24, 2), "fourteenth": (87, 26, 1), "fifteenth": (77, 20, 0),
          "sixteenth": (58, 23, 1), "seventeenth": (69, 15, 0), "eighteenth": (61, 12, 2),
          "nineteenth": (73, 16, 0), "twentieth": (68, 18, 0), "twenty-first": (68, 11, 1),
          "twenty-second": (54, 17, 0), "twenty-third": (58, 12, 0), "twenty-fourth": (43, 15, 0),
          "twenty-fifth": (40, 22, 0), "twenty-sixth": (36, 27, 0), "twenty-seventh": (24, 18, 0),
          "twenty-eighth": (44, 29, 1), "twenty-ninth": (53, 28, 0), "thirtieth": (39, 37, 0),
          "thirty-first": (64, 53, 0), "thirty-second": (38, 39, 0), "thirty-third": (47, 38, 0),
          "thirty-fourth": (60, 45, 0), "thirty-fifth": (60, 34, 2)}


def _score(script: Path, db: str) -> str:
    """What a probe's scorer prints for DB, run in this process as `python SCRIPT DB` would run it
    (in process: a fresh interpreter per probe spent most of this file's time loading spaCy)."""
    out, argv, path = io.StringIO(), sys.argv, list(sys.path)
    sys.argv = [str(script), db]
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(str(script), run_name="__main__")
    finally:
        sys.argv, sys.path[:] = argv, path
    return out.getvalue()


@pytest.mark.parametrize("probe", sorted(FLOORS))
def test_probe_does_not_regress(probe, tmp_path):
    db = str(tmp_path / "probe.db")
    res = CliRunner().invoke(app, ["ingest", str(PROBES / probe / "corpus.jsonl"), "--db", db, "--quiet"])
    assert res.exit_code == 0, res.output
    dates = _score(PROBES / probe / "expected_dates.py", db)
    links = _score(PROBES / probe / "expected_links.py", db)
    right = int(re.search(r"(\d+) right, \d+ wrong", dates).group(1))
    met = int(re.search(r"(\d+) of \d+ expectations met", links).group(1))
    unexpected = int(re.search(r"realizes links not expected: (\d+)", links).group(1))
    min_right, min_met, max_unexpected = FLOORS[probe]
    assert right >= min_right, dates
    assert met >= min_met, links
    assert unexpected <= max_unexpected, links
