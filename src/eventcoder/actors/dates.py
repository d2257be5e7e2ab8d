"""Date restrictions on actor codes, with PETRARCH-2 semantics.

A PETRARCH actor entry carries one or more codes, each either unrestricted
(``[TURGOV]``, the default) or restricted to a period:

* ``[CODE <YYMMDD]`` — valid *before* the date (``date < D``);
* ``[CODE >YYMMDD]`` — valid *from* the date on (``date >= D``);
* ``[CODE YYMMDD-YYMMDD]`` — valid from the first date up to, but not
  including, the second (``D1 <= date < D2``), as in PETRARCH-2's
  ``NounPhrase.check_date``.

Dates are ``YYMMDD`` (years 00–30 are 20YY, others 19YY, as in KEDS/TABARI)
or ``YYYYMMDD``; strings longer than seven characters are read as
``YYYYMMDD``. Resolution: a restricted code whose period holds the date wins
(the last such code in file order, so later lines refine earlier ones); else
the entry's default code; else the entry has no code on that date.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class DateFormatError(ValueError):
    """A date string in a dictionary that is no valid calendar date."""


class Restriction(enum.StrEnum):
    NONE = "none"
    BEFORE = "before"  # [CODE <D]
    AFTER = "after"  # [CODE >D]
    RANGE = "range"  # [CODE D1-D2]


@dataclass(frozen=True, slots=True)
class DatedCode:
    """One code of an actor entry and the period it is valid in."""

    code: str
    restriction: Restriction = Restriction.NONE
    start: dt.date | None = None  # inclusive
    end: dt.date | None = None  # exclusive
    line: int = 0  # line in the dictionary file

    def holds_on(self, day: dt.date) -> bool:
        if self.restriction is Restriction.NONE:
            return True
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day >= self.end)

    @property
    def valid_from(self) -> str | None:
        return self.start.isoformat() if self.start else None

    @property
    def valid_to(self) -> str | None:
        return self.end.isoformat() if self.end else None

    def describe(self) -> str:
        """``2014-10-01..2024-10-01`` style period (end exclusive); ``always`` for a default code."""
        if self.restriction is Restriction.NONE:
            return "default (no date restriction)"
        return f"{self.valid_from or '…'}..{self.valid_to or '…'}"


def parse_petrarch_date(text: str) -> dt.date:
    """``YYMMDD`` or ``YYYYMMDD`` (KEDS/TABARI/PETRARCH convention) to a date."""
    text = text.strip()
    if not text.isdigit() or len(text) < 6:
        raise DateFormatError(f"not a YYMMDD or YYYYMMDD date: {text!r}")
    try:
        if len(text) > 7:
            year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
        else:
            year = int(text[:2])
            year += 2000 if year <= 30 else 1900
            month, day = int(text[2:4]), int(text[4:6])
        return dt.date(year, month, day)
    except ValueError as exc:
        raise DateFormatError(f"not a calendar date: {text!r} ({exc})") from exc


def parse_iso_date(text: str) -> dt.date:
    """An ISO date (``YYYY-MM-DD``; a longer timestamp is cut to its date part).

    PETRARCH's own ``YYYYMMDD``/``YYMMDD`` story dates are accepted too.
    """
    text = text.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        if text.isdigit():
            return parse_petrarch_date(text)
        raise DateFormatError(f"not an ISO date (YYYY-MM-DD): {text!r}") from exc


def code_on(codes: tuple[DatedCode, ...], day: dt.date | None) -> DatedCode | None:
    """The code valid on ``day``; with no day, the most recent one (PETRARCH semantics above)."""
    if not codes:
        return None
    if day is None:
        return _latest(codes)
    restricted = [c for c in codes if c.restriction is not Restriction.NONE and c.holds_on(day)]
    if restricted:
        return restricted[-1]
    defaults = [c for c in codes if c.restriction is Restriction.NONE]
    return defaults[-1] if defaults else None


def _latest(codes: tuple[DatedCode, ...]) -> DatedCode:
    """With no date: the open-ended or latest-starting restricted code, else the default."""
    open_ended = [c for c in codes if c.restriction is Restriction.AFTER]
    if open_ended:
        return max(open_ended, key=lambda c: c.start or dt.date.min)
    defaults = [c for c in codes if c.restriction is Restriction.NONE]
    if defaults:
        return defaults[-1]
    return max(codes, key=lambda c: c.end or c.start or dt.date.min)
