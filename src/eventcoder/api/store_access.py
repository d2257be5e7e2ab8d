"""Read-only access to the store for the API: one connection per app, one cursor per request.

The store is opened read-only on the first request that needs it (so the app starts even while the
file is missing or locked, and answers 503 with the store's hint until it can be opened) and kept for
the life of the app. DuckDB lets many read-only processes share a file but not with a writer: while
``eventcoder serve`` runs, an ingest into the same file gets the store's lock error.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator

import duckdb
from fastapi import Request

from eventcoder.errors import StoreError
from eventcoder.store import schema
from eventcoder.store.store import Store

log = logging.getLogger(__name__)


def check_schema(store: Store) -> None:
    """A read-only store cannot be migrated: refuse one older than this eventcoder's schema."""
    have = schema.current_version(store.con)
    want = max(m.version for m in schema.MIGRATIONS)
    if have < want:
        raise StoreError(
            f"the store {store.path} has schema version {have}; this eventcoder reads version {want}",
            hint=f"Migrate it by opening it once read-write, e.g.: eventcoder ingest NEW_INPUT --db {store.path}",
        )


class StoreHolder:
    """Opens the store once, lazily, and hands out cursors (DuckDB cursors are safe per thread)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        self._store: Store | None = None
        self._lock = threading.Lock()

    def _open(self) -> Store:
        with self._lock:
            if self._store is None:
                store = Store.open(self.path, read_only=True)
                try:
                    check_schema(store)
                except StoreError:
                    store.close()
                    raise
                self._store = store
                log.info("serving the store %s (read-only)", self.path)
            return self._store

    def cursor(self) -> duckdb.DuckDBPyConnection:
        return self._open().con.cursor()

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def store_cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """FastAPI dependency: a cursor on the app's store, closed after the request."""
    holder: StoreHolder = request.app.state.store
    cursor = holder.cursor()
    try:
        yield cursor
    finally:
        cursor.close()
