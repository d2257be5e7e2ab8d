"""Toponym resolution: pick one gazetteer entry per toponym using the whole article.

Each candidate gets a score: a prior by kind of place (countries, then
continents, first-level divisions and regions, then cities by population), a
penalty when only an alternate name matched, a bonus for the article's
country focus (the countries its toponyms point to most) and, for cities, its
first-level-division focus, and a strong bonus when the text itself says
where ("Alexandria, La.", "Paris, Texas", "Santa Ana, California").
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer, name_key
from eventcoder.geo.recognize import Toponym, ToponymSource

PRIORS = {
    Feature.COUNTRY: 11.0,
    Feature.CONTINENT: 10.5,
    Feature.ADMIN1: 10.0,
    Feature.REGION: 10.0,
    Feature.SEA: 10.0,
    Feature.DISPUTED: 10.0,
    Feature.ADMIN2: 7.5,
}
DERIVED_DIVISION_PENALTY = 1.5  # "Kiev" the oblast (town-mean point) yields to Kyiv the city
CITY_POPULATION_SLOPE = 1.5  # prior of a city: slope * log10(population) - 1
CAPITAL_BONUS = 3.0
ALTERNATE_NAME_PENALTY = 3.0
COUNTRY_FOCUS_WEIGHT = 4.0
ADMIN1_FOCUS_WEIGHT = 5.0
CONTAINER_HINT_BONUS = 10.0
INNER_NAME_MIN_POPULATION = 15_000
FOCUS_ROUNDS = 2  # resolve, recompute the focus from what was chosen, resolve again
_FOCUS_WEIGHTS = {Feature.COUNTRY: 2.0, Feature.ADMIN1: 1.5}
_DESIGNATORS = (" county", " province", " region", " state", " governorate", " oblast", " district", " city")


@dataclass(slots=True)
class ArticleFocus:
    """Weights of the article's toponyms by country and by (country, admin1).

    Shares leave one toponym's own vote out: a mention does not make itself
    more likely ("Mexico" read as Mexico City must not vote for Mexico City).
    """

    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[tuple[str, str], float] = field(default_factory=dict)
    total: float = 0.0

    @classmethod
    def from_entries(cls, entries: Sequence[GazEntry | None]) -> ArticleFocus:
        focus = cls(defaultdict(float), defaultdict(float))
        for entry in entries:
            if entry is None or entry.country is None:
                continue
            weight = _weight(entry)
            focus.countries[entry.country] += weight
            focus.total += weight
            if entry.admin1:
                focus.admin1[(entry.country, entry.admin1)] += weight
        return focus

    def country_share(self, country: str, own: GazEntry | None = None) -> float:
        mine = _weight(own) if own is not None and own.country else 0.0
        votes = self.countries.get(country, 0.0) - (
            mine if own is not None and own.country == country else 0.0
        )
        rest = self.total - mine
        return votes / rest if rest > 0 else 0.0

    def admin1_share(self, key: tuple[str, str], own: GazEntry | None = None) -> float:
        mine = _weight(own) if own is not None and own.country else 0.0
        same = own is not None and (own.country, own.admin1) == key
        votes = self.admin1.get(key, 0.0) - (mine if same else 0.0)
        rest = self.total - mine
        return votes / rest if rest > 0 else 0.0


def _weight(entry: GazEntry) -> float:
    return _FOCUS_WEIGHTS.get(entry.feature, 1.0)


class Resolver:
    """Resolves the toponyms of one article together (they disambiguate each other)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def candidates(self, toponym: Toponym) -> tuple[GazEntry, ...]:
        if toponym.source is ToponymSource.DEMONYM:
            country = self.gazetteer.demonym_place(toponym.text)
            return (country,) if country else ()
        if toponym.source is ToponymSource.ABBREVIATION:
            state = self.gazetteer.abbreviations.get(toponym.text)
            return (state,) if state else ()
        text = toponym.text
        found = self.gazetteer.candidates(text) + self.gazetteer.abbreviation_candidates(text)
        demonym = self.gazetteer.demonym_place(text) or self.gazetteer.demonym_place(text.removesuffix("s"))
        if demonym is not None and demonym not in found:  # "Canadian" is Canada before Canadian, Texas
            found = (demonym, *found)
        if not found:
            found = self._without_designator(text)
        if not found and "," in text:  # "Washington, D.C." given as one span
            found = self.gazetteer.candidates(text.split(",")[0])
        if not found:
            found = self._inner_name(text)
        return found

    def _inner_name(self, text: str) -> tuple[GazEntry, ...]:
        """A known place named inside an unknown one ("Manila Cathedral", "Colorado State University").

        Longest inner span first, then leftmost; only names of countries, divisions and regions, or of
        towns of some size, so that "East Bank" does not become a hamlet called Bank.
        """
        words = text.split()
        for size in range(len(words) - 1, 0, -1):
            for first in range(len(words) - size + 1):
                part = " ".join(words[first : first + size])
                if not part[:1].isupper() or len(part) < 4:
                    continue
                found = tuple(e for e in self.gazetteer.candidates(part) if _stands_inside_names(e))
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
        """One entry (or None) per toponym, in the same order."""
        candidates = [self.candidates(t) for t in toponyms]
        # the first focus comes from toponyms whose candidates all lie in one country
        first = [
            _best(found, partial(prior, surface=t.text)) if len({e.country for e in found}) == 1 else None
            for found, t in zip(candidates, toponyms, strict=True)
        ]
        chosen = first
        for _ in range(FOCUS_ROUNDS):
            focus = ArticleFocus.from_entries(chosen)
            hints = container_hints(text, toponyms, chosen)
            chosen = [
                _best(found, partial(score, surface=t.text, focus=focus, hint=hint, own=own))
                for t, found, hint, own in zip(toponyms, candidates, hints, chosen, strict=True)
            ]
        return chosen


