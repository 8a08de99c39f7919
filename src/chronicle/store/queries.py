"""Read queries for the API and UI, built on the store's tables (SQLAlchemy Core, parameterized).

Functions take a :class:`chronicle.store.Store`. Everything here reads; nothing writes.

- :func:`events_page` — event mentions with filters and keyset (cursor) pagination.
- :func:`iter_flat_events` — the same filters, flat rows for CSV/JSONL/Parquet, streamed in pages.
- :func:`event_detail` — one mention with evidence spans, sources, its canonical event and that event's mentions.
- :func:`canonical_events` — the canonical events (``chronicle.link``) of the matching mentions, in date order.
- :func:`actors_page` / :func:`actor_detail` — canonical actors with aliases and event counts.
- :func:`actor_roles` — the roles (titles) of a canonical actor over time, with their evidence.
- :func:`article_detail` — an article's text with sentences, time expressions, actors and events.
- :func:`aggregate` — counts per month / type / status / dyad / country.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, Iterator, Optional

from sqlalchemy import and_, func, literal, or_, select, exists

from chronicle.store import schema as S
from chronicle.store.core import (
    _article_dict, _chunks, _date_dict, _event_dict, _event_select, _flat_dict, _load_roles, _overlap,
    _role_exists, _role_match, _sources,
)

STATUSES = ("occurred", "planned", "possible", "denied")
_FAR_FUTURE = date(9999, 12, 31)


class BadCursor(ValueError):
    """A pagination cursor that this server did not issue (or for another listing)."""


@dataclass
class EventFilters:
    """Filters for event listings; every value is bound as a parameter, never spliced into SQL."""

    party: Optional[str] = None       # country ISO3 or name fragment of a filler in any role
    with_: Optional[str] = None       # with ``party``: another filler of the same mention (a dyad, either way)
    actor: Optional[str] = None       # country ISO3, or a name fragment of an actor-role filler
    recipient: Optional[str] = None   # same, recipient role
    country: Optional[str] = None     # ISO3 of any party or of the location
    type: Optional[list[str]] = None  # PLOVER types (or strict PLOVER codes)
    status: Optional[list[str]] = None
    since: Optional[date] = None
    until: Optional[date] = None
    q: Optional[str] = None           # case-insensitive substring of the evidence sentence or trigger

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _filtered(f: EventFilters):
    m = S.mentions
    q = _event_select()
    if f.party:
        r1 = S.mention_roles.alias("f_party")
        if f.with_:
            r2 = S.mention_roles.alias("f_with")
            q = q.where(exists(
                select(literal(1)).select_from(r1.join(r2, and_(r2.c.mention_id == r1.c.mention_id, r2.c.id != r1.c.id)))
                .where(r1.c.mention_id == m.c.id, _role_match(r1, f.party), _role_match(r2, f.with_))))
        else:
            q = q.where(exists(select(literal(1)).where(r1.c.mention_id == m.c.id, _role_match(r1, f.party))))
    elif f.with_:
        r2 = S.mention_roles.alias("f_with")
        q = q.where(exists(select(literal(1)).where(r2.c.mention_id == m.c.id, _role_match(r2, f.with_))))
    if f.actor:
        q = q.where(_role_exists(f.actor, "actor"))
    if f.recipient:
        q = q.where(_role_exists(f.recipient, "recipient"))
    if f.country:
        r = S.mention_roles.alias("f_country")
        q = q.where(or_(m.c.location_country == f.country,
                        exists(select(literal(1)).where(r.c.mention_id == m.c.id, r.c.country == f.country))))
    if f.type:
        q = q.where(or_(m.c.type.in_(f.type), m.c.plover.in_(f.type)))
    if f.status:
        q = q.where(m.c.status.in_(f.status))
    if f.q:
        a = S.articles
        sentence = func.substr(a.c.text, m.c.sentence_start + 1, m.c.sentence_end - m.c.sentence_start)
        q = q.where(or_(sentence.icontains(f.q, autoescape=True), m.c.trigger_text.icontains(f.q, autoescape=True)))
    return _overlap(q, f.since, f.until)


def _sort_key():
    return func.coalesce(S.mentions.c.date_start, literal(_FAR_FUTURE))


def _encode_cursor(kind: str, values: list) -> str:
    raw = json.dumps([kind, *values], default=str, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(kind: str, cursor: str, n: int) -> list:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
    except Exception:  # noqa: BLE001 - any garbage is one kind of error for the caller
        raise BadCursor("cursor is not one this server issued") from None
    if not isinstance(data, list) or len(data) != n + 1 or data[0] != kind:
        raise BadCursor("cursor is not one this server issued")
    return data[1:]


def _event_keyset(q, cursor: Optional[str]):
    """Order (date_start, undated last; article; position), continue after the cursor's row."""
    m = S.mentions
    key = _sort_key()
    if cursor:
        d, aid, pos = _decode_cursor("events", cursor, 3)
        try:
            d = date.fromisoformat(d)
            aid, pos = int(aid), int(pos)
        except (TypeError, ValueError):
            raise BadCursor("cursor is not one this server issued") from None
        q = q.where(or_(key > d, and_(key == d, or_(m.c.article_id > aid,
                                                     and_(m.c.article_id == aid, m.c.position > pos)))))
    return q.add_columns(key.label("sort_key")).order_by(key, m.c.article_id, m.c.position)


