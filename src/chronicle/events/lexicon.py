"""Loads the event resource files once per process (triggers, status cues, PLOVER rules, attribution)."""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

# Weekday and month names, lower case ("monday", "march"): a word that names a day or a month, for
# the rules that ask whether a phrase names its day (events.dating) or whether a name is a date
# (events.detect).
_WEEKDAYS = frozenset(n.lower() for n in calendar.day_name)
_MONTHS = frozenset(n.lower() for n in calendar.month_name if n)
CALENDAR_NAMES = _WEEKDAYS | _MONTHS
_MONTH_WORDS = _MONTHS | {n.lower() for n in calendar.month_abbr if n} | {"sept"}  # (extract30) date_word


def date_word(doc, tok) -> bool:
    """(extract30) A word that names a day, no party: a weekday ("Tuesday: protesters marched"), or
    a month or its abbreviation next to a number ("Feb 12 -", "12 March:"); a month word alone may
    be a name ("May said", "April Ryan")."""
    word = tok.text.rstrip(".").lower()
    if word in _WEEKDAYS:
        return True
    if word not in _MONTH_WORDS:
        return False
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].like_num) or (tok.i > 0 and doc[tok.i - 1].like_num)

DEFAULT_ROLES = {
    "VERB": {"actor": ["nsubj", "agent"], "recipient": ["dobj", "dative"]},
    "NOUN": {"actor": ["poss", "prep:by"], "recipient": ["prep:to", "prep:with"]},
}


def load_resource(name: str):
    text = resources.files("chronicle.resources").joinpath("events").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def parties_file() -> dict:
    """resources/events/parties.yaml, parsed once for every stage that reads it (events.detect,
    actors.extract): a parse takes a fifth of a second."""
    return load_resource("parties.yaml")


@lru_cache(maxsize=1)
def _saying_file() -> dict:
    return load_resource("reporting.yaml")


@lru_cache(maxsize=None)
def verbs_of_saying(use: Optional[str] = None) -> frozenset[str]:
    """The verbs of saying (lemmas) of reporting.yaml, with the extras of ``use`` (a key of its
    ``extras``; a missing one raises KeyError)."""
    data = _saying_file()
    return frozenset(data["verbs"]) | frozenset(data["extras"][use] if use is not None else ())


@dataclass(frozen=True)
class TriggerRule:
    lemma: str
    pos: str  # VERB / NOUN
    type: str
    mode: Optional[str]
    cameo: Optional[str]
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    symmetric: bool = False
    requires: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class TriggerLexicon:
    by_key: dict  # (lemma, pos) -> list[TriggerRule] (alternatives in file order)
    examples: list

    def rules(self, lemma: str, pos: str) -> list[TriggerRule]:
        return self.by_key.get((lemma, pos), [])


@lru_cache(maxsize=1)
def triggers() -> TriggerLexicon:
    data = load_resource("triggers.yaml")
    by_key: dict = {}
    examples = []
    for entry in data["triggers"]:
        pos = entry["pos"]
        defaults = DEFAULT_ROLES[pos]
        for lemma in entry["lemmas"]:
            rule = TriggerRule(
                lemma=lemma, pos=pos, type=entry["type"], mode=entry.get("mode"), cameo=entry.get("cameo"),
                actor=tuple(entry.get("actor", defaults["actor"])),
                recipient=tuple(entry.get("recipient", defaults["recipient"])),
                symmetric=bool(entry.get("symmetric", False)),
                requires=dict(entry.get("requires", {})),
            )
            by_key.setdefault((lemma, pos), []).append(rule)
        examples.extend(entry.get("examples", []))
    return TriggerLexicon(by_key, examples)


@lru_cache(maxsize=1)
def status_cues() -> dict:
    return load_resource("status.yaml")


@lru_cache(maxsize=1)
def plover_rules() -> dict:
    return load_resource("plover_rules.yaml")


@lru_cache(maxsize=1)
def attribution_cues() -> dict:
    return load_resource("attribution.yaml")


def strict_plover(type_: str, status: str, cameo: Optional[str]) -> tuple[str, Optional[str]]:
    """The strict PLOVER code and CAMEO code, given the action type and its status."""
    rules = plover_rules()
    table = rules["future"] if status in ("planned", "possible") else rules.get(status, {})
    rule = table.get(type_) if isinstance(table, dict) else None
    if rule:
        return rule["plover"], rule.get("cameo", cameo)
    return type_, cameo
