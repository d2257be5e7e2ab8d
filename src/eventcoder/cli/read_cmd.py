"""``eventcoder read``: articles in, cleaned articles out as JSON Lines (no coding)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import click

from eventcoder.cli.options import InputTally, handle_errors, input_options, model_option
from eventcoder.records import Article

if TYPE_CHECKING:
    from spacy.language import Language

    from eventcoder.ingest import ReadOptions

_BATCH = 32


@click.command("read")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@input_options
@click.option(
    "--sentences", is_flag=True, help="Add the sentences with their character offsets (loads spaCy)."
)
@model_option
@handle_errors
def read(
    inputs: tuple[str, ...], read_options: ReadOptions, strict: bool, sentences: bool, model: str | None
) -> None:
    """Read articles, clean them and print one JSON object per article.

    INPUT is a file, a directory (read recursively) or - for standard input:
    plain text (.txt, optional front matter), HTML pages, JSON Lines or CSV
    records, RSS/Atom feeds, and .gz versions of each. A summary of accepted and
    rejected inputs goes to stderr; a rejected input never stops the run.

    \b
    Example:
      eventcoder read examples/ --sentences
      cat story.txt | eventcoder read - --date 2021-12-15 --strict
    """
    from eventcoder.ingest import read_inputs

    nlp = None
    if sentences:
        from eventcoder.nlp import load_model

        nlp = load_model(model, disable=("ner", "lemmatizer"))
    tally = InputTally()
    articles = tally.articles(read_inputs(inputs, **read_options.as_kwargs()))
    for record in _records(articles, nlp):
        click.echo(json.dumps(record, ensure_ascii=False))
    tally.report()
    tally.exit_if_strict(strict)


def _records(articles: Iterable[Article], nlp: Language | None) -> Iterator[dict[str, Any]]:
    if nlp is None:
        yield from (article.to_dict() for article in articles)
        return
    from eventcoder.nlp import sentences_from_doc

    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=_BATCH):
        record = article.to_dict()
        record["sentences"] = [
            {"index": s.index, "start": s.start, "end": s.end, "text": s.text}
            for s in sentences_from_doc(doc)
        ]
        yield record
