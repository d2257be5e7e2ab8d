"""Parquet parts: coded articles survive the round trip exactly, and the files stand on their own."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from eventcoder.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    InputFormat,
    Origin,
    Place,
    Quote,
    QuoteKind,
    Sentence,
)
from eventcoder.scale.parts import is_complete, read_part, write_part

TEXT = "Turkey criticised Russia on Monday. \u201cWe will respond,\u201d Cavusoglu said."


def _event(doc_id: str, n: int, **extra: object) -> Event:
    fields: dict[str, object] = {
        "doc_id": doc_id,
        "event_id": f"{doc_id}-e{n}",
        "sentence_index": 0,
        "sentence": TEXT[:35],
        "span": (0, 35),
        "verb_span": (7, 17),
        "source": "TUR",
        "source_name": "Turkey",
        "source_span": (0, 6),
        "target": "RUS",
        "target_name": "Russia",
        "target_span": None,
        "cameo": "111",
        "root": "11",
        "quad_class": 3,
        "goldstein": -2.0,
        "plover": None,
        "plover_mode": None,
        "date": "2021-12-13",
        "confidence": 0.9,
    }
    fields.update(extra)
    return Event(**fields)  # type: ignore[arg-type]


def _coded(doc_id: str, *, line: int | None = 3, discarded: str | None = None) -> CodedArticle:
    article = Article(
        id=doc_id,
        text=TEXT,
        title="Talks",
        date="2021-12-15",
        origin=Origin("feeds/a.jsonl", line=line, record=doc_id if line else None),
        input_format=InputFormat.JSONL,
        content_hash=f"hash-{doc_id}",
    )
    return CodedArticle(
        article=article,
        sentences=(Sentence(0, 0, 35, TEXT[:35]), Sentence(1, 36, len(TEXT), TEXT[36:])),
        actors=(Actor("TUR", "TURKEY", "Turkey", (0, 6), "dictionary", "x.txt:1", "2000-01-01", None),),
        events=(
            _event(doc_id, 0),
            _event(
                doc_id, 1, date_span=(18, 27), date_ongoing=True, place_lat=39.9, place_geonames_id=323786
            ),
        ),
        quotes=(
            Quote(
                doc_id,
                "q1",
                QuoteKind.DIRECT,
                "We will respond,",
                (37, 53),
                "Cavusoglu",
                (55, 64),
                "said",
                (65, 69),
            ),
        ),
        places=(Place("Ankara", (10, 16), "TUR", None, 39.9, 32.8, 323786, "city"),),
        discarded=discarded,
    )


def test_round_trip_gives_equal_coded_articles(tmp_path: Path) -> None:
    coded = [_coded("a"), _coded("b", line=None, discarded="discard story: 'SOCCER'"), _coded("c")]
    coded[2] = CodedArticle(article=coded[2].article, sentences=coded[2].sentences)  # no records at all
    write_part(coded, tmp_path / "part-0")
    assert is_complete(tmp_path / "part-0")
    back = read_part(tmp_path / "part-0")
    assert back == coded
    assert [type(q.kind) for c in back for q in c.quotes] == [QuoteKind] * 2
    assert back[0].events[1].date_span == (18, 27) and back[0].events[0].target_span is None


def test_an_empty_part_reads_back_empty(tmp_path: Path) -> None:
    write_part([], tmp_path / "empty")
    assert read_part(tmp_path / "empty") == []


def test_parts_are_plain_parquet_that_duckdb_reads(tmp_path: Path) -> None:
    write_part([_coded("a")], tmp_path / "part-0")
    write_part([_coded("b")], tmp_path / "part-1")
    pattern = str(tmp_path / "part-*" / "events.parquet")
    rows = duckdb.execute(
        f"SELECT doc_id, source, target, span FROM read_parquet('{pattern}') ORDER BY doc_id, event_id"
    ).fetchall()
    assert [(d, s, t) for d, s, t, _ in rows] == [("a", "TUR", "RUS")] * 2 + [("b", "TUR", "RUS")] * 2
    assert rows[0][3] == [0, 35]


def test_a_part_without_its_articles_file_is_incomplete(tmp_path: Path) -> None:
    paths = write_part([_coded("a")], tmp_path / "part-0")
    paths["articles"].unlink()
    assert not is_complete(tmp_path / "part-0")
    with pytest.raises(FileNotFoundError):
        read_part(tmp_path / "part-0")
