"""``eventcoder actors``: who a name resolves to, and why."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventcoder.cli.actors_cmd import actors


def test_actors_on_a_date_names_code_rule_and_entry() -> None:
    result = CliRunner().invoke(actors, ["Jens Stoltenberg", "--date", "2021-12-15"])
    assert result.exit_code == 0, result.output
    assert "IGOWSTNAT" in result.output
    assert "eventcoder.officeholders.actors.txt:" in result.output
    assert "NORGOV" not in result.output


def test_actors_without_date_lists_every_range() -> None:
    result = CliRunner().invoke(actors, ["Jens Stoltenberg"])
    assert result.exit_code == 0, result.output
    assert "2014-10-01 .. 2024-10-01" in result.output
    assert "NORGOV" in result.output and "IGOWSTNAT" in result.output


def test_actors_json_for_a_descriptor() -> None:
    result = CliRunner().invoke(
        actors, ["Ukrainian Foreign Minister Dmytro Kuleba", "--date", "2021-12-15", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["mentions"][0]["code"] == "UKRGOV"
    assert data["mentions"][0]["mention"] == "Ukrainian Foreign Minister Dmytro Kuleba"


def test_actors_bad_date_is_a_usage_error() -> None:
    result = CliRunner().invoke(actors, ["Jens Stoltenberg", "--date", "15/12/2021"])
    assert result.exit_code == 2


def test_an_undated_officeholder_joins_its_descriptor_without_ner() -> None:
    result = CliRunner().invoke(actors, ["Kremlin spokesman Dmitry Peskov", "--date", "2021-12-15"])
    assert result.exit_code == 0, result.output
    assert "'Kremlin spokesman Dmitry Peskov' -> RUSGOV (rule dictionary" in result.output
