"""Toponym resolution: pick one gazetteer entry per toponym using the whole article.

Each candidate gets a score: a prior by kind of place (countries, then
continents, first-level divisions and regions, then cities by population), a
penalty when only an alternate name matched (a state named as the
metropolis inside it yields to the city: "lives in New York"), a bonus for the article's
country focus (the countries its toponyms point to most) and, for towns,
counties and states, its first-level-division focus ("Washington" among
Seattle and Spokane is the state), and a strong bonus when the text itself says
where ("Alexandria, La.", "Paris, Texas", "Santa Ana, California"; the name after the
comma is then the state or country that holds the town, "Buffalo, New York"). A town
the story reports on as its home ("Dublin City Council") counts its size only
up to a city, and a capital earns its bonus only where the story's other names
do not all lie in other countries. The focus is recomputed from the choices
until they settle (name by name when every name moving at once only flips
between two states).

Then, over the whole story: the mentions of one name take one place; a small
town in a country the other names never point to is no reading; a town the
text puts in a state it does not lie in is no reading either; a bare name the
story also gives as a county ("Hall County", then "Hall") is that county unless
it reads as a town of the county's state; a toponym left without a reading that
the text puts in a resolved place is placed there as an unlisted place
(``geo.within``), and so are the other mentions of its name; a place the text
makes part of a town or state by a possessive is not read elsewhere ("Giza's
Haram district"), nor one it makes a kind of place of a city ("the Cincinnati
suburb of West Chester"), nor one a kind of place puts in a county of another
state ("the Rice Lake area of Fulton County", Illinois); a dateline city the AP lets stand alone is that city, and
"Queens, New York" the city (``geo.story``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import partial

from eventcoder.geo.focus import LOCAL_FEATURES, ArticleFocus, inside
from eventcoder.geo.gazetteer import (
    COUNTY_DESIGNATORS,
    GENERIC_PLACE_WORDS,
    Feature,
    GazEntry,
    Gazetteer,
    haversine_km,
    name_key,
    spelled_out,
    unhyphenated,
)
from eventcoder.geo.patterns import civic_head_spans, county_list_spans
from eventcoder.geo.proximity import NEAR_KM, spatial_support
from eventcoder.geo.sites import placed_sites
from eventcoder.geo.story import (
    ap_dateline_city,
    cities_around_their_parts,
    county_short_names,
    mentions_by_name,
    one_sense,
    outside,
    same_unlisted_place,
    without_strays,
)
from eventcoder.geo.toponym import Toponym, ToponymSource
from eventcoder.geo.within import named_containers, outside_possessor, placed_within, possessors
from eventcoder.nlp.fold import fold

CITY_POPULATION_SLOPE = 1.5  # prior of a city: slope * log10(population) - 1
# an airport news names outranks a namesake town of fewer than this many people ("Heathrow" is the
# airport, not the town in Florida), not a larger one: the town the airport lies in or is named for
AIRPORT_OUTRANKS_TOWNS_BELOW = 100_000
PRIORS = {
    Feature.COUNTRY: 11.0,
    Feature.CONTINENT: 10.5,
    Feature.ADMIN1: 10.0,
    Feature.REGION: 10.0,
    Feature.SEA: 10.0,
    Feature.DISPUTED: 10.0,
    Feature.ADMIN2: 7.5,
    Feature.AIRPORT: CITY_POPULATION_SLOPE * math.log10(AIRPORT_OUTRANKS_TOWNS_BELOW) - 1.0,
}
DERIVED_DIVISION_PENALTY = 1.5  # "Kiev" the oblast (town-mean point) yields to Kyiv the city
# a state named as the metropolis inside it yields to the city as a derived division does: news names
# the metropolis far more often ("lives in New York"); the state keeps the text's cues ("New York
# state", "New York Governor", "Buffalo, New York", a list of states)
METROPOLIS_POPULATION = 1_000_000
DIVISION_TOWNS_SLOPE = 0.5  # among same-named counties, the one with more towns is named more often
# a first-level division known only from its towns (``GazEntry.derived``) with fewer than this many
# towns of 1000 people is a small place (a parish of Jamaica has five): its prior drops by the slope per
# tenfold fewer towns, so that alone "Portland" is the city in Oregon, not the parish
SMALL_DIVISION_TOWNS = 100
SMALL_DIVISION_SLOPE = 1.0
CAPITAL_BONUS = 3.0
# news names capitals far beyond their size, but not in a story whose other names, this many votes of
# them (two countries, four towns), all lie in other countries: "London" among Ontario towns
CAPITAL_NEEDS_COUNTRY_AFTER = 4.0
# ... and, for a capital named by its own name, only where a namesake is a city of note itself ("London"
# among Ontario towns: London, Ontario, has 380,000 people), not a town that shares the name (Paris,
# Texas; Moscow, Idaho); a capital under an old or other name loses it anyway ("Salisbury", Harare)
CAPITAL_RIVAL_POPULATION = 100_000
# a town whose police, council, schools or residents the story reports on is its home community, and
# local news covers towns of any size: among such a town's namesakes, size counts only up to a city of
# this many people, and a national capital earns no bonus ("Dublin City Council", "Paris Police")
HOME_TOWN_MAX_POPULATION = 100_000
ALTERNATE_NAME_PENALTY = 3.0
COUNTRY_FOCUS_WEIGHT = 4.0
ADMIN1_FOCUS_WEIGHT = 5.0
PROXIMITY_WEIGHT = 3.0  # per other name with a town or county nearby (see ``proximity``)
CONTAINER_HINT_BONUS = 10.0
LIST_KIND_BONUS = 2.0  # "Oregon, Tennessee, Washington and Wisconsin": a list names places of one kind
# "the communities of San Juan, Choropampa, and Magdalena": a town by a town the list names beside it
LIST_NEAR_BONUS = PROXIMITY_WEIGHT
INNER_NAME_MIN_POPULATION = 15_000
# never a place name alone inside a longer name: compass points and kinds of places, landforms, streets
INNER_NAME_STOP_WORDS = GENERIC_PLACE_WORDS | {
    "old", "great", "little", "bay", "lake", "lakes", "river", "valley", "park", "street", "road",
    "avenue", "square", "bridge", "hill", "hills", "mount", "mountain", "mountains", "point", "beach",
    "creek", "falls", "harbor", "harbour", "port", "fort", "springs", "sea", "ocean", "center", "centre",
    "town", "village", "county", "state", "airport", "station", "school", "college", "university",
    "hospital", "church", "hall", "court",
}  # fmt: skip
# words that make a name a natural feature's, which lies elsewhere than the place it is named for
_NATURAL_FEATURE_WORDS = frozenset(
    {"lake", "lakes", "river", "creek", "bay", "mount", "mt", "mountain", "mountains", "island", "islands"}
)
# resolve, recompute the focus from what was chosen, resolve again, until nothing changes: a choice
# can move the focus that moves another choice ("Georgia" read as the state after "Albany" voted for
# the US, then "Albany" read as the one in Georgia)
MAX_FOCUS_ROUNDS = 6
_DIVISIONS = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.REGION})
_CONTAINERS = (Feature.ADMIN1, Feature.COUNTRY)  # what "A, B" may put A in
_DIVISION_BEFORE = re.compile(r"\b(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Gg]overnorate|[Oo]blast) of (?:the )?$")
_DIVISION_AFTER = re.compile(
    r" (?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Oo]blast|[Pp]refecture)\b|(?:['’]s)? [Gg]overnor\b"
)
# what a state or a country has and a town has not: "the New York border", "New York's attorney general"
_NOT_TOWN_AFTER = re.compile(r"(?:['’]s)? (?:border|[Aa]ttorney [Gg]eneral|[Ll]egislature)\b")
# a part of a state or a country named by its direction: "central Washington", "upstate New York",
# "northern Victoria" (of a city, the same words name its districts, and a city that is also a
# division, "central Moscow", is one place either way)
_PART_BEFORE = re.compile(
    r"\b(?:central|(?:north|south)(?:-?(?:east|west))?ern|eastern|western|upstate|downstate) $"
)
_CITY_BEFORE = re.compile(r"\b(?:[Cc]ity|[Tt]own|[Vv]illage) of (?:the )?$")
# initials with a lowercase letter between capitals: how British offices abbreviate ("MoD", "TfL",
# "DfE"), never a town's own name; GeoNames lists some as aliases of towns (Modesto, Teófilo Otoni)
_MIXED_CASE_ACRONYM = re.compile(r"[A-Z][a-z]{1,2}[A-Z][A-Za-z]?")
# dotted initials ("U.S.", "U.K."): an abbreviation, never the town their letters spell ("Us", France)
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# what a town's full name adds to its short name: a river or region after a preposition ("upon Tyne",
# "am Main", "-on-Trent", "sur Mer")
_QUALIFIER_AFTER = re.compile(r"[ -](?:upon|on|am|an|im|in|sur|de|del|di)[ -]\w")
_LIST_SEPARATOR = re.compile(r"(?:,|,? and|,? or) ")
_DESIGNATORS = (" county", " province", " region", " state", " governorate", " oblast", " district", " city")


class Resolver:
    """Resolves the toponyms of one article together (they disambiguate each other)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def candidates(self, toponym: Toponym) -> tuple[GazEntry, ...]:
        if toponym.source is ToponymSource.SITE:  # placed in the town around it (``geo.sites``)
            return ()
        if toponym.source is ToponymSource.ACRONYM:  # what its full name in the story names
            return tuple(
                e for e in self.gazetteer.candidates(toponym.stands_for) if e.feature is not Feature.CITY
            )
        if toponym.source is ToponymSource.DEMONYM:
            country = self.gazetteer.demonym_place(toponym.text)
            return (country,) if country else ()
        if toponym.source is ToponymSource.ABBREVIATION:
            state = self.gazetteer.abbreviations.get(toponym.text)
            return (state,) if state else ()
        if toponym.source is ToponymSource.COUNTY and (counties := self.gazetteer.counties(toponym.text)):
            return counties
        text = toponym.text
        found = self.gazetteer.candidates(text) + self.gazetteer.abbreviation_candidates(text)
        if _MIXED_CASE_ACRONYM.fullmatch(text):  # "MoD", "TfL": an office's initials, not a town's alias
            found = tuple(
                e for e in found if e.feature is not Feature.CITY or name_key(e.name) == name_key(text)
            )
        if _DOTTED_INITIALS.fullmatch(text):
            spelled = name_key(text.replace(".", ""))
            found = tuple(e for e in found if e.feature is not Feature.CITY or name_key(e.name) != spelled)
        demonym = self.gazetteer.demonym_place(text)
        if demonym is not None and demonym not in found:  # "Canadian" is Canada before Canadian, Texas
            found = (demonym, *found)
        if not found:
            found = self._without_designator(text)
        if not found and "," in text:  # "Washington, D.C." given as one span
            found = self.gazetteer.candidates(text.split(",")[0])
        if toponym.source is ToponymSource.HOME:  # a legislator's home is a town or a county ("R-Raleigh")
            found += tuple(e for e in self.gazetteer.counties(text) if e not in found)
        if not found:  # local news names a county by its bare name ("unincorporated DeKalb")
            found = self.gazetteer.counties(text)
        if not found:
            found = self._inner_name(text)
        return found

    def _inner_name(self, text: str) -> tuple[GazEntry, ...]:
        """A known place named inside an unknown one ("Manila Cathedral", "Colorado State University").

        Longest inner span first, then leftmost; only names of countries, divisions and regions, or of
        towns of some size, so that "East Bank" does not become a hamlet called Bank; never a part made
        only of compass points and words for kinds of places ("North" in "North Texas" is not the town
        listed under the alternate name North, "Bay" in "Mahim Bay" not the Somali region called Bay).
        """
        words = text.split()
        # a lake or a mountain named for a town lies by it ("Lake Manassas"), not one named for a state
        # or a country ("Lake Vermont" in Minnesota)
        natural = bool(_NATURAL_FEATURE_WORDS & {words[0].casefold(), words[-1].casefold()})
        for size in range(len(words) - 1, 0, -1):
            for first in range(len(words) - size + 1):
                part = " ".join(words[first : first + size])
                key = spelled_out(name_key(part))
                # four letters at least, not counting dots ("S.E." of "S.E. Paris" is no São Paulo's Sé)
                if not part[:1].isupper() or len(key) < 4 or _generic_words(part):
                    continue
                found = tuple(
                    e
                    for e in self.gazetteer.candidates(part)
                    if _stands_inside_names(e)
                    and (
                        e.feature is not Feature.CITY
                        or _main_name(e).split()[: len(key.split())] == key.split()
                    )
                    and (e.feature is Feature.CITY or not natural)
                )
                if found:
                    return found
        return ()

    def _without_designator(self, text: str) -> tuple[GazEntry, ...]:
        lowered = text.casefold()
        for designator in _DESIGNATORS:
            if lowered.endswith(designator) and len(text) > len(designator) + 2:
                return self.gazetteer.candidates(text[: -len(designator)])
        return ()

    def resolve(self, text: str, toponyms: Sequence[Toponym]) -> list[GazEntry | None]:
        """One entry (or None) per toponym, in the same order; the toponyms in text order, as
        ``recognize`` gives them (the rules read neighbours: "Paris, Texas", "A, B and C")."""
        # a name in "A, B and C counties" is a county however it was recognized (else whatever it names)
        counties = set(county_list_spans(text))
        candidates = [
            _of_the_kind_named(
                text,
                t,
                (self.gazetteer.counties(t.text) if (t.start, t.end) in counties else ())
                or self.candidates(t),
            )
            for t in toponyms
        ]
        # the first focus comes from toponyms whose candidates all lie in one country
        first = [
            _best(found, partial(prior, surface=t.text)) if len({e.country for e in found}) == 1 else None
            for found, t in zip(candidates, toponyms, strict=True)
        ]
        chosen = first
        names = [t.text for t in toponyms]
        keys = surface_keys = [name_key(name) for name in names]
        support = spatial_support(names, candidates)
        homes = {i for i, key in enumerate(keys) if key in home_towns(text, keys, candidates)}
        yields = [named_for_metropolis(found, t.text) for found, t in zip(candidates, toponyms, strict=True)]
        rivals = [_capital_rival(found) for found in candidates]
        # the focus counts the mentions of one place as one name, however long the surface around it
        names = [_place_name(name, found) for name, found in zip(names, candidates, strict=True)]
        keys = [name_key(name) for name in names]

        def choose(current: list[GazEntry | None], indices: Sequence[int]) -> list[GazEntry | None]:
            """Each toponym of ``indices`` resolved against the focus, hints and lists of ``current``."""
            focus = ArticleFocus.from_entries(current, names)
            hints = container_hints(text, toponyms, current, candidates)
            beside = list_neighbours(text, toponyms, current, hints)
            # the container a name gives the name before it is what it names ("Buffalo, New York")
            named = [None, *hints[:-1]]
            out = list(current)
            for i in indices:
                out[i] = _best(
                    candidates[i],
                    partial(
                        score,
                        surface=toponyms[i].text,
                        focus=focus,
                        hint=hints[i],
                        named=named[i],
                        near=support[i],
                        key=keys[i],
                        beside=beside[i],
                        home=i in homes,
                        yields=yields[i],
                        rival=rivals[i],
                    ),
                )
            return out

        everyone = range(len(toponyms))
        seen = [chosen]
        for _ in range(MAX_FOCUS_ROUNDS):
            chosen = choose(chosen, everyone)
            if _same(chosen, seen[-1]):
                break
            if any(_same(chosen, earlier) for earlier in seen[:-1]):
                chosen = self._settle_by_name(choose, chosen, keys)
                break
            seen.append(chosen)
        hints = container_hints(text, toponyms, chosen, candidates)
        chosen = one_sense(chosen, keys, candidates, hints)
        chosen = without_strays(chosen, keys, ArticleFocus.from_entries(chosen, names))
        # "Stroud, Ontario" with no Stroud listed in Ontario is not Stroud, England: a place unlisted there
        chosen = [None if outside(e, hint) else e for e, hint in zip(chosen, hints, strict=True)]
        # "Giza's Haram district" with no Haram listed in Giza is no Haram in Norway either
        owners = possessors(text, toponyms, chosen)
        chosen = [None if outside_possessor(e, o) else e for e, o in zip(chosen, owners, strict=True)]
        # nor is "the Rice Lake area of Fulton County" (Illinois) a Rice Lake in Wisconsin
        containers = named_containers(text, toponyms, chosen)
        chosen = [None if outside_possessor(e, c) else e for e, c in zip(chosen, containers, strict=True)]
        chosen = county_short_names(chosen, surface_keys, _counties_by_bare_name(surface_keys, chosen))
        chosen = placed_within(text, toponyms, chosen, self.gazetteer.settlement_centre)
        chosen = [
            ap_dateline_city(t, e, found) for t, e, found in zip(toponyms, chosen, candidates, strict=True)
        ]
        chosen = cities_around_their_parts(text, toponyms, chosen, candidates)
        return placed_sites(toponyms, same_unlisted_place(chosen, keys, hints))

    @staticmethod
    def _settle_by_name(
        choose: Callable[[list[GazEntry | None], Sequence[int]], list[GazEntry | None]],
        chosen: list[GazEntry | None],
        keys: Sequence[str],
    ) -> list[GazEntry | None]:
        """Choices that came back to an earlier round's flip between states when every name moves at
        once ("Paris" read in Tennessee because "Henry County" was, while "Henry County" moves to
        Illinois because "Paris" was): the names choose one after another instead, each against the
        others' latest choices, until a pass changes nothing (``MAX_FOCUS_ROUNDS`` passes at most)."""
        groups = mentions_by_name(keys)
        for _ in range(MAX_FOCUS_ROUNDS):
            before = chosen
            for indices in groups:
                chosen = choose(chosen, indices)
            if _same(chosen, before):
                break
        return chosen


