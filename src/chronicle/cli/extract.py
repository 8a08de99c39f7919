"""`chronicle extract` (sentence interface) and `chronicle eval events`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from chronicle.cli.main import _parse_day, app, err_console, eval_app, user_errors
from chronicle.errors import ChronicleError


@app.command()
@user_errors
def extract(
    file: str = typer.Argument("-", help='JSONL lines {"id", "text", "date"?}; - for stdin.'),
    date_: Optional[str] = typer.Option(None, "--date", help="Date for lines that carry none."),
    batch_size: int = typer.Option(64, "--batch-size", min=1),
    event_classifier: bool = typer.Option(
        True, "--event-classifier/--rules-only",
        help="Type sentences the rules find no event in with the statistical fallback."),
):
    """Events of each JSONL line, as JSONL {"id", "events": [...]} (the annotate contract's events)."""
    from datetime import date as _date

    from chronicle.model import Article
    from chronicle.pipeline import annotate_many

    default_day = _parse_day(date_, "--date")
    fh = sys.stdin if file == "-" else open(file, encoding="utf-8")
    articles, bad = [], 0
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text = obj["text"]
                day = _date.fromisoformat(obj["date"][:10]) if obj.get("date") else default_day
                articles.append(Article(id=str(obj.get("id", n)), date=day, text=text, origin=f"{file}:{n}"))
            except (ValueError, KeyError, TypeError) as err:
                bad += 1
                err_console.print(f"[yellow]skipped[/yellow] {file}:{n}: {type(err).__name__}: {err}",
                                  highlight=False)
    options = {"event_classifier": event_classifier}
    for result in annotate_many(articles, batch_size=batch_size, options=options):
        contract = result.to_contract()
        typer.echo(json.dumps({"id": result.article.id, "events": contract["events"]}, ensure_ascii=False))
    if bad:
        raise typer.Exit(1)


@eval_app.command("events")
@user_errors
def eval_events(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV: text,label,source,target"),
    date_: Optional[str] = typer.Option(None, "--date", help="Article date to anchor the sentences."),
    event_classifier: bool = typer.Option(
        True, "--event-classifier/--rules-only",
        help="Type sentences the rules find no event in with the statistical fallback."),
):
    """Accuracy and macro-F1 of the top event's PLOVER code; actor/recipient overlap with source/target."""
    from chronicle.eval.events import evaluate_csv

    try:
        result = evaluate_csv(gold, _parse_day(date_, "--date"), event_classifier=event_classifier)
    except ValueError as err:
        raise ChronicleError(str(err))
    typer.echo(json.dumps(result, indent=2))
