"""Statements as events: a speaker's quote about another actor becomes a coded event.

The source is the quote's speaker, the target the first actor mentioned in
the content that is not on the speaker's side (a Turkish minister talking
about Turkey makes no dyad), the code the cue's row in the
cue table (010 MAKE STATEMENT unless the cue itself names a more specific
verbal act: "urged" 020, "praised" 051, "accused" 112, "warned" 130 ...).
Quotes whose cue is not a public statement ("believes", "wants") give none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from eventcoder.records import Actor, Article, Event, Quote, QuoteKind, Sentence, Span, make_event_id

CONFIDENCE = {QuoteKind.DIRECT: 0.6, QuoteKind.INDIRECT: 0.5}
NON_STATE = frozenset({"IGO", "NGO", "MNC", "---"})  # code prefixes that are not a country


class PloverLike(Protocol):
    @property
    def event(self) -> str: ...
    @property
    def mode(self) -> str | None: ...


class CodeTables(Protocol):
    """What statements need from the CAMEO ontology (``eventcoder.coding.ontology.Ontology``)."""

    def root(self, code: str) -> str: ...
    def quad_class(self, code: str) -> int: ...
    def goldstein(self, code: str) -> float: ...
    def plover(self, code: str) -> PloverLike | None: ...


def _inside(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def same_side(a: str, b: str) -> bool:
    """Whether two codes name the same country (or, for IGOs, NGOs, firms and unknowns, the same actor)."""
    if a[:3] in NON_STATE:
        return a == b
    return a[:3] == b[:3]


def target_of(quote: Quote, actors: Sequence[Actor]) -> Actor | None:
    """The first actor mentioned in the content that is not on the speaker's side."""
    for actor in sorted(actors, key=lambda a: a.span):
        if not _inside(actor.span, quote.content_span):
            continue
        if quote.speaker_span is not None and _overlaps(actor.span, quote.speaker_span):
            continue
        if quote.speaker_code is None or not same_side(actor.code, quote.speaker_code):
            return actor
    return None


def statement_event(
    quote: Quote,
    cameo: str,
    speaker: Actor,
    target: Actor,
    sentence: Sentence,
    article: Article,
    tables: CodeTables,
) -> Event:
    """One statement event; ``quote`` must have a speaker, a cue and a speaker code."""
    assert quote.cue_span is not None and quote.speaker_code is not None
    plover = tables.plover(cameo)
    return Event(
        doc_id=article.id,
        event_id=make_event_id(
            article.id,
            sentence.span,
            quote.speaker_code,
            target.code,
            cameo,
            quote.cue_span,
            source_span=quote.speaker_span,
            target_span=target.span,
        ),
        sentence_index=sentence.index,
        sentence=sentence.text,
        span=sentence.span,
        verb_span=quote.cue_span,
        source=quote.speaker_code,
        source_name=quote.speaker_name or speaker.name,
        source_span=quote.speaker_span,
        target=target.code,
        target_name=target.name,
        target_span=target.span,
        cameo=cameo,
        root=tables.root(cameo),
        quad_class=tables.quad_class(cameo),
        goldstein=tables.goldstein(cameo),
        plover=plover.event if plover else None,
        plover_mode=plover.mode if plover else None,
        date=article.date,
        confidence=CONFIDENCE[quote.kind],
        quote_id=quote.quote_id,
        match="statement",
        source_rule=speaker.rule,
        target_rule=target.rule,
    )
