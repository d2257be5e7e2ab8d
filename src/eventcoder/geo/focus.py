"""An article's focus: the countries and first-level divisions its resolved toponyms point to.

Resolution scores each candidate by how much of the story's other names lie in
its country and division (``resolve``); the local pass looks for missed towns
in the divisions the story is about (``local``); the story-level checks ask
whether a reading's country is one the story points to at all (``story``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventcoder.geo.gazetteer import Feature, GazEntry, name_key

# the n mentions of one name weigh n ** REPEAT_EXPONENT together in the article's focus
REPEAT_EXPONENT = 0.5
LOCAL_FEATURES = frozenset({Feature.CITY, Feature.ADMIN2})  # places the state they lie in disambiguates
_PLACED_IN_OTHERS = frozenset({Feature.UNLISTED, Feature.SITE})
_FOCUS_WEIGHTS = {Feature.COUNTRY: 2.0, Feature.ADMIN1: 1.5}


@dataclass(slots=True)
class Votes:
    """Weights of some toponyms' entries by country and by (country, admin1)."""

    countries: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: dict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    total: float = 0.0

    def add(self, entry: GazEntry, share: float = 1.0) -> None:
        if entry.country is None or entry.feature in _PLACED_IN_OTHERS:  # its container votes already
            return
        weight = _weight(entry) * share
        self.countries[entry.country] += weight
        self.total += weight
        if entry.admin1:
            self.admin1[(entry.country, entry.admin1)] += weight


@dataclass(slots=True)
class ArticleFocus:
    """The article's votes by country and (country, admin1), and each name's own share of them.

    Shares leave out every mention of the name being resolved: a name does not
    make itself more likely ("Mexico" read as Mexico City must not vote for
    Mexico City; nine "Gainesville"s read as Florida must not outvote "Texas"
    and "Cooke County"). Given the names, the mentions of one name weigh the
    square root of their number together (``REPEAT_EXPONENT``): they are not
    independent evidence, and a coach named Ripley, read thirteen times as the
    town in West Virginia, must not make a Minnesota story one about that state.
    """

    votes: Votes = field(default_factory=Votes)
    by_name: dict[str, Votes] = field(default_factory=dict)

    @classmethod
    def from_entries(
        cls, entries: Sequence[GazEntry | None], names: Sequence[str] | None = None
    ) -> ArticleFocus:
        focus = cls()
        if names is None:
            for entry in entries:
                if entry is not None:
                    focus.votes.add(entry)
            return focus
        keys = [name_key(name) for name in names]
        mentions = Counter(keys)
        for key, entry in zip(keys, entries, strict=True):
            if entry is None:
                continue
            share = mentions[key] ** (REPEAT_EXPONENT - 1.0)
            focus.votes.add(entry, share)
            focus.by_name.setdefault(key, Votes()).add(entry, share)
        return focus

    @property
    def admin1(self) -> dict[tuple[str, str], float]:
        return self.votes.admin1

    @property
    def total(self) -> float:
        return self.votes.total

    def others(self, key: str | None = None) -> float:
        """The votes of the names other than ``key`` (a ``name_key``)."""
        own = self.by_name.get(key) if key else None
        return self.votes.total - (own.total if own else 0.0)

    def country_share(self, country: str, key: str | None = None) -> float:
        """The share of votes for ``country`` left by the other names than ``key`` (a ``name_key``)."""
        own = self.by_name.get(key) if key else None
        votes = self.votes.countries.get(country, 0.0) - (own.countries.get(country, 0.0) if own else 0.0)
        rest = self.others(key)
        return votes / rest if rest > 0 else 0.0

    def admin1_share(self, division: tuple[str, str], key: str | None = None) -> float:
        own = self.by_name.get(key) if key else None
        votes = self.votes.admin1.get(division, 0.0) - (own.admin1.get(division, 0.0) if own else 0.0)
        rest = self.others(key)
        return votes / rest if rest > 0 else 0.0


def _weight(entry: GazEntry) -> float:
    return _FOCUS_WEIGHTS.get(entry.feature, 1.0)


def inside(entry: GazEntry, container: GazEntry) -> bool:
    """The entry lies in the container, a country or a first-level division (else: not known)."""
    if container.feature is Feature.COUNTRY:
        return entry.country == container.country
    if container.feature is Feature.ADMIN1:
        return entry.country == container.country and entry.admin1 == container.admin1
    return False
