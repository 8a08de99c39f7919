"""A user-supplied actor dictionary: names and aliases with date-bounded roles.

YAML or CSV. YAML:

    - name: Sergey Lavrov
      aliases: [Sergei Lavrov]
      roles:
        - {country: RUS, sector: GOV, title: Foreign Minister, since: 2004-03-09}

CSV columns: ``name,aliases,country,sector,since,until`` (aliases ';'-separated, one row per role).
A person's role is chosen by the event's date: the role whose [since, until] contains it.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

import yaml

from chronicle.errors import ChronicleError


@dataclass(frozen=True)
class Role:
    country: Optional[str]
    sector: Optional[str]
    since: Optional[date] = None
    until: Optional[date] = None
    title: Optional[str] = None

    def holds_on(self, day: Optional[date]) -> bool:
        if day is None:
            return True
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


@dataclass
class DictionaryEntry:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


@dataclass(frozen=True)
class Resolved:
    name: str
    country: Optional[str]
    sector: Optional[str]


def _day(value) -> Optional[date]:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


class ActorDictionary:
    def __init__(self, entries: list[DictionaryEntry] | None = None):
        self.entries: list[DictionaryEntry] = []
        self._by_key: dict[str, DictionaryEntry] = {}
        for e in entries or []:
            self.add(e)

    def add(self, entry: DictionaryEntry) -> None:
        self.entries.append(entry)
        for key in [entry.name, *entry.aliases]:
            self._by_key[key.casefold()] = entry

    def lookup(self, name: str, on: Optional[date] = None) -> Optional[Resolved]:
        entry = self._by_key.get(name.casefold())
        if entry is None:
            return None
        roles = [r for r in entry.roles if r.holds_on(on)] or ([] if on else entry.roles)
        role = roles[-1] if roles else None
        return Resolved(entry.name, role.country if role else None, role.sector if role else None)

    @classmethod
    def load(cls, path: str | Path) -> "ActorDictionary":
        path = Path(path)
        try:
            if path.suffix.lower() == ".csv":
                return cls._load_csv(path)
            return cls._load_yaml(path)
        except (OSError, ValueError, yaml.YAMLError, KeyError) as err:
            raise ChronicleError(f"{path}: cannot read actor dictionary: {err}") from err

    @classmethod
    def _load_yaml(cls, path: Path) -> "ActorDictionary":
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        entries = []
        for n, item in enumerate(data, 1):
            if "name" not in item:
                raise ValueError(f"entry {n} has no name")
            roles = [
                Role(r.get("country"), r.get("sector"), _day(r.get("since")), _day(r.get("until")), r.get("title"))
                for r in item.get("roles", [])
            ]
            entries.append(DictionaryEntry(item["name"], list(item.get("aliases", [])), roles))
        return cls(entries)

    @classmethod
    def _load_csv(cls, path: Path) -> "ActorDictionary":
        by_name: dict[str, DictionaryEntry] = {}
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                name = row["name"].strip()
                entry = by_name.setdefault(name, DictionaryEntry(name))
                for alias in (row.get("aliases") or "").split(";"):
                    if alias.strip() and alias.strip() not in entry.aliases:
                        entry.aliases.append(alias.strip())
                entry.roles.append(Role(row.get("country") or None, row.get("sector") or None,
                                        _day(row.get("since")), _day(row.get("until"))))
        return cls(list(by_name.values()))
