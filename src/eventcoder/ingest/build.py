"""From fields a reader found to a cleaned ``Article`` or a ``Reject``.

Every reader produces ``RawArticle``s (text plus whatever metadata the input
had); ``build_article`` cleans the text, checks the fields and the language,
and gives the article its id: the id the input gave, else the first 16 hex
digits of the SHA-256 of the cleaned text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from eventcoder.errors import RejectReason
from eventcoder.ingest.clean import clean_text, normalize_line
from eventcoder.ingest.language import LanguageDetector
from eventcoder.records import Article, InputFormat, Origin, Reject, content_hash

METADATA_FIELDS = ("title", "date", "url", "source", "author")
ID_LENGTH = 16  # an article without an id gets the first 16 hex digits of its content hash


@dataclass(frozen=True, slots=True)
class RawArticle:
    """What a reader found, before cleaning and checks."""

    text: str
    origin: Origin
    input_format: InputFormat
    id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What every article of a run shares: the fallback date and the language check."""

    default_date: str | None = None
    detector: LanguageDetector | None = None  # None: no language check


def parse_iso_date(value: str) -> str:
    """``YYYY-MM-DD`` of an ISO 8601 date or date-time (the date as written); ``ValueError`` if not ISO."""
    text = value.strip()
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text).isoformat()
        return dt.datetime.fromisoformat(text.replace("z", "Z")).date().isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None


def with_metadata(raw: RawArticle, fields: Mapping[str, str | None]) -> RawArticle:
    """``raw`` with the metadata in ``fields`` filled in where ``raw`` has none."""
    missing: dict[str, Any] = {
        k: v for k, v in fields.items() if k in (*METADATA_FIELDS, "id") and v and not getattr(raw, k)
    }
    return replace(raw, **missing) if missing else raw


def build_article(raw: RawArticle, options: BuildOptions) -> Article | Reject:
    """Clean ``raw`` and check it: an ``Article``, or a ``Reject`` with a one-line reason."""
    text = clean_text(raw.text)
    label = f"record {raw.id}" if raw.id else "article"
    if not text:
        return Reject(raw.origin, RejectReason.EMPTY, f"{label} has no text left after cleaning")
    date = raw.date or options.default_date
    if date:
        try:
            date = parse_iso_date(date)
        except ValueError as exc:
            return Reject(raw.origin, RejectReason.BAD_FIELD, f"date: {exc}")
    if options.detector is not None:
        guess = options.detector.guess(text)
        if not guess.is_english:
            p = "" if guess.probability is None else f" (p={guess.probability:.2f})"
            return Reject(
                raw.origin,
                RejectReason.NOT_ENGLISH,
                f"{label} is in language {guess.language!r}{p}, not English",
            )
    return Article(
        id=raw.id or content_hash(text)[:ID_LENGTH],
        text=text,
        title=_line(raw.title),
        date=date,
        url=_line(raw.url),
        source=_line(raw.source),
        author=_line(raw.author),
        origin=raw.origin,
        input_format=raw.input_format,
        content_hash=content_hash(text),
    )


def _line(value: str | None) -> str | None:
    if value is None:
        return None
    return normalize_line(value) or None
