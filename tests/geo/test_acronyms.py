"""Acronyms of places the story names in full ("SA" after "South Africa"); "Korea" alone."""

from __future__ import annotations

import pytest

from eventcoder.geo.gazetteer import Gazetteer
from eventcoder.geo.resolve import Resolver
from eventcoder.geo.stage import geoparse
from eventcoder.geo.text_names import acronyms
from eventcoder.geo.toponym import Toponym, ToponymSource


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _named(text: str, name: str, source: ToponymSource = ToponymSource.NER) -> Toponym:
    start = text.index(name)
    return Toponym(start, start + len(name), name, source, "GPE")


def test_the_initials_of_a_place_named_in_full_are_that_place(gazetteer: Gazetteer) -> None:
    text = "Trade with New South Wales grew. NSW exports rose, as did those of NSW. NSW$ and NSWX are not."
    found = acronyms(text, gazetteer, [_named(text, "New South Wales")])
    assert [(t.text, t.start, t.source, t.stands_for) for t in found] == [
        ("NSW", text.index("NSW "), ToponymSource.ACRONYM, "New South Wales"),
        ("NSW", text.index("NSW."), ToponymSource.ACRONYM, "New South Wales"),
    ]


def test_initials_alone_or_of_a_town_are_no_place(gazetteer: Gazetteer) -> None:
    text = "SA shares rose; the SA unit of the firm, in San Francisco, as SF traders said."
    assert acronyms(text, gazetteer, []) == []  # no South Africa, South Australia... named in full
    assert acronyms(text, gazetteer, [_named(text, "San Francisco")]) == []  # a city's initials


def test_a_demonym_names_the_country_whose_initials_follow(gazetteer: Gazetteer) -> None:
    text = "Many South Africans say SA must change."
    found = acronyms(text, gazetteer, [_named(text, "South Africans", ToponymSource.DEMONYM)])
    assert [(t.text, t.stands_for) for t in found] == [("SA", "South Africa")]
    entries = Resolver(gazetteer).resolve(text, found)
    assert entries[0] is not None and entries[0].country == "ZAF"


@pytest.mark.model
def test_an_acronym_end_to_end(nlp, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    resolver = Resolver(gazetteer)
    doc = nlp("South Africa's economy grew. Investors in SA were pleased.")
    found = {t.text: e for t, e in zip(*geoparse(doc, gazetteer, resolver), strict=True)}
    assert found["SA"] is not None and found["SA"].country == "ZAF"


@pytest.mark.model
def test_korea_alone_is_south_korea(nlp, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chipmakers in Taiwan and Korea gained share; exports to Korea rose.")
    found = [e for _, e in zip(*geoparse(doc, gazetteer, Resolver(gazetteer)), strict=True)]
    assert [e.country for e in found if e is not None] == ["TWN", "KOR", "KOR"]
