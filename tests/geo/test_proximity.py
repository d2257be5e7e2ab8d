"""Spatial support: namesakes near the article's other places, weighted by how ambiguous those are."""

from __future__ import annotations

import pytest

from eventcoder.geo.proximity import spatial_support
from geo.helpers import (
    HUNTSVILLE_AL,
    HUNTSVILLE_TX,
    MOSCOW,
    WALKER_COUNTY_GA,
    WALKER_COUNTY_TX,
)


def test_a_town_and_a_county_that_lie_together_support_each_other() -> None:
    huntsville, walker = (HUNTSVILLE_AL, HUNTSVILLE_TX), (WALKER_COUNTY_GA, WALKER_COUNTY_TX)
    support = spatial_support(["Huntsville", "Walker County"], [huntsville, walker])
    assert support[0] == {id(HUNTSVILLE_TX): pytest.approx(1 / 2**0.5)}  # two Walker Counties: 1/sqrt(2)
    assert support[1] == {id(WALKER_COUNTY_TX): pytest.approx(1 / 2**0.5)}


def test_an_unambiguous_neighbour_counts_fully_and_repeats_of_a_name_do_not_count() -> None:
    names = ["Huntsville", "Walker County", "Huntsville"]
    candidates = [(HUNTSVILLE_AL, HUNTSVILLE_TX), (WALKER_COUNTY_TX,), (HUNTSVILLE_AL, HUNTSVILLE_TX)]
    support = spatial_support(names, candidates)
    assert support[0] == support[2] == {id(HUNTSVILLE_TX): pytest.approx(1.0)}  # one other name, once
    assert support[1] == {}  # a single candidate has nothing to choose


def test_places_far_apart_or_under_another_name_give_no_support() -> None:
    assert spatial_support(["Moscow", "Huntsville"], [(MOSCOW,), (HUNTSVILLE_AL, HUNTSVILLE_TX)]) == [{}, {}]
    # "Walker Hills" is not Walker County's own name: a guess found inside another name lends nothing
    found = [(WALKER_COUNTY_TX,), (HUNTSVILLE_AL, HUNTSVILLE_TX)]
    assert spatial_support(["Walker Hills", "Huntsville"], found) == [{}, {}]


def test_a_county_under_its_bare_name_is_under_its_own_name() -> None:
    # "an Athens-Clarke police officer": local news names the county without "County"
    found = [(WALKER_COUNTY_GA, WALKER_COUNTY_TX), (HUNTSVILLE_AL, HUNTSVILLE_TX)]
    support = spatial_support(["Walker", "Huntsville"], found)
    assert support == [
        {id(WALKER_COUNTY_TX): pytest.approx(1 / 2**0.5)},
        {id(HUNTSVILLE_TX): pytest.approx(1 / 2**0.5)},
    ]


def test_a_region_or_countrys_namesake_towns_lend_no_support() -> None:
    from eventcoder.geo.gazetteer import Feature, GazEntry

    region = GazEntry("Middle East", Feature.REGION, 29.0, 41.0)
    town = GazEntry(
        "Middle East", Feature.CITY, 39.6, -76.8, country="USA", admin1="Maryland", population=900
    )
    here = GazEntry(
        "Manchester", Feature.CITY, 39.66, -76.88, country="USA", admin1="Maryland", population=5_408
    )
    there = GazEntry(
        "Manchester", Feature.CITY, 53.48, -2.24, country="GBR", admin1="England", population=569_000
    )
    # "the Middle East" is the region: a Maryland hamlet of that name says nothing about "Manchester"
    support = spatial_support(["Middle East", "Manchester"], [(region, town), (here, there)])
    assert support[1] == {}
    # a town of a name that is no larger place still does
    hampstead = GazEntry(
        "Hampstead", Feature.CITY, 39.6, -76.85, country="USA", admin1="Maryland", population=6_000
    )
    support = spatial_support(["Hampstead", "Manchester"], [(hampstead,), (here, there)])
    assert support[1] == {id(here): pytest.approx(1.0)}
