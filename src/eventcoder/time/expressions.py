"""Resolve one English time expression against a publication date.

Pure functions over strings and ``datetime.date``: no parse, no resources.
News reports past events, so an expression without a year ("on Monday",
"in October", "on 3 March") means the most recent such day or month on or
before publication; "last Monday" means the one strictly before it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventcoder.records import DateBasis, DatePrecision

WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name[i].lower() for i in range(7))}
WEEKDAYS.update({name[:3]: i for name, i in list(WEEKDAYS.items())})
WEEKDAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})
MONTHS = {calendar.month_name[i].lower(): i for i in range(1, 13)}
MONTHS.update({calendar.month_abbr[i].lower(): i for i in range(1, 13)})
MONTHS["sept"] = 9
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "few": 3,
    "a few": 3,
    "couple of": 2,
    "a couple of": 2,
}
_UNIT_PRECISION = {
    "day": DatePrecision.DAY,
    "week": DatePrecision.WEEK,
    "month": DatePrecision.MONTH,
    "year": DatePrecision.YEAR,
}


@dataclass(frozen=True, slots=True)
class ResolvedTime:
    """What a time expression says about when something happened."""

    date: date
    precision: DatePrecision
    basis: DateBasis
    ongoing: bool = False  # "since 2014": a state that began then

    @property
    def iso(self) -> str:
        return self.date.isoformat()


_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:1[89]|20)\d\d)"
_PARTS_OF_DAY = r"(?:morning|afternoon|evening|night)"


def normalize(text: str) -> str:
    """Lower-case, drop dots after abbreviations and collapse spaces."""
    text = text.lower().replace("’", "'").replace(".", " ").replace(",", " ")
    return re.sub(r"\s+", " ", text).strip()


def resolve(text: str, published: date) -> ResolvedTime | None:
    """Resolve a time expression, or None when it names no point in time (e.g. "for weeks")."""
    norm = normalize(text)
    ongoing = False
    match = re.match(r"^(?:ever )?since (.+)$", norm)
    if match:
        ongoing, norm = True, match.group(1)
    norm = re.sub(r"^(?:on|in|during|at|by|from|of|as of|starting|beginning) ", "", norm)
    norm = re.sub(r"^(?:the )?(?:early|late|mid|earlier|later)[ -]", "", norm)
    norm = re.sub(r"^(?:on|in) ", "", norm)
    for rule in _RULES:
        found = rule(norm, published)
        if found is not None:
            if ongoing:
                return ResolvedTime(found.date, found.precision, found.basis, ongoing=True)
            return found
    return None


def most_recent_weekday(weekday: int, published: date, *, strictly_before: bool = False) -> date:
    """The latest date with this weekday (Monday=0) on or before ``published``."""
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


def most_recent_month(month: int, published: date) -> date:
    """The first day of the latest month with this number on or before the publication month."""
    year = published.year if month <= published.month else published.year - 1
    return date(year, month, 1)


def most_recent_day(month: int, day: int, published: date) -> date | None:
    """The latest (month, day) on or before ``published``; None when no such day exists."""
    for year in (
        published.year,
        published.year - 1,
        published.year - 2,
        published.year - 3,
        published.year - 4,
    ):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= published:
            return candidate
    return None


def _deictic_day(norm: str, published: date) -> ResolvedTime | None:
    rel = DateBasis.RELATIVE
    if re.fullmatch(rf"(?:(?:earlier |later )?today|tonight|this {_PARTS_OF_DAY}|now)", norm):
        return ResolvedTime(published, DatePrecision.DAY, rel)
    if re.fullmatch(rf"(?:the )?day before yesterday(?: {_PARTS_OF_DAY})?", norm):
        return ResolvedTime(published - timedelta(days=2), DatePrecision.DAY, rel)
    if re.fullmatch(rf"(?:yesterday(?: {_PARTS_OF_DAY})?|last night|overnight)", norm):
        return ResolvedTime(published - timedelta(days=1), DatePrecision.DAY, rel)
    if re.fullmatch(r"tomorrow(?: \w+)?", norm):
        return ResolvedTime(published + timedelta(days=1), DatePrecision.DAY, rel)
    return None


def _weekday(norm: str, published: date) -> ResolvedTime | None:
    match = re.fullmatch(rf"(last |this |next |past )?({_DAY_RE})(?:day)?(?: {_PARTS_OF_DAY}| night)?", norm)
    if not match:
        return None
    which, weekday = (match.group(1) or "").strip(), WEEKDAYS[match.group(2)]
    if which == "next":
        ahead = (weekday - published.weekday()) % 7 or 7
        return ResolvedTime(published + timedelta(days=ahead), DatePrecision.DAY, DateBasis.RELATIVE)
    strictly = which in ("last", "past")
    day = most_recent_weekday(weekday, published, strictly_before=strictly)
    return ResolvedTime(day, DatePrecision.DAY, DateBasis.RELATIVE)


def _relative_period(norm: str, published: date) -> ResolvedTime | None:
    match = re.fullmatch(r"(?:the )?(last|past|previous|this|next|current) (week|weekend|month|year)", norm)
    if not match:
        return None
    which, unit = match.groups()
    step = {"this": 0, "current": 0, "next": 1}.get(which, -1)
    rel = DateBasis.RELATIVE
    if unit == "weekend":
        saturday = most_recent_weekday(5, published, strictly_before=step < 0)
        return ResolvedTime(saturday + timedelta(days=7 * max(step, 0)), DatePrecision.DAY, rel)
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        return ResolvedTime(monday, DatePrecision.WEEK, rel)
    if unit == "month":
        return ResolvedTime(_add_months(published.replace(day=1), step), DatePrecision.MONTH, rel)
    return ResolvedTime(date(published.year + step, 1, 1), DatePrecision.YEAR, rel)


def _ago(norm: str, published: date) -> ResolvedTime | None:
    words = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    match = re.fullmatch(
        rf"(?:about |some |nearly |almost |more than |over )?(\d+|{words}) (day|week|month|year)s? ago", norm
    )
    if not match:
        return None
    count_text, unit = match.groups()
    count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS[count_text]
    if unit == "day":
        when = published - timedelta(days=count)
    elif unit == "week":
        when = published - timedelta(weeks=count)
    elif unit == "month":
        when = _add_months(published.replace(day=1), -count)
    else:
        when = date(published.year - count, 1, 1)
    return ResolvedTime(when, _UNIT_PRECISION[unit], DateBasis.RELATIVE)


def _day_month(norm: str, published: date) -> ResolvedTime | None:
    patterns = (
        rf"(?:(?:{_DAY_RE})(?:day)? )?(?:the )?{_ORD} (?:of )?({_MONTH_RE})(?: {_YEAR})?",
        rf"(?:(?:{_DAY_RE})(?:day)? )?({_MONTH_RE}) (?:the )?{_ORD}(?: {_YEAR})?",
    )
    for index, pattern in enumerate(patterns):
        match = re.fullmatch(pattern, norm)
        if not match:
            continue
        if index == 0:
            day_text, month_text, year_text = match.groups()
        else:
            month_text, day_text, year_text = match.groups()
        month, day = MONTHS[month_text], int(day_text)
        if year_text:
            try:
                return ResolvedTime(date(int(year_text), month, day), DatePrecision.DAY, DateBasis.EXPLICIT)
            except ValueError:
                return None
        found = most_recent_day(month, day, published)
        return ResolvedTime(found, DatePrecision.DAY, DateBasis.EXPLICIT) if found else None
    return None


def _month(norm: str, published: date) -> ResolvedTime | None:
    match = re.fullmatch(rf"(?:(last|this|next) )?({_MONTH_RE})(?: (?:of )?{_YEAR})?", norm)
    if not match:
        return None
    which, month_text, year_text = match.groups()
    month = MONTHS[month_text]
    if year_text:
        return ResolvedTime(date(int(year_text), month, 1), DatePrecision.MONTH, DateBasis.EXPLICIT)
    if which == "next":
        year = published.year if month > published.month else published.year + 1
        return ResolvedTime(date(year, month, 1), DatePrecision.MONTH, DateBasis.RELATIVE)
    first = most_recent_month(month, published)
    if which == "last" and month == published.month:
        first = first.replace(year=first.year - 1)
    basis = DateBasis.RELATIVE if which else DateBasis.EXPLICIT
    return ResolvedTime(first, DatePrecision.MONTH, basis)


def _year(norm: str, published: date) -> ResolvedTime | None:
    match = re.fullmatch(rf"(?:the (?:year )?|year )?{_YEAR}(?:'s)?", norm)
    if not match:
        return None
    return ResolvedTime(date(int(match.group(1)), 1, 1), DatePrecision.YEAR, DateBasis.EXPLICIT)


def _iso(norm: str, published: date) -> ResolvedTime | None:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", norm)
    if not match:
        return None
    try:
        day = date(*(int(g) for g in match.groups()))
    except ValueError:
        return None
    return ResolvedTime(day, DatePrecision.DAY, DateBasis.EXPLICIT)


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


_RULES = (_deictic_day, _weekday, _relative_period, _ago, _iso, _day_month, _month, _year)
