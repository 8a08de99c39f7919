"""The ``chronicle`` command line: thin wrappers over the library."""
from __future__ import annotations

import csv
import functools
import importlib
import io
import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from chronicle.errors import ChronicleError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Dated news articles -> who did what to whom, when, where, and who says so.")
eval_app = typer.Typer(no_args_is_help=True, help="Score chronicle against gold data.")
app.add_typer(eval_app, name="eval")

err_console = Console(stderr=True)
DEFAULT_DB = "chronicle.db"
REPORT_HELP = "Write the inputs skipped and the articles failed as JSON to this file."
DbOption = typer.Option(DEFAULT_DB, "--db", help="Database URL or SQLite path (postgresql://... for PostgreSQL).")


class AnnotateFormat(str, Enum):
    json = "json"
    table = "table"


class ListFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class TimelineFormat(str, Enum):
    table = "table"
    json = "json"
    html = "html"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    gdelt_events = "gdelt-events"
    gdelt_mentions = "gdelt-mentions"
    acled = "acled"


def user_errors(fn):
    """User mistakes end in one clear line and a non-zero exit, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ChronicleError as err:
            err_console.print(f"[red]error:[/red] {escape(str(err))}", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
        except OSError as err:
            err_console.print(f"[red]error:[/red] {escape(str(err))}", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
        except Exception as err:
            from sqlalchemy.exc import SQLAlchemyError

            if isinstance(err, SQLAlchemyError):
                err_console.print(f"[red]error:[/red] database: {escape(str(err).splitlines()[0])}",
                                  highlight=False, soft_wrap=True)
                raise typer.Exit(2)
            raise

    return wrapper


def _parse_day(value: Optional[str], name: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ChronicleError(f"{name} {value!r} is not a date (use YYYY-MM-DD)")


def _open_store(db: str):
    from chronicle.store import Store

    return Store(db)


def _actor_key(text: Optional[str]) -> Optional[str]:
    """'North Korea' / 'north korean' / 'PRK' -> 'PRK'; anything else is matched by name."""
    if text is None:
        return None
    from chronicle.actors.lexicon import country_of

    if len(text) == 3 and text.isalpha() and text.isupper():
        return text
    return country_of(text) or country_of(text.title()) or text


def _options(dictionary: Optional[Path], event_classifier: bool = False) -> dict:
    options: dict = {"event_classifier": True} if event_classifier else {}
    if dictionary is not None:
        from chronicle.actors.dictionary import ActorDictionary

        options["actor_dictionary"] = ActorDictionary.load(dictionary)
    return options


ClassifierOption = typer.Option(
    False, "--event-classifier",
    help="Also type sentences the rules find no event in with the statistical fallback (slower).")


# --------------------------------------------------------------------------- annotate
@app.command()
@user_errors
def annotate(
    file: str = typer.Argument(..., help="An article file (seed format, text, JSONL, CSV, HTML) or - for stdin."),
    date_: Optional[str] = typer.Option(None, "--date", help="Article date for inputs that carry none."),
    format: AnnotateFormat = typer.Option(AnnotateFormat.json, "--format"),
    dictionary: Optional[Path] = typer.Option(None, "--dictionary", help="Actor dictionary (YAML or CSV)."),
    event_classifier: bool = ClassifierOption,
    report: Optional[Path] = typer.Option(None, "--report", help=REPORT_HELP),
):
    """Analyse articles and print the result (no database)."""
    from chronicle.errors import InputProblem
    from chronicle.pipeline import annotate_many
    from chronicle.readers import read_inputs

    day = _parse_day(date_, "--date")
    articles, problems = [], []
    for item in read_inputs([file], default_date=day):
        (problems if isinstance(item, InputProblem) else articles).append(item)
    for p in problems:
        err_console.print(f"[yellow]skipped[/yellow] {escape(str(p))}", highlight=False, soft_wrap=True)
    results, failed = [], []
    for r in (annotate_many(articles, errors="collect", options=_options(dictionary, event_classifier))
              if articles else []):
        if hasattr(r, "stage"):  # an AnnotationFailure: reported, the other articles go on
            failed.append(r)
            err_console.print(f"[red]failed[/red] {escape(r.article.id)}: stage {r.stage}: {escape(r.error)}",
                              highlight=False, soft_wrap=True)
        else:
            results.append(r.to_contract())
    if report is not None:
        from chronicle.report import write_report

        write_report(report, "annotate", problems, failed,
                     {"read": len(articles), "annotated": len(results), "skipped": len(problems),
                      "failed": len(failed)})
    if not articles:
        raise ChronicleError(f"{file}: no article could be read")
    if not results:
        raise ChronicleError(f"{file}: no article could be annotated")
    if format == AnnotateFormat.json:
        out = results[0] if len(articles) == 1 else results
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        console = Console()
        for r in results:
            _print_annotation_table(console, r)
    if problems or failed:
        raise typer.Exit(1)


def _print_annotation_table(console: Console, r: dict) -> None:
    a = r["article"]
    console.print(f"[bold]{a['id']}[/bold]  {a['date']}")
    t = Table("timex", "type", "value", "mod", title="Time expressions", title_justify="left")
    for x in r["timexes"]:
        t.add_row(x["text"], x["type"], str(x["value"]), x["mod"] or "")
    console.print(t)
    t = Table("actor", "country", "sector", "mentions", title="Actors", title_justify="left")
    for x in r["actors"]:
        t.add_row(x["name"], x["country"] or "", x["sector"] or "", str(len(x["mentions"])))
    console.print(t)
    t = Table("date", "status", "actor", "type", "recipient", "plover", "trigger", "who says",
              title="Events", title_justify="left")
    for e in r["events"]:
        att = e["attribution"] or {}
        t.add_row(str(e["date"]["value"]) + ("*" if e["date"]["source"] == "article" else ""), e["status"],
                  ", ".join(f"{x['name']} ({x['country']})" for x in e["actor"]),
                  e["type"] + (f"/{e['mode']}" if e["mode"] else ""),
                  ", ".join(f"{x['name']} ({x['country']})" for x in e["recipient"]),
                  e["plover"], e["trigger"]["text"],
                  (att.get("speaker") or "") + (" via " + ", ".join(att["via"]) if att.get("via") else ""))
    console.print(t)
    console.print("* article date: the text gives no date for this event")


# --------------------------------------------------------------------------- ingest
@app.command()
@user_errors
def ingest(
    paths: Optional[List[str]] = typer.Argument(None, help="Files, directories (recursive) or - for stdin."),
    db: str = DbOption,
    date_: Optional[str] = typer.Option(None, "--date", help="Date for inputs that carry none."),
    batch_size: int = typer.Option(32, "--batch-size", min=1),
    dictionary: Optional[Path] = typer.Option(None, "--dictionary", help="Actor dictionary (YAML or CSV)."),
    event_classifier: bool = ClassifierOption,
    quiet: bool = typer.Option(False, "--quiet", "-q"),
    workers: int = typer.Option(0, "--workers", min=0,
                                help="Annotate on N local worker processes (0: in this process)."),
    dask: Optional[str] = typer.Option(None, "--dask", metavar="ADDRESS",
                                       help="Annotate on a Dask cluster, e.g. tcp://HOST:8786."),
    retry_failed: bool = typer.Option(False, "--retry-failed",
                                      help="Also retry the articles earlier runs failed on."),
    report: Optional[Path] = typer.Option(None, "--report", help=REPORT_HELP),
):
    """Read, annotate and store articles. Re-ingesting the same articles changes nothing."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from chronicle.ingest import ingest as run_ingest
    from chronicle.readers import read_inputs

    from chronicle.parallel import make_runner

    paths = list(paths or [])
    if not paths and not retry_failed:
        raise ChronicleError("nothing to ingest: give files, folders or -, or --retry-failed")
    day = _parse_day(date_, "--date")
    store = _open_store(db)
    options = _options(dictionary, event_classifier)
    retried = []
    if retry_failed:
        from chronicle.store.retry import failed_articles

        retried = list(failed_articles(store))  # the retry queue, read before the run writes to it
    # Files are streamed (a corpus need not fit in memory); stdin can be read once only.
    stdin_data = None
    if "-" in paths:
        stream = getattr(sys.stdin, "buffer", sys.stdin)
        stdin_data = stream.read()

    def items():
        if paths:
            stdin = None
            if stdin_data is not None:
                stdin = io.BytesIO(stdin_data) if isinstance(stdin_data, bytes) else io.StringIO(stdin_data)
            yield from read_inputs(paths, default_date=day, stdin=stdin)
        yield from retried

    show = not quiet and sys.stderr.isatty()
    # The progress bar's total costs one more read of the inputs (no annotation): for a terminal only.
    n_articles = sum(1 for i in items() if not hasattr(i, "reason")) if show else 0
    show = show and n_articles >= 20
    argv = " ".join(["chronicle", "ingest", *paths] + (["--retry-failed"] if retry_failed else []))
    runner = make_runner(workers, dask)
    try:
        if show:
            with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=err_console) as progress:
                task = progress.add_task("ingest", total=n_articles)
                summary = run_ingest(items(), store, batch_size=batch_size, argv=argv, options=options,
                                     on_progress=lambda n: progress.advance(task, n), runner=runner)
        else:
            summary = run_ingest(items(), store, batch_size=batch_size, argv=argv, options=options, runner=runner)
    finally:
        runner.close()
        store.close()
    for p in summary.skipped:
        err_console.print(f"[yellow]skipped[/yellow] {escape(str(p))}", highlight=False, soft_wrap=True)
    for f in summary.failed:
        where = f" ({f.article.origin})" if f.article.origin and f.article.origin != f.article.id else ""
        err_console.print(f"[red]failed[/red] {escape(f.article.id + where)}: stage {f.stage}: {escape(f.error)} "
                          "(queued: chronicle ingest --retry-failed)", highlight=False, soft_wrap=True)
    s = summary.as_dict()
    if report is not None:
        from chronicle.report import write_report

        write_report(report, "ingest", summary.skipped, summary.failed, s)
    err_console.print(
        f"read {s['read']} · stored {s['stored']} · already stored {s['duplicates']} · "
        f"skipped {s['skipped']} · failed {s['failed']}", highlight=False)
    if summary.skipped or summary.failed:
        raise typer.Exit(1)


