"""GDELT- and ACLED-shaped exports of the canonical events (``chronicle.link``'s events table).

- :func:`gdelt_event_rows` — one GDELT 2.0 events row (61 cells) per canonical event.
- :func:`gdelt_mention_rows` — one GDELT 2.0 mentions row (16 cells) per mention of those events.
- :func:`acled_rows` — one ACLED-style row per canonical event ACLED would code.

Everything streams: events are read in keyset pages of ``page_size`` with their mentions, so
memory stays bounded whatever the store's size. The column lists, the CAMEO root -> QuadClass
table, the ISO -> CAMEO country differences and the ACLED mapping are data
(``resources/export/gdelt.yaml``, ``resources/export/acled.yaml``). A cell chronicle does not
know is None (written empty), never a made-up value.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timezone
from functools import lru_cache
from importlib import resources
from typing import Iterator, Optional
from urllib.parse import urlparse

import yaml
from sqlalchemy import and_, func, select

from chronicle.model import date_precision
from chronicle.store import schema as S
from chronicle.store.core import _chunks, _event_select, _load_roles
from chronicle.store.queries import _event_overlap, _filtered

# Reconciled statuses exported by default: what was reported as having happened. A planned or
# possible event has no GDELT column to say so, so it is left out unless asked for; a denied one
# never goes out (it did not happen).
OCCURRED = ("occurred",)
WITH_PLANNED = ("occurred", "planned", "possible")


@lru_cache(maxsize=None)
def _data(name: str) -> dict:
    text = resources.files("chronicle.resources").joinpath(f"export/{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def gdelt_event_columns() -> list[str]:
    return [c["name"] for c in _data("gdelt")["events_columns"]]


def gdelt_mention_columns() -> list[str]:
    return [c["name"] for c in _data("gdelt")["mentions_columns"]]


def acled_columns() -> list[str]:
    return list(_data("acled")["columns"])


# --------------------------------------------------------------------------- reading events


@dataclass
class _Event:
    row: dict               # the events table row
    members: list[dict]     # its mention rows, in reporting order (first report first)
    best: dict              # the best mention's row
    roles: dict[str, dict]  # mention id -> {"actor": [...], "recipient": [...]}


def _member_select():
    m, a, st = S.mentions, S.articles, S.sentences
    lead = func.substr(a.c.text, 1, m.c.sentence_start)
    return (_event_select()
            .add_columns(S.event_mentions.c.event_id, func.length(a.c.text).label("a_doc_len"),
                         a.c.ingested_at.label("a_ingested_at"), st.c.position.label("sentence_position"),
                         # a blank line before the sentence: it is past the lead paragraph
                         lead.contains("\n\n", autoescape=True).label("after_lead"))
            .join(S.event_mentions, S.event_mentions.c.mention_id == m.c.id)
            .outerjoin(st, and_(st.c.article_id == m.c.article_id, st.c.start == m.c.sentence_start)))


def iter_canonical(store, statuses=OCCURRED, filters=None, page_size: int = 200) -> Iterator[_Event]:
    """The canonical events with one of ``statuses``, by id, read ``page_size`` events at a time.
    ``filters`` (``queries.EventFilters``) pick events as ``queries.canonical_events`` does; a
    ``status`` filter, asked for explicitly, replaces ``statuses``."""
    ev, em, m, a = S.events, S.event_mentions, S.mentions, S.articles
    if filters is not None and filters.status:
        statuses = filters.status
    base = select(ev).where(ev.c.status.in_(list(statuses)))
    if filters is not None:
        by_mention = replace(filters, status=None, since=None, until=None)
        if any(getattr(by_mention, f.name) for f in fields(by_mention)):
            matching = _filtered(by_mention).with_only_columns(m.c.id)
            base = base.where(ev.c.id.in_(select(em.c.event_id).where(em.c.mention_id.in_(matching))))
        base = _event_overlap(base, filters.since, filters.until)
    last: Optional[str] = None
    while True:
        q = base.order_by(ev.c.id).limit(page_size)
        if last is not None:
            q = q.where(ev.c.id > last)
        with store._read() as conn:
            evs = [dict(r) for r in conn.execute(q).mappings()]
            members: dict[str, list[dict]] = {}
            for part in _chunks([e["id"] for e in evs]):
                mq = (_member_select().where(em.c.event_id.in_(part))
                      .order_by(a.c.date.is_(None), a.c.date, m.c.article_id, m.c.position))
                for r in conn.execute(mq).mappings():
                    members.setdefault(r["event_id"], []).append(dict(r))
            roles = _load_roles(conn, [x["id"] for ms in members.values() for x in ms])
        for e in evs:
            ms = members.get(e["id"])
            if not ms:  # not linked yet: nothing to report
                continue
            best = next((x for x in ms if x["id"] == e["best_mention_id"]), ms[0])
            yield _Event(e, ms, best, roles)
        if len(evs) < page_size:
            return
        last = evs[-1]["id"]


# --------------------------------------------------------------------------- cells


def global_event_id(event_id: str) -> Optional[int]:
    """'ev-0535d299f64e' -> 0x0535d299f64e: GDELT's ids are integers; this one is reversible."""
    try:
        return int(event_id.split("-", 1)[1], 16)
    except (IndexError, ValueError):
        return None


