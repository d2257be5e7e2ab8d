"""``eventcoder dyad``: both directions of a relationship over time."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from eventcoder.cli.options import db_option, format_option, handle_errors, pick_format
from eventcoder.cli.store_output import date_range_options, emit

TABLE_COLUMNS = (
    "period",
    "direction",
    "events",
    "q1",
    "q2",
    "q3",
    "q4",
    "goldstein_sum",
    "goldstein_mean",
    "top_codes",
)


def _flat(p: Any) -> dict[str, Any]:
    d: dict[str, Any] = p.to_dict()
    d["direction"] = f"{p.source}→{p.target}"
    for i, n in enumerate(p.quad_counts, start=1):
        d[f"q{i}"] = n
    d["top_codes"] = " ".join(f"{c}×{n}" for c, n in p.top_codes)
    return d


@click.command("dyad")
@click.argument("actor_a", metavar="A")
@click.argument("actor_b", metavar="B")
@db_option
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month", "year"]),
    default="month",
    show_default=True,
    help="Period length.",
)
@date_range_options
@click.option(
    "--top", type=click.IntRange(1, 20), default=3, show_default=True, help="Top event codes per period."
)
@format_option(("table", "jsonl", "csv"))
@handle_errors
def dyad(
    actor_a: str,
    actor_b: str,
    db: str,
    by: str,
    since: dt.date | None,
    until: dt.date | None,
    top: int,
    fmt: str | None,
) -> None:
    """A's and B's events towards each other per period, both directions.

    Per period and direction: event counts per QuadClass (1 verbal cooperation,
    2 material cooperation, 3 verbal conflict, 4 material conflict), summed and
    mean Goldstein scale, and the most frequent CAMEO codes. A and B match code
    prefixes (TUR matches TURGOV, TURMIL ...).

    \b
    Example:
      eventcoder dyad TUR USA --by week
      eventcoder dyad RUS UKR --since 2022-01-01 --format csv > rus_ukr.csv
    """
    from eventcoder.store import Store, queries

    with Store.open(db, read_only=True) as store:
        periods = queries.dyad(store.con, actor_a, actor_b, by=by, since=since, until=until, top=top)
    fmt = pick_format(fmt)
    if fmt == "table":
        if not periods:
            click.echo(f"no events between {actor_a} and {actor_b}", err=True)
            return
        emit([_flat(p) for p in periods], fmt, TABLE_COLUMNS)
    else:
        emit([p.to_dict() for p in periods], fmt, TABLE_COLUMNS)
