"""The DuckDB store: open/close, lock errors, transactional idempotent batch writes, run records.

DuckDB's concurrency model, which this class follows: a database file is opened either by ONE process
read-write, or by any number of processes read-only, never both at once. A second writer — or a reader
while an ingest holds the file — fails to take the file lock; ``Store.open`` turns that into
``StoreLockedError``. Within one process, one ``Store`` (one connection) should be shared.

Writes are grouped per batch in one transaction: a batch of coded articles (with their sentences,
actors, events, quotes and places) and rejects is either wholly stored or not at all, so a killed ingest
leaves the store as of its last committed batch. Articles are keyed by content hash: an article whose
hash is already stored is skipped and counted as a duplicate, which makes re-running an ingest safe.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventcoder import __version__
from eventcoder.errors import StoreError, StoreLockedError
from eventcoder.records import CodedArticle, Reject, content_hash, stable_id
from eventcoder.store import schema
from eventcoder.store.dedupe import create_views
from eventcoder.store.rows import iso_day, pair_key, to_arrow
from eventcoder.store.schema import TableSpec, quote_ident

log = logging.getLogger(__name__)

DEFAULT_DB = "eventcoder.duckdb"
# ``events`` is kept in date order (date ranges and pages read a few row groups) and ``dyad_index`` in
# (pair_key, day) order (a dyad timeline reads a few row groups). Ingest appends to both; ``optimize``
# re-sorts them once the unordered tail is at least a row group and a tenth of the table.
_ORDERED_ROWS_KEY = "events_ordered_rows"
MIN_TAIL_ROWS = 122_880
MIN_TAIL_FRACTION = 0.1


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _translate(exc: duckdb.Error, path: str) -> StoreError:
    text = str(exc)
    if isinstance(exc, duckdb.IOException) and "lock" in text.lower():
        return StoreLockedError(f"the store {path} is locked by another process")
    return StoreError(f"cannot open the store {path}: {text.splitlines()[0] if text else exc}")


def _check_readable(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """A read-only store cannot be migrated: refuse one that is not at this eventcoder's schema version."""
    have = schema.current_version(con)
    if have == schema.SCHEMA_VERSION:
        return
    con.close()
    if have == 0:
        raise StoreError(f"{where} is not an eventcoder store (no schema_version table)")
    if have < schema.SCHEMA_VERSION:
        raise StoreError(
            f"the store {where} has schema version {have}; this eventcoder reads version {schema.SCHEMA_VERSION}",
            hint=f"Migrate it by opening it once read-write, e.g.: eventcoder ingest NEW_INPUT --db {where}",
        )
    raise StoreError(
        f"the store {where} has schema version {have}, newer than this eventcoder's {schema.SCHEMA_VERSION}",
        hint="Upgrade eventcoder to read it.",
    )


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a run is: recorded in ``runs`` when it starts."""

    command: str
    inputs: tuple[str, ...] = ()
    model: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    dictionary_hashes: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class BatchCounts:
    """What one batch (or a whole run, summed) did to the store."""

    articles_read: int = 0
    articles_stored: int = 0
    duplicates: int = 0
    rejects: int = 0
    events: int = 0
    quotes: int = 0
    sentences: int = 0

    def add(self, other: BatchCounts) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


class Store:
    """One open connection to a store file. Use ``Store.open(...)`` as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | os.PathLike[str] = DEFAULT_DB, *, read_only: bool = False) -> Store:
        """Open (and, read-write, create or migrate) a store; raise ``StoreLockedError`` on a lock conflict."""
        where = str(path)
        if read_only and where != ":memory:" and not Path(where).exists():
            raise StoreError(
                f"no store at {where}", hint="Create one with: eventcoder ingest INPUT --db PATH"
            )
        try:
            con = duckdb.connect(where, read_only=read_only)
        except duckdb.Error as exc:
            raise _translate(exc, where) from exc
        store = cls(con, where, read_only)
        if not read_only:
            try:
                if schema.current_version(con) > schema.SCHEMA_VERSION:
                    _check_readable(con, where)
                schema.migrate(con)
                schema.sync_columns(con)
                create_views(con)
            except duckdb.Error as exc:
                con.close()
                raise StoreError(f"cannot migrate the store {where}: {exc}") from exc
        else:
            _check_readable(con, where)
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- runs -------------------------------------------------------------------------------------

    def start_run(self, info: RunInfo) -> str:
        run_id = uuid.uuid4().hex[:16]
        self.con.execute(
            "INSERT INTO runs (run_id, command, inputs, eventcoder_version, model, options, dictionary_hashes,"
            " started_at, status, articles_read, articles_stored, duplicates, rejects, events, quotes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', 0, 0, 0, 0, 0, 0)",
            [
                run_id,
                info.command,
                list(info.inputs),
                __version__,
                info.model,
                json.dumps(info.options, sort_keys=True, default=str),
                json.dumps(info.dictionary_hashes, sort_keys=True),
                _now(),
            ],
        )
        return run_id

    def finish_run(self, run_id: str, counts: BatchCounts, status: str = "completed") -> None:
        self.con.execute(
            "UPDATE runs SET ended_at = ?, status = ?, articles_read = ?, articles_stored = ?, duplicates = ?,"
            " rejects = ?, events = ?, quotes = ? WHERE run_id = ?",
            [
                _now(),
                status,
                counts.articles_read,
                counts.articles_stored,
                counts.duplicates,
                counts.rejects,
                counts.events,
                counts.quotes,
                run_id,
            ],
        )

    # -- physical order ---------------------------------------------------------------------------

    def unordered_events(self) -> tuple[int, int]:
        """``(events, events appended since the last re-sort)``."""
        total_row = self.con.execute("SELECT count(*) FROM events").fetchone()
        meta = self.con.execute("SELECT value FROM store_meta WHERE key = ?", [_ORDERED_ROWS_KEY]).fetchone()
        total = int(total_row[0]) if total_row else 0
        ordered = int(meta[0]) if meta else 0
        return total, max(total - ordered, 0)

    def optimize(self, *, force: bool = False) -> bool:
        """Re-sort ``events`` by date and ``dyad_index`` by dyad when the unordered tail is large enough.

        One transaction: a crash leaves the table as it was. Returns whether it rewrote.
        """
        self._check_writable()
        total, tail = self.unordered_events()
        if not force and (tail < MIN_TAIL_ROWS or tail < MIN_TAIL_FRACTION * total):
            return False
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                "CREATE TABLE events_ordered AS SELECT * FROM events"
                " ORDER BY day NULLS LAST, doc_id, sentence_index, verb_span_start, event_id"
            )
            self.con.execute("DROP TABLE events")
            self.con.execute("ALTER TABLE events_ordered RENAME TO events")
            self.con.execute(
                "CREATE TABLE dyad_index_ordered AS SELECT * FROM dyad_index ORDER BY pair_key NULLS LAST, day"
            )
            self.con.execute("DROP TABLE dyad_index")
            self.con.execute("ALTER TABLE dyad_index_ordered RENAME TO dyad_index")
            self.con.execute(
                "INSERT OR REPLACE INTO store_meta VALUES (?, ?)", [_ORDERED_ROWS_KEY, str(total)]
            )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("CHECKPOINT")
        log.info("events and dyad index re-sorted (%d rows, %d were unordered)", total, tail)
        return True

    # -- writes -----------------------------------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The subset of ``hashes`` whose articles are already stored."""
        wanted = list(set(hashes))
        if not wanted:
            return set()
        return self._existing("articles", "content_hash", wanted)

    def _existing(self, table: str, column: str, values: Sequence[str]) -> set[str]:
        """Which ``values`` are in ``table.column`` (a keyed column: the IN list is answered by its index)."""
        found: set[str] = set()
        for start in range(0, len(values), 500):
            chunk = list(values[start : start + 500])
            marks = ", ".join("?" for _ in chunk)
            sql = f"SELECT {quote_ident(column)} FROM {quote_ident(table)} WHERE {quote_ident(column)} IN ({marks})"
            found.update(r[0] for r in self.con.execute(sql, chunk).fetchall())
        return found

    def write_batch(
        self, coded: Sequence[CodedArticle], rejects: Sequence[Reject], run_id: str
    ) -> BatchCounts:
        """Store one batch in a single transaction; already-stored articles and rejects are skipped."""
        self._check_writable()
        counts = BatchCounts()
        self.con.execute("BEGIN TRANSACTION")
        try:
            fresh = self._fresh_articles(coded)
            counts.duplicates = len(coded) - len(fresh)
            if fresh:
                self._insert_articles(fresh, run_id)
            self._insert_rejects(rejects, run_id)
            counts.rejects = len(rejects)
            self.con.execute(
                "UPDATE runs SET articles_stored = articles_stored + ?, duplicates = duplicates + ?,"
                " rejects = rejects + ?, events = events + ?, quotes = quotes + ? WHERE run_id = ?",
                [
                    len(fresh),
                    counts.duplicates,
                    counts.rejects,
                    sum(len(c.events) for c in fresh),
                    sum(len(c.quotes) for c in fresh),
                    run_id,
                ],
            )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        counts.articles_stored = len(fresh)
        counts.events = sum(len(c.events) for c in fresh)
        counts.quotes = sum(len(c.quotes) for c in fresh)
        counts.sentences = sum(len(c.sentences) for c in fresh)
        return counts

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} was opened read-only")

    def _fresh_articles(self, coded: Sequence[CodedArticle]) -> list[CodedArticle]:
        """Articles of the batch not yet stored (by content hash and by id), first of each hash only."""
        hashes = [_hash_of(c) for c in coded]
        known = self.known_hashes(hashes)
        ids = [c.article.id for c in coded]
        taken_ids = self._existing("articles", "id", ids)
        fresh: list[CodedArticle] = []
        for c, h in zip(coded, hashes, strict=True):
            if h in known or c.article.id in taken_ids:
                if h not in known:
                    log.warning("article id %s is already stored with other content; skipped", c.article.id)
                continue
            known.add(h)
            taken_ids.add(c.article.id)
            fresh.append(c)
        return fresh

    def _insert(
        self, spec: TableSpec, records: Sequence[object], extras: Sequence[dict[str, Any]], also: str = ""
    ) -> None:
        """Insert records as one Arrow batch; ``also`` is a statement run on the same batch (``{source}``)."""
        if not records:
            return
        table = to_arrow(spec, records, extras)
        view = f"_batch_{spec.name}"
        self.con.register(view, table)
        try:
            cols = ", ".join(quote_ident(n) for n in spec.column_names)
            self.con.execute(f"INSERT INTO {quote_ident(spec.name)} ({cols}) SELECT {cols} FROM {view}")
            if also:
                self.con.execute(also.format(source=view))
        finally:
            self.con.unregister(view)

    def _insert_articles(self, coded: Sequence[CodedArticle], run_id: str) -> None:
        stored_at = _now()
        self._insert(
            schema.ARTICLES,
            [replace(c.article, content_hash=_hash_of(c)) for c in coded],
            [
                {
                    "day": iso_day(c.article.date),
                    "n_sentences": len(c.sentences),
                    "discarded": c.discarded,
                    "run_id": run_id,
                    "stored_at": stored_at,
                }
                for c in coded
            ],
        )
        self._insert_children(coded, run_id)

    def _insert_children(self, coded: Sequence[CodedArticle], run_id: str) -> None:
        sentences = [(c.article.id, s) for c in coded for s in c.sentences]
        self._insert(schema.SENTENCES, [s for _, s in sentences], [{"doc_id": d} for d, _ in sentences])
        actors = [(c.article.id, i, a) for c in coded for i, a in enumerate(c.actors)]
        self._insert(
            schema.ACTORS, [a for *_, a in actors], [{"doc_id": d, "mention_index": i} for d, i, _ in actors]
        )
        events = [(c, e) for c in coded for e in c.events]
        self._insert(
            schema.EVENTS,
            [e for _, e in events],
            [
                {
                    "day": iso_day(e.date) or iso_day(c.article.date),
                    "pair_key": pair_key(e.source, e.target),
                    "run_id": run_id,
                }
                for c, e in events
            ],
            also=schema.DYAD_INDEX_FILL,
        )
        quotes = [q for c in coded for q in c.quotes]
        self._insert(schema.QUOTES, quotes, [{} for _ in quotes])
        places = [(c.article.id, i, p) for c in coded for i, p in enumerate(c.places)]
        self._insert(
            schema.PLACES, [p for *_, p in places], [{"doc_id": d, "place_index": i} for d, i, _ in places]
        )

    def _insert_rejects(self, rejects: Sequence[Reject], run_id: str) -> int:
        if not rejects:
            return 0
        ids = [stable_id(str(r.origin), r.reason, r.detail) for r in rejects]
        known = self._existing("rejects", "reject_id", ids)
        fresh: list[tuple[str, Reject]] = []
        for rid, reject in zip(ids, rejects, strict=True):
            if rid not in known:
                known.add(rid)
                fresh.append((rid, reject))
        now = _now()
        self._insert(
            schema.REJECTS,
            [r for _, r in fresh],
            [{"reject_id": rid, "run_id": run_id, "rejected_at": now} for rid, _ in fresh],
        )
        return len(fresh)


def _hash_of(coded: CodedArticle) -> str:
    return coded.article.content_hash or content_hash(coded.article.text)
