"""``MentionIndex``: the first mention that overlaps a character range; the mentions of a phrase."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from eventcoder.coding.roles import MentionIndex
from eventcoder.records import Actor


def _actor(start: int, length: int) -> Actor:
    return Actor(code="USA", name="x", mention="x", span=(start, start + length), rule="test")


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15)), max_size=12),
    st.integers(0, 80),
    st.integers(1, 10),
)
def test_overlapping_is_the_first_overlapping_mention_in_span_order(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    """Mentions may nest or overlap each other; the bisect answer equals a scan's."""
    index = MentionIndex([_actor(s, n) for s, n in spans])
    end = start + length
    scan = next((m for m in index.mentions if m.span[0] < end and start < m.span[1]), None)
    assert index.overlapping(start, end) is scan


def test_no_mentions_no_overlap() -> None:
    assert MentionIndex([]).overlapping(0, 10) is None


def test_a_name_coordinated_with_any_word_of_a_mention_is_in_the_phrase() -> None:
    # "Barack Obama and Vladimir Putin" parsed with "Barack" as the head, "Putin" a conjunct of "Obama"
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Barack", "Obama", "and", "Vladimir", "Putin", "met"],
        pos=["ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"],
        deps=["nsubj", "pobj", "cc", "compound", "conj", "ROOT"],
        heads=[5, 0, 1, 4, 1, 5],
    )
    obama = Actor(code="USAGOV", name="Obama", mention="Barack Obama", span=(0, 12), rule="test")
    putin = Actor(code="RUSGOV", name="Putin", mention="Vladimir Putin", span=(17, 31), rule="test")
    assert MentionIndex([obama, putin]).in_phrase_all(doc[0]) == [obama, putin]