def _stands_inside_names(entry: GazEntry) -> bool:
    return entry.feature is not Feature.CITY or entry.population >= INNER_NAME_MIN_POPULATION


def _best(found: tuple[GazEntry, ...], key: Callable[[GazEntry], float]) -> GazEntry | None:
    return max(found, key=key) if found else None


def prior(entry: GazEntry, surface: str) -> float:
    """How likely a bare mention of this name means this entry, before any context."""
    base = PRIORS.get(entry.feature)
    if base is None:
        base = CITY_POPULATION_SLOPE * math.log10(entry.population + 1) - 1.0
        base += CAPITAL_BONUS if entry.capital else 0.0
    if entry.derived:
        base -= DERIVED_DIVISION_PENALTY
    if name_key(entry.name) != name_key(surface):
        base -= ALTERNATE_NAME_PENALTY
    return base


def score(
    entry: GazEntry, surface: str, focus: ArticleFocus, hint: GazEntry | None, own: GazEntry | None = None
) -> float:
    """Prior plus article focus (without this mention's own vote) plus the text's own container."""
    total = prior(entry, surface)
    if entry.country:
        total += COUNTRY_FOCUS_WEIGHT * focus.country_share(entry.country, own)
        if entry.admin1 and entry.feature is Feature.CITY:
            total += ADMIN1_FOCUS_WEIGHT * focus.admin1_share((entry.country, entry.admin1), own)
    if hint is not None and entry is not hint and _inside(entry, hint):
        total += CONTAINER_HINT_BONUS
    return total


def _inside(entry: GazEntry, container: GazEntry) -> bool:
    if container.feature is Feature.COUNTRY:
        return entry.country == container.country
    if container.feature is Feature.ADMIN1:
        return entry.country == container.country and entry.admin1 == container.admin1
    return False


def container_hints(
    text: str, toponyms: Sequence[Toponym], first: Sequence[GazEntry | None]
) -> list[GazEntry | None]:
    """For "A, B" where B is a state or country, B is A's container."""
    hints: list[GazEntry | None] = [None] * len(toponyms)
    for i in range(len(toponyms) - 1):
        here, after, container = toponyms[i], toponyms[i + 1], first[i + 1]
        if container is None or container.feature not in (Feature.ADMIN1, Feature.COUNTRY):
            continue
        if text[here.end : after.start].strip() == ",":
            hints[i] = container
    return hints
