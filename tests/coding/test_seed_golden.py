"""Golden test on the project's reference article (issue 3 done-when): the must-have events, none
of the must-not ones, with the real model, the packaged dictionaries and the publication date."""

from __future__ import annotations

import json

import pytest

from eventcoder.coding.resources import build_coder
from eventcoder.ingest import read_inputs
from eventcoder.nlp import sentences_from_doc
from eventcoder.records import Article, Event
from shared_data import shared_path

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed(nlp) -> tuple[dict, tuple[Event, ...]]:  # type: ignore[no-untyped-def]
    folder = shared_path("seed_article")
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    items = list(read_inputs([str(folder / "article.txt")], default_date=expected["publication_date"]))
    article = items[0]
    assert isinstance(article, Article), article
    doc = nlp(article.text)
    output = build_coder().code(doc, article, sentences_from_doc(doc))
    return expected, output.events


def test_every_must_have_event_is_coded(seed: tuple[dict, tuple[Event, ...]]) -> None:
    expected, events = seed
    found = {(e.source[:3], e.target[:3], e.root) for e in events}
    for want in expected["events_must_contain"]:
        assert (want["source"], want["target"], want["root"]) in found, (want, sorted(found))
    assert all(e.date == "2021-12-15" for e in events)


def test_no_must_not_event_is_coded(seed: tuple[dict, tuple[Event, ...]]) -> None:
    expected, events = seed
    for banned in expected["events_must_not_contain"]:
        if "roots" in banned:
            hits = [
                e
                for e in events
                if e.source[:3] == banned["source"]
                and e.target[:3] == banned["target"]
                and e.root in banned["roots"]
            ]
            assert not hits, (banned["why"], hits)
        for name in banned.get("any_actor_name", []):
            assert not [e for e in events if name in (e.source_name, e.target_name)], name


def test_best_codes_where_the_dictionary_has_them(seed: tuple[dict, tuple[Event, ...]]) -> None:
    _, events = seed
    codes = {(e.source[:3], e.target[:3], e.cameo) for e in events}
    assert ("TUR", "USA", "041") in codes  # the telephone conversation
    assert ("UKR", "RUS", "112") in codes  # "accuses Moscow of supporting the separatists"
