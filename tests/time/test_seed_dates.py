"""The seed article's dated acts, on the real parse (published 2021-12-15, a Wednesday)."""

from __future__ import annotations

import pytest

from eventcoder.records import Article, Event
from eventcoder.time import EventDater
from shared_data import shared_path


def _event_at(text: str, verb_evidence: str, verb: str) -> Event:
    start = text.index(verb_evidence) + verb_evidence.index(verb)
    return Event(
        doc_id="seed",
        event_id="e",
        sentence_index=0,
        sentence="",
        span=(0, 0),
        verb_span=(start, start + len(verb)),
        source="TUR",
        source_name="",
        source_span=None,
        target="USA",
        target_name="",
        target_span=None,
        cameo="040",
        root="04",
        quad_class=1,
        goldstein=1.0,
        plover=None,
        plover_mode=None,
        date=None,
        confidence=1.0,
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("evidence", "verb", "expected"),
    [
        ("had a telephone interview on Monday", "had", ("2021-12-13", "day", "relative", False)),
        (
            "President Recep Tayyip Erdoğan proposed in October",
            "proposed",
            ("2021-10-01", "month", "explicit", False),
        ),
        ("Kiev has fought a pro-Moscow insurgency", "fought", ("2014-01-01", "year", "explicit", True)),
        ("Peskov rejected Ankara", "rejected", ("2021-12-15", "day", "publication", False)),
    ],
)
def test_seed_event_dates(nlp, evidence: str, verb: str, expected: tuple[str, str, str, bool]) -> None:  # type: ignore[no-untyped-def]
    text = shared_path("seed_article", "article.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    article = Article(id="seed", text=text, date="2021-12-15")
    (dated,) = EventDater().date_events(doc, article, (_event_at(text, evidence, verb),))
    assert (dated.date, dated.date_precision, dated.date_basis, dated.date_ongoing) == expected
