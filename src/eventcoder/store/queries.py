"""Read queries over the store, shared by the CLI and the HTTP API.

Plain functions over a DuckDB connection (``Store.con``) that aggregate in SQL and return small typed
rows or dicts; lists are paginated with ``limit``/``offset``. Every user value travels as a parameter.
Actor arguments match CAMEO code prefixes: ``TUR`` matches ``TUR``, ``TURGOV``, ``TURMIL`` ...
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from eventcoder.errors import ConfigError
from eventcoder.store.rows import pair_key

PERIODS = ("day", "week", "month", "year")
# Fixed SQL per period (a literal unit lets DuckDB fold it instead of parsing a parameter per row).
_PERIOD_SQL = {p: f"date_trunc('{p}', day)::DATE" for p in PERIODS}
MAX_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters for ``events``; every field is optional and they combine with AND."""

    actor: str | None = None  # code prefix, as source or target
    dyad: tuple[str, str] | None = None  # code prefixes, either direction
    source: str | None = None  # code prefix, as source only
    target: str | None = None  # code prefix, as target only
    code: str | None = None  # CAMEO code prefix ("04" matches 040..046)
    root: str | None = None  # CAMEO root, two digits
    quad_class: int | None = None
    plover: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None  # case-insensitive substring of the sentence
    min_confidence: float | None = None
    doc_id: str | None = None


def where_clause(f: EventFilter, alias: str = "e") -> tuple[str, list[Any]]:
    """SQL ``WHERE`` body and its parameters for a filter (the column names are fixed here)."""
    parts: list[str] = []
    params: list[Any] = []
    p = f"{alias}."

    def add(sql: str, *values: Any) -> None:
        parts.append(sql)
        params.extend(values)

    if f.actor:
        add(f"(starts_with({p}source, ?) OR starts_with({p}target, ?))", f.actor, f.actor)
    if f.dyad:
        a, b = f.dyad
        key = pair_key(a, b)
        if key is not None:
            add(f"{p}pair_key = ?", key)
        add(
            f"((starts_with({p}source, ?) AND starts_with({p}target, ?))"
            f" OR (starts_with({p}source, ?) AND starts_with({p}target, ?)))",
            a,
            b,
            b,
            a,
        )
    if f.source:
        add(f"starts_with({p}source, ?)", f.source)
    if f.target:
        add(f"starts_with({p}target, ?)", f.target)
    if f.code:
        add(f"starts_with({p}cameo, ?)", f.code)
    if f.root:
        add(f"{p}root = ?", f.root)
    if f.quad_class is not None:
        add(f"{p}quad_class = ?", f.quad_class)
    if f.plover:
        add(f"upper({p}plover) = upper(?)", f.plover)
    if f.since:
        add(f"{p}day >= ?", f.since)
    if f.until:
        add(f"{p}day <= ?", f.until)
    if f.text:
        add(f"contains(lower({p}sentence), lower(?))", f.text)
    if f.min_confidence is not None:
        add(f"{p}confidence >= ?", f.min_confidence)
    if f.doc_id:
        add(f"{p}doc_id = ?", f.doc_id)
    return (" AND ".join(parts) or "TRUE"), params


def _check_page(limit: int, offset: int) -> None:
    if not 0 < limit <= MAX_LIMIT:
        raise ConfigError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if offset < 0:
        raise ConfigError(f"offset must be 0 or more, got {offset}")


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# Date, then event id: deterministic and cheap (no wide string columns to fetch for the sort).
_EVENT_ORDER = "e.day NULLS LAST, e.event_id"


