"""Timelines: canonical events (``chronicle.link``), ordered by the events' own dates.

Each real-world event is shown once, with its stable id, the most precise compatible date, its
reconciled status, the numbers of mentions, articles and sources, the best evidence sentence and
every source; the entries come from :func:`chronicle.store.queries.canonical_events` (API; the CLI
reads it through :func:`chronicle.link.store_adapter.canonical_timeline`). The grouping of mentions
into events is the linker's alone (``chronicle.link``); nothing here groups.
Rendering to a table, JSON or a self-contained HTML page (all article text escaped: articles are
untrusted input).
"""
from __future__ import annotations

import html
import re


def _parties(fillers) -> str:
    return ", ".join(f"{f.get('name') or f.get('text')}" + (f" ({f['country']})" if f.get("country") else "")
                     for f in fillers) or "?"


def describe(e: dict) -> str:
    mode = f"/{e['mode']}" if e.get("mode") else ""
    return f"{_parties(e['actor'])} → {e['type']}{mode} → {_parties(e['recipient'])}"


def _date_not_given(d: dict, status: str | None) -> bool:
    """A plan or possibility the text gives no date for: it carries the article date only as a
    fallback, and lies at some unstated time after it."""
    return d.get("source") == "article" and status in ("planned", "possible")


_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_HALVES = {"H1": "first half", "H2": "second half"}
_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(?:(MO|MI|AF|EV|NI|DT)|(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?"
                   r"(Z|[+-]\d{2}(?::?\d{2})?)?)$")
_PERIOD = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$")


def readable_value(value: str) -> str:
    """A TIMEX3 value as a reader writes it: "2025-07-07TNI" -> "2025-07-07 night",
    "2025-07-07T14:00" -> "2025-07-07 14:00", "2009-12-15T18:00Z" -> "2009-12-15 18:00 UTC",
    "2025-W16-WE" -> "2025-W16 weekend", "2025-SU" -> "2025 summer", "2025-H1" -> "2025 first half",
    "202" -> "2020s", "19" -> "1900s". Days, months, years, weeks and quarters read as they are."""
    m = _TIME.match(value)
    if m:
        day, part, hour, minute, zone = m.groups()
        if part:
            return f"{day} {_PARTS_OF_DAY[part]}"
        zone = "" if zone is None else " UTC" if zone == "Z" else f" UTC{zone}"
        return f"{day} {hour}:{minute or '00'}{zone}"
    m = _PERIOD.match(value)
    if m:
        year, part = m.groups()
        return f"{year} {_SEASONS.get(part) or _HALVES.get(part) or part}"
    if value.endswith("-WE") and "-W" in value[:-3]:
        return f"{value[:-3]} weekend"
    if value.isdigit() and len(value) in (2, 3):
        return f"{value}{'0' * (4 - len(value))}s"  # a decade ("202") or a century ("19")
    return value


def date_label(d: dict, status: str | None = None) -> str:
    """The date as a reader should see it (``readable_value``: "2025-07-07 night" for the raw
    "2025-07-07TNI", which the JSON keeps). An event the text gives no date for carries the article
    date (``source: "article"``): for a report of what happened that is the report's day, but a plan
    or a possibility lies at some unstated time after it, so it is shown as undated."""
    if not d.get("start"):
        return "date unknown"
    label = readable_value(d["value"]) if d.get("value") else str(d["start"])
    if _date_not_given(d, status):
        return f"date not given (reported {label})"
    if d.get("source") == "article":
        label += " (article date)"
    return label


def precision_label(d: dict, status: str | None = None) -> str:
    """The date's precision, or "none" where :func:`date_label` shows the event as undated."""
    if not d.get("start") or _date_not_given(d, status):
        return "none"
    return str(d.get("precision") or "")


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1d2330}
h1{font-size:1.5rem}h2{font-size:1.05rem;margin:2rem 0 .5rem;color:#55607a;border-bottom:1px solid #dde2ec}
.axis{border-left:3px solid #c3cad9;margin-left:.5rem;padding-left:1.25rem}
.ev{position:relative;margin:0 0 1rem;padding:.6rem .8rem;border-radius:6px;background:#f4f6fa}
.ev:before{content:"";position:absolute;left:-1.75rem;top:1rem;width:.8rem;height:.8rem;border-radius:50%;background:#2f6fdb}
.ev.planned,.ev.possible{background:#fff;border:2px dashed #c28a00}.ev.planned:before,.ev.possible:before{background:#fff;border:2px solid #c28a00}
.ev.denied{background:#fff;border:2px solid #b42318;text-decoration:line-through}
.when{font-weight:600}.status{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;padding:.05rem .4rem;border-radius:3px;background:#2f6fdb;color:#fff;margin-left:.4rem}
.planned .status,.possible .status{background:#c28a00}.denied .status{background:#b42318}
.what{margin:.3rem 0}.evidence{font-size:.9rem;color:#3d4456;margin:.3rem 0}.meta{font-size:.8rem;color:#6b7489}
.legend span{margin-right:1rem}
"""


def render_html(entries: list[dict], title: str) -> str:
    esc = html.escape
    parts = [
        "<!doctype html><html lang=en><meta charset=utf-8>",
        f"<title>{esc(title)}</title><style>{_CSS}</style>",
        f"<h1>{esc(title)}</h1>",
        "<p class=legend><span>● occurred</span><span>◌ planned / possible (dashed)</span>"
        f"<span>{len(entries)} events</span></p>",
    ]
    current = None
    for e in entries:
        start = e["date"].get("start")
        # Group by month; a year-precise event goes under its year, not under January.
        precision = e["date"].get("precision")
        month = (str(start)[:4] if precision == "year" else str(start)[:7]) if start else "undated"
        if month != current:
            if current is not None:
                parts.append("</div>")
            parts.append(f"<h2>{esc(month)}</h2><div class=axis>")
            current = month
        status = e["status"]
        att = e.get("attribution") or {}
        who_says = ""
        if att.get("speaker"):
            who_says = "says " + att["speaker"] + (" via " + ", ".join(att.get("via") or []) if att.get("via") else "")
        parts.append(
            f"<div class='ev {esc(status)}' id='{esc(str(e.get('id', '')))}'>"
            f"<div><span class=when>{esc(date_label(e['date'], status))}</span>"
            f" <span class=meta>precision: {esc(precision_label(e['date'], status))}</span>"
            f"<span class=status>{esc(status)}</span></div>"
            f"<div class=what>{esc(describe(e))} <span class=meta>PLOVER {esc(str(e.get('plover')))}"
            f" · CAMEO {esc(str(e.get('cameo')))}</span></div>"
            f"<div class=evidence>“{esc(e.get('sentence_text') or '')}”</div>"
            f"<div class=meta>{esc(str(e.get('id', '')))} · {e.get('num_mentions', 1)} mention(s) in "
            f"{e.get('num_articles', 1)} article(s) · {e.get('num_sources', 0)} source(s)"
            f"{' · first reported ' + esc(str(e['first_reported'])) if e.get('first_reported') else ''}"
            f"{' · last reported ' + esc(str(e['last_reported'])) if e.get('last_reported') and e.get('last_reported') != e.get('first_reported') else ''}"
            f"{' · realizes ' + esc(', '.join(e['realizes'])) if e.get('realizes') else ''}"
            f"{' · realized by ' + esc(', '.join(e['realized_by'])) if e.get('realized_by') else ''}"
            f"{' · ' + esc(who_says) if who_says else ''}"
            f" · sources: {esc(', '.join(e.get('sources') or []) or 'none named')}</div></div>"
        )
    if current is not None:
        parts.append("</div>")
    parts.append("</html>\n")
    return "\n".join(parts)
