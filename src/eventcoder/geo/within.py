"""Places no gazetteer lists, placed at the place the text names them in.

News names villages, districts, bases and camps far below any gazetteer's
threshold, and usually says where they lie: "Fort Detrick, Maryland",
"Balintawak, Quezon City", "the Adhamiyah district of Baghdad", "Fraser Valley,
a farming community near Vancouver". Such a toponym gets an entry of its own
name with ``Feature.UNLISTED``, the container's country and first-level division,
its point (a site named so, ``Feature.SITE``: ``geo.sites``; for a first-level division, the centre of its towns, where a
settlement is likelier than at the middle of its area: "Stroud, Ontario" lies in
the south, not by Hudson Bay), and no GeoNames id: an event there is placed as precisely as the
text allows (the container's resolution), never at a namesake elsewhere and
never nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from eventcoder.geo.gazetteer import Feature, GazEntry
from eventcoder.geo.patterns import LIST_GOES_ON
from eventcoder.geo.toponym import PLACE_ENTITY_LABELS, Toponym, ToponymSource

# what may stand between a place and the one it lies in: a comma ("Fort Detrick, Maryland"; not ", the"
# of a list), a kind of place and a preposition or a comma ("the Adhamiyah district of Baghdad", "the
# Wedza district, Mashonaland East province"), a short apposition ending in a preposition of place
# ("Fraser Valley, a farming community near Vancouver")
_KINDS = (
    r"district|village|town|township|area|region|province|county|suburb|neighbou?rhood|island|municipality"
    r"|camp|state|governorate|commune|parish|borough|community"
)
# a kind of place between a place and its container: "the Rice Lake area of Fulton County", "the Wedza
# district, Mashonaland East province" (not a bare comma, which ``resolve.container_hints`` reads)
_KIND_GAP = rf" (?:{_KINDS})(?:,? (?:in|of) (?:the )?|, (?!the ))"
_WITHIN_GAP = re.compile(
    rf", (?!the )|{_KIND_GAP}"
    rf"|(?: (?:{_KINDS}),? (?:near|outside)| ?, (?:a|an) [\w'’ -]{{1,40}}? (?:in|of|near|outside)) (?:the )?"
)
# "(located) in Y" alone only after a name the model tagged a place: "Belle Vue in Manchester", not
# "Liffe in London" or "Slowdowns in the US"
_IN_GAP = re.compile(r" (?:located |situated )?(?:in|near|outside) (?:the )?")
# containers too large to say where a place is
_TOO_WIDE = frozenset({Feature.CONTINENT, Feature.SEA, Feature.UNLISTED})
# a possessive between a place and the next, with up to two lowercase words that are no function
# words: "Cairo's Abbasiya neighbourhood", "Walton County's rural Gratis community"; not "Beijing's
# cooperation in Seoul's efforts", where Seoul is no part of Beijing
_POSSESSIVE_GAP = re.compile(r"['’]s? (?P<words>(?:[a-z]+ ){0,2})")
# a kind of place after the name: what makes a reading elsewhere wrong ("Giza's Haram district")
_KIND_AFTER = re.compile(rf" (?:{_KINDS})\b")
# a city's name used as a noun's modifier before a part of a city and "of": the next name is part of
# the city ("the Cincinnati suburb of West Chester", "the Gaza City neighbourhood of Shejaiya"); not
# "area" or "region" ("the Rice Lake area of Fulton County" lies in the county)
_CITY_PART_OF_GAP = re.compile(r" (?:suburb|neighbou?rhood|district|borough|quarter) of (?:the )?")
# possessors below the country: a town there lies in the possessor's first-level division
_SUBNATIONAL = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.CITY})
_LOCAL = frozenset({Feature.CITY, Feature.ADMIN2})


def possessors(
    text: str, toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None]
) -> list[GazEntry | None]:
    """Per toponym, the resolved place the text makes it part of, else None: with a possessive and a
    kind of place after it ("Giza's Haram district": Giza; without the kind of place, what a place
    owns is as often a company, "France's Ubisoft"), or as a kind of place of a city named before
    it ("the Cincinnati suburb of West Chester": Cincinnati). Not when the city is the smaller of
    the two: "the Adhamiyah district of Baghdad" puts Adhamiyah in Baghdad (``placed_within``), even
    where a namesake town of Adhamiyah is listed elsewhere."""
    out: list[GazEntry | None] = [None] * len(toponyms)
    for i in range(1, len(toponyms)):
        owner = chosen[i - 1]
        if owner is None or owner.feature in _TOO_WIDE:
            continue
        before, here = toponyms[i - 1].end, toponyms[i].start
        if _KIND_AFTER.match(text, toponyms[i].end):
            gap = _POSSESSIVE_GAP.fullmatch(text, before, here)
            if gap is not None and not STOP_WORDS & set(gap.group("words").split()):
                out[i] = owner
                continue
        if owner.feature is Feature.CITY and _CITY_PART_OF_GAP.fullmatch(text, before, here):
            part = chosen[i]
            if part is None or (part.feature is Feature.CITY and part.population < owner.population):
                out[i] = owner
    return out


_CONTAINER_GAP = re.compile(_KIND_GAP)


def named_containers(
    text: str, toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None]
) -> list[GazEntry | None]:
    """Per toponym, the resolved place below the country that a kind of place after it makes its
    container ("the Rice Lake area of Fulton County": Fulton County), else None."""
    out: list[GazEntry | None] = [None] * len(toponyms)
    for i in range(len(toponyms) - 1):
        container = chosen[i + 1]
        if (
            container is not None
            and container.feature in _SUBNATIONAL
            and _CONTAINER_GAP.fullmatch(text, toponyms[i].end, toponyms[i + 1].start)
        ):
            out[i] = container
    return out


def outside_possessor(entry: GazEntry | None, owner: GazEntry | None) -> bool:
    """A town or county read outside the first-level division of the town, county or state the text
    makes it a part of (``possessors``: "Giza's Haram district" is no Haram in Norway, "Walton
    County's rural Gratis community" no Gratis, Ohio; ``named_containers``: "the Rice Lake area of
    Fulton County" in Illinois is no Rice Lake, Wisconsin). Not under a country: a territory is its
    own country in the gazetteer ("China's Hong Kong")."""
    return (
        entry is not None
        and owner is not None
        and entry.feature in _LOCAL
        and owner.feature in _SUBNATIONAL
        and (entry.country != owner.country or entry.admin1 != owner.admin1)
    )


def placed_within(
    text: str,
    toponyms: Sequence[Toponym],
    chosen: Sequence[GazEntry | None],
    centre: Callable[[GazEntry], tuple[float, float] | None] | None = None,
) -> list[GazEntry | None]:
    """``chosen`` with each unresolved toponym that the text puts in the resolved toponym right after
    it, or makes part of the one right before it with a possessive ("Cairo's Abbasiya
    neighbourhood"), placed there (see the module's docstring); other entries unchanged. ``centre``
    gives the point inside a container where its unlisted places lie (``Gazetteer.settlement_centre``),
    when not its own."""
    out = list(chosen)
    owners = possessors(text, toponyms, chosen)
    for i, here in enumerate(toponyms):
        if out[i] is not None:
            continue
        entry = _container_after(text, toponyms, out, i) or owners[i]
        if entry is not None:
            out[i] = placed_in(here, entry, (centre(entry) if centre else None) or (entry.lat, entry.lon))
    return out


def placed_in(toponym: Toponym, container: GazEntry, point: tuple[float, float]) -> GazEntry:
    """The entry of a place no gazetteer lists, at ``point`` in ``container``: its own name, the
    container's country and division, no GeoNames id; ``Feature.SITE`` for a site, else
    ``Feature.UNLISTED``."""
    return GazEntry(
        name=toponym.text,
        feature=Feature.SITE if toponym.source is ToponymSource.SITE else Feature.UNLISTED,
        lat=point[0],
        lon=point[1],
        country=container.country,
        admin1=container.admin1,
    )


def _container_after(
    text: str, toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None], i: int
) -> GazEntry | None:
    """The resolved place right after toponym ``i`` that the text puts it in ("Fort Detrick,
    Maryland", "the Adhamiyah district of Baghdad"), else None."""
    if i + 1 >= len(toponyms):
        return None
    here, container, entry = toponyms[i], toponyms[i + 1], chosen[i + 1]
    if entry is None or entry.feature in _TOO_WIDE:
        return None
    gap = text[here.end : container.start]
    if gap == ", " and entry.feature is Feature.CITY and _list_goes_on(text, toponyms, i + 1):
        return None  # "Suba, Migori, Homa Bay and Rongo": towns in a list, not one inside the next
    if _WITHIN_GAP.fullmatch(text, here.end, container.start) or (
        (here.label in PLACE_ENTITY_LABELS or here.source is ToponymSource.SITE)
        and _IN_GAP.fullmatch(text, here.end, container.start)
    ):
        return entry
    return None


def _list_goes_on(text: str, toponyms: Sequence[Toponym], i: int) -> bool:
    """The toponym ``i`` is followed by another after a comma or "and"/"or"."""
    return i + 1 < len(toponyms) and bool(
        LIST_GOES_ON.fullmatch(text, toponyms[i].end, toponyms[i + 1].start)
    )