def events(
    con: duckdb.DuckDBPyConnection, f: EventFilter | None = None, *, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Events matching ``f`` (every event column plus article title/url/source), by date then position."""
    _check_page(limit, offset)
    where, params = where_clause(f or EventFilter())
    sql = f"SELECT * FROM events e WHERE {where} ORDER BY {_EVENT_ORDER} LIMIT ? OFFSET ?"
    rows = _dicts(con.execute(sql, [*params, limit, offset]))
    return _attach_articles(con, rows, {"title": "article_title", "url": "url", "source": "article_source"})


def _attach_articles(
    con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], fields: dict[str, str]
) -> list[dict[str, Any]]:
    """Add article fields (``fields``: article column -> key in the row) to a page of rows by ``doc_id``.

    A lookup by primary key for the page's articles: a join would hash every stored article.
    """
    ids = sorted({r["doc_id"] for r in rows})
    found: dict[str, tuple[Any, ...]] = {}
    if ids:
        columns = ", ".join(_ARTICLE_FIELDS[c] for c in fields)
        marks = ", ".join("?" for _ in ids)
        for row in con.execute(f"SELECT id, {columns} FROM articles WHERE id IN ({marks})", ids).fetchall():
            found[row[0]] = row[1:]
    for r in rows:
        values = found.get(r["doc_id"], (None,) * len(fields))
        r.update(zip(fields.values(), values, strict=True))
    return rows


_ARTICLE_FIELDS = {"title": "title", "url": "url", "source": "source", "day": "day"}


# Filters that dyad_index can answer on its own (it holds pair_key, day, source, target, quad_class, cameo).
_DYAD_INDEX_FILTERS = frozenset({"dyad", "source", "target", "code", "quad_class", "since", "until"})


def count_events(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> int:
    """How many events match ``f``; a dyad count reads the dyad-ordered index, not the events."""
    f = f or EventFilter()
    where, params = where_clause(f)
    used = {name for name in EventFilter.__dataclass_fields__ if getattr(f, name) is not None}
    table = "dyad_index" if f.dyad and used <= _DYAD_INDEX_FILTERS else "events"
    row = con.execute(f"SELECT count(*) FROM {table} e WHERE {where}", params).fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True, slots=True)
class DyadPeriod:
    """One period of one direction of a dyad."""

    period: date
    source: str  # the actor argument acting as source in this direction
    target: str
    events: int
    quad_counts: tuple[int, int, int, int]  # QuadClass 1..4
    goldstein_sum: float
    goldstein_mean: float | None
    top_codes: tuple[tuple[str, int], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.isoformat(),
            "source": self.source,
            "target": self.target,
            "events": self.events,
            "quad_counts": list(self.quad_counts),
            "goldstein_sum": self.goldstein_sum,
            "goldstein_mean": self.goldstein_mean,
            "top_codes": [{"code": c, "count": n} for c, n in self.top_codes],
        }


_DYAD_SQL = """
WITH d AS (
    SELECT {period} AS period,
           CASE WHEN starts_with(source, ?) AND starts_with(target, ?) THEN 0 ELSE 1 END AS dir,
           quad_class, goldstein, cameo
    FROM dyad_index
    WHERE day IS NOT NULL AND day >= ? AND day <= ? {pair_filter}
      AND ((starts_with(source, ?) AND starts_with(target, ?)) OR (starts_with(source, ?) AND starts_with(target, ?)))
),
agg AS (
    SELECT period, dir, count(*) AS n,
           count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2,
           count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4,
           coalesce(sum(goldstein), 0) AS g_sum, avg(goldstein) AS g_mean
    FROM d GROUP BY period, dir
),
codes AS (
    SELECT period, dir, cameo, count(*) AS n,
           row_number() OVER (PARTITION BY period, dir ORDER BY count(*) DESC, cameo) AS rk
    FROM d GROUP BY period, dir, cameo
),
top AS (
    SELECT period, dir, list(cameo ORDER BY rk) AS codes, list(n ORDER BY rk) AS counts
    FROM codes WHERE rk <= ? GROUP BY period, dir
)
SELECT agg.*, top.codes, top.counts FROM agg LEFT JOIN top USING (period, dir) ORDER BY period, dir
"""


def dyad(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = "month",
    since: date | None = None,
    until: date | None = None,
    top: int = 3,
) -> list[DyadPeriod]:
    """Both directions of the dyad ``a``–``b`` per period: counts per QuadClass, Goldstein, top codes."""
    if by not in PERIODS:
        raise ConfigError(f"--by must be one of {', '.join(PERIODS)}, got {by!r}")
    lo, hi = since or date(1, 1, 1), until or date(9999, 12, 31)
    key = pair_key(a, b)
    pair_filter, pair_params = ("AND pair_key = ?", [key]) if key is not None else ("", [])
    sql = _DYAD_SQL.format(period=_PERIOD_SQL[by], pair_filter=pair_filter)
    rows = con.execute(sql, [a, b, lo, hi, *pair_params, a, b, b, a, top]).fetchall()
    out: list[DyadPeriod] = []
    for period, direction, n, q1, q2, q3, q4, g_sum, g_mean, codes, counts in rows:
        src, tgt = (a, b) if direction == 0 else (b, a)
        out.append(
            DyadPeriod(
                period=period,
                source=src,
                target=tgt,
                events=n,
                quad_counts=(q1, q2, q3, q4),
                goldstein_sum=float(g_sum),
                goldstein_mean=None if g_mean is None else float(g_mean),
                top_codes=tuple(zip(codes or (), counts or (), strict=True)),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class StoreStats:
    schema_version: int
    counts: dict[str, int]  # rows per table
    first_day: date | None
    last_day: date | None
    events_by_quad: dict[int, int]
    top_roots: list[tuple[str, int]]
    top_actors: list[tuple[str, int]]
    top_dyads: list[tuple[str, str, int]]
    rejects_by_reason: dict[str, int]
    runs: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "counts": self.counts,
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "events_by_quad": self.events_by_quad,
            "top_roots": [{"root": r, "count": n} for r, n in self.top_roots],
            "top_actors": [{"actor": a, "count": n} for a, n in self.top_actors],
            "top_dyads": [{"source": s, "target": t, "count": n} for s, t, n in self.top_dyads],
            "rejects_by_reason": self.rejects_by_reason,
            "runs": [
                {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()}
                for r in self.runs
            ],
        }


_COUNTED = ("articles", "sentences", "actors", "events", "quotes", "places", "rejects", "runs")
_COUNT_SQL = {t: f'SELECT count(*) FROM "{t}"' for t in _COUNTED}


def stats(con: duckdb.DuckDBPyConnection, *, top: int = 10, runs: int = 5) -> StoreStats:
    """An overview of the store: sizes, time span, QuadClass mix, busiest actors and dyads, runs."""
    counts = {t: int(con.execute(_COUNT_SQL[t]).fetchone()[0]) for t in _COUNTED}  # type: ignore[index]
    version = con.execute("SELECT max(version) FROM schema_version").fetchone()
    span = con.execute("SELECT min(day), max(day) FROM events").fetchone() or (None, None)
    quads = con.execute("SELECT quad_class, count(*) FROM events GROUP BY 1 ORDER BY 1").fetchall()
    roots = con.execute(
        "SELECT root, count(*) n FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [top]
    ).fetchall()
    actors = con.execute(
        "SELECT actor, count(*) n FROM (SELECT source AS actor FROM events UNION ALL SELECT target FROM events)"
        " GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?",
        [top],
    ).fetchall()
    dyads = con.execute(
        "SELECT source, target, count(*) n FROM events GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [top]
    ).fetchall()
    reasons = con.execute("SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
    run_rows = _dicts(
        con.execute(
            "SELECT run_id, command, status, started_at, ended_at, model, articles_read, articles_stored,"
            " duplicates, rejects, events FROM runs ORDER BY started_at DESC LIMIT ?",
            [runs],
        )
    )
    return StoreStats(
        schema_version=int(version[0]) if version and version[0] is not None else 0,
        counts=counts,
        first_day=span[0],
        last_day=span[1],
        events_by_quad={int(q): int(n) for q, n in quads if q is not None},
        top_roots=[(str(r), int(n)) for r, n in roots],
        top_actors=[(str(a), int(n)) for a, n in actors],
        top_dyads=[(str(s), str(t), int(n)) for s, t, n in dyads],
        rejects_by_reason={str(r): int(n) for r, n in reasons},
        runs=run_rows,
    )


def quotes(
    con: duckdb.DuckDBPyConnection,
    *,
    speaker: str | None = None,
    actor: str | None = None,
    text: str | None = None,
    since: date | None = None,
    until: date | None = None,
    doc_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes with their speaker, speaker's actor code, the article's date, title and url."""
    _check_page(limit, offset)
    parts: list[str] = []
    params: list[Any] = []
    if speaker:
        parts.append(
            "contains(lower(coalesce(q.speaker, '') || ' ' || coalesce(q.speaker_name, '')), lower(?))"
        )
        params.append(speaker)
    if actor:
        parts.append("starts_with(q.speaker_code, ?)")
        params.append(actor)
    if text:
        parts.append("contains(lower(q.content), lower(?))")
        params.append(text)
    date_parts: list[str] = []
    date_params: list[Any] = []
    if since:
        date_parts.append("a.day >= ?")
        date_params.append(since)
    if until:
        date_parts.append("a.day <= ?")
        date_params.append(until)
    if doc_id:
        parts.append("q.doc_id = ?")
        params.append(doc_id)
    where = " AND ".join(parts) or "TRUE"
    if since or until:  # the date lives on the article
        where = f"{where} AND q.doc_id IN (SELECT id FROM articles a WHERE {' AND '.join(date_parts)})"
    sql = (
        f"SELECT q.* FROM quotes q WHERE {where}"
        " ORDER BY q.doc_id, q.content_span_start, q.quote_id LIMIT ? OFFSET ?"
    )
    rows = _dicts(con.execute(sql, [*params, *date_params, limit, offset]))
    return _attach_articles(con, rows, {"day": "date", "title": "article_title", "url": "url"})


def articles(
    con: duckdb.DuckDBPyConnection, *, limit: int = 100, offset: int = 0, with_text: bool = False
) -> list[dict[str, Any]]:
    """Stored articles (metadata, ``n_events``; the cleaned text only when asked), in storing order."""
    _check_page(limit, offset)
    text = ", text" if with_text else ""
    sql = (
        "SELECT id, title, date, day, url, source, author, language, origin, input_format, content_hash,"
        f" n_sentences, discarded, run_id, stored_at{text} FROM articles ORDER BY stored_at, id LIMIT ? OFFSET ?"
    )
    rows = _dicts(con.execute(sql, [limit, offset]))
    ids = [r["id"] for r in rows]
    counts: dict[str, int] = {}
    if ids:
        marks = ", ".join("?" for _ in ids)
        sql = f"SELECT doc_id, count(*) FROM events WHERE doc_id IN ({marks}) GROUP BY doc_id"
        counts = {d: int(n) for d, n in con.execute(sql, ids).fetchall()}
    for r in rows:
        r["n_events"] = counts.get(r["id"], 0)
    return rows


def article(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """One article with its text, sentences, actors, events and quotes; None when absent."""
    rows = _dicts(con.execute("SELECT * FROM articles WHERE id = ?", [doc_id]))
    if not rows:
        return None
    out = rows[0]
    for table, order in (
        ("sentences", "sentence_index"),
        ("actors", "mention_index"),
        ("events", "sentence_index, verb_span_start"),
        ("quotes", "content_span_start"),
        ("places", "place_index"),
    ):
        out[table] = _dicts(
            con.execute(f'SELECT * FROM "{table}" WHERE doc_id = ? ORDER BY {order}', [doc_id])
        )
    return out
