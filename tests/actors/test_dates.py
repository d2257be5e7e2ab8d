"""Date restrictions: PETRARCH-2 semantics, with the boundaries pinned."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors.dates import DatedCode, DateFormatError, Restriction, code_on, parse_petrarch_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("030314", D(2003, 3, 14)),  # YY <= 30 -> 20YY
        ("770101", D(1977, 1, 1)),  # otherwise 19YY
        ("20141001", D(2014, 10, 1)),
        ("9008223", D(1990, 8, 22)),  # 7 digits: read as YYMMDD, as PETRARCH does
    ],
)
def test_petrarch_dates(text: str, day: dt.date) -> None:
    assert parse_petrarch_date(text) == day


@pytest.mark.parametrize("text", ["120229x", "130229", "20100931", "12345", ""])
def test_invalid_petrarch_dates(text: str) -> None:
    with pytest.raises(DateFormatError):
        parse_petrarch_date(text)


CODES = (
    DatedCode("NORELI"),
    DatedCode("NORGOV", Restriction.RANGE, D(2005, 10, 17), D(2013, 10, 16)),
    DatedCode("IGOWSTNAT", Restriction.RANGE, D(2014, 10, 1), D(2024, 10, 1)),
    DatedCode("OLD", Restriction.BEFORE, end=D(1990, 1, 1)),
    DatedCode("NEW", Restriction.AFTER, start=D(2025, 2, 4)),
)


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (D(2014, 9, 30), "NORELI"),  # day before the range: default
        (D(2014, 10, 1), "IGOWSTNAT"),  # first day: inclusive
        (D(2024, 9, 30), "IGOWSTNAT"),
        (D(2024, 10, 1), "NORELI"),  # end date: exclusive (the successor's first day)
        (D(1989, 12, 31), "OLD"),
        (D(1990, 1, 1), "NORELI"),  # '<' is strict
        (D(2025, 2, 3), "NORELI"),
        (D(2025, 2, 4), "NEW"),  # '>' includes its day
    ],
)
def test_code_on_boundaries(day: dt.date, code: str) -> None:
    chosen = code_on(CODES, day)
    assert chosen is not None and chosen.code == code


def test_no_code_when_nothing_holds_and_no_default() -> None:
    only_range = (DatedCode("X", Restriction.RANGE, D(2000, 1, 1), D(2001, 1, 1)),)
    assert code_on(only_range, D(2005, 1, 1)) is None


def test_without_a_date_the_open_ended_code_is_current() -> None:
    chosen = code_on(CODES, None)
    assert chosen is not None and chosen.code == "NEW"


def test_later_overlapping_restriction_wins() -> None:
    codes = (
        DatedCode("A", Restriction.AFTER, start=D(2000, 1, 1)),
        DatedCode("B", Restriction.RANGE, D(2010, 1, 1), D(2011, 1, 1)),
    )
    assert code_on(codes, D(2010, 6, 1)).code == "B"  # type: ignore[union-attr]
    assert code_on(codes, D(2012, 6, 1)).code == "A"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2021-12-15", D(2021, 12, 15)),
        ("2021-12-15T08:00:00Z", D(2021, 12, 15)),
        ("121108", D(2012, 11, 8)),
        ("20121108", D(2012, 11, 8)),
    ],
)
def test_article_dates_in_iso_or_petrarch_form(text: str, day: dt.date) -> None:
    from eventcoder.actors.dates import parse_iso_date

    assert parse_iso_date(text) == day


def test_an_unreadable_article_date_is_an_error() -> None:
    from eventcoder.actors.dates import parse_iso_date

    with pytest.raises(DateFormatError):
        parse_iso_date("15/12/2021")
