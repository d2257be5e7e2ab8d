"""Compiled dictionaries: load order, later entries win, and the packaged files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventcoder.actors import ActorDictionary
from eventcoder.errors import DictionaryError

DAY = dt.date(2021, 12, 15)


def _code(dictionary: ActorDictionary, name: str, day: dt.date = DAY) -> str | None:
    entry = dictionary.entry_for(name)
    resolution = dictionary.resolve(entry, day) if entry else None
    return resolution.code.code if resolution else None


@pytest.fixture(scope="module")
def phoenix() -> ActorDictionary:
    return ActorDictionary.phoenix()


def test_phoenix_alone_has_the_stale_code_the_update_corrects(
    phoenix: ActorDictionary, default_dictionary: ActorDictionary
) -> None:
    assert _code(phoenix, "Jens Stoltenberg") == "NORGOV"
    assert _code(default_dictionary, "Jens Stoltenberg") == "IGOWSTNAT"


def test_a_dated_update_takes_over_every_synonym_of_the_phoenix_entry(
    phoenix: ActorDictionary, default_dictionary: ActorDictionary
) -> None:
    # a Phoenix-only synonym of Putin's Phoenix entry now resolves through the update's entry
    old = phoenix.entry_for("Russian President Vladimir Putin")
    assert old is not None and old.path == "Phoenix.Countries.actors.txt"
    new = default_dictionary.entry_for("Russian President Vladimir Putin")
    assert new is not None and new.path == "eventcoder.officeholders.actors.txt"


def test_undated_phrases_are_replaced_one_by_one(default_dictionary: ActorDictionary) -> None:
    # Phoenix lists MOSCOW under RUSSIAN_FEDERATION [RUS]; the capitals file makes it RUSGOV,
    # while the rest of that entry (RUSSIA, RUSSIAN) keeps RUS
    assert _code(default_dictionary, "Moscow") == "RUSGOV"
    assert _code(default_dictionary, "Russia") == "RUS"
    assert _code(default_dictionary, "Russian") == "RUS"


def test_accents_and_case_are_ignored(default_dictionary: ActorDictionary) -> None:
    assert default_dictionary.entry_for("MEVLUT CAVUSOGLU") is default_dictionary.entry_for(
        "Mevlüt Çavuşoğlu"
    )


def test_packaged_files_load_with_their_known_defects_listed(default_dictionary: ActorDictionary) -> None:
    assert len(default_dictionary.entries) > 25_000
    assert default_dictionary.problems, "the Phoenix files have malformed lines that PETRARCH also skips"
    assert all(":" in p for p in default_dictionary.problems)


def test_strict_loading_stops_at_the_first_defect(tmp_path: Path) -> None:
    bad = tmp_path / "bad.actors.txt"
    bad.write_text("A [AAA]\nB [BBB 20121207-20120802]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"bad\.actors\.txt:2"):
        ActorDictionary.from_files([bad], None, strict=True)
    assert [e.name for e in ActorDictionary.from_files([bad], None).entries] == ["A"]


def test_user_actor_files_keep_the_packaged_agents(tmp_path: Path) -> None:
    mine = tmp_path / "mine.actors.txt"
    mine.write_text("GONDOR [GON]\n", encoding="utf-8")
    dictionary = ActorDictionary.from_options([mine], None)
    assert dictionary.entry_for("Gondor") is not None
    assert dictionary.entry_for("Turkey") is None  # the packaged actors are replaced
    assert dictionary.agent_trie.size > 1000  # the packaged agents are kept


@pytest.mark.parametrize(
    ("actors", "agents"),
    [
        ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt"),
        (
            "udpetrarch_validate_2_02/PETR_Validate_actors_2_02.txt",
            "udpetrarch_validate_2_02/PETR_Validate_agents_2_02.txt",
        ),
    ],
)
def test_validation_suite_dictionaries_load_without_a_defect(actors: str, agents: str) -> None:
    from shared_data import shared_path

    folder = shared_path("cameo")
    dictionary = ActorDictionary.from_files([folder / actors], folder / agents, strict=True)
    assert dictionary.entry_for("Gondor") is not None
    gollum = dictionary.entry_for("Smeagol")
    assert gollum is not None and len(gollum.codes) == 3  # [HOB <950601] [HOBGOV ...] [HOBREB >990816]
    assert dictionary.agent_trie.size > 100