# --------------------------------------------------------------------------- events
@app.command()
@user_errors
def events(
    db: str = DbOption,
    actor: Optional[str] = typer.Option(None, "--actor", help="Country (name or ISO3) or actor name."),
    recipient: Optional[str] = typer.Option(None, "--recipient"),
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER type or strict PLOVER code, e.g. CONSULT."),
    status: Optional[str] = typer.Option(None, "--status", help="occurred, planned, possible or denied."),
    since: Optional[str] = typer.Option(None, "--since"),
    until: Optional[str] = typer.Option(None, "--until"),
    format: ListFormat = typer.Option(ListFormat.table, "--format"),
    limit: Optional[int] = typer.Option(None, "--limit", min=1),
):
    """List stored event mentions, filtered."""
    if status and status not in ("occurred", "planned", "possible", "denied"):
        raise ChronicleError(f"--status {status!r}: use occurred, planned, possible or denied")
    store = _open_store(db)
    rows = store.events(actor=_actor_key(actor), recipient=_actor_key(recipient),
                        type=type.upper() if type else None, status=status,
                        since=_parse_day(since, "--since"), until=_parse_day(until, "--until"), limit=limit)
    store.close()
    if format == ListFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif format == ListFormat.csv:
        typer.echo(_to_csv([_flat(r) for r in rows]), nl=False)
    else:
        t = Table("date", "status", "actor", "type", "recipient", "article")
        for r in rows:
            t.add_row(str(r["date"]["value"]), r["status"], _names(r["actor"]),
                      r["type"] + (f"/{r['mode']}" if r.get("mode") else ""), _names(r["recipient"]),
                      r["article"]["id"])
        Console().print(t)


