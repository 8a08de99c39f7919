"""Loading the temporal rules: normalization tables, pattern macros and rules, all YAML data
under ``chronicle/resources/time``. Compiled once per process (``load_ruleset`` is cached)."""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import yaml

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "time"
NORMALIZATION_FILE = "normalization.yaml"
PATTERNS_FILE = "patterns.yaml"
# word lists of chronicle.time.tense, no rules (read by tense.py itself)
TENSE_FILE = "tense.yaml"

TYPES = ("DATE", "TIME", "DURATION", "SET", "NONE")
RESOLVERS = ("calendar", "day_of_month", "duration", "literal", "narrative", "time")
_MACRO = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Whole-word boundaries put around every rule pattern.
_LEFT = r"(?<![\w$£€])"
_RIGHT = r"(?![\w])"


try:  # Python 3.11+
    import re._parser as _sre_parse
    import re._constants as _sre_c
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore
    import sre_constants as _sre_c  # type: ignore

_CATEGORY_CHARS = {
    _sre_c.CATEGORY_DIGIT: set(string.digits),
    _sre_c.CATEGORY_SPACE: set(" \t\n\r\f\v"),
}


def _first_chars(items, nullable_ok: bool = True):
    """Characters a match of the parsed sequence ``items`` can start with, and whether the
    sequence can match the empty string. None = any character (no prefilter possible)."""
    out: set[str] = set()
    for op, av in items:
        if op in (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT):
            continue  # zero width
        if op == _sre_c.LITERAL:
            out.add(chr(av))
            return out, False
        if op == _sre_c.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop == _sre_c.LITERAL:
                    chars.add(chr(iav))
                elif iop == _sre_c.RANGE:
                    if iav[1] - iav[0] > 300:
                        return None, False
                    chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
                elif iop == _sre_c.CATEGORY and iav in _CATEGORY_CHARS:
                    chars.update(_CATEGORY_CHARS[iav])
                else:
                    return None, False
            out |= chars
            return out, False
        if op == _sre_c.SUBPATTERN:
            sub, nullable = _first_chars(av[-1])
            if sub is None:
                return None, False
            out |= sub
            if not nullable:
                return out, False
            continue
        if op == _sre_c.BRANCH:
            any_null = False
            for branch in av[1]:
                sub, nullable = _first_chars(branch)
                if sub is None:
                    return None, False
                out |= sub
                any_null = any_null or nullable
            if not any_null:
                return out, False
            continue
        if op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, body = av
            sub, nullable = _first_chars(body)
            if sub is None:
                return None, False
            out |= sub
            if lo > 0 and not nullable:
                return out, False
            continue
        return None, False  # anything else: give up
    return out, True


def _prefilter(src: str) -> str:
    """A lookahead on the possible first characters of ``src`` (both cases), or ''."""
    try:
        chars, nullable = _first_chars(_sre_parse.parse(src, re.IGNORECASE))
    except Exception:  # pragma: no cover - exotic syntax: no prefilter
        return ""
    if chars is None or nullable or not chars:
        return ""
    allc: set[str] = set()
    for c in chars:
        allc.update({c, c.lower(), c.upper()})
    body = "".join(sorted(re.escape(c) for c in allc))
    return f"(?=[{body}])"


class RuleError(ValueError):
    """A rule file is malformed; the message names the file and rule."""


@dataclass
class Rule:
    name: str
    type: str
    pattern: str
    regex: re.Pattern
    resolve: str = "calendar"
    value: Optional[str] = None
    set: dict[str, Any] = field(default_factory=dict)
    mod: Optional[str] = None
    anchor: str = "dct"
    priority: int = 0
    # True, False, or "day": only a result of day granularity moves the narrative anchor
    updates_anchor: Any = True
    examples: list[dict] = field(default_factory=list)
    source: str = ""
    # literals (lower case) one of which every match contains: a text without any skips the rule
    requires: tuple = ()


@dataclass
class RuleSet:
    version: str
    tables: dict[str, dict[str, Any]]
    groups: dict[str, dict[str, Any]]
    macros: dict[str, str]
    rules: list[Rule]
    policy: dict[str, Any] = field(default_factory=dict)

    def lookup(self, table: str, surface: str) -> Any:
        return self.tables[table].get(norm_key(surface))


def norm_key(surface: str) -> str:
    """Lookup key of a surface form: lower case, single spaces, no periods or apostrophes."""
    s = surface.lower().replace(".", "").replace("’", "").replace("'", "")
    return " ".join(s.replace("-", " ").split())


def _surface_key(key: str) -> str:
    """A table key as its regex is built: like `norm_key`, but keeping apostrophes."""
    s = key.lower().replace(".", "").replace("’", "'")
    return " ".join(s.replace("-", " ").split())


def _key_regex(key: str, dotted: bool) -> str:
    # an apostrophe in a key ("new year's day") matches either apostrophe or none
    # and "st" (saint) may carry a period ("St. Patrick's Day")
    parts = [re.escape(p).replace("'", "['’]?") + (r"\.?" if p.lower() == "st" else "") for p in key.split(" ")]
    rx = r"[\s-]+".join(parts)
    if dotted:
        rx += r"\.?"
    return rx


def _is_abbreviation(key: str, keys: list[str]) -> bool:
    """"jan" (of "january"), "thurs", "hrs": short forms that may carry a period."""
    low = key.lower()
    if not low.isalpha():
        return False
    return any(k.lower() != low and k.lower().startswith(low) for k in keys) or (len(low) <= 4 and low.endswith("s") and low[:-1] in {k.lower() for k in keys})


_CONNECTIVES = {"to", "through", "of", "and", "the"}


