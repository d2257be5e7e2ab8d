"""A really killed ingest (SIGKILL) leaves whole batches, and a rerun gives exactly the uninterrupted result."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder.store import Store

TESTS = Path(__file__).resolve().parents[1]
ARTICLES, BATCH = 120, 10


def _fake_ingest(db: Path, *, delay: float = 0.0) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    cmd = [
        sys.executable,
        "-m",
        "store.fakes",
        str(db),
        "--articles",
        str(ARTICLES),
        "--batch-size",
        str(BATCH),
    ]
    return subprocess.Popen([*cmd, "--delay", str(delay)], stdout=subprocess.PIPE, text=True, env=env)


def _event_set(db: Path) -> list[tuple[object, ...]]:
    with Store.open(db, read_only=True) as store:
        return store.con.execute(
            "SELECT event_id, doc_id, source, target, cameo, day FROM events ORDER BY event_id"
        ).fetchall()


def _count(db: Path, table: str) -> int:
    with Store.open(db, read_only=True) as store:
        return int(store.con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])  # type: ignore[index]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    proc = _fake_ingest(db)
    proc.communicate(timeout=120)
    assert proc.returncode == 0
    return db


@pytest.mark.parametrize("kill_after", [1, 4, 9])
def test_sigkill_mid_ingest_then_rerun_gives_the_uninterrupted_events(
    reference: Path, tmp_path: Path, kill_after: int
) -> None:
    db = tmp_path / "killed.duckdb"
    proc = _fake_ingest(db, delay=0.01)
    assert proc.stdout is not None
    for _ in range(kill_after):
        assert proc.stdout.readline().startswith("committed")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    stored = _count(db, "articles")
    assert stored % BATCH == 0 and kill_after * BATCH <= stored < ARTICLES  # whole batches only
    with Store.open(db, read_only=True) as store:
        assert store.con.execute("SELECT status FROM runs").fetchall() == [("running",)]

    rerun = _fake_ingest(db)
    out, _ = rerun.communicate(timeout=120)
    assert rerun.returncode == 0 and out.strip().endswith("done")

    events = _event_set(db)
    assert events == _event_set(reference)
    assert len({e[0] for e in events}) == len(events)
    for table in ("articles", "sentences", "quotes", "rejects"):
        assert _count(db, table) == _count(reference, table), table
