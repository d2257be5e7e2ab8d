"""``eventcoder export``: every stored event in a standard format, optionally deduplicated."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eventcoder.cli.options import db_option, handle_errors
from eventcoder.errors import ConfigError


@click.command("export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["gdelt", "plover", "parquet", "csv", "jsonl"]),
    required=True,
    help="gdelt: GDELT 2.0 event table (61 tab-separated columns, no header); plover: PLOVER JSON "
    "records, one per line; parquet/csv/jsonl: every event column.",
)
@click.option(
    "--dedupe",
    type=click.Choice(["none", "daily", "cluster"]),
    default="none",
    show_default=True,
    help="daily: Phoenix one-a-day (day, source, target, code); cluster: the same event reported by "
    "several articles (same dyad, root and place within --gap-days).",
)
@click.option(
    "--gap-days",
    type=click.IntRange(0, 30),
    default=1,
    show_default=True,
    help="Cluster dedupe: largest gap in days between reports of one event.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Output file (default: standard output; required for parquet and csv).",
)
@handle_errors
def export(db: str, fmt: str, dedupe: str, gap_days: int, output: Path | None) -> None:
    """Export every stored event.

    With --dedupe, each row stands for a group of events and carries
    num_mentions, num_sources and num_articles (GDELT's columns) and the merged
    event ids and urls.

    \b
    Example:
      eventcoder export --format gdelt --dedupe daily -o events.tsv
      eventcoder export --format parquet -o events.parquet
      eventcoder export --format plover --dedupe cluster | head
    """
    from eventcoder.store import Dedupe, ExportFormat, Store
    from eventcoder.store import export as run_export

    kind = ExportFormat(fmt)
    if output is None and kind in (ExportFormat.PARQUET, ExportFormat.CSV):
        raise ConfigError(f"--format {fmt} needs -o PATH")
    with Store.open(db, read_only=True) as store:
        n = run_export(store.con, kind, output, None if output else sys.stdout, Dedupe(dedupe), gap_days)
    click.echo(f"{n} rows exported ({fmt}, dedupe {dedupe})" + (f" to {output}" if output else ""), err=True)
