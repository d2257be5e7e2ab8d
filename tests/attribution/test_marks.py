"""Quoted passages found from the characters alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventcoder.attribution.marks import QuotedIndex, QuotedSpan, quoted_spans


def contents(text: str, sentences: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[q.content[0] : q.content[1]] for q in quoted_spans(text, sentences or [])]


def test_curly_quote_content_excludes_marks_and_the_framing_comma() -> None:
    assert contents("“We will win,” Smith said.") == ["We will win"]


def test_straight_quotes_alternate_open_and_close() -> None:
    assert contents('"One," he said. "Two."') == ["One", "Two."]


def test_double_apostrophe_marks_of_wire_archives() -> None:
    text = "''We are ready,'' Mr. Smith said. Obama's aide didn't."
    assert contents(text) == ["We are ready"]


def test_quote_spanning_sentences_is_one_passage() -> None:
    assert contents("“We will win. They will lose,” Smith said.") == ["We will win. They will lose"]


def test_unclosed_quote_stops_at_the_end_of_its_sentence() -> None:
    text = "He said: “Russia is not a party. Ukraine welcomed it. “We welcome efforts,” Kuleba said."
    sentences = [(0, 32), (33, 53), (54, len(text))]
    found = quoted_spans(text, sentences)
    assert [text[q.content[0] : q.content[1]] for q in found] == [
        "Russia is not a party.",
        "We welcome efforts",
    ]
    assert [q.closed for q in found] == [False, True]


def test_multi_paragraph_quote_continues_in_the_next_paragraph() -> None:
    text = "He said: “First part.\n\n“Second part,” he added."
    found = quoted_spans(text)
    assert [text[q.content[0] : q.content[1]] for q in found] == ["First part.", "Second part"]
    assert [q.continued for q in found] == [False, True]


def test_apostrophes_are_not_quote_marks() -> None:
    assert contents("Turkey’s minister said it’s over.") == []


PIECES = st.sampled_from(['"', "“", "”", "''", "'", " ", "\n", "\n\n", ".", ",", "word", "He said", "x"])


@given(st.lists(PIECES, max_size=30))
def test_content_spans_lie_inside_the_text_and_inside_their_marks(pieces: list[str]) -> None:
    text = "".join(pieces)
    for q in quoted_spans(text):
        start, end = q.content
        assert 0 <= q.outer[0] <= start < end <= q.outer[1] <= len(text)
        content = text[start:end]
        assert content == content.strip()
        assert not content.endswith(",")


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=8),
    st.integers(-2, 80),
)
def test_quoted_index_agrees_with_a_scan(spans: list[tuple[int, int]], offset: int) -> None:
    quotes = [QuotedSpan(open_at=s, close_at=s + n, content=(s + 1, s + n)) for s, n in spans]
    scan = any(q.outer[0] <= offset < q.outer[1] for q in quotes)
    assert (offset in QuotedIndex(quotes)) is scan
