"""Which toponym is the place of an event, on hand-built parses."""

from __future__ import annotations

from spacy.tokens import Doc

from eventcoder.geo.attach import event_place
from eventcoder.geo.toponym import Toponym, ToponymSource
from geo.attach_rows import BORDER, INTERVIEW, REGIONS, REPORTED
from geo.helpers import Row, make_doc


def toponyms_of(doc: Doc) -> list[Toponym]:
    out = [
        Toponym(e.start_char, e.end_char, e.text, ToponymSource.NER, e.label_)
        for e in doc.ents
        if e.label_ == "GPE"
    ]
    out += [
        Toponym(e.start_char, e.end_char, e.text, ToponymSource.DEMONYM, e.label_)
        for e in doc.ents
        if e.label_ == "NORP"
    ]
    return out


def place_of(rows: list[Row], verb: str, exclude_words: tuple[str, ...] = ()) -> str | None:
    doc = make_doc(rows)
    token = next(t for t in doc if t.text == verb)
    exclude = [(t.idx, t.idx + len(t.text)) for t in doc if t.text in exclude_words]
    found = event_place(token, toponyms_of(doc), exclude=exclude)
    return found.text if found else None


def test_place_reached_through_the_verbs_arguments() -> None:
    assert place_of(INTERVIEW, "rejected", exclude_words=("Peskov", "Ankara")) == "Moscow"


def test_actors_are_never_the_place() -> None:
    assert place_of(INTERVIEW, "rejected", exclude_words=("Moscow",)) is None


def test_generic_locative_phrase_takes_the_toponym_inside_it() -> None:
    of_ukraine = [
        *REGIONS[:7],
        ("of", 6, "prep", "ADP", "O"),
        ("Ukraine", 7, "pobj", "PROPN", "B-GPE"),
        (".", 1, "punct", "PUNCT", "O"),
    ]
    assert place_of(of_ukraine, "fought", exclude_words=("Kiev",)) == "Ukraine"


def test_a_landmark_named_by_a_verb_inside_the_phrase_is_not_the_place() -> None:
    # "in two eastern regions bordering Russia": the fighting was not in Russia
    assert place_of(REGIONS, "fought", exclude_words=("Kiev",)) is None


def test_place_of_the_reporting_clause_is_not_the_reported_acts() -> None:
    assert place_of(REPORTED, "said") == "Washington"
    assert place_of(REPORTED, "massed", exclude_words=("Russia",)) is None


def test_nested_locative_and_demonyms_never_places() -> None:
    assert place_of(BORDER, "gathered") == "Kharkiv"
    no_city = [row if row[0] != "Kharkiv" else ("Kharkiv", 6, "pobj", "PROPN", "O") for row in BORDER]
    assert place_of(no_city, "gathered") is None  # "Russian" is an adjective, not where it happened


def test_a_legislators_home_is_never_the_place() -> None:
    doc = make_doc(BORDER)
    token = next(t for t in doc if t.text == "gathered")
    kharkiv = next(t for t in toponyms_of(doc) if t.text == "Kharkiv")
    as_home = Toponym(kharkiv.start, kharkiv.end, kharkiv.text, ToponymSource.HOME)
    assert event_place(token, [as_home]) is None
    assert event_place(token, [kharkiv]) == kharkiv
