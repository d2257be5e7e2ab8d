"""PETRARCH discard lists: phrases that drop a sentence, or (``+PHRASE``) the whole story.

A phrase matches case-insensitively as PETRARCH-2 matches it: against the
sentence's whitespace-separated tokens, whole tokens only. "BASEBALL" does not
match "BASEBALLS" (TABARI's open stems are not used) nor "baseball," with a
comma attached, so the Phoenix list's bare years ("2013") drop "in 2013 the
talks..." but not "Since 2013, ...". Unlike PETRARCH-2, quotes and a
sentence-final stop around the token are allowed ("played baseball."). A
trailing ``_`` is accepted and ignored; ``#`` starts a comment.

A bare year ("1990", 1914-2013 in the Phoenix list) marks a sentence about the past: the list was
written for news from 2014 on, when every listed year was history. eventcoder applies such a phrase
only when it names a year before the article's publication year (``search(..., year=2021)``), so a
2008 article's "in 2010" (a plan, not history) is coded, and text with no publication date loses no
sentence to a year: there is no telling what is past.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from eventcoder.coding.verbs import clean_lines
from eventcoder.errors import DictionaryError

_OPENERS = "\"'“‘("  # a phrase may start after one of these or whitespace...
_FINAL_STOPS = ".!?"  # ...and end before whitespace, after one sentence-final stop
_CLOSING = "\"'”’)"  # and closing quotes or parentheses
_START = rf"(?<![^\s{_OPENERS}])"
_END = rf"(?=[{_FINAL_STOPS}]?[{_CLOSING}]*(?:\s|$))"
_CLOSERS = _FINAL_STOPS + _CLOSING  # stripped from a piece before its first-word lookup
_PIECES = re.compile(rf"[\s{_OPENERS}]+")  # the places a phrase may start


class DiscardScope(enum.StrEnum):
    SENTENCE = "sentence"
    STORY = "story"


@dataclass(frozen=True, slots=True)
class Discard:
    phrase: str
    scope: DiscardScope
    entry: str  # file:line


@dataclass(frozen=True, slots=True)
class DiscardHit:
    discard: Discard
    span: tuple[int, int]  # in the searched text

    @property
    def reason(self) -> str:
        return f"discard {self.discard.scope.value}: {self.discard.phrase!r} ({self.discard.entry})"


class DiscardList:
    """Compiled discard phrases, searched with one regular expression per scope and opening word."""

    def __init__(self, discards: tuple[Discard, ...], path: str = "") -> None:
        self.discards = discards
        self.path = path
        self._by_text: dict[str, Discard] = {}
        # One regular expression per phrase-opening word, cut at an opener as the text is
        # ("QUEEN'S" → "QUEEN"; "" for a phrase that starts with one): a text is searched only
        # with the expressions of the words it holds, a set intersection that rules out most
        # sentences, and a short alternation instead of all ~500 phrases at every position.
        self._by_first: dict[DiscardScope, dict[str, re.Pattern[str]]] = {}
        for scope in DiscardScope:
            groups: dict[str, list[str]] = {}
            for d in discards:
                if d.scope is scope:
                    key = d.phrase.rstrip("_").upper()
                    self._by_text.setdefault(f"{scope}:{key}", d)
                    groups.setdefault(_PIECES.split(key.split()[0])[0], []).append(key)
            self._by_first[scope] = {first: phrase_regex(keys) for first, keys in groups.items()}

    def __len__(self) -> int:
        return len(self.discards)

    def search(self, text: str, scope: DiscardScope, *, year: int | None = None) -> DiscardHit | None:
        """The first discard phrase of ``scope`` in ``text`` that applies, if any.

        ``year`` is the article's publication year: a bare-year phrase applies only to an
        earlier year, and never when ``year`` is None.
        """
        by_first = self._by_first[scope]
        if not by_first:
            return None
        # upper-casing first is the same (it maps no character to a separator or a closer) and
        # keeps the loop in C: this runs on every sentence
        words = set(map(str.rstrip, _PIECES.split(text.upper()), repeat(_CLOSERS)))
        words.add("")  # phrases that open with a quote or parenthesis are always tried
        present = words.intersection(by_first)
        if not present:
            return None
        # leftmost first; at one position the longest (as the alternation of them all would)
        found = sorted(
            (m for first in present for m in by_first[first].finditer(text)),
            key=lambda m: (m.start(), -m.end()),
        )
        for m in found:
            key = " ".join(m.group(0).upper().split())
            discard = self._by_text[f"{scope}:{key}"]
            if _is_year(key) and (year is None or int(key) >= year):
                continue
            return DiscardHit(discard, m.span())
        return None

    @classmethod
    def from_file(cls, path: Path) -> DiscardList:
        discards: list[Discard] = []
        for number, line in clean_lines(path):
            text = line.strip()
            scope = DiscardScope.STORY if text.startswith("+") else DiscardScope.SENTENCE
            phrase = " ".join(text.lstrip("+").split())
            if not phrase:
                raise DictionaryError(f"{path}:{number}: empty discard phrase")
            discards.append(Discard(phrase, scope, f"{path}:{number}"))
        return cls(tuple(discards), str(path))


def phrase_regex(keys: list[str]) -> re.Pattern[str]:
    """One case-blind expression for upper-cased phrases, whole tokens only, longest first."""
    alternatives = sorted(
        (r"\s+".join(map(re.escape, k.split())) + _END for k in keys), key=len, reverse=True
    )
    return re.compile(_START + "(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def _is_year(phrase: str) -> bool:
    return len(phrase) == 4 and phrase.isdigit()
