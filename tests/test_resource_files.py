"""Every resource file reads as its author meant: YAML 1.1 reads a bare on / off / yes / no as a
boolean, so a preposition list [at, on, into] would hold True instead of "on", and a table key
`on: 1` would be True (both happened: an events trigger list and a time direction table)."""
from __future__ import annotations

from importlib import resources

import pytest
import yaml


def _yaml_files(node, prefix=""):
    for p in sorted(node.iterdir(), key=lambda p: p.name):
        if p.is_dir():
            yield from _yaml_files(p, f"{prefix}{p.name}/")
        elif p.name.endswith((".yaml", ".yml")):
            yield f"{prefix}{p.name}"


ROOT = resources.files("chronicle.resources")
FILES = list(_yaml_files(ROOT))


def _booleans(x, path=""):
    """Where a list item or a mapping key is a boolean (boolean values are fine: `enabled: true`)."""
    if isinstance(x, list):
        return [f"{path}[{i}]" for i, v in enumerate(x) if isinstance(v, bool)] + \
            [b for i, v in enumerate(x) for b in _booleans(v, f"{path}[{i}]")]
    if isinstance(x, dict):
        return [f"{path}.{k}" for k in x if isinstance(k, bool)] + \
            [b for k, v in x.items() for b in _booleans(v, f"{path}.{k}")]
    return []


def test_the_check_sees_a_bare_on():
    assert _booleans(yaml.safe_load("requires: {prep: [at, on]}\ndir: {on: 1}")) == [".requires.prep[1]", ".dir.True"]


def test_every_resource_directory_is_covered():
    assert {f.split("/")[0] for f in FILES if "/" in f} >= {"events", "time", "actors"}


@pytest.mark.parametrize("name", FILES)
def test_no_word_list_or_table_key_is_a_boolean(name):
    data = yaml.safe_load(ROOT.joinpath(name).read_text(encoding="utf-8"))
    assert not _booleans(data), f"{name}: quote on/off/yes/no: {_booleans(data)}"
