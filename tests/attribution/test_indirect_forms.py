"""Indirect forms added for PolNeAR recall (issue 6): frames hung on their content,
relative clauses, "it" as a speaker, stance cues and conversational belief cues."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc

from eventcoder.attribution import CueLexicon, QuoteFinder
from eventcoder.attribution.found import cue_at
from eventcoder.nlp import sentences_from_doc
from eventcoder.records import Article

P = "PUNCT"

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def found(doc: Doc) -> list[tuple[str, str | None, str | None, str]]:
    finder = QuoteFinder(CueLexicon.default())
    quotes, _ = finder.find(doc, Article(id="t", text=doc.text), sentences_from_doc(doc), ())
    return [(q.kind.value, q.speaker, q.cue, q.content) for q in quotes]


def test_closing_frame_parsed_as_conj_reports_the_clause_before_it(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("People", "people", "NOUN", "NNS", "nsubj", 2),
            ("should", "should", "AUX", "MD", "aux", 2),
            ("provide", "provide", "VERB", "VB", "ROOT", 2),
            ("evidence", "evidence", "NOUN", "NN", "dobj", 2),
            (",", ",", P, ",", "punct", 6),
            ("he", "he", "PRON", "PRP", "nsubj", 6),
            ("told", "tell", "VERB", "VBD", "conj", 2),
            ("reporters", "reporter", "NOUN", "NNS", "dobj", 6),
            (".", ".", P, ".", "punct", 6),
        ]
    )
    assert found(doc) == [("indirect", "he", "told", "People should provide evidence")]


def test_opening_frame_parsed_as_ccomp_reports_the_clause_after_it(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Trump", "Trump", "PROPN", "NNP", "nsubj", 1),
            ("told", "tell", "VERB", "VBD", "ccomp", 6),
            ("CNN", "CNN", "PROPN", "NNP", "dobj", 1),
            (",", ",", P, ",", "punct", 6),
            ("his", "his", "PRON", "PRP$", "poss", 5),
            ("policy", "policy", "NOUN", "NN", "nsubj", 6),
            ("works", "work", "VERB", "VBZ", "ROOT", 6),
            (".", ".", P, ".", "punct", 6),
        ]
    )
    assert found(doc) == [("indirect", "Trump", "told", "his policy works")]


def test_frame_inside_a_relative_clause_reports_what_follows_it(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Roffman", "Roffman", "PROPN", "NNP", "nsubj", 1),
            ("signed", "sign", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("letter", "letter", "NOUN", "NN", "dobj", 1),
            ("that", "that", "PRON", "WDT", "nsubjpass", 8),
            ("he", "he", "PRON", "PRP", "nsubj", 6),
            ("said", "say", "VERB", "VBD", "relcl", 3),
            ("was", "be", "AUX", "VBD", "auxpass", 8),
            ("drafted", "draft", "VERB", "VBN", "ccomp", 6),
            ("by", "by", "ADP", "IN", "agent", 8),
            ("lawyers", "lawyer", "NOUN", "NNS", "pobj", 9),
            (".", ".", P, ".", "punct", 1),
        ]
    )
    assert found(doc) == [("indirect", "he", "said", "was drafted by lawyers")]


def test_it_said_names_a_body_as_speaker(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("It", "it", "PRON", "PRP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("officials", "official", "NOUN", "NNS", "nsubj", 3),
            ("lied", "lie", "VERB", "VBD", "ccomp", 1),
            (".", ".", P, ".", "punct", 1),
        ]
    )
    assert found(doc) == [("indirect", "It", "said", "officials lied")]


def _hope(subject: str, tag: str) -> list[tuple[str, str, str, str, str, int]]:
    return [
        (
            subject,
            subject.lower(),
            "PROPN" if subject[0].isupper() and subject != "I" else "PRON",
            tag,
            "nsubj",
            1,
        ),
        ("hopes" if tag == "NNP" else "hope", "hope", "VERB", "VBZ" if tag == "NNP" else "VBP", "ROOT", 1),
        ("taxes", "tax", "NOUN", "NNS", "nsubj", 3),
        ("fall", "fall", "VERB", "VBP", "ccomp", 1),
        (".", ".", P, ".", "punct", 1),
    ]


def test_belief_cue_needs_a_third_party(make_doc: Callable[..., Doc]) -> None:
    assert found(make_doc(_hope("Smith", "NNP"))) == [("indirect", "Smith", "hopes", "taxes fall")]
    assert found(make_doc(_hope("I", "PRP"))) == []
    assert found(make_doc(_hope("we", "PRP"))) == []


def test_stance_cue_reports_its_object_unless_bare(make_doc: Callable[..., Doc]) -> None:
    finite = make_doc(
        [
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
            ("supports", "support", "VERB", "VBZ", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("ban", "ban", "NOUN", "NN", "dobj", 1),
            (".", ".", P, ".", "punct", 1),
        ]
    )
    assert found(finite) == [("indirect", "Smith", "supports", "the ban")]
    bare = make_doc(
        [
            ("Smith", "Smith", "PROPN", "NNP", "nsubj", 2),
            ("may", "may", "AUX", "MD", "aux", 2),
            ("support", "support", "VERB", "VB", "ROOT", 2),
            ("the", "the", "DET", "DT", "det", 4),
            ("ban", "ban", "NOUN", "NN", "dobj", 2),
            (".", ".", P, ".", "punct", 2),
        ]
    )
    assert found(bare) == []


@pytest.mark.model
def test_the_cue_prefilter_passes_every_token_that_opens_a_cue(nlp: Any) -> None:
    """``CueLexicon.may_open`` (and "according") is a safe first test: no cue is skipped."""
    lexicon = CueLexicon.default()
    text = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")
    text += " According to officials, Kyiv's claim that Moscow lied was rejected. He called for talks."
    skipped = [
        t.text
        for t in nlp(text)
        if not lexicon.may_open(t) and t.lower_ != "according" and cue_at(t, lexicon) is not None
    ]
    opened = [t.text for t in nlp(text) if cue_at(t, lexicon) is not None]
    assert skipped == [] and len(opened) >= 10
