"""``MentionIndex.overlapping``: the first mention in span order that overlaps a character range."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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