def _table_macro(keys: list[str], dotted: bool, capitalized: bool) -> str:
    keys = sorted(keys, key=lambda k: (-len(k), k))
    abbrev = {k for k in keys if dotted and _is_abbreviation(k, keys)}
    if capitalized:
        forms: list[str] = []
        for k in keys:
            title = " ".join(w[:1].upper() + w[1:] for w in k.split(" "))
            # "April to June", "Fourth of July": connectives stay lower case in a capitalized name
            headline = " ".join(w if w in _CONNECTIVES else w[:1].upper() + w[1:] for w in k.split(" "))
            for f in (k[:1].upper() + k[1:], title, headline, k.upper()):
                if f not in forms:
                    forms.append(f)
        return "(?-i:" + "|".join(_key_regex(f, f.lower() in abbrev) for f in forms) + ")"
    return "(?:" + "|".join(_key_regex(k, k in abbrev) for k in keys) + ")"


def expand(pattern: str, macros: dict[str, str], where: str = "") -> str:
    for _ in range(10):
        def sub(m: re.Match) -> str:
            name = m.group(1)
            if name not in macros:
                raise RuleError(f"{where}: unknown macro {{{name}}}")
            return macros[name]

        new = _MACRO.sub(sub, pattern)
        if new == pattern:
            return new
        pattern = new
    raise RuleError(f"{where}: macros nest too deeply")


def _requires(value, where: str) -> tuple:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else list(value)
    if not items or not all(isinstance(v, str) and v for v in items):
        raise RuleError(f"{where}: `requires` must be a literal or a list of literals")
    return tuple(v.lower() for v in items)


def _load_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    if not isinstance(data, dict):
        raise RuleError(f"{path.name}: top level must be a mapping")
    return data


def _build(directory: Path) -> RuleSet:
    norm = _load_yaml(directory / NORMALIZATION_FILE)
    tables: dict[str, dict[str, Any]] = {}
    for tname, entries in (norm.get("tables") or {}).items():
        tables[tname] = {norm_key(str(k)): v for k, v in entries.items()}
    dotted = set(norm.get("abbreviations_take_period") or ())
    macros: dict[str, str] = {}
    for tname, entries in tables.items():
        # the regex keeps the apostrophes of the keys ("st patrick's day"), the lookup drops them
        keys = list(dict.fromkeys(_surface_key(str(k)) for k in (norm.get("tables") or {})[tname]))
        macros[tname] = _table_macro(keys, tname in dotted, capitalized=False)
        macros[tname[:1].upper() + tname[1:]] = _table_macro(keys, tname in dotted, capitalized=True)
    pats = _load_yaml(directory / PATTERNS_FILE)
    for mname, rx in (pats.get("macros") or {}).items():
        if mname in macros:
            raise RuleError(f"{PATTERNS_FILE}: macro {mname} clashes with a table name")
        macros[mname] = "(?:" + str(rx) + ")"
    rules: list[Rule] = []
    names: set[str] = set()
    versions = [str(norm.get("version", "1"))]
    for path in sorted(directory.glob("*.yaml")):
        if path.name in (NORMALIZATION_FILE, PATTERNS_FILE, TENSE_FILE):
            continue
        data = _load_yaml(path)
        versions.append(f"{path.stem}:{data.get('version', '1')}")
        for i, raw in enumerate(data.get("rules") or []):
            where = f"{path.name} rule #{i + 1} ({raw.get('name', '?')})"
            name = raw.get("name")
            if not name or name in names:
                raise RuleError(f"{where}: every rule needs a unique name")
            names.add(name)
            rtype = raw.get("type")
            if rtype not in TYPES:
                raise RuleError(f"{where}: type must be one of {TYPES}")
            resolve = raw.get("resolve", "literal" if "value" in raw else "calendar")
            if rtype != "NONE" and resolve not in RESOLVERS:
                raise RuleError(f"{where}: resolve must be one of {RESOLVERS}")
            src = expand(str(raw["pattern"]), macros, where)
            try:
                regex = re.compile(_prefilter(src) + _LEFT + "(?:" + src + ")" + _RIGHT, re.IGNORECASE)
            except re.error as exc:
                raise RuleError(f"{where}: bad pattern: {exc}") from exc
            requires = _requires(raw.get("requires"), where)
            if any(k not in str(raw["pattern"]).lower() for k in requires):
                raise RuleError(f"{where}: every `requires` literal must be written in the pattern")
            for g in regex.groupindex:
                if g not in norm.get("groups", {}):
                    raise RuleError(f"{where}: group {g!r} has no entry under `groups` in {NORMALIZATION_FILE}")
            rules.append(
                Rule(
                    name=name,
                    type=rtype,
                    pattern=str(raw["pattern"]),
                    regex=regex,
                    resolve=resolve,
                    value=None if raw.get("value") is None else str(raw["value"]),
                    set=dict(raw.get("set") or {}),
                    mod=raw.get("mod"),
                    anchor=raw.get("anchor", "dct"),
                    priority=int(raw.get("priority", 0)),
                    updates_anchor=(raw["updates_anchor"] if raw.get("updates_anchor") == "day"
                                    else bool(raw.get("updates_anchor", True))),
                    examples=list(raw.get("examples") or []),
                    source=path.name,
                    requires=requires,
                )
            )
    return RuleSet(
        version=" ".join(versions),
        tables=tables,
        groups=dict(norm.get("groups") or {}),
        macros=macros,
        rules=rules,
        policy=dict(norm.get("policy") or {}),
    )


@lru_cache(maxsize=4)
def load_ruleset(directory: Optional[str] = None) -> RuleSet:
    """All rules and tables from ``directory`` (default: the packaged resources), compiled once."""
    return _build(Path(directory) if directory else RESOURCE_DIR)
