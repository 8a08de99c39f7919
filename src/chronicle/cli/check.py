"""``chronicle check``: verify a database (foreign keys, hashes, evidence offsets, event counts)."""
from __future__ import annotations

import json

import typer

from chronicle.cli.main import DbOption, app, err_console, user_errors


@app.command()
@user_errors
def check(
    db: str = DbOption,
    hashes: bool = typer.Option(True, "--hashes/--no-hashes", help="Re-hash every article text (slower)."),
    as_json: bool = typer.Option(False, "--json", help="Print the problems as JSON."),
):
    """Verify the database; exit 1 when it has errors (warnings alone exit 0)."""
    from chronicle.store import Store
    from chronicle.store.check import check_store, has_errors, summary

    store = Store(db)
    try:
        problems = check_store(store, hashes=hashes)
        counts = summary(store)
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps({"counts": counts, "problems": [p.as_dict() for p in problems]},
                              default=str, indent=2))
    else:
        for p in problems:
            colour = "red" if p.severity == "error" else "yellow"
            err_console.print(f"[{colour}]{p}[/{colour}]", highlight=False)
        what = ", ".join(f"{v} {k}" for k, v in counts.items())
        verdict = "errors found" if has_errors(problems) else "ok"
        err_console.print(f"{verdict}: checked {what}", highlight=False)
    if has_errors(problems):
        raise typer.Exit(1)
