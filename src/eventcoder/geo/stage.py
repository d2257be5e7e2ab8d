"""The place stage: every place an article names, and where each event happened."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventcoder.geo.attach import event_place
from eventcoder.geo.gazetteer import DEFAULT_MIN_CITY_POPULATION, GazEntry, Gazetteer
from eventcoder.geo.local import focus_divisions, local_toponyms
from eventcoder.geo.not_places import without_company_names
from eventcoder.geo.recognize import recognize
from eventcoder.geo.resolve import Resolver
from eventcoder.geo.sites import site_names
from eventcoder.geo.toponym import PLACE_ENTITY_LABELS, Toponym, ToponymSource
from eventcoder.nlp.text import doc_text
from eventcoder.records import Article, Event, Place
from eventcoder.time.attach import event_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc


def to_place(toponym: Toponym, entry: GazEntry | None) -> Place:
    """A record for a toponym: resolved fields when the gazetteer knew it, else only name and span."""
    if entry is None:
        return Place(name=toponym.text, span=(toponym.start, toponym.end))
    feature = "demonym" if toponym.source is ToponymSource.DEMONYM else entry.feature.value
    return Place(
        name=entry.name,
        span=(toponym.start, toponym.end),
        country=entry.country,
        admin1=entry.admin1,
        lat=entry.lat,
        lon=entry.lon,
        geonames_id=entry.geonames_id,
        feature=feature,
    )


def geoparse(
    doc: Doc, gazetteer: Gazetteer, resolver: Resolver, *, demonyms: bool = True
) -> tuple[list[Toponym], list[GazEntry | None]]:
    """Recognize and resolve the toponyms of a parsed article, with a local pass in its focus divisions,
    then the sites (buildings, roads, grounds) no place name claims, placed in the towns around them."""
    text = doc_text(doc)
    toponyms = recognize(doc, gazetteer, demonyms=demonyms)
    entries = resolver.resolve(text, toponyms)
    local = local_toponyms(doc, gazetteer, focus_divisions(entries), toponyms)
    # after the local pass: "the Harwinton Senior Center" is in Harwinton, which that pass finds
    sites = site_names(text, doc.ents, [*toponyms, *local])
    if local or sites:
        # one sense per article: a name that opens a company's name anywhere is the company's
        merged = sorted([*toponyms, *local, *sites], key=lambda t: t.start)
        toponyms = without_company_names(text, gazetteer, merged)
        entries = resolver.resolve(text, toponyms)
    kept = [
        i for i, (t, e) in enumerate(zip(toponyms, entries, strict=True)) if not _rejected(t, e, resolver)
    ]
    return [toponyms[i] for i in kept], [entries[i] for i in kept]


def _rejected(toponym: Toponym, entry: GazEntry | None, resolver: Resolver) -> bool:
    """A name the gazetteer lists that resolution found no reading for in this story ("Carlsberg" in
    British business news: only a German village), that the model did not tag a place either; a site
    the story gives no town for (``geo.sites``)."""
    if entry is None and toponym.source is ToponymSource.SITE:
        return True
    return (
        entry is None
        and toponym.label not in PLACE_ENTITY_LABELS
        and toponym.source is not ToponymSource.DEMONYM
        and bool(resolver.candidates(toponym))
    )


class EventPlacer:
    """Implements ``pipeline.PlaceStage`` with an offline gazetteer built once."""

    def __init__(self, gazetteer: Gazetteer, *, demonyms: bool = True) -> None:
        self.gazetteer = gazetteer
        self.resolver = Resolver(gazetteer)
        self.demonyms = demonyms

    @classmethod
    def load(cls, min_city_population: int = DEFAULT_MIN_CITY_POPULATION) -> EventPlacer:
        return cls(Gazetteer.load(min_city_population))

    def place_events(
        self, doc: Doc, article: Article, events: tuple[Event, ...]
    ) -> tuple[tuple[Place, ...], tuple[Event, ...]]:
        toponyms, entries = geoparse(doc, self.gazetteer, self.resolver, demonyms=self.demonyms)
        places = tuple(to_place(t, e) for t, e in zip(toponyms, entries, strict=True))
        by_span = {(t.start, t.end): place for t, place in zip(toponyms, places, strict=True)}
        return places, tuple(self._placed(doc, event, toponyms, by_span) for event in events)

    def _placed(
        self, doc: Doc, event: Event, toponyms: list[Toponym], by_span: dict[tuple[int, int], Place]
    ) -> Event:
        verb = event_verb(doc, event.verb_span)
        if verb is None:
            return event
        where = event_place(verb, toponyms, exclude=(event.source_span, event.target_span))
        if where is None:
            return event
        place = by_span[(where.start, where.end)]
        return replace(
            event,
            place=place.name,
            place_country=place.country,
            place_lat=place.lat,
            place_lon=place.lon,
            place_span=place.span,
            place_admin1=place.admin1,
            place_geonames_id=place.geonames_id,
        )
