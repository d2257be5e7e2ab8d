"""``eventcoder ingest``: read, clean, code and store articles, batch by batch."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from eventcoder.cli.options import (
    REJECTS_EXIT_CODE,
    db_option,
    dictionary_options,
    handle_errors,
    input_options,
    model_option,
    town_population_option,
    workers_option,
)

_RECORD_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv")

if TYPE_CHECKING:
    from eventcoder.factory import DictionaryOptions, PipelineOptions
    from eventcoder.ingest import ReadOptions
    from eventcoder.store import BatchCounts, IngestSummary, RunInfo


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@input_options
@db_option
@model_option
@dictionary_options
@town_population_option
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=64,
    show_default=True,
    help="Articles per committed transaction; a crash loses at most one batch.",
)
@workers_option
@click.option(
    "--dask",
    "dask_address",
    default=None,
    metavar="ADDRESS|local",
    help="Code on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for a"
    " LocalCluster of --workers processes. See docs/scaling.md.",
)
@click.option(
    "--parts",
    "parts_dir",
    default=None,
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="With --dask: where workers write Parquet parts; must be shared by the workers and"
    " this process (default: a temporary directory, removed afterwards).",
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal)."
)
@handle_errors
def ingest(
    inputs: tuple[str, ...],
    read_options: ReadOptions,
    strict: bool,
    db: str,
    model: str | None,
    dictionaries: DictionaryOptions,
    min_town_population: int | None,
    batch_size: int,
    workers: int | None,
    dask_address: str | None,
    parts_dir: str | None,
    progress: bool | None,
) -> None:
    """Read, clean, code and store articles in the DuckDB store.

    Articles already stored (same cleaned-text hash) are skipped, so running it
    again, or after a crash, stores nothing twice: each batch is one transaction.
    Rejected inputs are stored with their reason (see `eventcoder stats`). Only
    one process may write to a store at a time; a second one gets a clear
    "store is locked" error.

    \b
    Example:
      eventcoder ingest examples/ --db events.duckdb
      eventcoder ingest feeds/*.jsonl --batch-size 200 --workers 2
      eventcoder ingest big.jsonl --dask tcp://scheduler:8786 --parts /shared/parts
      eventcoder ingest business/ --min-town-population 1000
    """
    from eventcoder import factory
    from eventcoder.ingest import read_inputs
    from eventcoder.scale import ParallelPipeline, auto_workers, default_workers, local_pipeline
    from eventcoder.store import RunInfo, Store
    from eventcoder.store import ingest as run_ingest
    from eventcoder.store.provenance import resource_hashes

    workers = workers or (
        default_workers() if dask_address else auto_workers(_estimate_articles(inputs, read_options))
    )
    options = factory.PipelineOptions(
        model=model, dictionaries=dictionaries, gazetteer_min_population=min_town_population
    )
    run = RunInfo(
        command="ingest",
        inputs=inputs,
        options={
            "batch_size": batch_size,
            "workers": workers,
            "dask": dask_address,
            "min_town_population": min_town_population,
            **read_options.as_kwargs(),
        },
        dictionary_hashes=resource_hashes(_user_files(dictionaries)),
    )
    if dask_address is not None:
        summary = _ingest_on_dask(
            inputs, read_options, db, options, run, dask_address, workers, parts_dir, batch_size
        )
        _print_summary(summary, db)
        if strict and summary.counts.rejects:
            sys.exit(REJECTS_EXIT_CODE)
        return
    show = sys.stderr.isatty() if progress is None else progress
    with ExitStack() as stack:
        # The store first: a locked store fails at once, not after the model has loaded.
        store = stack.enter_context(Store.open(db))
        stack.enter_context(_interrupt_note(db))
        pipeline, info = local_pipeline(options, workers)
        if isinstance(pipeline, ParallelPipeline):
            stack.callback(pipeline.close)
        run = replace(run, model=info.model)
        bar = stack.enter_context(_progress_bar(inputs, read_options, show))
        summary = run_ingest(
            store,
            read_inputs(inputs, **read_options.as_kwargs()),
            pipeline,
            run=run,
            batch_size=batch_size,
            on_article=(lambda: bar.update(1)) if show else None,
            on_batch=(lambda c: _postfix(bar, c)) if show else None,
        )
    _print_summary(summary, db)
    if strict and summary.counts.rejects:
        sys.exit(REJECTS_EXIT_CODE)


def _ingest_on_dask(
    inputs: tuple[str, ...],
    read_options: ReadOptions,
    db: str,
    options: PipelineOptions,
    run: RunInfo,
    address: str,
    workers: int,
    parts_dir: str | None,
    partition_size: int,
) -> IngestSummary:
    """Partitions coded on Dask workers, loaded into the store part by part (issue 8)."""
    from eventcoder.ingest import read_inputs
    from eventcoder.scale.dask_ingest import DaskOptions, ingest_dask
    from eventcoder.store import Store

    dask = DaskOptions(
        address=address,
        workers=workers,
        partition_size=partition_size,
        parts_dir=Path(parts_dir) if parts_dir else None,
    )
    with Store.open(db) as store, _interrupt_note(db):
        done = ingest_dask(store, read_inputs(inputs, **read_options.as_kwargs()), options, dask, run=run)
    return done.summary


@contextmanager
def _interrupt_note(db: str) -> Iterator[None]:
    """On Ctrl-C: say what the store holds and how to finish, then exit 130."""
    try:
        yield
    except KeyboardInterrupt:
        click.echo(
            f"\ninterrupted: {db} holds every batch committed so far; run the same command again to finish",
            err=True,
        )
        sys.exit(130)


def _user_files(dictionaries: DictionaryOptions) -> list[Path]:
    named = [dictionaries.verbs, *dictionaries.actors, dictionaries.agents, dictionaries.discards]
    return [p for p in named if p is not None]


class _NoBar:
    def update(self, n: int) -> None: ...
    def set_postfix_str(self, text: str) -> None: ...
    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None: ...


def _progress_bar(inputs: tuple[str, ...], read_options: ReadOptions, show: bool) -> Any:
    if not show:
        return _NoBar()
    from tqdm import tqdm

    total = _estimate_articles(inputs, read_options)
    return tqdm(total=total or None, unit="article", dynamic_ncols=True, file=sys.stderr, desc="ingest")


def _estimate_articles(inputs: tuple[str, ...], read_options: ReadOptions) -> int:
    """About how many articles the inputs hold (records per JSONL/CSV file, else one per file), for the ETA."""
    from eventcoder.ingest.sources import STDIN, expand_inputs

    total = 0
    for name in expand_inputs(inputs, include=read_options.include, exclude=read_options.exclude):
        suffix = Path(name).suffix.lower()
        if name == STDIN or suffix not in _RECORD_SUFFIXES:
            total += 1
            continue
        with open(name, "rb") as handle:
            lines = sum(1 for line in handle if line.strip())
        total += max(lines - (suffix in (".csv", ".tsv")), 0)
    return total


def _postfix(bar: Any, counts: BatchCounts) -> None:
    bar.set_postfix_str(f"+{counts.events} events, {counts.rejects} rejects, {counts.duplicates} dup")


def _print_summary(summary: IngestSummary, db: str) -> None:
    c = summary.counts
    click.echo(
        f"{c.articles_read} articles read: {c.articles_stored} stored, {c.duplicates} already stored;"
        f" {c.rejects} inputs rejected; {c.events} events, {c.quotes} quotes, {c.sentences} sentences"
        f" in {summary.batches} batches, {summary.seconds:.1f} s ({summary.articles_per_second:.1f} articles/s)"
        f" -> {db}",
        err=True,
    )
    for reason, n in sorted(summary.rejects_by_reason.items(), key=lambda kv: -kv[1]):
        click.echo(f"  rejected {n} x {reason}", err=True)
