"""The chronicle server: a REST API over the store and the web UI, in one FastAPI app.

    from chronicle.api import create_app
    app = create_app("chronicle.db", write_token=None)   # read-only
    uvicorn.run(app, host="127.0.0.1", port=8000)

Every query goes through SQLAlchemy with bound parameters; no endpoint takes a file path.
Errors are JSON: ``{"error": "<kind>", "message": "...", "details": [...]}``.
"""
from __future__ import annotations

import csv
import io
import json
import re
import threading
from datetime import date
from importlib import resources
from typing import Annotated, Iterator, List, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronicle.api.security import (
    DEFAULT_MAX_BODY, BodyLimitMiddleware, SecurityHeadersMiddleware, check_write_token,
)
from chronicle.store import Store
from chronicle.store import exports as EXPORTS
from chronicle.store import queries as Q

MAX_PAGE = 500
MAX_TIMELINE_MENTIONS = 5000  # mentions of the events one /api/timeline answer may hold
_TYPE_RE = re.compile(r"^[A-Za-z_]{1,40}$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")
_ERROR_KIND = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type",
               422: "unprocessable", 501: "not_implemented", 503: "unavailable"}

# Content types accepted by POST /api/articles -> reader format.
_FORMATS = {
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/json": "jsonl",
    "text/csv": "csv", "text/html": "html", "application/xhtml+xml": "html", "text/plain": None,
}


def _static_dir() -> str:
    return str(resources.files("chronicle.web").joinpath("static"))


def _bad(param: str, message: str) -> HTTPException:
    return HTTPException(400, {"message": f"{param}: {message}", "details": [{"param": param, "problem": message}]})


def _day(value: Optional[str], param: str) -> Optional[date]:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad(param, f"{value!r} is not a date (use YYYY-MM-DD)") from None


def _party(value: Optional[str], param: str) -> Optional[str]:
    """'North Korea' / 'north korean' / 'PRK' -> 'PRK'; other text matches actor names."""
    if value is None:
        return None
    v = value.strip()
    if not v:
        return None
    if len(v) > 200:
        raise _bad(param, "longer than 200 characters")
    if _ISO3_RE.match(v):
        return v
    from chronicle.actors.lexicon import country_of

    return country_of(v) or country_of(v.title()) or v


