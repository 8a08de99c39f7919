"""benchmarks/heideltime_accuracy.py maps HeidelTime's TimeML output back to the original text.

No HeidelTime here: the output strings are written the way HeidelTime 2.2.1 writes them (input
text unescaped and unchanged, one newline after <TimeML> and before </TimeML>)."""
import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _module():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("heideltime_accuracy", BENCH / "heideltime_accuracy.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(BENCH))


def _wrap(body: str) -> str:
    return f'<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n{body}\n</TimeML>\n'


def test_offsets_in_the_original_text():
    text = "\n\nAT&T said <x> on Monday,\n  that it will sell \"next week\" & more.\n"
    out = _wrap('\n\nAT&T said <x> on <TIMEX3 tid="t2" type="DATE" value="2001-02-26">Monday</TIMEX3>,\n'
                '  that it will sell "<TIMEX3 tid="t1" type="DATE" value="2001-W10">next week</TIMEX3>" & more.\n')
    got, info = _module().parse_heideltime(out, text)
    assert info == {"exact": True, "text_diff": 0}
    assert [(text[t["start"]:t["end"]], t["value"]) for t in got] == [("Monday", "2001-02-26"), ("next week", "2001-W10")]


def test_changed_text_is_aligned_and_reported():
    text = "Sales fell  on Monday."
    out = _wrap('Sales fell on <TIMEX3 tid="t1" type="DATE" value="2001-02-26">Monday</TIMEX3>.')  # a space lost
    got, info = _module().parse_heideltime(out, text)
    assert not info["exact"] and info["text_diff"] == 0
    assert [text[t["start"]:t["end"]] for t in got] == ["Monday"]
