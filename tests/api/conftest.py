"""An app over the sample store, with a fake pipeline for ``POST /code`` (no model needed)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.fakes import FakeFactory
from api.sample_store import build_sample_store
from eventcoder.api import ApiSettings, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("api") / "sample.duckdb")


@pytest.fixture
def factory() -> FakeFactory:
    return FakeFactory()


@pytest.fixture
def client(sample_store: Path, factory: FakeFactory) -> Iterator[TestClient]:
    settings = ApiSettings(max_body_bytes=10_000, code_timeout_s=30.0)
    app = create_app(sample_store, factory, settings, code_names={"041": "Discuss by telephone"})
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
