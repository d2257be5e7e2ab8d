"""Resolution: priors, article focus, containers in the text, capitals, derived divisions."""

from __future__ import annotations

import pytest

from eventcoder.geo.focus import ArticleFocus
from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer
from eventcoder.geo.resolve import Resolver, container_hints, prior
from eventcoder.geo.story import one_sense
from eventcoder.geo.toponym import Toponym, ToponymSource
from geo.helpers import (
    ATHENS_GA,
    ATHENS_GR,
    BUTLER_COUNTY_OH,
    BUTLER_COUNTY_PA,
    FULTON_COUNTY_IL,
    GAINESVILLE,
    GEORGIA_COUNTRY,
    GEORGIA_STATE,
    HUNTSVILLE_AL,
    HUNTSVILLE_TX,
    KYIV,
    OHIO,
    PARIS_FR,
    PARIS_TX,
    RICE_LAKE_WI,
    RUSSIA,
    TEXAS,
    UKRAINE,
    USA,
    VIRGINIA,
    WALKER_COUNTY_TX,
    WASHINGTON_DC,
    WASHINGTON_STATE,
    small_gazetteer,
)


def resolve(
    text: str,
    names: list[str],
    sources: dict[str, ToponymSource] | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[GazEntry | None]:
    """Resolve the given names at their first occurrences after each other in ``text``."""
    toponyms, cursor = [], 0
    for name in names:
        start = text.index(name, cursor)
        source = (sources or {}).get(name, ToponymSource.NER)
        toponyms.append(Toponym(start, start + len(name), name, source))
        cursor = start + len(name)
    return Resolver(gazetteer or small_gazetteer()).resolve(text, toponyms)


def test_bare_georgia_is_the_country() -> None:
    assert resolve("Talks in Georgia resumed.", ["Georgia"]) == [GEORGIA_COUNTRY]


def test_georgia_among_us_places_is_the_state() -> None:
    text = "Gainesville and Athens in Georgia, like Texas and the United States at large, voted."
    found = resolve(text, ["Gainesville", "Athens", "Georgia", "Texas", "United States"])
    assert found[2] == GEORGIA_STATE
    assert found[1] == ATHENS_GA  # the state focus moves Athens too


def test_a_repeated_name_does_not_outvote_the_state_named_around_it() -> None:
    # each "Paris" read as France used to vote for France and drown the one "Texas"
    text = "Paris police and Paris schools said Paris parks in Paris reopen, Texas officials said."
    assert resolve(text, ["Paris"] * 4 + ["Texas"])[:4] == [PARIS_TX] * 4


def test_focus_shares_leave_out_every_mention_of_the_name() -> None:
    focus = ArticleFocus.from_entries([PARIS_FR, PARIS_FR, TEXAS], ["Paris", "paris", "Texas"])
    assert focus.country_share("USA", "paris") == pytest.approx(1.0)
    assert focus.country_share("FRA", "texas") == pytest.approx(1.0)
    assert focus.admin1_share(("USA", "Texas"), "paris") == pytest.approx(1.0)
    # the two mentions of Paris weigh sqrt(2) together, Texas (a state) 1.5
    assert focus.country_share("FRA") == pytest.approx(2**0.5 / (2**0.5 + 1.5))


def test_a_county_lies_in_the_state_the_article_names() -> None:
    text = "Butler County deputies and Ohio troopers searched."
    assert resolve(text, ["Butler County", "Ohio"])[0] == BUTLER_COUNTY_OH


def test_a_bare_county_is_the_namesake_with_more_towns() -> None:
    assert resolve("Butler County deputies searched.", ["Butler County"]) == [BUTLER_COUNTY_PA]


def test_a_town_is_the_namesake_beside_the_county_the_article_names() -> None:
    text = "The burn ban for Walker County was lifted after the Huntsville fire chief met the judge."
    assert resolve(text, ["Walker County", "Huntsville"]) == [WALKER_COUNTY_TX, HUNTSVILLE_TX]
    assert resolve("The Huntsville fire chief spoke.", ["Huntsville"]) == [HUNTSVILLE_AL]


def test_a_name_in_a_county_list_is_the_county() -> None:
    text = "Deputies in Butler and Ohio counties searched, Ohio troopers said."
    found = resolve(text, ["Butler", "Ohio", "Ohio"])
    assert found[0] == BUTLER_COUNTY_OH
    assert found[1] == OHIO  # no "Ohio County" in this gazetteer: the name's own candidates
    assert found[2] == OHIO
    county = Toponym(12, 18, "Butler", ToponymSource.COUNTY)
    assert Resolver(small_gazetteer()).candidates(county) == (BUTLER_COUNTY_OH, BUTLER_COUNTY_PA)


def test_the_text_names_the_kind_of_place() -> None:
    assert resolve("Farms in Washington state were hit.", ["Washington"]) == [WASHINGTON_STATE]
    assert resolve("Talks in the state of Georgia resumed.", ["Georgia"]) == [GEORGIA_STATE]
    assert resolve("Flights from the city of Kiev resumed.", ["Kiev"]) == [KYIV]
    assert resolve("No U.S. city has a policy.", ["U.S."]) == [USA]  # a country modifying "city"


def test_a_list_of_countries_is_no_town_in_a_country() -> None:
    # "China, Japan" read as "A, B" made China a town in Japan: a name that can be a country is none
    hints = container_hints(
        "Georgia, Russia",
        [_at("Georgia, Russia", "Georgia"), _at("Georgia, Russia", "Russia")],
        [None, RUSSIA],
        [(GEORGIA_COUNTRY, GEORGIA_STATE), (RUSSIA,)],
    )
    assert hints == [None, None]
    assert container_hints(
        "Paris, Texas",
        [_at("Paris, Texas", "Paris"), _at("Paris, Texas", "Texas")],
        [None, TEXAS],
        [(PARIS_FR, PARIS_TX), (TEXAS,)],
    ) == [TEXAS, None]


def _at(text: str, name: str) -> Toponym:
    start = text.index(name)
    return Toponym(start, start + len(name), name, ToponymSource.NER)


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


def test_a_compass_word_inside_a_longer_name_is_not_a_place() -> None:
    # "North" is an alternate name of a town of 16,000 and "Bay" a Somali region: inside an unknown
    # name they stand for a direction and a kind of place, so the known name after them is the place
    north_salt_lake = GazEntry(
        "North Salt Lake", Feature.CITY, 40.85, -111.91, country="USA", admin1="Utah", population=16_000
    )
    bay = GazEntry("Bay", Feature.ADMIN1, 2.96, 43.86, country="SOM", admin1="Bay", derived=True)
    gazetteer = Gazetteer([("North", north_salt_lake), ("Texas", TEXAS), ("Bay", bay)])
    text = "Storms hit North Texas and Mahim Bay."
    toponyms = [
        Toponym(text.index(name), text.index(name) + len(name), name, ToponymSource.NER)
        for name in ("North Texas", "Mahim Bay")
    ]
    assert Resolver(gazetteer).resolve(text, toponyms) == [TEXAS, None]


def test_a_name_in_a_list_of_states_is_a_state() -> None:
    text = "Cases in Ohio, Texas, Washington and Virginia rose; Washington officials met."
    found = resolve(text, ["Ohio", "Texas", "Washington", "Virginia", "Washington"])
    assert found[2] == WASHINGTON_STATE
    assert resolve("Officials in Washington met.", ["Washington"]) == [WASHINGTON_DC]  # no list, no kind


def test_the_focus_is_recomputed_until_the_choices_settle() -> None:
    # round 1: "Georgia" alone is the country and "Albany" the larger one, in New York; round 2:
    # Albany's vote for the US makes Georgia the state; only a third round lets the state pull
    # Albany to Georgia
    albany_ny = GazEntry(
        "Albany", Feature.CITY, 42.65, -73.76, country="USA", admin1="New York", population=101_000
    )
    albany_ga = GazEntry(
        "Albany", Feature.CITY, 31.58, -84.16, country="USA", admin1="Georgia", population=75_000
    )
    albany_au = GazEntry(
        "Albany", Feature.CITY, -35.02, 117.88, country="AUS", admin1="Western Australia", population=33_000
    )
    names = [("Georgia", GEORGIA_COUNTRY), ("Georgia", GEORGIA_STATE)]
    gazetteer = Gazetteer([*names, ("Albany", albany_ny), ("Albany", albany_ga), ("Albany", albany_au)])
    text = "An Albany man was arrested by Georgia Bureau of Investigation agents."
    found = Resolver(gazetteer).resolve(text, [_at(text, "Albany"), _at(text, "Georgia")])
    assert found == [albany_ga, GEORGIA_STATE]


def test_a_bare_name_known_only_as_a_county_is_that_county() -> None:
    clarke_ga = GazEntry(
        "Clarke County", Feature.ADMIN2, 33.95, -83.37, country="USA", admin1="Georgia", derived=True
    )
    clarke_al = GazEntry(
        "Clarke County", Feature.ADMIN2, 31.68, -87.82, country="USA", admin1="Alabama", derived=True, towns=9
    )
    names = [("Clarke County", clarke_ga), ("Clarke County", clarke_al), ("Georgia", GEORGIA_STATE)]
    text = "Georgia deputies searched a house in unincorporated Clarke."
    found = Resolver(Gazetteer(names)).resolve(text, [_at(text, "Georgia"), _at(text, "Clarke")])
    assert found == [GEORGIA_STATE, clarke_ga]


def test_a_home_town_of_the_story_is_not_outweighed_by_a_capital_namesake() -> None:
    # Paris, France, outranks Paris, Texas, by size and as a capital; a story about the Paris Police
    # is about a home community, where size counts only up to a city, so the US focus decides
    text = "Paris Police arrested a man from Gainesville."
    assert resolve(text, ["Paris", "Gainesville"]) == [PARIS_TX, GAINESVILLE]
    assert resolve("Paris hosted a man from Gainesville.", ["Paris", "Gainesville"])[0] == PARIS_FR


def test_a_home_town_named_like_a_state_keeps_its_size() -> None:
    # "Washington Police" says nothing about the capital against the state
    text = "Washington Police arrested a man from Gainesville."
    assert resolve(text, ["Washington", "Gainesville"])[0] == WASHINGTON_DC


def test_a_name_repeated_many_times_does_not_drown_the_other_names() -> None:
    # "Coach Ripley", read nine times as the town in West Virginia, used to make a Minnesota story
    # one about West Virginia, and Rochester the larger one in New York
    ripley = GazEntry(
        "Ripley", Feature.CITY, 38.82, -81.71, country="USA", admin1="West Virginia", population=3_200
    )
    rochester_ny = GazEntry(
        "Rochester", Feature.CITY, 43.15, -77.62, country="USA", admin1="New York", population=210_000
    )
    rochester_mn = GazEntry(
        "Rochester", Feature.CITY, 44.02, -92.47, country="USA", admin1="Minnesota", population=50_000
    )
    scott = GazEntry(
        "Scott County", Feature.ADMIN2, 44.65, -93.53, country="USA", admin1="Minnesota", towns=9
    )
    delano = GazEntry(
        "Delano", Feature.CITY, 45.04, -93.79, country="USA", admin1="Minnesota", population=5_900
    )
    names = [("Ripley", ripley), ("Rochester", rochester_ny), ("Rochester", rochester_mn)]
    gazetteer = Gazetteer([*names, ("Scott County", scott), ("Delano", delano)])
    text = "Ripley said. " * 9 + "Scott County and Delano teams went to Rochester."
    toponyms, cursor = [], 0
    for name in ["Ripley"] * 9 + ["Scott County", "Delano", "Rochester"]:
        start = text.index(name, cursor)
        toponyms.append(Toponym(start, start + len(name), name, ToponymSource.NER))
        cursor = start + len(name)
    assert Resolver(gazetteer).resolve(text, toponyms)[-1] == rochester_mn


def test_a_capital_earns_no_bonus_where_the_other_names_all_lie_in_other_countries() -> None:
    london_uk = GazEntry(
        "London",
        Feature.CITY,
        51.51,
        -0.13,
        country="GBR",
        admin1="England",
        population=8_960_000,
        capital=True,
    )
    london_on = GazEntry(
        "London", Feature.CITY, 42.98, -81.23, country="CAN", admin1="Ontario", population=422_000
    )
    ontario = GazEntry("Ontario", Feature.ADMIN1, 49.25, -84.5, country="CAN", admin1="Ontario")
    houston = GazEntry(
        "Houston", Feature.CITY, 29.76, -95.36, country="USA", admin1="Texas", population=2_300_000
    )
    britain = GazEntry("United Kingdom", Feature.COUNTRY, 54.0, -2.0, country="GBR", population=66_000_000)
    names = [("London", london_uk), ("London", london_on), ("Ontario", ontario), ("Houston", houston)]
    gazetteer = Gazetteer([*names, ("Texas", TEXAS), ("Britain", britain)])
    text = "Ontario growers met Texas buyers from Houston in London."
    toponyms = [_at(text, name) for name in ("Ontario", "Texas", "Houston", "London")]
    assert Resolver(gazetteer).resolve(text, toponyms)[-1] == london_on
    text = "Ontario growers met Texas buyers from Houston and Britain in London."
    toponyms = [_at(text, name) for name in ("Ontario", "Texas", "Houston", "Britain", "London")]
    assert Resolver(gazetteer).resolve(text, toponyms)[-1] == london_uk


def test_a_capital_keeps_its_bonus_against_a_namesake_town_of_the_story_s_country() -> None:
    # Paris, Texas (25,000) is no city of note: a US story's "Paris" summit is the French capital's;
    # London, Ontario (422,000, above) is one, and takes "London" in an Ontario story
    names = [("Paris", PARIS_FR), ("Paris", PARIS_TX), ("Ohio", OHIO), ("Virginia", VIRGINIA), ("U.S.", USA)]
    text = "U.S. officials from Ohio and Virginia met partners in Paris."
    toponyms = [_at(text, name) for name in ("U.S.", "Ohio", "Virginia", "Paris")]
    assert Resolver(Gazetteer(names)).resolve(text, toponyms)[-1] == PARIS_FR


def test_dotted_initials_are_never_the_town_their_letters_spell() -> None:
    us_town = GazEntry(
        "Us", Feature.CITY, 49.1, 1.97, country="FRA", admin1="Ile-de-France", population=1_300
    )
    gazetteer = Gazetteer([("Paris", PARIS_FR), ("Us", us_town), ("U.S.", USA), ("US", USA)])
    text = "The Paris group will export U.S. expertise."
    assert Resolver(gazetteer).resolve(text, [_at(text, "Paris"), _at(text, "U.S.")])[-1] == USA


def test_a_comma_list_going_on_is_no_container_but_a_chain_of_containers_is() -> None:
    saipan = GazEntry("Saipan", Feature.CITY, 15.2, 145.75, country="MNP", population=48_000, capital=True)
    guam = GazEntry("Guam", Feature.COUNTRY, 13.5, 144.8, country="GUM", population=165_000)
    alaska = GazEntry("Alaska", Feature.ADMIN1, 64.0, -150.0, country="USA", admin1="Alaska")
    stroud_uk = GazEntry(
        "Stroud", Feature.CITY, 51.74, -2.2, country="GBR", admin1="England", population=32_000
    )
    ontario = GazEntry("Ontario", Feature.ADMIN1, 49.25, -84.5, country="CAN", admin1="Ontario")
    canada = GazEntry("Canada", Feature.COUNTRY, 60.0, -95.0, country="CAN", population=37_000_000)
    names = [("Saipan", saipan), ("Guam", guam), ("Alaska", alaska), ("Stroud", stroud_uk)]
    gazetteer = Gazetteer([*names, ("Ontario", ontario), ("Canada", canada)])
    text = "Trips to Saipan, Guam, Alaska and Stroud, Ontario, Canada."
    names_in_order = ["Saipan", "Guam", "Alaska", "Stroud", "Ontario", "Canada"]
    chosen = Resolver(gazetteer).resolve(text, [_at(text, n) for n in names_in_order])
    assert chosen[0] == saipan  # not an unlisted place in Guam
    assert chosen[3] is not None and chosen[3].country == "CAN"  # Stroud lies in Ontario, unlisted there


PORTLAND_OR = GazEntry(
    "Portland", Feature.CITY, 45.52, -122.68, country="USA", admin1="Oregon", population=652_503
)
PORTLAND_JAM = GazEntry(
    "Portland", Feature.ADMIN1, 18.15, -76.48, country="JAM", admin1="Portland", derived=True, towns=5
)
TELEMARK = GazEntry(
    "Telemark", Feature.ADMIN1, 59.3, 8.8, country="NOR", admin1="Telemark", derived=True, towns=150
)
TELEMARK_TOWN = GazEntry("Telemark", Feature.CITY, 40.0, -80.0, country="USA", population=300_000)


def _resolve_in(gazetteer: Gazetteer, text: str, name: str) -> GazEntry | None:
    start = text.index(name)
    return Resolver(gazetteer).resolve(text, [Toponym(start, start + len(name), name, ToponymSource.NER)])[0]


def test_a_division_known_from_a_handful_of_towns_does_not_outrank_a_large_city() -> None:
    # a parish of Jamaica (five towns) is a small place: alone, "Portland" is the city in Oregon
    gazetteer = Gazetteer([("Portland", PORTLAND_JAM), ("Portland", PORTLAND_OR)])
    assert _resolve_in(gazetteer, "Rain fell on Portland.", "Portland") == PORTLAND_OR
    # a province of many towns keeps its division prior
    gazetteer = Gazetteer([("Telemark", TELEMARK), ("Telemark", TELEMARK_TOWN)])
    assert _resolve_in(gazetteer, "Rain fell on Telemark.", "Telemark") == TELEMARK


def test_region_after_a_name_does_not_rule_out_its_city() -> None:
    # "the Portland region" is the metropolitan area as often as a division; "Portland state" is not
    gazetteer = Gazetteer([("Portland", PORTLAND_JAM), ("Portland", PORTLAND_OR)])
    assert _resolve_in(gazetteer, "Jobs in the Portland region grew.", "Portland") == PORTLAND_OR
    assert _resolve_in(gazetteer, "Jobs in Portland Province grew.", "Portland") == PORTLAND_JAM


HEATHROW_FL = GazEntry(
    "Heathrow", Feature.CITY, 28.76, -81.37, country="USA", admin1="Florida", population=5_896
)
HEATHROW_AIRPORT = GazEntry(
    "Heathrow Airport", Feature.AIRPORT, 51.47, -0.45, country="GBR", admin1="England"
)
LUTON = GazEntry("Luton", Feature.CITY, 51.88, -0.42, country="GBR", admin1="England", population=211_228)
LUTON_AIRPORT = GazEntry("Luton Airport", Feature.AIRPORT, 51.87, -0.37, country="GBR", admin1="England")


def _airport_gazetteer() -> Gazetteer:
    return Gazetteer(
        [
            ("Heathrow", HEATHROW_FL),
            ("Heathrow Airport", HEATHROW_AIRPORT),
            ("Heathrow", HEATHROW_AIRPORT),  # a variant: the short name news uses
            ("Luton", LUTON),
            ("Luton Airport", LUTON_AIRPORT),
            ("Luton", LUTON_AIRPORT),
        ]
    )


def _resolve_one(text: str, name: str) -> GazEntry | None:
    start = text.index(name)
    toponym = Toponym(start, start + len(name), name, ToponymSource.NER)
    return Resolver(_airport_gazetteer()).resolve(text, [toponym])[0]


def test_an_airport_outranks_a_small_town_of_its_short_name() -> None:
    # under its short name (a variant, no alternate-name penalty) the airport beats a town of 6,000
    assert _resolve_one("Flights were cancelled at Heathrow.", "Heathrow") == HEATHROW_AIRPORT


def test_a_large_town_outranks_an_airport_named_like_it() -> None:
    assert _resolve_one("Police in Luton arrested two men.", "Luton") == LUTON
    assert _resolve_one("Police at Luton Airport arrested two men.", "Luton Airport") == LUTON_AIRPORT


def test_longer_names_around_one_county_count_as_its_mentions_in_the_focus() -> None:
    # three surfaces for one county read as the namesake with more towns used to outvote the state
    names = ["Butler County Commissioners", "Butler County Sheriff", "Butler County Coroner", "Ohio"]
    text = (
        "Butler County Commissioners met, Butler County Sheriff spoke, Butler County Coroner and Ohio said."
    )
    assert resolve(text, names)[:3] == [BUTLER_COUNTY_OH] * 3


def test_two_names_that_would_swap_states_every_round_settle_in_one_state() -> None:
    # every name choosing at once: Paris follows Henry into Illinois while Henry follows Paris into
    # Tennessee, and back, round after round; one after another they settle together
    paris_tn = GazEntry(
        "Paris", Feature.CITY, 36.3, -88.3, country="USA", admin1="Tennessee", population=10_000
    )
    paris_il = GazEntry(
        "Paris", Feature.CITY, 39.6, -87.7, country="USA", admin1="Illinois", population=9_000
    )
    henry_tn = GazEntry(
        "Henry", Feature.CITY, 35.4, -88.6, country="USA", admin1="Tennessee", population=9_000
    )
    henry_il = GazEntry(
        "Henry", Feature.CITY, 41.1, -89.4, country="USA", admin1="Illinois", population=10_000
    )
    gazetteer = Gazetteer(
        [("Paris", paris_tn), ("Paris", paris_il), ("Henry", henry_tn), ("Henry", henry_il)]
    )
    text = "Paris and Henry met."
    toponyms = [Toponym(0, 5, "Paris", ToponymSource.NER), Toponym(10, 15, "Henry", ToponymSource.NER)]
    paris, henry = Resolver(gazetteer).resolve(text, toponyms)
    assert paris is not None and henry is not None
    assert paris.admin1 == henry.admin1


def test_the_mentions_of_one_name_take_one_place() -> None:
    candidates = [(PARIS_FR, PARIS_TX)] * 3
    keys = ["paris"] * 3
    # most mentions read as France: the odd one follows
    assert one_sense([PARIS_FR, PARIS_TX, PARIS_FR], keys, candidates, [None] * 3) == [PARIS_FR] * 3
    # "Paris, Texas" places one mention: the bare ones follow it, whatever most of them were read as
    hints = [None, TEXAS, None]
    assert one_sense([PARIS_FR, PARIS_TX, PARIS_FR], keys, candidates, hints) == [PARIS_TX] * 3
    # a tie, or a place the mention cannot be, changes nothing
    assert one_sense([PARIS_FR, PARIS_TX], keys[:2], candidates[:2], [None] * 2) == [PARIS_FR, PARIS_TX]
    only_france = [(PARIS_FR, PARIS_TX), (PARIS_FR,), (PARIS_FR, PARIS_TX)]
    assert one_sense([PARIS_TX, PARIS_FR, PARIS_TX], keys, only_france, [None] * 3) == [
        PARIS_TX,
        PARIS_FR,
        PARIS_TX,
    ]


def test_a_small_town_in_a_country_the_story_never_points_to_is_no_reading() -> None:
    hamlet = GazEntry("Piccadilly", Feature.CITY, -30.7, 121.5, country="AUS", population=2_300)
    london = GazEntry("London", Feature.CITY, 51.5, -0.13, country="GBR", population=8_900_000, capital=True)
    uk = GazEntry("United Kingdom", Feature.COUNTRY, 54.8, -2.7, country="GBR")
    gazetteer = Gazetteer([("Piccadilly", hamlet), ("London", london), ("UK", uk), ("Britain", uk)])
    text = "In London, Britain and the UK, a sushi bar in Piccadilly and London police"
    names = ["London", "Britain", "UK", "Piccadilly", "London"]
    toponyms, cursor = [], 0
    for name in names:
        start = text.index(name, cursor)
        toponyms.append(Toponym(start, start + len(name), name, ToponymSource.NER))
        cursor = start + len(name)
    found = Resolver(gazetteer).resolve(text, toponyms)
    assert found[3] is None and found[0] is london
    # alone, the hamlet is what the name means
    assert Resolver(gazetteer).resolve("Piccadilly", [Toponym(0, 10, "Piccadilly", ToponymSource.NER)]) == [
        hamlet
    ]


def test_a_town_the_text_puts_in_a_state_it_is_not_listed_in_is_unlisted_there() -> None:
    stroud = GazEntry("Stroud", Feature.CITY, 51.75, -2.2, country="GBR", admin1="England", population=60_000)
    ontario = GazEntry("Ontario", Feature.ADMIN1, 49.25, -84.5, country="CAN", admin1="Ontario")
    gazetteer = Gazetteer([("Stroud", stroud), ("Ontario", ontario)])
    text = "arrested in Stroud, Ontario on Monday"
    toponyms = [Toponym(12, 18, "Stroud", ToponymSource.NER), Toponym(20, 27, "Ontario", ToponymSource.NER)]
    town, province = Resolver(gazetteer).resolve(text, toponyms)
    assert province is ontario
    assert (
        town is not None and town.feature is Feature.UNLISTED and (town.lat, town.country) == (49.25, "CAN")
    )


def test_a_later_bare_mention_of_an_unlisted_town_is_that_town() -> None:
    stroud = GazEntry("Stroud", Feature.CITY, 51.75, -2.2, country="GBR", admin1="England", population=60_000)
    ontario = GazEntry("Ontario", Feature.ADMIN1, 49.25, -84.5, country="CAN", admin1="Ontario")
    gazetteer = Gazetteer([("Stroud", stroud), ("Ontario", ontario)])
    text = "arrested in Stroud, Ontario on Monday. Stroud police said"
    first, _, later = resolve(text, ["Stroud", "Ontario", "Stroud"], gazetteer=gazetteer)
    assert first is not None and first.feature is Feature.UNLISTED
    assert later is first  # not the English town the name alone would be


def test_a_bare_name_the_story_gives_as_a_county_is_that_county() -> None:
    georgia = GazEntry("Georgia", Feature.ADMIN1, 32.75, -83.5, country="USA", admin1="Georgia")
    county = GazEntry("Hall County", Feature.ADMIN2, 34.3, -83.8, country="USA", admin1="Georgia", towns=5)
    town = GazEntry("Schwäbisch Hall", Feature.CITY, 49.1, 9.7, country="DEU", admin1="01", population=36_000)
    gazetteer = Gazetteer([("Georgia", georgia), ("Hall County", county), ("Hall", town)])
    text = "Hall County, Georgia deputies said. In Hall, schools closed."
    found = resolve(text, ["Hall County", "Georgia", "Hall"], gazetteer=gazetteer)
    assert found == [county, georgia, county]  # not Schwäbisch Hall


def test_a_town_of_the_countys_own_state_keeps_its_reading() -> None:
    dallas = GazEntry(
        "Dallas", Feature.CITY, 32.8, -96.8, country="USA", admin1="Texas", population=1_300_000
    )
    county = GazEntry("Dallas County", Feature.ADMIN2, 32.8, -96.8, country="USA", admin1="Texas", towns=20)
    gazetteer = Gazetteer([("Dallas", dallas), ("Dallas County", county)])
    found = resolve(
        "Dallas County jail. Dallas police said", ["Dallas County", "Dallas"], gazetteer=gazetteer
    )
    assert found == [county, dallas]


def test_a_town_inside_a_longer_name_is_found_under_its_own_name_not_an_alias() -> None:
    coos_bay = GazEntry(
        "Coos Bay", Feature.CITY, 43.4, -124.2, country="USA", admin1="Oregon", population=16_000
    )
    enfield = GazEntry(
        "Enfield Town", Feature.CITY, 51.65, -0.08, country="GBR", admin1="England", population=40_000
    )
    gazetteer = Gazetteer(
        [("Coos Bay", coos_bay), ("Empire", coos_bay), ("Enfield Town", enfield), ("Enfield", enfield)]
    )
    text = "artists from the Russian Empire met at Enfield Borough hall"
    # Empire, Oregon is an old name of Coos Bay; "Enfield" is how Enfield Town is called
    assert resolve(text, ["Russian Empire", "Enfield Borough"], gazetteer=gazetteer) == [None, enfield]


def test_a_lake_named_for_a_state_is_not_the_state_but_one_named_for_a_town_lies_by_it() -> None:
    vermont = GazEntry("Vermont", Feature.ADMIN1, 44.0, -72.7, country="USA", admin1="Vermont")
    manassas = GazEntry(
        "Manassas", Feature.CITY, 38.75, -77.5, country="USA", admin1="Virginia", population=41_000
    )
    gazetteer = Gazetteer([("Vermont", vermont), ("Manassas", manassas)])
    found = resolve(
        "near Lake Vermont and Lake Manassas", ["Lake Vermont", "Lake Manassas"], gazetteer=gazetteer
    )
    assert found == [None, manassas]


def test_a_legislators_home_may_be_a_county_under_its_bare_name() -> None:
    wv = GazEntry("West Virginia", Feature.ADMIN1, 38.5, -80.5, country="USA", admin1="West Virginia")
    city = GazEntry(
        "Raleigh", Feature.CITY, 35.8, -78.6, country="USA", admin1="North Carolina", population=480_000
    )
    county = GazEntry(
        "Raleigh County", Feature.ADMIN2, 37.8, -81.2, country="USA", admin1="West Virginia", towns=12
    )
    gazetteer = Gazetteer([("West Virginia", wv), ("Raleigh", city), ("Raleigh County", county)])
    text = "West Virginia delegates: Ricky Moye, D-Raleigh, said"
    toponyms = [
        Toponym(0, 13, "West Virginia", ToponymSource.NER),
        Toponym(38, 45, "Raleigh", ToponymSource.HOME),
    ]
    assert Resolver(gazetteer).resolve(text, toponyms)[1] is county


def test_mixed_case_initials_are_no_towns_alias() -> None:
    modesto = GazEntry("Modesto", Feature.CITY, 37.6, -121.0, country="USA", population=210_000)
    gazetteer = Gazetteer([("Modesto", modesto), ("MoD", modesto), ("MOD", modesto)])
    resolver = Resolver(gazetteer)
    assert resolver.candidates(Toponym(0, 3, "MoD", ToponymSource.NER)) == ()
    assert resolver.candidates(Toponym(0, 7, "Modesto", ToponymSource.NER)) == (modesto,)


def test_accents_the_gazetteer_drops_cost_no_alternate_name_penalty_but_missing_ones_do() -> None:
    ostfold = GazEntry("Ostfold", Feature.ADMIN1, 59.3, 11.2, country="NOR", admin1="Ostfold")
    quebec_city = GazEntry("Québec", Feature.CITY, 46.8, -71.2, country="CAN", population=530_000)
    assert prior(ostfold, "Østfold") == prior(ostfold, "Ostfold")
    # unaccented "Quebec" is the province's own name, only another spelling of the city's
    assert prior(quebec_city, "Quebec") < prior(quebec_city, "Québec")


def test_an_abbreviated_compass_point_inside_a_longer_name_is_no_town() -> None:
    se = GazEntry("Se", Feature.CITY, -23.55, -46.63, country="BRA", admin1="Sao Paulo", population=23_000)
    gazetteer = Gazetteer([("Se", se)])
    # "S.E." has four characters but two letters: the inner-name search wants four letters
    assert resolve("Fire damages S.E. Parisville apartment", ["S.E. Parisville"], gazetteer=gazetteer) == [
        None
    ]


def test_a_towns_short_name_without_its_river_is_no_alternate_name() -> None:
    upon_tyne = GazEntry("Newcastle upon Tyne", Feature.CITY, 54.97, -1.61, country="GBR", population=192_382)
    on_trent = GazEntry("Stoke-on-Trent", Feature.CITY, 53.0, -2.18, country="GBR", population=270_726)
    assert prior(upon_tyne, "Newcastle") == prior(upon_tyne, "Newcastle upon Tyne")
    assert prior(on_trent, "Stoke") == prior(on_trent, "Stoke-on-Trent")
    # a town of 7,000 under its own name no longer outranks the city known by its short name
    small = GazEntry("Newcastle", Feature.CITY, 54.2, -5.9, country="GBR", population=7_444)
    assert prior(upon_tyne, "Newcastle") > prior(small, "Newcastle")
    other = GazEntry("Newcastleton", Feature.CITY, 55.2, -2.8, country="GBR", population=800)
    assert prior(other, "Newcastle") < prior(other, "Newcastleton")  # a longer word is another name


def test_a_town_the_text_makes_part_of_another_is_not_read_in_another_country() -> None:
    giza = GazEntry("Giza", Feature.CITY, 30.0, 31.2, country="EGY", admin1="Giza", population=3_000_000)
    haram = GazEntry("Haram", Feature.ADMIN2, 62.6, 6.2, country="NOR", admin1="More og Romsdal")
    gazetteer = Gazetteer([("Giza", giza), ("Haram", haram)])
    found = resolve("a civilian was killed in Giza's Haram district", ["Giza", "Haram"], gazetteer=gazetteer)
    assert found[0] is giza
    place = found[1]
    assert place is not None and (place.feature, place.country, place.lat) == (Feature.UNLISTED, "EGY", 30.0)


def test_an_ap_dateline_city_is_that_city_whatever_the_story_names() -> None:
    pa_town = GazEntry(
        "Washington", Feature.CITY, 40.17, -80.25, country="USA", admin1="Pennsylvania", population=13_000
    )
    pittsburgh = GazEntry(
        "Pittsburgh", Feature.CITY, 40.44, -80.0, country="USA", admin1="Pennsylvania", population=300_000
    )
    gazetteer = Gazetteer(
        [("Washington", pa_town), ("Washington", WASHINGTON_DC), ("Pittsburgh", pittsburgh)]
    )
    text = "WASHINGTON — Troops from Pittsburgh and Pittsburgh again, said a Washington official."
    sources = {"WASHINGTON": ToponymSource.DATELINE}
    found = resolve(text, ["WASHINGTON", "Pittsburgh", "Pittsburgh"], sources=sources, gazetteer=gazetteer)
    assert found[0] is WASHINGTON_DC
    # the same name elsewhere than in a dateline keeps the story's reading
    found = resolve(text, ["Pittsburgh", "Pittsburgh", "Washington"], gazetteer=gazetteer)
    assert found[2] is pa_town


def test_new_york_after_one_of_its_boroughs_is_the_city() -> None:
    from eventcoder.geo.story import cities_around_their_parts

    state = GazEntry("New York", Feature.ADMIN1, 43.0, -75.5, country="USA", admin1="New York")
    city = GazEntry(
        "New York City", Feature.CITY, 40.71, -74.0, country="USA", admin1="New York", population=8_800_000
    )
    queens = GazEntry(
        "Queens", Feature.CITY, 40.68, -73.84, country="USA", admin1="New York", population=2_270_000
    )
    albany = GazEntry(
        "Albany", Feature.CITY, 42.65, -73.76, country="USA", admin1="New York", population=98_000
    )
    for text, part, whole in [
        ("a school in Queens, New York closed", queens, city),
        ("a school in Albany, New York closed", albany, state),  # 200 km up the Hudson: the state
        ("a school in Queens and New York closed", queens, state),  # a list, no part and whole
    ]:
        toponyms = [_at(text, part.name), _at(text, "New York")]
        found = cities_around_their_parts(text, toponyms, [part, state], [(part,), (state, city)])
        assert found == [part, whole], text


def _new_york_gazetteer() -> tuple[Gazetteer, GazEntry, GazEntry]:
    state = GazEntry("New York", Feature.ADMIN1, 43.0, -75.5, country="USA", admin1="New York")
    city = GazEntry(
        "New York City", Feature.CITY, 40.71, -74.0, country="USA", admin1="New York", population=8_800_000
    )
    buffalo = GazEntry(
        "Buffalo", Feature.CITY, 42.89, -78.88, country="USA", admin1="New York", population=256_000
    )
    names = [("New York", state), ("New York", city), ("New York City", city), ("Buffalo", buffalo)]
    names += [("Ohio", OHIO), ("Texas", TEXAS), ("United States", USA)]
    return Gazetteer(names), state, city


@pytest.mark.parametrize(
    ("text", "names", "reading"),
    [
        ("He grew up in New York and speaks Mandarin.", ["New York"], "city"),
        ("The talks resume on Friday in New York.", ["New York"], "city"),
        ("Flu spread throughout New York state last week.", ["New York"], "state"),
        ("New York Governor Andrew Cuomo declared an emergency.", ["New York"], "state"),
        ("New York's attorney general sued.", ["New York"], "state"),
        ("Tolls end at the New York border.", ["New York"], "state"),
        ("A plant in Buffalo, New York closed.", ["Buffalo", "New York"], "state"),
        ("Cases rose in Ohio, New York and Texas.", ["Ohio", "New York", "Texas"], "state"),
    ],
)
def test_new_york_is_the_city_unless_the_text_names_the_state(
    text: str, names: list[str], reading: str
) -> None:
    gazetteer, state, city = _new_york_gazetteer()
    found = resolve(text, names, gazetteer=gazetteer)
    assert found[names.index("New York")] is (city if reading == "city" else state)


def test_a_city_named_x_city_goes_by_x_only_when_a_metropolis() -> None:
    oklahoma = GazEntry("Oklahoma", Feature.ADMIN1, 35.5, -97.5, country="USA", admin1="Oklahoma")
    okc = GazEntry(
        "Oklahoma City", Feature.CITY, 35.47, -97.52, country="USA", admin1="Oklahoma", population=681_000
    )
    tishomingo = GazEntry(
        "Tishomingo", Feature.CITY, 34.24, -96.68, country="USA", admin1="Oklahoma", population=3_000
    )
    okla = GazEntry("Oklahoma", Feature.ADMIN1, 35.5, -97.5, country="USA", admin1="Oklahoma")
    gazetteer = Gazetteer(
        [("Oklahoma", oklahoma), ("Oklahoma", okc), ("Tishomingo", tishomingo)],
        abbreviations={"Okla.": okla},
    )
    text = "A bank in Tishomingo, Okla., was closed by Oklahoma authorities."
    found = resolve(text, ["Tishomingo", "Oklahoma"], gazetteer=gazetteer)
    assert found[1] is oklahoma  # the state: "Oklahoma" is no short name of a city of 681,000


def test_a_name_after_a_town_is_the_state_that_holds_the_town() -> None:
    atlanta = GazEntry(
        "Atlanta", Feature.CITY, 33.75, -84.39, country="USA", admin1="Georgia", population=498_000
    )
    names = [("Atlanta", atlanta), ("Georgia", GEORGIA_STATE), ("Georgia", GEORGIA_COUNTRY)]
    gazetteer = Gazetteer([*names, ("Russia", RUSSIA), ("Ukraine", UKRAINE)])
    # beside Russia and Ukraine, "Georgia" alone would be the country; after "Atlanta," it is the state
    # that holds Atlanta, not a country Atlanta would be an unlisted place in
    text = "Swine flu reached Russia, Ukraine and Atlanta, Georgia."
    found = resolve(text, ["Russia", "Ukraine", "Atlanta", "Georgia"], gazetteer=gazetteer)
    assert found[2:] == [atlanta, GEORGIA_STATE]


def test_a_state_named_by_its_direction_is_the_state_not_its_namesake_city() -> None:
    found = resolve("The team travelled to central Washington overnight.", ["Washington"])
    assert found == [WASHINGTON_STATE]
    assert resolve("The team travelled to Washington overnight.", ["Washington"]) == [WASHINGTON_DC]


def test_a_state_whose_towns_the_story_names_is_read_as_that_state() -> None:
    seattle = GazEntry(
        "Seattle", Feature.CITY, 47.61, -122.33, country="USA", admin1="Washington", population=780_000
    )
    spokane = GazEntry(
        "Spokane", Feature.CITY, 47.66, -117.43, country="USA", admin1="Washington", population=230_000
    )
    names = [("Washington", WASHINGTON_DC), ("Washington", WASHINGTON_STATE)]
    gazetteer = Gazetteer([*names, ("Seattle", seattle), ("Spokane", spokane)])
    text = "Floods hit Seattle and Spokane as rain swept Washington."
    found = resolve(text, ["Seattle", "Spokane", "Washington"], gazetteer=gazetteer)
    assert found[2] is WASHINGTON_STATE


def test_a_town_listed_beside_another_is_the_namesake_that_lies_by_it() -> None:
    far = GazEntry("San Juan", Feature.CITY, -3.78, -73.28, country="PER", admin1="Loreto", population=78_000)
    near = GazEntry(
        "San Juan", Feature.CITY, -7.29, -78.5, country="PER", admin1="La Libertad", population=900
    )
    choropampa = GazEntry(
        "Choropampa", Feature.CITY, -7.0, -78.6, country="PER", admin1="Cajamarca", population=5_000
    )
    # eight small namesakes elsewhere: Choropampa alone lends San Juan little spatial support
    others = [
        GazEntry("Choropampa", Feature.CITY, -12.0 - i, -70.0, country="PER", admin1="Cusco", population=100)
        for i in range(8)
    ]
    names = [("San Juan", far), ("San Juan", near), ("Choropampa", choropampa)]
    gazetteer = Gazetteer([*names, *(("Choropampa", e) for e in others)])
    text = "mercury spilled in the communities of San Juan, Choropampa and others"
    assert resolve(text, ["San Juan", "Choropampa"], gazetteer=gazetteer)[0] is near
    # not beside it in a list: the larger namesake
    text = "mercury spilled in San Juan; later Choropampa wept"
    assert resolve(text, ["San Juan", "Choropampa"], gazetteer=gazetteer)[0] is far


def test_a_town_the_text_puts_in_a_county_of_another_state_is_placed_in_that_county() -> None:
    gazetteer = Gazetteer([("Rice Lake", RICE_LAKE_WI), ("Fulton County", FULTON_COUNTY_IL)])
    text = "ducks found in the Rice Lake area of Fulton County located in Illinois"
    found = resolve(text, ["Rice Lake", "Fulton County"], gazetteer=gazetteer)
    assert found[0] is not None and (found[0].feature, found[0].admin1) == (Feature.UNLISTED, "Illinois")
