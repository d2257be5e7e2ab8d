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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

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
ALTERNATE_NAME_PENALTY = 2.0
COUNTRY_FOCUS_WEIGHT = 4.0
ADMIN1_FOCUS_WEIGHT = 3.0
CONTAINER_HINT_BONUS = 10.0
FOCUS_ROUNDS = 2  # resolve, recompute the focus from what was chosen, resolve again
_FOCUS_WEIGHTS = {Feature.COUNTRY: 2.0, Feature.ADMIN1: 1.5}
K = TypeVar("K")
_DESIGNATORS = (" county", " province", " region", " state", " governorate", " oblast", " district", " city")


@dataclass(slots=True)
class ArticleFocus:
    """Shares of the article's toponyms by country and by (country, admin1)."""

    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[tuple[str, str], float] = field(default_factory=dict)

    @classmethod
    def from_entries(cls, entries: Sequence[GazEntry | None]) -> ArticleFocus:
        countries: dict[str, float] = defaultdict(float)
        admin1: dict[tuple[str, str], float] = defaultdict(float)
        for entry in entries:
            if entry is None or entry.country is None:
                continue
            weight = _FOCUS_WEIGHTS.get(entry.feature, 1.0)
            countries[entry.country] += weight
            if entry.admin1:
                admin1[(entry.country, entry.admin1)] += weight
        return cls(_shares(countries), _shares(admin1))


def _shares(weights: Mapping[K, float]) -> dict[K, float]:
    total = sum(weights.values())
    return {key: value / total for key, value in weights.items()} if total else {}


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
        found = self.gazetteer.candidates(toponym.text) + self.gazetteer.abbreviation_candidates(toponym.text)
        if not found:
            found = self._without_designator(toponym.text)
        if not found:
            country = self.gazetteer.demonym_place(toponym.text)
            found = (country,) if country else ()
        return found

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
                _best(found, partial(score, surface=t.text, focus=focus, hint=hint))
                for t, found, hint in zip(toponyms, candidates, hints, strict=True)
            ]
        return chosen


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


def score(entry: GazEntry, surface: str, focus: ArticleFocus, hint: GazEntry | None) -> float:
    """Prior plus article focus plus the text's own container ("X, <state or country>")."""
    total = prior(entry, surface)
    if entry.country:
        total += COUNTRY_FOCUS_WEIGHT * focus.countries.get(entry.country, 0.0)
        if entry.admin1 and entry.feature is Feature.CITY:
            total += ADMIN1_FOCUS_WEIGHT * focus.admin1.get((entry.country, entry.admin1), 0.0)
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