def _capital_rival(found: Sequence[GazEntry]) -> bool:
    """Among a name's places, a city of ``CAPITAL_RIVAL_POPULATION`` or more that is no capital."""
    return any(
        e.feature is Feature.CITY and not e.capital and e.population >= CAPITAL_RIVAL_POPULATION
        for e in found
    )


def _counties_by_bare_name(keys: Sequence[str], chosen: Sequence[GazEntry | None]) -> dict[str, GazEntry]:
    """The counties the story resolved under their full name ("Hall County"), by their bare name."""
    out: dict[str, GazEntry] = {}
    for key, entry in zip(keys, chosen, strict=True):
        if entry is None or entry.feature is not Feature.ADMIN2:
            continue
        for designator in COUNTY_DESIGNATORS:
            if key.endswith(designator.casefold()):
                out.setdefault(key[: -len(designator)], entry)
    return out


def _same(a: Sequence[GazEntry | None], b: Sequence[GazEntry | None]) -> bool:
    return all(x is y for x, y in zip(a, b, strict=True))


def _place_name(surface: str, found: tuple[GazEntry, ...]) -> str:
    """The name a toponym's candidates all share, else its surface: "Lamar County Commissioners" and
    "Lamar County Elections" are mentions of Lamar County, not other names that vote for its state."""
    shared = {name_key(e.name) for e in found}
    return found[0].name if len(shared) == 1 else surface