def _names(fillers) -> str:
    return ", ".join(f"{f.get('name') or f.get('text')} ({f.get('country') or '?'})" for f in fillers)


def _flat(r: dict) -> dict:
    att = r.get("attribution") or {}
    loc = r.get("location") or {}
    return {
        "id": r["id"], "article_id": r["article"]["id"], "article_date": r["article"]["date"],
        "type": r["type"], "mode": r.get("mode"), "plover": r.get("plover"), "cameo": r.get("cameo"),
        "status": r["status"],
        "actor": "; ".join(f.get("name") or f.get("text") for f in r["actor"]),
        "actor_country": "; ".join(f.get("country") or "" for f in r["actor"]),
        "recipient": "; ".join(f.get("name") or f.get("text") for f in r["recipient"]),
        "recipient_country": "; ".join(f.get("country") or "" for f in r["recipient"]),
        "date_value": r["date"].get("value"), "date_start": r["date"].get("start"),
        "date_end": r["date"].get("end"), "date_source": r["date"].get("source"),
        "location": loc.get("name"), "latitude": loc.get("latitude"), "longitude": loc.get("longitude"),
        "speaker": att.get("speaker"), "via": "; ".join(att.get("via") or []),
        "evidence": r.get("sentence_text"),
    }


def _to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    if rows:
        w = csv.DictWriter(buf, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    return buf.getvalue()


# --------------------------------------------------------------------------- timeline
@app.command()
@user_errors
def timeline(
    actor: str = typer.Argument(..., help="Country (name or ISO3) or actor name."),
    with_: Optional[str] = typer.Option(None, "--with", help="Only events between ACTOR and this party."),
    db: str = DbOption,
    since: Optional[str] = typer.Option(None, "--since"),
    until: Optional[str] = typer.Option(None, "--until"),
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER type (or strict PLOVER code), e.g. CONSULT."),
    status: Optional[str] = typer.Option(None, "--status", help="The event's reconciled status."),
    format: TimelineFormat = typer.Option(TimelineFormat.table, "--format"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to this file."),
):
    """Events of an actor in the order of their own dates, each event once."""
    from chronicle.link.store_adapter import canonical_timeline
    from chronicle.timeline import date_label, describe, precision_label, render_html

    if status and status not in ("occurred", "planned", "possible", "denied"):
        raise ChronicleError(f"--status {status!r}: use occurred, planned, possible or denied")
    store = _open_store(db)
    entries = canonical_timeline(store, _actor_key(actor), with_=_actor_key(with_),
                                 since=_parse_day(since, "--since"), until=_parse_day(until, "--until"),
                                 type=type, status=status)
    store.close()
    title = f"Timeline: {actor}" + (f" – {with_}" if with_ else "")
    if format == TimelineFormat.html:
        text = render_html(entries, title)
    elif format == TimelineFormat.json:
        text = json.dumps(entries, ensure_ascii=False, indent=2, default=str) + "\n"
    else:
        if output is None:
            t = Table("when", "status", "event · evidence · sources", title=title, title_justify="left",
                      show_lines=True)
            for e in entries:
                sources = ", ".join(e.get("sources") or []) or "none named"
                t.add_row(date_label(e['date'], e['status']).replace(' (', '\n(', 1) + f"\n[dim]{precision_label(e['date'], e['status'])}[/dim]", e["status"],
                          f"[bold]{describe(e)}[/bold]\n“{e.get('sentence_text') or ''}”\n"
                          f"[dim]{e['id']} · {e['num_mentions']} mention(s) in {e['num_articles']} article(s)"
                          f"{_realize_note(e)} · sources: {sources}[/dim]")
            Console(width=120).print(t)
            if not entries:
                err_console.print("no events found")
            return
        text = "\n".join(f"{date_label(e['date'], e['status'])}\t{e['status']}\t{describe(e)}" for e in entries) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
        err_console.print(f"wrote {output} ({len(entries)} events)", highlight=False)
    else:
        typer.echo(text, nl=False)


def _realize_note(e: dict) -> str:
    if e.get("realizes"):
        return " · realizes " + ", ".join(e["realizes"])
    if e.get("realized_by"):
        return " · realized by " + ", ".join(e["realized_by"])
    return ""


# --------------------------------------------------------------------------- export
@app.command()
@user_errors
def export(
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format",
                                        help="jsonl / csv: one flat row per mention; gdelt-events, "
                                             "gdelt-mentions (GDELT 2.0 tab-separated), acled (ACLED-style "
                                             "CSV): canonical events."),
    db: str = DbOption,
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
    header: bool = typer.Option(False, "--header", help="gdelt-*: write GDELT's column names first "
                                                        "(GDELT's own files have none)."),
    include_planned: bool = typer.Option(False, "--include-planned",
                                         help="gdelt-*: also planned and possible events (default: "
                                              "occurred only; GDELT has no column to tell them apart)."),
):
    """Export every stored event mention (jsonl, csv) or every canonical event (gdelt-*, acled)."""
    store = _open_store(db)
    out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        from chronicle.store import exports

        if format.value in exports.FORMATS:
            if include_planned and format == ExportFormat.acled:
                raise typer.BadParameter("acled holds what happened; --include-planned is for gdelt-* only",
                                         param_hint="--include-planned")
            exports.write(store, format.value, out, header=header, include_planned=include_planned)
            return
        writer = None
        for row in store.export_rows():
            if format == ExportFormat.jsonl:
                out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            else:
                if writer is None:
                    writer = csv.DictWriter(out, fieldnames=list(row.keys()))
                    writer.writeheader()
                writer.writerow({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in row.items()})
    finally:
        store.close()
        if output:
            out.close()


# --------------------------------------------------------------------------- TimeML / eval
@app.command()
@user_errors
def timeml(in_dir: Path = typer.Argument(..., exists=True, file_okay=False),
           out_dir: Path = typer.Argument(...)):
    """Tag TimeML / TempEval-3 input files and write TempEval-3 .tml files."""
    from chronicle.time.timeml import annotate_dir

    result = annotate_dir(in_dir, out_dir)
    err_console.print(f"wrote {out_dir}: {result}", highlight=False)


@eval_app.command("timex")
@user_errors
def eval_timex(gold_dir: Path = typer.Argument(..., exists=True, file_okay=False),
               pred_dir: Path = typer.Argument(..., exists=True, file_okay=False)):
    """TempEval-3 scores (strict/relaxed P/R/F1, value and type accuracy and F1) as JSON."""
    from chronicle.eval.timex import score_dirs

    typer.echo(json.dumps(score_dirs(gold_dir, pred_dir), indent=2))


@eval_app.command("dating")
@user_errors
def eval_dating(meantime: Optional[Path] = typer.Option(None, "--meantime", exists=True, file_okay=False,
                                                        help="MEANTIME folder of CAT XML files."),
                timeml: Optional[List[Path]] = typer.Option(None, "--timeml", exists=True, file_okay=False,
                                                            help="TimeML folder (.tml with TLINKs); repeatable."),
                cache: Optional[Path] = typer.Option(None, "--cache", file_okay=False,
                                                     help="Folder to cache spaCy parses in."),
                pipeline: bool = typer.Option(False, "--pipeline",
                                              help="Score chronicle's own mentions at the gold triggers.")):
    """Event dating against gold TLINK anchors (chronicle vs article-date and nearest-timex baselines) as JSON."""
    from chronicle.errors import ChronicleError
    from chronicle.eval.dating import evaluate

    if meantime is None and not timeml:
        raise ChronicleError("give --meantime DIR and/or --timeml DIR")
    result = {}
    for path in timeml or []:
        result[path.name] = evaluate(path, "timeml", cache=cache, pipeline=pipeline)
    if meantime is not None:
        result[meantime.name] = evaluate(meantime, "meantime", cache=cache, pipeline=pipeline)
    typer.echo(json.dumps(result, indent=2))


# Commands that live in modules of their own (chronicle/cli/<name>.py) register themselves on
# `app` (or `eval_app`) when imported; add a module's name here to expose it.
COMMAND_MODULES: list[str] = ["extract", "serve", "coref", "check", "search", "actors"]

for _name in COMMAND_MODULES:
    importlib.import_module(f"chronicle.cli.{_name}")


def main() -> None:  # pragma: no cover
    app()
