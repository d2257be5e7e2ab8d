"""The gazetteer index, text matcher and packaged tables."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer, haversine_km, name_key
from eventcoder.geo.tables import read_table
from geo.helpers import CRIMEA, DONBASS, KYIV, USA, VIRGINIA, small_gazetteer


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("U.S.", "us"),
        ("the Caucasus", "caucasus"),
        ("Côte d’Ivoire", "côte d'ivoire"),
        ("St.  Louis", "st louis"),
    ],
)
def test_name_key_ignores_case_dots_spacing_and_the(name: str, key: str) -> None:
    assert name_key(name) == key


def test_candidates_in_any_dotting_and_case() -> None:
    gazetteer = small_gazetteer()
    assert gazetteer.candidates("U.S.") == (USA,)
    assert gazetteer.candidates("us") == (USA,)
    assert gazetteer.candidates("the Crimean Peninsula") == (CRIMEA,)
    assert KYIV in gazetteer.candidates("Kiev")
    assert gazetteer.candidates("Atlantis") == ()


def test_abbreviations_need_their_dot() -> None:
    gazetteer = small_gazetteer()
    assert gazetteer.abbreviation_candidates("Va.") == (VIRGINIA,)
    assert gazetteer.abbreviation_candidates("Va") == ()


def test_matcher_finds_whole_words_longest_first() -> None:
    gazetteer = small_gazetteer()
    text = "Fighting in Donbas and the Crimean Peninsula; Donbassian is no place, nor is Crimeans."
    found = [text[s:e] for s, e in gazetteer.find(text)]
    assert "Donbas" in found and "Crimean Peninsula" in found
    assert not any(
        name.startswith(("Donbassian", "Crimeans", "Crimean Pen")) and name != "Crimean Peninsula"
        for name in found
    )
    assert "Crimean" not in found  # the longer name wins
    assert DONBASS in gazetteer.candidates("Donbas")


def test_matcher_finds_a_two_letter_union_that_is_also_a_town() -> None:
    eu_town = GazEntry("Eu", Feature.CITY, 50.05, 1.42, country="FRA", population=8_425)
    union = GazEntry("European Union", Feature.REGION, 50.1, 9.2)
    town = GazEntry("Ur", Feature.CITY, 30.96, 46.1, country="IRQ", population=200_000)
    gazetteer = Gazetteer([("Eu", eu_town), ("EU", union), ("Ur", town)])
    text = "EU ministers met in Ur."
    assert [text[s:e] for s, e in gazetteer.find(text)] == ["EU"]  # two-letter towns alone stay out


def test_haversine_known_distances() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)
    assert haversine_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(344, abs=3)  # London-Paris
    assert haversine_km(10, 170, 10, -170) == pytest.approx(haversine_km(10, 0, 10, 20))


@pytest.mark.parametrize(
    "table", ["regions.tsv", "countries.tsv", "us_states.tsv", "admin1.tsv", "admin2.tsv", "airports.tsv"]
)
def test_packaged_tables_are_well_formed(table: str) -> None:
    rows = read_table(table)
    assert len(rows) > 40
    widths = {len(row) for row in rows}
    assert len(widths) == 1, f"{table}: rows of different widths {widths}"
    lat_col = {
        "regions.tsv": 3,
        "countries.tsv": 1,
        "us_states.tsv": 1,
        "admin1.tsv": 4,
        "admin2.tsv": 4,
        "airports.tsv": 4,
    }[table]
    for row in rows:
        lat, lon = float(row[lat_col]), float(row[lat_col + 1])
        assert -90 <= lat <= 90 and -180 <= lon <= 180 and not math.isnan(lat), row
    if table == "regions.tsv":
        assert {Feature(row[6]) for row in rows} <= set(Feature)


@pytest.mark.slow
def test_loaded_gazetteer_knows_regions_the_small_model_misses() -> None:
    gazetteer = Gazetteer.load(min_city_population=15000)
    for name in ("Donbass", "Crimea", "the Caucasus", "Nagorno-Karabakh"):
        assert gazetteer.candidates(name), name
    assert any(e.name == "Kyiv" and e.capital for e in gazetteer.candidates("Kiev"))
    assert gazetteer.abbreviation_candidates("Calif.")[0].name == "California"
    assert gazetteer.demonym_place("Russian") is not None
    assert gazetteer.country("TUR") is not None and gazetteer.country("TUR").name == "Turkey"


def test_unsupported_city_population_is_a_config_error() -> None:
    from eventcoder.errors import ConfigError

    with pytest.raises(ConfigError, match="500, 1000, 5000, 15000"):
        Gazetteer.load(min_city_population=2000)


def test_division_names_of_generic_words_only_are_left_out() -> None:
    from eventcoder.geo.tables import _generic

    assert _generic("Federal") and _generic("North West") and not _generic("Telemark")


def test_a_town_nickname_in_the_is_not_indexed() -> None:
    # "The Bank" (Portsmouth, NH) would be indexed as "bank" and make "East Bank" that town
    from eventcoder.geo.tables import _city_entries

    city = {
        "name": "Portsmouth",
        "countrycode": "US",
        "admin1code": "NH",
        "latitude": 43.07,
        "longitude": -70.76,
        "geonameid": 5091383,
        "population": 21_530,
        "alternatenames": ["The Bank", "Strawbery Banke", "Портсмут"],
    }
    other = dict(city, name="The Woodlands", alternatenames=["The Woodlands Township"])
    names = {name for name, _ in _city_entries([city], {"US": {"iso3": "USA"}}, {}, {}, set())}
    assert names == {"Portsmouth", "Strawbery Banke"}
    names = {name for name, _ in _city_entries([other], {"US": {"iso3": "USA"}}, {}, {}, set())}
    assert names == {"The Woodlands", "The Woodlands Township"}  # the town's own name has the article


@pytest.mark.slow
def test_loaded_gazetteer_knows_large_islands_ranges_deserts_and_seas() -> None:
    gazetteer = Gazetteer.load()
    for name, feature in (
        ("Java", Feature.REGION),  # not only the hamlet of Java, Georgia
        ("Sumatra", Feature.REGION),
        ("Borneo", Feature.REGION),
        ("the Urals", Feature.REGION),
        ("Himalayas", Feature.REGION),
        ("Sahara", Feature.REGION),
        ("Gulf of Alaska", Feature.SEA),
        ("Lake Ontario", Feature.SEA),
        ("Danube", Feature.SEA),
        ("Northern Europe", Feature.REGION),  # not Europe: the UN geoscheme's subregions
        ("Central Africa", Feature.REGION),
    ):
        assert any(e.feature is feature for e in gazetteer.candidates(name)), name
    java = next(e for e in gazetteer.candidates("Java") if e.feature is Feature.REGION)
    assert haversine_km(java.lat, java.lon, -7.5, 110.0) < 100
    # a river's delta is a region at its mouth, not the river's mid-course nor the country Niger
    (delta,) = gazetteer.candidates("the Niger Delta")
    assert (delta.feature, delta.country) == (Feature.REGION, "NGA")
    (nile,) = gazetteer.candidates("Nile Delta")
    assert haversine_km(nile.lat, nile.lon, 30.9, 31.0) < 100
    # their adjectives name peoples, languages and kinds of things ("Alpine skiing", "sub-Saharan")
    for adjective in ("Alpine", "Saharan", "Javanese", "Himalayan"):
        assert gazetteer.demonym_place(adjective) is None, adjective
    republic = gazetteer.demonym_place("Central African")  # the republic's, not Central Africa's
    assert republic is not None and republic.feature is Feature.COUNTRY


def test_division_short_names_drop_designators_unless_another_place_has_them() -> None:
    from eventcoder.geo.tables import _with_short_names

    rows = [
        ["CHN", "16", "Guangxi Zhuangzu Zizhiqu", "Guangxi Zhuangzu", "23.8", "109.0", "90"],
        ["RUS", "", "Republic of Karelia", "", "63.0", "33.0", "20"],
        ["RUS", "30", "Khabarovsk Krai", "", "50.0", "136.0", "20"],
        ["RUS", "", "Jewish Autonomous Oblast", "", "48.5", "132.0", "10"],
    ]
    variants = [row[3] for row in _with_short_names(rows, taken={"khabarovsk"})]
    assert variants == ["Guangxi Zhuangzu|Guangxi", "Karelia", "", ""]


def test_physical_features_do_not_shadow_countries_or_divisions() -> None:
    # regions.tsv's rule for its islands, ranges, deserts, rivers and seas: no name that a country
    # or a first-level division already has (those would be read as the feature, prior 10)
    from eventcoder.geo.tables import _variants

    raw = (Path(__file__).parents[2] / "src/eventcoder/data/geo/regions.tsv").read_text(encoding="utf-8")
    physical = raw[raw.index("# Islands:") :]
    rows = [line.split("\t") for line in physical.splitlines() if line and not line.startswith("#")]
    names = {name_key(n) for row in rows for n in [row[0], *_variants(row[1])]}
    taken = {name_key(n) for row in read_table("admin1.tsv") for n in [row[2], *_variants(row[3])]}
    taken |= {name_key(n) for row in read_table("countries.tsv") for n in _variants(row[3])}
    assert not names & taken


def test_a_town_keeps_its_divisions_name_and_never_a_bare_code() -> None:
    from eventcoder.geo.tables import _city_entries

    def town(name: str, admin1code: str) -> dict[str, object]:
        return {
            "name": name,
            "countrycode": "UA",
            "admin1code": admin1code,
            "latitude": 50.45,
            "longitude": 30.52,
            "geonameid": len(name),
            "population": 2_800_000,
            "alternatenames": [],
        }

    countries = {"UA": {"iso3": "UKR"}}
    names = {("UKR", "07"): "Kharkiv"}
    entries = dict(_city_entries([town("Kharkiv", "07"), town("Kyiv", "12")], countries, {}, names, set()))
    by_name = {e.name: e for e in entries.values()}
    assert by_name["Kharkiv"].admin1 == "Kharkiv"
    assert by_name["Kyiv"].admin1 is None  # "12": the packaged table has no name for it


def test_an_airport_is_indexed_under_its_short_names_and_lies_in_the_nearest_towns_division() -> None:
    from eventcoder.geo.tables import _airport_entries

    def town(name: str, admin1: str, lat: float, lon: float, population: int) -> dict[str, object]:
        return {"name": name, "countrycode": "US", "admin1code": admin1, "latitude": lat,
                "longitude": lon, "geonameid": 1, "population": population}  # fmt: skip

    cities = [
        town("Washington", "DC", 38.90, -77.04, 689_545),  # the city Dulles serves
        town("Sterling", "VA", 39.01, -77.43, 30_000),  # the town of 15,000 or more nearest to it
        town("Dulles Town Center", "VA", 38.96, -77.45, 900),  # too small to count
    ]
    states = {"DC": {"name": "District of Columbia"}, "VA": {"name": "Virginia"}}
    entries = _airport_entries(cities, {"US": {"iso3": "USA"}}, states, {})
    names = {name for name, e in entries if e.name == "Washington Dulles International Airport"}
    assert {"Washington Dulles International Airport", "Dulles International Airport"} <= names
    assert {"Dulles Airport", "IAD Airport", "Washington Dulles Airport"} <= names
    assert "Dulles" not in names and "IAD" not in names  # a person's name; a bare code
    dulles = next(e for _, e in entries if e.name == "Washington Dulles International Airport")
    assert (dulles.feature, dulles.country, dulles.admin1) == (Feature.AIRPORT, "USA", "Virginia")


@pytest.mark.slow
def test_every_airport_lies_near_the_city_it_serves() -> None:
    gazetteer = Gazetteer.load()
    for name, _, _, country, lat, lon, _, city in read_table("airports.tsv"):
        towns = [e for e in gazetteer.candidates(city) if e.feature is Feature.CITY and e.country == country]
        assert towns, f"{name}: no town {city} in {country}"
        distance = min(haversine_km(float(lat), float(lon), e.lat, e.lon) for e in towns)
        assert distance < 80, f"{name}: {distance:.0f} km from {city}"
    assert any(e.feature is Feature.AIRPORT for e in gazetteer.candidates("Heathrow"))
    assert not any(e.feature is Feature.AIRPORT for e in gazetteer.candidates("JFK"))


def test_saint_mount_and_fort_are_found_in_either_spelling() -> None:
    saint_albans = GazEntry("Saint Albans", Feature.CITY, 38.4, -81.8, country="USA", population=11_000)
    st_albans = GazEntry("St Albans", Feature.CITY, 51.75, -0.33, country="GBR", population=84_000)
    mount = GazEntry("Mount Pleasant", Feature.CITY, 41.0, -91.6, country="USA", population=8_000)
    gazetteer = Gazetteer(
        [("Saint Albans", saint_albans), ("St Albans", st_albans), ("Mount Pleasant", mount)]
    )
    assert set(gazetteer.candidates("St. Albans")) == {saint_albans, st_albans}
    assert set(gazetteer.candidates("Saint Albans")) == {saint_albans, st_albans}
    assert gazetteer.candidates("Mt. Pleasant") == (mount,)
    assert gazetteer.candidates("Stanton") == ()


def test_a_name_in_the_other_spelling_of_saint_is_no_alternate_name() -> None:
    from eventcoder.geo.resolve import prior

    saint_albans = GazEntry("Saint Albans", Feature.CITY, 38.4, -81.8, country="USA", population=11_000)
    assert prior(saint_albans, "St. Albans") == prior(saint_albans, "Saint Albans")


def test_a_hyphenated_name_is_found_written_with_spaces_and_the_other_way() -> None:
    kasai = GazEntry("Kasai-Occidental", Feature.ADMIN1, -5.4, 21.5, country="COD", admin1="Kasai-Occidental")
    winston = GazEntry("Winston Salem", Feature.CITY, 36.1, -80.2, country="USA", population=240_000)
    gazetteer = Gazetteer([("Kasai-Occidental", kasai), ("Winston Salem", winston)])
    assert gazetteer.candidates("Kasai Occidental") == (kasai,)
    assert gazetteer.candidates("Winston-Salem") == (winston,)
    assert gazetteer.candidates("Kasai") == ()  # a part is no name


def test_a_hyphen_for_a_space_is_no_alternate_name() -> None:
    from eventcoder.geo.resolve import prior

    kasai = GazEntry("Kasai-Occidental", Feature.ADMIN1, -5.4, 21.5, country="COD", admin1="Kasai-Occidental")
    assert prior(kasai, "Kasai Occidental") == prior(kasai, "Kasai-Occidental")


@pytest.mark.slow
def test_former_and_newer_divisions_that_news_names_are_listed() -> None:
    gazetteer = Gazetteer.load(min_city_population=15000)
    # Kenya's provinces (abolished 2013) beside its counties; the bare name is not only a Rwandan town
    assert {(e.country, e.feature) for e in gazetteer.candidates("Nyanza Province")} == {
        ("KEN", Feature.REGION)
    }
    assert "KEN" in {e.country for e in gazetteer.candidates("Nyanza")}
    # the DRC's provinces of 2015 lie in the province they were carved from, where its towns still are
    (ituri,) = gazetteer.candidates("Ituri")
    assert (ituri.country, ituri.admin1) == ("COD", "Orientale")
    (kisangani,) = [e for e in gazetteer.candidates("Kisangani") if e.country == "COD"]
    assert kisangani.admin1 == "Orientale"
    # the province under the name the press gave it until 2015 ("Ituri district, Orientale province")
    (orientale,) = gazetteer.candidates("Orientale")
    assert (orientale.country, orientale.feature, orientale.admin1) == ("COD", Feature.ADMIN1, "Orientale")
    # England's metropolitan and ceremonial counties GeoNames splits into boroughs, and Yorkshire
    for name in ("Merseyside", "West Yorkshire", "Greater Manchester", "Berkshire", "Yorkshire"):
        assert ("GBR", "England") in {(e.country, e.admin1) for e in gazetteer.candidates(name)}, name


@pytest.mark.slow
def test_englands_regions_are_places_in_england_not_zimbabwes_midlands() -> None:
    gazetteer = Gazetteer.load(min_city_population=15000)
    (west,) = [e for e in gazetteer.candidates("West Midlands") if e.country == "GBR"]
    assert (west.feature, west.admin1) == (Feature.REGION, "England")
    assert {e.country for e in gazetteer.candidates("the Midlands")} >= {"GBR", "ZWE"}


@pytest.mark.slow
def test_every_division_demonym_names_a_listed_division() -> None:
    gazetteer = Gazetteer.load(min_city_population=15000)
    rows = read_table("division_demonyms.tsv")
    assert len(rows) > 40 and {len(row) for row in rows} == {3}
    for country, division, demonyms in rows:
        for demonym in demonyms.split("|"):
            entry = gazetteer.demonym_place(demonym)
            assert entry is not None and (entry.country, entry.name) == (country, division), demonym
    assert gazetteer.demonym_place("Minnesotans") == gazetteer.demonym_place("Minnesotan")
    georgian = gazetteer.demonym_place("Georgian")
    assert georgian is not None and georgian.feature is Feature.COUNTRY  # the country's, not the state's


def test_an_accented_spelling_finds_the_place_listed_without_accents() -> None:
    ostfold = GazEntry("Ostfold", Feature.ADMIN1, 59.3, 11.2, country="NOR", admin1="Ostfold")
    pulawy = GazEntry("Puławy", Feature.CITY, 51.4, 21.97, country="POL", population=49_759)
    gazetteer = Gazetteer([("Ostfold", ostfold), ("Puławy", pulawy)], matcher_min_population=1_000)
    assert gazetteer.candidates("Østfold") == (ostfold,)
    assert gazetteer.candidates("Ostfold") == (ostfold,)
    assert gazetteer.candidates("Østfoldx") == ()
    text = "Birds in Østfold and near Pulawy."
    # the matcher folds accents without moving offsets: spans index the text as written
    assert [text[s:e] for s, e in gazetteer.find(text)] == ["Østfold", "Pulawy"]


def test_every_news_name_row_names_a_division_of_admin1_tsv() -> None:
    divisions = {(row[0], row[2]) for row in read_table("admin1.tsv")}
    rows = read_table("division_names.tsv")
    assert len(rows) > 60 and {len(row) for row in rows} == {3}
    assert {(country, division) for country, division, _ in rows} <= divisions


@pytest.mark.slow
def test_divisions_go_by_the_names_news_uses_and_their_towns_follow() -> None:
    gazetteer = Gazetteer.load(min_city_population=15000)
    for written, country, name in [
        ("Rhineland-Palatinate", "DEU", "Rhineland-Palatinate"),
        ("Rheinland-Pfalz", "DEU", "Rhineland-Palatinate"),  # the native name stays a variant
        ("Daqahliya", "EGY", "Dakahlia"),
        ("Moscow region", "RUS", "Moscow Oblast"),
        ("Jönköping County", "SWE", "Jönköping County"),
    ]:
        assert [(e.country, e.name) for e in gazetteer.candidates(written)] == [(country, name)], written
    (voronezh,) = gazetteer.candidates("Voronezh")  # the bare name is the city only
    assert (voronezh.feature, voronezh.admin1) == (Feature.CITY, "Voronezh Oblast")


@pytest.mark.slow
def test_bare_congo_is_either_congo_and_the_story_decides() -> None:
    from eventcoder.geo.resolve import Resolver
    from eventcoder.geo.toponym import Toponym, ToponymSource

    gazetteer = Gazetteer.load(min_city_population=15000)
    assert {e.country for e in gazetteer.candidates("Congo") if e.feature is Feature.COUNTRY} == {
        "COD",
        "COG",
    }
    for capital, country in (("Kinshasa", "COD"), ("Brazzaville", "COG")):
        text = f"Cholera spread in {capital} and across Congo."
        toponyms = [
            Toponym(text.index(name), text.index(name) + len(name), name, ToponymSource.NER)
            for name in (capital, "Congo")
        ]
        congo = Resolver(gazetteer).resolve(text, toponyms)[1]
        assert congo is not None and congo.country == country, capital


@pytest.mark.slow
def test_province_abbreviations_name_the_province_its_towns_lie_in() -> None:
    gazetteer = Gazetteer.load(min_city_population=15000)
    pairs = [("N.B.", "CAN", "New Brunswick"), ("N.L.", "CAN", "Newfoundland and Labrador")]
    pairs.append(("WA", "AUS", "Western Australia"))  # as Australian papers write it
    for abbreviation, country, province in pairs:
        (entry,) = [e for e in gazetteer.candidates(abbreviation) if e.feature is Feature.ADMIN1]
        assert (entry.country, entry.name) == (country, province)
    (st_johns,) = [e for e in gazetteer.candidates("St. John's") if e.country == "CAN"]
    (newfoundland,) = [e for e in gazetteer.candidates("Newfoundland") if e.feature is Feature.ADMIN1]
    assert st_johns.admin1 == newfoundland.admin1  # "ST. JOHN'S, N.L.": the town lies in its province


@pytest.mark.slow
def test_peninsulas_and_danish_regions_under_the_names_news_uses() -> None:
    gazetteer = Gazetteer.load(min_city_population=15000)
    for name in ("Jutland", "Arabian Peninsula", "Anatolia", "Indochina", "Upper Peninsula"):
        assert Feature.REGION in {e.feature for e in gazetteer.candidates(name)}, name
    (mid,) = gazetteer.candidates("Mid-Jutland")
    assert (mid.country, mid.feature, mid.name) == ("DNK", Feature.ADMIN1, "Central Jutland")
    (free_state,) = gazetteer.candidates("Orange Free State")
    assert free_state.name == "Free State" and free_state in gazetteer.candidates("Free State")


@pytest.mark.slow
def test_north_american_regions_news_names_are_listed() -> None:
    gazetteer = Gazetteer.load(min_city_population=15000)
    for name in ("Pacific Northwest", "the Bay Area", "Deep South", "Lower Mainland", "Maritimes"):
        assert Feature.REGION in {e.feature for e in gazetteer.candidates(name)}, name
    (socal,) = gazetteer.candidates("Southern California")
    assert (socal.country, socal.admin1) == ("USA", "California")


@pytest.mark.slow
def test_states_counties_and_their_abbreviations_under_the_names_news_uses() -> None:
    gazetteer = Gazetteer.load(min_city_population=15000)
    for name, country in (("Sokoto State", "NGA"), ("Shan State", "MMR"), ("Blue Nile State", "SDN")):
        (state,) = gazetteer.candidates(name)
        assert (state.feature, state.country) == (Feature.ADMIN1, country), name
    for name, country in (
        ("County Tyrone", "GBR"),
        ("Co. Meath", "IRL"),
        ("Co Cork", "IRL"),
        ("Gwent", "GBR"),
    ):
        assert (Feature.ADMIN2, country) in {(e.feature, e.country) for e in gazetteer.candidates(name)}, name
    assert not gazetteer.candidates("Ohio State")  # US states are no "State" (a university)


@pytest.mark.slow
def test_the_islamic_republic_is_iran_unless_another_country_is_named_after_it() -> None:
    gazetteer = Gazetteer.load(min_city_population=15000)
    assert [e.country for e in gazetteer.candidates("the Islamic Republic")] == ["IRN"]
    text = "Tehran and the Islamic Republic of Pakistan"
    spans = [text[s:e] for s, e in gazetteer.find(text)]
    assert "Islamic Republic of Pakistan" in spans and "Islamic Republic" not in spans
    assert [e.country for e in gazetteer.candidates("Islamic Republic of Pakistan")] == ["PAK"]


@pytest.mark.slow
def test_a_dissolved_state_is_placed_and_counted_in_its_largest_successor() -> None:
    from eventcoder.geo.resolve import Resolver
    from eventcoder.geo.toponym import Toponym, ToponymSource

    gazetteer = Gazetteer.load()
    for name, code in (("Soviet Union", "RUS"), ("Yugoslavia", "SRB"), ("East Germany", "DEU")):
        assert [(e.feature, e.country) for e in gazetteer.candidates(name)] == [(Feature.REGION, code)], name
    assert gazetteer.demonym_place("West German").name == "West Germany"
    # a story on American farmers and the Soviet Union: Moscow is the Soviet capital, not Moscow, Idaho
    text = (
        "Farmers in Kansas, Iowa and Nebraska will sell U.S. wheat to the Soviet Union, Washington said; "
        "the Soviets in Moscow agreed."
    )
    names = ["Kansas", "Iowa", "Nebraska", "U.S.", "Soviet Union", "Washington", "Soviets", "Moscow"]
    toponyms, cursor = [], 0
    for name in names:
        start = text.index(name, cursor)
        source = ToponymSource.DEMONYM if name == "Soviets" else ToponymSource.NER
        toponyms.append(Toponym(start, start + len(name), name, source))
        cursor = start + len(name)
    moscow = Resolver(gazetteer).resolve(text, toponyms)[-1]
    assert moscow is not None and moscow.country == "RUS"
