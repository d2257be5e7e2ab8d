"""The pattern index and the per-slot word test only skip patterns that cannot match (issue 8 speedup).

For clause halves made of words the dictionary's patterns use, every pattern that the full
matcher accepts must be among the index's candidates and pass ``_may_match``.
"""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.coding.matcher import _match, _may_match, _Words
from eventcoder.coding.ontology import data_file
from eventcoder.coding.resources import DEFAULT_VERBS
from eventcoder.coding.verbs import VerbBlock, VerbDictionary


@cache
def _blocks() -> list[VerbBlock]:
    verbs = VerbDictionary.from_file(data_file(*DEFAULT_VERBS))
    return [b for b in verbs.blocks if len(b.patterns) >= 5]


@cache
def _vocabulary(block_index: int) -> list[str]:
    block = _blocks()[block_index]
    words = {
        w for p in block.patterns for t in (*p.pre, *p.post) for slot in t.slots for alt in slot for w in alt
    }
    return sorted(words | {"THE", "TALKS", "SAID", "WITH"})


def _words(tokens: list[str], offset: int, prep_every: int, reach: list[int]) -> _Words:
    """``reach``: how many words after each word its phrase runs on (cut at the half's end)."""
    return _Words(
        index=tuple(range(offset, offset + len(tokens))),
        text=tuple(tokens),
        lemma=tuple(t.rstrip("S") or t for t in tokens),
        prep=tuple(i % prep_every == 0 for i in range(len(tokens))),
        bare_prep=tuple(i % (2 * prep_every) == 0 for i in range(len(tokens))),
        reach=tuple(
            offset + min(i + r, len(tokens) - 1) for i, r in zip(range(len(tokens)), reach, strict=False)
        ),
        present=frozenset(tokens) | frozenset(t.rstrip("S") or t for t in tokens),
    )


@settings(max_examples=150, deadline=None)
@given(data=st.data(), prep_every=st.integers(1, 3))
def test_no_matching_pattern_is_skipped(data: st.DataObject, prep_every: int) -> None:
    block_index = data.draw(st.integers(0, len(_blocks()) - 1))
    block = _blocks()[block_index]
    # Half of the time, build a clause from one pattern's own words so that matches are common.
    vocabulary = _vocabulary(block_index)
    pattern = block.patterns[data.draw(st.integers(0, len(block.patterns) - 1))]
    seeded = [w for t in (*pattern.pre, *pattern.post) for slot in t.slots for w in slot[0]]
    pool = st.sampled_from(seeded or vocabulary) if data.draw(st.booleans()) else st.sampled_from(vocabulary)
    reach = data.draw(st.lists(st.integers(0, 10), min_size=10, max_size=10))
    before = _words(data.draw(st.lists(pool, max_size=8)), 0, prep_every, reach)
    after = _words(data.draw(st.lists(pool, max_size=10)), 20, prep_every, reach)
    candidates = set(block.index.candidates(before.present, after.present))
    for n, p in enumerate(block.patterns):
        if _match(p, before, after) is not None:
            assert n in candidates, p.text
            assert _may_match(p.pre, before) and _may_match(p.post, after), p.text


def test_the_index_keeps_pattern_order_and_drops_unrelated_patterns() -> None:
    block = max(_blocks(), key=lambda b: len(b.patterns))
    nothing = frozenset({"ZZZ"})
    found = block.index.candidates(nothing, nothing)
    assert found == sorted(found)
    assert len(found) < len(block.patterns)
    everything = frozenset(_vocabulary(_blocks().index(block)))
    assert block.index.candidates(everything, everything) == list(range(len(block.patterns)))
