"""``eventcoder events``: stored events, filtered."""

from __future__ import annotations

import datetime as dt

import click

from eventcoder.cli.options import db_option, format_option, handle_errors, pick_format
from eventcoder.cli.store_output import date_range_options, emit, page_options, shorten

TABLE_COLUMNS = ("day", "dyad", "cameo", "plover", "goldstein", "confidence", "doc_id", "sentence")


@click.command("events")
@db_option
@click.option("--actor", metavar="CODE", help="Actor code prefix, as source or target (TUR matches TURGOV).")
@click.option(
    "--dyad", nargs=2, metavar="A B", default=None, help="Both directions between two code prefixes."
)
@click.option("--source", metavar="CODE", help="Source actor code prefix.")
@click.option("--target", metavar="CODE", help="Target actor code prefix.")
@click.option("--code", metavar="CAMEO", help="CAMEO code prefix (04 matches 040-046).")
@click.option("--root", metavar="NN", help="CAMEO root (two digits).")
@click.option("--quad", "quad_class", type=click.IntRange(1, 4), help="QuadClass 1-4.")
@click.option("--plover", metavar="TYPE", help="PLOVER event type (e.g. CONSULT).")
@date_range_options
@click.option("--text", "-q", metavar="WORDS", help="Case-insensitive text the sentence contains.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, help="Lowest coder confidence.")
@click.option("--doc", "doc_id", metavar="ID", help="Only this article's events.")
@click.option("--count", "count_only", is_flag=True, help="Print the number of matching events only.")
@page_options(50)
@format_option(("table", "jsonl", "csv"))
@handle_errors
def events(
    db: str,
    actor: str | None,
    dyad: tuple[str, str] | None,
    source: str | None,
    target: str | None,
    code: str | None,
    root: str | None,
    quad_class: int | None,
    plover: str | None,
    since: dt.date | None,
    until: dt.date | None,
    text: str | None,
    min_confidence: float | None,
    doc_id: str | None,
    count_only: bool,
    limit: int,
    offset: int,
    fmt: str | None,
) -> None:
    """List stored events matching every filter given, by date.

    Actor arguments match CAMEO code prefixes; --dyad matches both directions.
    Table output shows a summary line per event; jsonl and csv carry every field
    (spans, rules, dates, places, the article's title and url).

    \b
    Example:
      eventcoder events --dyad TUR USA --since 2021-12-01 --quad 1
      eventcoder events --actor RUS --root 19 --format jsonl --limit 1000
    """
    from eventcoder.store import EventFilter, Store, queries

    f = EventFilter(
        actor=actor,
        dyad=dyad or None,
        source=source,
        target=target,
        code=code,
        root=root,
        quad_class=quad_class,
        plover=plover,
        since=since,
        until=until,
        text=text,
        min_confidence=min_confidence,
        doc_id=doc_id,
    )
    with Store.open(db, read_only=True) as store:
        if count_only:
            click.echo(queries.count_events(store.con, f))
            return
        rows = queries.events(store.con, f, limit=limit, offset=offset)
    fmt = pick_format(fmt)
    if fmt == "table":
        for r in rows:
            r["dyad"] = f"{r['source']}→{r['target']}"
            r["sentence"] = shorten(r["sentence"], 60)
    emit(rows, fmt, TABLE_COLUMNS)
