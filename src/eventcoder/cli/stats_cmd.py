"""``eventcoder stats``: an overview of a store."""

from __future__ import annotations

import json

import click

from eventcoder.cli.options import db_option, handle_errors


@click.command("stats")
@db_option
@click.option(
    "--top", type=click.IntRange(1, 100), default=10, show_default=True, help="How many top actors/dyads."
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of text.")
@handle_errors
def stats(db: str, top: int, as_json: bool) -> None:
    """Sizes, time span, QuadClass mix, busiest actors and dyads, rejects and recent runs.

    \b
    Example:
      eventcoder stats --db events.duckdb
      eventcoder stats --json | jq .counts
    """
    from eventcoder.store import Store, queries

    with Store.open(db, read_only=True) as store:
        s = queries.stats(store.con, top=top)
    if as_json:
        click.echo(json.dumps(s.to_dict(), ensure_ascii=False))
        return
    click.echo(f"store {db} (schema v{s.schema_version})")
    click.echo("  " + ", ".join(f"{n} {table}" for table, n in s.counts.items()))
    click.echo(f"  events from {s.first_day or '-'} to {s.last_day or '-'}")
    quads = ", ".join(f"Q{q}: {n}" for q, n in sorted(s.events_by_quad.items()))
    click.echo(f"  by QuadClass: {quads or '-'}")
    click.echo("  top roots: " + (", ".join(f"{r} ({n})" for r, n in s.top_roots) or "-"))
    click.echo("  top actors: " + (", ".join(f"{a} ({n})" for a, n in s.top_actors) or "-"))
    click.echo("  top dyads: " + (", ".join(f"{a}→{b} ({n})" for a, b, n in s.top_dyads) or "-"))
    if s.rejects_by_reason:
        click.echo("  rejects: " + ", ".join(f"{r} ({n})" for r, n in s.rejects_by_reason.items()))
    for run in s.runs:
        click.echo(
            f"  run {run['run_id']} {run['command']} {run['status']} at {run['started_at']:%Y-%m-%d %H:%M}:"
            f" {run['articles_stored']}/{run['articles_read']} stored, {run['duplicates']} duplicates,"
            f" {run['rejects']} rejects, {run['events']} events"
        )
