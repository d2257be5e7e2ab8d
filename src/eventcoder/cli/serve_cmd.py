"""``eventcoder serve``: the HTTP API and dashboard over a store (read-only)."""

from __future__ import annotations

import ipaddress
import logging

import click

from eventcoder.cli.options import db_option, handle_errors, model_option

log = logging.getLogger("eventcoder.cli")

EPILOG = """\b
Example:
  eventcoder serve --db eventcoder.duckdb
  # dashboard at http://127.0.0.1:8000/, API docs at http://127.0.0.1:8000/docs
"""


def is_loopback(host: str) -> bool:
    """True when ``host`` only listens on this machine (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve", epilog=EPILOG)
@db_option
@model_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback only by default)."
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to bind.")
@click.option(
    "--max-body",
    default=1_000_000,
    show_default=True,
    type=click.IntRange(1),
    help="POST body limit in bytes.",
)
@click.option(
    "--code-timeout",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds POST /code may take before it answers 504.",
)
@handle_errors
def serve(db: str, model: str | None, host: str, port: int, max_body: int, code_timeout: float) -> None:
    """Serve the JSON API and the dashboard over the store at --db (read-only).

    POST /code loads the spaCy pipeline on its first call and codes posted text without storing it.
    """
    import uvicorn

    from eventcoder.api import ApiSettings, create_app
    from eventcoder.coding.ontology import Ontology
    from eventcoder.factory import PipelineOptions, build_pipeline
    from eventcoder.store.store import Store

    Store.open(db, read_only=True).close()  # fail now, with the store's own error, not on the first request
    if not is_loopback(host):
        log.warning(
            "binding %s: the API and dashboard are reachable from other machines, without authentication",
            host,
        )
    app = create_app(
        db,
        lambda: build_pipeline(PipelineOptions(model=model)),
        ApiSettings(max_body_bytes=max_body, code_timeout_s=code_timeout),
        code_names=Ontology.default().names,
    )
    click.echo(
        f"eventcoder: serving {db} at http://{host}:{port}/ (API docs at /docs); Ctrl-C stops", err=True
    )
    uvicorn.run(app, host=host, port=port, log_level="info")
