"""Accent-insensitive word pieces: the one normalisation both dictionaries and texts go through.

Matching works on *pieces*: maximal runs of letters and digits after case and
accent folding (``Çavuşoğlu`` → ``cavusoglu``, ``U.S.`` → ``u``, ``s``,
``pro-Russian`` → ``pro``, ``russian``). Punctuation separates pieces and is
otherwise ignored, so a dictionary phrase and a spaCy token sequence agree
however the tokenizer split hyphens, periods and apostrophes.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from eventcoder.nlp.fold import fold_char


class Piece(NamedTuple):
    text: str  # folded
    start: int  # char offsets in the original string
    end: int


def _is_word_char(char: str, folded: str) -> bool:
    return folded.isalnum() or (not folded and unicodedata.combining(char) > 0)


def iter_pieces(text: str, offset: int = 0) -> Iterator[Piece]:
    """Word pieces of ``text`` with char offsets (shifted by ``offset``)."""
    if text.isascii() and text.isalnum():  # most tokens: one piece, folding is lower-casing
        yield Piece(text.lower(), offset, len(text) + offset)
        return
    buf: list[str] = []
    start = -1
    for i, char in enumerate(text):
        folded = fold_char(char)
        if _is_word_char(char, folded):
            if start < 0:
                start = i
            buf.append(folded)
        elif start >= 0:
            yield Piece("".join(buf), start + offset, i + offset)
            buf, start = [], -1
    if start >= 0:
        yield Piece("".join(buf), start + offset, len(text) + offset)


@functools.lru_cache(maxsize=65536)
def token_pieces(text: str) -> tuple[Piece, ...]:
    """Pieces of one token's text, offsets relative to the token (cached: token texts repeat)."""
    return tuple(iter_pieces(text))


def phrase_key(text: str) -> tuple[str, ...]:
    """The piece sequence of a dictionary phrase (``_`` and spaces separate words)."""
    return tuple(p.text for p in iter_pieces(text.replace("_", " ")))