def _of_the_kind_named(text: str, toponym: Toponym, found: tuple[GazEntry, ...]) -> tuple[GazEntry, ...]:
    """Only the candidates of the kind the text names, if any: "the state of Victoria" is not
    Victoria, Hong Kong; "Washington state" and "New York Governor" are not the cities; "the city of
    Sao Paulo" is not the state; "the New York border", "New York's attorney general" and "central
    Washington" no town.
    "Region" before a name names a division ("the region of Murcia"), after one a city's
    metropolitan area as often as a division ("the Charlotte region"), so it decides only before."""
    if len(found) < 2:
        return found
    before, after = text[max(0, toponym.start - 14) : toponym.start], text[toponym.end : toponym.end + 24]
    if _DIVISION_BEFORE.search(before) or _DIVISION_AFTER.match(after):
        kind = _DIVISIONS
    elif _CITY_BEFORE.search(before):  # not "U.S. city" after: a country may modify "city"
        kind = frozenset({Feature.CITY})
    elif _NOT_TOWN_AFTER.match(after) or _PART_BEFORE.search(before):
        kind = frozenset(Feature) - {Feature.CITY}
    else:
        return found
    return tuple(e for e in found if e.feature in kind) or found


def _lies_by(entry: GazEntry, other: GazEntry) -> bool:
    return (
        other.feature in LOCAL_FEATURES
        and haversine_km(entry.lat, entry.lon, other.lat, other.lon) <= NEAR_KM
    )


