"""benchmarks/_timex_errors.py and benchmarks/timex_guard.py: the tools a tagger pass is checked with.

Tiny gold and system folders written here: each kind of difference must be listed under its own
label, and only changed files counted as changed."""
import datetime as dt
import importlib.util
from pathlib import Path

from chronicle.time.timeml import write_timeml

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
TEXT = "Talks opened on Monday and will run for two weeks until next month, officials said last year."


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _timex(phrase: str, type_: str, value: str) -> dict:
    start = TEXT.index(phrase)
    return {"start": start, "end": start + len(phrase), "type": type_, "value": value}


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    dct = dt.date(2013, 3, 6)
    gold = [_timex("Monday", "DATE", "2013-03-04"), _timex("two weeks", "DURATION", "P2W"),
            _timex("next month", "DATE", "2013-04")]
    system = [_timex("Monday", "DATE", "2013-03-11"),          # another value
              _timex("two weeks until", "DURATION", "P2W"),   # same value, longer span
              _timex("last year", "DATE", "2012")]            # nothing in the gold; "next month" missed
    write_timeml(tmp_path / "gold" / "a.tml", "a", dct, TEXT, gold)
    write_timeml(tmp_path / "sys" / "a.tml", "a", dct, TEXT, system)
    return tmp_path / "gold", tmp_path / "sys"


def test_each_kind_of_difference_is_listed_under_its_label(tmp_path):
    gold, system = _folders(tmp_path)
    lines = list(_load("_timex_errors").differences(str(gold), str(system), "all"))
    kinds = sorted(line.split()[0] for line in lines)
    assert kinds == ["EXTRA", "MISS", "SPAN", "VAL"]
    assert any(line.startswith("VAL") and "2013-03-04" in line and "2013-03-11" in line for line in lines)
    assert any(line.startswith("MISS") and "[next month]" in line for line in lines)
    assert any(line.startswith("EXTRA") and "[last year]" in line for line in lines)


def test_modes_filter_the_kinds(tmp_path):
    gold, system = _folders(tmp_path)
    errors = _load("_timex_errors")
    assert [line.split()[0] for line in errors.differences(str(gold), str(system), "value")] == ["VAL"]
    assert sorted(line.split()[0] for line in errors.differences(str(gold), str(system), "span")) == \
        ["EXTRA", "MISS", "SPAN"]
    assert list(errors.differences(str(gold), str(gold), "all")) == []


def test_changed_files_are_counted(tmp_path):
    gold, system = _folders(tmp_path)
    guard = _load("timex_guard")
    assert guard.differing_files(gold, gold) == 0
    assert guard.differing_files(gold, system) == 1
    write_timeml(system / "b.tml", "b", dt.date(2013, 3, 6), TEXT, [])  # a file only one side has
    assert guard.differing_files(gold, system) == 2
