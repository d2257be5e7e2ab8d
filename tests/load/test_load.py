"""Issue 9 item 3: `eventcoder serve` on loopback under 50 concurrent clients, and its limits under load.

A short version (10 s) of ``bench/api_load.py`` (60 s): no error and no 5xx over thousands of events,
latency percentiles printed; then, on the same loaded server, page size, offset and body size limits
still answer 422 / 413 with the JSON error shape.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from load.loadgen import filled_store, run_load, serving


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> object:
    db = filled_store(tmp_path_factory.mktemp("load") / "load.duckdb", articles=3000)
    with serving(db) as base:
        yield base


@pytest.mark.slow
def test_fifty_clients_for_ten_seconds_get_no_errors(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_load(server, clients=50, seconds=10)
    with capsys.disabled():
        print(f"\nload: {result.summary()}")
    assert not result.errors, result.summary()
    assert result.by_route["events"] > 0 and result.by_route["dyads"] > 0
    assert result.requests >= 50


@pytest.mark.slow
@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/events", {"limit": "501"}, 422),
        ("/events", {"limit": "0"}, 422),
        ("/events", {"offset": "10000001"}, 422),
        ("/events", {"text": "x" * 201}, 422),
        ("/dyads", {"limit": "100000"}, 422),
        ("/events", {"limit": "500"}, 200),
    ],
)
def test_pagination_limits_hold(server: str, path: str, params: dict[str, str], status: int) -> None:
    response = httpx.get(server + path, params=params, timeout=30)
    assert response.status_code == status, response.text
    if status == 200:
        assert len(response.json()["items"]) == 500
    else:
        assert response.json()["error"]["code"]


@pytest.mark.slow
def test_an_oversized_body_is_refused_before_it_is_read(server: str) -> None:
    body = b'{"text": "' + b"x" * 1_100_000 + b'"}'
    response = httpx.post(
        server + "/code", content=body, headers={"content-type": "application/json"}, timeout=30
    )
    assert response.status_code == 413 and response.json()["error"]["code"] == "payload_too_large"


def test_the_load_generator_counts_errors(tmp_path: Path) -> None:
    result = run_load("http://127.0.0.1:9", clients=2, seconds=0.5)  # nothing listens on port 9
    assert result.errors and not result.latencies_ms