def _country(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    v = _party(value, "country")
    if not _ISO3_RE.match(v or ""):
        raise _bad("country", f"{value!r} is not a country name or ISO 3166 alpha-3 code")
    return v


def _split(values: Optional[List[str]]) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out += [x.strip() for x in v.split(",") if x.strip()]
    return out


def _types(values: Optional[List[str]]) -> Optional[list[str]]:
    out = _split(values)
    for t in out:
        if not _TYPE_RE.match(t):
            raise _bad("type", f"{t[:50]!r} is not an event type (letters and _ only, e.g. CONSULT)")
    return [t.upper() for t in out] or None


def _statuses(values: Optional[List[str]]) -> Optional[list[str]]:
    out = _split(values)
    for s in out:
        if s not in Q.STATUSES:
            raise _bad("status", f"{s[:50]!r}: use {', '.join(Q.STATUSES)}")
    return out or None


_COUNTRY_DOC = "Country (name or ISO3) of any party or of the event's location."


def event_filters(
    party: Optional[str] = Query(None, description="Country (name or ISO3) or actor name, in any role."),
    with_: Optional[str] = Query(None, alias="with",
                                 description="With `party`: another party of the same event (a dyad, either direction)."),
    actor: Optional[str] = Query(None, description="Country (name or ISO3) or actor name, in the actor role."),
    recipient: Optional[str] = Query(None, description="Country (name or ISO3) or actor name, in the recipient role."),
    country: Optional[str] = Query(None, description=_COUNTRY_DOC),
    type: Optional[List[str]] = Query(None, description="PLOVER type(s), repeated or comma-separated, e.g. CONSULT."),
    status: Optional[List[str]] = Query(None, description="occurred, planned, possible or denied (repeated or "
                                        "comma-separated). On /api/timeline: the event's reconciled status."),
    since: Optional[str] = Query(None, description="YYYY-MM-DD: events whose date interval ends on or after it."),
    until: Optional[str] = Query(None, description="YYYY-MM-DD: events whose date interval starts on or before it."),
    q: Optional[str] = Query(None, description="Case-insensitive text in the evidence sentence or trigger."),
) -> Q.EventFilters:
    """The event filters, one FastAPI dependency shared by every endpoint that filters events:
    parsed and checked here (400 naming the parameter), documented once in the OpenAPI schema."""
    f = Q.EventFilters(
        party=_party(party, "party"), with_=_party(with_, "with"), actor=_party(actor, "actor"),
        recipient=_party(recipient, "recipient"), country=_country(country), type=_types(type),
        status=_statuses(status), since=_day(since, "since"), until=_day(until, "until"),
        q=(q.strip() or None) if q else None,
    )
    if f.q is not None and len(f.q) > 200:
        raise _bad("q", "longer than 200 characters")
    if f.since and f.until and f.since > f.until:
        raise _bad("since", "is after until")
    return f


Filters = Annotated[Q.EventFilters, Depends(event_filters)]


def create_app(db: str = "chronicle.db", write_token: Optional[str] = None,
               max_body: int = DEFAULT_MAX_BODY, store: Optional[Store] = None) -> FastAPI:
    """The ASGI app. ``write_token`` None or empty: read-only (POST endpoints answer 403)."""
    st = store if store is not None else Store(db)
    _link_leftovers(st)
    ingest_lock = threading.Lock()
    app = FastAPI(title="chronicle", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Events from dated news articles: who did what to whom, when, where, who says so.")
    app.state.store = st
    app.state.write_enabled = bool(write_token)

    # ------------------------------------------------------------------ errors as JSON
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        detail = exc.detail
        body = {"error": _ERROR_KIND.get(exc.status_code, "error")}
        if isinstance(detail, dict):
            body.update(detail)
        else:
            body["message"] = str(detail)
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        details = []
        for e in exc.errors():
            loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body")]
            details.append({"param": ".".join(loc) or "request", "problem": e.get("msg", "invalid")})
        msg = "; ".join(f"{d['param']}: {d['problem']}" for d in details) or "invalid request"
        return JSONResponse({"error": "bad_request", "message": msg, "details": details}, status_code=400)

    @app.exception_handler(Q.BadCursor)
    async def _bad_cursor(request: Request, exc: Q.BadCursor):
        return JSONResponse({"error": "bad_request", "message": f"cursor: {exc}",
                             "details": [{"param": "cursor", "problem": str(exc)}]}, status_code=400)

    # ------------------------------------------------------------------ API: reading
    @app.get("/api/health", tags=["meta"])
    def health():
        """Liveness, row counts, and whether writes are enabled."""
        return {"status": "ok", "write_enabled": app.state.write_enabled, "counts": st.counts()}

    @app.get("/api/facets", tags=["meta"])
    def facets():
        """Types, statuses and party countries present in the store (for filter menus)."""
        return Q.facets(st)

    @app.get("/api/events", tags=["events"])
    def list_events(f: Filters, limit: int = Query(50, ge=1, le=MAX_PAGE),
                    cursor: Optional[str] = Query(None, max_length=400)):
        """Event mentions matching every filter, by their own date (undated last). Pass
        ``next_cursor`` back as ``cursor`` for the next page; it is null on the last page."""
        page = Q.events_page(st, f, limit=limit, cursor=cursor)
        return {"items": page["items"], "next_cursor": page["next_cursor"], "limit": limit}

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(event_id: str):
        """One event mention with its evidence spans (offsets into the article text) and sources,
        and the canonical event it belongs to (``chronicle.link``, as in ``chronicle timeline``):
        ``event_id``, ``event`` (reconciled status, most precise date, mention / article / source
        counts, first and last reported, ``realizes`` / ``realized_by`` event ids), ``mentions``
        (every mention of that event), ``num_mentions``, ``num_articles``, ``event_sources``.
        ``event_id`` may also be a canonical event id (``ev-…``): its best mention is shown.
        A mention not linked yet has ``event`` null and only itself in ``mentions``."""
        if len(event_id) > 300:
            raise _bad("event_id", "longer than 300 characters")
        d = Q.event_detail(st, event_id)
        if d is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return d

    @app.get("/api/actors", tags=["actors"])
    def list_actors(q: Optional[str] = Query(None, max_length=200, description="Text in the name or an alias."),
                    country: Optional[str] = Query(None, description=_COUNTRY_DOC), limit: int = Query(50, ge=1, le=MAX_PAGE),
                    cursor: Optional[str] = Query(None, max_length=400)):
        """Canonical actors with aliases and event counts, most events first."""
        return {**Q.actors_page(st, q=q or None, country=_country(country), limit=limit, cursor=cursor),
                "limit": limit}

    @app.get("/api/actors/{actor_id}", tags=["actors"])
    def get_actor(actor_id: int):
        """One actors row: name, country, sector, kind, ``aliases``, ``events`` (mentions it fills a
        role of), ``articles``, ``canonical_id`` (the row it is the same actor as, across documents)
        and ``roles``: the titles the articles state for that canonical actor (every row mapped to
        it), oldest first. Each role: ``title`` (normalized), ``country``, ``sector``,
        ``first_seen``/``last_seen`` (dates of the articles stating it as held), ``ended_by`` (the
        earliest article calling it former: it had ended by that date), ``qualifiers`` (former /
        outgoing / acting, as stated), ``articles`` (count) and ``evidence`` (``article`` id,
        ``article_key``, ``date``, the title ``text`` as written, ``start``/``end`` offsets into
        that article's text, ``former``, ``qualifier``)."""
        d = Q.actor_detail(st, actor_id)
        if d is None:
            raise HTTPException(404, f"no actor {actor_id}")
        return d

    @app.get("/api/network", tags=["actors"])
    def get_network(f: Filters, nodes: int = Query(60, ge=1, le=500)):
        """Actors as nodes (event counts), actor→recipient edges counting events."""
        return Q.network(st, f, limit_nodes=nodes)

    @app.get("/api/timeline", tags=["events"])
    def get_timeline(f: Filters):
        """Canonical events (the linker's, ``chronicle.link``: as in ``chronicle timeline``), each
        once, in the order of their own dates (undated last): those with a mention matching the
        filters, whose reconciled ``status`` and most precise date pass ``status`` and
        ``since``/``until``.

        Each entry is the event's best mention (``id``, evidence sentence, parties) with the
        event's ``status`` and ``date``, plus ``event_id``, ``num_mentions``, ``num_articles``,
        ``num_sources``, ``first_reported``, ``last_reported``, ``sources``, ``realizes`` /
        ``realized_by`` (event ids: an occurred event and the plan it carries out),
        ``mention_ids`` (best first), ``label``, ``date_label`` and ``dyad``. ``truncated``: the
        events' mentions passed the answer's limit and the later events were left out."""
        from chronicle.timeline import date_label, describe

        res = Q.canonical_events(st, f, max_mentions=MAX_TIMELINE_MENTIONS)
        for e in res["entries"]:
            e["label"] = describe(e)
            e["date_label"] = date_label(e["date"], e.get("status"))
            e["dyad"] = _dyad(e)
        return res

    @app.get("/api/places", tags=["events"])
    def get_places(f: Filters):
        """Located event mentions grouped by place (name and coordinates), for the map: ``count``
        mentions, ``num_events`` distinct canonical events, ``events`` the first 50 mentions."""
        return {"places": Q.places(st, f)}

    @app.get("/api/stats", tags=["events"])
    def get_stats(f: Filters, by: str = Query("month", description="month, type, status, dyad or country")):
        """Counts of matching event mentions per month / type / status / dyad / country."""
        if by not in Q.AGGREGATES:
            raise _bad("by", f"{by[:50]!r}: use {', '.join(Q.AGGREGATES)}")
        return {"by": by, "counts": Q.aggregate(st, by, f)}

    @app.get("/api/articles/{key}", tags=["articles"])
    def get_article(key: int):
        """An article (by ``article.key`` as listed with events) with its text and every annotation;
        all offsets index the text."""
        d = Q.article_detail(st, key)
        if d is None:
            raise HTTPException(404, f"no article {key}")
        return d

    @app.get("/api/export", tags=["export"])
    def export(f: Filters,
               format: str = Query("csv", description="csv, jsonl or parquet: matching event mentions, flat; "
                                   "gdelt-events (GDELT 2.0 events, 61 tab-separated columns), gdelt-mentions "
                                   "(GDELT 2.0 mentions, 16 columns) or acled (ACLED-style CSV): canonical events"),
               header: bool = Query(False, description="gdelt-*: a first line of GDELT's column names"),
               include_planned: bool = Query(False, description="gdelt-*: also planned and possible events "
                                             "(default: occurred only)")):
        """Matching event mentions, flat (the ``chronicle export`` columns), or the canonical events
        of the matching mentions in GDELT 2.0 (events / mentions) or ACLED form (``chronicle export
        --format gdelt-events|gdelt-mentions|acled``); streamed page by page in constant memory.
        For the canonical formats ``status``/``since``/``until`` apply to the event's own status
        and date, as in ``/api/timeline``."""
        if format in EXPORTS.FORMATS:
            if include_planned and format == "acled":
                raise _bad("include_planned", "acled holds what happened; include_planned is for gdelt-* only")
            gdelt = format.startswith("gdelt")
            chunks = EXPORTS.chunks(st, format, header=header, include_planned=include_planned, filters=f,
                                    cell=_cell)
            name = f"{format}.{'tsv' if gdelt else 'csv'}"
            return StreamingResponse(chunks, media_type=("text/tab-separated-values" if gdelt else "text/csv")
                                     + "; charset=utf-8",
                                     headers={"Content-Disposition": f'attachment; filename="{name}"'})
        rows = Q.iter_flat_events(st, f)
        if format == "csv":
            return StreamingResponse(_csv_stream(rows), media_type="text/csv; charset=utf-8",
                                     headers={"Content-Disposition": 'attachment; filename="events.csv"'})
        if format == "jsonl":
            return StreamingResponse((json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows),
                                     media_type="application/x-ndjson",
                                     headers={"Content-Disposition": 'attachment; filename="events.jsonl"'})
        if format == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                raise HTTPException(501, "Parquet export needs pyarrow: pip install 'chronicle[parquet]'") from None
            from chronicle.api.parquet import parquet_stream

            return StreamingResponse(parquet_stream(rows), media_type="application/vnd.apache.parquet",
                                     headers={"Content-Disposition": 'attachment; filename="events.parquet"'})
        raise _bad("format", f"{format[:50]!r}: use csv, jsonl, parquet, {', '.join(EXPORTS.FORMATS)}")

    # ------------------------------------------------------------------ API: writing
    @app.post("/api/articles", tags=["articles"], status_code=200)
    async def post_articles(request: Request,
                            date: Optional[str] = Query(None, description="Date for articles that carry none."),
                            format: Optional[str] = Query(None, description="text, jsonl, csv or html; default: from Content-Type")):
        """Ingest the request body (seed format, plain text with ``date``, JSONL, CSV or HTML: the
        formats of ``chronicle ingest``). Requires the write token. The body is read; no path is."""
        check_write_token(request, write_token)
        day = _day(date, "date")
        kind = _kind(request.headers.get("content-type"), format)
        body = await request.body()
        if not body.strip():
            raise _bad("body", "empty: send the article(s) as the request body")
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(_ingest_body, st, ingest_lock, body, kind, day)
        status = 201 if result["stored"] else (400 if not result["read"] else 200)
        if not result["read"]:
            result = {"error": "bad_request", "message": "no article could be read from the body", **result}
        return JSONResponse(result, status_code=status)

    # ------------------------------------------------------------------ docs and UI
    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url="/openapi.json", title="chronicle API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg",
                                   swagger_ui_parameters={"validatorUrl": None})

    static = _static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(f"{static}/index.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body)
    return app


def _link_leftovers(store: Store) -> None:
    """The timeline and event pages read the linker's canonical events. Mentions stored without
    them (a database from before ``0002_events``, an ingest killed between storing and linking)
    are linked once at start, as the next ``chronicle ingest`` would."""
    from chronicle.link.store_adapter import has_pending, link_pending

    if has_pending(store):
        link_pending(store)


def _dyad(e: dict) -> str:
    def side(fs):
        cs = sorted({f.get("country") for f in fs if f.get("country")})
        return "+".join(cs) or "?"
    return f"{side(e['actor'])} → {side(e['recipient'])}"


def _kind(content_type: Optional[str], format: Optional[str]) -> Optional[str]:
    if format:
        if format not in ("text", "jsonl", "csv", "html"):
            raise _bad("format", f"{format[:50]!r}: use text, jsonl, csv or html")
        return None if format == "text" else format
    ct = (content_type or "text/plain").split(";")[0].strip().lower()
    if ct not in _FORMATS:
        raise HTTPException(415, f"Content-Type {ct[:80]!r}: send text/plain, application/x-ndjson, "
                                 "text/csv or text/html")
    return _FORMATS[ct]


def _ingest_body(store: Store, lock: threading.Lock, body: bytes, kind: Optional[str],
                 day: Optional[date]) -> dict:
    from chronicle.ingest import ingest
    from chronicle.readers.dispatch import _read_bytes

    items = list(_read_bytes(body, "<request body>", "request", kind, day))
    with lock:  # one ingest at a time per server; readers are not blocked (SQLite WAL)
        summary = ingest(items, store, argv="POST /api/articles")
    return {**summary.as_dict(),
            "problems": [{"origin": p.origin, "reason": p.reason} for p in summary.skipped],
            "failures": [{"article": f.article.id, "stage": f.stage, "error": str(f.error)} for f in summary.failed]}


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(v):
    """Article text is untrusted: a text cell that a spreadsheet would run as a formula gets a
    leading apostrophe (OWASP's CSV-injection advice). Numbers are left alone."""
    if isinstance(v, str) and v.startswith(_FORMULA_START):
        return "'" + v
    return v


def _csv_stream(rows: Iterator[dict]) -> Iterator[str]:
    buf = io.StringIO()
    writer = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buf, fieldnames=list(row.keys()))
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in row.items()})
        n += 1
        if n % 200 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()