def _day(d) -> Optional[date]:
    if d is None:
        return None
    return d if isinstance(d, date) and not isinstance(d, datetime) else date.fromisoformat(str(d)[:10])


def _utc(t) -> Optional[datetime]:
    """A stored time (a datetime, or its ISO text on SQLite) in UTC; a naive one is UTC already
    (the store writes UTC)."""
    if t is None:
        return None
    if isinstance(t, str):
        t = datetime.fromisoformat(t)
    return t.replace(tzinfo=timezone.utc) if t.tzinfo is None else t.astimezone(timezone.utc)


def _stamp(t) -> Optional[str]:
    t = _utc(t)
    return None if t is None else t.strftime("%Y%m%d%H%M%S")


def _epoch(t) -> Optional[int]:
    t = _utc(t)
    return None if t is None else int(t.timestamp())


def cameo_country(iso3: Optional[str]) -> Optional[str]:
    if not iso3:
        return None
    return _data("gdelt")["cameo_countries"].get(iso3, iso3)


def quad_class(cameo: Optional[str]) -> Optional[int]:
    if not cameo or len(cameo) < 2:
        return None
    return _data("gdelt")["quad_class"].get(cameo[:2])


def _first(roles: dict, mention_id: str, role: str) -> Optional[dict]:
    fillers = roles.get(mention_id, {}).get(role, [])
    return fillers[0] if fillers else None


def _actor_cells(f: Optional[dict]) -> list:
    """Code, Name, CountryCode, KnownGroup, Ethnic, Religion1, Religion2, Type1, Type2, Type3."""
    if f is None:
        return [None] * 10
    country = cameo_country(f["country"])
    code = (country or "") + (f["sector"] or "")
    return [code or None, f["name"] or f["text"], country, None, None, None, None, f["sector"], None, None]


def _located(ev: _Event) -> Optional[dict]:
    """The event's place: its best mention's, else the first located report's."""
    for x in [ev.best, *ev.members]:
        if x["location_name"] or x["location_text"]:
            return x
    return None


def _added(ev: _Event):
    return min((x["a_ingested_at"] for x in ev.members if x["a_ingested_at"] is not None), default=None)


def gdelt_event_row(ev: _Event) -> list:
    e, best, first = ev.row, ev.best, ev.members[0]
    start = _day(e["date_start"])
    dated = [start.strftime("%Y%m%d"), start.strftime("%Y%m"), start.year,
             round(start.year + (start.month * 30 + start.day) / 365, 4)] if start else [None] * 4
    cameo = best["cameo"] or None
    codes = [cameo, cameo[:3] if cameo else None, cameo[:2] if cameo else None, quad_class(cameo)]
    place = _located(ev)
    geo = [None, place["location_name"] or place["location_text"], None, None, None,
           place["location_latitude"], place["location_longitude"], None] if place else [None] * 8
    row = [global_event_id(e["id"]), *dated,
           *_actor_cells(_first(ev.roles, best["id"], "actor")),
           *_actor_cells(_first(ev.roles, best["id"], "recipient")),
           0 if first["after_lead"] else 1, *codes, None,
           e["num_mentions"], e["num_sources"], e["num_articles"], None,
           *[None] * 16, *geo,
           _stamp(_added(ev)), first["a_url"] or first["a_external_id"]]
    return row


