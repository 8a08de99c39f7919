"""``chronicle eval coref``: event coreference on ECB+ with chronicle's linker."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from chronicle.cli.main import eval_app, user_errors
from chronicle.errors import ChronicleError


@eval_app.command("coref")
@user_errors
def eval_coref(
    ecbplus: Path = typer.Option(..., "--ecbplus", exists=True, file_okay=False,
                                 help="ECB+ folder of topic folders (CAT XML)."),
    sentences: Optional[Path] = typer.Option(None, "--sentences", exists=True, dir_okay=False,
                                             help="ECBplus_coreference_sentences CSV: score only those sentences."),
    topics: Optional[str] = typer.Option(None, "--topics", help="Comma-separated topic numbers (default: all)."),
):
    """MUC, B³, CEAF-e and CoNLL F1 (0–100, singletons included) with gold topics and without."""
    from chronicle.link.ecb import evaluate

    wanted = None
    if topics:
        try:
            wanted = [int(t) for t in topics.split(",") if t.strip()]
        except ValueError:
            raise ChronicleError(f"--topics {topics!r}: use comma-separated numbers, e.g. 2,5,12")
    result = evaluate(ecbplus, sentences, wanted)
    if not result["mentions"]:
        raise ChronicleError(f"{ecbplus}: no ECB+ event mentions found")
    typer.echo(json.dumps(result, indent=2))
