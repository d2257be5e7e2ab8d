"""Fault corpus benchmark (issue 9 item 1): 10,000 inputs, >= 5% bad, through the real `eventcoder ingest`.

Builds the corpus of ``tests/faults/corpus.py`` from the shared news corpus (BBC + Reuters,
``news_corpus/articles.jsonl``; without it, from ``examples/``, with a notice), ingests it with the real
pipeline in a subprocess (the CLI as a user runs it), and compares the store with the manifest: every
bad input a reject with the expected reason, every good article stored once and coded, duplicates not
stored again. Prints the figures for docs/reliability.md and exits 1 when anything differs.

Usage:
    .venv/bin/python bench/faults.py [--bases 9000] [--bad 620] [--duplicates 600] [--specials 300]
                                     [--workdir /tmp/eventcoder-faults] [--workers 1]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO / "tests")  # tests/faults, not this file, is the package `faults`

from eventcoder.ingest import LanguageDetector  # noqa: E402
from faults.corpus import Kind, build_corpus, example_bases, shared_bases, usable_bases  # noqa: E402
from faults.verify import verify  # noqa: E402
from shared_data import SHARED  # noqa: E402


def ingest_command(coder: str) -> list[str]:
    """The `eventcoder` command, or the same CLI with the fake coder (``tests/faults/fake_ingest.py``)."""
    if coder == "fake":
        return [sys.executable, "-m", "faults.fake_ingest"]
    return [str(Path(sys.executable).with_name("eventcoder"))]


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO / "tests"), os.environ.get("PYTHONPATH", "")]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bases", type=int, default=9000, help="distinct good articles")
    parser.add_argument("--bad", type=int, default=620)
    parser.add_argument("--duplicates", type=int, default=900)
    parser.add_argument("--specials", type=int, default=300, help="good articles as single odd files")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/eventcoder-faults"))
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--coder",
        choices=("real", "fake"),
        default="real",
        help="real: the spaCy pipeline; fake: tests/store's fake coder (readers and store stay real)",
    )
    args = parser.parse_args()

    corpus = SHARED / "news_corpus" / "articles.jsonl"
    detector = LanguageDetector()
    started = time.perf_counter()
    if corpus.exists():
        bases = usable_bases(shared_bases(corpus, limit=2 * args.bases), detector, limit=args.bases)
    else:
        print(f"notice: {corpus} is absent; building from examples/ (few bases)", file=sys.stderr)
        bases = usable_bases(example_bases(), detector, limit=args.bases)
    shutil.rmtree(args.workdir, ignore_errors=True)
    manifest = build_corpus(
        args.workdir / "inputs",
        bases,
        bad=args.bad,
        duplicates=min(args.duplicates, 10 * len(bases)),
        specials=min(args.specials, len(bases) // 3),
    )
    built = time.perf_counter() - started
    print(
        f"corpus: {manifest.inputs} inputs ({len(manifest.of(Kind.BAD))} bad = "
        f"{len(manifest.of(Kind.BAD)) / manifest.inputs:.1%}, {len(manifest.of(Kind.DUPLICATE))} duplicates, "
        f"{len(manifest.stored_bases)} distinct good articles) built in {built:.0f} s",
        flush=True,
    )

    db = args.workdir / "faults.duckdb"
    cmd = [
        *ingest_command(args.coder),
        "ingest",
        str(args.workdir / "inputs"),
        "--db",
        str(db),
        "--no-progress",
        "--workers",
        str(args.workers),
    ]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=_env())
    seconds = time.perf_counter() - started
    print(proc.stderr.strip())
    verdict = verify(manifest, db, coded=args.coder == "real")
    figures = {
        "inputs": verdict.inputs,
        "bad_inputs": verdict.bad_inputs,
        "rejects_stored": verdict.rejects_stored,
        "rejects_with_expected_reason": verdict.rejects_as_expected,
        "good_articles": verdict.good_bases,
        "articles_stored": verdict.articles_stored,
        "good_articles_stored_once": verdict.bases_stored_once,
        "duplicates_offered": verdict.duplicates_offered,
        "events": verdict.events,
        "coder": args.coder,
        "exit_code": proc.returncode,
        "ingest_seconds": round(seconds, 1),
        "labels": dict(sorted(manifest.labels().items())),
    }
    print(json.dumps(figures, indent=1))
    for problem in verdict.problems:
        print("PROBLEM:", problem)
    return 0 if verdict.ok and proc.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