def _statuses(include_planned: bool) -> tuple:
    return WITH_PLANNED if include_planned else OCCURRED


def gdelt_event_rows(store, include_planned: bool = False, filters=None, page_size: int = 200) -> Iterator[list]:
    for ev in iter_canonical(store, _statuses(include_planned), filters, page_size):
        yield gdelt_event_row(ev)


def _host(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def gdelt_mention_rows(store, include_planned: bool = False, filters=None, page_size: int = 200) -> Iterator[list]:
    for ev in iter_canonical(store, _statuses(include_planned), filters, page_size):
        gid, added = global_event_id(ev.row["id"]), _stamp(_added(ev))
        for x in ev.members:
            actor, recipient = _first(ev.roles, x["id"], "actor"), _first(ev.roles, x["id"], "recipient")
            day = _day(x["a_date"])
            yield [gid, added, day.strftime("%Y%m%d000000") if day else None,
                   1 if x["a_url"] else 2, _host(x["a_url"]) or x["a_source"], x["a_url"] or x["a_external_id"],
                   x["sentence_position"] + 1 if x["sentence_position"] is not None else None,
                   actor["start"] if actor else None, recipient["start"] if recipient else None,
                   x["trigger_start"], 1, round(x["confidence"] * 100), x["a_doc_len"], None, None, None]


# --------------------------------------------------------------------------- ACLED


def acled_rule(type_: str, mode: Optional[str], cameo: Optional[str],
               recipient_sector: Optional[str]) -> Optional[dict]:
    """The first rule of ``acled.yaml`` that matches, or None (ACLED would not code it)."""
    for r in _data("acled")["rules"]:
        if r["type"] != type_:
            continue
        if "mode" in r and mode not in r["mode"]:
            continue
        if "cameo" in r and not any((cameo or "").startswith(p) for p in r["cameo"]):
            continue
        if "recipient_sector" in r and recipient_sector not in r["recipient_sector"]:
            continue
        return r
    return None


def acled_inter(sector: Optional[str]) -> Optional[int]:
    return _data("acled")["inter"].get(sector) if sector else None


def acled_time_precision(start, end) -> Optional[int]:
    s, e = _day(start), _day(end)
    p = date_precision(s, e)
    if p == "span" and (e - s).days < 7:  # a few days: ACLED's "about a week"
        p = "week"
    return _data("acled")["time_precision"].get(p) if p else None


def _names(fillers: list[dict]) -> list[str]:
    out: list[str] = []
    for f in fillers:
        n = f["name"] or f["text"]
        if n and n not in out:
            out.append(n)
    return out


def _country(iso3: Optional[str]) -> tuple[Optional[int], Optional[str]]:
    """ISO 3166 numeric code and name of an alpha-3 code (ACLED's iso and country)."""
    if not iso3:
        return None, None
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return None, None
    return int(c.numeric), c.name


def acled_row(ev: _Event) -> Optional[dict]:
    e, best = ev.row, ev.best
    start = _day(e["date_start"])
    if start is None:  # ACLED rows always carry a date
        return None
    mroles = ev.roles.get(best["id"], {})
    actors, recipients = mroles.get("actor", []), mroles.get("recipient", [])
    rule = acled_rule(e["type"], best["mode"], best["cameo"], recipients[0]["sector"] if recipients else None)
    if rule is None:
        return None
    a_names, r_names = _names(actors), _names(recipients)
    inter1 = acled_inter(actors[0]["sector"]) if actors else None
    if inter1 is None and actors and rule.get("actor1_inter"):
        inter1 = rule["actor1_inter"]
    inter2 = acled_inter(recipients[0]["sector"]) if recipients else None
    if inter1 is not None and inter2 is not None:
        interaction = min(inter1, inter2) * 10 + max(inter1, inter2)
    elif inter1 is not None and not recipients:
        interaction = inter1 * 10  # actor1 alone: ACLED's "sole" code (60 sole protesters)
    else:
        interaction = None  # a side whose kind is unknown
    place = _located(ev)
    iso, country = _country(place["location_country"]) if place else (None, None)
    lat = place["location_latitude"] if place else None
    sources = json.loads(e["sources"] or "[]")
    for x in ev.members:
        if x["a_source"] and x["a_source"] not in sources:
            sources.append(x["a_source"])
    return {
        "event_id_cnty": e["id"], "event_date": start.isoformat(), "year": start.year,
        "time_precision": acled_time_precision(e["date_start"], e["date_end"]),
        "disorder_type": rule["disorder_type"], "event_type": rule["event_type"],
        "sub_event_type": rule["sub_event_type"],
        "actor1": a_names[0] if a_names else None, "assoc_actor_1": "; ".join(a_names[1:]) or None,
        "inter1": inter1,
        "actor2": r_names[0] if r_names else None, "assoc_actor_2": "; ".join(r_names[1:]) or None,
        "inter2": inter2, "interaction": interaction,
        "civilian_targeting": "Civilian targeting"
        if rule["disorder_type"] == "Political violence" and inter2 == 7 else None,
        "iso": iso, "region": None, "country": country, "admin1": None, "admin2": None, "admin3": None,
        "location": (place["location_name"] or place["location_text"]) if place else None,
        "latitude": lat, "longitude": place["location_longitude"] if place else None,
        "geo_precision": 1 if lat is not None else None,
        "source": "; ".join(sources) or None, "source_scale": None,
        "notes": best["sentence_text"], "fatalities": None, "tags": None,
        "timestamp": _epoch(e["updated_at"]),
    }


def acled_rows(store, filters=None, page_size: int = 200) -> Iterator[dict]:
    for ev in iter_canonical(store, OCCURRED, filters, page_size):
        row = acled_row(ev)
        if row is not None:
            yield row


# --------------------------------------------------------------------------- writing

FORMATS = ("gdelt-events", "gdelt-mentions", "acled")


def _tsv_cell(v) -> str:
    # GDELT files are unquoted: a tab or line break inside a cell would split it
    if v is None:
        return ""
    return str(v).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def chunks(store, fmt: str, header: bool = False, include_planned: bool = False, filters=None,
           cell=lambda v: v, page_size: int = 200, batch: int = 200) -> Iterator[str]:
    """The export of ``fmt`` (one of :data:`FORMATS`) as text chunks of ``batch`` rows.
    gdelt-*: tab-separated, no header unless ``header``; acled: CSV with its header (ACLED's
    files have one). ``cell`` rewrites each text cell (the API defuses spreadsheet formulas)."""
    if fmt not in FORMATS:
        raise ValueError(f"{fmt!r}: use {', '.join(FORMATS)}")
    buf = io.StringIO()
    if fmt == "acled":
        cols = acled_columns()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        rows = ([r[c] for c in cols] for r in acled_rows(store, filters, page_size))
        emit = lambda r: writer.writerow([cell(v) for v in r])  # noqa: E731
    else:
        events = fmt == "gdelt-events"
        if header:
            buf.write("\t".join(gdelt_event_columns() if events else gdelt_mention_columns()) + "\n")
        rows = (gdelt_event_rows if events else gdelt_mention_rows)(store, include_planned, filters, page_size)
        emit = lambda r: buf.write("\t".join(_tsv_cell(cell(v)) for v in r) + "\n")  # noqa: E731
    n = 0
    for r in rows:
        emit(r)
        n += 1
        if n % batch == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()


def write(store, fmt: str, out, **kw) -> None:
    for chunk in chunks(store, fmt, **kw):
        out.write(chunk)
