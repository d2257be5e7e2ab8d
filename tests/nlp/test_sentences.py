from __future__ import annotations

import pytest

from eventcoder.nlp import sentences_from_doc


@pytest.mark.model
def test_sentence_offsets_slice_back_to_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "  Turkey called the US on Monday.\n\nRussia denied it.  Ukraine welcomed the offer. "
    sentences = sentences_from_doc(nlp(text))
    assert [s.text for s in sentences] == [
        "Turkey called the US on Monday.",
        "Russia denied it.",
        "Ukraine welcomed the offer.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.index for s in sentences] == [0, 1, 2]


def test_sentences_skip_whitespace_only_sentences() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(
        Vocab(),
        words=["Hi", ".", "\n\n", "Bye", "."],
        spaces=[False, False, False, False, False],
        sent_starts=[True, False, True, True, False],
    )
    sentences = sentences_from_doc(doc)
    assert [s.text for s in sentences] == ["Hi.", "Bye."]
    assert all(doc.text[s.start : s.end] == s.text for s in sentences)