def _stands_inside_names(entry: GazEntry) -> bool:
    return entry.feature is not Feature.CITY or entry.population >= INNER_NAME_MIN_POPULATION


def _generic_words(part: str) -> bool:
    """Only compass points and words for kinds of places ("North", "Central", "Bay", "River Park")."""
    return all(word in INNER_NAME_STOP_WORDS for word in part.casefold().split())


def _best(found: tuple[GazEntry, ...], key: Callable[[GazEntry], float]) -> GazEntry | None:
    return max(found, key=key) if found else None


def prior(entry: GazEntry, surface: str, key: str | None = None, home: bool = False) -> float:
    """How likely a bare mention of this name means this entry, before any context (``home``: the
    name is a home town of the story, see ``home_towns``)."""
    base = PRIORS.get(entry.feature)
    if base is None:
        population = min(entry.population, HOME_TOWN_MAX_POPULATION) if home else entry.population
        base = CITY_POPULATION_SLOPE * math.log10(population + 1) - 1.0
        base += CAPITAL_BONUS if entry.capital and not home else 0.0
    if entry.derived:
        base -= DERIVED_DIVISION_PENALTY
    if entry.feature is Feature.ADMIN2:
        base += DIVISION_TOWNS_SLOPE * math.log10(entry.towns + 1)
    elif entry.derived and entry.feature is Feature.ADMIN1:
        base -= SMALL_DIVISION_SLOPE * max(
            0.0, math.log10(SMALL_DIVISION_TOWNS) - math.log10(entry.towns + 1)
        )
    if not named_as(entry, surface, key):
        base -= ALTERNATE_NAME_PENALTY
    return base


