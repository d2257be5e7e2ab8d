"""Crash-safety benchmark (issue 9 item 2): SIGKILL the real `eventcoder ingest` at random points.

Packs ``--articles`` real news articles (shared news corpus; without it, sentences of ``examples/``)
into JSONL files, ingests them once uninterrupted, then ``--kills`` times kills an ingest of the same
inputs into a second store at a random point (after 0..``--max-batches`` committed batches plus a
random wait), reruns, and lets a last run finish. Prints the seed, the kills that landed, and the
comparison with the uninterrupted store: events missing / extra, duplicate events and articles, and
row counts per table. Exits 1 when the stores differ.

Usage:
    .venv/bin/python bench/crash_loop.py [--articles 2000] [--kills 5] [--batch-size 20] [--seed N]
                                         [--coder real|fake] [--workdir /tmp/eventcoder-crash]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO / "tests")  # tests/faults is the package `faults`

from eventcoder.ingest import LanguageDetector  # noqa: E402
from faults.corpus import example_bases, shared_bases, usable_bases  # noqa: E402
from faults.kill_loop import compare, kill_loop, run_to_end  # noqa: E402
from shared_data import SHARED  # noqa: E402


def _write_inputs(root: Path, n: int) -> int:
    corpus = SHARED / "news_corpus" / "articles.jsonl"
    detector = LanguageDetector()
    if corpus.exists():
        bases = usable_bases(shared_bases(corpus, limit=2 * n, seed=1), detector, limit=n)
    else:
        print(f"notice: {corpus} is absent; using sentences of examples/", file=sys.stderr)
        bases = usable_bases(example_bases(), detector, limit=n)
    root.mkdir(parents=True)
    for start in range(0, len(bases), 250):
        lines = [
            json.dumps({"id": b.key, "title": b.title, "text": b.text}) for b in bases[start : start + 250]
        ]
        (root / f"part{start // 250:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(bases)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=20)
    parser.add_argument("--max-batches", type=int, default=3)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--coder", choices=("real", "fake"), default="real")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/eventcoder-crash"))
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    print(f"seed: {seed}", flush=True)
    shutil.rmtree(args.workdir, ignore_errors=True)
    n = _write_inputs(args.workdir / "inputs", args.articles)
    os.environ["PYTHONPATH"] = os.pathsep.join([str(REPO / "tests"), os.environ.get("PYTHONPATH", "")])
    base = (
        [sys.executable, "-m", "faults.fake_ingest"]
        if args.coder == "fake"
        else [str(Path(sys.executable).with_name("eventcoder"))]
    )

    def command(db: Path) -> list[str]:
        return [*base, "-v", "ingest", str(args.workdir / "inputs"), "--db", str(db), "--no-progress",
                "--batch-size", str(args.batch_size), "--date", "2024-01-15", "--workers", "1"]  # fmt: skip

    started = time.perf_counter()
    reference = args.workdir / "reference.duckdb"
    done = run_to_end(command, reference, timeout=7200)
    print(f"uninterrupted run: {n} articles in {time.perf_counter() - started:.0f} s, exit {done.returncode}")
    killed = args.workdir / "killed.duckdb"
    started = time.perf_counter()
    report = kill_loop(
        command, killed, kills=args.kills, seed=seed, max_batches=args.max_batches, max_wait_s=5
    )
    final = run_to_end(command, killed, timeout=7200)
    print(
        f"killed {report.kills} times (articles stored at each kill: {report.committed_before_kill}),"
        f" {report.finished_early} runs ended before the kill; final run exit {final.returncode};"
        f" {time.perf_counter() - started:.0f} s"
    )
    result = compare(killed, reference)
    figures = {
        "seed": seed,
        "articles": n,
        "kills": report.kills,
        "events_missing": result.events_missing,
        "events_extra": result.events_extra,
        "duplicate_event_ids": result.duplicate_event_ids,
        "duplicate_event_ids_in_reference": result.duplicate_event_ids_reference,
        "duplicate_articles": result.duplicate_articles,
        "table_counts": result.table_counts,
    }
    print(json.dumps(figures, indent=1))
    print("IDENTICAL" if result.identical else "DIFFERENT")
    return 0 if result.identical and done.returncode == 0 and final.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
