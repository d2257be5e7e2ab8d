"""API load benchmark (issue 9 item 3): `eventcoder serve` on 127.0.0.1 under concurrent clients.

Builds a store with the fake coder of tests/store (``--articles`` articles, two events each, six
countries), starts ``eventcoder serve`` on a free loopback port in its own process, and runs
``--clients`` concurrent connections for ``--seconds`` against ``/events`` (pages, dyad, actor and date
filters) and ``/dyads`` (busiest dyads, dyad timelines by day/week/month). Prints requests, throughput,
p50/p99 latency and every error; exits 1 on any error. Loopback only: nothing is bound wider.

Usage:
    .venv/bin/python bench/api_load.py [--articles 20000] [--clients 50] [--seconds 60] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO / "tests")  # tests/load is the package `load`

from load.loadgen import filled_store, run_load, serving  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--db", type=Path, default=None, help="reuse (or create) this store")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="eventcoder-load-")) / "load.duckdb"
    if not db.exists():
        started = time.perf_counter()
        filled_store(db, args.articles)
        print(
            f"store: {args.articles} articles, {2 * args.articles} events in {time.perf_counter() - started:.0f} s"
        )
    with serving(db) as base:
        print(f"serving {db} at {base}; {args.clients} clients for {args.seconds:g} s", flush=True)
        result = run_load(base, clients=args.clients, seconds=args.seconds)
    print(result.summary())
    figures = {
        "requests": result.requests,
        "clients": result.clients,
        "seconds": result.seconds,
        "requests_per_second": round(result.requests / result.seconds, 1),
        "p50_ms": round(result.percentile(50), 1),
        "p99_ms": round(result.percentile(99), 1),
        "errors": sum(result.errors.values()),
        "server_errors_5xx": sum(n for code, n in result.errors.items() if code.startswith("5")),
    }
    print(json.dumps(figures, indent=1))
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
