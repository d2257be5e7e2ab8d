"""``eventcoder quotes``: stored quotes with their speakers."""

from __future__ import annotations

import datetime as dt

import click

from eventcoder.cli.options import db_option, format_option, handle_errors, pick_format
from eventcoder.cli.store_output import date_range_options, emit, page_options, shorten

TABLE_COLUMNS = ("date", "speaker", "speaker_code", "kind", "content", "doc_id")


@click.command("quotes")
@db_option
@click.option("--speaker", metavar="NAME", help="Text in the speaker's mention or name.")
@click.option("--actor", metavar="CODE", help="Speaker's actor code prefix.")
@click.option("--text", "-q", metavar="WORDS", help="Text the quote contains.")
@date_range_options
@click.option("--doc", "doc_id", metavar="ID", help="Only this article's quotes.")
@page_options(50)
@format_option(("table", "jsonl", "csv"))
@handle_errors
def quotes(
    db: str,
    speaker: str | None,
    actor: str | None,
    text: str | None,
    since: dt.date | None,
    until: dt.date | None,
    doc_id: str | None,
    limit: int,
    offset: int,
    fmt: str | None,
) -> None:
    """List stored quotes: speaker, speaker's actor code, article date and the quoted text.

    \b
    Example:
      eventcoder quotes --actor TURGOV
      eventcoder quotes --speaker erdogan --format jsonl
    """
    from eventcoder.store import Store, queries

    with Store.open(db, read_only=True) as store:
        rows = queries.quotes(
            store.con,
            speaker=speaker,
            actor=actor,
            text=text,
            since=since,
            until=until,
            doc_id=doc_id,
            limit=limit,
            offset=offset,
        )
    fmt = pick_format(fmt)
    if fmt == "table":
        for r in rows:
            r["speaker"] = r.get("speaker_name") or r.get("speaker")
            r["content"] = shorten(r["content"], 70)
    emit(rows, fmt, TABLE_COLUMNS)
