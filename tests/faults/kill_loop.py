"""Kill an ingest with SIGKILL at random points, rerun it each time, and compare with an uninterrupted run.

``kill_loop`` drives any ingest command that logs ``batch N committed`` lines on stderr (the real
``eventcoder -v ingest``, or ``python -m faults.fake_ingest`` with the fake coder): each round starts the
command on the same store, waits for a random number of committed batches and a random fraction of a
batch more (so the kill lands while parsing, while writing a batch, at start-up or never), and kills it.
After the rounds, one run completes the store. ``compare`` then checks it against a reference store.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from eventcoder.store import Store

Command = Callable[[Path], list[str]]
_TABLES = ("articles", "sentences", "actors", "events", "quotes", "places", "rejects")


@dataclass(slots=True)
class KillReport:
    seed: int
    kills: int = 0  # runs really killed while running
    finished_early: int = 0  # runs that ended before the kill came
    committed_before_kill: list[int] = field(default_factory=list)  # articles stored at each kill


def run_to_end(command: Command, db: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(db), capture_output=True, text=True, timeout=timeout, check=False)


def kill_loop(
    command: Command,
    db: Path,
    *,
    kills: int,
    seed: int,
    max_batches: int = 2,
    max_wait_s: float = 0.5,
    timeout: float = 600,
) -> KillReport:
    """Kill ``command`` on ``db`` until it was killed ``kills`` times while running, then let it finish."""
    rng = random.Random(seed)
    report = KillReport(seed)
    rounds = 0
    while report.kills < kills and rounds < 4 * kills:
        rounds += 1
        proc = subprocess.Popen(command(db), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        assert proc.stderr is not None
        wait_batches, wait_s = rng.randint(0, max_batches), rng.uniform(0, max_wait_s)
        seen = 0
        deadline = time.monotonic() + timeout
        while seen < wait_batches and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            seen += "committed" in line
        time.sleep(wait_s)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=60)
            report.kills += 1
            report.committed_before_kill.append(count_rows(db, "articles") if db.exists() else 0)
        else:
            proc.stderr.read()
            report.finished_early += 1
        proc.stderr.close()
    return report


def count_rows(db: Path, table: str) -> int:
    with Store.open(db, read_only=True) as store:
        row = store.con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True, slots=True)
class Comparison:
    events_missing: int  # event ids (with multiplicity) of the reference that this store lacks
    events_extra: int  # and the other way round
    duplicate_event_ids: int  # ids stored more than once here ...
    duplicate_event_ids_reference: int  # ... and in the reference (the coder's own, not the crash's)
    duplicate_articles: int
    table_counts: dict[str, tuple[int, int]]  # table -> (this store, reference)

    @property
    def identical(self) -> bool:
        counts_equal = all(a == b for a, b in self.table_counts.values())
        return counts_equal and not (self.events_missing or self.events_extra or self.duplicate_articles)


def compare(db: Path, reference: Path) -> Comparison:
    """Event-id multisets, duplicates and row counts of ``db`` against ``reference``."""
    mine, ref = Counter(_event_ids(db)), Counter(_event_ids(reference))
    with Store.open(db, read_only=True) as store:
        dup_articles = store.con.execute(
            "SELECT count(*) - count(DISTINCT content_hash) FROM articles"
        ).fetchone()
    return Comparison(
        events_missing=sum((ref - mine).values()),
        events_extra=sum((mine - ref).values()),
        duplicate_event_ids=sum(n - 1 for n in mine.values()),
        duplicate_event_ids_reference=sum(n - 1 for n in ref.values()),
        duplicate_articles=int(dup_articles[0]) if dup_articles else -1,
        table_counts={t: (count_rows(db, t), count_rows(reference, t)) for t in _TABLES},
    )


def _event_ids(db: Path) -> list[str]:
    with Store.open(db, read_only=True) as store:
        return [r[0] for r in store.con.execute("SELECT event_id FROM events").fetchall()]
