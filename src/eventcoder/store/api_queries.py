"""Read queries the HTTP API and dashboard need beyond ``store.queries``: actors and busiest dyads.

Same conventions as ``store.queries``: plain functions over a DuckDB connection, aggregation in SQL,
every user value a parameter. The grouping level (``actor`` = full CAMEO code, ``country`` = its first
three characters) picks one of two fixed SQL expressions; it is never spliced in from user input.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from eventcoder.store.queries import _check_page, _dicts


class Level(enum.StrEnum):
    ACTOR = "actor"
    COUNTRY = "country"


# The only SQL fragments a caller can choose between (via ``Level``).
_KEY = {Level.ACTOR: "{col}", Level.COUNTRY: "left({col}, 3)"}


# Which mentions name a group: any mention of the code, or for a country a mention of the bare country.
_NAMED = {Level.ACTOR: "TRUE", Level.COUNTRY: "length(code_full) = 3"}


def _key(level: Level, column: str) -> str:
    return _KEY[Level(level)].format(col=column)


_ACTORS_SQL = """
WITH m AS (
    SELECT {m_key} AS code, code AS code_full, name, doc_id FROM actors
),
name_counts AS (
    SELECT code, name, count(*) AS n, bool_or({named}) AS own FROM m GROUP BY code, name
),
named AS (
    SELECT code, first(name ORDER BY n DESC, name) FILTER (WHERE own) AS own_name,
           string_agg(lower(name), chr(10)) AS all_names
    FROM name_counts GROUP BY code
),
counted AS (
    SELECT code, count(*) AS mentions, count(DISTINCT doc_id) AS articles FROM m GROUP BY code
),
ev AS (
    SELECT code, count(*) FILTER (side = 0) AS as_source, count(*) FILTER (side = 1) AS as_target
    FROM (SELECT {s_key} AS code, 0 AS side FROM events UNION ALL SELECT {t_key}, 1 FROM events)
    GROUP BY code
)
SELECT coalesce(counted.code, ev.code) AS code,
       named.own_name AS name,
       coalesce(counted.mentions, 0) AS mentions, coalesce(counted.articles, 0) AS articles,
       coalesce(ev.as_source, 0) AS events_as_source, coalesce(ev.as_target, 0) AS events_as_target
FROM counted JOIN named USING (code) FULL OUTER JOIN ev ON counted.code = ev.code
WHERE ?::VARCHAR IS NULL
   OR contains(lower(coalesce(counted.code, ev.code)), lower(?))
   OR contains(coalesce(named.all_names, ''), lower(?))
ORDER BY events_as_source + events_as_target DESC, mentions DESC, code
LIMIT ? OFFSET ?
"""


def actors(
    con: duckdb.DuckDBPyConnection,
    *,
    level: Level = Level.ACTOR,
    text: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Actor codes seen in the store (mentions and events), busiest first.

    ``name`` is the code's most frequent mention name (ties: alphabetical); at the country level only
    mentions coded with the bare country code name it. ``text`` matches the code or any mention name.
    """
    _check_page(limit, offset)
    sql = _ACTORS_SQL.format(
        m_key=_key(level, "code"),
        s_key=_key(level, "source"),
        t_key=_key(level, "target"),
        named=_NAMED[Level(level)],
    )
    return _dicts(con.execute(sql, [text, text, text, limit, offset]))


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """Everything the store says about one actor code (a prefix: ``TUR`` covers ``TURGOV`` ...)."""

    code: str
    mentions: int
    articles: int
    names: list[dict[str, Any]]  # [{"name", "count"}], most frequent first
    codes: list[dict[str, Any]]  # [{"code", "count"}]: the full codes under this prefix
    events_as_source: int
    events_as_target: int
    first_day: date | None
    last_day: date | None
    partners: list[dict[str, Any]]  # [{"actor", "as_source", "as_target", "goldstein_mean"}]


