"""The date stage: give every event the date its sentence says, resolved against publication."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from eventcoder.records import Article, DateBasis, DatePrecision, Event, EventDate
from eventcoder.time.attach import best_mention, event_verb, time_mentions
from eventcoder.time.expressions import ResolvedTime, resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# Numeric dates ("12/13/2021", "13.12.2021") are left to dateparser.
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")


def publication_date(article: Article) -> date | None:
    """The article's publication date, or None when it has none or it is not ISO 8601."""
    if not article.date:
        return None
    try:
        return date.fromisoformat(article.date[:10])
    except ValueError:
        log.debug("article %s: publication date %r is not ISO 8601", article.id, article.date)
        return None


class EventDater:
    """Implements ``pipeline.DateStage``: resolves each event's time expression.

    ``use_dateparser`` lets numeric dates the rules do not read ("12/13/2021")
    fall back to dateparser (loaded once, here, when first needed).
    """

    def __init__(self, *, use_dateparser: bool = True) -> None:
        self._use_dateparser = use_dateparser
        self._dateparser: Any = None

    def date_events(self, doc: Doc, article: Article, events: tuple[Event, ...]) -> tuple[Event, ...]:
        published = publication_date(article)
        return tuple(self._dated(doc, published, event) for event in events)

    def event_date(self, doc: Doc, published: date | None, event: Event) -> EventDate:
        """The date of one event: its attached time expression, else publication."""
        if published is None:
            return EventDate(date=None, basis=DateBasis.NONE)
        verb = event_verb(doc, event.verb_span)
        if verb is not None:
            sent = verb.sent
            mention = best_mention(time_mentions(doc, sent.start, sent.end), verb)
            if mention is not None:
                resolved = self.resolve_text(mention.resolvable_text, published)
                if resolved is not None:
                    return EventDate(
                        date=resolved.iso,
                        precision=resolved.precision,
                        basis=resolved.basis,
                        span=mention.span,
                        ongoing=resolved.ongoing,
                    )
        return EventDate(date=published.isoformat(), precision=DatePrecision.DAY, basis=DateBasis.PUBLICATION)

    def resolve_text(self, text: str, published: date) -> ResolvedTime | None:
        """Resolve an expression with the rules, then (numeric dates only) with dateparser."""
        found = resolve(text, published)
        if found is None and self._use_dateparser and _NUMERIC_DATE.search(text):
            found = self._parse_numeric(text, published)
        return found

    def _parse_numeric(self, text: str, published: date) -> ResolvedTime | None:
        if self._dateparser is None:
            import dateparser

            self._dateparser = dateparser
        from datetime import datetime

        settings = {
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": datetime(published.year, published.month, published.day),
            "STRICT_PARSING": True,
        }
        match = _NUMERIC_DATE.search(text)
        parsed = self._dateparser.parse(
            match.group(0) if match else text, languages=["en"], settings=settings
        )
        if parsed is None:
            return None
        return ResolvedTime(
            parsed.date(), DatePrecision.DAY, DateBasis.EXPLICIT, ongoing=text.startswith("since ")
        )

    def _dated(self, doc: Doc, published: date | None, event: Event) -> Event:
        when = self.event_date(doc, published, event)
        return replace(
            event,
            date=when.date,
            date_precision=when.precision.value if when.date else None,
            date_basis=when.basis.value,
            date_span=when.span,
            date_ongoing=when.ongoing,
        )