def _with_keys(row, d: dict) -> dict:
    d["article"]["key"] = row["article_id"]
    return d


def _listed(r, roles: dict) -> dict:
    d = _with_keys(r, _event_dict(r, roles))
    d["sources"] = _sources(r)
    return d


def _page(store, filters: EventFilters, limit: int, cursor: Optional[str]):
    """One keyset page of matching mention rows: (rows, their roles, the next page's cursor)."""
    q = _event_keyset(_filtered(filters), cursor).limit(limit + 1)
    with store._read() as conn:
        rows = conn.execute(q).mappings().all()
        more = len(rows) > limit
        rows = rows[:limit]
        roles = _load_roles(conn, [r["id"] for r in rows])
    nxt = None
    if more and rows:
        last = rows[-1]
        nxt = _encode_cursor("events", [str(last["sort_key"])[:10], last["article_id"], last["position"]])
    return rows, roles, nxt


def events_page(store, filters: EventFilters, limit: int = 50, cursor: Optional[str] = None) -> dict:
    """``{"items": [...], "next_cursor": str | None}``; each item is ``Store.events``' dict plus
    ``article.key`` (the article's row id, for ``article_detail``)."""
    rows, roles, nxt = _page(store, filters, limit, cursor)
    return {"items": [_listed(r, roles.get(r["id"], {})) for r in rows], "next_cursor": nxt}


def iter_events(store, filters: EventFilters, page_size: int = 500) -> Iterator[dict]:
    """Every matching event (contract-shaped dicts), in listing order, read page by page."""
    cursor = None
    while True:
        page = events_page(store, filters, limit=page_size, cursor=cursor)
        yield from page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return


def iter_flat_events(store, filters: EventFilters, page_size: int = 500) -> Iterator[dict]:
    """Flat rows (the ``chronicle export`` columns) of matching events, in pages: constant memory."""
    cursor = None
    while True:
        rows, roles, cursor = _page(store, filters, page_size, cursor)
        for r in rows:
            yield _flat_dict(r, roles.get(r["id"], {}))
        if cursor is None:
            return


# --------------------------------------------------------------------------- one event


def _evidence(r, roles: dict, timex: Optional[dict]) -> list[dict]:
    """Character spans into the article text, each with what it is evidence of."""
    out = [{"kind": "trigger", "start": r["trigger_start"], "end": r["trigger_end"], "text": r["trigger_text"]}]
    for role in ("actor", "recipient"):
        for f in roles.get(role, []):
            out.append({"kind": role, "start": f["start"], "end": f["end"], "text": f["text"],
                        "label": f.get("name")})
    if timex is not None:
        out.append({"kind": "timex", "start": timex["start"], "end": timex["end"], "text": timex["text"],
                    "label": timex["value"]})
    if r["attribution_start"] is not None and r["attribution_end"] is not None:
        out.append({"kind": "attribution", "start": r["attribution_start"], "end": r["attribution_end"],
                    "text": r["attribution_text"], "label": r["attribution_speaker"]})
    if r["location_start"] is not None and r["location_end"] is not None:
        out.append({"kind": "location", "start": r["location_start"], "end": r["location_end"],
                    "text": r["location_text"], "label": r["location_name"]})
    return out


def _timex_of(conn, article_id: int, tid: Optional[str]) -> Optional[dict]:
    if not tid:
        return None
    t = S.timexes
    row = conn.execute(select(t.c.text, t.c.start, t.c.end, t.c.value)
                       .where(t.c.article_id == article_id, t.c.tid == tid)).mappings().first()
    return dict(row) if row else None


