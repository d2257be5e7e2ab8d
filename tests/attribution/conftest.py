"""Hand-built parses for the attribution tests: no model needed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

NO_SPACE_BEFORE = frozenset({",", ".", ":", "”", "?", "!", "'s", "’s"})
NO_SPACE_AFTER = frozenset({"“"})

Row = tuple[str, str, str, str, str, int]  # text, lemma, POS, tag, dep, head (absolute index)


def build_doc(rows: list[Row], closing_straight: frozenset[int] = frozenset()) -> Doc:
    """A parsed Doc from rows; spaces follow English punctuation (``closing_straight``: indexes of
    straight quote tokens that close a passage, so they take no space before them)."""
    words = [r[0] for r in rows]
    spaces = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        glued = nxt is None or nxt in NO_SPACE_BEFORE or word in NO_SPACE_AFTER or (i + 1) in closing_straight
        glued = glued or (word in ('"', "''") and i not in closing_straight)
        spaces.append(not glued)
    return Doc(
        English().vocab,  # English lexical attributes: lower_, is_punct, like_num ...
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[r[5] for r in rows],
    )


@pytest.fixture
def make_doc() -> Callable[..., Doc]:
    return build_doc
