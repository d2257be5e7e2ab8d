"""Spatial support: a candidate place lying near a candidate of another name in the same article.

Local news names places that lie together: "Huntsville" with "Walker County",
"Gainesville" with "Cooke County". Among the namesakes of a name, the one with
namesakes of the article's *other* names nearby is likelier. Only towns and
counties under their own names count (a country's or state's point says
nothing about nearness; "Mexico" is not Mexico City's own name), and
each other name adds ``1 / sqrt(n)`` for its ``n`` local candidates, so that a
name found in every state ("Washington", "Franklin") supports nobody much.
Candidates are bucketed on a one-degree grid, so the cost grows with the
number of candidates, not with its square.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from eventcoder.geo.gazetteer import COUNTY_DESIGNATORS, Feature, GazEntry, haversine_km, name_key

NEAR_KM = 60.0
_LOCAL = frozenset({Feature.CITY, Feature.ADMIN2})
_LARGER = frozenset({Feature.COUNTRY, Feature.REGION, Feature.SEA, Feature.CONTINENT, Feature.DISPUTED})
_Cell = tuple[int, int]


def _cell(entry: GazEntry) -> _Cell:
    return math.floor(entry.lat), math.floor(entry.lon)


def spatial_support(
    names: Sequence[str], candidates: Sequence[tuple[GazEntry, ...]]
) -> list[dict[int, float]]:
    """Per toponym, ``id(candidate) -> support`` for its local candidates that have any (missing means 0).

    Keyed by ``id``: the candidates are the gazetteer's own entries, alive for the whole call, and
    hashing a frozen dataclass field by field for every score costs more than the scoring.
    """
    keys = [name_key(name) for name in names]
    grid: dict[_Cell, list[tuple[str, GazEntry]]] = defaultdict(list)
    weight: dict[str, float] = {}
    for key, found in _distinct(keys, candidates).items():
        local = [e for e in found if _local(e, key)]
        if local and not _names_a_larger_place(found, key):
            weight[key] = 1.0 / math.sqrt(len(local))
            for entry in local:
                grid[_cell(entry)].append((key, entry))
    out: list[dict[int, float]] = []
    cache: dict[str, dict[int, float]] = {}
    for key, found in zip(keys, candidates, strict=True):
        if key not in cache:  # a name with one candidate has nothing to choose: no support needed
            cache[key] = (
                {id(e): s for e in found if _local(e, key) and (s := _support(e, key, grid, weight))}
                if len(found) > 1
                else {}
            )
        out.append(cache[key])
    return out


def _local(entry: GazEntry, key: str) -> bool:
    """A town or county under its own name (not "Mexico" for Mexico City, nor "Hampton" inside "Hampton
    Hills"); a county also under its bare name ("Clarke" of "Athens-Clarke")."""
    if entry.feature not in _LOCAL:
        return False
    own = name_key(entry.name)
    return own == key or (
        entry.feature is Feature.ADMIN2 and any(own == key + d.casefold() for d in COUNTY_DESIGNATORS)
    )


def _names_a_larger_place(found: Sequence[GazEntry], key: str) -> bool:
    """The name is, under its own name, a country, a region, a sea or a continent ("Middle East",
    "Lebanon"): its namesake towns (a Middle East in Maryland) are no evidence of where the story is."""
    return any(e.feature in _LARGER and name_key(e.name) == key for e in found)


def _distinct(keys: list[str], candidates: Sequence[tuple[GazEntry, ...]]) -> dict[str, tuple[GazEntry, ...]]:
    return dict(zip(keys, candidates, strict=True))


def _support(
    entry: GazEntry, key: str, grid: dict[_Cell, list[tuple[str, GazEntry]]], weight: dict[str, float]
) -> float:
    row, col = _cell(entry)
    near: set[str] = set()
    for d_row in (-1, 0, 1):
        for d_col in (-1, 0, 1):
            for other_key, other in grid.get((row + d_row, col + d_col), ()):
                if other_key != key and other_key not in near and _close(entry, other):
                    near.add(other_key)
    return sum(weight[k] for k in near)


def _close(a: GazEntry, b: GazEntry) -> bool:
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM
