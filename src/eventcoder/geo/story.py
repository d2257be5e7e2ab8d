"""Story-level checks on the readings resolution chose, one name and one story at a time.

One place per name in one story; no small town in a country the story never
points to; no town in a state the text says it is not in; a city the AP lets
stand alone in a dateline is that city; "Queens, New York" is the city. What they leave
without a reading the unlisted-place fallback may still place (``within``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from eventcoder.geo.focus import LOCAL_FEATURES, ArticleFocus, inside
from eventcoder.geo.gazetteer import Feature, GazEntry, haversine_km, name_key
from eventcoder.geo.toponym import Toponym, ToponymSource

# a town this small is read in a country none of the story's other names point to only when they
# give fewer than STRAY_NEEDS_VOTES votes elsewhere (the threshold a capital's bonus uses too)
STRAY_TOWN_MAX_POPULATION = 20_000
STRAY_NEEDS_VOTES = 4.0
PART_OF_CITY_KM = 20.0  # "Brooklyn, New York": a place this close to a city called B is part of it
# the US cities the AP Stylebook lets stand alone in a dateline, with their state: "WASHINGTON —" is
# the capital in any paper, not the Pennsylvania town a local story may be about
AP_DATELINE_CITIES = {
    "atlanta": "Georgia", "baltimore": "Maryland", "boston": "Massachusetts", "chicago": "Illinois",
    "cincinnati": "Ohio", "cleveland": "Ohio", "dallas": "Texas", "denver": "Colorado",
    "detroit": "Michigan", "honolulu": "Hawaii", "houston": "Texas", "indianapolis": "Indiana",
    "las vegas": "Nevada", "los angeles": "California", "miami": "Florida", "milwaukee": "Wisconsin",
    "minneapolis": "Minnesota", "new orleans": "Louisiana", "new york": "New York",
    "oklahoma city": "Oklahoma", "philadelphia": "Pennsylvania", "phoenix": "Arizona",
    "pittsburgh": "Pennsylvania", "st louis": "Missouri", "salt lake city": "Utah",
    "san antonio": "Texas", "san diego": "California", "san francisco": "California",
    "seattle": "Washington", "washington": "District of Columbia",
}  # fmt: skip


def mentions_by_name(keys: Sequence[str]) -> list[list[int]]:
    """The positions of each name's mentions (``keys`` are ``name_key``s), in order of first mention."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        groups[key].append(i)
    return list(groups.values())


def one_sense(
    chosen: Sequence[GazEntry | None],
    keys: Sequence[str],
    candidates: Sequence[tuple[GazEntry, ...]],
    hints: Sequence[GazEntry | None],
) -> list[GazEntry | None]:
    """One place per name in one story: the mentions of a name the text does not place themselves
    ("Victoria" after "Melbourne and Victoria" read as the town in Hong Kong) take the place the
    text put one of its mentions in ("Paris, Texas", then "Paris"), else the one most of its
    mentions were read as; a tie changes nothing."""
    out = list(chosen)
    for indices in mentions_by_name(keys):
        if len(indices) < 2 or len({id(chosen[i]) for i in indices}) < 2:
            continue
        placed = [i for i in indices if _placed_by(chosen[i], hints[i])]
        if placed:
            sense = chosen[placed[0]]
        else:
            votes = Counter(id(chosen[i]) for i in indices if chosen[i] is not None).most_common(2)
            if not votes or (len(votes) > 1 and votes[0][1] == votes[1][1]):
                continue
            sense = next(chosen[i] for i in indices if id(chosen[i]) == votes[0][0])
        for i in indices:
            if hints[i] is None and any(e is sense for e in candidates[i]):
                out[i] = sense
    return out


def county_short_names(
    chosen: Sequence[GazEntry | None], keys: Sequence[str], county_names: dict[str, GazEntry]
) -> list[GazEntry | None]:
    """A bare name the story also gives as a county it resolved ("Hall County", later "Hall"; "DeKalb
    County", "unincorporated DeKalb") is that county when its own reading lies outside the county's
    state or it has none: not Schwäbisch Hall, not DeKalb, Illinois, in a story about Georgia. A town
    of the county's state keeps its reading ("Dallas" beside "Dallas County"), and so do countries,
    states and capitals ("Washington" beside "Washington County"). ``county_names`` maps a county's
    bare name (a ``name_key``) to the county the story resolved under its full name."""
    out = list(chosen)
    for i, (entry, key) in enumerate(zip(chosen, keys, strict=True)):
        county = county_names.get(key)
        if county is None or entry is county:
            continue
        if entry is None or (
            entry.feature is Feature.CITY
            and not entry.capital
            and (entry.country, entry.admin1) != (county.country, county.admin1)
        ):
            out[i] = county
    return out


