"""Fixtures for store tests: a store filled by the fake pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventcoder.store import RunInfo, Store, ingest
from store.fakes import FakePipeline, make_items


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def filled(db_path: Path) -> Iterator[Store]:
    """A store with 60 fake articles (120 events, 12 quotes) and 6 rejects, open read-write."""
    with Store.open(db_path) as store:
        ingest(
            store, make_items(60, every_reject=10), FakePipeline(), run=RunInfo(command="test"), batch_size=16
        )
        yield store
