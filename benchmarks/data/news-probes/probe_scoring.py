"""Scorers shared by the news probes' expected_dates.py / expected_links.py (second probe on).

A probe file holds only its expectations and calls these with the database path. Mentions are
named (article, trigger[, sentence hint]); a hint picks one of several mentions with that trigger.
"""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

ARTICLE = "article"  # in a set of accepted dates: the article-date fallback is right


def exported(db: str) -> list[dict]:
    """Every stored event mention, as `chronicle export` writes it."""
    out = subprocess.run([sys.executable, "-c", "from chronicle.cli.main import app; app()", "export", "--db", db],
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _matches(r: dict, art: str, trig: str, hint) -> bool:
    return r["article_id"] == art and r["trigger_text"].lower() == trig.lower() and \
        (hint is None or hint in r["sentence_text"])


def score_dates(db: str, expected: list[tuple]) -> None:
    """expected: (article, trigger, hint or None, accepted TIMEX values or None = not scored)."""
    rows = exported(db)
    right = wrong = missing = 0
    listed = set()
    for art, trig, hint, acc in expected:
        rs = [r for r in rows if _matches(r, art, trig, hint)]
        listed.update(r["event_id"] for r in rs)
        if acc is None:
            continue
        if not rs:
            missing += 1
            print("  missing:", art, trig, hint or "", "expected", sorted(acc))
            continue
        ok = all((r["date_source"] == "article" and ARTICLE in acc) or
                 (r["date_source"] != "article" and r["date_value"] in acc) for r in rs)
        right += ok
        wrong += not ok
        if not ok:
            print("  WRONG:", art, trig, hint or "", "expected", sorted(acc), "got",
                  [(r["date_value"], r["date_source"], r["date_text"]) for r in rs])
    unlisted = [(r["article_id"], r["trigger_text"], r["date_value"], r["date_source"])
                for r in rows if r["event_id"] not in listed]
    print(f"{db}: {right} right, {wrong} wrong of {right + wrong} scored mentions found; "
          f"{missing} scored mentions not extracted")
    print("unlisted mentions:", unlisted)


def score_links(db: str, same: dict, apart: list, realizes: dict, never: dict) -> None:
    """same: name -> mentions of one real event; apart: pairs of mentions of distinct events;
    realizes: name -> (act, plan); never: name -> mentions of a plan nothing may realize."""
    rows = exported(db)
    c = sqlite3.connect(db)
    m2e = dict(c.execute("select mention_id, event_id from event_mentions"))

    def ev(key) -> set:
        art, trig, hint = key[0], key[1], key[2] if len(key) > 2 else None
        return {m2e.get(r["mention_id"]) or m2e.get(r["event_id"]) for r in rows if _matches(r, art, trig, hint)}

    links = set(c.execute("select source_id, target_id from event_links where relation='realizes'"))
    ok = n = 0
    for name, ms in same.items():
        ids = [ev(m) for m in ms]
        allids = set().union(*ids)
        good = all(ids) and len(allids) == 1
        n += 1
        ok += good
        print(("  ok    " if good else "  SPLIT "), name, f"({len(allids)} events; missing: {[m for m, i in zip(ms, ids) if not i]})")
    for a, b in apart:
        ea, eb = ev(a), ev(b)
        good = bool(ea and eb) and not (ea & eb)
        n += 1
        ok += good
        print(("  ok    " if good else ("  MERGED" if ea & eb else "  MISSING")), a, b)
    for name, (a, b) in realizes.items():
        ea, eb = ev(a), ev(b)
        good = any((x, y) in links for x in ea for y in eb)
        n += 1
        ok += good
        print(("  ok    " if good else "  NO LINK"), name, "" if ea and eb else f"(mention missing: {a if not ea else b})")
    for name, ms in never.items():
        plan = set().union(*[ev(m) for m in ms])
        bad = [link for link in links if link[1] in plan]
        n += 1
        ok += bool(plan) and not bad
        print(("  ok    " if plan and not bad else "  WRONG "), name, bad if bad else ("" if plan else "(plan not extracted)"))
    expected = {(x, y) for a, b in realizes.values() for x in ev(a) for y in ev(b)}
    print(f"{db}: {ok} of {n} expectations met; realizes links not expected: {len(links - expected)}")