def actor_profile(con: duckdb.DuckDBPyConnection, code: str, *, top: int = 10) -> ActorProfile | None:
    """The profile of actor ``code`` (a code prefix); None when neither a mention nor an event has it."""
    mentions, articles = con.execute(
        "SELECT count(*), count(DISTINCT doc_id) FROM actors WHERE starts_with(code, ?)", [code]
    ).fetchone() or (0, 0)
    as_source, as_target, first, last = con.execute(
        "SELECT count(*) FILTER (starts_with(source, ?)), count(*) FILTER (starts_with(target, ?)),"
        " min(day), max(day) FROM events WHERE starts_with(source, ?) OR starts_with(target, ?)",
        [code, code, code, code],
    ).fetchone() or (0, 0, None, None)
    if not mentions and not as_source and not as_target:
        return None
    names = con.execute(
        "SELECT name, count(*) AS n FROM actors WHERE starts_with(code, ?) GROUP BY name ORDER BY n DESC, name LIMIT ?",
        [code, top],
    ).fetchall()
    codes = con.execute(
        "SELECT code, count(*) AS n FROM (SELECT code FROM actors WHERE starts_with(code, ?)"
        " UNION ALL SELECT source FROM events WHERE starts_with(source, ?)"
        " UNION ALL SELECT target FROM events WHERE starts_with(target, ?))"
        " GROUP BY code ORDER BY n DESC, code LIMIT ?",
        [code, code, code, top],
    ).fetchall()
    return ActorProfile(
        code=code,
        mentions=int(mentions),
        articles=int(articles),
        names=[{"name": n, "count": int(c)} for n, c in names],
        codes=[{"code": k, "count": int(c)} for k, c in codes],
        events_as_source=int(as_source),
        events_as_target=int(as_target),
        first_day=first,
        last_day=last,
        partners=_partners(con, code, top),
    )


_PARTNERS_SQL = """
SELECT left(other, 3) AS actor,
       count(*) FILTER (side = 0) AS as_source, count(*) FILTER (side = 1) AS as_target,
       avg(goldstein) AS goldstein_mean
FROM (
    SELECT target AS other, 0 AS side, goldstein FROM events WHERE starts_with(source, ?)
    UNION ALL
    SELECT source, 1, goldstein FROM events WHERE starts_with(target, ?)
)
GROUP BY actor ORDER BY as_source + as_target DESC, actor LIMIT ?
"""


def _partners(con: duckdb.DuckDBPyConnection, code: str, top: int) -> list[dict[str, Any]]:
    """Countries this actor acts on (``as_source``) or is acted on by (``as_target``)."""
    return _dicts(con.execute(_PARTNERS_SQL, [code, code, top]))


_DYADS_SQL = """
SELECT {s_key} AS source, {t_key} AS target, count(*) AS events,
       avg(goldstein) AS goldstein_mean,
       count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2,
       count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4,
       min(day) AS first_day, max(day) AS last_day
FROM events
WHERE (?::DATE IS NULL OR day >= ?) AND (?::DATE IS NULL OR day <= ?)
  AND (? OR {s_key} <> {t_key})
GROUP BY 1, 2
ORDER BY events DESC, source, target
LIMIT ? OFFSET ?
"""


def busiest_dyads(
    con: duckdb.DuckDBPyConnection,
    *,
    level: Level = Level.COUNTRY,
    since: date | None = None,
    until: date | None = None,
    domestic: bool = False,
    limit: int = 30,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Directed dyads by number of events; ``domestic=False`` leaves out source == target (at ``level``)."""
    _check_page(limit, offset)
    sql = _DYADS_SQL.format(s_key=_key(level, "source"), t_key=_key(level, "target"))
    rows = _dicts(con.execute(sql, [since, since, until, until, domestic, limit, offset]))
    for row in rows:
        row["quad_counts"] = [int(row.pop(f"q{q}")) for q in (1, 2, 3, 4)]
    return rows
