"""Resolution: priors, article focus, containers in the text, capitals, derived divisions."""

from __future__ import annotations

from eventcoder.geo.gazetteer import GazEntry
from eventcoder.geo.recognize import Toponym, ToponymSource
from eventcoder.geo.resolve import Resolver
from geo.helpers import (
    ATHENS_GA,
    ATHENS_GR,
    GEORGIA_COUNTRY,
    GEORGIA_STATE,
    KYIV,
    PARIS_FR,
    PARIS_TX,
    RUSSIA,
    WASHINGTON_DC,
    small_gazetteer,
)


def resolve(
    text: str, names: list[str], sources: dict[str, ToponymSource] | None = None
) -> list[GazEntry | None]:
    """Resolve the given names at their first occurrences after each other in ``text``."""
    toponyms, cursor = [], 0
    for name in names:
        start = text.index(name, cursor)
        source = (sources or {}).get(name, ToponymSource.NER)
        toponyms.append(Toponym(start, start + len(name), name, source))
        cursor = start + len(name)
    return Resolver(small_gazetteer()).resolve(text, toponyms)


def test_bare_georgia_is_the_country() -> None:
    assert resolve("Talks in Georgia resumed.", ["Georgia"]) == [GEORGIA_COUNTRY]


def test_georgia_among_us_places_is_the_state() -> None:
    text = "Gainesville and Athens in Georgia, like Texas and the United States at large, voted."
    found = resolve(text, ["Gainesville", "Athens", "Georgia", "Texas", "United States"])
    assert found[2] == GEORGIA_STATE
    assert found[1] == ATHENS_GA  # the state focus moves Athens too


def test_georgia_next_to_russia_is_the_country() -> None:
    found = resolve("Russia and Georgia fought over Crimea and Ukraine.", ["Russia", "Georgia"])
    assert found == [RUSSIA, GEORGIA_COUNTRY]


def test_the_text_names_the_container() -> None:
    assert resolve("He grew up in Paris, Texas.", ["Paris", "Texas"])[0] == PARIS_TX
    assert resolve("He grew up in Paris.", ["Paris"]) == [PARIS_FR]
    assert (
        resolve("Athens, Ga., is home.", ["Athens", "Ga."], {"Ga.": ToponymSource.ABBREVIATION})[0]
        == ATHENS_GA
    )


def test_bare_world_city_beats_a_small_namesake() -> None:
    assert resolve("Athens hosted the summit.", ["Athens"]) == [ATHENS_GR]


def test_capital_beats_a_state_of_the_same_name() -> None:
    assert resolve("Washington imposed sanctions on Moscow.", ["Washington"]) == [WASHINGTON_DC]


def test_city_beats_a_derived_division_of_the_same_name() -> None:
    assert resolve("Kiev has fought an insurgency.", ["Kiev"]) == [KYIV]


def test_demonym_resolves_to_its_country_and_unknown_names_to_none() -> None:
    found = resolve(
        "Russian forces shelled Atlantis.", ["Russian", "Atlantis"], {"Russian": ToponymSource.DEMONYM}
    )
    assert found == [RUSSIA, None]
