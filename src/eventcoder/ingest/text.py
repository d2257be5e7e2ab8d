"""Plain-text articles: optional front matter, a title line, the body.

Front matter is a block of ``key: value`` lines between two ``---`` lines at
the very top (keys: id, title, date, url, source, author)::

    ---
    title: Former Russian spy Litvinenko dies
    date: 2006-11-24
    url: https://en.wikinews.org/wiki/...
    ---

The first non-empty line is taken as the title when it looks like one: at
most 25 words and 200 characters, no final period, comma, colon or semicolon,
not starting in lower case, and followed by a blank line and more text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from eventcoder.errors import RejectReason
from eventcoder.ingest.build import METADATA_FIELDS, RawArticle, with_metadata
from eventcoder.ingest.clean import boilerplate_hits, normalize_text
from eventcoder.records import InputFormat, Origin, Reject

FRONT_MATTER_KEYS = frozenset({"id", *METADATA_FIELDS})
_FENCE = re.compile(r"^---[ \t]*$")
_TITLE_END = re.compile(r"[.,:;]$")
_MAX_TITLE_WORDS = 25
_MAX_TITLE_CHARS = 200


def read_text(
    text: str, origin: Origin, metadata: Mapping[str, str] | None = None
) -> Iterator[RawArticle | Reject]:
    """One article from a plain-text document; ``metadata`` (a sidecar) fills fields the text lacks."""
    parsed = split_front_matter(text)
    if isinstance(parsed, str):
        yield Reject(origin, RejectReason.BAD_FIELD, parsed)
        return
    fields, body = parsed
    body = normalize_text(body)
    title = fields.get("title")
    if title:
        first, rest = _first_line(body)
        if normalize_text(first) == normalize_text(title):
            body = rest
    else:
        title, body = split_title(body)
    raw = RawArticle(text=body, origin=origin, input_format=InputFormat.TEXT, title=title)
    raw = with_metadata(raw, {k: v for k, v in fields.items() if k != "title"})
    yield with_metadata(raw, metadata or {})


def split_front_matter(text: str) -> tuple[dict[str, str], str] | str:
    """``(fields, body)``, or a one-line reason why the front matter is malformed."""
    stripped = text.lstrip("\ufeff")
    lines = stripped.split("\n")
    if not lines or not _FENCE.match(lines[0].rstrip("\r")):
        return {}, text
    fields: dict[str, str] = {}
    for number, raw_line in enumerate(lines[1:], start=2):
        line = raw_line.rstrip("\r")
        if _FENCE.match(line):
            return fields, "\n".join(lines[number:])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in FRONT_MATTER_KEYS:
            return f"front matter line {number} is not 'key: value' with a key in {sorted(FRONT_MATTER_KEYS)}"
        fields[key] = value.strip().strip("\"'")
    return "front matter has no closing '---' line"


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, body)`` when the first line looks like a headline, else ``(None, text)``."""
    first, rest = _first_line(text)
    if not rest or not text.startswith(first + "\n\n") or not looks_like_title(first):
        return None, text
    return first, rest


def looks_like_title(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and len(line) <= _MAX_TITLE_CHARS
        and not _TITLE_END.search(line)
        and not line[0].islower()
        and not boilerplate_hits(line)
    )


def _first_line(text: str) -> tuple[str, str]:
    first, _, rest = text.strip().partition("\n")
    return first.strip(), rest.strip()
