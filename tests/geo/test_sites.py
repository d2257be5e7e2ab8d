"""Sites: buildings, roads and grounds, placed in the town around them (``geo.sites``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.geo.evaluate import annotates_sites, evaluate, read_gold
from eventcoder.geo.focus import ArticleFocus
from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer
from eventcoder.geo.resolve import Resolver
from eventcoder.geo.sites import placed_sites, site_names
from eventcoder.geo.stage import geoparse
from eventcoder.geo.toponym import Toponym, ToponymSource
from eventcoder.geo.within import placed_within
from geo.helpers import GAINESVILLE, MOSCOW, VIRGINIA, flat_doc, small_gazetteer

LLANELLI = GazEntry("Llanelli", Feature.CITY, 51.68, -4.16, country="GBR", admin1="Wales", population=50_000)


def _site(text: str, name: str) -> Toponym:
    start = text.index(name)
    return Toponym(start, start + len(name), name, ToponymSource.SITE, "ORG")


def _place(text: str, name: str) -> Toponym:
    start = text.index(name)
    return Toponym(start, start + len(name), name, ToponymSource.NER, "GPE")


def test_a_facility_or_organization_named_for_a_building_or_road_is_a_site() -> None:
    doc = flat_doc(
        [
            ("Taken", "O"),
            ("to", "O"),
            ("the", "B-ORG"),
            ("Northwestern", "I-ORG"),
            ("Memorial", "I-ORG"),
            ("Hospital", "I-ORG"),
            ("on", "O"),
            ("Eglinton", "B-FAC"),
            ("Avenue", "I-FAC"),
            ("West", "I-FAC"),
        ]
    )
    found = site_names(doc.text, doc.ents, [])
    assert [(t.text, t.source, t.label) for t in found] == [
        ("Northwestern Memorial Hospital", ToponymSource.SITE, "ORG"),  # without "the"
        ("Eglinton Avenue West", ToponymSource.SITE, "FAC"),
    ]


@pytest.mark.parametrize(
    ("words", "why"),
    [
        ([("the", "B-ORG"), ("Supreme", "I-ORG"), ("Court", "I-ORG"), ("ruled", "O")], "an institution"),
        ([("Chapman", "B-ORG"), ("University", "I-ORG"), ("said", "O")], "an institution"),
        ([("at", "O"), ("Park", "B-FAC")], "a head word alone"),
        ([("Mr", "O"), ("Stuart", "B-PERSON"), ("Hall", "I-PERSON")], "a person"),
        ([("the", "B-FAC"), ("Easter", "I-FAC"), ("Vigil", "I-FAC")], "no word for a building or road"),
    ],
)
def test_names_that_are_no_sites(words: list[tuple[str, str]], why: str) -> None:
    doc = flat_doc(words)
    assert site_names(doc.text, doc.ents, []) == [], why


def test_a_site_never_claims_a_name_already_read_as_a_place() -> None:
    doc = flat_doc([("the", "B-ORG"), ("Harwinton", "I-ORG"), ("Senior", "I-ORG"), ("Center", "I-ORG")])
    town = _place(doc.text, "Harwinton")
    assert site_names(doc.text, doc.ents, [town]) == []


def test_a_site_takes_the_point_of_the_nearest_town_the_story_resolved() -> None:
    text = "In Gainesville, Virginia golfers meet at Stonewall Golf Club on Fridays; in winter, in Moscow."
    toponyms = [
        _place(text, "Gainesville"),
        _place(text, "Virginia"),
        _site(text, "Stonewall Golf Club"),
        _place(text, "Moscow"),
    ]
    placed = placed_sites(toponyms, [GAINESVILLE, VIRGINIA, None, MOSCOW])
    site = placed[2]
    assert site is not None and site.feature is Feature.SITE and site.name == "Stonewall Golf Club"
    # the nearer town before it, not the state between (no container of a site) nor Moscow after it
    assert (site.lat, site.lon, site.country, site.admin1) == (
        GAINESVILLE.lat,
        GAINESVILLE.lon,
        GAINESVILLE.country,
        GAINESVILLE.admin1,
    )
    assert site.geonames_id is None and placed[:2] == [GAINESVILLE, VIRGINIA] and placed[3] is MOSCOW


def test_a_site_in_a_story_that_names_no_town_stays_without_a_place() -> None:
    text = "Talks at the Carter Center on Ukraine."
    toponyms = [_site(text, "Carter Center"), _place(text, "Ukraine")]
    country = GazEntry("Ukraine", Feature.COUNTRY, 49.0, 32.0, country="UKR")
    assert placed_sites(toponyms, [None, country]) == [None, country]


def test_a_site_the_text_puts_in_a_town_lies_there() -> None:
    text = "He played at Jack's Snooker Hall in Llanelli as a boy."
    toponyms = [_site(text, "Jack's Snooker Hall"), _place(text, "Llanelli")]
    placed = placed_within(text, toponyms, [None, LLANELLI])
    assert placed[0] is not None and placed[0].feature is Feature.SITE
    assert (placed[0].lat, placed[0].country) == (LLANELLI.lat, "GBR")


def test_a_site_has_no_gazetteer_reading_and_no_vote_in_the_focus() -> None:
    resolver = Resolver(small_gazetteer())
    text = "Moscow police at the Moscow Hotel."
    assert resolver.candidates(_site(text, "Moscow Hotel")) == ()
    site = GazEntry("Moscow Hotel", Feature.SITE, MOSCOW.lat, MOSCOW.lon, country="RUS", admin1="Moscow")
    focus = ArticleFocus.from_entries([MOSCOW, site])
    assert focus.total == ArticleFocus.from_entries([MOSCOW]).total


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.model
def test_geoparse_places_a_site_in_its_town_and_drops_one_without(nlp, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    resolver = Resolver(gazetteer)
    doc = nlp("CHICAGO - A man shot on State Street was pronounced dead at Northwestern Memorial Hospital.")
    found = {t.text: e for t, e in zip(*geoparse(doc, gazetteer, resolver), strict=True)}
    hospital = found["Northwestern Memorial Hospital"]
    assert hospital is not None and hospital.feature is Feature.SITE
    assert (hospital.country, hospital.admin1) == ("USA", "Illinois")
    alone = nlp("Donations reached the Northwestern Memorial Hospital last year.")
    assert geoparse(alone, gazetteer, resolver) == ([], [])


@pytest.mark.model
def test_sites_count_only_where_the_corpus_annotates_them(nlp, gazetteer: Gazetteer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "CHICAGO - A man was taken to Northwestern Memorial Hospital."
    gold = [{"phrase": "CHICAGO", "lat": "41.85", "lon": "-87.65", "char_start": 0, "char_end": 7}]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "x-1", "text": text, "toponyms": gold}) + "\n", encoding="utf-8")
    with_sites = evaluate(read_gold(path), nlp, gazetteer, sites=True)
    without = evaluate(read_gold(path), nlp, gazetteer, sites=False)
    assert (with_sites.predicted, without.predicted) == (2, 1)
    assert without.precision == 1.0 and with_sites.precision == 0.5
    assert annotates_sites("GeoWebNews") and not annotates_sites("LGL")
