"""``eventcoder code``: articles in, CAMEO/PLOVER events out (JSON Lines, a table, or TSV)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from textwrap import shorten
from typing import TYPE_CHECKING

import click

from eventcoder.cli.options import (
    InputTally,
    dictionary_options,
    format_option,
    handle_errors,
    input_options,
    model_option,
    pick_format,
    town_population_option,
    workers_option,
)
from eventcoder.records import Event, evidence_text

if TYPE_CHECKING:
    from eventcoder.factory import DictionaryOptions
    from eventcoder.ingest import ReadOptions
    from eventcoder.store.ingest import ArticlePipeline

FORMATS = ("jsonl", "table", "tsv")
TSV_FIELDS = (
    "doc_id",
    "event_id",
    "sentence_index",
    "date",
    "source",
    "source_name",
    "target",
    "target_name",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "plover_mode",
    "confidence",
    "match",
    "sentence",
)


@click.command("code")
@click.argument("inputs", nargs=-1, metavar="[INPUT...]")
@input_options
@format_option(FORMATS)
@click.option(
    "--future-as-act",
    is_flag=True,
    help="Code 'will meet' as a meeting, as PETRARCH does, not as an intention (03x) or threat (13x).",
)
@dictionary_options
@model_option
@town_population_option
@workers_option
@handle_errors
def code(
    inputs: tuple[str, ...],
    read_options: ReadOptions,
    strict: bool,
    fmt: str | None,
    future_as_act: bool,
    dictionaries: DictionaryOptions,
    model: str | None,
    min_town_population: int | None,
    workers: int | None,
) -> None:
    """Code articles into who-did-what-to-whom events (CAMEO codes, PLOVER types).

    INPUT is a file, a directory or - for standard input (the default): text,
    HTML, JSON Lines/CSV records (their id becomes doc_id), feeds. Output is JSON
    Lines when stdout is not a terminal, a table when it is. --verbs, --actors,
    --agents and --discards replace the packaged PETRARCH dictionaries.

    \b
    Example:
      eventcoder code article.txt --date 2021-12-15
      cat news.jsonl | eventcoder code - --format tsv > events.tsv
      eventcoder code business/ --min-town-population 1000
    """
    from eventcoder.factory import PipelineOptions
    from eventcoder.scale import ParallelPipeline, auto_workers, local_pipeline

    fmt = pick_format(fmt)
    options = PipelineOptions(
        model=model,
        dictionaries=dictionaries,
        future_as_act=future_as_act,
        gazetteer_min_population=min_town_population,
    )
    if workers is None:
        from eventcoder.cli.ingest_cmd import _estimate_articles

        workers = auto_workers(_estimate_articles(inputs, read_options) if inputs else None)
    pipeline, _ = local_pipeline(options, workers)
    try:
        _code_all(pipeline, inputs, read_options, strict, fmt)
    finally:
        if isinstance(pipeline, ParallelPipeline):
            pipeline.close()


def _code_all(
    pipeline: ArticlePipeline, inputs: tuple[str, ...], read_options: ReadOptions, strict: bool, fmt: str
) -> None:
    from eventcoder.ingest import read_inputs

    tally = InputTally()
    articles = tally.articles(read_inputs(inputs or ("-",), **read_options.as_kwargs()))
    events: list[Event] = []
    discarded = 0
    if fmt == "tsv":
        click.echo("\t".join(TSV_FIELDS))
    for coded in pipeline.pipe(articles):
        discarded += coded.discarded is not None
        if fmt == "table":
            events.extend(coded.events)
            continue
        for event in coded.events:
            click.echo(_jsonl(event) if fmt == "jsonl" else _tsv(event))
    if fmt == "table":
        click.echo(render_table(events))
    tally.report()
    if discarded:
        click.echo(f"{discarded} article(s) dropped by the discard list", err=True)
    tally.exit_if_strict(strict)


def _jsonl(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False)


def _tsv(event: Event) -> str:
    values = event.to_dict()
    return "\t".join("" if values[f] is None else " ".join(str(values[f]).split()) for f in TSV_FIELDS)


def render_table(events: Iterable[Event]) -> str:
    """A fixed-width table of events for reading on a terminal."""
    header = ("doc", "sent", "date", "source", "target", "cameo", "plover", "conf", "evidence")
    rows = [header]
    for e in events:
        evidence = evidence_text(e.sentence, e.span[0], (e.source_span, e.verb_span, e.target_span))
        evidence = shorten(" ".join(evidence.split()), 80)
        rows.append(
            (
                e.doc_id[:12],
                str(e.sentence_index),
                e.date or "-",
                e.source,
                e.target,
                e.cameo,
                e.plover or "",
                f"{e.confidence:.2f}",
                evidence,
            )
        )
    if len(rows) == 1:
        return "no events"
    widths = [max(len(r[i]) for r in rows) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1] for r in rows
    )
