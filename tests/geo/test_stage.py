"""The place stage end to end on a hand-built parse, and on the seed article with the real model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventcoder.geo.gazetteer import Gazetteer
from eventcoder.geo.stage import EventPlacer
from eventcoder.records import Article, Event, Span
from geo.attach_rows import INTERVIEW
from geo.helpers import MOSCOW, make_doc, small_gazetteer
from shared_data import shared_path


def event_at(doc: Doc, verb: str, target: Span | None = None, occurrence: int = 0) -> Event:
    tokens = [t for t in doc if t.text == verb]
    token = tokens[occurrence]
    return Event(
        doc_id="d",
        event_id="e",
        sentence_index=0,
        sentence="",
        span=(0, len(doc.text)),
        verb_span=(token.idx, token.idx + len(token.text)),
        source="RUS",
        source_name="",
        source_span=None,
        target="TUR",
        target_name="",
        target_span=target,
        cameo="120",
        root="12",
        quad_class=3,
        goldstein=-4.0,
        plover=None,
        plover_mode=None,
        date=None,
        confidence=1.0,
    )


def test_stage_lists_places_and_sets_event_place_fields() -> None:
    doc = make_doc(INTERVIEW)
    ankara = doc.text.index("Ankara")
    placer = EventPlacer(small_gazetteer())
    places, (event,) = placer.place_events(
        doc, Article(id="d", text=doc.text), (event_at(doc, "rejected", (ankara, ankara + 6)),)
    )
    assert [p.name for p in places] == ["Ankara", "Moscow"]
    assert places[0].lat is None  # not in the small gazetteer: listed, not resolved
    assert (event.place, event.place_country, event.place_lat, event.place_lon) == (
        "Moscow",
        "RUS",
        MOSCOW.lat,
        MOSCOW.lon,
    )
    assert event.place_span is not None and doc.text[event.place_span[0] : event.place_span[1]] == "Moscow"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(min_city_population=15000)


@pytest.mark.model
@pytest.mark.slow
def test_seed_article_places(nlp, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = shared_path("seed_article", "article.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    verb = text.index("Peskov rejected") + len("Peskov ")
    ankara = text.index("Ankara’s offer")
    rejected = event_at(doc, "rejected", (ankara, ankara + 6))
    assert rejected.verb_span[0] == verb
    places, (placed,) = EventPlacer(gazetteer).place_events(doc, Article(id="seed", text=text), (rejected,))
    by_mention = {text[p.span[0] : p.span[1]]: p for p in places}
    assert by_mention["Donbass"].country == "UKR"
    assert by_mention["Crimean Peninsula"].name == "Crimea"
    assert by_mention["Caucasus"].feature == "region"
    assert by_mention["Kiev"].country == "UKR" and by_mention["Kiev"].feature == "city"
    assert by_mention["Moscow"].country == "RUS"
    assert (placed.place, placed.place_country) == ("Moscow", "RUS")


def test_a_listed_name_with_no_reading_in_the_story_and_no_place_tag_is_no_toponym() -> None:
    from eventcoder.geo.gazetteer import Feature, GazEntry
    from eventcoder.geo.resolve import Resolver
    from eventcoder.geo.stage import geoparse
    from geo.helpers import flat_doc

    village = GazEntry("Carlsberg", Feature.CITY, 49.5, 8.0, country="DEU", population=3_000)
    london = GazEntry("London", Feature.CITY, 51.5, -0.13, country="GBR", population=8_900_000, capital=True)
    uk = GazEntry("United Kingdom", Feature.COUNTRY, 54.8, -2.7, country="GBR")
    gazetteer = Gazetteer([("Carlsberg", village), ("London", london), ("UK", uk), ("Britain", uk)])
    words = [("In", "O"), ("London", "B-GPE"), (",", "O"), ("Britain", "B-GPE"), ("and", "O"), ("the", "O")]
    words += [("UK", "B-GPE"), (",", "O"), ("Carlsberg", "B-ORG"), ("and", "O"), ("London", "B-GPE")]
    words += [("brewers", "O"), ("met", "O")]
    toponyms, entries = geoparse(flat_doc(words), gazetteer, Resolver(gazetteer))
    assert [t.text for t in toponyms] == ["London", "Britain", "UK", "London"]
    assert all(e is not None for e in entries)
