"""The linker against the store: link what is not linked yet, keep aggregates, read timelines.

:func:`link_pending` runs after every stored chunk at ingest (``chronicle.ingest``) and before a
timeline is read (so databases made before ``0002_events`` catch up). It only reads the events of
the blocks the new mentions fall in, so an ingest costs in proportion to what it adds.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, Optional

from sqlalchemy import Connection, and_, case, exists, func, insert, literal, or_, select, update

from chronicle.actors.gazetteer import Gazetteer
from chronicle.link.actors import ActorRow, resolve_identities
from chronicle.link.linker import MONTH_DAYS, _absorb, _month_wide, link
from chronicle.link.records import (
    JOINT_TYPES, PLAN_HORIZON, REPORT_LAG, EventState, MentionRecord, actor_key, agent_relatives, block_parties,
    counted_after, counted_group, event_id_for, loose_key, norm_name, ordinal_before, other_group, party_words,
    recipient_relatives, same_group, sibling_block,
)
from chronicle.model import date_precision
from chronicle.store import schema as S
from chronicle.store.core import _as_date, _chunks
from chronicle.store.queries import EventFilters, canonical_events

_CERTAINTY = {"planned": 0, "possible": 1}


# ------------------------------------------------------------------------------ actor identity

def update_actor_identities(conn: Connection) -> int:
    """Map every actors row to its canonical row; returns the number of rows (re)mapped.

    Identities change only when an actors row is new or its kind was filled in (the store then
    drops that row's identity), so a chunk that names no new actor costs one indexed lookup."""
    a, ai = S.actors, S.actor_identities
    if not _has_unmapped_actors(conn):
        return 0
    rows = [ActorRow(r.id, r.name, r.country, r.kind)
            for r in conn.execute(select(a.c.id, a.c.name, a.c.country, a.c.kind))]
    if not rows:
        return 0
    want = resolve_identities(rows)
    have = dict(conn.execute(select(ai.c.actor_id, ai.c.canonical_id)).all())
    new = [{"actor_id": k, "canonical_id": v} for k, v in want.items() if k not in have]
    changed = [{"b_id": k, "b_c": v} for k, v in want.items() if k in have and have[k] != v]
    if new:
        conn.execute(insert(ai), new)
    if changed:
        from sqlalchemy import bindparam
        conn.execute(update(ai).where(ai.c.actor_id == bindparam("b_id")).values(canonical_id=bindparam("b_c")),
                     changed)
    return len(new) + len(changed)


def _has_unmapped_actors(conn: Connection) -> bool:
    a, ai = S.actors, S.actor_identities
    unmapped = ~exists(select(literal(1)).where(ai.c.actor_id == a.c.id))
    return conn.execute(select(literal(1)).select_from(a).where(unmapped).limit(1)).first() is not None


def actor_aliases(conn: Connection, canonical_id: int) -> list[str]:
    """Every alias of an actor across documents (all rows that resolve to it)."""
    ai, al = S.actor_identities, S.actor_aliases
    q = (select(al.c.alias).join(ai, ai.c.actor_id == al.c.actor_id)
         .where(ai.c.canonical_id == canonical_id).distinct().order_by(al.c.alias))
    return list(conn.execute(q).scalars())


# ------------------------------------------------------------------------------ mention records

def _actor_key(canonical_id) -> str:
    """The key a resolved actor (canonical identity) has in a record's people, fillers and orgs."""
    return f"a{canonical_id}"


def is_actor_key(key: str) -> bool:
    """A people / fillers / targets key of a resolved actor (``_actor_key``: "a12"), not a name's ("n...")."""
    return key[:1] == "a" and key[1:].isdigit()


def _filler_key(canonical_id, name: str) -> str:
    """The key a role filler has in a record's people, fillers and targets: its resolved actor's,
    else its normalized name's ("n" alone for a name that normalizes to nothing)."""
    return _actor_key(canonical_id) if canonical_id is not None else "n" + norm_name(name)


def _town(name: Optional[str]) -> Optional[tuple]:
    """(linkPlan16) (name, latitude, longitude, country) of a town the gazetteer places ("Mbabane"); None
    for a country (no coordinates), a lower-case word or a name it does not know."""
    if not name:
        return None
    loc = Gazetteer.default().lookup(name)
    if loc is None or loc.latitude is None or loc.longitude is None:
        return None
    return loc.name.casefold(), loc.latitude, loc.longitude, loc.country or ""


def _places(location: tuple, recipient_texts: Iterable[Optional[str]]) -> frozenset:
    """(linkPlan16) ``MentionRecord.places``: its location when it has coordinates, and the towns read as
    its recipients ("marched through Mbabane" with Mbabane as the recipient)."""
    name, lat, lon, country = location
    out = {(name.casefold(), lat, lon, country or "")} if name and lat is not None and lon is not None else set()
    for t in recipient_texts:
        town = _town(t)
        if town is not None:
            out.add(town)
    return frozenset(out)


def _record(row, roles: list) -> MentionRecord:
    acts = frozenset(r.country for r in roles if r.role == "actor" and r.country)
    recs = frozenset(r.country for r in roles if r.role == "recipient" and r.country)
    people = frozenset(_filler_key(r.canonical_id, r.name) for r in roles if r.kind == "person")
    fillers = frozenset((r.role, _filler_key(r.canonical_id, r.name), r.country or "")
                        for r in roles if r.canonical_id is not None or norm_name(r.name))
    via = json.loads(row.attribution_via) if row.attribution_via else []
    sources = tuple(s for s in (row.a_source, row.attribution_speaker, *via) if s)
    return MentionRecord(
        id=row.id, doc=str(row.article_id), type=row.type, status=row.status,
        actor_countries=acts, recipient_countries=recs, people=people,
        start=row.date_start, end=row.date_end, text_dated=row.date_source == "text",
        reported=row.a_date, sources=sources, fillers=fillers, ordinal=ordinal_before(row.before),
        words=party_words(t for r in roles for t in (r.text, r.name)), counted=counted_after(row.after),
        sentence=row.sentence_start, signing=_signing(row.cameo, row.trigger_text), mode=row.mode or "", cameo=row.cameo or "",
        orgs=frozenset(_actor_key(r.canonical_id) for r in roles if r.kind == "organization" and r.canonical_id is not None
                       and r.role in ("actor", "recipient")),
        groups=_groups(roles),
        places=_places((row.location_name, row.location_latitude, row.location_longitude, row.location_country),
                       (r.text for r in roles if r.role == "recipient")))


def _groups(roles: list) -> frozenset:
    """(role, number, noun) of the fillers told as an exact count (``records.counted_group``)."""
    out = set()
    for r in roles:
        g = counted_group(r.before, r.text)
        if g is not None:
            out.add((r.role, *g))
    return frozenset(out)


def _signing(cameo: Optional[str], trigger: str) -> bool:
    """A signing (``MentionRecord.signing``): CAMEO 057 told by "sign" ("signed", "the signing"), not
    a ratification or an accession, acts of one party after the agreement, coded 057 too."""
    return (cameo or "").startswith("057") and trigger.casefold().startswith("sign")


def _text_before(r):
    """The 24 characters of the article right before a role filler ("detained twelve " + "people":
    ``records.counted_group``); a query on ``mention_roles`` joined to its article."""
    return func.substr(S.articles.c.text, case((r.c.start > 24, r.c.start - 23), else_=1),
                       case((r.c.start > 24, 24), else_=r.c.start))


def _load_records(conn: Connection, where) -> list[MentionRecord]:
    m, a = S.mentions, S.articles
    q = (select(m.c.id, m.c.article_id, m.c.type, m.c.mode, m.c.cameo, m.c.trigger_text, m.c.status, m.c.date_start, m.c.date_end, m.c.date_source,
                m.c.attribution_speaker, m.c.attribution_via, m.c.sentence_start,
                m.c.location_name, m.c.location_latitude, m.c.location_longitude, m.c.location_country,
                a.c.date.label("a_date"), a.c.source.label("a_source"),
                # the words right before the trigger ("the first attack": ``records.ordinal_before``)
                func.substr(a.c.text, case((m.c.trigger_start > 16, m.c.trigger_start - 15), else_=1),
                            case((m.c.trigger_start > 16, 16), else_=m.c.trigger_start)).label("before"),
                # and right after it ("detained at least six boats": ``records.counted_after``)
                func.substr(a.c.text, m.c.trigger_end + 1, 48).label("after"))
         .select_from(m.join(a, a.c.id == m.c.article_id)).where(where).order_by(m.c.article_id, m.c.position))
    rows = conn.execute(q).all()
    roles: dict[str, list] = {}
    r, act, ai = S.mention_roles, S.actors, S.actor_identities
    canon = S.actors.alias("canon")
    for part in _chunks([x.id for x in rows]):
        # A filler without a country takes its canonical actor's ("Putin" -> Vladimir Putin, RUS).
        rq = (select(r.c.mention_id, r.c.role, r.c.name, r.c.text,
                     func.coalesce(r.c.country, canon.c.country).label("country"),
                     func.coalesce(act.c.kind, canon.c.kind).label("kind"), ai.c.canonical_id,
                     _text_before(r).label("before"))
              .select_from(r.join(m, m.c.id == r.c.mention_id).join(a, a.c.id == m.c.article_id)
                           .outerjoin(act, act.c.id == r.c.actor_id).outerjoin(ai, ai.c.actor_id == r.c.actor_id)
                           .outerjoin(canon, canon.c.id == ai.c.canonical_id))
              .where(r.c.mention_id.in_(part)))
        for x in conn.execute(rq):
            roles.setdefault(x.mention_id, []).append(x)
    return [_record(x, roles.get(x.id, [])) for x in rows]


def _unlinked():
    m, em = S.mentions, S.event_mentions
    return ~exists(select(literal(1)).where(em.c.mention_id == m.c.id))


def has_pending(store) -> bool:
    """Mentions not linked yet, or actors without an identity (a run killed between storing a
    chunk and linking it): :func:`link_pending` has work to do."""
    with store._read() as conn:
        return (conn.execute(select(literal(1)).where(_unlinked()).limit(1)).first() is not None
                or _has_unmapped_actors(conn))


# ------------------------------------------------------------------------------ linking

def _load_events(conn: Connection, blocks: list[str], ids: Iterable[str] = ()) -> list[EventState]:
    """The events of these blocks (whole, with the events also linked under them: ``event_blocks``),
    and those of these ids."""
    ev, eb = S.events, S.event_blocks
    out = []
    seen: set[str] = set()
    wanted = ([ev.c.block.in_(part) for part in _chunks(blocks)]
              + [ev.c.id.in_(select(eb.c.event_id).where(eb.c.block.in_(part))) for part in _chunks(blocks)]
              + [ev.c.id.in_(part) for part in _chunks(list(ids))])
    for cond in wanted:
        for r in conn.execute(select(ev).where(cond)).mappings():
            if r["id"] in seen:
                continue
            seen.add(r["id"])
            out.append(EventState(
                id=r["id"], block=r["block"], start=r["date_start"], end=r["date_end"],
                text_dated=bool(r["date_text_dated"]), date_certainty=r["date_certainty"] or 0,
                people=frozenset(json.loads(r["people"] or "[]")),
                first_reported=r["first_reported"], last_reported=r["last_reported"],
                num_mentions=r["num_mentions"],
                agents=frozenset(c for c in r["block"].split("|")[2].split(",") if c),
                recipients=frozenset(c for c in r["block"].split("|")[3].split(",") if c)))
    by_id = {e.id: e for e in out}
    for part in _chunks(sorted(by_id)):
        for eid, block in conn.execute(select(eb.c.event_id, eb.c.block).where(eb.c.event_id.in_(part))):
            by_id[eid].also = (by_id[eid].also or set()) | {block}
    # agentless and recipient-less events, and joint acts (a mention of other parties may have joined
    # them); the events naming actor countries (recipient relatives): one query reads both their fillers
    agentless = [e for e in out if not e.agents or not e.recipients or e.block.split("|", 1)[0] in JOINT_TYPES]
    fillers = _filler_countries(conn, agentless + [e for e in out if e.agents])
    _mark_agents(agentless, fillers)
    _mark_signed(conn, [e for e in out if e.block.split("|", 1)[0] in _SIGNED_KINDS])
    _mark_modes_stated_and_cameos(conn, [e for e in out if e.block.split("|", 2)[1] in ("occurred", "future")])
    _mark_recipient_relatives([e for e in out if e.agents], fillers)
    # (and of plans naming countries: a countryless act naming their organisation may realize one, linkPlan9)
    _mark_orgs(conn, [e for e in out if e.block.split("|", 2)[1] == "future"
                      or not block_parties(e.block) and e.block.split("|", 2)[1] == "occurred"])
    _mark_targets(conn, [e for e in out if e.block.split("|", 2)[1] in ("occurred", "future")])
    # (linkPlan16) the towns and actors of events dated to one day by their text (``linker._other_scene``)
    _mark_scenes(conn, [e for e in out if e.text_dated and e.start is not None and (e.end or e.start) == e.start])
    # the articles of undated events (only their own article's mentions join them) and of acts and
    # plans (``linker._fits_plan``: an act all of whose reports tell the plan as still to come
    # realizes no plan, whichever pass brought the plan's later reports)
    _mark_docs(conn, [e for e in out if e.start is None or e.block.split("|", 2)[1] in ("occurred", "future")])
    return out


def _mark_docs(conn: Connection, events: list[EventState]) -> None:
    """``docs`` of stored events: the articles of their mentions."""
    m = S.mentions
    for e, aid in _mention_values(conn, events, m.c.article_id, literal(True)):
        e.docs.add(str(aid))


_SIGNED_KINDS = ("AGREE", "SUPPORT")  # an agreement and its signing (``linker._choose_signed``)


def _mention_values(conn: Connection, events: list[EventState], column, condition):
    """(event, value) for each distinct value of a mentions-table ``column`` among the mentions of
    ``events`` that meet ``condition`` (what a reloaded event rebuilds from its mentions); a tuple of
    columns gives tuples of values, so facts read from the same mentions take one query."""
    em, m = S.event_mentions, S.mentions
    columns = column if isinstance(column, tuple) else (column,)
    by_id = {e.id: e for e in events}
    for part in _chunks(sorted(by_id)):
        q = (select(em.c.event_id, *columns).distinct().join(m, m.c.id == em.c.mention_id)
             .where(em.c.event_id.in_(part), condition))
        for eid, *values in conn.execute(q):
            yield by_id[eid], (tuple(values) if isinstance(column, tuple) else values[0])


def _mark_signed(conn: Connection, events: list[EventState]) -> None:
    """``also`` of stored agreements and signings joined by a mention of the other type
    (``linker._choose_signed``): the block of that type, where later reports of it look."""
    m = S.mentions
    for e, kind in _mention_values(conn, events, m.c.type, m.c.type.in_(_SIGNED_KINDS)):
        if kind != e.block.split("|", 1)[0]:
            e.also = (e.also or set()) | {f"{kind}|{e.block.split('|', 1)[1]}"}


def _mark_modes_stated_and_cameos(conn: Connection, events: list[EventState]) -> None:
    """``modes`` of stored acts and plans: the PLOVER modes of their mentions (``linker._other_acts``:
    an act realizes only a plan of one of its modes); and ``stated``: some mention is not speculated
    (``linker._fits_plan``: an undated plan all of whose mentions are possible is realized only with
    a common person); and ``cameos``, their CAMEO codes (``linker._other_code_other_day``). All read from the
    same mentions in one query, so a reloaded event keeps them."""
    m = S.mentions
    for e, (mode, status, cameo) in _mention_values(conn, events, (m.c.mode, m.c.status, m.c.cameo), literal(True)):
        if mode:  # neither NULL nor ""
            e.modes = e.modes | {mode}
        if cameo:  # (linkPlan15) ``linker._other_code_other_day``
            e.cameos = e.cameos | {cameo}
        if status is not None and status != "possible":  # as SQL's status != 'possible' reads NULL
            e.stated = True


def _mark_orgs(conn: Connection, events: list[EventState]) -> None:
    """``orgs`` of stored countryless acts and of plans: the named organisations their mentions' actors and
    recipients resolve to (``linker._org_pair``), so a reloaded event keeps them."""
    if not events:
        return
    em, r, ai = S.event_mentions, S.mention_roles, S.actor_identities
    act, canon = S.actors, S.actors.alias("canon")
    by_id = {e.id: e for e in events}
    for part in _chunks(sorted(by_id)):
        q = (select(em.c.event_id, ai.c.canonical_id).distinct()
             .select_from(em.join(r, r.c.mention_id == em.c.mention_id)
                          .outerjoin(act, act.c.id == r.c.actor_id)
                          .join(ai, ai.c.actor_id == r.c.actor_id)
                          .outerjoin(canon, canon.c.id == ai.c.canonical_id))
             .where(em.c.event_id.in_(part), r.c.role.in_(("actor", "recipient")),
                    func.coalesce(act.c.kind, canon.c.kind) == "organization"))
        for eid, cid in conn.execute(q):
            by_id[eid].orgs = by_id[eid].orgs | {_actor_key(cid)}


def _mark_targets(conn: Connection, events: list[EventState]) -> None:
    """``targets`` of stored acts and plans: the identities of their mentions' recipients, as
    ``MentionRecord.targets`` reads them (``linker._other_targets``), so a reloaded event keeps them."""
    if not events:
        return
    em, r, ai = S.event_mentions, S.mention_roles, S.actor_identities
    by_id = {e.id: e for e in events}
    for part in _chunks(sorted(by_id)):
        q = (select(em.c.event_id, ai.c.canonical_id, r.c.name).distinct()
             .select_from(em.join(r, r.c.mention_id == em.c.mention_id)
                          .outerjoin(ai, ai.c.actor_id == r.c.actor_id))
             .where(em.c.event_id.in_(part), r.c.role == "recipient"))
        for eid, cid, name in conn.execute(q):
            key = _filler_key(cid, name)
            if cid is not None or key != "n":
                by_id[eid].targets = by_id[eid].targets | {key}


def _mark_scenes(conn: Connection, events: list[EventState]) -> None:
    """(linkPlan16) ``places`` and ``actor_ids`` of stored events: the towns their mentions name and the
    identities of their actors, as ``MentionRecord.places`` and ``linker._actors`` read them, so a
    reloaded event keeps them."""
    if not events:
        return
    em, m, r, ai = S.event_mentions, S.mentions, S.mention_roles, S.actor_identities
    for e, place in _mention_values(conn, events, (m.c.location_name, m.c.location_latitude, m.c.location_longitude,
                                                   m.c.location_country), m.c.location_latitude.isnot(None)):
        e.places = e.places | _places(place, ())
    by_id = {e.id: e for e in events}
    for part in _chunks(sorted(by_id)):
        q = (select(em.c.event_id, r.c.role, r.c.text, r.c.name, ai.c.canonical_id).distinct()
             .select_from(em.join(r, r.c.mention_id == em.c.mention_id)
                          .outerjoin(ai, ai.c.actor_id == r.c.actor_id))
             .where(em.c.event_id.in_(part), r.c.role.in_(("actor", "recipient"))))
        for eid, role, text, name, cid in conn.execute(q):
            e = by_id[eid]
            if role == "recipient":
                e.places = e.places | _places((None, None, None, None), (text,))
            elif cid is not None or norm_name(name):
                e.actor_ids = e.actor_ids | {_filler_key(cid, name)}


def _filler_countries(conn: Connection, events: list[EventState]) -> list[tuple]:
    """(event id, mention id, role, country) of the actor and recipient fillers of ``events``' mentions:
    the filler's country, else its canonical actor's, else None (what a reloaded event rebuilds its
    parties from: ``_mark_agents``, ``_mark_recipient_relatives``)."""
    em, r, ai = S.event_mentions, S.mention_roles, S.actor_identities
    canon = S.actors.alias("canon")
    country = func.coalesce(r.c.country, canon.c.country)
    rows = []
    for part in _chunks(sorted({e.id for e in events})):
        q = (select(em.c.event_id, em.c.mention_id, r.c.role, country)
             .select_from(em.join(r, r.c.mention_id == em.c.mention_id)
                          .outerjoin(ai, ai.c.actor_id == r.c.actor_id)
                          .outerjoin(canon, canon.c.id == ai.c.canonical_id))
             .where(em.c.event_id.in_(part), r.c.role.in_(("actor", "recipient"))))
        rows.extend(conn.execute(q).all())
    return rows


def _mark_recipient_relatives(events: list[EventState], fillers: list[tuple]) -> None:
    """``also`` of stored events that a mention of a recipient-relative block joined
    (``linker._choose_recipient_relative``: same actor countries, recipients on one side only): that
    block, where the linker indexed the event too, so later reports of it find the event after a reload.
    ``fillers``: ``_filler_countries`` rows (of these events and maybe others)."""
    by_id = {e.id: e for e in events}
    roles: dict[tuple, tuple[set, set]] = {}
    for eid, mid, role, c in fillers:
        if eid not in by_id:
            continue
        acts, recs = roles.setdefault((eid, mid), (set(), set()))
        if c is not None:
            (acts if role == "actor" else recs).add(c)
    for (eid, _), (acts, recs) in roles.items():
        e = by_id[eid]
        kind, group, actors, recipients = e.block.split("|", 3)
        if ",".join(sorted(acts)) == actors and bool(recs) != bool(recipients):
            e.also = (e.also or set()) | {f"{kind}|{group}|{actors}|{','.join(sorted(recs))}"}


def _mark_agents(agentless: list[EventState], fillers: list[tuple]) -> None:
    """``agents`` of the events of agentless blocks: the actor countries of the mentions that
    joined them since (the linker lets only one agent join such an event by its day); likewise
    ``recipients`` of the events of recipient-less blocks (one set of recipients per such event).
    ``fillers``: ``_filler_countries`` rows (of these events and maybe others)."""
    by_id = {e.id: e for e in agentless}
    for eid, _, role, c in fillers:
        e = by_id.get(eid)
        if e is None:
            continue
        e.named = True  # a party named, with a country or not (``linker._choose_day``)
        if c is None:
            continue
        e.parties = e.parties | {c}  # any role: a countryless event takes one set
        if role == "actor":
            e.agents = e.agents | {c}
        else:
            e.recipients = e.recipients | {c}


def _widen(windows: dict[tuple, list], key: tuple, lo, hi) -> None:
    """Widen ``windows[key]`` (a [first, last] day pair) to hold a mention's window ``lo``..``hi``."""
    w = windows.setdefault(key, [lo, hi or lo])
    w[0], w[1] = min(w[0], lo), max(w[1], hi or lo)


def _dated_within(lo, hi):
    """The condition on stored events that their dates meet the window ``lo``..``hi`` (a day in both)."""
    ev = S.events
    return and_(ev.c.date_start <= hi, ev.c.date_end >= lo)


def _load_with_siblings(conn: Connection, blocks: set[str], have: set[str]) -> list[EventState]:
    """The events of ``blocks`` and of their sibling blocks (their plans or realizations) not in ``have``."""
    blocks = blocks | {sibling_block(b, g) for b in blocks for g in ("occurred", "future")}
    return [e for e in _load_events(conn, sorted(blocks)) if e.id not in have]


def _load_agent_relatives(conn: Connection, records: list[MentionRecord], have: set[str]) -> list[EventState]:
    """The events an agentless mention may also join (``records.agent_relatives``): those of the
    blocks with the same type, status group and recipient countries and some actor countries
    that have events in the days the new mentions can refer to (a busy type costs only the
    blocks of those days), and of their sibling blocks (their plans or realizations)."""
    windows: dict[tuple, list] = {}
    for m in records:
        lo, hi = m.window()
        if lo is not None and not m.actor_countries and m.recipient_countries:
            # its own status group, and the other one (``linker._relative_realizations``)
            both = m.group in ("occurred", "future")
            for b in (sibling_block(m.block, "occurred"), sibling_block(m.block, "future")) if both else (m.block,):
                _widen(windows, loose_key(b), lo, hi)
    if not windows:
        return []
    ev = S.events
    blocks = set()
    for (kind, group, recipients), (lo, hi) in sorted(windows.items()):
        q = (select(ev.c.block).distinct()
             .where(ev.c.block.startswith(f"{kind}|{group}|", autoescape=True),
                    ev.c.block.endswith(f"|{recipients}", autoescape=True), _dated_within(lo, hi)))
        blocks.update(b for b in conn.execute(q).scalars() if loose_key(b) == (kind, group, recipients))
    return _load_with_siblings(conn, blocks, have)


def _load_recipient_relatives(conn: Connection, records: list[MentionRecord], have: set[str]) -> list[EventState]:
    """The events a recipient-less mention naming actor countries may also join
    (``records.recipient_relatives``): those of the blocks with the same type, status group and actor
    countries and some recipient countries that have events in the days the new mentions can refer
    to, with their sibling blocks (their plans or realizations); for an act or a plan, also the blocks
    of the other status group it may realize or be realized by across that relation, and the other
    partners of those (``linker._recipient_realizations``: each must be the other's only one)."""
    windows: dict[tuple, list] = {}
    # (type, the other status group, actors) -> the window of the mentions naming recipients
    partner_groups: dict[tuple, list] = {}
    for m in records:
        lo, hi = m.window()
        if lo is None or not m.actor_countries:
            continue
        if m.group not in ("occurred", "future"):
            if not m.recipient_countries:
                _widen(windows, actor_key(m.block), lo, hi)
            continue
        # (linkPlan6) a plan and an act of which one names no recipient (``linker._recipient_realizations``):
        # the other group's blocks too, and the partners' other partners (a week either side)
        lo, hi = lo - _WEEK, (hi or lo) + _WEEK
        if not m.recipient_countries:
            for g in ("occurred", "future"):
                _widen(windows, actor_key(sibling_block(m.block, g)), lo, hi)
        else:
            other = other_group(m.group)
            _widen(partner_groups, actor_key(sibling_block(m.block, other)), lo, hi)
    ev = S.events
    for (kind, other, actors), (lo, hi) in sorted(partner_groups.items()):
        # a mention naming recipients with a recipient-less partner in reach: its own group's blocks of
        # those actors (that partner's other partners) are loaded too
        q = select(ev.c.id).where(ev.c.block == f"{kind}|{other}|{actors}|", _dated_within(lo, hi)).limit(1)
        if conn.execute(q).first() is not None:
            group = other_group(other)
            _widen(windows, (kind, group, actors), lo, hi)
    if not windows:
        return []
    blocks = set()
    for (kind, group, actors), (lo, hi) in sorted(windows.items()):
        q = (select(ev.c.block).distinct()
             .where(ev.c.block.startswith(f"{kind}|{group}|{actors}|", autoescape=True),
                    ev.c.block != f"{kind}|{group}|{actors}|", _dated_within(lo, hi)))
        blocks.update(b for b in conn.execute(q).scalars() if actor_key(b) == (kind, group, actors))
    return _load_with_siblings(conn, blocks, have)


_MONTH = timedelta(days=31)  # linker.COARSE_DAYS: a wider event date joins no narrower joint act
_WEEK = timedelta(days=7)  # linker._recipient_partners: an act's day inside its plan's week or less


def _load_joint_relatives(conn: Connection, records: list[MentionRecord], have: set[str]) -> list[EventState]:
    """The events a joint act may also join (``linker._choose_joint``): those of the blocks with a
    country that have a text-dated event of the same type and status group dated exactly as a new
    text-dated mention naming a country, or inside its date or around it ("last week" / "on
    Monday": the linker keeps only non-coarse ones), with those blocks' siblings. (The linker
    checks the countries: an event's may include those of the mentions that joined it, not in its
    block.)"""
    wanted = sorted({(m.type, m.group, m.start, m.end) for m in records
                     if m.type in JOINT_TYPES and m.text_dated and m.start is not None
                     and (m.actor_countries or m.recipient_countries)})
    if not wanted:
        return []
    ev = S.events
    blocks = set()
    for kind, group, start, end in wanted:
        q = (select(ev.c.block).distinct()
             .where(ev.c.block.startswith(f"{kind}|{group}|", autoescape=True), ev.c.date_text_dated == 1,
                    or_(and_(ev.c.date_start >= start, ev.c.date_end <= end),
                        and_(ev.c.date_start <= start, ev.c.date_end >= end,
                             ev.c.date_start >= start - _MONTH, ev.c.date_end <= end + _MONTH))))
        blocks.update(b for b in conn.execute(q).scalars() if block_parties(b))
    return _load_with_siblings(conn, blocks, have)


def _load_day_relatives(conn: Connection, records: list[MentionRecord], have: set[str]) -> list[EventState]:
    """The events a mention dated to one day may also join (``linker._choose_day``): for one naming
    no country, the text-dated events of its type and status group dated exactly that day in the
    blocks naming countries (those blocks whole, with their siblings); for one naming countries,
    the countryless such events of that day and, when there is one, the events of that day that
    name countries (the linker checks there is no other)."""
    days: dict[tuple, set] = {}  # (type, group, countryless mention) -> days
    for m in records:
        if m.text_dated and m.start is not None and (m.end or m.start) == m.start:
            days.setdefault((m.type, m.group, not (m.actor_countries or m.recipient_countries)), set()).add(m.start)
            if m.signing and m.group == "occurred":  # the agreement a signing of that day joined
                days.setdefault(("AGREE", m.group, not (m.actor_countries or m.recipient_countries)), set()).add(m.start)
    if not days:
        return []
    ev = S.events
    blocks: set[str] = set()
    ids: set[str] = set()
    for (kind, group, countryless), ds in sorted(days.items()):
        none = f"{kind}|{group}||"
        for part in _chunks(sorted(ds)):
            q = (select(ev.c.id, ev.c.block, ev.c.date_start)
                 .where(ev.c.block.startswith(f"{kind}|{group}|", autoescape=True), ev.c.date_text_dated == 1,
                        ev.c.date_start.in_(part), ev.c.date_end == ev.c.date_start))
            rows = conn.execute(q).all()
            if countryless:
                blocks.update(b for _, b, _ in rows if b != none)
            else:
                lonely = {d for _, b, d in rows if b == none}
                ids.update(i for i, _, d in rows if d in lonely)
    out = _load_with_siblings(conn, blocks, have)
    have = have | {e.id for e in out}
    return out + _load_events(conn, [], sorted(ids - have))


def _plan_side(block: str) -> bool:
    """An event that takes part in the countryless-plan rule (``linker._countryless_realizations``):
    an act naming countries, or a plan naming none."""
    group = block.split("|")[1]
    return group in ("occurred", "future") and (group == "occurred") == bool(block_parties(block))


def _load_plan_relatives(conn: Connection, records: list[MentionRecord], have: set[str]) -> list[EventState]:
    """The events a new mention's event may be linked to by ``linker._countryless_realizations``:
    for an act naming countries, the countryless plans of its type whose window can reach its
    days; for a countryless plan, the acts of its type naming countries in its window."""
    windows: dict[tuple, list] = {}
    for m in records:
        lo, hi = m.window()
        if lo is None or not m.words or not _plan_side(m.block):
            continue
        _widen(windows, (m.type, m.group), lo, hi)
    if not windows:
        return []
    ev = S.events
    blocks: set[str] = set()
    for (kind, group), (lo, hi) in sorted(windows.items()):
        if group == "occurred":
            q = (select(ev.c.block).distinct()
                 .where(ev.c.block == f"{kind}|future||",
                        _dated_within(lo - PLAN_HORIZON - REPORT_LAG, hi + REPORT_LAG)))
        else:
            q = (select(ev.c.block).distinct()
                 .where(ev.c.block.startswith(f"{kind}|occurred|", autoescape=True),
                        ev.c.block != f"{kind}|occurred||",
                        _dated_within(lo - REPORT_LAG, hi + PLAN_HORIZON + REPORT_LAG)))
        blocks.update(conn.execute(q).scalars())
    return [e for e in _load_events(conn, sorted(blocks)) if e.id not in have]


_ORG_REACH = timedelta(days=7)  # an act on a day inside a plan's date of a week or less (``linker._org_pair``)


def _load_org_relatives(conn: Connection, records: list[MentionRecord], have: set[str]) -> list[EventState]:
    """(linkPlan9) The events a new countryless act naming an organisation, or a new plan naming countries
    and an organisation, may be paired with by ``linker._org_pair`` across blocks, and the other partners
    of those (whether each is the other's only one): the countryless acts and the plans naming countries of
    its type within a week of its dates. Nothing for mentions naming no organisation."""
    windows: dict[str, list] = {}
    for m in records:
        lo, hi = m.window()
        if lo is None or not m.orgs or m.group not in ("occurred", "future"):
            continue
        if _plan_side(m.block):
            continue  # an act naming countries, or a countryless plan: the other loaders' pairs
        _widen(windows, m.type, lo - _ORG_REACH, (hi or lo) + _ORG_REACH)
    if not windows:
        return []
    ev = S.events
    ids: set[str] = set()
    for kind, (lo, hi) in sorted(windows.items()):
        side = or_(ev.c.block == f"{kind}|occurred||",
                   and_(ev.c.block.startswith(f"{kind}|future|", autoescape=True), ev.c.block != f"{kind}|future||"))
        q = select(ev.c.id).where(side, _dated_within(lo, hi))
        ids.update(conn.execute(q).scalars())
    return _load_events(conn, [], sorted(ids - have))


def _event_fillers(conn: Connection, ids: Iterable[str]) -> dict[str, list]:
    """Event id -> (role, text, name, the words before it) of every filler of its mentions, in one query
    per chunk (``_groups`` reads the counted groups from them, ``records.party_words`` the words)."""
    em, r, m, a = S.event_mentions, S.mention_roles, S.mentions, S.articles
    fillers: dict[str, list] = {}
    for part in _chunks(sorted(ids)):
        q = (select(em.c.event_id, r.c.role, r.c.text, r.c.name, _text_before(r).label("before"))
             .select_from(em.join(r, r.c.mention_id == em.c.mention_id).join(m, m.c.id == r.c.mention_id)
                          .join(a, a.c.id == m.c.article_id))
             .where(em.c.event_id.in_(part)))
        for row in conn.execute(q):
            fillers.setdefault(row.event_id, []).append(row)
    return fillers


def _counted_kinds(records: Iterable[MentionRecord]) -> set[tuple[str, str]]:
    """(type, status group) of the new mentions that tell a counted group (``MentionRecord.groups``)."""
    return {(m.type, m.group) for m in records if m.groups}


def _mark_fillers(conn: Connection, events: list[EventState], records: Iterable[MentionRecord] = ()) -> None:
    """What stored events' mentions' fillers tell, read in one query: ``words`` of events on the plan
    side (``_plan_side``) and of countryless acts (a countryless plan's partner by a common word:
    ``linker._org_pair``), and ``groups`` of events naming no country -- their counted fillers
    ("fourteen people", ``_groups``), by which a later countryless report of that group joins one
    (linkPlan7, ``linker._choose_counted``) -- and (linkPlan8) of the events naming countries of a type
    and status group a new mention (of ``records``) tells a counted group of (``_counted_kinds``: a
    countryless report joins such an event by its group, ``linker._reconcile_counted``)."""
    kinds = _counted_kinds(records)

    def told(e: EventState) -> bool:
        return not block_parties(e.block) or tuple(e.block.split("|", 2)[:2]) in kinds

    by_id = {e.id: e for e in events if _plan_side(e.block) or told(e)}
    if not by_id:
        return
    for eid, rows in _event_fillers(conn, by_id).items():
        e = by_id[eid]
        if _plan_side(e.block) or not block_parties(e.block):
            e.words = party_words(t for x in rows for t in (x.text, x.name))
        if told(e):
            e.groups = _groups(rows)


_COUNTED_REACH = timedelta(days=31) + REPORT_LAG  # a month around a report's dates, and a week after


def _load_counted_relatives(conn: Connection, records: list[MentionRecord], have: set[str]) -> list[EventState]:
    """(linkPlan8) The stored events of other blocks that tell a counted group a new mention tells
    (``MentionRecord.groups``), of its type and status group, within a month and a week of its dates: a
    countryless report joins the one such event naming countries (``linker._choose_counted``), an event
    naming countries absorbs the countryless one of the group (``linker._reconcile_counted``), and the
    other events of the group near them say whether each is the other's only one. Their blocks whole,
    with their siblings, as the other loaders bring them. Nothing without counted groups."""
    windows: dict[tuple, list] = {}
    told: dict[tuple, set] = {}
    for m in records:
        lo, hi = m.window()
        if lo is None or not m.groups:
            continue
        _widen(windows, (m.type, m.group), lo - _COUNTED_REACH, (hi or lo) + _COUNTED_REACH)
        told.setdefault((m.type, m.group), set()).update(m.groups)
    if not windows:
        return []
    ev = S.events
    kinds: dict[str, tuple] = {}  # event id -> (type, group)
    blocks_of: dict[str, str] = {}
    for (kind, group), (lo, hi) in sorted(windows.items()):
        q = select(ev.c.id, ev.c.block).where(ev.c.block.startswith(f"{kind}|{group}|", autoescape=True),
                                              _dated_within(lo, hi))
        for eid, block in conn.execute(q):
            if eid not in have:
                kinds[eid], blocks_of[eid] = (kind, group), block
    if not kinds:
        return []
    blocks = set()
    for eid, rows in _event_fillers(conn, kinds).items():
        mine = told[kinds[eid]]
        if any(r == r2 and same_group((n, w), (n2, w2)) for r, n, w in _groups(rows) for r2, n2, w2 in mine):
            blocks.add(blocks_of[eid])
    return _load_with_siblings(conn, blocks, have) if blocks else []


def link_pending(store) -> dict:
    """Link every stored mention not yet in an event; returns counts of what changed."""
    with store._write() as conn:
        update_actor_identities(conn)
        records = _load_records(conn, _unlinked())
        if not records:
            return {"mentions": 0, "events_new": 0, "events_touched": 0, "links": 0}
        # (linkPlan11) stored month-wide reports that joined a narrower event are linked again with the new
        # reports inside their dates: which event they are is decided with every event in view
        detached, left, reserved = _detach_wide(conn, records)
        records = records + detached
        extra: set[str] = set(left)
        for _ in range(4):  # (a second pass is rare; a third, rarer still)
            known = _load_known(conn, records, extra)
            _rebuild_left(conn, [e for e in known if e.id in left])
            known_ids = {e.id for e in known}
            blocks_before = {e.id: e.block for e in known}
            also_before = {e.id: frozenset(e.also or ()) for e in known}  # (``link`` changes the states)
            res = link(records, known, reserved)
            unseen = _unseen_day_events(conn, res, known_ids)
            if not unseen:
                break
            extra |= unseen  # link again (from the stored state) with the whole day in view
        new_ids = sorted(res.touched - known_ids)
        now = datetime.now(timezone.utc)
        if new_ids:
            conn.execute(insert(S.events), [_event_row(res.events[i], now) for i in new_ids])
        conn.execute(insert(S.event_mentions), [{"mention_id": k, "event_id": v} for k, v in res.assign.items()])
        _apply_merges(conn, {g: k for g, k in res.merged.items() if g in known_ids})
        ev = S.events
        for eid in sorted(res.touched & known_ids):  # a countryless event that took countries' block
            if res.events[eid].block != blocks_before[eid]:
                conn.execute(update(ev).where(ev.c.id == eid).values(block=res.events[eid].block))
        _store_blocks(conn, res, also_before)
        n_links = _insert_links(conn, res.links)
        # (and the events a detached report left: their aggregates without it)
        refresh_events(conn, sorted(res.touched | {i for i in left if i in res.events}), res.events, now)
        return {"mentions": len(records), "events_new": len(new_ids), "events_touched": len(res.touched),
                "links": n_links}


def _detach_wide(conn: Connection, records: list[MentionRecord]) -> tuple[list[MentionRecord], set[str], set[str]]:
    """(linkPlan11) The stored reports dated by their text as widely as a month or more ("rejected the loan
    offer in June") that sit in an event of their block together with a report of other dates (they joined
    it as its one fit, or it joined them: ``linker._reconcile_wide``) when a new narrower report of that
    block is in reach of their dates (its window: a text date, or the days before its article): they are
    taken out of that event and their records returned, to be linked again with the new ones (a second
    rejection that June: which one was it?), as one batch would place them. Only reports naming a country
    or a person (a countryless report's joins by its article's other mentions are not read back from the
    store). Returns (records, ids of the events they left, the event ids their new events must not take:
    their founding ids still in use or aliased)."""
    narrow: dict[str, list] = {}  # block -> the windows of the new narrower reports (text- or article-dated)
    # (linkPlan14) the recipient-less and agentless blocks of the new reports naming both: a month report of one of
    # them merged into an act of a relative block (``linker._relative_wide_fits``) sits in an event filed under its
    # own block too (``event_blocks``), and is linked again when another act it may be arrives
    relative: dict[str, list] = {}
    for m in records:
        lo, hi = m.window()
        if lo is not None and not _month_wide(m):
            narrow.setdefault(m.block, []).append((lo, hi or lo))
            kind, group, actors, recipients = m.block.split("|", 3)
            if actors and recipients:
                for b in (f"{kind}|{group}|{actors}|", f"{kind}|{group}||{recipients}"):
                    relative.setdefault(b, []).append((lo, hi or lo))
            elif actors or recipients:  # a new act of the month report's own block: its own fit comes first
                relative.setdefault(m.block, []).append((lo, hi or lo))
    if not narrow:
        return [], set(), set()
    m, em, ev, eb = S.mentions, S.event_mentions, S.events, S.event_blocks
    found: dict[str, str] = {}  # mention id -> event id
    queries = [(part, narrow, ev.c.block) for part in _chunks(sorted(narrow))]
    queries += [(part, relative, eb.c.block) for part in _chunks(sorted(relative))]
    for part, windows, column in queries:
        q = (select(m.c.id, em.c.event_id, column.label("block"), m.c.date_start, m.c.date_end)
             .select_from(m.join(em, em.c.mention_id == m.c.id).join(ev, ev.c.id == em.c.event_id)))
        if column is eb.c.block:
            q = q.join(eb, eb.c.event_id == ev.c.id)
        q = q.where(column.in_(part), m.c.date_source == "text", ev.c.num_mentions > 1)
        for r in conn.execute(q):
            if r.date_start is None or r.date_end is None or (r.date_end - r.date_start).days < MONTH_DAYS:
                continue
            if any(a <= r.date_end and r.date_start <= b for a, b in windows[r.block]):
                found[r.id] = r.event_id
    if found:
        # only from an event holding another report than of these dates (joined to a narrower one, or one
        # joined to it): a month report among reports of its own month alone stays
        others: dict[str, set] = {}
        for part in _chunks(sorted(set(found.values()))):
            q = (select(em.c.event_id, m.c.date_source, m.c.date_start, m.c.date_end).distinct()
                 .select_from(em.join(m, m.c.id == em.c.mention_id)).where(em.c.event_id.in_(part)))
            for eid, src, d0, d1 in conn.execute(q):
                others.setdefault(eid, set()).add((src == "text", d0, d1))
        own = {r.id: (True, r.date_start, r.date_end)
               for r in conn.execute(select(m.c.id, m.c.date_start, m.c.date_end).where(m.c.id.in_(sorted(found))))}
        found = {k: v for k, v in found.items() if others.get(v, set()) - {own[k]}}
    if not found:
        return [], set(), set()
    out = [x for x in _load_records(conn, m.c.id.in_(sorted(found)))
           if (x.block in narrow or x.block in relative) and (block_parties(x.block) or x.people)]
    if not out:
        return [], set(), set()
    ids = [x.id for x in out]
    for part in _chunks(ids):
        conn.execute(em.delete().where(em.c.mention_id.in_(part)))
    seeds = {event_id_for(i) for i in ids}
    al = S.event_aliases
    reserved = set(conn.execute(select(ev.c.id).where(ev.c.id.in_(sorted(seeds)))).scalars())
    reserved |= set(conn.execute(select(al.c.alias_id).where(al.c.alias_id.in_(sorted(seeds)))).scalars())
    return out, {found[i] for i in ids}, reserved


def _rebuild_left(conn: Connection, events: list[EventState]) -> None:
    """The dates, people and report days of events a detached report left (``_detach_wide``), from the
    mentions they keep, as ``linker._absorb`` gathers them (the stored row still counts the detached one's)."""
    if not events:
        return
    em = S.event_mentions
    by_id = {e.id: e for e in events}
    members = dict(conn.execute(select(em.c.mention_id, em.c.event_id).where(em.c.event_id.in_(sorted(by_id)))).all())
    fresh = {e.id: EventState(id=e.id, block=e.block) for e in events}
    blocks: dict[str, set] = {}  # event id -> the blocks of the mentions it keeps
    for x in sorted(_load_records(conn, S.mentions.c.id.in_(sorted(members))), key=lambda x: x.id):
        _absorb(fresh[members[x.id]], x)
        blocks.setdefault(members[x.id], set()).add(x.block)
    for e in events:
        f = fresh[e.id]
        if f.num_mentions:
            e.start, e.end, e.text_dated, e.date_certainty = f.start, f.end, f.text_dated, f.date_certainty
            e.people, e.first_reported, e.last_reported = f.people, f.first_reported, f.last_reported
            e.cameos = f.cameos
            e.places, e.actor_ids = f.places, f.actor_ids  # (linkPlan16)
        if e.also:
            # (linkPlan14) the other blocks it is filed under are those of mentions it keeps (every ``also`` is a
            # joining mention's block): a detached month report's own block goes with it
            gone = e.also - blocks.get(e.id, set())
            if gone:
                e.also = (e.also - gone) or None
                conn.execute(S.event_blocks.delete().where(S.event_blocks.c.event_id == e.id,
                                                           S.event_blocks.c.block.in_(sorted(gone))))


def _load_known(conn: Connection, records: list[MentionRecord], extra: Iterable[str] = ()) -> list[EventState]:
    """The stored events the new mentions may join or link to (and the events of ``extra`` ids)."""
    blocks = sorted({b for m in records for b in
                     (m.block, sibling_block(m.block, "occurred"), sibling_block(m.block, "future"),
                      *agent_relatives(m.block), *agent_relatives(sibling_block(m.block, "occurred")),
                      *agent_relatives(sibling_block(m.block, "future")), *recipient_relatives(m.block),
                      *recipient_relatives(sibling_block(m.block, "occurred")),
                      *recipient_relatives(sibling_block(m.block, "future")))})
    known = _load_events(conn, blocks)
    known += _load_agent_relatives(conn, records, {e.id for e in known})
    known += _load_recipient_relatives(conn, records, {e.id for e in known})
    known += _load_joint_relatives(conn, records, {e.id for e in known})
    known += _load_day_relatives(conn, records, {e.id for e in known})
    known += _load_plan_relatives(conn, records, {e.id for e in known})
    known += _load_counted_relatives(conn, records, {e.id for e in known})
    known += _load_org_relatives(conn, records, {e.id for e in known})
    have = {e.id for e in known}
    known += _load_events(conn, [], sorted(set(extra) - have))
    _mark_fillers(conn, known, records)
    return known


def _unseen_day_events(conn: Connection, res, known_ids: set[str]) -> set[str]:
    """Stored events the day reconciliation (``linker._reconcile_days``) needed and did not see: it
    merges the countryless events of a day into the one event of that type, status group and day
    naming countries, so it must see every event of that day. The loaders bring them for a new
    mention dated to that one day; a mention dated more widely ("at the weekend") or by its article
    may still join an event of one day. For each touched such event: the unloaded events of its
    day, when some merge was made on that day (another event naming countries may make it
    ambiguous) or one of them names no country (it may be merged). Empty in the usual case."""
    from chronicle.link.linker import _kind_group, _one_day

    days: dict[tuple, set] = {}
    merged_keys = set()
    kept = set(res.merged.values())
    for eid in res.touched:
        e = res.events[eid]
        if not _one_day(e) or not block_parties(e.block):
            continue
        for b in (e.block, *sorted(e.also or ())):
            key = _kind_group(b)
            days.setdefault(key, set()).add(e.start)
            if eid in kept:
                merged_keys.add((*key, e.start))
    out: set[str] = set()
    ev = S.events
    for (kind, group), ds in sorted(days.items()):
        for part in _chunks(sorted(ds)):
            q = (select(ev.c.id, ev.c.block, ev.c.date_start)
                 .where(ev.c.block.startswith(f"{kind}|{group}|", autoescape=True), ev.c.date_text_dated == 1,
                        ev.c.date_start.in_(part), ev.c.date_end == ev.c.date_start))
            rows = [r for r in conn.execute(q).all() if r.id not in known_ids and r.id not in res.merged]
            for d in {r.date_start for r in rows}:
                here = [r for r in rows if r.date_start == d]
                if (kind, group, d) in merged_keys or any(not block_parties(r.block) for r in here):
                    out.update(r.id for r in here)
    return out


def _store_blocks(conn: Connection, res, before: dict[str, frozenset]) -> None:
    """The blocks touched events are now also linked under (``EventState.also``), where not stored yet."""
    rows = [{"event_id": eid, "block": b} for eid in sorted(res.touched)
            for b in sorted((res.events[eid].also or set()) - before.get(eid, frozenset())) if b != res.events[eid].block]
    if rows:
        conn.execute(insert(S.event_blocks), rows)


def _apply_merges(conn: Connection, merged: dict[str, str]) -> None:
    """Stored events the linker merged into another (``linker._reconcile_days``): their mentions
    and links move to the event kept (``link_pending`` stores its possibly new block), and the
    absorbed id stays resolvable through ``event_aliases`` (``queries.event_detail``)."""
    if not merged:
        return
    ev, em, el, al = S.events, S.event_mentions, S.event_links, S.event_aliases
    for gone, keep in sorted(merged.items()):
        conn.execute(update(em).where(em.c.event_id == gone).values(event_id=keep))
        links = conn.execute(select(el.c.source_id, el.c.target_id, el.c.relation)
                             .where(or_(el.c.source_id == gone, el.c.target_id == gone))).all()
        conn.execute(el.delete().where(or_(el.c.source_id == gone, el.c.target_id == gone)))
        moved = {(keep if s == gone else s, keep if t == gone else t, r) for s, t, r in links}
        _insert_links(conn, {x for x in moved if x[0] != x[1]})
        conn.execute(update(al).where(al.c.event_id == gone).values(event_id=keep))
        conn.execute(S.event_blocks.delete().where(S.event_blocks.c.event_id == gone))  # the kept one has them
        conn.execute(insert(al).values(alias_id=gone, event_id=keep))
        conn.execute(ev.delete().where(ev.c.id == gone))


def _event_row(e: EventState, now) -> dict:
    parts = e.block.split("|")
    return {"id": e.id, "block": e.block, "type": parts[0], "status": "occurred" if parts[1] == "occurred"
            else "planned" if parts[1] == "future" else parts[1], "updated_at": now}


def _insert_links(conn: Connection, links: Iterable[tuple[str, str, str]]) -> int:
    el = S.event_links
    rows = []
    for s, t, rel in sorted(links):
        q = select(literal(1)).where(el.c.source_id == s, el.c.target_id == t, el.c.relation == rel)
        if conn.execute(q).first() is None:
            rows.append({"source_id": s, "target_id": t, "relation": rel})
    if rows:
        conn.execute(insert(el), rows)
    return len(rows)


def interval_value(start: Optional[date], end: Optional[date]) -> Optional[str]:
    """The TIMEX3-style value of an event interval (a day, ISO week, month or year), else
    ``start/end``."""
    from chronicle.time.calendar import format_value

    p = date_precision(start, end)
    if p is None:
        return None
    if p == "span":
        return f"{start.isoformat()}/{end.isoformat()}"
    return format_value(start, p)


def refresh_events(conn: Connection, event_ids: list[str], states: dict[str, EventState], now) -> None:
    """Recompute the stored aggregates of these events from their member mentions."""
    em, m, a = S.event_mentions, S.mentions, S.articles
    members: dict[str, list] = {}
    for part in _chunks(event_ids):
        q = (select(em.c.event_id, m.c.id, m.c.article_id, m.c.status, m.c.date_start, m.c.date_end,
                    m.c.date_source, m.c.date_value, m.c.confidence, m.c.attribution_speaker, m.c.attribution_via,
                    a.c.date.label("a_date"), a.c.source.label("a_source"))
             .select_from(em.join(m, m.c.id == em.c.mention_id).join(a, a.c.id == m.c.article_id))
             .where(em.c.event_id.in_(part)).order_by(a.c.date, m.c.article_id, m.c.position))
        for r in conn.execute(q):
            members.setdefault(r.event_id, []).append(r)
    rows = []
    for eid in event_ids:
        ms = members.get(eid, [])
        if not ms:
            continue
        st = states[eid]
        group = st.block.split("|")[1]
        if group == "future":
            counts = {"planned": 0, "possible": 0}
            for x in ms:
                counts[x.status] = counts.get(x.status, 0) + 1
            status = max(counts, key=lambda s: (counts[s], -_CERTAINTY.get(s, 9)))
        else:
            status = ms[0].status
        sources: list[str] = []
        for x in ms:
            via = json.loads(x.attribution_via) if x.attribution_via else []
            for s in (x.a_source, x.attribution_speaker, *via):
                if s and s not in sources:
                    sources.append(s)

        def rank(x):
            exact = x.date_start == st.start and x.date_end == st.end
            return (not exact, x.date_source != "text", -x.confidence, x.a_date or date.max, x.id)

        best = min(ms, key=rank)
        reported = [x.a_date for x in ms if x.a_date is not None]
        value = best.date_value if (best.date_start == st.start and best.date_end == st.end and best.date_value) \
            else interval_value(st.start, st.end)
        rows.append({
            "b_id": eid, "status": status, "date_start": st.start, "date_end": st.end,
            "date_text_dated": int(st.text_dated), "date_certainty": st.date_certainty, "date_value": value,
            "precision": date_precision(st.start, st.end),
            "first_reported": min(reported) if reported else None,
            "last_reported": max(reported) if reported else None,
            "num_mentions": len(ms), "num_articles": len({x.article_id for x in ms}),
            "num_sources": len(sources), "people": json.dumps(sorted(st.people)),
            "sources": json.dumps(sources), "best_mention_id": best.id, "updated_at": now,
        })
    if rows:
        from sqlalchemy import bindparam
        ev = S.events
        conn.execute(update(ev).where(ev.c.id == bindparam("b_id")),
                     rows)


# ------------------------------------------------------------------------------ reading

def canonical_timeline(store, actor: str, with_: Optional[str] = None, since=None, until=None,
                       type: Optional[str] = None, status: Optional[str] = None) -> list[dict]:
    """Canonical events in which ``actor`` (and ``with_``) take part, each once, in date order.

    A thin adapter over :func:`chronicle.store.queries.canonical_events` (the one reading of
    canonical events, also behind ``/api/timeline``), after linking whatever is not linked yet:
    ``actor``/``with_`` are its ``party``/``with_`` (a filler in any role; with ``with_``,
    another filler of the same mention), ``type`` picks events by their mentions' type (or
    strict PLOVER code), ``status`` and ``since``/``until`` test the event's own reconciled
    status and date interval.

    Each entry is that function's entry with ``id`` the event's stable id and ``mention_id`` its
    best mention's store-wide id, plus ``mentions`` (every mention, in reporting order).
    """
    if has_pending(store):
        link_pending(store)
    f = EventFilters(party=actor, with_=with_, type=[type.upper()] if type else None,
                     status=[status] if status else None, since=_as_date(since), until=_as_date(until))
    out = []
    for e in canonical_events(store, f, max_mentions=None, with_mentions=True)["entries"]:
        e["mention_id"] = e["id"]
        e["id"] = e.pop("event_id")
        out.append(e)
    return out
