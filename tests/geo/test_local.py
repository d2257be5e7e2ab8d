"""The local pass: small towns are names only inside the article's own state."""

from __future__ import annotations

from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer
from eventcoder.geo.local import focus_divisions, local_toponyms
from eventcoder.geo.toponym import Toponym, ToponymSource
from geo.helpers import GAINESVILLE, GEORGIA_STATE, TEXAS, USA, flat_doc, make_doc

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


def test_focus_needs_a_state_or_a_county_named_or_two_of_its_towns() -> None:
    assert focus_divisions([GEORGIA_STATE]) == {("USA", "Georgia")}
    assert focus_divisions([GAINESVILLE]) == set()
    assert focus_divisions([GAINESVILLE, GROVETOWN, TEXAS]) == {("USA", "Georgia"), ("USA", "Texas")}
    assert focus_divisions([CLARKE, TEXAS]) == {("USA", "Georgia"), ("USA", "Texas")}


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


def _found(words: list[tuple[str, str]]) -> list[str]:
    return [t.text for t in local_toponyms(flat_doc(words), gazetteer(), {("USA", "Georgia")}, [])]


def test_a_town_opens_a_longer_name_or_follows_a_qualifier_but_never_sits_inside_one() -> None:
    words = [("at", "O"), ("Grovetown", "O"), ("Community", "O"), ("Hospital", "O"), ("and", "O")]
    words += [("Texas", "O"), ("Grovetown", "O"), ("Museum", "O"), ("and", "O"), ("Oak", "O")]
    words += [("Grovetown", "O"), ("and", "O"), ("Old", "O"), ("Town", "O"), ("Grovetown", "O")]
    doc = flat_doc(words)
    found = local_toponyms(doc, gazetteer(), {("USA", "Georgia")}, [])
    assert [t.start for t in found] == [doc.text.index("Grovetown"), doc.text.rindex("Grovetown")]


def test_a_town_named_before_a_street_word_names_the_street() -> None:
    words = [("on", "O"), ("Grovetown", "O"), ("Street", "O"), ("and", "O"), ("201", "O")]
    words += [("Grovetown", "O"), ("St.", "O"), ("and", "O"), ("Grovetown", "O"), ("Valley", "O")]
    words += [("Freeway", "O"), ("in", "O"), ("Grovetown", "O")]
    doc = flat_doc(words)
    assert [t.start for t in local_toponyms(doc, gazetteer(), {("USA", "Georgia")}, [])] == [
        doc.text.rindex("Grovetown")
    ]


def test_a_bare_name_after_the_is_no_town_unless_it_modifies_a_noun() -> None:
    rows = [("struck", 0, "ROOT", "VERB", "O"), ("the", 2, "det", "DET", "O")]
    rows += [("Grovetown", 0, "dobj", "PROPN", "O"), ("and", 0, "cc", "CCONJ", "O")]
    rows += [("the", 6, "det", "DET", "O"), ("Grovetown", 6, "compound", "PROPN", "O")]
    rows += [("home", 0, "conj", "NOUN", "O")]
    doc = make_doc(rows)
    assert [t.start for t in local_toponyms(doc, gazetteer(), {("USA", "Georgia")}, [])] == [
        doc.text.rindex("Grovetown")
    ]


def test_a_town_named_like_a_month_is_a_date_inside_a_date_entity() -> None:
    august = GazEntry("August", Feature.CITY, 33.0, -83.0, country="USA", admin1="Georgia", population=900)
    words = [("in", "O"), ("August", "B-DATE"), ("2002", "I-DATE"), ("and", "O"), ("in", "O")]
    words += [("August", "O"), (".", "O")]
    doc = flat_doc(words)
    found = local_toponyms(doc, Gazetteer([("August", august)]), {("USA", "Georgia")}, [])
    assert [t.start for t in found] == [doc.text.rindex("August")]


def test_a_name_after_a_middle_initial_is_a_person() -> None:
    words = [("Pattie", "O"), ("A.", "O"), ("Grovetown", "O"), ("left", "O"), ("Grovetown", "O")]
    doc = flat_doc(words)
    assert [t.start for t in local_toponyms(doc, gazetteer(), {("USA", "Georgia")}, [])] == [
        doc.text.rindex("Grovetown")
    ]


def test_a_name_before_a_reporting_verb_is_a_person_in_every_mention() -> None:
    words = [("Hearne", "O"), ("and", "O"), ("Grovetown", "O"), ("voted", "O"), (".", "O")]
    words += [("Grovetown", "O"), ("said", "O"), ("it", "O")]
    found = local_toponyms(flat_doc(words), gazetteer(), {("USA", "Georgia"), ("USA", "Texas")}, [])
    assert [t.text for t in found] == ["Hearne"]


def test_the_countrys_own_name_does_not_dilute_its_states_focus() -> None:
    germany = GazEntry("Germany", Feature.COUNTRY, 51.5, 10.5, country="DEU", population=83_000_000)
    # "The US Army's Dugway Proving Ground in Utah", then "US" three times and Germany once: a story
    # about Utah, whatever the share of the names of the country it lies in
    assert focus_divisions([USA, GEORGIA_STATE, USA, USA, germany]) == {("USA", "Georgia")}
    # names of other countries still dilute it
    assert focus_divisions([GEORGIA_STATE, germany, germany, germany, germany]) == set()


def test_a_news_agency_reporting_is_no_local_town() -> None:
    xinhua = GazEntry("Xinhua", Feature.CITY, 38.0, 115.0, country="CHN", admin1="Hebei", population=50_000)
    doc = flat_doc([("Xinhua", "B-ORG"), ("News", "I-ORG"), ("Agency", "I-ORG"), ("reported", "O")])
    assert local_toponyms(doc, Gazetteer([("Xinhua", xinhua)]), {("CHN", "Hebei")}, []) == []
