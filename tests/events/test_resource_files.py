"""The event resource files read as their authors meant: YAML 1.1 reads a bare on / off / yes / no
as a boolean, so a preposition list [at, on, into] would hold True instead of "on"."""
from __future__ import annotations

from importlib import resources

import pytest
import yaml

FILES = sorted(p.name for p in resources.files("chronicle.resources").joinpath("events").iterdir()
               if p.name.endswith(".yaml"))


def _booleans(x, path=""):
    if isinstance(x, list):
        return [f"{path}[{i}]" for i, v in enumerate(x) if isinstance(v, bool)] + \
            [b for i, v in enumerate(x) for b in _booleans(v, f"{path}[{i}]")]
    if isinstance(x, dict):
        return [f"{path}.{k}" for k in x if isinstance(k, bool)] + \
            [b for k, v in x.items() for b in _booleans(v, f"{path}.{k}")]
    return []


@pytest.mark.parametrize("name", FILES)
def test_no_word_list_holds_a_boolean(name):
    data = yaml.safe_load(resources.files("chronicle.resources").joinpath("events", name).read_text(encoding="utf-8"))
    assert not _booleans(data), f"{name}: quote on/off/yes/no: {_booleans(data)}"


def test_fired_on_is_an_assault():
    from datetime import date

    from chronicle.model import Article
    from chronicle.pipeline import annotate

    text = "The ministry said Azerbaijani troops had also fired on an Armenian border post late on Saturday."
    events = annotate(Article(id="t", date=date(2025, 5, 12), text=text)).events
    assert any(e.type == "ASSAULT" and e.trigger.text == "fired" and e.recipient[0].country == "ARM" for e in events)
