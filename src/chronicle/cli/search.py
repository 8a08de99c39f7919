"""``chronicle search``: full-text search over stored articles (FTS5 / PostgreSQL tsvector)."""
from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from chronicle.cli.main import DbOption, app, user_errors


@app.command()
@user_errors
def search(
    query: str = typer.Argument(..., help="Words; every one must occur (stemmed). No query syntax."),
    db: str = DbOption,
    limit: int = typer.Option(20, "--limit", min=1),
    as_json: bool = typer.Option(False, "--json"),
):
    """Articles containing every word of QUERY, best match first."""
    from chronicle.store import Store
    from chronicle.store.fulltext import search as run_search

    store = Store(db)
    try:
        rows = run_search(store, query, limit=limit)
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    t = Table("date", "article", "title", "source")
    for r in rows:
        t.add_row(str(r["date"] or ""), r["external_id"], r["title"] or "", r["source"] or "")
    Console().print(t)
