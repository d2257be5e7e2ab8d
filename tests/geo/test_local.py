"""The local pass: small towns are names only inside the article's own state."""

from __future__ import annotations

from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer
from eventcoder.geo.local import focus_divisions, local_toponyms
from eventcoder.geo.toponym import Toponym, ToponymSource
from geo.helpers import GAINESVILLE, GEORGIA_STATE, TEXAS, flat_doc

GROVETOWN = GazEntry(
    "Grovetown", Feature.CITY, 33.45, -82.2, country="USA", admin1="Georgia", population=15_000
)
CLARKE = GazEntry(
    "Clarke County", Feature.ADMIN2, 33.95, -83.37, country="USA", admin1="Georgia", derived=True
)
HEARNE = GazEntry("Hearne", Feature.CITY, 30.88, -96.59, country="USA", admin1="Texas", population=4_500)


def gazetteer() -> Gazetteer:
    return Gazetteer(
        [
            ("Georgia", GEORGIA_STATE),
            ("Texas", TEXAS),
            ("Gainesville", GAINESVILLE),
            ("Grovetown", GROVETOWN),
            ("Clarke County", CLARKE),
            ("Hearne", HEARNE),
        ]
    )


WORDS = [
    ("Deputies", "O"),
    ("from", "O"),
    ("Grovetown", "B-ORG"),
    ("and", "O"),
    ("Clarke", "O"),
    ("County", "O"),
    ("met", "O"),
    ("Hearne", "O"),
    ("and", "O"),
    ("Sheriff", "O"),
    ("Grovetown", "B-PERSON"),
    (".", "O"),
]


def test_focus_needs_a_state_named_or_two_of_its_towns() -> None:
    assert focus_divisions([GEORGIA_STATE]) == {("USA", "Georgia")}
    assert focus_divisions([GAINESVILLE]) == set()
    assert focus_divisions([GAINESVILLE, GROVETOWN, TEXAS]) == {("USA", "Georgia"), ("USA", "Texas")}


def test_local_names_of_the_focus_state_only_and_never_persons() -> None:
    doc = flat_doc(WORDS)
    found = local_toponyms(doc, gazetteer(), {("USA", "Georgia")}, [])
    assert [(t.text, t.source) for t in found] == [
        ("Grovetown", ToponymSource.GAZETTEER),
        ("Clarke County", ToponymSource.GAZETTEER),
    ]


def test_local_pass_adds_nothing_without_focus_or_over_known_toponyms() -> None:
    doc = flat_doc(WORDS)
    assert local_toponyms(doc, gazetteer(), set(), []) == []
    start = doc.text.index("Grovetown")
    taken = [Toponym(start, start + 9, "Grovetown", ToponymSource.NER)]
    assert [t.text for t in local_toponyms(doc, gazetteer(), {("USA", "Georgia")}, taken)] == [
        "Clarke County"
    ]


def test_a_one_word_person_entity_may_be_a_local_town_unless_a_surname_or_titled() -> None:
    words = [("Crews", "O"), ("left", "O"), ("Hearne", "B-PERSON"), ("as", "O"), ("Bob", "B-PERSON")]
    words += [("Grovetown", "I-PERSON"), ("said", "O"), ("Grovetown", "B-PERSON"), ("and", "O")]
    words += [("Mr.", "O"), ("Hearne", "B-PERSON"), ("left", "O")]
    found = local_toponyms(flat_doc(words), gazetteer(), {("USA", "Georgia"), ("USA", "Texas")}, [])
    assert [t.start for t in found] == [len("Crews left ")]  # the first Hearne only


def test_a_bare_county_name_of_the_focus_state_unless_a_surname_or_inside_a_longer_name_or_entity() -> None:
    words = [("Deputies", "O"), ("in", "O"), ("Clarke", "O"), ("met", "O"), ("Jim", "B-PERSON")]
    words += [("Hearne", "I-PERSON"), ("at", "O"), ("Clarke", "O"), ("Hall", "O"), ("and", "O")]
    words += [("Hearne", "O"), ("left", "O"), ("Clarke", "B-ORG"), ("'s", "I-ORG"), ("Diner", "I-ORG")]
    hearne_county = GazEntry(
        "Hearne County", Feature.ADMIN2, 30.9, -96.6, country="USA", admin1="Georgia", derived=True
    )
    names = [("Clarke County", CLARKE), ("Hearne County", hearne_county)]
    found = local_toponyms(flat_doc(words), Gazetteer(names), {("USA", "Georgia")}, [])
    assert [(t.text, t.start, t.source) for t in found] == [
        ("Clarke", len("Deputies in "), ToponymSource.COUNTY)
    ]
    assert local_toponyms(flat_doc(words), Gazetteer(names), {("USA", "Texas")}, []) == []