def named_as(entry: GazEntry, surface: str, key: str | None = None) -> bool:
    """Whether the surface is the entry's own name rather than an alternate one (another language's,
    a former name), which costs ``ALTERNATE_NAME_PENALTY``. An airport's variants are its short names
    ("Heathrow", "JFK Airport"). GeoNames tells a city from its namesake state or country by "City";
    news leaves it off for a metropolis ("New York", "Ho Chi Minh"), not for a smaller city or a
    national capital, whose bare name is the state's or the country's ("Oklahoma", "Kuwait")."""
    if entry.feature is Feature.AIRPORT:
        return True
    listed = unhyphenated(_main_name(entry))
    written = unhyphenated(spelled_out(name_key(surface) if key is None else key))
    if (
        entry.feature is Feature.CITY
        and entry.population >= METROPOLIS_POPULATION
        and not entry.capital
        and listed == f"{written} city"
    ):
        return True
    return _same_name(listed, written)


def named_for_metropolis(found: Sequence[GazEntry], surface: str) -> frozenset[int]:
    """The ``id``s of the first-level divisions among a name's readings that share the name with a
    metropolis inside them (``METROPOLIS_POPULATION``): "New York" the state beside New York City.
    Divisions known only from their towns already yield (``DERIVED_DIVISION_PENALTY``)."""
    metropolises = [
        e
        for e in found
        if e.feature is Feature.CITY and e.population >= METROPOLIS_POPULATION and named_as(e, surface)
    ]
    return frozenset(
        id(d)
        for d in found
        if d.feature is Feature.ADMIN1
        and not d.derived
        and named_as(d, surface)
        and any((c.country, c.admin1) == (d.country, d.admin1) for c in metropolises)
    )


