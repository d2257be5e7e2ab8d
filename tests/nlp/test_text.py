"""Doc text read once: ``doc_text`` caches, ``adopt_text`` takes the parsed string only when it fits."""

from __future__ import annotations

import spacy

from eventcoder.nlp.text import adopt_text, doc_text

_NLP = spacy.blank("en")


def test_doc_text_equals_doc_text_and_is_cached() -> None:
    doc = _NLP("Turkey and the US  talked\n\nby phone. ")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_adopt_text_takes_the_parsed_string_and_refuses_another() -> None:
    text = "Ankara urged Moscow to talk.\n"
    doc = _NLP(text)
    assert adopt_text(doc, text) and doc_text(doc) is text
    other = _NLP(text)
    assert not adopt_text(other, "Ankara urged Moscow to walk.\n!")  # longer: not this doc's text
    assert not adopt_text(other, "Moscow urged Ankara to talk.\n")  # same length, other words
    assert doc_text(other) == text
    assert not adopt_text(_NLP(""), "")
