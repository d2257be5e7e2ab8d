"""Forms added from PolNeAR's misses (issue 6): a long apposition between the closing mark and the
cue, a time the parser hung on the cue as its subject, and a lemma the model gets wrong."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from eventcoder.attribution import CueLexicon, QuoteFinder
from eventcoder.attribution.cues import cue_lemma
from eventcoder.nlp import sentences_from_doc
from eventcoder.records import Article

P = "PUNCT"
QUOTE = [
    ("“", "“", P, "``", "punct", -1),
    ("We", "we", "PRON", "PRP", "nsubj", 3),
    ("will", "will", "AUX", "MD", "aux", 3),
    ("win", "win", "VERB", "VB", "dep", -1),  # a far cue: the parser seldom hangs the quote on it
    (",", ",", P, ",", "punct", -1),
    ("”", "”", P, "''", "punct", -1),
]


def found(doc: Doc) -> list[tuple[str, str | None, str | None, str]]:
    finder = QuoteFinder(CueLexicon.default())
    quotes, _ = finder.find(doc, Article(id="t", text=doc.text), sentences_from_doc(doc), ())
    return [(q.kind.value, q.speaker, q.cue, q.content) for q in quotes]


def quote_then(frame: list[tuple[str, str, str, str, str, int]], cue_at: int) -> list[tuple[str, ...]]:
    """The quote rows, hung on the frame's cue (index ``cue_at`` in the whole sentence) by no
    complement the indirect finder reads, so only the direct frame can attribute it; then the frame."""
    head = [(t, lemma, pos, tag, dep, cue_at if h == -1 else h) for t, lemma, pos, tag, dep, h in QUOTE]
    return head + frame  # type: ignore[return-value]


def test_speaker_opening_a_long_frame_keeps_a_cue_far_after_the_mark(make_doc: Callable[..., Doc]) -> None:
    frame = [
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 19),  # 6
        (",", ",", P, ",", "punct", 6),
        ("67", "67", "NUM", "CD", "appos", 6),
        (",", ",", P, ",", "punct", 6),
        ("a", "a", "DET", "DT", "det", 12),
        ("retired", "retired", "ADJ", "JJ", "amod", 12),
        ("teacher", "teacher", "NOUN", "NN", "appos", 6),  # 12
        ("in", "in", "ADP", "IN", "prep", 12),
        ("the", "the", "DET", "DT", "det", 15),
        ("town", "town", "NOUN", "NN", "pobj", 13),
        ("of", "of", "ADP", "IN", "prep", 15),
        ("Allentown", "Allentown", "PROPN", "NNP", "pobj", 16),
        (",", ",", P, ",", "punct", 6),
        ("said", "say", "VERB", "VBD", "ROOT", 19),  # 19: thirteen tokens after the mark
        (".", ".", P, ".", "punct", 19),
    ]
    doc = make_doc(quote_then(frame, 19))
    assert found(doc) == [("direct", "Smith", "said", "We will win")]


def test_a_far_cue_whose_speaker_stands_late_is_not_taken(make_doc: Callable[..., Doc]) -> None:
    """Past the usual window the speaker must open the frame: otherwise the cue may frame another
    sentence part, and the quote stays unattributed rather than guessed."""
    frame = [
        ("on", "on", "ADP", "IN", "prep", 3),  # 6
        ("a", "a", "DET", "DT", "det", 8),
        ("banner", "banner", "NOUN", "NN", "pobj", 6),
        ("in", "in", "ADP", "IN", "prep", 8),
        ("the", "the", "DET", "DT", "det", 11),
        ("town", "town", "NOUN", "NN", "pobj", 9),
        ("of", "of", "ADP", "IN", "prep", 11),
        ("Allentown", "Allentown", "PROPN", "NNP", "pobj", 12),
        ("in", "in", "ADP", "IN", "prep", 13),
        ("Pennsylvania", "Pennsylvania", "PROPN", "NNP", "pobj", 14),
        (",", ",", P, ",", "punct", 18),
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 18),  # 17
        ("wrote", "write", "VERB", "VBD", "ROOT", 18),  # 18: twelve tokens after the mark
        (".", ".", P, ".", "punct", 18),
    ]
    doc = make_doc(quote_then(frame, 18))
    assert [q for q in found(doc) if q[0] == "direct"] == []


def test_a_time_the_parser_made_a_subject_is_not_the_speaker(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Monday", "Monday", "PROPN", "NNP", "nsubj", 3),
            (",", ",", P, ",", "punct", 3),
            ("Obama", "Obama", "PROPN", "NNP", "nsubj", 3),
            ("said", "say", "VERB", "VBD", "ROOT", 3),
            ("the", "the", "DET", "DT", "det", 5),
            ("talks", "talk", "NOUN", "NNS", "nsubj", 7),
            ("would", "would", "AUX", "MD", "aux", 7),
            ("continue", "continue", "VERB", "VB", "ccomp", 3),
            (".", ".", P, ".", "punct", 3),
        ]
    )
    doc.ents = [doc.char_span(0, 6, label="DATE"), doc.char_span(8, 13, label="PERSON")]  # type: ignore[list-item]
    assert doc.text.startswith("Monday, Obama said")
    assert found(doc) == [("indirect", "Obama", "said", "the talks would continue")]


def test_hope_is_a_cue_though_the_model_lemmatizes_hoped_as_hop(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
            ("hoped", "hop", "VERB", "VBD", "ROOT", 1),  # en_core_web_sm's lemma
            ("the", "the", "DET", "DT", "det", 3),
            ("talks", "talk", "NOUN", "NNS", "nsubj", 5),
            ("would", "would", "AUX", "MD", "aux", 5),
            ("continue", "continue", "VERB", "VB", "ccomp", 1),
            (".", ".", P, ".", "punct", 1),
        ]
    )
    assert cue_lemma(doc[1]) == "hope" and cue_lemma(doc[0]) == "smith"
    assert found(doc) == [("indirect", "Smith", "hoped", "the talks would continue")]


def test_phrasal_cue_from_the_measured_additions(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
            ("pointed", "point", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "ADP", "IN", "prep", 1),
            ("the", "the", "DET", "DT", "det", 5),
            ("rising", "rise", "VERB", "VBG", "amod", 5),
            ("prices", "price", "NOUN", "NNS", "pobj", 2),
            (".", ".", P, ".", "punct", 1),
        ]
    )
    assert found(doc) == [("indirect", "Smith", "pointed", "the rising prices")]