def _same_name(listed: str, written: str) -> bool:
    """A name written as the gazetteer lists it, or with the accents its plain listing drops ("østfold"
    is Ostfold), or short of the river or region its full name adds ("newcastle" is Newcastle upon
    Tyne, "frankfurt" Frankfurt am Main, "stoke" Stoke-on-Trent). Not unaccented "Quebec" for Québec
    the city: an English spelling, the province's own name."""
    if listed == written:
        return True
    if listed.isascii() and not written.isascii() and fold(written) == listed:
        return True
    return listed.startswith(written) and bool(_QUALIFIER_AFTER.match(listed, len(written)))


def _main_name(entry: GazEntry) -> str:
    """The entry's name as a key, "Saint" spelled out; a county's without "County" or "Parish" (a bare
    "Raleigh" may name Raleigh County under its own name, as legislators' homes and local news do)."""
    key = spelled_out(name_key(entry.name))
    if entry.feature is Feature.ADMIN2:
        for designator in COUNTY_DESIGNATORS:
            if key.endswith(designator.casefold()):
                return key[: -len(designator)]
    return key


def score(
    entry: GazEntry,
    surface: str,
    focus: ArticleFocus,
    hint: GazEntry | None,
    near: dict[int, float] | None = None,
    key: str | None = None,
    beside: Sequence[GazEntry] = (),
    home: bool = False,
    yields: frozenset[int] = frozenset(),
    named: GazEntry | None = None,
    rival: bool = True,
) -> float:
    """Prior, article focus (without this name's own votes), places nearby, the text's own container.

    ``near`` is ``spatial_support``'s map for this toponym (by ``id`` of the candidate); ``key`` the
    surface's ``name_key``, when the caller has it; ``beside`` the readings of the names listed
    with it (``list_neighbours``); ``home`` whether the name is a home town (``home_towns``);
    ``yields`` the ``id``s of the candidates named as a metropolis inside them (``named_for_metropolis``);
    ``named`` the container this name gives the name before it (``container_hints``).
    """
    key = name_key(surface) if key is None else key
    total = prior(entry, surface, key, home)
    if id(entry) in yields:
        total -= DERIVED_DIVISION_PENALTY
    if near:
        total += PROXIMITY_WEIGHT * near.get(id(entry), 0.0)
    if entry.country:
        share = focus.country_share(entry.country, key)
        total += COUNTRY_FOCUS_WEIGHT * share
        if (
            entry.capital
            and not home
            and (rival or not named_as(entry, surface, key))
            and share == 0.0
            and focus.others(key) >= CAPITAL_NEEDS_COUNTRY_AFTER
        ):
            total -= CAPITAL_BONUS  # the story's other names all lie in other countries
        if entry.admin1 and (entry.feature in LOCAL_FEATURES or entry.feature is Feature.ADMIN1):
            total += ADMIN1_FOCUS_WEIGHT * focus.admin1_share((entry.country, entry.admin1), key)
    if hint is not None and entry is not hint and inside(entry, hint):
        total += CONTAINER_HINT_BONUS
    if entry is named:
        total += CONTAINER_HINT_BONUS
    if any(entry.feature is e.feature for e in beside):
        total += LIST_KIND_BONUS
    if entry.feature in LOCAL_FEATURES and any(_lies_by(entry, e) for e in beside):
        total += LIST_NEAR_BONUS
    return total


