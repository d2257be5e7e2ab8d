"""The cached actor dictionary equals one compiled from the files, and a corrupt cache is rebuilt."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.resource_cache import CACHE_ENV

NAMES = ("Vladimir Putin", "Jens Stoltenberg", "Kyiv", "United Nations", "Hamas", "Çavuşoğlu", "Beijing")


def _snapshot(dictionary: ActorDictionary) -> tuple[object, ...]:
    return (
        dictionary.entries,
        dictionary.agents,
        dictionary.problems,
        dictionary.capital_files,
        dictionary.person_files,
        dictionary._by_phrase,
        dictionary.actor_trie.size,
        dictionary.agent_trie.size,
        [dictionary.entry_for(name) for name in NAMES],
    )


def test_cached_default_equals_fresh_and_survives_corruption(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    fresh = _snapshot(ActorDictionary.default())
    assert any(fresh[-1])
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert _snapshot(ActorDictionary.default()) == fresh  # built, then written
    (path,) = tmp_path.glob("actors-*.pickle")
    assert _snapshot(ActorDictionary.default()) == fresh  # read back
    path.write_bytes(b"not a pickle")
    assert _snapshot(ActorDictionary.default()) == fresh  # rebuilt
    assert path.stat().st_size > 1000


def test_user_files_are_keyed_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    actors = tmp_path / "mine.actors.txt"
    actors.write_text("ACME_CORP [USABUS]\n", encoding="utf-8")
    assert ActorDictionary.from_options([actors]).entry_for("Acme Corp") is not None
    actors.write_text("WIDGET_INC [USABUS]\n", encoding="utf-8")
    changed = ActorDictionary.from_options([actors])
    assert changed.entry_for("Acme Corp") is None
    assert changed.entry_for("Widget Inc") is not None
