"""The rule engine: loading, macros, validation errors, longest-match selection."""
import datetime as dt
import shutil
from pathlib import Path

import pytest

from chronicle.time import tag_timexes
from chronicle.time.rules import RESOURCE_DIR, RuleError, load_ruleset
from chronicle.time.tagger import find_candidates, select


def _copy_resources(tmp_path: Path) -> Path:
    d = tmp_path / "res"
    shutil.copytree(RESOURCE_DIR, d)
    return d


def test_ruleset_loads_once_and_has_versions():
    rs = load_ruleset()
    assert rs is load_ruleset()  # cached per process
    assert len(rs.rules) > 50
    assert "dates:1" in rs.version
    names = [r.name for r in rs.rules]
    assert len(names) == len(set(names))


def test_macros_from_tables():
    rs = load_ruleset()
    assert "Sept" in rs.macros["Month"] and "(?-i:" in rs.macros["Month"]
    assert rs.lookup("month", "Sept.") == 9
    assert rs.lookup("number", "a couple of") == 2


def test_unknown_macro_is_reported(tmp_path):
    d = _copy_resources(tmp_path)
    (d / "zz_bad.yaml").write_text("version: 1\nrules:\n  - {name: bad, type: DATE, pattern: '{nosuchmacro}'}\n")
    with pytest.raises(RuleError, match="unknown macro"):
        load_ruleset(str(d))


def test_group_without_normalizer_is_reported(tmp_path):
    d = _copy_resources(tmp_path)
    (d / "zz_bad.yaml").write_text("version: 1\nrules:\n  - {name: bad2, type: DATE, pattern: '(?P<nogroup>x)'}\n")
    with pytest.raises(RuleError, match="nogroup"):
        load_ruleset(str(d))


def test_duplicate_rule_name_is_reported(tmp_path):
    d = _copy_resources(tmp_path)
    (d / "zz_bad.yaml").write_text("version: 1\nrules:\n  - {name: weekday, type: DATE, pattern: 'x'}\n")
    with pytest.raises(RuleError, match="unique name"):
        load_ruleset(str(d))


def test_adding_a_rule_is_a_yaml_line(tmp_path):
    d = _copy_resources(tmp_path)
    (d / "zz_new.yaml").write_text(
        "version: 1\nrules:\n"
        "  - {name: fortnight_ago, type: DATE, pattern: 'a\\s+fortnight\\s+back', set: {num: 2, unit: W, dir: -1}}\n"
    )
    rs = load_ruleset(str(d))
    got = tag_timexes("They met a fortnight back.", dt.date(2025, 3, 28), ruleset=rs)
    assert [(t.text, t.value) for t in got] == [("a fortnight back", "2025-W11")]


def test_longest_match_wins():
    text = "in June last year"
    chosen = select(find_candidates(text, load_ruleset()))
    assert [(text[s:e], r.name) for s, e, r, _ in chosen] == [("June last year", "month_relative_year")]


def test_blocker_rules_suppress_matches():
    assert tag_timexes("The March for Life drew crowds.", dt.date(2025, 3, 28)) == []
    assert [t.text for t in tag_timexes("Nobody came in March.", dt.date(2025, 3, 28))] == ["March"]


def test_requires_literal_must_be_in_the_pattern(tmp_path):
    d = _copy_resources(tmp_path)
    (d / "zz_bad.yaml").write_text(
        "version: 1\nrules:\n  - {name: bad3, type: DATE, pattern: 'the\\s+day', requires: century}\n")
    with pytest.raises(RuleError, match="requires"):
        load_ruleset(str(d))


def test_rule_with_requires_is_skipped_when_its_word_is_absent():
    rs = load_ruleset()
    rule = next(r for r in rs.rules if r.name == "century_words")
    assert rule.requires == ("century",)
    text = "the first century"
    assert [c[2].name for c in find_candidates(text, rs) if c[2].name == "century_words"] == ["century_words"]
    # the same words without "century": the regex of the rule is never run
    assert not [c for c in find_candidates("the first quarter", rs) if c[2].name == "century_words"]
