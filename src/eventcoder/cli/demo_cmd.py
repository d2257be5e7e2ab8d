"""``eventcoder demo``: ingest the examples and show what came out, article by article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from eventcoder.cli.options import db_option, handle_errors, model_option
from eventcoder.cli.store_output import shorten
from eventcoder.records import evidence_text


@click.command("demo")
@click.argument(
    "directory", metavar="[DIR]", default="examples", type=click.Path(exists=True, file_okay=False)
)
@db_option
@model_option
@click.option(
    "--dyad", nargs=2, metavar="A B", default=("TUR", "USA"), show_default=True, help="Dyad to show."
)
@click.option(
    "--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Articles to show."
)
@handle_errors
def demo(directory: str, db: str, model: str | None, dyad: tuple[str, str], limit: int) -> None:
    """Ingest DIR (default: examples) into the store and print what was coded.

    Per article: the cleaned title, its sentence count and its events
    (source→target, CAMEO code, PLOVER type, date, evidence); then the
    dyad timeline (default TUR–USA). Running it again stores nothing twice.

    \b
    Example:
      eventcoder demo examples --db eventcoder.duckdb
    """
    from eventcoder import factory
    from eventcoder.ingest import read_inputs
    from eventcoder.store import RunInfo, Store, ingest, queries

    pipeline = factory.build_pipeline(factory.PipelineOptions(model=model))
    with Store.open(db) as store:
        summary = ingest(
            store, read_inputs([directory]), pipeline, run=RunInfo(command="demo", inputs=(directory,))
        )
        c = summary.counts
        click.echo(
            f"{c.articles_stored} articles stored, {c.duplicates} already in {db}, {c.rejects} inputs rejected\n"
        )
        for row in _articles_from(store, directory, limit):
            _show_article(store, row)
        a, b = dyad
        click.echo(f"== {a}–{b} dyad, by month ==")
        periods = queries.dyad(store.con, a, b, by="month")
        if not periods:
            click.echo("  no events between them")
        for p in periods:
            quads = " ".join(f"Q{i}={n}" for i, n in enumerate(p.quad_counts, start=1))
            mean = "-" if p.goldstein_mean is None else f"{p.goldstein_mean:+.1f}"
            codes = ", ".join(f"{code}×{n}" for code, n in p.top_codes)
            click.echo(
                f"  {p.period:%Y-%m}  {p.source}→{p.target}  {p.events} events  {quads}  Goldstein {mean}  {codes}"
            )


def _articles_from(store: Any, directory: str, limit: int) -> list[dict[str, Any]]:
    """Stored articles whose origin lies under ``directory``, in origin order."""
    prefix = str(Path(directory))
    rows = store.con.execute(
        "SELECT id, title, day, n_sentences, origin, discarded FROM articles"
        " WHERE starts_with(origin, ?) ORDER BY origin LIMIT ?",
        [prefix, limit],
    ).fetchall()
    names = ("id", "title", "day", "n_sentences", "origin", "discarded")
    return [dict(zip(names, r, strict=True)) for r in rows]


def _show_article(store: Any, row: dict[str, Any]) -> None:
    from eventcoder.store import EventFilter, queries

    title = row["title"] or "(untitled)"
    click.echo(f"== {title}  [{row['origin']}, {row['day'] or 'undated'}, {row['n_sentences']} sentences]")
    if row["discarded"]:
        click.echo(f"  discarded: {row['discarded']}")
    events = queries.events(store.con, EventFilter(doc_id=row["id"]), limit=200)
    # In reading order, so that the summary can be checked against the article sentence by sentence.
    events.sort(key=lambda e: (e["sentence_index"], e["verb_span_start"], e["source"], e["target"]))
    if not events:
        click.echo("  no events coded")
    for e in events:
        evidence = shorten(_evidence(e), 90)
        click.echo(
            f'  {e["source"]}→{e["target"]}  {e["cameo"]}  {e["plover"] or "-"}  {e["day"] or "-"}  "{evidence}"'
        )
    click.echo()


def _evidence(event: dict[str, Any]) -> str:
    spans = [
        (event[f"{k}_start"], event[f"{k}_end"]) if event[f"{k}_start"] is not None else None
        for k in ("source_span", "verb_span", "target_span")
    ]
    return evidence_text(event["sentence"], event["span_start"], spans)