def _detail(conn, r, roles: dict) -> dict:
    d = _with_keys(r, _event_dict(r, roles))
    d["sources"] = _sources(r)
    d["evidence"] = _evidence(r, roles, _timex_of(conn, r["article_id"], r["date_timex_id"]))
    return d


def event_detail(store, event_id: str) -> Optional[dict]:
    """One event mention with its evidence spans and sources, and the canonical event it belongs
    to (``chronicle.link``; the linker's grouping, as in ``chronicle timeline``): ``event_id``,
    ``event`` (reconciled status, most precise date, counts, sources, ``realizes`` /
    ``realized_by`` links), ``mentions`` (every mention of that event, this one included, in
    reporting order), ``num_mentions``, ``num_articles`` and ``event_sources``.

    ``event_id`` is a mention id or a canonical event id (``ev-…``: its best mention is shown; the
    id of an event merged into another since names the one kept, ``event_aliases``).
    A mention not linked yet (an ingest between storing and linking) is its own event:
    ``event`` is null and ``mentions`` holds only itself."""
    m, ev, em = S.mentions, S.events, S.event_mentions
    with store._read() as conn:
        r = conn.execute(_event_select().where(m.c.id == event_id)).mappings().first()
        if r is None:
            e = conn.execute(select(ev).where(ev.c.id == event_id)).mappings().first()
            if e is None:  # an event merged into another since: its id names the one kept
                kept = conn.execute(select(S.event_aliases.c.event_id)
                                    .where(S.event_aliases.c.alias_id == event_id)).scalar()
                e = conn.execute(select(ev).where(ev.c.id == kept)).mappings().first() if kept else None
            if e is None:
                return None
            best = e["best_mention_id"] or conn.execute(
                select(em.c.mention_id).where(em.c.event_id == e["id"]).order_by(em.c.mention_id)).scalar()
            r = conn.execute(_event_select().where(m.c.id == best)).mappings().first()
            if r is None:
                return None
        mid = r["id"]
        roles = _load_roles(conn, [mid]).get(mid, {})
        detail = _detail(conn, r, roles)
        eid = conn.execute(select(em.c.event_id).where(em.c.mention_id == mid)).scalar()
        e = conn.execute(select(ev).where(ev.c.id == eid)).mappings().first() if eid else None
        if e is None:
            members, links = [r], {}
        else:
            members = _members(conn, [eid]).get(eid, [r])
            links = _links(conn, [eid])
    detail["mentions"] = [
        {"id": x["id"], "article": {**_article_dict(x), "key": x["article_id"]}, "date": _date_dict(x),
         "sentence_text": x["sentence_text"], "sources": _sources(x),
         "trigger": {"text": x["trigger_text"], "start": x["trigger_start"], "end": x["trigger_end"]}}
        for x in members
    ]
    if e is None:
        detail.update(event_id=None, event=None, num_mentions=1, num_articles=1, event_sources=detail["sources"])
        return detail
    canon = _canonical(e, r, links)
    detail["event_id"] = canon["event_id"]
    detail["event"] = {"id": canon.pop("event_id"), **canon}
    detail["num_mentions"] = e["num_mentions"]
    detail["num_articles"] = e["num_articles"]
    detail["event_sources"] = canon["sources"]
    return detail


# --------------------------------------------------------------------------- canonical events
# The events, their mentions and plan -> realization links are the linker's (chronicle.link,
# written at ingest by chronicle.link.store_adapter); these functions only read them.


def _members(conn, event_ids: list[str]) -> dict[str, list]:
    """Each event's mention rows (``_event_select`` columns), in reporting order."""
    m, a, em = S.mentions, S.articles, S.event_mentions
    out: dict[str, list] = {}
    for part in _chunks(event_ids):
        q = (_event_select().add_columns(em.c.event_id).join(em, em.c.mention_id == m.c.id)
             .where(em.c.event_id.in_(part))
             .order_by(a.c.date.is_(None), a.c.date, m.c.article_id, m.c.position))
        for row in conn.execute(q).mappings():
            out.setdefault(row["event_id"], []).append(row)
    return out


def _links(conn, event_ids: list[str]) -> dict[str, dict[str, list[str]]]:
    """``{event id: {"realizes": [...], "realized_by": [...]}}`` for these events."""
    el = S.event_links
    out: dict[str, dict[str, list[str]]] = {}
    for part in _chunks(event_ids):
        q = select(el.c.source_id, el.c.target_id).where(
            el.c.relation == "realizes", or_(el.c.source_id.in_(part), el.c.target_id.in_(part)))
        for src, tgt in conn.execute(q):
            out.setdefault(src, {}).setdefault("realizes", []).append(tgt)
            out.setdefault(tgt, {}).setdefault("realized_by", []).append(src)
    return out


