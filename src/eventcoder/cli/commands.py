"""Every command the ``eventcoder`` group offers, one module each."""

from __future__ import annotations

import click

ALL: list[click.Command] = []

from eventcoder.cli.read_cmd import read  # noqa: E402

ALL.append(read)

from eventcoder.cli.code_cmd import code  # noqa: E402

ALL.append(code)

from eventcoder.cli.evaluate_cmd import evaluate  # noqa: E402

ALL.append(evaluate)