def home_towns(text: str, keys: Sequence[str], candidates: Sequence[tuple[GazEntry, ...]]) -> set[str]:
    """Names (``name_key``) the story treats as a home community: named before a civic head ("Dublin
    City Council", "Paris Police", "a Columbus woman"; ``patterns.civic_head_spans``).

    Only names whose candidates are all towns: "New York Police" and "Washington officials" say
    nothing about the city against the state of the same name.
    """
    spans = civic_head_spans(text)
    if not spans:
        return set()
    civic = {name_key(text[start:end]) for start, end in spans}
    return {
        key
        for key, found in zip(keys, candidates, strict=True)
        if key in civic and all(e.feature is Feature.CITY for e in found)
    }


def container_hints(
    text: str,
    toponyms: Sequence[Toponym],
    first: Sequence[GazEntry | None],
    candidates: Sequence[tuple[GazEntry, ...]] | None = None,
) -> list[GazEntry | None]:
    """For "A, B" where B is a state or country, B is A's container (and what B names: ``score``'s
    ``named``).

    Not when A can itself be a place of B's kind: "China, Japan" and "Virginia,
    Washington, West Virginia" are lists, not a town of Japan and a town of West Virginia; nor when
    B holds none of A's places and a comma goes on to another name that does not hold B ("Saipan,
    Guam, Alaska"; "Stroud, Ontario, Canada" is Stroud in Ontario).
    """
    hints: list[GazEntry | None] = [None] * len(toponyms)
    for i in range(len(toponyms) - 1):
        here, after = toponyms[i], toponyms[i + 1]
        inner, found = (candidates[i], candidates[i + 1]) if candidates is not None else ((), ())
        container = _container_reading(first[i + 1], inner, found, after.text)
        if container is None:
            continue
        if candidates is not None and any(e.feature is container.feature for e in candidates[i]):
            continue
        if text[here.end : after.start].strip() != ",":
            continue
        if (
            candidates is not None
            and not any(inside(e, container) for e in inner)
            and i + 2 < len(toponyms)
            and text[after.end : toponyms[i + 2].start] == ", "
            and not any(inside(container, e) for e in candidates[i + 2])
        ):
            continue  # "Saipan, Guam, Alaska": a list going on, not Saipan placed in Guam
        hints[i] = container
    return hints


