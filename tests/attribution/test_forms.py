"""Each quote form on a hand-built parse: speaker, cue, content, kind."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from eventcoder.attribution import CueLexicon, QuoteFinder
from eventcoder.nlp import sentences_from_doc
from eventcoder.records import Article, Quote, QuoteKind

P = "PUNCT"


def said_after(
    speaker: str, tag: str = "NNP", pos: str = "PROPN"
) -> list[tuple[str, str, str, str, str, int]]:
    """“We will win,” SPEAKER said."""
    return [
        ("“", "“", P, "``", "punct", 7),
        ("We", "we", "PRON", "PRP", "nsubj", 3),
        ("will", "will", "AUX", "MD", "aux", 3),
        ("win", "win", "VERB", "VB", "ccomp", 7),
        (",", ",", P, ",", "punct", 7),
        ("”", "”", P, "''", "punct", 7),
        (speaker, speaker, pos, tag, "nsubj", 7),
        ("said", "say", "VERB", "VBD", "ROOT", 7),
        (".", ".", P, ".", "punct", 7),
    ]


def find(doc: Doc) -> tuple[Quote, ...]:
    finder = QuoteFinder(CueLexicon.default())
    quotes, events = finder.find(doc, Article(id="t", text=doc.text), sentences_from_doc(doc), ())
    assert events == ()  # no tables, no actors: no statement events
    for q in quotes:  # every span slices back to its field
        assert doc.text[q.content_span[0] : q.content_span[1]] == q.content
        assert q.speaker_span is not None and doc.text[q.speaker_span[0] : q.speaker_span[1]] == q.speaker
        assert q.cue_span is not None and doc.text[q.cue_span[0] : q.cue_span[1]] == q.cue
    return quotes


def summary(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.kind.value, q.speaker, q.cue, q.content) for q in quotes]


def test_quote_then_speaker_said(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(said_after("Smith"))
    assert doc.text == "“We will win,” Smith said."
    assert summary(find(doc)) == [("direct", "Smith", "said", "We will win")]


def test_quote_then_said_speaker(make_doc: Callable[..., Doc]) -> None:
    rows = said_after("Smith")
    rows[6], rows[7] = (
        ("said", "say", "VERB", "VBD", "ROOT", 6),
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 6),
    )
    rows = [(w, lem, pos, tag, dep, 6 if h == 7 else h) for w, lem, pos, tag, dep, h in rows]
    doc = make_doc(rows)
    assert doc.text == "“We will win,” said Smith."
    assert summary(find(doc)) == [("direct", "Smith", "said", "We will win")]


def test_straight_quotes(make_doc: Callable[..., Doc]) -> None:
    rows = said_after("Smith")
    rows[0], rows[5] = ('"', '"', P, "``", "punct", 7), ('"', '"', P, "''", "punct", 7)
    doc = make_doc(rows, closing_straight=frozenset({5}))
    assert doc.text == '"We will win," Smith said.'
    assert summary(find(doc)) == [("direct", "Smith", "said", "We will win")]


def test_speaker_said_colon_quote(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            (":", ":", P, ":", "punct", 1),
            ("“", "“", P, "``", "punct", 6),
            ("We", "we", "PRON", "PRP", "nsubj", 6),
            ("will", "will", "AUX", "MD", "aux", 6),
            ("win", "win", "VERB", "VB", "ccomp", 1),
            (".", ".", P, ".", "punct", 1),
            ("”", "”", P, "''", "punct", 1),
        ]
    )
    assert doc.text == "Smith said: “We will win.”"
    assert summary(find(doc)) == [("direct", "Smith", "said", "We will win.")]


def peskov_rows() -> list[tuple[str, str, str, str, str, int]]:
    """Peskov rejected the offer, saying: “Russia is not a party. Ukraine welcomed the plan."""
    return [
        ("Peskov", "Peskov", "PROPN", "NNP", "nsubj", 1),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("offer", "offer", "NOUN", "NN", "dobj", 1),
        (",", ",", P, ",", "punct", 1),
        ("saying", "say", "VERB", "VBG", "advcl", 1),
        (":", ":", P, ":", "punct", 5),
        ("“", "“", P, "``", "punct", 9),
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 9),
        ("is", "be", "AUX", "VBZ", "ccomp", 5),
        ("not", "not", "PART", "RB", "neg", 9),
        ("a", "a", "DET", "DT", "det", 12),
        ("party", "party", "NOUN", "NN", "attr", 9),
        (".", ".", P, ".", "punct", 1),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "nsubj", 15),
        ("welcomed", "welcome", "VERB", "VBD", "ROOT", 15),
        ("the", "the", "DET", "DT", "det", 17),
        ("plan", "plan", "NOUN", "NN", "dobj", 15),
        (".", ".", P, ".", "punct", 15),
    ]


def test_saying_colon_borrows_the_subject_and_an_unclosed_quote_stops_at_its_sentence(
    make_doc: Callable[..., Doc],
) -> None:
    quotes = find(make_doc(peskov_rows()))
    assert ("direct", "Peskov", "saying", "Russia is not a party.") in summary(quotes)
    assert all("Ukraine" not in q.content for q in quotes if q.kind is QuoteKind.DIRECT)


def test_quote_spanning_two_sentences(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("“", "“", P, "``", "punct", 3),
            ("We", "we", "PRON", "PRP", "nsubj", 3),
            ("will", "will", "AUX", "MD", "aux", 3),
            ("win", "win", "VERB", "VB", "ROOT", 3),
            (".", ".", P, ".", "punct", 3),
            ("They", "they", "PRON", "PRP", "nsubj", 7),
            ("will", "will", "AUX", "MD", "aux", 7),
            ("lose", "lose", "VERB", "VB", "ccomp", 11),
            (",", ",", P, ",", "punct", 11),
            ("”", "”", P, "''", "punct", 11),
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 11),
            ("said", "say", "VERB", "VBD", "ROOT", 11),
            (".", ".", P, ".", "punct", 11),
        ]
    )
    assert len(sentences_from_doc(doc)) == 2
    assert summary(find(doc)) == [("direct", "Smith", "said", "We will win. They will lose")]


def test_frameless_quote_after_an_attributed_one_takes_its_speaker(make_doc: Callable[..., Doc]) -> None:
    rows = said_after("he", tag="PRP", pos="PRON")
    rows += [
        ("“", "“", P, "``", "punct", 12),
        ("They", "they", "PRON", "PRP", "nsubj", 12),
        ("will", "will", "AUX", "MD", "aux", 12),
        ("lose", "lose", "VERB", "VB", "ROOT", 12),
        (".", ".", P, ".", "punct", 12),
        ("”", "”", P, "''", "punct", 12),
    ]
    doc = make_doc(rows)
    assert doc.text == "“We will win,” he said. “They will lose.”"
    assert summary(find(doc)) == [
        ("direct", "he", "said", "We will win"),
        ("direct", "he", "said", "They will lose."),
    ]


def test_said_that(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("that", "that", "SCONJ", "IN", "mark", 4),
            ("taxes", "tax", "NOUN", "NNS", "nsubj", 4),
            ("rose", "rise", "VERB", "VBD", "ccomp", 1),
            (".", ".", P, ".", "punct", 1),
        ]
    )
    assert summary(find(doc)) == [("indirect", "Smith", "said", "taxes rose")]


def test_according_to(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("According", "accord", "VERB", "VBG", "prep", 7),
            ("to", "to", "ADP", "IN", "prep", 0),
            ("the", "the", "DET", "DT", "det", 3),
            ("ministry", "ministry", "NOUN", "NN", "pobj", 1),
            (",", ",", P, ",", "punct", 7),
            ("12", "12", "NUM", "CD", "nummod", 6),
            ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 7),
            ("died", "die", "VERB", "VBD", "ROOT", 7),
            (".", ".", P, ".", "punct", 7),
        ]
    )
    assert summary(find(doc)) == [("indirect", "the ministry", "According to", "12 soldiers died")]


def test_told_reporters(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
            ("told", "tell", "VERB", "VBD", "ROOT", 1),
            ("reporters", "reporter", "NOUN", "NNS", "dobj", 1),
            ("the", "the", "DET", "DT", "det", 4),
            ("vote", "vote", "NOUN", "NN", "nsubjpass", 6),
            ("was", "be", "AUX", "VBD", "auxpass", 6),
            ("rigged", "rig", "VERB", "VBN", "ccomp", 1),
            (".", ".", P, ".", "punct", 1),
        ]
    )
    assert summary(find(doc)) == [("indirect", "Smith", "told", "the vote was rigged")]


def test_parenthetical_cue_keeps_the_whole_clause(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("economy", "economy", "NOUN", "NN", "nsubj", 6),
            (",", ",", P, ",", "punct", 4),
            ("he", "he", "PRON", "PRP", "nsubj", 4),
            ("said", "say", "VERB", "VBD", "parataxis", 6),
            (",", ",", P, ",", "punct", 4),
            ("is", "be", "AUX", "VBZ", "ROOT", 6),
            ("strong", "strong", "ADJ", "JJ", "acomp", 6),
            (".", ".", P, ".", "punct", 6),
        ]
    )
    assert summary(find(doc)) == [("indirect", "he", "said", "The economy, he said, is strong")]


def test_relative_pronoun_is_the_speaker_mention(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 8),
            (",", ",", P, ",", "punct", 0),
            ("who", "who", "PRON", "WP", "nsubj", 3),
            ("said", "say", "VERB", "VBD", "relcl", 0),
            ("that", "that", "SCONJ", "IN", "mark", 6),
            ("taxes", "tax", "NOUN", "NNS", "nsubj", 6),
            ("rose", "rise", "VERB", "VBD", "ccomp", 3),
            (",", ",", P, ",", "punct", 0),
            ("left", "leave", "VERB", "VBD", "ROOT", 8),
            (".", ".", P, ".", "punct", 8),
        ]
    )
    assert summary(find(doc)) == [("indirect", "who", "said", "taxes rose")]


@pytest.mark.parametrize("subject", ["It", "it"])
def test_expletive_subject_gives_no_speaker(make_doc: Callable[..., Doc], subject: str) -> None:
    doc = make_doc(
        [
            (subject, "it", "PRON", "PRP", "nsubjpass", 2),
            ("was", "be", "AUX", "VBD", "auxpass", 2),
            ("announced", "announce", "VERB", "VBN", "ROOT", 2),
            ("that", "that", "SCONJ", "IN", "mark", 5),
            ("taxes", "tax", "NOUN", "NNS", "nsubj", 5),
            ("rose", "rise", "VERB", "VBD", "ccomp", 2),
            (".", ".", P, ".", "punct", 2),
        ]
    )
    assert find(doc) == ()


def test_cue_inside_a_quote_is_not_a_new_speaker(make_doc: Callable[..., Doc]) -> None:
    rows = said_after("Smith")
    # “They said we will win,” Smith said.  -> one direct quote, not an indirect one by "They"
    rows = [
        rows[0],
        ("They", "they", "PRON", "PRP", "nsubj", 2),
        ("said", "say", "VERB", "VBD", "ccomp", 9),
    ] + [
        (w.lower() if w == "We" else w, lem, pos, tag, dep, {3: 2, 7: 9}.get(h, h + 2))
        for w, lem, pos, tag, dep, h in rows[1:]
    ]
    doc = make_doc(rows)
    assert doc.text == "“They said we will win,” Smith said."
    assert summary(find(doc)) == [("direct", "Smith", "said", "They said we will win")]


def test_quote_ids_are_stable_and_distinct(make_doc: Callable[..., Doc]) -> None:
    first = find(make_doc(peskov_rows()))
    again = find(make_doc(peskov_rows()))
    assert [q.quote_id for q in first] == [q.quote_id for q in again]
    assert len({q.quote_id for q in first}) == len(first)


def test_called_it_a_mistake_keeps_object_and_predicate(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
            ("called", "call", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("deal", "deal", "NOUN", "NN", "dobj", 1),
            ("a", "a", "DET", "DT", "det", 5),
            ("mistake", "mistake", "NOUN", "NN", "oprd", 1),
            (".", ".", P, ".", "punct", 1),
        ]
    )
    assert summary(find(doc)) == [("indirect", "Smith", "called", "the deal a mistake")]


def test_called_without_a_predicate_is_no_attribution(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
            ("called", "call", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("meeting", "meeting", "NOUN", "NN", "dobj", 1),
            (".", ".", P, ".", "punct", 1),
        ]
    )
    assert find(doc) == ()


def test_speaker_label_with_colon_at_paragraph_start(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Graham", "Graham", "PROPN", "NNP", "ROOT", 0),
            (":", ":", P, ":", "punct", 0),
            ("Trump", "Trump", "PROPN", "NNP", "nsubj", 3),
            ("hurts", "hurt", "VERB", "VBZ", "appos", 0),
            ("the", "the", "DET", "DT", "det", 5),
            ("party", "party", "NOUN", "NN", "dobj", 3),
            (".", ".", P, ".", "punct", 0),
        ]
    )
    assert summary(find(doc)) == [("indirect", "Graham", ":", "Trump hurts the party.")]


def test_page_label_with_colon_is_no_speaker(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Update", "update", "PROPN", "NNP", "ROOT", 0),
            (":", ":", P, ":", "punct", 0),
            ("Trump", "Trump", "PROPN", "NNP", "nsubj", 3),
            ("hurts", "hurt", "VERB", "VBZ", "appos", 0),
            ("the", "the", "DET", "DT", "det", 5),
            ("party", "party", "NOUN", "NN", "dobj", 3),
            (".", ".", P, ".", "punct", 0),
        ]
    )
    assert find(doc) == ()


def asked_rows(agent: bool) -> list[tuple[str, str, str, str, str, int]]:
    """Rubio was asked [by Smith] whether taxes rose."""
    rows = [
        ("Rubio", "Rubio", "PROPN", "NNP", "nsubjpass", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("asked", "ask", "VERB", "VBN", "ROOT", 2),
    ]
    if agent:
        rows += [("by", "by", "ADP", "IN", "agent", 2), ("Smith", "Smith", "PROPN", "NNP", "pobj", 3)]
    n = len(rows)
    rows += [
        ("whether", "whether", "SCONJ", "IN", "mark", n + 2),
        ("taxes", "tax", "NOUN", "NNS", "nsubj", n + 2),
        ("rose", "rise", "VERB", "VBD", "ccomp", 2),
        (".", ".", P, ".", "punct", 2),
    ]
    return rows


def test_passive_cue_speaks_through_its_agent(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(asked_rows(agent=True))
    assert summary(find(doc)) == [("indirect", "Smith", "asked", "whether taxes rose")]


def test_passive_cue_without_agent_has_no_speaker(make_doc: Callable[..., Doc]) -> None:
    assert find(make_doc(asked_rows(agent=False))) == ()


def test_as_x_noted_reports_the_host_clause(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("As", "as", "SCONJ", "IN", "mark", 2),
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 2),
            ("noted", "note", "VERB", "VBD", "advcl", 6),
            (",", ",", P, ",", "punct", 6),
            ("taxes", "tax", "NOUN", "NNS", "nsubj", 6),
            ("have", "have", "AUX", "VBP", "aux", 6),
            ("risen", "rise", "VERB", "VBN", "ROOT", 6),
            (".", ".", P, ".", "punct", 6),
        ]
    )
    assert summary(find(doc)) == [("indirect", "Smith", "noted", "taxes have risen")]


def test_empty_doc_and_stray_marks_give_nothing(make_doc: Callable[..., Doc]) -> None:
    assert find(make_doc([])) == ()
    doc = make_doc([("”", "”", P, "''", "ROOT", 0), ("“", "“", P, "``", "ROOT", 1)])
    assert find(doc) == ()
