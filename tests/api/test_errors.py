"""One JSON error shape for every error: 404, 405, 413, 422, 500, 503 and 504 alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi import APIRouter

from api.fakes import assert_error
from api.sample_store import build_sample_store
from eventcoder.api import create_app


def test_unknown_route_is_404(client: Any) -> None:
    error = assert_error(client.get("/nowhere"), 404, "not_found")
    assert "/nowhere" in error["message"]


def test_unknown_article_and_actor_are_404_with_a_hint(client: Any) -> None:
    assert assert_error(client.get("/articles/missing"), 404, "not_found")["hint"]
    assert "ZZZ" in assert_error(client.get("/actors/ZZZ"), 404, "not_found")["message"]


def test_unknown_static_file_is_404(client: Any) -> None:
    assert_error(client.get("/static/nothing.js"), 404, "not_found")


def test_wrong_method_is_405(client: Any) -> None:
    error = assert_error(client.delete("/events"), 405, "method_not_allowed")
    assert "DELETE" in error["message"]
    assert_error(client.get("/code"), 405, "method_not_allowed")


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/events", {"limit": 501}, "limit"),
        ("/events", {"limit": 0}, "limit"),
        ("/events", {"offset": -1}, "offset"),
        ("/events", {"quad_class": 5}, "quad_class"),
        ("/events", {"since": "yesterday"}, "since"),
        ("/events", {"actor": "TUR'; DROP TABLE events; --"}, "actor"),
        ("/events", {"root": "4"}, "root"),
        ("/dyads/TUR/USA", {"by": "fortnight"}, "by"),
        ("/actors", {"level": "planet"}, "level"),
        ("/quotes", {"text": ""}, "text"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(
    client: Any, path: str, params: dict[str, Any], field: str
) -> None:
    error = assert_error(client.get(path, params=params), 422, "invalid_request")
    assert field in error["message"]


def test_bad_dyad_filter_and_reversed_range_are_422(client: Any) -> None:
    assert_error(client.get("/events", params={"dyad": "TUR"}), 422, "invalid_request")
    error = assert_error(
        client.get("/events", params={"since": "2022-01-01", "until": "2021-01-01"}), 422, "invalid_request"
    )
    assert "after" in error["message"]


def test_bad_actor_in_path_is_422(client: Any) -> None:
    assert_error(client.get("/dyads/TUR/US%20A"), 422, "invalid_request")


def test_oversized_body_is_413_before_parsing(client: Any) -> None:
    error = assert_error(client.post("/code", json={"text": "x" * 20_000}), 413, "payload_too_large")
    assert "10000" in error["message"]


def test_missing_store_is_503_with_the_store_hint(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(tmp_path / "absent.duckdb"), raise_server_exceptions=False) as c:
        error = assert_error(c.get("/events"), 503, "E005")
    assert "eventcoder ingest" in error["hint"]


def test_a_bug_is_500_in_the_same_shape_without_the_traceback(sample_store: Path) -> None:
    from fastapi.testclient import TestClient

    app = create_app(sample_store)
    boom = APIRouter()

    @boom.get("/boom")
    def explode() -> None:
        raise RuntimeError("secret internals")

    app.include_router(boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        error = assert_error(c.get("/boom"), 500, "internal_error")
    assert "secret internals" not in error["message"]


def test_store_with_an_older_schema_is_503_not_a_crash(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from eventcoder.store import schema
    from eventcoder.store.store import Store

    path = build_sample_store(tmp_path / "old.duckdb")
    with Store.open(path) as store:
        store.con.execute(
            "DELETE FROM schema_version WHERE version = (SELECT max(version) FROM schema_version)"
        )
        if schema.current_version(store.con) == 0:
            pytest.skip("the store has a single schema version: nothing older to test")
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        error = assert_error(c.get("/events"), 503, "E005")
    assert "schema version" in error["message"] and "read-write" in error["hint"]


def test_store_locked_by_a_writer_is_503_with_the_lock_hint(tmp_path: Path) -> None:
    import subprocess
    import sys

    from fastapi.testclient import TestClient

    path = build_sample_store(tmp_path / "locked.duckdb")
    holder = (
        "import sys\nfrom eventcoder.store.store import Store\n"
        f"store = Store.open({str(path)!r})\nprint('ready', flush=True)\nsys.stdin.read()\n"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        try:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
            error = assert_error(c.get("/events"), 503, "E006")
            assert "locked" in error["message"] and "Another eventcoder process" in error["hint"]
        finally:
            writer.communicate(timeout=30)
        assert c.get("/events").status_code == 200  # the writer is gone: the next request opens the store
