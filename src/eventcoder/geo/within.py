"""Places no gazetteer lists, placed at the place the text names them in.

News names villages, districts, bases and camps far below any gazetteer's
threshold, and usually says where they lie: "Fort Detrick, Maryland",
"Balintawak, Quezon City", "the Adhamiyah district of Baghdad", "Fraser Valley,
a farming community near Vancouver". Such a toponym gets an entry of its own
name with ``Feature.UNLISTED``, the container's country and first-level division,
its point (for a first-level division, the centre of its towns, where a
settlement is likelier than at the middle of its area: "Stroud, Ontario" lies in
the south, not by Hudson Bay), and no GeoNames id: an event there is placed as precisely as the
text allows (the container's resolution), never at a namesake elsewhere and
never nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from eventcoder.geo.gazetteer import Feature, GazEntry
from eventcoder.geo.patterns import LIST_GOES_ON
from eventcoder.geo.toponym import PLACE_ENTITY_LABELS, Toponym

# what may stand between a place and the one it lies in: a comma ("Fort Detrick, Maryland"; not ", the"
# of a list), a kind of place and a preposition ("the Adhamiyah district of Baghdad"), a short apposition
# ending in a preposition of place ("Fraser Valley, a farming community near Vancouver")
_KINDS = (
    r"district|village|town|township|area|region|province|county|suburb|neighbou?rhood|island|municipality"
    r"|camp|state|governorate|commune|parish|borough|community"
)
_WITHIN_GAP = re.compile(
    rf", (?!the )|(?: (?:{_KINDS}),?| ?, (?:a|an) [\w'’ -]{{1,40}}?) (?:in|of|near|outside) (?:the )?"
)
# "(located) in Y" alone only after a name the model tagged a place: "Belle Vue in Manchester", not
# "Liffe in London" or "Slowdowns in the US"
_IN_GAP = re.compile(r" (?:located |situated )?(?:in|near|outside) (?:the )?")
# containers too large to say where a place is
_TOO_WIDE = frozenset({Feature.CONTINENT, Feature.SEA, Feature.UNLISTED})


def placed_within(
    text: str,
    toponyms: Sequence[Toponym],
    chosen: Sequence[GazEntry | None],
    centre: Callable[[GazEntry], tuple[float, float] | None] | None = None,
) -> list[GazEntry | None]:
    """``chosen`` with each unresolved toponym that the text puts in the resolved toponym right after
    it placed there (see the module's docstring); other entries unchanged. ``centre`` gives the point
    inside a container where its unlisted places lie (``Gazetteer.settlement_centre``), when not its own."""
    out = list(chosen)
    for i in range(len(toponyms) - 1):
        if out[i] is not None:
            continue
        here, container, entry = toponyms[i], toponyms[i + 1], out[i + 1]
        if entry is None or entry.feature in _TOO_WIDE:
            continue
        gap = text[here.end : container.start]
        if gap == ", " and entry.feature is Feature.CITY and _list_goes_on(text, toponyms, i + 1):
            continue  # "Suba, Migori, Homa Bay and Rongo": towns in a list, not one inside the next
        if _WITHIN_GAP.fullmatch(text, here.end, container.start) or (
            here.label in PLACE_ENTITY_LABELS and _IN_GAP.fullmatch(text, here.end, container.start)
        ):
            lat, lon = (centre(entry) if centre else None) or (entry.lat, entry.lon)
            out[i] = GazEntry(
                name=here.text,
                feature=Feature.UNLISTED,
                lat=lat,
                lon=lon,
                country=entry.country,
                admin1=entry.admin1,
            )
    return out


def _list_goes_on(text: str, toponyms: Sequence[Toponym], i: int) -> bool:
    """The toponym ``i`` is followed by another after a comma or "and"/"or"."""
    return i + 1 < len(toponyms) and bool(
        LIST_GOES_ON.fullmatch(text, toponyms[i].end, toponyms[i + 1].start)
    )
