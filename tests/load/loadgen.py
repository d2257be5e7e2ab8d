"""A bounded load test of `eventcoder serve` on loopback: N async clients for S seconds.

``filled_store(path, articles)`` writes a store with the fake coder of tests/store (two events an
article among six countries); ``serving(db)`` runs ``eventcoder serve`` on 127.0.0.1 in its own
process; ``run_load(base_url, clients, seconds)`` sends ``/events`` (pages, dyad and actor filters) and
``/dyads`` (busiest dyads and TUR–USA timelines) requests from ``clients`` concurrent clients, each with
its own connection, and returns latencies and every non-200 answer or transport error.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import ssl
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from eventcoder.store import RunInfo, Store, ingest
from store.fakes import FakePipeline, make_items

COUNTRIES = ("TUR", "USA", "RUS", "UKR", "FRA", "DEU")


def filled_store(path: Path, articles: int) -> Path:
    with Store.open(path) as store:
        ingest(store, make_items(articles), FakePipeline(), run=RunInfo(command="load"), batch_size=500)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(db: Path, timeout: float = 120) -> Iterator[str]:
    """``eventcoder serve`` on a free loopback port, for the duration of the block; yields its base URL."""
    port = free_port()
    exe = str(Path(sys.executable).with_name("eventcoder"))
    proc = subprocess.Popen(
        [exe, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"eventcoder serve did not start (exit {proc.poll()})")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@dataclass(slots=True)
class LoadResult:
    seconds: float
    clients: int
    latencies_ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    by_route: Counter[str] = field(default_factory=Counter)

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + sum(self.errors.values())

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]

    def summary(self) -> str:
        return (
            f"{self.requests} requests from {self.clients} clients in {self.seconds:.0f} s "
            f"({self.requests / self.seconds:.0f}/s): p50 {self.percentile(50):.0f} ms, "
            f"p99 {self.percentile(99):.0f} ms, mean {statistics.fmean(self.latencies_ms or [0]):.0f} ms, "
            f"errors {sum(self.errors.values())} {dict(self.errors)}; {dict(self.by_route)}"
        )


def _request(rng: random.Random) -> tuple[str, str, dict[str, str]]:
    a, b = rng.sample(COUNTRIES, 2)
    choice = rng.randrange(6)
    if choice == 0:
        return "events", "/events", {"limit": "50", "offset": str(rng.randrange(0, 2000))}
    if choice == 1:
        return "events", "/events", {"dyad": f"{a},{b}", "limit": "100"}
    if choice == 2:
        return "events", "/events", {"actor": a, "since": "2024-03-05", "until": "2024-03-20"}
    if choice == 3:
        return "dyads", "/dyads", {"limit": "30"}
    if choice == 4:
        return "dyads", f"/dyads/{a}/{b}", {"by": rng.choice(["day", "week", "month"])}
    return "dyads", "/dyads/TUR/USA", {"by": "week"}


async def _client(base: str, tls: ssl.SSLContext, until: float, seed: int, result: LoadResult) -> None:
    """One client: its own connection, one request at a time, back to back."""
    rng = random.Random(seed)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits, verify=tls) as client:
        while time.monotonic() < until:
            route, path, params = _request(rng)
            started = time.perf_counter()
            try:
                response = await client.get(path, params=params)
            except httpx.HTTPError as exc:
                result.errors[type(exc).__name__] += 1
                continue
            if response.status_code != 200:
                result.errors[str(response.status_code)] += 1
                continue
            result.latencies_ms.append((time.perf_counter() - started) * 1000)
            result.by_route[route] += 1


def run_load(base: str, *, clients: int, seconds: float, seed: int = 0) -> LoadResult:
    """``clients`` concurrent clients sending requests back to back for ``seconds``."""
    result = LoadResult(seconds=seconds, clients=clients)
    tls = ssl.create_default_context()  # built once: httpx builds one per client otherwise (slow)

    async def main() -> None:
        until = time.monotonic() + seconds
        await asyncio.gather(*(_client(base, tls, until, seed + i, result) for i in range(clients)))

    # Run the loop in its own thread: a session-scoped sync Playwright fixture (tests/browser)
    # keeps an event loop running in the main thread, where asyncio.run() would refuse to start.
    failure: list[BaseException] = []

    def run_in_thread() -> None:
        try:
            asyncio.run(main())
        except BaseException as exc:  # re-raised in the caller's thread below
            failure.append(exc)

    worker = threading.Thread(target=run_in_thread, name="loadgen")
    worker.start()
    worker.join()
    if failure:
        raise failure[0]
    return result
