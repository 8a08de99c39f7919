"""``chronicle serve``: the REST API and the web UI on one port (FastAPI + uvicorn)."""
from __future__ import annotations

from typing import Optional

import typer

from chronicle.cli.main import DbOption, app, err_console, user_errors
from chronicle.errors import ChronicleError

TOKEN_ENV = "CHRONICLE_WRITE_TOKEN"


@app.command()
@user_errors
def serve(
    db: str = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: loopback only)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535),
    write_token: Optional[str] = typer.Option(
        None, "--write-token", envvar=TOKEN_ENV, show_envvar=True,
        help="Enable POST /api/articles for requests that carry this token. Unset: read-only."),
    max_body_mb: float = typer.Option(16.0, "--max-body-mb", min=0.001, help="Largest request body accepted."),
    log_level: str = typer.Option("warning", "--log-level"),
):
    """Serve the API (/api, OpenAPI at /openapi.json, docs at /docs) and the web UI (/)."""
    import uvicorn

    from chronicle.api import create_app

    if write_token is not None and len(write_token) < 8:
        raise ChronicleError("--write-token must be at least 8 characters")
    application = create_app(db, write_token=write_token or None, max_body=int(max_body_mb * 1024 * 1024))
    mode = "writes need the token" if write_token else "read-only"
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"[yellow]warning:[/yellow] listening on {host}, not only this machine", highlight=False)
    err_console.print(f"chronicle: http://{host}:{port}/  ({mode}; database {db})", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level=log_level, server_header=False)
