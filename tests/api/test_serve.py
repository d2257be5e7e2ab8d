"""``eventcoder serve``: loopback by default, a warning when bound wider, a clear error without a store."""

from __future__ import annotations

import logging
import os
import re
import socket
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from eventcoder.cli.serve_cmd import is_loopback, serve


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.5", False),
        ("example.org", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def run_serve(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, dict[str, Any]]:
    import uvicorn

    calls: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.update(kw, app=app))
    return CliRunner().invoke(serve, args), calls


def test_serve_binds_loopback_by_default_without_a_warning(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        result, calls = run_serve(["--db", str(sample_store)], monkeypatch)
    assert result.exit_code == 0, result.output
    assert (calls["host"], calls["port"]) == ("127.0.0.1", 8000)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_serve_warns_when_bound_beyond_loopback(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        result, calls = run_serve(
            ["--db", str(sample_store), "--host", "0.0.0.0", "--port", "9"], monkeypatch
        )
    assert result.exit_code == 0, result.output
    assert calls["host"] == "0.0.0.0"
    assert any("0.0.0.0" in r.getMessage() and "other machines" in r.getMessage() for r in caplog.records)


def test_serve_without_a_store_exits_with_the_store_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, calls = run_serve(["--db", str(tmp_path / "none.duckdb")], monkeypatch)
    assert result.exit_code == 4
    assert "no store at" in result.output and "eventcoder ingest" in result.output
    assert calls == {}


def test_serve_help_has_an_example() -> None:
    result = CliRunner().invoke(serve, ["--help"])
    assert "Example:" in result.output


def test_serve_answers_over_http_in_its_own_process(sample_store: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = str(Path(sys.executable).with_name("eventcoder"))
    env = {**os.environ, "EVENTCODER_DB": str(sample_store)}
    proc = subprocess.Popen(
        [exe, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/events", params={"dyad": "TUR,USA"}, timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "eventcoder serve did not answer within 60 s"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["total"] == 4
    finally:
        proc.terminate()
        proc.wait(timeout=20)


# Ways to put a string into the page as HTML; the dashboard must use none of them.
HTML_SINKS = re.compile(r"\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval)\b|new Function\(")


def test_dashboard_scripts_never_write_html_strings() -> None:
    static = resources.files("eventcoder.web") / "static"
    scripts = [p for p in static.iterdir() if p.name.endswith(".js")]
    assert len(scripts) >= 5
    for script in scripts:
        found = HTML_SINKS.findall(script.read_text(encoding="utf-8"))
        assert not found, f"{script.name} uses {found}"


def test_sql_looking_input_is_data(client: Any) -> None:
    hostile = "x'); DROP TABLE events; --"
    assert client.get("/events", params={"text": hostile}).json()["total"] == 0
    assert client.get("/quotes", params={"speaker": hostile}).json()["items"] == []
    assert client.get("/actors", params={"text": hostile}).json()["items"] == []
    assert client.get("/articles/x' OR '1'='1").status_code == 404
    assert client.get("/stats").json()["counts"]["events"] == 7
