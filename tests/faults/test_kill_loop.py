"""Issue 9 item 2: SIGKILL `eventcoder ingest` at random points, rerun each time: the uninterrupted result.

The CLI, readers and store are the real ones; the coder is the fake of tests/store (the real pipeline's
version of this loop is ``bench/faults.py crash``; tests/store/test_ingest_real.py kills the real
pipeline once). The seed is printed and can be fixed with ``EVENTCODER_KILL_SEED``.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

import pytest

from faults.kill_loop import compare, count_rows, kill_loop, run_to_end
from store.fakes import make_article

TESTS = Path(__file__).resolve().parents[1]
ARTICLES, BATCH, BROKEN_EVERY = 2000, 50, 17
DELAY_S = 0.002  # per article: a batch takes ~0.1 s on any machine, so random kills land mid-run


def _inputs(root: Path) -> Path:
    """2,000 articles in four JSONL files, with a broken line after every 17th record."""
    root.mkdir()
    for part in range(4):
        lines = []
        for n in range(part * ARTICLES // 4, (part + 1) * ARTICLES // 4):
            a = make_article(n)
            lines.append(json.dumps({"id": a.id, "text": a.text, "date": a.date}))
            if n % BROKEN_EVERY == 0:
                lines.append('{"id": "broken')
        (root / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _command(inputs: Path) -> object:
    def command(db: Path) -> list[str]:
        return [sys.executable, "-m", "faults.fake_ingest", "--delay", str(DELAY_S), "-v", "ingest", str(inputs), "--db", str(db),
                "--batch-size", str(BATCH), "--no-progress", "--workers", "1"]  # fmt: skip

    return command


@pytest.mark.slow
def test_random_sigkills_then_reruns_give_the_uninterrupted_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]))
    seed = int(os.environ.get("EVENTCODER_KILL_SEED") or random.SystemRandom().randrange(10**6))
    with capsys.disabled():
        print(f"\nkill loop seed: {seed} (EVENTCODER_KILL_SEED={seed} repeats it)")
    command = _command(_inputs(tmp_path / "inputs"))
    reference = tmp_path / "reference.duckdb"
    done = run_to_end(command, reference, timeout=300)  # type: ignore[arg-type]
    assert done.returncode == 0, done.stderr
    assert count_rows(reference, "articles") == ARTICLES

    killed = tmp_path / "killed.duckdb"
    report = kill_loop(command, killed, kills=6, seed=seed, max_batches=3, max_wait_s=0.3)  # type: ignore[arg-type]
    assert report.kills >= 6, f"seed {seed}: only {report.kills} kills landed"
    assert len(set(report.committed_before_kill)) > 1, f"seed {seed}: every kill came at the same point"
    final = run_to_end(command, killed, timeout=300)  # type: ignore[arg-type]
    assert final.returncode == 0, final.stderr

    result = compare(killed, reference)
    assert result.identical, f"seed {seed}: {result}"
    assert result.table_counts["articles"] == (ARTICLES, ARTICLES)
