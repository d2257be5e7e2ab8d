"""Unlisted places placed at the place the text names them in."""

from __future__ import annotations

import pytest

from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer
from eventcoder.geo.toponym import Toponym, ToponymSource
from eventcoder.geo.within import placed_within
from geo.helpers import FULTON_COUNTY_IL, MOSCOW, RICE_LAKE_WI, USA

MARYLAND = GazEntry("Maryland", Feature.ADMIN1, 39.0, -76.8, country="USA", admin1="Maryland")
EUROPE = GazEntry("Europe", Feature.CONTINENT, 48.7, 9.1)


def toponyms(text: str, names: list[tuple[str, str]]) -> list[Toponym]:
    out, cursor = [], 0
    for name, label in names:
        start = text.index(name, cursor)
        out.append(Toponym(start, start + len(name), name, ToponymSource.NER, label))
        cursor = start + len(name)
    return out


def test_an_unlisted_place_takes_the_point_of_the_place_named_after_a_comma() -> None:
    text = "He worked at Fort Detrick, Maryland for years."
    found = placed_within(
        text, toponyms(text, [("Fort Detrick", "GPE"), ("Maryland", "GPE")]), [None, MARYLAND]
    )
    entry = found[0]
    assert entry is not None and entry.feature is Feature.UNLISTED
    assert (entry.name, entry.lat, entry.lon, entry.country, entry.admin1) == (
        "Fort Detrick",
        39.0,
        -76.8,
        "USA",
        "Maryland",
    )
    assert entry.geonames_id is None and found[1] is MARYLAND


def test_kinds_of_places_and_appositions_say_where_a_place_lies() -> None:
    text = "a bakery in the Adhamiyah district of Moscow and Ostrov, a farming village near Moscow"
    names = [("Adhamiyah", "ORG"), ("Moscow", "GPE"), ("Ostrov", "ORG"), ("Moscow", "GPE")]
    found = placed_within(text, toponyms(text, names), [None, MOSCOW, None, MOSCOW])
    assert [e.feature if e else None for e in found] == [Feature.UNLISTED, Feature.CITY] * 2
    # a kind of place and a comma: "farmers in the Wedza district, Mashonaland East province"
    text = "farmers in the Ostrov district, Moscow province, and the Ostrov district, the capital"
    names = [("Ostrov", "GPE"), ("Moscow", "LOC"), ("Ostrov", "GPE"), ("capital", "")]
    found = placed_within(text, toponyms(text, names), [None, MOSCOW, None, None])
    assert [e.feature if e else None for e in found] == [Feature.UNLISTED, Feature.CITY, None, None]


def test_no_container_no_list_no_continent_and_bare_in_only_after_a_place_entity() -> None:
    cases = [
        ("Gazprom, the United States and others", [("Gazprom", "ORG"), ("United States", "GPE")], USA),
        ("birds from Ostrov reached Europe", [("Ostrov", "GPE"), ("Europe", "LOC")], EUROPE),
        ("Ostrov, Europe", [("Ostrov", "GPE"), ("Europe", "LOC")], EUROPE),
        ("Liffe in the United States", [("Liffe", "ORG"), ("United States", "GPE")], USA),
    ]
    for text, names, container in cases:
        assert placed_within(text, toponyms(text, names), [None, container])[0] is None, text
    text = "Belle Vue in the United States"
    found = placed_within(text, toponyms(text, [("Belle Vue", "FAC"), ("United States", "GPE")]), [None, USA])
    assert found[0] is not None and found[0].country == "USA"


def test_towns_in_a_list_are_not_inside_each_other() -> None:
    text = "Suba, Moscow, Ostrov and Kimry"
    names = [("Suba", "GPE"), ("Moscow", "GPE"), ("Ostrov", "GPE"), ("Kimry", "GPE")]
    assert placed_within(text, toponyms(text, names), [None, MOSCOW, None, None])[0] is None


def test_an_unlisted_place_in_a_division_lies_at_the_centre_of_its_towns() -> None:
    ontario = GazEntry("Ontario", Feature.ADMIN1, 49.25, -84.5, country="CAN", admin1="Ontario")
    toronto = GazEntry(
        "Toronto", Feature.CITY, 43.7, -79.4, country="CAN", admin1="Ontario", population=2_600_000
    )
    ottawa = GazEntry(
        "Ottawa", Feature.CITY, 45.4, -75.7, country="CAN", admin1="Ontario", population=800_000
    )
    gazetteer = Gazetteer([("Ontario", ontario), ("Toronto", toronto), ("Ottawa", ottawa)])
    assert gazetteer.settlement_centre(ontario) == pytest.approx((44.55, -77.55))
    assert gazetteer.settlement_centre(toronto) is None  # only first-level divisions have one
    text = "arrested in Stroud, Ontario on Monday"
    names = [("Stroud", "GPE"), ("Ontario", "GPE")]
    found = placed_within(text, toponyms(text, names), [None, ontario], gazetteer.settlement_centre)
    assert found[0] is not None and (found[0].lat, found[0].lon) == pytest.approx(
        (44.55, -77.55)
    )  # not Hudson Bay