def _container_reading(
    current: GazEntry | None, inner: Sequence[GazEntry], found: Sequence[GazEntry], surface: str
) -> GazEntry | None:
    """A name's reading as a state or country after another name ("A, B"): of its readings of that
    kind under its own spelling, those that hold one of A's readings, the current one first, else the
    likeliest ("New York" read as the city is the state after "Buffalo,", "Georgia" read as the
    country the state after "Atlanta,"); when none holds A, the current reading if it is of that kind
    ("Stroud, Ontario": a place not listed there)."""
    holders = [
        e
        for e in found
        if e.feature in _CONTAINERS and named_as(e, surface) and any(inside(i, e) for i in inner)
    ]
    if current is not None and (current in holders or (not holders and current.feature in _CONTAINERS)):
        return current
    return max(holders, key=lambda e: prior(e, surface)) if holders else None


def list_neighbours(
    text: str,
    toponyms: Sequence[Toponym],
    chosen: Sequence[GazEntry | None],
    hints: Sequence[GazEntry | None],
) -> list[tuple[GazEntry, ...]]:
    """Per toponym, the readings of its neighbours in a list ("A, B and C").

    A list names places of one kind ("Washington" among "Oregon, Tennessee, ... and Wisconsin" is
    the state) and, when they are towns, often places that lie together ("the communities of San
    Juan, Choropampa, and Magdalena"). Not for "A, B" where B is A's container (``container_hints``).
    """
    out: list[tuple[GazEntry, ...]] = []
    for i, toponym in enumerate(toponyms):
        found: list[GazEntry] = []
        for j in (i - 1, i + 1):
            if not 0 <= j < len(toponyms) or hints[i] is not None or hints[j] is not None:
                continue
            first, second = (toponyms[j], toponym) if j < i else (toponym, toponyms[j])
            neighbour = chosen[j]
            if neighbour is not None and _LIST_SEPARATOR.fullmatch(text[first.end : second.start]):
                found.append(neighbour)
        out.append(tuple(found))
    return out
