"""The fast loader and the on-disk cache give the same gazetteer as a fresh, uncached build."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer, name_key
from eventcoder.resource_cache import CACHE_ENV

TEXTS = (
    "Troops moved from Kyiv to the Donbas while talks went on in Washington, D.C. and Geneva.",
    "Protesters gathered in São Paulo; police in Gainesville, Va., and Lagos reported arrests.",
    "The European Union and the UK met Russian and Chinese envoys near the South China Sea.",
)


def _regex_name_key(name: str) -> str:
    """The original definition of ``name_key`` (before the str.split fast path)."""
    key = name.replace("’", "'").replace(".", "").casefold()
    key = re.sub(r"\s+", " ", key).strip()
    return key[4:] if key.startswith("the ") else key


@given(
    st.text(alphabet=st.sampled_from(list("aB. ’'\t\n\u00a0\u2003\u3000\x1c\x85Ißİ-the")) | st.characters())
)
def test_name_key_equals_the_regex_definition(name: str) -> None:
    assert name_key(name) == _regex_name_key(name)


def test_entry_pickles_to_an_equal_entry() -> None:
    entry = GazEntry("Kyiv", Feature.CITY, 50.45, 30.52, "UKR", "12", 703448, 2952301, True, True)
    assert pickle.loads(pickle.dumps(entry)) == entry


def _snapshot(gazetteer: Gazetteer) -> tuple[object, ...]:
    return (
        gazetteer._index,
        gazetteer.demonyms,
        gazetteer.abbreviations,
        gazetteer._countries,
        gazetteer.abbreviation_pattern.pattern,
        sorted(gazetteer._automaton.keys()),
        [list(gazetteer.find(text)) for text in TEXTS],
        [[gazetteer.candidates(w) for w in re.findall(r"[\w.’']+", text)] for text in TEXTS],
    )


@pytest.fixture(scope="module")
def fresh() -> Gazetteer:
    return Gazetteer.load(min_city_population=15000, use_cache=False)


def test_cached_gazetteer_equals_a_fresh_build(
    fresh: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    first = Gazetteer.load(min_city_population=15000)  # builds and writes the cache
    files = list(tmp_path.glob("gazetteer-*.pickle"))
    assert len(files) == 1
    second = Gazetteer.load(min_city_population=15000)  # reads it back
    assert second is not first
    assert _snapshot(second) == _snapshot(fresh) == _snapshot(first)


def test_corrupt_cache_is_rebuilt(fresh: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    Gazetteer.load(min_city_population=15000)
    (path,) = tmp_path.glob("gazetteer-*.pickle")
    path.write_bytes(path.read_bytes()[:1000])  # truncated, as by a crash mid-write without os.replace
    rebuilt = Gazetteer.load(min_city_population=15000)
    assert _snapshot(rebuilt) == _snapshot(fresh)
    assert pickle.loads(path.read_bytes()).candidates("Kyiv") == fresh.candidates("Kyiv")
    assert not list(tmp_path.glob("*.tmp"))


def test_cache_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    Gazetteer.load(min_city_population=15000)
    assert not list(tmp_path.rglob("*.pickle"))
