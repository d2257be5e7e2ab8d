"""The store's tables, derived from the records, and the versioned migrations that create them.

Each stored record type (``Article``, ``Sentence``, ``Actor``, ``Event``, ``Quote``, ``Place``,
``Reject``) maps to one table whose columns come from ``dataclasses.fields()``: a field added at the
end of a record becomes a column on the next write (``sync_columns``), so nothing a stage produces is
silently dropped. Spans become two integer columns (``<name>_start``, ``<name>_end``); enums and
``Origin`` are stored as text; tuples of strings as ``VARCHAR[]``.

Identifiers in SQL come only from these specs (a fixed whitelist); values always travel as
parameters or Arrow tables.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from eventcoder.records import Actor, Article, Event, Place, Quote, Reject, Sentence

log = logging.getLogger(__name__)


# Annotation (as written in records.py, ``| None`` stripped) -> DuckDB type.
_SCALAR_TYPES = {
    "str": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "InputFormat": "VARCHAR",
    "QuoteKind": "VARCHAR",
    "DateBasis": "VARCHAR",
    "DatePrecision": "VARCHAR",
    "Origin": "VARCHAR",
    "tuple[str, ...]": "VARCHAR[]",
}
_SPAN_TYPES = {"Span", "tuple[int, int]"}


@dataclass(frozen=True, slots=True)
class Column:
    """One stored column: where its value comes from in the record, and its SQL type."""

    name: str
    sql_type: str
    field: str | None = None  # record field; None for columns the writer fills (doc_id, run_id, ...)
    part: int | None = None  # 0 or 1 for the two halves of a span


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    record: type | None
    lead: tuple[Column, ...]  # writer-filled columns before the record's
    extra: tuple[Column, ...] = ()  # writer-filled columns after the record's
    rename: tuple[tuple[str, str], ...] = ()  # record field -> column name
    constraints: str = ""

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.lead + record_columns(self.record, dict(self.rename)) + self.extra

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _base_annotation(annotation: object) -> tuple[str, bool]:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    parts = [p.strip() for p in text.split("|")]
    nullable = "None" in parts
    base = " | ".join(p for p in parts if p != "None")
    return base, nullable


def record_columns(record: type | None, rename: dict[str, str] | None = None) -> tuple[Column, ...]:
    """Columns for every field of a record dataclass; raises ``TypeError`` on an unmapped type."""
    if record is None:
        return ()
    rename = rename or {}
    out: list[Column] = []
    for f in dataclasses.fields(record):
        if f.name == "timings":
            continue
        name = rename.get(f.name, f.name)
        base, _ = _base_annotation(f.type)
        if base in _SPAN_TYPES:
            out.append(Column(f"{name}_start", "INTEGER", f.name, 0))
            out.append(Column(f"{name}_end", "INTEGER", f.name, 1))
        elif base in _SCALAR_TYPES:
            out.append(Column(name, _SCALAR_TYPES[base], f.name))
        else:
            raise TypeError(
                f"{record.__name__}.{f.name}: type {base!r} has no store mapping; add it to store.schema._SCALAR_TYPES"
            )
    return tuple(out)


_DOC = Column("doc_id", "VARCHAR")
_RUN = Column("run_id", "VARCHAR")

ARTICLES = TableSpec(
    "articles",
    Article,
    lead=(),
    extra=(
        Column("day", "DATE"),
        Column("n_sentences", "INTEGER"),
        Column("discarded", "VARCHAR"),
        _RUN,
        Column("stored_at", "TIMESTAMP"),
    ),
    constraints="PRIMARY KEY (id), UNIQUE (content_hash)",
)
SENTENCES = TableSpec(
    "sentences",
    Sentence,
    lead=(_DOC,),
    rename=(("index", "sentence_index"), ("start", "start_char"), ("end", "end_char")),
    constraints="PRIMARY KEY (doc_id, sentence_index)",
)
ACTORS = TableSpec("actors", Actor, lead=(_DOC, Column("mention_index", "INTEGER")))
# pair_key: the unordered pair of the actors' first three characters (their country or sector), as a
# stable integer (rows.pair_key); dyad queries filter on it before matching code prefixes.
EVENTS = TableSpec(
    "events", Event, lead=(), extra=(Column("day", "DATE"), Column("pair_key", "BIGINT"), _RUN)
)
QUOTES = TableSpec("quotes", Quote, lead=())
PLACES = TableSpec("places", Place, lead=(_DOC, Column("place_index", "INTEGER")))
REJECTS = TableSpec(
    "rejects",
    Reject,
    lead=(Column("reject_id", "VARCHAR"),),
    extra=(_RUN, Column("rejected_at", "TIMESTAMP")),
    constraints="PRIMARY KEY (reject_id)",
)
RUNS = TableSpec(
    "runs",
    None,
    lead=(
        Column("run_id", "VARCHAR"),
        Column("command", "VARCHAR"),
        Column("inputs", "VARCHAR[]"),
        Column("eventcoder_version", "VARCHAR"),
        Column("model", "VARCHAR"),
        Column("options", "VARCHAR"),  # JSON
        Column("dictionary_hashes", "VARCHAR"),  # JSON {file: sha256}
        Column("started_at", "TIMESTAMP"),
        Column("ended_at", "TIMESTAMP"),
        Column("status", "VARCHAR"),  # running | completed | failed (a killed run stays "running")
        Column("articles_read", "BIGINT"),
        Column("articles_stored", "BIGINT"),
        Column("duplicates", "BIGINT"),
        Column("rejects", "BIGINT"),
        Column("events", "BIGINT"),
        Column("quotes", "BIGINT"),
    ),
    constraints="PRIMARY KEY (run_id)",
)

# A narrow copy of the events' dyad columns kept in (pair_key, day) order: dyad timelines read a few
# row groups of it, while ``events`` stays in date order for date ranges and paging.
DYAD_INDEX = TableSpec(
    "dyad_index",
    None,
    lead=(
        Column("pair_key", "BIGINT"),
        Column("day", "DATE"),
        Column("source", "VARCHAR"),
        Column("target", "VARCHAR"),
        Column("quad_class", "BIGINT"),
        Column("goldstein", "DOUBLE"),
        Column("cameo", "VARCHAR"),
    ),
)
DYAD_INDEX_FILL = (
    "INSERT INTO dyad_index SELECT pair_key, day, source, target, quad_class, goldstein, cameo FROM {source}"
)

STORE_META = TableSpec(
    "store_meta",
    None,
    lead=(Column("key", "VARCHAR"), Column("value", "VARCHAR")),
    constraints="PRIMARY KEY (key)",
)

RECORD_TABLES: tuple[TableSpec, ...] = (ARTICLES, SENTENCES, ACTORS, EVENTS, QUOTES, PLACES, REJECTS)
ALL_TABLES: tuple[TableSpec, ...] = (*RECORD_TABLES, RUNS, DYAD_INDEX, STORE_META)
TABLES_BY_NAME = {t.name: t for t in ALL_TABLES}


def quote_ident(name: str) -> str:
    """Quote an identifier that comes from the specs above (never from user input)."""
    if name not in _KNOWN_IDENTIFIERS:
        raise ValueError(f"unknown identifier {name!r}")
    return '"' + name + '"'


def create_table_sql(spec: TableSpec) -> str:
    cols = [f"{quote_ident(c.name)} {c.sql_type}" for c in spec.columns]
    if spec.constraints:
        cols.append(spec.constraints)
    return f"CREATE TABLE IF NOT EXISTS {quote_ident(spec.name)} (" + ", ".join(cols) + ")"


def _create_v1(con: duckdb.DuckDBPyConnection) -> None:
    for spec in ALL_TABLES:
        con.execute(create_table_sql(spec))


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


def _dyad_index_v2(con: duckdb.DuckDBPyConnection) -> None:
    """``store_meta``, pair keys for events stored before them, and ``dyad_index`` filled from ``events``."""
    from eventcoder.store.rows import pair_key

    con.execute(create_table_sql(STORE_META))
    con.execute(create_table_sql(DYAD_INDEX))
    con.execute('ALTER TABLE events ADD COLUMN IF NOT EXISTS "pair_key" BIGINT')
    con.create_function("eventcoder_pair_key", pair_key, ["VARCHAR", "VARCHAR"], "BIGINT")
    try:
        con.execute("UPDATE events SET pair_key = eventcoder_pair_key(source, target) WHERE pair_key IS NULL")
    finally:
        con.remove_function("eventcoder_pair_key")
    if con.execute("SELECT count(*) FROM dyad_index").fetchone() == (0,):
        con.execute(DYAD_INDEX_FILL.format(source="events"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial tables", _create_v1),
    Migration(2, "pair keys on events, dyad_index, store_meta", _dyad_index_v2),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply every pending migration in its own transaction; return the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
    )
    applied: list[int] = []
    have = current_version(con)
    for migration in MIGRATIONS:
        if migration.version <= have:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            migration.apply(con)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                [migration.version, migration.name, datetime.now(UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        log.info("store schema migrated to version %d (%s)", migration.version, migration.name)
        applied.append(migration.version)
    return applied


def sync_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Add columns for record fields added since the store was created; return ``table.column`` added."""
    added: list[str] = []
    for spec in ALL_TABLES:
        rows = con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [spec.name]
        ).fetchall()
        have = {r[0] for r in rows}
        for column in spec.columns:
            if column.name not in have:
                con.execute(
                    f"ALTER TABLE {quote_ident(spec.name)} ADD COLUMN {quote_ident(column.name)} {column.sql_type}"
                )
                added.append(f"{spec.name}.{column.name}")
    if added:
        log.info("store columns added for new record fields: %s", ", ".join(added))
    return added


_KNOWN_IDENTIFIERS: frozenset[str] = frozenset(
    {t.name for t in ALL_TABLES} | {c.name for t in ALL_TABLES for c in t.columns}
)
