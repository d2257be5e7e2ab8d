"""Every command the ``eventcoder`` group offers, one module each."""

from __future__ import annotations

import click

ALL: list[click.Command] = []

from eventcoder.cli.read_cmd import read  # noqa: E402

ALL.append(read)
