"""Event places: toponym recognition, offline gazetteer resolution, and places tied to events."""

from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer, haversine_km
from eventcoder.geo.recognize import recognize
from eventcoder.geo.resolve import Resolver
from eventcoder.geo.stage import EventPlacer, to_place
from eventcoder.geo.toponym import Toponym, ToponymSource

__all__ = [
    "EventPlacer",
    "Feature",
    "GazEntry",
    "Gazetteer",
    "Resolver",
    "Toponym",
    "ToponymSource",
    "haversine_km",
    "recognize",
    "to_place",
]