def same_unlisted_place(
    chosen: Sequence[GazEntry | None], keys: Sequence[str], hints: Sequence[GazEntry | None]
) -> list[GazEntry | None]:
    """The mentions of a name the text placed once as an unlisted place ("Grantville, Pa.", with only
    Grantville, Georgia listed) are that place where the text does not place them themselves: a later
    bare "Grantville" is the same town, not the listed namesake (``one_sense`` for unlisted places,
    which exist only once the text has placed them)."""
    out = list(chosen)
    for indices in mentions_by_name(keys):
        unlisted = next((chosen[i] for i in indices if _is_unlisted(chosen[i])), None)
        if unlisted is None:
            continue
        for i in indices:
            if hints[i] is None and not _is_unlisted(chosen[i]):
                out[i] = unlisted
    return out


def _is_unlisted(entry: GazEntry | None) -> bool:
    return entry is not None and entry.feature is Feature.UNLISTED


def outside(entry: GazEntry | None, hint: GazEntry | None) -> bool:
    """A town or county the text puts in a state or country it does not lie in."""
    return (
        entry is not None and hint is not None and entry.feature in LOCAL_FEATURES and not inside(entry, hint)
    )


def _placed_by(entry: GazEntry | None, hint: GazEntry | None) -> bool:
    return entry is not None and hint is not None and inside(entry, hint)


def without_strays(
    chosen: Sequence[GazEntry | None], keys: Sequence[str], focus: ArticleFocus
) -> list[GazEntry | None]:
    """No small town in a country the story's other names never point to, when they point elsewhere
    this much (``STRAY_NEEDS_VOTES`` votes): "Piccadilly" in a London story is not the
    hamlet in Australia, it is a place the gazetteer does not list."""
    return [
        None
        if entry is not None
        and entry.feature is Feature.CITY
        and entry.population < STRAY_TOWN_MAX_POPULATION
        and entry.country is not None
        and focus.others(key) >= STRAY_NEEDS_VOTES
        and focus.country_share(entry.country, key) == 0.0
        else entry
        for entry, key in zip(chosen, keys, strict=True)
    ]


def cities_around_their_parts(
    text: str,
    toponyms: Sequence[Toponym],
    chosen: Sequence[GazEntry | None],
    candidates: Sequence[tuple[GazEntry, ...]],
) -> list[GazEntry | None]:
    """In "A, B" where A lies within a few kilometres of a city called B, B is that city, not the
    state or country of that name: "Brooklyn, New York" and "Queens, New York" name New York City,
    "Kowloon, Hong Kong" the city."""
    out = list(chosen)
    for i in range(len(toponyms) - 1):
        part, whole = chosen[i], chosen[i + 1]
        if part is None or whole is None or whole.feature not in (Feature.ADMIN1, Feature.COUNTRY):
            continue
        if text[toponyms[i].end : toponyms[i + 1].start] != ", ":
            continue
        around = [
            e
            for e in candidates[i + 1]
            if e.feature is Feature.CITY
            and e is not part
            and haversine_km(part.lat, part.lon, e.lat, e.lon) <= PART_OF_CITY_KM
        ]
        if around:
            out[i + 1] = max(around, key=lambda e: e.population)
    return out


def ap_dateline_city(
    toponym: Toponym, entry: GazEntry | None, found: tuple[GazEntry, ...]
) -> GazEntry | None:
    """A dateline's city that the AP Stylebook lets stand alone ("WASHINGTON —") is that city, whatever
    the story's other names say; other toponyms keep their reading."""
    if toponym.source is not ToponymSource.DATELINE:
        return entry
    state = AP_DATELINE_CITIES.get(name_key(toponym.text))
    if state is None:
        return entry
    cities = [e for e in found if e.feature is Feature.CITY and e.country == "USA" and e.admin1 == state]
    return max(cities, key=lambda e: e.population) if cities else entry
