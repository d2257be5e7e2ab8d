"""Output helpers shared by the store's query commands: tables, JSON Lines, CSV; date options."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ",".join(_text(v) for v in value)
    return str(value)


def shorten(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def echo_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """A plain aligned text table of ``columns`` (values on one line each)."""
    cells = [[_text(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _json_default(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else str(value)


def echo_jsonl(rows: Sequence[dict[str, Any]]) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, default=_json_default))


def echo_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> None:
    if not rows:
        return
    names = list(columns or rows[0].keys())
    writer = csv.DictWriter(sys.stdout, fieldnames=names, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _text(row.get(k)) for k in names})


def emit(rows: Sequence[dict[str, Any]], fmt: str, table_columns: Sequence[str]) -> None:
    """Rows in ``fmt``: ``table`` shows ``table_columns``; ``jsonl`` and ``csv`` carry every field."""
    if fmt == "table":
        echo_table(rows, table_columns)
    elif fmt == "csv":
        echo_csv(rows)
    else:
        echo_jsonl(rows)


def _to_date(ctx: click.Context, param: click.Parameter, value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def date_range_options(f: F) -> F:
    """``--since`` and ``--until`` (inclusive, YYYY-MM-DD), passed on as ``datetime.date``."""
    for name, help_text in (("--until", "Last day (inclusive)."), ("--since", "First day (inclusive).")):
        f = click.option(
            name,
            type=click.DateTime(formats=["%Y-%m-%d"]),
            default=None,
            metavar="YYYY-MM-DD",
            callback=_to_date,
            help=help_text,
        )(f)
    return f


def page_options(default_limit: int = 50) -> Callable[[F], F]:
    def decorate(f: F) -> F:
        f = click.option(
            "--offset", type=click.IntRange(min=0), default=0, show_default=True, help="Rows to skip."
        )(f)
        return click.option(
            "--limit",
            type=click.IntRange(1, 10_000),
            default=default_limit,
            show_default=True,
            help="Rows to show.",
        )(f)

    return decorate
