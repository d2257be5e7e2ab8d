"""Records that cross stage boundaries.

Every record is a frozen, slotted dataclass holding plain values: no spaCy
objects, no open resources. Character spans are ``(start, end)`` offsets into
the *cleaned* article text (``Article.text``), so ``article.text[start:end]``
is always the thing the field came from.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

Span = tuple[int, int]


def content_hash(text: str) -> str:
    """Stable hash of a cleaned text: the identity of an article's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, deterministic id built from the given parts."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


class InputFormat(enum.StrEnum):
    TEXT = "txt"
    HTML = "html"
    JSONL = "jsonl"
    CSV = "csv"
    FEED = "feed"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record came from: a path (or ``<stdin>``) and, inside it, a line or record id."""

    path: str
    line: int | None = None
    record: str | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        if self.record is not None:
            where += f"#{self.record}"
        return where


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned article. ``text`` is what every span points into."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # publication date, ISO 8601 (YYYY-MM-DD)
    url: str | None = None
    source: str | None = None
    author: str | None = None
    language: str = "en"
    origin: Origin | None = None
    input_format: InputFormat = InputFormat.TEXT
    content_hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["origin"] = str(self.origin) if self.origin else None
        d["input_format"] = self.input_format.value
        return d


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not become an article, with a one-line reason."""

    origin: Origin
    reason: str  # stable code from errors.RejectReason
    detail: str  # one line, human readable

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}: {self.detail}"


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """A mention resolved to a CAMEO actor code, with how it was resolved."""

    code: str  # e.g. "TURGOV", "IGOWSTNAT", "---GOV" (unknown country)
    name: str  # the dictionary's canonical name, or the mention text
    mention: str  # the text as it appears in the article
    span: Span
    rule: str  # "dictionary", "agent", "capital", "descriptor", "coref", ...
    entry: str | None = None  # dictionary file:line that produced the code
    valid_from: str | None = None  # date range of the matched entry (ISO dates)
    valid_to: str | None = None

    @property
    def country(self) -> str:
        return self.code[:3]


class DateBasis(enum.StrEnum):
    EXPLICIT = "explicit"
    RELATIVE = "relative"
    PUBLICATION = "publication"
    NONE = "none"


class DatePrecision(enum.StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    WEEK = "week"  # "last week": the Monday of that week


@dataclass(frozen=True, slots=True)
class EventDate:
    date: str | None  # ISO date
    precision: DatePrecision = DatePrecision.DAY
    basis: DateBasis = DateBasis.PUBLICATION
    span: Span | None = None  # the time expression, when there is one
    ongoing: bool = False  # "since 2014": a state, not a dated event


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    span: Span
    country: str | None = None  # ISO3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = None  # "country", "city", "region", ...


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, with the span every field came from."""

    doc_id: str
    event_id: str
    sentence_index: int
    sentence: str
    span: Span  # the sentence in the cleaned text
    verb_span: Span
    source: str
    source_name: str
    source_span: Span | None
    target: str
    target_name: str
    target_span: Span | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    date: str | None
    confidence: float
    date_precision: str | None = None
    date_basis: str | None = None
    date_span: Span | None = None
    place: str | None = None
    place_country: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    place_span: Span | None = None
    quote_id: str | None = None  # set when the event is a statement coded from a quote
    match: str = ""  # how the code was found: "pattern", "verb", "statement", ...
    source_rule: str | None = None
    target_rule: str | None = None
    date_ongoing: bool = False  # "since 2014": a state that began at ``date``, not a dated act
    place_admin1: str | None = None
    place_geonames_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The event as JSON-ready values (spans as lists). Every field is a scalar or a span, so a
        shallow copy does what ``dataclasses.asdict`` does, without its deep copy (this runs for
        every event written)."""
        return {
            name: list(value) if isinstance(value, tuple) else value
            for name in _EVENT_FIELDS
            for value in (getattr(self, name),)
        }


_EVENT_FIELDS = tuple(f.name for f in fields(Event))


def evidence_text(sentence: str, sentence_start: int, spans: Iterable[Span | None]) -> str:
    """The words of a sentence from the first to the last of the given spans: who did what to whom."""
    present = [s for s in spans if s is not None]
    if not present:
        return sentence
    start = min(s[0] for s in present) - sentence_start
    end = max(s[1] for s in present) - sentence_start
    return sentence[max(0, start) : max(0, end)]


def make_event_id(
    doc_id: str,
    span: Span,
    source: str,
    target: str,
    cameo: str,
    verb_span: Span,
    *,
    source_span: Span | None = None,
    target_span: Span | None = None,
) -> str:
    """Stable id of an event: the same article, sentence, verb, actor mentions and code give the same id.

    The actor spans are part of the id: one verb with two target mentions that resolve to the same
    code ("met officials in Ankara and Istanbul") is two events, not one id used twice.
    """
    return stable_id(doc_id, span[0], span[1], verb_span[0], source, source_span, target, target_span, cameo)


class QuoteKind(enum.StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


@dataclass(frozen=True, slots=True)
class Quote:
    doc_id: str
    quote_id: str
    kind: QuoteKind
    content: str
    content_span: Span
    speaker: str | None  # the mention text
    speaker_span: Span | None
    cue: str | None
    cue_span: Span | None
    speaker_code: str | None = None
    speaker_name: str | None = None
    sentence_index: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["kind"] = self.kind.value
        for key, value in d.items():
            if isinstance(value, tuple):
                d[key] = list(value)
        return d


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """Everything the pipeline produced for one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    discarded: str | None = None  # reason when a discard rule dropped the story
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
