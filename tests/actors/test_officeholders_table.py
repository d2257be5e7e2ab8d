"""A table of (mention, date) -> code assertions from public record, run through the real parse.

Covers office changes (the day before and the first day), diacritics and their
ASCII forms, transliterations, descriptors for people in no dictionary, and
capitals as governments versus as places (code ``-``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from eventcoder.actors import ActorDictionary, ActorRecognizer
from eventcoder.records import Actor

TABLE = Path(__file__).with_name("officeholders_table.tsv")


@dataclass(frozen=True)
class Row:
    date: str
    mention: str
    code: str
    text: str

    @property
    def id(self) -> str:
        return f"{self.mention}@{self.date}:{self.code}"


def _rows() -> list[Row]:
    with TABLE.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return [Row(*r) for r in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


ROWS = _rows()


def test_table_is_large_and_well_formed() -> None:
    assert len(ROWS) >= 300
    assert len({(r.text, r.mention, r.date) for r in ROWS}) == len(ROWS), "duplicate rows"
    for row in ROWS:
        assert row.mention.lower() in row.text.lower(), row.id


@pytest.fixture(scope="module")
def resolved(nlp, default_dictionary: ActorDictionary) -> dict[Row, tuple[Actor, ...]]:  # type: ignore[no-untyped-def]
    recognizer = ActorRecognizer(default_dictionary)
    docs = nlp.pipe([r.text for r in ROWS], batch_size=64)
    return {row: recognizer.find(doc, row.date) for row, doc in zip(ROWS, docs, strict=True)}


def _covering(row: Row, actors: tuple[Actor, ...]) -> Actor | None:
    start = row.text.lower().index(row.mention.lower())
    end = start + len(row.mention)
    best, overlap = None, 0
    for actor in actors:
        shared = min(end, actor.span[1]) - max(start, actor.span[0])
        if shared > overlap:
            best, overlap = actor, shared
    return best


@pytest.mark.model
@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_mention_resolves_on_date(row: Row, resolved: dict[Row, tuple[Actor, ...]]) -> None:
    actor = _covering(row, resolved[row])
    if row.code == "-":
        assert actor is None, f"{row.mention!r} should be a place here, got {actor}"
        return
    assert actor is not None, f"{row.mention!r} not recognised in {row.text!r}"
    assert actor.code == row.code, f"{actor.mention!r} -> {actor.code} ({actor.rule}, {actor.entry})"
