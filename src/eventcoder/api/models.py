"""Response models for the OpenAPI spec, derived from the records so there is one definition.

A record model has every field of its dataclass (spans as ``[start, end]``; enums and origins as
strings), each nullable because rows written before a field existed hold NULL there, plus the
columns a query adds (an event's article title, a quote's date). Aggregates (pages, timelines,
actor profiles) are declared here by hand.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import typing
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from eventcoder.records import Actor, Article, Event, Origin, Place, Quote, Sentence


class _Open(BaseModel):
    """Records pass unknown columns through (a store may carry columns newer than this server)."""

    model_config = ConfigDict(extra="allow")


def _json_type(annotation: Any) -> Any:
    """The JSON-side type of a record annotation: enums and ``Origin`` become strings."""
    args = typing.get_args(annotation)
    if args and type(None) in args:
        inner = [a for a in args if a is not type(None)]
        return _json_type(inner[0]) if len(inner) == 1 else annotation
    if annotation is Origin or (isinstance(annotation, type) and issubclass(annotation, enum.Enum)):
        return str
    return annotation


def record_model(record: type, name: str, extra: dict[str, Any] | None = None) -> type[BaseModel]:
    """A pydantic model with every field of ``record`` (nullable) plus ``extra`` optional fields."""
    hints = typing.get_type_hints(record)
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        if f.name == "timings":
            continue
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        fields[f.name] = (_json_type(hints[f.name]) | None, ... if required else None)
    for key, annotation in (extra or {}).items():
        fields[key] = (annotation | None, None)
    model: type[BaseModel] = create_model(name, __base__=_Open, __doc__=record.__doc__, **fields)
    return model


EventOut = record_model(
    Event,
    "Event",
    {"day": dt.date, "article_title": str, "url": str, "article_source": str, "cameo_name": str},
)
QuoteOut = record_model(Quote, "Quote", {"date": dt.date, "article_title": str, "url": str})
ArticleOut = record_model(Article, "Article", {"day": dt.date, "n_sentences": int, "discarded": str})
SentenceOut = record_model(Sentence, "Sentence", {"doc_id": str})
ActorMentionOut = record_model(Actor, "ActorMention", {"doc_id": str, "mention_index": int})
PlaceOut = record_model(Place, "Place", {"doc_id": str, "place_index": int})


def page_model(item: type[BaseModel], name: str) -> type[BaseModel]:
    """A page of ``item``: ``next_offset`` is null on the last page; ``total`` where it is cheap."""
    model: type[BaseModel] = create_model(
        name,
        items=(list[item], ...),  # type: ignore[valid-type]
        limit=(int, ...),
        offset=(int, ...),
        next_offset=(int | None, None),
        total=(int | None, None),
    )
    return model


class ArticleBundle(BaseModel):
    """An article with everything coded from it; every span points into ``article.text``."""

    article: ArticleOut  # type: ignore[valid-type]
    sentences: list[SentenceOut]  # type: ignore[valid-type]
    actors: list[ActorMentionOut]  # type: ignore[valid-type]
    events: list[EventOut]  # type: ignore[valid-type]
    quotes: list[QuoteOut]  # type: ignore[valid-type]
    places: list[PlaceOut]  # type: ignore[valid-type]
    discarded: str | None = None


class CodeRequest(BaseModel):
    """Text to code. Nothing is stored."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text (plain text).")
    title: str | None = Field(default=None, max_length=1000)
    date: dt.date | None = Field(default=None, description="Publication date (resolves 'on Monday' etc.).")
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)


class ActorSummary(BaseModel):
    code: str
    name: str | None = None
    mentions: int
    articles: int
    events_as_source: int
    events_as_target: int


class NameCount(BaseModel):
    name: str | None
    count: int


class CodeCount(BaseModel):
    code: str
    count: int


class Partner(BaseModel):
    actor: str
    as_source: int
    as_target: int
    goldstein_mean: float | None


class ActorProfileOut(BaseModel):
    code: str
    mentions: int
    articles: int
    names: list[NameCount]
    codes: list[CodeCount]
    events_as_source: int
    events_as_target: int
    first_day: dt.date | None
    last_day: dt.date | None
    partners: list[Partner]


class DyadSummary(BaseModel):
    source: str
    target: str
    events: int
    goldstein_mean: float | None
    quad_counts: list[int] = Field(description="Events per QuadClass 1..4.")
    first_day: dt.date | None
    last_day: dt.date | None


class TimelinePoint(BaseModel):
    period: dt.date = Field(description="First day of the period.")
    period_end: dt.date = Field(description="Last day of the period.")
    events: int
    quad_counts: list[int] = Field(description="Events per QuadClass 1..4.")
    goldstein_sum: float
    goldstein_mean: float | None
    top_codes: list[CodeCount]


class TimelineDirection(BaseModel):
    source: str
    target: str
    total_events: int
    periods: list[TimelinePoint]


class DyadTimeline(BaseModel):
    a: str
    b: str
    by: str
    directions: list[TimelineDirection] = Field(description="Two directions: a→b, then b→a.")


EventPage = page_model(EventOut, "EventPage")
QuotePage = page_model(QuoteOut, "QuotePage")
ActorPage = page_model(ActorSummary, "ActorPage")
DyadPage = page_model(DyadSummary, "DyadPage")
