"""The sentence classification the ConfliBERT (five-class) suite scores."""

from __future__ import annotations

import dataclasses

from eventcoder.coding.suites import penta_class, penta_classes, plover_2021_event
from eventcoder.records import Event


def _event(cameo: str, confidence: float) -> Event:
    return Event(
        doc_id="d",
        event_id=f"e{cameo}",
        sentence_index=0,
        sentence="s",
        span=(0, 1),
        verb_span=(0, 1),
        source="USA",
        source_name="",
        source_span=None,
        target="",
        target_name="",
        target_span=None,
        cameo=cameo,
        root=cameo[:2],
        quad_class=0,
        goldstein=0.0,
        plover=None,
        plover_mode=None,
        date=None,
        confidence=confidence,
    )


def test_phoenix_pentaclass_puts_reduced_relations_with_verbal_conflict() -> None:
    classes = penta_classes()
    assert [classes[r] for r in ("01", "02", "04", "07", "12", "16", "17", "19")] == [0, 0, 1, 2, 3, 3, 4, 4]


def test_sentence_class_comes_from_the_most_confident_event() -> None:
    classes = penta_classes()
    assert penta_class([], classes) == 0
    suspended_aid, said = _event("162", 0.9), _event("010", 0.4)
    assert penta_class([said, suspended_aid], classes) == 3
    assert penta_class([dataclasses.replace(said, confidence=0.95), suspended_aid], classes) == 0


def test_plover_2016_names_map_to_2021_by_name_then_by_mode() -> None:
    assert plover_2021_event("DEMAND", None) == "REQUEST"
    assert plover_2021_event("FIGHT", "heavy-weapons") == "ASSAULT"
    assert plover_2021_event("COERCE", "arrest") == "COERCE"
    # destroying property and firing on crowds are ASSAULT modes in 2021
    assert plover_2021_event("COERCE", "destroy") == "ASSAULT"
    assert plover_2021_event("COERCE", "firearms") == "ASSAULT"
    assert plover_2021_event("THREATEN", "curfew") == "THREATEN"