def _canonical(e, best, links: dict) -> dict:
    """What a canonical event says about itself: reconciled status, most precise date, counts."""
    start = _d(e["date_start"])
    mine = links.get(e["id"], {})
    return {
        "event_id": e["id"], "status": e["status"],
        "date": {"text": best["date_text"] if _d(best["date_start"]) == start else None,
                 "value": e["date_value"], "start": start, "end": _d(e["date_end"]),
                 "source": "text" if e["date_text_dated"] else "article", "precision": e["precision"]},
        "num_mentions": e["num_mentions"], "num_articles": e["num_articles"], "num_sources": e["num_sources"],
        "first_reported": _d(e["first_reported"]), "last_reported": _d(e["last_reported"]),
        "sources": json.loads(e["sources"] or "[]"),
        "realizes": sorted(set(mine.get("realizes", []))), "realized_by": sorted(set(mine.get("realized_by", []))),
    }


def _event_overlap(q, since: Optional[date], until: Optional[date]):
    ev = S.events
    if since is not None:
        q = q.where(func.coalesce(ev.c.date_end, ev.c.date_start) >= since)
    if until is not None:
        q = q.where(func.coalesce(ev.c.date_start, ev.c.date_end) <= until)
    return q


def canonical_events(store, filters: EventFilters, max_mentions: Optional[int] = 5000,
                     with_mentions: bool = False) -> dict:
    """``{"entries": [...], "truncated": bool}``: the canonical events (``chronicle.link``) that
    have a mention matching ``filters``' party, actor, recipient, country, type and text filters,
    and whose own reconciled status and most precise date interval pass ``status`` and
    ``since``/``until``, each once, in the order of their own dates (undated last).

    ``status`` and ``since``/``until`` are the event's alone, not also its mentions': a plan
    reported once as "possible" is a planned event, a visit one report dates only by its own
    report date stays on the day another report names. The other filters pick an event by any
    of its mentions (``party``/``with_`` as :meth:`chronicle.store.Store.timeline` matches them).
    This is the one reading of canonical events: ``/api/timeline`` returns it and
    ``chronicle timeline`` (:func:`chronicle.link.store_adapter.canonical_timeline`) reshapes it.

    Each entry is its best mention's dict (as :func:`events_page` lists it; ``id`` is that
    mention's id) with the event's ``status`` and ``date`` in place of the mention's, plus
    ``event_id``, ``num_mentions``, ``num_articles``, ``num_sources``, ``first_reported``,
    ``last_reported``, ``sources`` (all the event's), ``realizes`` / ``realized_by`` (event ids)
    and ``mention_ids`` (the best mention first, then the others in reporting order); with
    ``with_mentions``, also ``mentions``: every member mention's dict, in reporting order.
    Entries stop before the event whose mentions would pass ``max_mentions`` (``truncated``;
    None: no limit). Mentions not linked yet (an ingest between storing and linking them) are
    not shown.
    """
    m, ev, em = S.mentions, S.events, S.event_mentions
    by_mention = replace(filters, status=None, since=None, until=None)
    matching = _filtered(by_mention).with_only_columns(m.c.id)
    q = select(ev).where(ev.c.id.in_(select(em.c.event_id).where(em.c.mention_id.in_(matching))))
    if filters.status:
        q = q.where(ev.c.status.in_(filters.status))
    q = _event_overlap(q, filters.since, filters.until)
    q = q.order_by(func.coalesce(ev.c.date_start, literal(_FAR_FUTURE)),
                   func.coalesce(ev.c.date_end, literal(_FAR_FUTURE)), ev.c.id)
    if max_mentions is not None:
        q = q.limit(max_mentions + 1)
    with store._read() as conn:
        evs, budget, truncated = [], 0, False
        for e in conn.execute(q).mappings():
            budget += e["num_mentions"]
            if max_mentions is not None and budget > max_mentions:
                truncated = True
                break
            evs.append(e)
        ids = [e["id"] for e in evs]
        members = _members(conn, ids)
        links = _links(conn, ids)
        bests = {}
        for e in evs:
            ms = members.get(e["id"])
            if ms:
                bests[e["id"]] = next((x for x in ms if x["id"] == e["best_mention_id"]), ms[0])
        shown = [x["id"] for ms in members.values() for x in ms] if with_mentions else \
            [b["id"] for b in bests.values()]
        roles = _load_roles(conn, shown)
    entries = []
    for e in evs:
        best = bests.get(e["id"])
        if best is None:
            continue
        entry = {**_listed(best, roles.get(best["id"], {})), **_canonical(e, best, links)}
        entry["mention_ids"] = [best["id"]] + [x["id"] for x in members[e["id"]] if x["id"] != best["id"]]
        if with_mentions:
            entry["mentions"] = [_listed(x, roles.get(x["id"], {})) for x in members[e["id"]]]
        entries.append(entry)
    return {"entries": entries, "truncated": truncated}


