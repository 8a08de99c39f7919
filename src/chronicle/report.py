"""The machine-readable report of a run (``--report FILE`` on ``chronicle ingest`` / ``annotate``).

One JSON object: what the run counted, every input it skipped (file, line or record, reason) and
every article a stage failed on (article id, where it came from, stage, error)::

    {"version": 1, "command": "ingest", "ok": false,
     "summary": {"read": 3, "stored": 2, "duplicates": 0, "skipped": 1, "failed": 0},
     "skipped": [{"origin": "news.jsonl:7", "file": "news.jsonl", "line": 7,
                  "reason": "impossible date '2025-02-30': no such day in the calendar"}],
     "failed": []}

``line`` is the line a record starts on (JSONL, CSV, the seed header), else null.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Iterable, Optional

from chronicle.errors import InputProblem

REPORT_VERSION = 1
_LINE = re.compile(r"^(.*):(\d+)$", re.DOTALL)


def split_origin(origin: Optional[str]) -> tuple[Optional[str], Optional[int]]:
    """'news.jsonl:7' -> ('news.jsonl', 7); 'a.txt' -> ('a.txt', None)."""
    if not origin:
        return None, None
    m = _LINE.match(origin)
    if m:
        return m.group(1), int(m.group(2))
    return origin, None


def skipped_entry(problem: InputProblem) -> dict:
    file, line = split_origin(problem.origin)
    return {"origin": problem.origin, "file": file, "line": line, "reason": problem.reason}


def failed_entry(failure) -> dict:
    """An ``AnnotationFailure`` (article, stage, error)."""
    article = failure.article
    file, line = split_origin(article.origin)
    return {"article_id": article.id, "origin": article.origin, "file": file, "line": line,
            "date": article.date.isoformat() if article.date else None,
            "stage": failure.stage, "error": failure.error}


def build_report(command: str, skipped: Iterable[InputProblem], failed: Iterable,
                 summary: Optional[dict] = None) -> dict:
    skipped_list = [skipped_entry(p) for p in skipped]
    failed_list = [failed_entry(f) for f in failed]
    return {
        "version": REPORT_VERSION,
        "command": command,
        "ok": not skipped_list and not failed_list,
        "summary": dict(summary or {"skipped": len(skipped_list), "failed": len(failed_list)}),
        "skipped": skipped_list,
        "failed": failed_list,
    }


def write_report(path: os.PathLike | str, command: str, skipped: Iterable[InputProblem], failed: Iterable,
                 summary: Optional[dict] = None) -> dict:
    """Write the report as JSON (whole or not at all: a temporary file renamed into place)."""
    report = build_report(command, skipped, failed, summary)
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return report
