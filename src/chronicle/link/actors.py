"""Actor identity across documents: one canonical actor per person or organisation.

Pure: :func:`resolve_identities` maps actor rows to canonical rows. Two rows are one actor when
they share a country and their names normalize alike ("Kim Jong-un" = "Kim Jong Un", "the
Revolutionary Guards" = "Revolutionary Guards"), or when a
one-word name ("Kim", "Rudenko") is a word of exactly one multi-word person name of that country.
Article-local resolution ("the North Korean leader" -> Kim Jong-un) is done by the actor stage
and arrives here as an alias of the named actor.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple, Optional

from chronicle.link.records import norm_name


class ActorRow(NamedTuple):
    id: int
    name: str
    country: Optional[str]
    kind: Optional[str]


def _name(name: Optional[str]) -> str:
    """The normalized name without a leading article: "the Revolutionary Guards" = "Revolutionary Guards"."""
    n = norm_name(name)
    return n[4:] if n.startswith("the ") and len(n) > 4 else n


def resolve_identities(rows: Iterable[ActorRow]) -> dict[int, int]:
    """{actor id: canonical actor id}; the canonical row of a group is its lowest id."""
    rows = sorted(rows, key=lambda r: r.id)
    by_key: dict[tuple, int] = {}
    out: dict[int, int] = {}
    for r in rows:
        key = (r.country or "", _name(r.name))
        out[r.id] = by_key.setdefault(key, r.id)
    # One-word person names -> the unique multi-word person of the same country containing the word.
    words: dict[tuple, set[int]] = {}
    for r in rows:
        n = _name(r.name).split()
        if r.kind == "person" and len(n) >= 2 and out[r.id] == r.id:
            for w in set(n):
                words.setdefault((r.country or "", w), set()).add(r.id)
    by_word: dict[str, set[int]] = {}
    by_full: dict[str, set[int]] = {}
    for (_, w), ids in words.items():
        by_word.setdefault(w, set()).update(ids)
    for r in rows:
        if r.country and out[r.id] == r.id:
            by_full.setdefault(_name(r.name), set()).add(r.id)
    redirect: dict[int, int] = {}  # one-word row -> its person; applied in one pass below
    for r in rows:
        n = _name(r.name).split()
        if r.country is None and len(n) >= 2 and out[r.id] == r.id:
            # no country known here, one actor of that name elsewhere: the same actor
            owners = by_full.get(" ".join(n), set())
            if len(owners) == 1:
                out[r.id] = next(iter(owners))
            continue
        if len(n) == 1 and r.kind in ("person", None) and out[r.id] == r.id:
            # "Putin" without a country: the one person of any country with that word in the name
            owners = words.get((r.country, n[0]), set()) if r.country else by_word.get(n[0], set())
            if len(owners) == 1:
                redirect[r.id] = next(iter(owners))
    # The one-word row and every row pointing at it follow it to its person (a person target is a
    # multi-word canonical row, never itself redirected, so one pass is enough).
    for r in rows:
        target = redirect.get(out[r.id])
        if target is not None:
            out[r.id] = target
    return out