# --------------------------------------------------------------------------- actors


def _actor_counts():
    r = S.mention_roles
    return (select(r.c.actor_id.label("actor_id"), func.count(func.distinct(r.c.mention_id)).label("n"))
            .where(r.c.actor_id.is_not(None)).group_by(r.c.actor_id).subquery("counts"))


def _aliases(conn, ids: list[int]) -> dict[int, list[str]]:
    al = S.actor_aliases
    out: dict[int, list[str]] = {}
    if ids:
        for row in conn.execute(select(al.c.actor_id, al.c.alias).where(al.c.actor_id.in_(ids))
                                .order_by(al.c.actor_id, al.c.alias)):
            out.setdefault(row.actor_id, []).append(row.alias)
    return out


def actors_page(store, q: Optional[str] = None, country: Optional[str] = None, limit: int = 50,
                cursor: Optional[str] = None) -> dict:
    """Actors with aliases and event counts, most events first (then id)."""
    a, c = S.actors, _actor_counts()
    n = func.coalesce(c.c.n, 0)
    stmt = select(a.c.id, a.c.name, a.c.country, a.c.sector, a.c.kind, n.label("events")) \
        .select_from(a.outerjoin(c, c.c.actor_id == a.c.id))
    if q:
        al = S.actor_aliases
        stmt = stmt.where(or_(a.c.name.icontains(q, autoescape=True),
                              exists(select(literal(1)).where(al.c.actor_id == a.c.id,
                                                              al.c.alias.icontains(q, autoescape=True)))))
    if country:
        stmt = stmt.where(a.c.country == country)
    if cursor:
        last_n, last_id = _decode_cursor("actors", cursor, 2)
        if not isinstance(last_n, int) or not isinstance(last_id, int):
            raise BadCursor("cursor is not one this server issued")
        stmt = stmt.where(or_(n < last_n, and_(n == last_n, a.c.id > last_id)))
    stmt = stmt.order_by(n.desc(), a.c.id).limit(limit + 1)
    with store._read() as conn:
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
        more = len(rows) > limit
        rows = rows[:limit]
        aliases = _aliases(conn, [r["id"] for r in rows])
    for r in rows:
        r["aliases"] = aliases.get(r["id"], [])
    nxt = _encode_cursor("actors", [rows[-1]["events"], rows[-1]["id"]]) if more and rows else None
    return {"items": rows, "next_cursor": nxt}


def actor_detail(store, actor_id: int) -> Optional[dict]:
    a, c = S.actors, _actor_counts()
    stmt = select(a.c.id, a.c.name, a.c.country, a.c.sector, a.c.kind,
                  func.coalesce(c.c.n, 0).label("events")) \
        .select_from(a.outerjoin(c, c.c.actor_id == a.c.id)).where(a.c.id == actor_id)
    with store._read() as conn:
        row = conn.execute(stmt).mappings().first()
        if row is None:
            return None
        out = dict(row)
        out["aliases"] = _aliases(conn, [actor_id]).get(actor_id, [])
        aa = S.article_actors
        out["articles"] = conn.execute(select(func.count()).select_from(aa).where(aa.c.actor_id == actor_id)).scalar_one()
        out["canonical_id"], members = identity_members(conn, actor_id)
        out["roles"] = _roles_over_time(conn, members)
    return out


def identity_members(conn, actor_id: int) -> tuple[int, list[int]]:
    """(canonical id, every actors row that ``actor_identities`` maps to it) for an actors row;
    a row not mapped yet (linking pending) stands for itself."""
    ai = S.actor_identities
    canon = conn.execute(select(ai.c.canonical_id).where(ai.c.actor_id == actor_id)).scalar() or actor_id
    members = set(conn.execute(select(ai.c.actor_id).where(ai.c.canonical_id == canon)).scalars())
    return canon, sorted(members | {canon, actor_id})


