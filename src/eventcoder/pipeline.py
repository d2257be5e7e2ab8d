"""The pipeline: Article -> parse -> actors/events -> quotes -> dates/places.

Stages are objects that hold loaded resources and expose pure methods over a
parsed ``Doc``. The pipeline owns the parse (batching, processes) and the
order of stages; each stage says what it needs through its signature. Data
flows one way and leaves as a frozen ``CodedArticle``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from eventcoder.nlp.sentences import sentences_from_doc
from eventcoder.nlp.text import adopt_text
from eventcoder.records import Actor, Article, CodedArticle, Event, Place, Quote, Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CoderOutput:
    events: tuple[Event, ...]
    actors: tuple[Actor, ...]
    discarded: str | None = None


class EventCoderStage(Protocol):
    def code(self, doc: Doc, article: Article, sentences: tuple[Sentence, ...]) -> CoderOutput: ...


class QuoteStage(Protocol):
    def find(
        self, doc: Doc, article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...]
    ) -> tuple[tuple[Quote, ...], tuple[Event, ...]]:
        """Quotes in the article, and the statement events they give."""
        ...


class DateStage(Protocol):
    def date_events(self, doc: Doc, article: Article, events: tuple[Event, ...]) -> tuple[Event, ...]: ...


class PlaceStage(Protocol):
    def place_events(
        self, doc: Doc, article: Article, events: tuple[Event, ...]
    ) -> tuple[tuple[Place, ...], tuple[Event, ...]]: ...


@dataclass(slots=True)
class Pipeline:
    """A loaded spaCy model plus the stages that run after it."""

    nlp: Language
    coder: EventCoderStage | None = None
    quotes: QuoteStage | None = None
    dates: DateStage | None = None
    places: PlaceStage | None = None
    batch_size: int = 32
    n_process: int = 1
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def _timed(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + (now - started)
        return now

    def process(self, article: Article) -> CodedArticle:
        """Code one article (parses it on its own; prefer ``pipe`` for batches)."""
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Parse articles in batches and run every stage on each parse."""
        pending: list[Article] = []

        def texts() -> Iterator[tuple[str, int]]:
            for i, article in enumerate(articles):
                pending.append(article)
                yield article.text, i

        docs = self.nlp.pipe(texts(), as_tuples=True, batch_size=self.batch_size, n_process=self.n_process)
        started = time.perf_counter()
        for doc, _ in docs:
            started = self._timed("parse", started)
            article = pending.pop(0)
            yield self.code_doc(doc, article)
            started = time.perf_counter()

    def code_doc(self, doc: Doc, article: Article) -> CodedArticle:
        """Run every stage after the parse on one parsed article."""
        started = time.perf_counter()
        adopt_text(doc, article.text)  # the parsed string: spares spaCy's rebuild of doc.text
        sentences = sentences_from_doc(doc)
        started = self._timed("sentences", started)
        if self.coder is None:
            return CodedArticle(article=article, sentences=sentences)
        coded = self.coder.code(doc, article, sentences)
        started = self._timed("coding", started)
        events, actors = coded.events, coded.actors
        if coded.discarded:
            return CodedArticle(
                article=article, sentences=sentences, actors=actors, discarded=coded.discarded
            )
        quotes: tuple[Quote, ...] = ()
        if self.quotes is not None:
            quotes, statements = self.quotes.find(doc, article, sentences, actors)
            events = _merge_statements(events, statements)
            started = self._timed("attribution", started)
        if self.dates is not None:
            events = self.dates.date_events(doc, article, events)
            started = self._timed("dates", started)
        places: tuple[Place, ...] = ()
        if self.places is not None:
            places, events = self.places.place_events(doc, article, events)
            started = self._timed("places", started)
        return CodedArticle(
            article=article, sentences=sentences, actors=actors, events=events, quotes=quotes, places=places
        )


def _merge_statements(events: tuple[Event, ...], statements: tuple[Event, ...]) -> tuple[Event, ...]:
    """Add statement events unless the coder already coded the same dyad on the same verb."""
    seen = {(e.verb_span, e.source, e.target) for e in events}
    extra = tuple(s for s in statements if (s.verb_span, s.source, s.target) not in seen)
    return tuple(sorted(events + extra, key=lambda e: (e.span[0], e.verb_span[0], e.source, e.target)))
