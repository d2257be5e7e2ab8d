"""Sentences with character offsets from a parsed Doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventcoder.nlp.text import doc_text
from eventcoder.records import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc


def sentences_from_doc(doc: Doc) -> tuple[Sentence, ...]:
    """One ``Sentence`` per spaCy sentence, trimmed of surrounding whitespace.

    ``doc.text[s.start:s.end] == s.text`` holds for every sentence; sentences
    made only of whitespace are skipped, and indexes stay consecutive.
    """
    out: list[Sentence] = []
    text = doc_text(doc)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        out.append(Sentence(index=len(out), start=start, end=end, text=text[start:end]))
    return tuple(out)