def actor_roles(store, actor_id: int) -> Optional[dict]:
    """The roles of the canonical actor of ``actor_id`` over time: ``canonical_id``, ``members``
    (its actors rows) and ``roles`` (see :func:`_roles_over_time`); None for an unknown id."""
    with store._read() as conn:
        if conn.execute(select(S.actors.c.id).where(S.actors.c.id == actor_id)).first() is None:
            return None
        canon, members = identity_members(conn, actor_id)
        return {"canonical_id": canon, "members": members, "roles": _roles_over_time(conn, members)}


def _roles_over_time(conn, actor_ids: list[int]) -> list[dict]:
    """One entry per title (case-insensitive) the articles state for these actors rows, ordered by
    first attestation (a role known only as former first on the same date, being the older):
    ``title``, ``country``/``sector`` (the most stated), ``first_seen``/``last_seen`` (dates of
    the articles stating it as held), ``ended_by`` (the earliest article calling it former: it had
    ended by then), ``qualifiers`` (outgoing / acting / former as stated), ``articles`` (how
    many), ``evidence`` (article id, key and date, the title as written with its offsets)."""
    r, a = S.actor_roles, S.articles
    rows = []
    for part in _chunks(actor_ids):
        rows += conn.execute(
            select(r.c.title, r.c.country, r.c.sector, r.c.former, r.c.qualifier, r.c.spans, r.c.article_id,
                   r.c.position, a.c.external_id, a.c.date)
            .select_from(r.join(a, a.c.id == r.c.article_id)).where(r.c.actor_id.in_(part))).all()
    rows.sort(key=lambda x: (x.date is None, x.date or date.min, x.article_id, x.position))
    groups: dict[str, dict] = {}
    for x in rows:
        g = groups.setdefault(x.title.casefold(), {
            "title": x.title, "countries": {}, "sectors": {}, "first": x.date, "held": [], "former": [],
            "qualifiers": [], "articles": set(), "evidence": []})
        if x.country:
            g["countries"][x.country] = g["countries"].get(x.country, 0) + 1
        if x.sector:
            g["sectors"][x.sector] = g["sectors"].get(x.sector, 0) + 1
        if x.date is not None:
            g["former" if x.former else "held"].append(x.date)
        if x.qualifier and x.qualifier not in g["qualifiers"]:
            g["qualifiers"].append(x.qualifier)
        g["articles"].add(x.article_id)
        for sp in json.loads(x.spans or "[]"):
            g["evidence"].append({"article": x.external_id, "article_key": x.article_id, "date": _d(x.date),
                                  "text": sp["text"], "start": sp["start"], "end": sp["end"],
                                  "former": bool(x.former), "qualifier": x.qualifier})

    def most(counts: dict) -> Optional[str]:
        return max(sorted(counts), key=lambda k: counts[k]) if counts else None

    ordered = sorted(groups.values(), key=lambda g: (g["first"] is None, g["first"] or date.min, bool(g["held"]),
                                                      g["title"]))
    return [{
        "title": g["title"], "country": most(g["countries"]), "sector": most(g["sectors"]),
        "first_seen": _d(min(g["held"])) if g["held"] else None,
        "last_seen": _d(max(g["held"])) if g["held"] else None,
        "ended_by": _d(min(g["former"])) if g["former"] else None,
        "qualifiers": g["qualifiers"], "articles": len(g["articles"]), "evidence": g["evidence"],
    } for g in ordered]


def _events_of(conn, mention_ids: list[str]) -> dict[str, str]:
    """{mention id: its canonical event id}; a mention not linked yet stands for itself."""
    em = S.event_mentions
    out = {m: f"mention:{m}" for m in mention_ids}
    for part in _chunks(mention_ids):
        for mid, eid in conn.execute(select(em.c.mention_id, em.c.event_id).where(em.c.mention_id.in_(part))):
            out[mid] = eid
    return out


