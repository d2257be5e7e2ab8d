"""RSS and Atom feeds saved as files: each entry is an article.

The text is the entry's longest ``content`` (or else its ``summary``), turned
from HTML into paragraphs. The entry's guid (or link) gives the article id;
its published (or updated) date, link, author and the feed's title become
the article's date, url, author and source.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator, Mapping
from typing import Any

from eventcoder.errors import RejectReason
from eventcoder.ingest.build import RawArticle
from eventcoder.ingest.html import html_fragment_to_text
from eventcoder.records import InputFormat, Origin, Reject, stable_id


def read_feed(data: bytes, path: str) -> Iterator[RawArticle | Reject]:
    """Articles from the bytes of an RSS/Atom document (feedparser decodes them itself)."""
    import feedparser

    # A stream, never a string: feedparser treats a string as a URL or a file name to open.
    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield Reject(Origin(path), RejectReason.UNPARSABLE, f"not a valid RSS/Atom feed: {problem}")
        else:
            yield Reject(Origin(path), RejectReason.EMPTY, "feed has no entries")
        return
    source = _text(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        yield entry_to_raw(entry, path, number, source)


def entry_to_raw(entry: Mapping[str, Any], path: str, number: int, source: str | None) -> RawArticle | Reject:
    guid = _text(entry.get("id")) or _text(entry.get("link"))
    origin = Origin(path, record=guid or f"entry {number}")
    text = _entry_text(entry)
    if not text:
        return Reject(origin, RejectReason.NO_TEXT, "feed entry has no content or summary")
    return RawArticle(
        text=text,
        origin=origin,
        input_format=InputFormat.FEED,
        id=stable_id("feed", guid) if guid else None,
        title=_text(entry.get("title")),
        date=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        url=_text(entry.get("link")),
        source=source,
        author=_text(entry.get("author")),
    )


def _entry_text(entry: Mapping[str, Any]) -> str:
    candidates = [c for c in entry.get("content") or [] if isinstance(c, Mapping)]
    best = max(candidates, key=lambda c: len(c.get("value") or ""), default=None)
    if best is not None and (best.get("value") or "").strip():
        return _as_text(best.get("value") or "", best.get("type"))
    summary = entry.get("summary")
    detail = entry.get("summary_detail") or {}
    return _as_text(summary, detail.get("type")) if isinstance(summary, str) else ""


def _as_text(value: str, mime: object) -> str:
    if isinstance(mime, str) and "html" not in mime:
        return value.strip()
    return html_fragment_to_text(value)


def _date(value: object) -> str | None:
    if isinstance(value, time.struct_time):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None
