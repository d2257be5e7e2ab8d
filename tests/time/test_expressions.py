"""Time expressions x publication dates, boundaries included (month, year and week turns)."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.records import DateBasis, DatePrecision
from eventcoder.time.expressions import most_recent_day, most_recent_month, most_recent_weekday, resolve

WED_2021_12_15 = date(2021, 12, 15)  # the seed article's publication date, a Wednesday
MON_2021_12_13 = date(2021, 12, 13)
SAT_2022_01_01 = date(2022, 1, 1)
TUE_2024_03_01 = date(2024, 3, 1)  # a Friday after a leap day
SUN_2023_01_01 = date(2023, 1, 1)

D, W, M, Y = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR
REL, EXP = DateBasis.RELATIVE, DateBasis.EXPLICIT

TABLE = [
    # weekdays: the most recent one on or before publication
    ("on Monday", WED_2021_12_15, "2021-12-13", D, REL),
    ("Monday", WED_2021_12_15, "2021-12-13", D, REL),
    ("on Wednesday", WED_2021_12_15, "2021-12-15", D, REL),
    ("Thursday", WED_2021_12_15, "2021-12-09", D, REL),
    ("on Tuesday", WED_2021_12_15, "2021-12-14", D, REL),
    ("on Monday", MON_2021_12_13, "2021-12-13", D, REL),
    ("on Sunday", MON_2021_12_13, "2021-12-12", D, REL),
    ("last Monday", MON_2021_12_13, "2021-12-06", D, REL),
    ("last Tuesday", WED_2021_12_15, "2021-12-14", D, REL),
    ("early Tuesday", WED_2021_12_15, "2021-12-14", D, REL),
    ("Monday night", WED_2021_12_15, "2021-12-13", D, REL),
    ("Friday", SAT_2022_01_01, "2021-12-31", D, REL),
    ("on Saturday", SAT_2022_01_01, "2022-01-01", D, REL),
    ("Thu.", SAT_2022_01_01, "2021-12-30", D, REL),
    ("next Monday", WED_2021_12_15, "2021-12-20", D, REL),
    # days relative to publication
    ("yesterday", WED_2021_12_15, "2021-12-14", D, REL),
    ("yesterday", SAT_2022_01_01, "2021-12-31", D, REL),
    ("yesterday", TUE_2024_03_01, "2024-02-29", D, REL),
    ("last night", SUN_2023_01_01, "2022-12-31", D, REL),
    ("today", WED_2021_12_15, "2021-12-15", D, REL),
    ("the day before yesterday", SAT_2022_01_01, "2021-12-30", D, REL),
    ("2 days ago", WED_2021_12_15, "2021-12-13", D, REL),
    ("two days ago", SAT_2022_01_01, "2021-12-30", D, REL),
    ("a week ago", WED_2021_12_15, "2021-12-08", W, REL),
    ("three months ago", SAT_2022_01_01, "2021-10-01", M, REL),
    ("five years ago", WED_2021_12_15, "2016-01-01", Y, REL),
    # weeks, months and years relative to publication
    ("last week", WED_2021_12_15, "2021-12-06", W, REL),
    ("last week", SAT_2022_01_01, "2021-12-20", W, REL),
    ("this week", WED_2021_12_15, "2021-12-13", W, REL),
    ("last month", WED_2021_12_15, "2021-11-01", M, REL),
    ("last month", SAT_2022_01_01, "2021-12-01", M, REL),
    ("this month", SAT_2022_01_01, "2022-01-01", M, REL),
    ("last year", WED_2021_12_15, "2020-01-01", Y, REL),
    ("last year", SAT_2022_01_01, "2021-01-01", Y, REL),
    ("this year", SUN_2023_01_01, "2023-01-01", Y, REL),
    ("last weekend", WED_2021_12_15, "2021-12-11", D, REL),
    # months without a year: the most recent one on or before publication
    ("in October", WED_2021_12_15, "2021-10-01", M, EXP),
    ("in December", WED_2021_12_15, "2021-12-01", M, EXP),
    ("in December", SAT_2022_01_01, "2021-12-01", M, EXP),
    ("in January", SAT_2022_01_01, "2022-01-01", M, EXP),
    ("in February", SAT_2022_01_01, "2021-02-01", M, EXP),
    ("mid-October", WED_2021_12_15, "2021-10-01", M, EXP),
    ("last December", WED_2021_12_15, "2020-12-01", M, REL),
    ("in October 2019", WED_2021_12_15, "2019-10-01", M, EXP),
    # days of a month, with and without a year
    ("on 3 March", WED_2021_12_15, "2021-03-03", D, EXP),
    ("March 3", WED_2021_12_15, "2021-03-03", D, EXP),
    ("the 3rd of March", WED_2021_12_15, "2021-03-03", D, EXP),
    ("Sept. 5", WED_2021_12_15, "2021-09-05", D, EXP),
    ("December 15", WED_2021_12_15, "2021-12-15", D, EXP),
    ("December 16", WED_2021_12_15, "2020-12-16", D, EXP),
    ("December 31", SAT_2022_01_01, "2021-12-31", D, EXP),
    ("on Monday, December 13", WED_2021_12_15, "2021-12-13", D, EXP),
    ("February 29", TUE_2024_03_01, "2024-02-29", D, EXP),
    ("February 29", WED_2021_12_15, "2020-02-29", D, EXP),
    ("on March 3, 2020", WED_2021_12_15, "2020-03-03", D, EXP),
    ("3 March 2020", WED_2021_12_15, "2020-03-03", D, EXP),
    ("2021-12-01", WED_2021_12_15, "2021-12-01", D, EXP),
    # years
    ("in 2019", WED_2021_12_15, "2019-01-01", Y, EXP),
    ("2014", WED_2021_12_15, "2014-01-01", Y, EXP),
]


@pytest.mark.parametrize(("text", "published", "expected", "precision", "basis"), TABLE)
def test_expression_resolves_against_publication(
    text: str, published: date, expected: str, precision: DatePrecision, basis: DateBasis
) -> None:
    found = resolve(text, published)
    assert found is not None, text
    assert (found.iso, found.precision, found.basis, found.ongoing) == (expected, precision, basis, False)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [("since 2014", "2014-01-01", Y), ("since October", "2021-10-01", M), ("since Monday", "2021-12-13", D)],
)
def test_since_is_an_ongoing_state(text: str, expected: str, precision: DatePrecision) -> None:
    found = resolve(text, WED_2021_12_15)
    assert found is not None
    assert (found.iso, found.precision, found.ongoing) == (expected, precision, True)


@pytest.mark.parametrize("text", ["for weeks", "weeks", "recently", "the past", "a long time", "February 30"])
def test_expressions_that_name_no_point_in_time(text: str) -> None:
    assert resolve(text, WED_2021_12_15) is None


def test_weekday_on_publication_day_is_publication_day_unless_strict() -> None:
    for offset in range(7):
        published = date(2021, 12, 13 + offset)
        assert most_recent_weekday(published.weekday(), published) == published
        assert most_recent_weekday(published.weekday(), published, strictly_before=True).toordinal() == (
            published.toordinal() - 7
        )


def test_most_recent_weekday_is_never_after_publication_nor_a_week_before() -> None:
    published = SAT_2022_01_01
    for weekday in range(7):
        day = most_recent_weekday(weekday, published)
        assert day.weekday() == weekday
        assert 0 <= (published - day).days < 7


def test_most_recent_month_and_day_cross_the_year() -> None:
    assert most_recent_month(12, SAT_2022_01_01) == date(2021, 12, 1)
    assert most_recent_month(1, SAT_2022_01_01) == date(2022, 1, 1)
    assert most_recent_day(1, 2, SAT_2022_01_01) == date(2021, 1, 2)
    assert most_recent_day(2, 30, SAT_2022_01_01) is None
