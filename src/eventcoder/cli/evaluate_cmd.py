"""``eventcoder evaluate``: precision, recall and F1 of the coder against gold sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from eventcoder.cli.options import dictionary_options, handle_errors, model_option

if TYPE_CHECKING:
    from eventcoder.factory import DictionaryOptions


@click.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--suite", default=None, metavar="NAME", help="Only the gold records of this suite.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--show-errors", is_flag=True, help="Also print each record whose events differ from the gold.")
@click.option(
    "--future-as-act",
    is_flag=True,
    help="Code 'will meet' as a meeting, as PETRARCH does, not as an intention (03x) or threat (13x).",
)
@click.option(
    "--petrarch-conventions",
    is_flag=True,
    help="Code by every convention PETRARCH's own gold follows (future acts as acts, no back-off for "
    "[---] verbs, capitals as targets, patterns over that-clauses, no acts from relative clauses), "
    "as bench/eval_coding.py scores the PETRARCH suites. Implies --future-as-act.",
)
@dictionary_options
@model_option
@handle_errors
def evaluate(
    gold: Path,
    suite: str | None,
    as_json: bool,
    show_errors: bool,
    future_as_act: bool,
    petrarch_conventions: bool,
    dictionaries: DictionaryOptions,
    model: str | None,
) -> None:
    """Score the event coder on GOLD.jsonl (the petrarch_validation schema).

    Each record's text is coded with the record's date; events are compared with
    the expected (source, target, code) triples exactly, at country level (first
    three letters of each actor) + code, and at (source, target, root). Records
    expecting no event give the no-event accuracy. Only the coder runs (no
    quotes, dates or places).

    \b
    Example:
      eventcoder evaluate dev.jsonl --suite petr2_gsr_validation --petrarch-conventions
      eventcoder evaluate dev.jsonl --suite petrarch2_unittest --petrarch-conventions --json \\
          --verbs PETR.Validate.verbs.txt --actors PETR.Validate.actors.txt \\
          --agents PETR.Validate.agents.txt --discards PETR.Validate.discards.txt
    """
    from eventcoder.coding.evaluate import read_gold, score, triples
    from eventcoder.factory import PipelineOptions, build_pipeline

    records = read_gold(gold, suite)
    options = PipelineOptions(
        model=model,
        dictionaries=dictionaries,
        future_as_act=future_as_act,
        petrarch_conventions=petrarch_conventions,
        quotes=False,
        dates=False,
        places=False,
    )
    pipeline = build_pipeline(options)
    coded = [c.events for c in pipeline.pipe(r.article() for r in records)]
    pairs = list(zip(records, coded, strict=True))
    scores = score(pairs)
    if show_errors:
        for record, events in pairs:
            got = sorted(triples(events))
            if got != sorted(record.expected):
                click.echo(
                    f"{record.id}: expected {sorted(record.expected)} got {got}\n  {record.text}", err=True
                )
    if as_json:
        click.echo(json.dumps({"gold": str(gold), "suite": suite, **scores.as_dict()}))
    else:
        click.echo(scores.table())
