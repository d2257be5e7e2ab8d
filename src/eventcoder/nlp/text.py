"""The text of a parsed document, read once per document.

spaCy rebuilds ``Doc.text`` on every access by joining the text of each token (a Python-level
loop that creates a ``Token`` object per token); the stages after the parse read the text many
times per article, and before this helper that loop was the largest single cost after parsing.
``doc_text`` keeps the text in ``Doc.user_data`` the first time it is read. A document's text
never changes (retokenizing keeps it), so the cached copy cannot go stale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "eventcoder.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def adopt_text(doc: Doc, text: str) -> bool:
    """Take ``text``, the string ``doc`` was parsed from, as its text, sparing the rebuild.

    Checked cheaply (the last token ends where ``text`` ends, and the first and last tokens
    are where ``text`` has them); a text that does not fit is ignored. Returns whether it fit.
    """
    if len(doc) == 0:
        return False
    first, last = doc[0], doc[-1]
    fits = (
        last.idx + len(last.text_with_ws) == len(text)
        and text.startswith(first.text, first.idx)
        and text.startswith(last.text, last.idx)
    )
    if fits:
        doc.user_data[_KEY] = text
    return fits


__all__ = ["adopt_text", "doc_text"]
