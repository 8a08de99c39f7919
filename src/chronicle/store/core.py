"""The event store: annotated articles in, queryable events out (SQLAlchemy Core)."""
from __future__ import annotations

import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from itertools import islice
from typing import Any, Iterable, Iterator, Optional, Sequence, Union

from sqlalchemy import (
    Connection, Engine, and_, bindparam, create_engine, event, exists, func, insert, literal,
    delete, or_, select, update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from chronicle.model import AnnotatedArticle, date_precision
from chronicle.store import migrations as M
from chronicle.store import schema as S

DEFAULT_URL = "sqlite:///chronicle.db"
CHUNK_SIZE = 200
_PG_WRITE_LOCK = 0x6368726F6E77  # "chronw": PostgreSQL advisory lock key held by each write transaction
_IN_CHUNK = 500  # values per IN (...) list, well under every backend's bound-parameter limit

DateLike = Union[date, datetime, str, None]


@dataclass(frozen=True)
class AddStats:
    stored: int = 0
    duplicates: int = 0

    def __add__(self, other: "AddStats") -> "AddStats":
        return AddStats(self.stored + other.stored, self.duplicates + other.duplicates)


def to_url(url_or_path: Union[str, os.PathLike, None]) -> str:
    """``sqlite:///x.db`` and ``postgresql+psycopg://...`` pass through; a bare path becomes a SQLite URL."""
    if url_or_path is None:
        return DEFAULT_URL
    s = os.fspath(url_or_path)
    for plain in ("postgresql://", "postgres://"):
        if s.startswith(plain):  # psycopg 3 (the `pg` extra), not SQLAlchemy's default psycopg2
            return "postgresql+psycopg://" + s[len(plain):]
    if "://" in s:
        return s
    if s in ("", ":memory:"):
        return "sqlite://"
    return "sqlite:///" + os.path.expanduser(s)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _chunks(seq: Sequence, n: int = _IN_CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _as_date(v: DateLike) -> Optional[date]:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


def _iso(d: Optional[date]) -> Optional[str]:
    return d.isoformat() if d is not None else None


class Store:
    """One database of annotated articles. Thread-compatible; open one per process."""

    def __init__(self, url_or_path: Union[str, os.PathLike, None] = DEFAULT_URL, *, echo: bool = False):
        self.url = to_url(url_or_path)
        url = make_url(self.url)
        kwargs: dict[str, Any] = {"echo": echo}
        self._sqlite = url.get_backend_name() == "sqlite"
        if self._sqlite:
            kwargs["connect_args"] = {"timeout": 30}
        self.engine: Engine = create_engine(url, **kwargs)
        if self._sqlite:
            self._setup_sqlite(memory=url.database in (None, "", ":memory:"))
        self.migrate()

    # -- connection plumbing -------------------------------------------------------------

    def _setup_sqlite(self, memory: bool) -> None:
        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_conn, _record):
            # We issue BEGIN ourselves (below) so transactions cover reads too and writers can
            # take the lock up front; pysqlite's implicit BEGIN would do neither.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if not memory:
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(self.engine, "begin")
        def _on_begin(conn):
            mode = "IMMEDIATE" if conn.get_execution_options().get("chronicle_write") else "DEFERRED"
            conn.exec_driver_sql(f"BEGIN {mode}")

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(chronicle_write=True)
            with conn.begin():
                if not self._sqlite and conn.dialect.name == "postgresql":
                    # One writer at a time, as SQLite's BEGIN IMMEDIATE: concurrent ingests never
                    # race between "is it stored?" and the insert. Readers are not affected.
                    conn.execute(select(func.pg_advisory_xact_lock(_PG_WRITE_LOCK)))
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply pending named migrations; return the names applied now (empty when up to date).
        An up-to-date database is only read, so opening a store never waits for a writer."""
        with self._read() as conn:
            if M.up_to_date(conn):
                return []
        with self._write() as conn:
            return M.migrate(conn)

    def applied_migrations(self) -> list[str]:
        with self._read() as conn:
            return sorted(M.applied(conn))

    # -- runs and failures -------------------------------------------------------------

    def start_run(self, argv: str) -> int:
        with self._write() as conn:
            return conn.execute(
                insert(S.ingest_runs).values(started_at=_now(), argv=argv).returning(S.ingest_runs.c.id)
            ).scalar_one()

    def finish_run(self, run_id: int, stats: dict) -> None:
        with self._write() as conn:
            conn.execute(
                update(S.ingest_runs).where(S.ingest_runs.c.id == run_id)
                .values(finished_at=_now(), stats=json.dumps(stats, default=str, sort_keys=True))
            )

    def record_failure(self, run_id: Optional[int], origin: str, reason: str, article_id: Optional[str] = None) -> None:
        with self._write() as conn:
            conn.execute(insert(S.failures).values(
                run_id=run_id, origin=origin, article_id=article_id, reason=reason, at=_now()))

    def runs(self) -> list[dict]:
        with self._read() as conn:
            rows = conn.execute(select(S.ingest_runs).order_by(S.ingest_runs.c.id)).mappings().all()
        return [{**r, "stats": json.loads(r["stats"]) if r["stats"] else None} for r in rows]

    def failures(self, run_id: Optional[int] = None) -> list[dict]:
        q = select(S.failures).order_by(S.failures.c.id)
        if run_id is not None:
            q = q.where(S.failures.c.run_id == run_id)
        with self._read() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    # -- writing -----------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        with self._read() as conn:
            q = select(literal(1)).where(S.articles.c.content_hash == content_hash).limit(1)
            return conn.execute(q).first() is not None

    def add(self, annotated: AnnotatedArticle, run_id: Optional[int] = None) -> bool:
        """Store one article in one transaction; False (and nothing written) if already stored."""
        return self._add_chunk([annotated], run_id).stored == 1

    def add_many(self, items: Iterable[AnnotatedArticle], run_id: Optional[int] = None,
                 chunk_size: int = CHUNK_SIZE) -> AddStats:
        """Store articles, one transaction per chunk; a failing chunk is rolled back whole and re-raised."""
        total = AddStats()
        it = iter(items)
        while True:
            chunk = list(islice(it, chunk_size))
            if not chunk:
                return total
            total = total + self._add_chunk(chunk, run_id)

    def _add_chunk(self, chunk: list[AnnotatedArticle], run_id: Optional[int]) -> AddStats:
        try:
            with self._write() as conn:
                return _write_chunk(conn, chunk, run_id)
        except IntegrityError:
            # Another writer may have stored one of these articles (or actors) between our
            # check and our insert (PostgreSQL, read committed). Retry once: the check now sees it.
            with self._write() as conn:
                return _write_chunk(conn, chunk, run_id)

    # -- reading -----------------------------------------------------------------------

    def counts(self) -> dict:
        tables = {"articles": S.articles, "mentions": S.mentions, "actors": S.actors,
                  "timexes": S.timexes, "failures": S.failures}
        q = select(*[select(func.count()).select_from(t).scalar_subquery().label(k) for k, t in tables.items()])
        with self._read() as conn:
            return dict(conn.execute(q).mappings().one())

    def events(self, actor: Optional[str] = None, recipient: Optional[str] = None,
               type: Union[str, Sequence[str], None] = None, status: Union[str, Sequence[str], None] = None,
               since: DateLike = None, until: DateLike = None, limit: Optional[int] = None) -> list[dict]:
        """Event mentions matching every given filter, as contract-shaped dicts.

        ``actor``/``recipient`` match a filler of that role whose country is the value when it
        is an upper-case ISO3 code, else whose country equals it or whose name or text contains
        it (case-insensitive). ``type`` matches the PLOVER type or the strict PLOVER code
        ("AGREE" finds an agreed visit typed CONSULT). ``since``/``until`` keep events whose date interval overlaps [since, until]; undated events are
        dropped when either is given. Ordered by date_start (undated last), then article date.
        """
        m = S.mentions
        q = _event_select()
        if actor:
            q = q.where(_role_exists(actor, "actor"))
        if recipient:
            q = q.where(_role_exists(recipient, "recipient"))
        if type:  # the PLOVER type or the strict PLOVER code, as the API's filter
            q = q.where(or_(_eq_or_in(m.c.type, type), _eq_or_in(m.c.plover, type)))
        if status:
            q = q.where(_eq_or_in(m.c.status, status))
        q = _overlap(q, since, until)
        q = q.order_by(m.c.date_start.is_(None), m.c.date_start, S.articles.c.date.is_(None),
                       S.articles.c.date, m.c.article_id, m.c.position)
        if limit is not None:
            q = q.limit(limit)
        with self._read() as conn:
            rows = conn.execute(q).mappings().all()
            roles = _load_roles(conn, [r["id"] for r in rows])
        return [_event_dict(r, roles.get(r["id"], {})) for r in rows]

    def timeline(self, actor: str, with_: Optional[str] = None, since: DateLike = None,
                 until: DateLike = None) -> list[dict]:
        """Events in which ``actor`` fills any role, in the order they happened.

        With ``with_``: only events where another filler (any role) matches ``with_``, i.e. the
        dyad in either direction or both on the same side.
        """
        m, r1 = S.mentions, S.mention_roles.alias("r1")
        q = _event_select()
        if with_:
            r2 = S.mention_roles.alias("r2")
            q = q.where(exists(
                select(literal(1)).select_from(r1.join(r2, and_(r2.c.mention_id == r1.c.mention_id, r2.c.id != r1.c.id)))
                .where(r1.c.mention_id == m.c.id, _role_match(r1, actor), _role_match(r2, with_))
            ))
        else:
            q = q.where(exists(select(literal(1)).where(r1.c.mention_id == m.c.id, _role_match(r1, actor))))
        q = _overlap(q, since, until)
        q = q.order_by(m.c.date_start.is_(None), m.c.date_start, m.c.date_end.is_(None), m.c.date_end,
                       S.articles.c.date.is_(None), S.articles.c.date, m.c.article_id, m.c.position)
        with self._read() as conn:
            rows = conn.execute(q).mappings().all()
            roles = _load_roles(conn, [r["id"] for r in rows])
        return [_timeline_dict(r, roles.get(r["id"], {})) for r in rows]

    def export_rows(self, page_size: int = 500) -> Iterator[dict]:
        """One flat dict (scalars only) per event mention, in ingest order; streams in pages."""
        m = S.mentions
        last: Optional[tuple[int, int]] = None
        while True:
            q = _event_select().order_by(m.c.article_id, m.c.position).limit(page_size)
            if last is not None:
                q = q.where(or_(m.c.article_id > last[0], and_(m.c.article_id == last[0], m.c.position > last[1])))
            with self._read() as conn:
                rows = conn.execute(q).mappings().all()
                roles = _load_roles(conn, [r["id"] for r in rows])
            for r in rows:
                yield _flat_dict(r, roles.get(r["id"], {}))
            if len(rows) < page_size:
                return
            last = (rows[-1]["article_id"], rows[-1]["position"])


# ---------------------------------------------------------------------------------------
# writing helpers (module level so tests can inject failures)


def _write_chunk(conn: Connection, chunk: list[AnnotatedArticle], run_id: Optional[int]) -> AddStats:
    # Deduplicate within the chunk, then against the database.
    by_hash: dict[str, AnnotatedArticle] = {}
    for item in chunk:
        by_hash.setdefault(item.article.content_hash, item)
    existing: set[str] = set()
    hashes = list(by_hash)
    for part in _chunks(hashes):
        existing.update(conn.execute(
            select(S.articles.c.content_hash).where(S.articles.c.content_hash.in_(part))).scalars())
    new = [(h, by_hash[h]) for h in hashes if h not in existing]
    if not new:
        return AddStats(0, len(chunk))
    article_ids = _insert_articles(conn, new, run_id)
    items = [(aid, item) for aid, (_, item) in zip(article_ids, new)]
    local_maps = _insert_actors(conn, items)
    _insert_annotations(conn, items)
    _insert_mentions(conn, items, local_maps)
    return AddStats(len(new), len(chunk) - len(new))


def _insert_articles(conn: Connection, new: list[tuple[str, AnnotatedArticle]], run_id: Optional[int]) -> list[int]:
    now = _now()
    rows = [{
        "content_hash": h, "external_id": x.article.id, "date": x.article.date, "title": x.article.title,
        "url": x.article.url, "source": x.article.source, "text": x.article.text, "origin": x.article.origin,
        "ingested_at": now, "run_id": run_id,
    } for h, x in new]
    stmt = insert(S.articles).returning(S.articles.c.id, sort_by_parameter_order=True)
    return list(conn.execute(stmt, rows).scalars())


ActorKey = tuple[str, Optional[str]]


def _insert_actors(conn: Connection, items: list[tuple[int, AnnotatedArticle]]) -> dict[int, dict[str, int]]:
    """Resolve every article actor to a canonical ``actors`` row (created if new), record new
    aliases and the article's local-id -> canonical-id map. Returns {article rowid: that map}."""
    wanted: dict[ActorKey, dict] = {}
    aliases: dict[ActorKey, set[str]] = {}
    for _, x in items:
        for a in x.actors:
            key = (a.name, a.country)
            w = wanted.setdefault(key, {"name": a.name, "country": a.country, "sector": None, "kind": None})
            w["sector"] = w["sector"] or a.sector
            w["kind"] = w["kind"] or a.kind
            aliases.setdefault(key, set()).update([a.name, *(s.text for s in a.mentions)])
    if not wanted:
        return {aid: {} for aid, _ in items}

    ids: dict[ActorKey, int] = {}
    fill: list[dict] = []
    names = sorted({k[0] for k in wanted})
    t = S.actors
    for part in _chunks(names):
        for row in conn.execute(select(t.c.id, t.c.name, t.c.country, t.c.sector, t.c.kind).where(t.c.name.in_(part))):
            key = (row.name, row.country)
            if key in wanted:
                ids[key] = row.id
                w = wanted[key]
                if (row.sector is None and w["sector"]) or (row.kind is None and w["kind"]):
                    fill.append({"b_id": row.id, "b_sector": row.sector or w["sector"], "b_kind": row.kind or w["kind"]})
    missing = [k for k in wanted if k not in ids]
    if missing:
        stmt = insert(t).returning(t.c.id, sort_by_parameter_order=True)
        new_ids = conn.execute(stmt, [wanted[k] for k in missing]).scalars().all()
        ids.update(zip(missing, new_ids))
    if fill:
        conn.execute(update(t).where(t.c.id == bindparam("b_id"))
                     .values(sector=bindparam("b_sector"), kind=bindparam("b_kind")), fill)
        # a known kind can change which canonical actor a row is (chronicle.link.actors):
        # dropping its identity makes the linker resolve identities again
        ai = S.actor_identities
        conn.execute(delete(ai).where(ai.c.actor_id.in_([f["b_id"] for f in fill])))

    # Aliases: insert only those not yet known for that actor.
    al = S.actor_aliases
    have: set[tuple[int, str]] = set()
    actor_ids = sorted(set(ids.values()))
    for part in _chunks(actor_ids):
        have.update((r.actor_id, r.alias) for r in conn.execute(
            select(al.c.actor_id, al.c.alias).where(al.c.actor_id.in_(part))))
    alias_rows = sorted({(ids[k], s) for k, ss in aliases.items() for s in ss if s} - have)
    if alias_rows:
        conn.execute(insert(al), [{"actor_id": i, "alias": s} for i, s in alias_rows])

    maps: dict[int, dict[str, int]] = {}
    link_rows, role_rows = [], []
    for aid, x in items:
        local = maps.setdefault(aid, {})
        for pos, a in enumerate(x.actors):
            if a.id in local:
                continue  # a repeated local id names the same actor; keep the first
            local[a.id] = ids[(a.name, a.country)]
            link_rows.append({"article_id": aid, "local_id": a.id, "actor_id": local[a.id], "position": pos,
                              "spans": json.dumps([s.model_dump() for s in a.mentions])})
            role_rows.extend({
                "article_id": aid, "local_id": a.id, "actor_id": local[a.id], "position": i, "title": r.title,
                "text": r.text, "country": r.country, "sector": r.sector, "former": r.former,
                "qualifier": r.qualifier, "spans": json.dumps([s.model_dump() for s in r.mentions]),
            } for i, r in enumerate(a.roles))
    if link_rows:
        conn.execute(insert(S.article_actors), link_rows)
    if role_rows:
        conn.execute(insert(S.actor_roles), role_rows)
    return maps


def _insert_annotations(conn: Connection, items: list[tuple[int, AnnotatedArticle]]) -> None:
    sent_rows = [{"article_id": aid, "position": i, "start": s.start, "end": s.end}
                 for aid, x in items for i, s in enumerate(x.sentences)]
    tx_rows = [{"article_id": aid, "tid": t.id, "position": i, "text": t.text, "start": t.start, "end": t.end,
                "type": t.type, "value": t.value, "mod": t.mod, "interval_start": t.interval_start,
                "interval_end": t.interval_end, "anchor": t.anchor}
               for aid, x in items for i, t in enumerate(x.timexes)]
    if sent_rows:
        conn.execute(insert(S.sentences), sent_rows)
    if tx_rows:
        conn.execute(insert(S.timexes), tx_rows)


def mention_key(article_rowid: int, mention_id: str) -> str:
    return f"{article_rowid}-{mention_id}"


def _insert_mentions(conn: Connection, items: list[tuple[int, AnnotatedArticle]],
                     local_maps: dict[int, dict[str, int]]) -> None:
    m_rows, r_rows = [], []
    for aid, x in items:
        local = local_maps.get(aid, {})
        by_key = {(a.name, a.country): local.get(a.id) for a in x.actors}
        for pos, e in enumerate(x.events):
            mid = mention_key(aid, e.id)
            loc, att, d = e.location, e.attribution, e.date
            m_rows.append({
                "id": mid, "article_id": aid, "mention_id": e.id, "position": pos,
                "type": e.type, "mode": e.mode, "plover": e.plover, "cameo": e.cameo, "status": e.status,
                "date_text": d.text, "date_value": d.value, "date_start": d.start, "date_end": d.end,
                "date_source": d.source, "date_timex_id": d.timex_id,
                "location_text": loc.text if loc else None, "location_name": loc.name if loc else None,
                "location_country": loc.country if loc else None,
                "location_latitude": loc.latitude if loc else None,
                "location_longitude": loc.longitude if loc else None,
                "location_start": loc.start if loc else None, "location_end": loc.end if loc else None,
                "attribution_text": att.text if att else None, "attribution_speaker": att.speaker if att else None,
                "attribution_via": json.dumps(list(att.via)) if att else None,
                "attribution_start": att.start if att else None, "attribution_end": att.end if att else None,
                "trigger_text": e.trigger.text, "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
                "sentence_start": e.sentence.start, "sentence_end": e.sentence.end,
                "confidence": float(e.confidence),
            })
            for role, fillers in (("actor", e.actor), ("recipient", e.recipient)):
                for i, f in enumerate(fillers):
                    canon = local.get(f.actor_id) if f.actor_id else None
                    if canon is None and f.name:
                        canon = by_key.get((f.name, f.country))
                    r_rows.append({
                        "mention_id": mid, "role": role, "position": i, "text": f.text, "name": f.name,
                        "country": f.country, "sector": f.sector, "start": f.start, "end": f.end,
                        "local_actor_id": f.actor_id, "actor_id": canon,
                    })
    if m_rows:
        conn.execute(insert(S.mentions), m_rows)
    if r_rows:
        conn.execute(insert(S.mention_roles), r_rows)


# ---------------------------------------------------------------------------------------
# reading helpers


def _event_select():
    m, a = S.mentions, S.articles
    sentence_text = func.substr(a.c.text, m.c.sentence_start + 1, m.c.sentence_end - m.c.sentence_start)
    return select(
        m,
        a.c.external_id.label("a_external_id"), a.c.date.label("a_date"), a.c.title.label("a_title"),
        a.c.source.label("a_source"), a.c.url.label("a_url"), sentence_text.label("sentence_text"),
    ).select_from(m.join(a, m.c.article_id == a.c.id))


def _role_match(r, value: str):
    v = value.strip()
    # An ISO 3166 alpha-3 code is a country, never a name fragment ("AUS" is not "Austria").
    if len(v) == 3 and v.isalpha() and v.isupper():
        return r.c.country == v
    return or_(func.upper(r.c.country) == v.upper(),
               r.c.name.icontains(v, autoescape=True),
               r.c.text.icontains(v, autoescape=True))


def _role_exists(value: str, role: str):
    r = S.mention_roles.alias(f"f_{role}")
    return exists(select(literal(1)).where(r.c.mention_id == S.mentions.c.id, r.c.role == role, _role_match(r, value)))


def _eq_or_in(col, v: Union[str, Sequence[str]]):
    return col == v if isinstance(v, str) else col.in_(list(v))


def _overlap(q, since: DateLike, until: DateLike):
    m = S.mentions
    s, u = _as_date(since), _as_date(until)
    if s is not None:
        q = q.where(func.coalesce(m.c.date_end, m.c.date_start) >= s)
    if u is not None:
        q = q.where(func.coalesce(m.c.date_start, m.c.date_end) <= u)
    return q


def _load_roles(conn: Connection, mention_ids: list[str]) -> dict[str, dict[str, list[dict]]]:
    r = S.mention_roles
    out: dict[str, dict[str, list[dict]]] = {}
    for part in _chunks(mention_ids):
        q = (select(r.c.mention_id, r.c.role, r.c.text, r.c.name, r.c.country, r.c.sector, r.c.start, r.c.end)
             .where(r.c.mention_id.in_(part)).order_by(r.c.mention_id, r.c.role, r.c.position))
        for row in conn.execute(q).mappings():
            out.setdefault(row["mention_id"], {}).setdefault(row["role"], []).append(
                {k: row[k] for k in ("text", "name", "country", "sector", "start", "end")})
    return out


def _date_dict(r) -> dict:
    return {"text": r["date_text"], "value": r["date_value"], "start": _iso(r["date_start"]),
            "end": _iso(r["date_end"]), "source": r["date_source"],
            "precision": date_precision(r["date_start"], r["date_end"])}


def _location_dict(r) -> Optional[dict]:
    if r["location_text"] is None:
        return None
    return {"text": r["location_text"], "name": r["location_name"], "country": r["location_country"],
            "latitude": r["location_latitude"], "longitude": r["location_longitude"]}


def _attribution_dict(r) -> Optional[dict]:
    if r["attribution_text"] is None:
        return None
    return {"text": r["attribution_text"], "speaker": r["attribution_speaker"],
            "via": json.loads(r["attribution_via"] or "[]")}


def _article_dict(r) -> dict:
    return {"id": r["a_external_id"], "date": _iso(r["a_date"]), "title": r["a_title"],
            "source": r["a_source"], "url": r["a_url"]}


def _event_dict(r, roles: dict[str, list[dict]]) -> dict:
    """The contract's event object (``model._event_contract``), with ``id`` the store-wide
    mention key, plus ``mention_id`` (article-scoped), ``article`` and ``sentence_text``."""
    return {
        "id": r["id"],
        "mention_id": r["mention_id"],
        "type": r["type"], "mode": r["mode"], "plover": r["plover"], "cameo": r["cameo"], "status": r["status"],
        "actor": roles.get("actor", []),
        "recipient": roles.get("recipient", []),
        "date": _date_dict(r),
        "location": _location_dict(r),
        "attribution": _attribution_dict(r),
        "trigger": {"text": r["trigger_text"], "start": r["trigger_start"], "end": r["trigger_end"]},
        "sentence": {"start": r["sentence_start"], "end": r["sentence_end"]},
        "confidence": round(r["confidence"], 3),
        "sentence_text": r["sentence_text"],
        "article": _article_dict(r),
    }


def _sources(r) -> list[str]:
    out: list[str] = []
    via = json.loads(r["attribution_via"]) if r["attribution_via"] else []
    for s in (r["a_source"], r["attribution_speaker"], *via):
        if s and s not in out:
            out.append(s)
    return out


def _timeline_dict(r, roles: dict[str, list[dict]]) -> dict:
    return {
        "id": r["id"], "mention_id": r["mention_id"],
        "type": r["type"], "mode": r["mode"], "plover": r["plover"], "cameo": r["cameo"], "status": r["status"],
        "date": _date_dict(r),
        "actor": roles.get("actor", []),
        "recipient": roles.get("recipient", []),
        "sentence_text": r["sentence_text"],
        "attribution": _attribution_dict(r),
        "location": _location_dict(r),
        "article": _article_dict(r),
        "sources": _sources(r),
    }


def _join(fillers: list[dict], key: str) -> str:
    return "; ".join("" if f[key] is None else str(f[key]) for f in fillers)


def _flat_dict(r, roles: dict[str, list[dict]]) -> dict:
    actors, recipients = roles.get("actor", []), roles.get("recipient", [])
    via = json.loads(r["attribution_via"]) if r["attribution_via"] else []
    return {
        "event_id": r["id"], "mention_id": r["mention_id"],
        "article_id": r["a_external_id"], "article_date": _iso(r["a_date"]), "article_title": r["a_title"],
        "article_source": r["a_source"], "article_url": r["a_url"],
        "type": r["type"], "mode": r["mode"], "plover": r["plover"], "cameo": r["cameo"], "status": r["status"],
        "date_text": r["date_text"], "date_value": r["date_value"], "date_start": _iso(r["date_start"]),
        "date_end": _iso(r["date_end"]), "date_source": r["date_source"],
        "date_precision": date_precision(r["date_start"], r["date_end"]),
        "actor_text": _join(actors, "text"), "actor_name": _join(actors, "name"),
        "actor_country": _join(actors, "country"), "actor_sector": _join(actors, "sector"),
        "recipient_text": _join(recipients, "text"), "recipient_name": _join(recipients, "name"),
        "recipient_country": _join(recipients, "country"), "recipient_sector": _join(recipients, "sector"),
        "location_text": r["location_text"], "location_name": r["location_name"],
        "location_country": r["location_country"], "location_latitude": r["location_latitude"],
        "location_longitude": r["location_longitude"],
        "attribution_text": r["attribution_text"], "attribution_speaker": r["attribution_speaker"],
        "attribution_via": "; ".join(via) if r["attribution_text"] is not None else None,
        "trigger_text": r["trigger_text"], "trigger_start": r["trigger_start"], "trigger_end": r["trigger_end"],
        "sentence_start": r["sentence_start"], "sentence_end": r["sentence_end"],
        "sentence_text": r["sentence_text"], "confidence": round(r["confidence"], 3),
    }
