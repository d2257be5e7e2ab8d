"""`eventcoder ingest` with the real pipeline: idempotent, and exact after a SIGKILL and a rerun."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli.main import _register, cli
from eventcoder.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
_register()

pytestmark = [pytest.mark.model, pytest.mark.skipif(not EXAMPLES.is_dir(), reason="examples/ is missing")]

_TABLES = ("articles", "sentences", "actors", "events", "quotes", "places", "rejects")


def _counts(db: Path) -> dict[str, int]:
    with Store.open(db, read_only=True) as store:
        return {t: int(store.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in _TABLES}  # type: ignore[index]


def _events(db: Path) -> list[tuple[object, ...]]:
    with Store.open(db, read_only=True) as store:
        return store.con.execute(
            "SELECT event_id, doc_id, source, target, cameo, day FROM events ORDER BY ALL"
        ).fetchall()


def test_ingest_examples_twice_stores_nothing_twice(nlp: object, tmp_path: Path) -> None:
    db = tmp_path / "ex.duckdb"
    first = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert first.exit_code == 0, first.output
    counts = _counts(db)
    assert counts["articles"] >= 4 and counts["sentences"] > counts["articles"]
    second = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert second.exit_code == 0 and " 0 stored" in second.stderr
    assert _counts(db) == counts
    with Store.open(db, read_only=True) as store:
        runs = store.con.execute(
            "SELECT status, model, dictionary_hashes, articles_stored FROM runs ORDER BY started_at"
        ).fetchall()
    assert [r[0] for r in runs] == ["completed", "completed"] and runs[1][3] == 0
    assert all(r[1] and "package:cameo/CAMEO.2.0.txt" in r[2] for r in runs)


def _corpus(tmp_path: Path, n: int) -> Path:
    """``n`` distinct articles made from the example texts (each one gets its own closing line)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    out = tmp_path / "corpus"
    out.mkdir()
    for i in range(n):
        (out / f"a{i:03d}.txt").write_text(
            f"{texts[i % len(texts)]}\n\nUpdate {i}: talks continue.\n", encoding="utf-8"
        )
    return out


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[str]:
    code = "from eventcoder.cli.main import main; main()"
    args = [
        "-v",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--batch-size",
        "3",
        "--date",
        "2021-12-15",
        "--no-progress",
    ]
    return subprocess.Popen([sys.executable, "-c", code, *args], stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_real_ingest_killed_then_rerun_matches_an_uninterrupted_run(nlp: object, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 12)
    reference, killed = tmp_path / "ref.duckdb", tmp_path / "killed.duckdb"
    ref = _ingest(corpus, reference)
    _, err = ref.communicate(timeout=600)
    assert ref.returncode == 0, err

    proc = _ingest(corpus, killed)
    assert proc.stderr is not None
    committed = 0
    for line in proc.stderr:
        committed += "committed" in line
        if committed == 2:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    partial = _counts(killed)["articles"]
    assert partial % 3 == 0 and 6 <= partial < 12

    rerun = _ingest(corpus, killed)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert _events(killed) == _events(reference)
    assert _counts(killed) == _counts(reference)
