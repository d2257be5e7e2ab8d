"""Case and accent folding, shared by actor matching and place lookup (``Çavuşoğlu`` → ``cavusoglu``,
``Østfold`` → ``ostfold``)."""

from __future__ import annotations

import functools
import unicodedata

# Letters that NFKD does not decompose into a base letter plus marks.
_SPECIAL = {
    "ı": "i",
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ħ": "h",
    "ŀ": "l",
}


@functools.lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """Lower-case, accent-free form of one character ('' for a combining mark)."""
    low = char.lower()
    if low in _SPECIAL:
        return _SPECIAL[low]
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and accent-folded text: ``Mevlüt Çavuşoğlu`` → ``mevlut cavusoglu``."""
    return "".join(fold_char(c) for c in text)
