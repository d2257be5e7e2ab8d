"""Speaker labels: a paragraph that opens with a name and a colon.

Headlines ("Graham: Trump's rhetoric destroying GOP's chances") and interview
transcripts ("TAPPER: Do you think ...") attribute what follows the colon to
the name before it. The name must be a short run of proper (or capitalised) nouns
(no verb, no determiner) standing at the start of a paragraph; generic labels of page
furniture ("Update:", "Editor's Note:") are not speakers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventcoder.attribution.cues import Cue
from eventcoder.attribution.found import Found
from eventcoder.attribution.marks import QuotedSpan
from eventcoder.nlp.text import doc_text
from eventcoder.records import QuoteKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COLON = Cue(key=":", cameo="010", complements=frozenset())
MAX_NAME_TOKENS = 4
MIN_CONTENT_WORDS = 3
LABELS = frozenset(
    {
        "update",
        "updated",
        "note",
        "editor",
        "correction",
        "photo",
        "video",
        "watch",
        "read",
        "related",
        "source",
    }
)


def _paragraph_starts(doc: Doc) -> list[int]:
    """The first token and every token after a whitespace token holding a line break."""
    starts = [0] if len(doc) else []
    text = doc_text(doc)
    at = text.find("\n")
    while at >= 0:
        span = doc.char_span(at, at + 1, alignment_mode="expand")  # the whitespace token
        if span is not None and len(span) and span.end < len(doc) and span.end not in starts[-1:]:
            starts.append(span.end)
        at = text.find("\n", at + 1)
    return starts


def _name_like(token: Token) -> bool:
    """A proper noun, or a capitalised noun the tagger took for a common one ("Trump")."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and (token.is_title or token.is_upper))


def _name_run(doc: Doc, start: int) -> Token | None:
    """The colon token after a short run of proper nouns starting at ``start``."""
    for i in range(start, min(len(doc), start + MAX_NAME_TOKENS + 1)):
        token = doc[i]
        if token.text == ":":
            return token if i > start else None
        if not _name_like(token) or token.lower_ in LABELS:
            return None
    return None


def _content(
    text: str, colon: Token, quotes: Sequence[QuotedSpan]
) -> tuple[QuoteKind, tuple[int, int]] | None:
    start = colon.idx + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if len(text[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    for q in quotes:
        if q.open_at == start:
            return QuoteKind.DIRECT, q.content
    return QuoteKind.INDIRECT, (start, end)


def find_colon_labels(doc: Doc, quotes: Sequence[QuotedSpan]) -> tuple[Found, ...]:
    """``NAME: content`` at the start of a paragraph, for every paragraph that has one."""
    out: list[Found] = []
    text = doc_text(doc)
    for start in _paragraph_starts(doc):
        colon = _name_run(doc, start)
        if colon is None:
            continue
        found = _content(text, colon, quotes)
        if found is None:
            continue
        kind, content = found
        speaker = doc[colon.i - 1]
        out.append(Found(kind, content, COLON, (colon.idx, colon.idx + 1), speaker.i, "colon"))
    return tuple(out)
