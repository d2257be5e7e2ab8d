"""The seed article's quote expectations, with the real model and the real actor recognizer."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eventcoder.actors import ActorDictionary, ActorRecognizer
from eventcoder.attribution import QuoteFinder
from eventcoder.nlp import sentences_from_doc
from eventcoder.records import Article, Event, Quote
from shared_data import shared_path

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed(nlp: Any) -> tuple[Article, dict[str, Any], tuple[Quote, ...], tuple[Event, ...]]:
    folder = shared_path("seed_article")
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    text = (folder / "article.txt").read_text(encoding="utf-8")
    article = Article(id="seed", text=text, date=expected["publication_date"])
    doc = nlp(text)
    actors = ActorRecognizer(ActorDictionary.default()).find(doc, article.date)
    quotes, events = QuoteFinder.default().find(doc, article, sentences_from_doc(doc), actors)
    return article, expected, quotes, events


def test_every_expected_quote_has_its_speaker_and_code(seed: Any) -> None:
    _, expected, quotes, _ = seed
    for want in expected["quotes"]:
        matches = [q for q in quotes if q.content.startswith(want["starts_with"])]
        assert matches, f"no quote starts with {want['starts_with']!r}"
        surname = want["speaker"].split()[-1]
        assert any(
            q.speaker and surname in q.speaker and q.speaker_code == want["speaker_code"] for q in matches
        ), [(q.speaker, q.speaker_code) for q in matches]


def test_expected_quotes_are_direct(seed: Any) -> None:
    _, expected, quotes, _ = seed
    starts = [w["starts_with"] for w in expected["quotes"]]
    assert all(q.kind.value == "direct" for q in quotes if any(q.content.startswith(s) for s in starts))


def test_spans_slice_back_to_their_text(seed: Any) -> None:
    article, _, quotes, events = seed
    for q in quotes:
        assert article.text[q.content_span[0] : q.content_span[1]] == q.content
        assert q.speaker_span is not None and article.text[q.speaker_span[0] : q.speaker_span[1]] == q.speaker
    for e in events:
        assert article.text[e.span[0] : e.span[1]] == e.sentence
        assert e.source_span is not None and e.target_span is not None


def test_unclosed_quote_does_not_swallow_the_next_sentence(seed: Any) -> None:
    _, _, quotes, _ = seed
    peskov = next(q for q in quotes if q.content.startswith("The point is that Russia"))
    assert "Ukraine welcomed" not in peskov.content


def test_statements_are_events_with_the_speaker_as_source(seed: Any) -> None:
    _, _, quotes, events = seed
    by_id = {q.quote_id: q for q in quotes}
    assert events, "the seed's quotes about other actors give statement events"
    for e in events:
        quote = by_id[e.quote_id or ""]
        assert e.match == "statement" and e.source == quote.speaker_code
        assert e.source[:3] != e.target[:3]
    dyads = {(e.source[:3], e.target[:3], e.root) for e in events}
    assert ("TUR", "RUS", "02") in dyads  # "Ankara urged Moscow ..."
