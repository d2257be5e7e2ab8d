"""Sites: the buildings, roads and grounds a story names, placed in the town around them.

News says where things happened at a finer grain than any gazetteer lists: "at
Northwestern Memorial Hospital", "on Assiniboine Avenue", "a concert at the Rogers
Centre". The model tags such names FAC or ORG; one that ends in a word for a road, a
building or a ground is a site (``SITE_HEADS``; not words for institutions, whose
names stand for the body more often than for its building: "the Supreme Court
ruled", "Chapman University said"). A site that the model tagged as something else,
or that names a place the gazetteer lists, is left to the other rules.

A site takes the point of the place the text puts it in ("Belle Vue in Manchester",
"Stonewall Golf Club, Gainesville"; ``within.placed_within``), else of the resolved
town, county or unlisted place nearest to it in the text: a story names the town it
reports from, then the streets and buildings there. A site with neither is dropped:
it says nowhere. Its entry has ``Feature.SITE``, its container's country, division
and point, and no GeoNames id; it never votes in the story's focus.

GeoWebNews annotates sites as toponyms; LGL, TR-News and GeoVirus do not, and
their scores leave sites out (``evaluate``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventcoder.geo.gazetteer import Feature, GazEntry
from eventcoder.geo.toponym import LEADING, TRAILING, Toponym, ToponymSource, overlaps
from eventcoder.geo.within import placed_in

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

SITE_LABELS = frozenset({"FAC", "ORG"})
# the last word of a site's name, by kind: roads; buildings; grounds
SITE_HEADS = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Boulevard", "Blvd", "Lane", "Highway",
    "Motorway", "Bridge", "Square", "Plaza",
    "Hospital", "Infirmary", "Stadium", "Arena", "Centre", "Center", "Courthouse", "Prison", "Jail",
    "Penitentiary", "Church", "Chapel", "Cathedral", "Basilica", "Mosque", "Temple", "Synagogue", "Hall",
    "Hotel", "Theatre", "Theater", "Cinema", "Mall", "Museum", "Library", "Palace", "Tower",
    "School", "Embassy", "Consulate",
    "Park", "Racecourse", "Cemetery", "Graveyard", "Golf Club", "Country Club",
)  # fmt: skip
# a head word last, or before a compass point ("Eglinton Avenue West"), after at least one other word
_SITE_NAME = re.compile(rf"\S.* (?:{'|'.join(SITE_HEADS)})\.?(?: (?:North|South|East|West))?")
# what a site lies in: a town, a county or a place the text placed (not a site: "Main Street" is
# no container of the hall on it)
_CONTAINERS = frozenset({Feature.CITY, Feature.ADMIN2, Feature.UNLISTED})


def site_names(text: str, entities: Sequence[SpacySpan], taken: Sequence[Toponym]) -> list[Toponym]:
    """Toponyms for the model's FAC and ORG entities named as sites that overlap no toponym in
    ``taken``, without "the" before them or a possessive after them."""
    occupied = [(t.start, t.end) for t in taken]
    out: list[Toponym] = []
    for ent in entities:
        if ent.label_ not in SITE_LABELS:
            continue
        name = TRAILING.sub("", ent.text)
        lead = LEADING.match(name)
        start = ent.start_char + (lead.end() if lead else 0)
        end = ent.start_char + len(name)
        name = text[start:end]
        if not _SITE_NAME.fullmatch(name) or overlaps(start, end, occupied):
            continue
        out.append(Toponym(start, end, name, ToponymSource.SITE, ent.label_))
    return out


def placed_sites(toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None]) -> list[GazEntry | None]:
    """``chosen`` with each site left without a place placed at the nearest resolved town, county or
    unlisted place in the text (the earlier one of two as near); other entries unchanged."""
    out = list(chosen)
    places = [
        (t, e)
        for t, e in zip(toponyms, chosen, strict=True)
        if e is not None and e.feature in _CONTAINERS and t.source is not ToponymSource.SITE
    ]
    if not places:
        return out
    for i, site in enumerate(toponyms):
        if site.source is not ToponymSource.SITE or out[i] is not None:
            continue
        _, town = min(places, key=lambda p: _gap(site, p[0]))
        out[i] = placed_in(site, town, (town.lat, town.lon))
    return out


def _gap(site: Toponym, place: Toponym) -> tuple[int, bool]:
    """The characters between a site and a place, then whether the place comes after it."""
    after = place.start >= site.end
    return (place.start - site.end if after else site.start - place.end), after