def network(store, filters: EventFilters, limit_nodes: int = 60) -> dict:
    """Actor network of the matching event mentions: nodes are actors (name + country), edges
    join an actor-role filler to a recipient-role filler. ``events`` counts distinct canonical
    events (``chronicle.link``: twenty reports of one meeting are one), ``mentions`` the reports."""
    node_info: dict[str, dict] = {}
    node_events: dict[str, set] = {}
    node_mentions: dict[str, int] = {}
    edge_events: dict[tuple[str, str], set] = {}
    edge_mentions: dict[tuple[str, str], int] = {}

    def key(f):
        return f"{f.get('name') or f['text']}|{f.get('country') or ''}"

    rows = list(iter_events(store, filters))
    with store._read() as conn:
        event_of = _events_of(conn, [e["id"] for e in rows])
    for e in rows:
        ev = event_of[e["id"]]
        for f in e["actor"] + e["recipient"]:
            k = key(f)
            node_info.setdefault(k, {"id": k, "name": f.get("name") or f["text"], "country": f.get("country")})
            node_events.setdefault(k, set()).add(ev)
            node_mentions[k] = node_mentions.get(k, 0) + 1
        for x in e["actor"]:
            for y in e["recipient"]:
                if key(x) != key(y):
                    edge = (key(x), key(y))
                    edge_events.setdefault(edge, set()).add(ev)
                    edge_mentions[edge] = edge_mentions.get(edge, 0) + 1
    nodes = [{**info, "events": len(node_events[k]), "mentions": node_mentions[k]} for k, info in node_info.items()]
    keep = {n["id"] for n in sorted(nodes, key=lambda n: (-n["events"], -n["mentions"], n["id"]))[:limit_nodes]}
    return {
        "nodes": [n for n in nodes if n["id"] in keep],
        "edges": [{"source": s, "target": t, "events": len(edge_events[(s, t)]), "mentions": edge_mentions[(s, t)]}
                  for (s, t) in sorted(edge_events) if s in keep and t in keep],
    }


def places(store, filters: EventFilters, per_place: int = 50) -> list[dict]:
    """Located event mentions grouped by place (name and coordinates), most mentioned first:
    ``count`` mentions, ``num_events`` distinct canonical events among them, ``events`` the
    first ``per_place`` mentions (id, type, status, date)."""
    rows = [e for e in iter_events(store, filters)
            if (e.get("location") or {}).get("latitude") is not None
            and (e.get("location") or {}).get("longitude") is not None]
    with store._read() as conn:
        event_of = _events_of(conn, [e["id"] for e in rows])
    out: dict[tuple, dict] = {}
    canonical: dict[tuple, set] = {}
    for e in rows:
        loc = e["location"]
        k = (loc.get("name"), loc["latitude"], loc["longitude"])
        p = out.setdefault(k, {"name": loc.get("name"), "country": loc.get("country"), "latitude": loc["latitude"],
                               "longitude": loc["longitude"], "count": 0, "events": []})
        if len(p["events"]) < per_place:
            p["events"].append({"id": e["id"], "type": e["type"], "status": e["status"],
                                "date": e["date"].get("value") or e["date"].get("start")})
        p["count"] += 1
        canonical.setdefault(k, set()).add(event_of[e["id"]])
    for k, p in out.items():
        p["num_events"] = len(canonical[k])
    return sorted(out.values(), key=lambda p: (-p["count"], p["name"] or ""))


# --------------------------------------------------------------------------- articles


def article_detail(store, key: int) -> Optional[dict]:
    """An article (by row id) with its text and every annotation, offsets into ``text``."""
    a, m = S.articles, S.mentions
    with store._read() as conn:
        row = conn.execute(select(a.c.id, a.c.external_id, a.c.date, a.c.title, a.c.url, a.c.source, a.c.text)
                           .where(a.c.id == key)).mappings().first()
        if row is None:
            return None
        s, t, aa, ac = S.sentences, S.timexes, S.article_actors, S.actors
        sentences = [dict(x) for x in conn.execute(
            select(s.c.start, s.c.end).where(s.c.article_id == key).order_by(s.c.position)).mappings()]
        timexes = [{**dict(x), "interval_start": _d(x["interval_start"]), "interval_end": _d(x["interval_end"])}
                   for x in conn.execute(
            select(t.c.tid.label("id"), t.c.text, t.c.start, t.c.end, t.c.type, t.c.value, t.c.mod,
                   t.c.interval_start, t.c.interval_end).where(t.c.article_id == key).order_by(t.c.position)).mappings()]
        actors = [{"id": x["local_id"], "actor_id": x["actor_id"], "name": x["name"], "country": x["country"],
                   "sector": x["sector"], "mentions": json.loads(x["spans"] or "[]")}
                  for x in conn.execute(
            select(aa.c.local_id, aa.c.actor_id, aa.c.spans, ac.c.name, ac.c.country, ac.c.sector)
            .select_from(aa.join(ac, ac.c.id == aa.c.actor_id)).where(aa.c.article_id == key)
            .order_by(aa.c.position)).mappings()]
        ar = S.actor_roles
        by_local: dict[str, list[dict]] = {}
        for x in conn.execute(select(ar.c.local_id, ar.c.title, ar.c.text, ar.c.country, ar.c.sector, ar.c.former,
                                     ar.c.qualifier, ar.c.spans)
                              .where(ar.c.article_id == key).order_by(ar.c.local_id, ar.c.position)).mappings():
            by_local.setdefault(x["local_id"], []).append(
                {"title": x["title"], "text": x["text"], "country": x["country"], "sector": x["sector"],
                 "former": bool(x["former"]), "qualifier": x["qualifier"], "mentions": json.loads(x["spans"])})
        for x in actors:
            x["roles"] = by_local.get(x["id"], [])  # as in the annotate contract
        rows = conn.execute(_event_select().where(m.c.article_id == key).order_by(m.c.position)).mappings().all()
        roles = _load_roles(conn, [r["id"] for r in rows])
        events = [_detail(conn, r, roles.get(r["id"], {})) for r in rows]
    return {"key": row["id"], "id": row["external_id"], "date": _d(row["date"]), "title": row["title"],
            "url": row["url"], "source": row["source"], "text": row["text"], "sentences": sentences,
            "timexes": timexes, "actors": actors, "events": events}


