"""Which time expression belongs to which event verb, on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc

from eventcoder.records import Article, Event
from eventcoder.time.attach import best_mention, event_verb, time_mentions
from eventcoder.time.stage import EventDater

# (word, head index, dep, pos, entity IOB)
CALL = [
    ("Blinken", 1, "nsubj", "PROPN", "O"),
    ("had", 1, "ROOT", "VERB", "O"),
    ("a", 4, "det", "DET", "O"),
    ("telephone", 4, "compound", "NOUN", "O"),
    ("interview", 1, "dobj", "NOUN", "O"),
    ("on", 4, "prep", "ADP", "O"),
    ("Monday", 5, "pobj", "PROPN", "B-DATE"),
    ("and", 1, "cc", "CCONJ", "O"),
    ("discussed", 1, "conj", "VERB", "O"),
    ("tensions", 8, "dobj", "NOUN", "O"),
    (".", 1, "punct", "PUNCT", "O"),
]
REPORTED = [
    ("Peskov", 1, "nsubj", "PROPN", "O"),
    ("said", 1, "ROOT", "VERB", "O"),
    ("on", 1, "prep", "ADP", "O"),
    ("Thursday", 2, "pobj", "PROPN", "B-DATE"),
    ("that", 6, "mark", "SCONJ", "O"),
    ("Russia", 6, "nsubj", "PROPN", "O"),
    ("attacked", 1, "ccomp", "VERB", "O"),
    ("Kiev", 6, "dobj", "PROPN", "O"),
    (".", 1, "punct", "PUNCT", "O"),
]
SINCE = [
    ("Kiev", 2, "nsubj", "PROPN", "O"),
    ("has", 2, "aux", "AUX", "O"),
    ("fought", 2, "ROOT", "VERB", "O"),
    ("an", 4, "det", "DET", "O"),
    ("insurgency", 2, "dobj", "NOUN", "O"),
    ("in", 2, "prep", "ADP", "O"),
    ("regions", 5, "pobj", "NOUN", "O"),
    ("bordering", 6, "acl", "VERB", "O"),
    ("Russia", 7, "dobj", "PROPN", "O"),
    ("since", 7, "prep", "SCONJ", "O"),
    ("2014", 9, "pobj", "NUM", "B-DATE"),
    (".", 2, "punct", "PUNCT", "O"),
]
UNTAGGED_DAY = [
    ("Troops", 1, "nsubj", "NOUN", "O"),
    ("entered", 1, "ROOT", "VERB", "O"),
    ("the", 3, "det", "DET", "O"),
    ("town", 1, "dobj", "NOUN", "O"),
    ("early", 5, "amod", "ADJ", "O"),
    ("Tuesday", 1, "npadvmod", "PROPN", "O"),
    (".", 1, "punct", "PUNCT", "O"),
]


VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, like_num)


def make_doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    words, heads, deps, pos, ents = (list(column) for column in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def event_on(doc: Doc, verb: str, doc_id: str = "d1") -> Event:
    token = next(t for t in doc if t.text == verb)
    return Event(
        doc_id=doc_id,
        event_id="e",
        sentence_index=0,
        sentence=doc.text,
        span=(0, len(doc.text)),
        verb_span=(token.idx, token.idx + len(token.text)),
        source="AAA",
        source_name="A",
        source_span=None,
        target="BBB",
        target_name="B",
        target_span=None,
        cameo="040",
        root="04",
        quad_class=1,
        goldstein=1.0,
        plover=None,
        plover_mode=None,
        date=None,
        confidence=1.0,
    )


def chosen(rows: list[tuple[str, int, str, str, str]], verb: str) -> str | None:
    doc = make_doc(rows)
    token = event_verb(doc, event_on(doc, verb).verb_span)
    assert token is not None and token.text == verb
    mention = best_mention(time_mentions(doc, 0, len(doc)), token)
    return mention.text if mention else None


def test_expression_under_the_verbs_object_belongs_to_the_verb() -> None:
    assert chosen(CALL, "had") == "Monday"


def test_expression_of_a_conjoined_verb_is_shared() -> None:
    assert chosen(CALL, "discussed") == "Monday"


def test_reporting_verbs_date_is_not_the_reported_acts_date() -> None:
    assert chosen(REPORTED, "said") == "Thursday"
    assert chosen(REPORTED, "attacked") is None


def test_since_hung_on_a_participle_reaches_the_main_verb_as_ongoing() -> None:
    doc = make_doc(SINCE)
    mentions = time_mentions(doc, 0, len(doc))
    assert [(m.text, m.ongoing) for m in mentions] == [("2014", True)]
    assert chosen(SINCE, "fought") == "2014"


def test_day_words_the_model_did_not_tag_are_candidates_with_their_modifier() -> None:
    doc = make_doc(UNTAGGED_DAY)
    assert [m.text for m in time_mentions(doc, 0, len(doc))] == ["early Tuesday"]
    assert chosen(UNTAGGED_DAY, "entered") == "early Tuesday"


ARTICLE = Article(id="d1", text="", date="2021-12-15")


@pytest.mark.parametrize(
    ("rows", "verb", "expected"),
    [
        (CALL, "had", ("2021-12-13", "day", "relative", False)),
        (CALL, "discussed", ("2021-12-13", "day", "relative", False)),
        (REPORTED, "said", ("2021-12-09", "day", "relative", False)),
        (REPORTED, "attacked", ("2021-12-15", "day", "publication", False)),
        (SINCE, "fought", ("2014-01-01", "year", "explicit", True)),
        (UNTAGGED_DAY, "entered", ("2021-12-14", "day", "relative", False)),
    ],
)
def test_dater_sets_date_fields(
    rows: list[tuple[str, int, str, str, str]], verb: str, expected: tuple[str, str, str, bool]
) -> None:
    doc = make_doc(rows)
    (dated,) = EventDater().date_events(doc, ARTICLE, (event_on(doc, verb),))
    assert (dated.date, dated.date_precision, dated.date_basis, dated.date_ongoing) == expected
    if dated.date_basis == "publication":
        assert dated.date_span is None
    else:
        assert dated.date_span is not None
        assert doc.text[dated.date_span[0] : dated.date_span[1]] in doc.text


def test_date_span_points_at_the_expression() -> None:
    doc = make_doc(CALL)
    (dated,) = EventDater().date_events(doc, ARTICLE, (event_on(doc, "had"),))
    assert dated.date_span is not None
    assert doc.text[dated.date_span[0] : dated.date_span[1]] == "Monday"


def test_without_publication_date_events_stay_undated() -> None:
    doc = make_doc(CALL)
    (dated,) = EventDater().date_events(doc, replace(ARTICLE, date=None), (event_on(doc, "had"),))
    assert (dated.date, dated.date_precision, dated.date_basis) == (None, None, "none")


def test_numeric_dates_fall_back_to_dateparser() -> None:
    from datetime import date

    found = EventDater().resolve_text("12/13/2021", date(2021, 12, 15))
    assert found is not None
    assert found.iso == "2021-12-13"
