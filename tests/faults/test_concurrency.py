"""Issue 9 item 2: a second writer gets a clear lock error; readers share a store and recover after a writer.

tests/store covers the library's lock error (a second writer, a reader under a writer) and `stats` on a
locked store; here: the `ingest` and `events` commands side by side with another process, and the HTTP
API, which answers 503 with the store's hint while an ingest holds the file and serves again after it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.api import create_app
from eventcoder.cli.main import _register, cli
from eventcoder.store import RunInfo, Store, ingest
from faults.fake_ingest import FakeCliPipeline
from store.fakes import FakePipeline, make_items

_register()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "shared.duckdb"
    with Store.open(path) as store:
        ingest(store, make_items(20), FakePipeline(), run=RunInfo(command="test"))
    return path


@contextmanager
def held(db: Path, *, read_only: bool) -> Iterator[None]:
    """Another process holding the store open (read-only like `serve`, or read-write like `ingest`)."""
    code = textwrap.dedent(
        f"""
        import sys
        from eventcoder.store import Store
        s = Store.open({str(db)!r}, read_only={read_only})
        print("open", flush=True)
        sys.stdin.read()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
        yield
    finally:
        proc.communicate("", timeout=30)


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stderr


def test_readers_share_the_store_and_an_ingest_beside_them_is_refused_clearly(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("eventcoder.factory.build_pipeline", lambda options=None: FakeCliPipeline())
    article = tmp_path / "a.txt"
    article.write_text("TUR meets USA on 2024-03-02. Talks went on.", encoding="utf-8")
    with held(db, read_only=True):
        code, _ = _cli("events", "--db", str(db), "--format", "jsonl")
        assert code == 0
        code, err = _cli("ingest", str(article), "--db", str(db), "--workers", "1")
        assert code == 5, err
        assert "locked" in err and "hint:" in err
    code, _ = _cli("events", "--db", str(db), "--format", "jsonl")
    assert code == 0


def test_the_api_answers_503_while_a_writer_holds_the_store_then_serves(db: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient

    with held(db, read_only=False):
        app = create_app(db)
        with TestClient(app, raise_server_exceptions=False) as client:
            busy = client.get("/events")
            assert busy.status_code == 503, busy.text
            error = busy.json()["error"]
            assert "locked" in error["message"] and error["hint"]
            assert client.get("/health").status_code == 200
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/events")
        assert response.status_code == 200 and response.json()["total"] == 40
