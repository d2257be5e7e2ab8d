"""Find quoted passages in raw text: curly and straight double quotes.

Pure string work, no parse. News style is messier than a balanced-bracket
grammar, so the scanner is forgiving:

* a quote left open at the end of a paragraph whose next paragraph opens with
  a quote mark continues there (the multi-paragraph convention): each
  paragraph's piece is returned on its own, the later ones flagged
  ``continued``;
* a quote left open for any other reason (a new opening mark, the end of the
  paragraph or of the text) is closed at the end of the sentence holding its
  opening mark, and flagged ``closed=False``;
* straight ``"`` marks (and ``''``, the double mark of some wire archives)
  are read as opening or closing from the characters around them, and by
  alternation when that is ambiguous.

Single quotes are not read as quotations: ``’`` is far more often an
apostrophe than a closing mark.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventcoder.records import Span

OPENERS = frozenset({"“", "„", "«"})
CLOSERS = frozenset({"”", "»"})
AMBIGUOUS = frozenset({'"', "''"})  # "''" is the double mark of some wire styles (NYT archives)
_MARK = re.compile("''|[\"“”„«»]")
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One quoted passage: the marks' positions and the text between them."""

    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when never closed
    content: Span  # between the marks, trimmed of whitespace
    closed: bool = True
    continued: bool = False  # continues a quote left open at the end of the previous paragraph
    close_width: int = 1  # characters of the closing mark

    @property
    def outer(self) -> Span:
        """The passage with its marks (as far as they exist)."""
        end = self.close_at + self.close_width if self.close_at is not None else self.content[1]
        return (self.open_at, end)


def _is_opening(text: str, i: int, width: int, is_open: bool) -> bool:
    """Whether the straight mark at ``text[i:i + width]`` opens a quote (else it closes one)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    opens_like = before in _OPEN_BEFORE and not after.isspace()
    closes_like = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens_like and not closes_like:
        return True
    if closes_like and not opens_like:
        return False
    return not is_open


def _trim(text: str, start: int, end: int) -> Span:
    """The span without surrounding whitespace and without a trailing comma (it belongs to the frame)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return (start, end)


def _sentence_end(sentences: Sequence[Span], offset: int, limit: int) -> int:
    for start, end in sentences:
        if start <= offset < end:
            return min(end, limit)
    return limit


def _paragraph_ends(text: str) -> list[int]:
    ends = [m.start() for m in _PARAGRAPH.finditer(text)]
    ends.append(len(text))
    return ends


def _next_paragraph_opens(text: str, paragraph_end: int) -> bool:
    rest = text[paragraph_end:].lstrip()
    return bool(_MARK.match(rest)) and not any(rest.startswith(c) for c in CLOSERS)


def quoted_spans(text: str, sentences: Sequence[Span] = ()) -> tuple[QuotedSpan, ...]:
    """Every double-quoted passage in ``text``, in order.

    ``sentences`` (character spans) decide where an unclosed quote stops;
    without them it stops at the end of its paragraph.
    """
    out: list[QuotedSpan] = []
    paragraph_ends = _paragraph_ends(text)
    para = 0
    open_at: int | None = None
    open_width = 1
    continued = False

    def close_unclosed(limit: int) -> None:
        assert open_at is not None
        end = _sentence_end(sentences, open_at + open_width, limit) if sentences else limit
        span = _trim(text, open_at + open_width, end)
        if span[0] < span[1]:
            out.append(QuotedSpan(open_at, None, span, closed=False, continued=continued))

    for match in _MARK.finditer(text):
        i, mark = match.start(), match.group()
        while i >= paragraph_ends[para]:
            end = paragraph_ends[para]
            para += 1
            if open_at is None:
                continue
            if _next_paragraph_opens(text, end):
                span = _trim(text, open_at + open_width, end)
                if span[0] < span[1]:
                    out.append(QuotedSpan(open_at, None, span, closed=False, continued=continued))
                open_at, continued = None, True
            else:
                close_unclosed(end)
                open_at, continued = None, False
        straight = mark in AMBIGUOUS
        opening = mark in OPENERS or (straight and _is_opening(text, i, len(mark), open_at is not None))
        if opening:
            if open_at is not None:
                close_unclosed(i)
                continued = False
            open_at, open_width = i, len(mark)
            continued = continued and _starts_paragraph(text, i)
        elif open_at is not None:
            span = _trim(text, open_at + open_width, i)
            if span[0] < span[1]:
                out.append(
                    QuotedSpan(open_at, i, span, closed=True, continued=continued, close_width=len(mark))
                )
            open_at, continued = None, False
    if open_at is not None:
        close_unclosed(len(text))
    return tuple(out)


def _starts_paragraph(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


class QuotedIndex:
    """``offset in index``: whether an offset lies inside any of the passages, marks included.

    Built once per article; a binary search over the merged passages replaces a scan of every
    passage for every token.
    """

    def __init__(self, spans: Sequence[QuotedSpan]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(q.outer for q in spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]