def test_a_place_a_possessive_makes_part_of_another_is_placed_there() -> None:
    from eventcoder.geo.within import outside_possessor, possessors

    giza = GazEntry("Giza", Feature.CITY, 30.0, 31.2, country="EGY", admin1="Giza", population=3_000_000)
    haram = GazEntry("Haram", Feature.ADMIN2, 62.6, 6.2, country="NOR", admin1="More og Romsdal")
    text = "a civilian in Giza's Haram district, and Moscow's rural Ostrov community"
    found = toponyms(text, [("Giza", "GPE"), ("Haram", "GPE"), ("Moscow", "GPE"), ("Ostrov", "ORG")])
    owners = possessors(text, found, [giza, haram, MOSCOW, None])
    assert owners == [None, giza, None, MOSCOW]
    # a reading outside the possessor's division is dropped where a kind of place follows the name
    assert outside_possessor(haram, giza)
    placed = placed_within(text, found, [giza, None, MOSCOW, None])
    assert [(e.feature, e.country) if e else None for e in placed] == [
        (Feature.CITY, "EGY"),
        (Feature.UNLISTED, "EGY"),
        (Feature.CITY, "RUS"),
        (Feature.UNLISTED, "RUS"),
    ]


def test_a_possessive_over_a_preposition_or_before_no_kind_of_place_makes_nothing_part() -> None:
    from eventcoder.geo.within import possessors

    seoul = GazEntry("Seoul", Feature.CITY, 37.6, 127.0, country="KOR", admin1="Seoul", population=10_000_000)
    text = "Moscow's cooperation in Seoul's district; Moscow's ally Seoul; Moscow's Ostrov said"
    names = [("Moscow", "GPE"), ("Seoul", "GPE"), ("Moscow", "GPE"), ("Seoul", "GPE")]
    found = toponyms(text, [*names, ("Moscow", "GPE"), ("Ostrov", "ORG")])
    # "ally" and "said" are no kinds of places: what a place owns is as often a company
    assert possessors(text, found, [MOSCOW, seoul, MOSCOW, seoul, MOSCOW, None]) == [None] * 6


def test_a_kind_of_place_of_a_city_named_before_it_is_part_of_that_city_unless_the_larger() -> None:
    from eventcoder.geo.within import outside_possessor, possessors

    cincinnati = GazEntry(
        "Cincinnati", Feature.CITY, 39.1, -84.5, country="USA", admin1="Ohio", population=300_000
    )
    west_chester_pa = GazEntry(
        "West Chester", Feature.CITY, 39.96, -75.61, country="USA", admin1="Pennsylvania", population=19_842
    )
    baghdad = GazEntry(
        "Baghdad", Feature.CITY, 33.3, 44.4, country="IRQ", admin1="Baghdad", population=5_000_000
    )
    adhamiya = GazEntry("Adhamiya", Feature.CITY, 35.0, 40.0, country="SYR", admin1="Other", population=900)
    text = "a man from the Cincinnati suburb of West Chester; the Adhamiya district of Baghdad"
    found = toponyms(
        text, [("Cincinnati", "GPE"), ("West Chester", "GPE"), ("Adhamiya", "GPE"), ("Baghdad", "GPE")]
    )
    owners = possessors(text, found, [cincinnati, west_chester_pa, adhamiya, baghdad])
    # West Chester is Cincinnati's suburb; Baghdad is no district of a hamlet named Adhamiya
    assert owners == [None, cincinnati, None, None]
    assert outside_possessor(west_chester_pa, cincinnati)  # the Pennsylvania namesake is no reading
    placed = placed_within(text, found, [cincinnati, None, None, baghdad])
    assert [(e.feature, e.admin1) if e else None for e in placed] == [
        (Feature.CITY, "Ohio"),
        (Feature.UNLISTED, "Ohio"),
        (Feature.UNLISTED, "Baghdad"),
        (Feature.CITY, "Baghdad"),
    ]


def test_an_area_of_a_county_named_after_a_town_lies_in_the_county() -> None:
    from eventcoder.geo.within import possessors

    text = "found in the Rice Lake area of Fulton County located in Illinois"
    found = toponyms(text, [("Rice Lake", "GPE"), ("Fulton County", "GPE")])
    assert possessors(text, found, [RICE_LAKE_WI, FULTON_COUNTY_IL]) == [None, None]


def test_a_kind_of_place_names_the_container_a_reading_must_lie_in() -> None:
    from eventcoder.geo.within import named_containers, outside_possessor

    text = "found in the Rice Lake area of Fulton County, and in Rice Lake, Fulton County"
    names = [("Rice Lake", "GPE"), ("Fulton County", "GPE"), ("Rice Lake", "GPE"), ("Fulton County", "GPE")]
    found = toponyms(text, names)
    containers = named_containers(
        text, found, [RICE_LAKE_WI, FULTON_COUNTY_IL, RICE_LAKE_WI, FULTON_COUNTY_IL]
    )
    # a bare comma is the resolver's container hint (a state or country), not this
    assert containers == [FULTON_COUNTY_IL, None, None, None]
    assert outside_possessor(RICE_LAKE_WI, FULTON_COUNTY_IL)
