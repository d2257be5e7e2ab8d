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

from eventcoder.cli.actors_cmd import actors  # noqa: E402

ALL.append(actors)

from eventcoder.cli.ingest_cmd import ingest  # noqa: E402

ALL.append(ingest)

from eventcoder.cli.events_cmd import events  # noqa: E402

ALL.append(events)

from eventcoder.cli.dyad_cmd import dyad  # noqa: E402

ALL.append(dyad)

from eventcoder.cli.stats_cmd import stats  # noqa: E402

ALL.append(stats)

from eventcoder.cli.quotes_cmd import quotes  # noqa: E402

ALL.append(quotes)

from eventcoder.cli.export_cmd import export  # noqa: E402

ALL.append(export)

from eventcoder.cli.demo_cmd import demo  # noqa: E402

ALL.append(demo)

from eventcoder.cli.serve_cmd import serve  # noqa: E402

ALL.append(serve)
