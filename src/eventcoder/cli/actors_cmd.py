"""``eventcoder actors``: who a name resolves to on a date, and why."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from eventcoder.cli.options import handle_errors


@click.command("actors")
@click.argument("name")
@click.option(
    "--date",
    "date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Resolve on this date (YYYY-MM-DD). Without it, every dated code is listed.",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--actors",
    "actor_files",
    type=click.Path(exists=True, dir_okay=False),
    multiple=True,
    metavar="FILE",
    help="Actor dictionary (PETRARCH format); repeat for several. Replaces the packaged ones.",
)
@click.option(
    "--agents",
    "agent_file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    metavar="FILE",
    help="Agents dictionary (PETRARCH format).",
)
@handle_errors
def actors(
    name: str, date: dt.datetime | None, fmt: str, actor_files: tuple[str, ...], agent_file: str | None
) -> None:
    """Show who NAME resolves to: the dictionary entry (file:line), rule and date range.

    NAME may be a person, an organisation, a capital or a descriptor
    ("Turkish Foreign Minister", "Kremlin spokesman Dmitry Peskov"). Date
    ranges are [from, to): the end date is the successor's first day.

    \b
    Example:
      eventcoder actors "Jens Stoltenberg" --date 2005-06-01
      eventcoder actors "Jens Stoltenberg"
      eventcoder actors "Ukrainian Foreign Minister Dmytro Kuleba" --date 2021-12-15 --format json
    """
    import spacy

    from eventcoder.actors import ActorDictionary
    from eventcoder.actors.explain import explain

    dictionary = ActorDictionary.from_options(
        tuple(Path(p) for p in actor_files), Path(agent_file) if agent_file else None
    )
    day = date.date().isoformat() if date else None
    result = explain(dictionary, spacy.blank("en"), name, day)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_text(result)


def _print_text(result: object) -> None:
    from eventcoder.actors.explain import Explanation

    assert isinstance(result, Explanation)
    when = f" on {result.date}" if result.date else ""
    if result.entry_name:
        click.echo(f"{result.query!r}: dictionary entry {result.entry_name} ({result.entry_where})")
        for p in result.periods:
            if result.date and not p.chosen:
                continue
            period = (
                f"{p.valid_from or '…'} .. {p.valid_to or '…'}" if (p.valid_from or p.valid_to) else "default"
            )
            click.echo(f"  {p.code:<12} {period:<26} {p.where}{'   <- holds' + when if p.chosen else ''}")
        if result.date and not any(p.chosen for p in result.periods):
            click.echo(f"  no code of this entry holds{when}")
    if result.mentions:
        click.echo(f"recognised in text{when}:")
        for a in result.mentions:
            period = (
                f" [{a.valid_from or '…'} .. {a.valid_to or '…'})" if (a.valid_from or a.valid_to) else ""
            )
            click.echo(f"  {a.mention!r} -> {a.code} (rule {a.rule}; {a.entry or 'no entry'}{period})")
    if not result.entry_name and not result.mentions:
        click.echo(f"{result.query!r}: no actor{when}")