def _d(v: Any) -> Optional[str]:
    return v.isoformat() if hasattr(v, "isoformat") else v


# --------------------------------------------------------------------------- aggregates

AGGREGATES = ("month", "type", "status", "dyad", "country")


def aggregate(store, by: str, filters: EventFilters) -> list[dict]:
    """``[{"key": ..., "count": n, "events": k}]`` over the matching event mentions, largest
    first (months in order): ``count`` mentions, ``events`` the distinct canonical events among
    them (``chronicle.link``), so that a much-reported event does not weigh as many.

    ``dyad`` keys are ``"ACTOR_COUNTRY→RECIPIENT_COUNTRY"`` (``?`` where unknown); ``country``
    counts a mention once per distinct party country; ``month`` is the mention's own date.
    """
    if by not in AGGREGATES:
        raise ValueError(f"by must be one of {', '.join(AGGREGATES)}")
    sub = _filtered(filters).subquery("f")
    with store._read() as conn:
        if by in ("type", "status", "month"):
            col = sub.c[by] if by != "month" else sub.c.date_start
            found = conn.execute(select(sub.c.id, col)).all()
            event_of = _events_of(conn, [mid for mid, _ in found])
            keyed = []
            for mid, v in found:
                if by == "month":
                    v = _d(v)[:7] if v is not None else "undated"
                keyed.append((mid, [v]))
        else:
            r = S.mention_roles
            ids = select(sub.c.id)
            rows = conn.execute(select(r.c.mention_id, r.c.role, r.c.country).where(r.c.mention_id.in_(ids))
                                .order_by(r.c.mention_id, r.c.role, r.c.position)).all()
            all_ids = list(conn.execute(ids).scalars())
            event_of = _events_of(conn, all_ids)
            per: dict[str, dict[str, list]] = {i: {"actor": [], "recipient": []} for i in all_ids}
            for mid, role, country in rows:
                lst = per.setdefault(mid, {"actor": [], "recipient": []})[role]
                if country and country not in lst:
                    lst.append(country)
            keyed = []
            for mid, p in per.items():
                if by == "dyad":
                    keys = [f"{'+'.join(sorted(p['actor'])) or '?'}→{'+'.join(sorted(p['recipient'])) or '?'}"]
                else:
                    keys = sorted(set(p["actor"]) | set(p["recipient"]))
                keyed.append((mid, keys))
    counts: dict = {}
    events: dict = {}
    for mid, keys in keyed:
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
            events.setdefault(k, set()).add(event_of[mid])
    if by == "month":
        order = sorted(counts, key=lambda k: (k == "undated", k))
    else:
        order = sorted(counts, key=lambda k: (-counts[k], "" if k is None else str(k)))
    return [{"key": k, "count": counts[k], "events": len(events[k])} for k in order]


def facets(store) -> dict:
    """Values present in the store, for filter menus: types, statuses, party countries."""
    m, r = S.mentions, S.mention_roles
    with store._read() as conn:
        types = list(conn.execute(select(m.c.type).distinct().order_by(m.c.type)).scalars())
        statuses = list(conn.execute(select(m.c.status).distinct().order_by(m.c.status)).scalars())
        countries = list(conn.execute(select(r.c.country).where(r.c.country.is_not(None)).distinct()
                                      .order_by(r.c.country)).scalars())
    return {"types": types, "statuses": statuses, "countries": countries}
