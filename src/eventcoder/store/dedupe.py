"""Deduplication of stored events, as SQL over ``events``.

Three modes, each a SELECT giving one row per kept event with every event column, the article's
``url`` and ``article_source``, and GDELT-style counts of what it stands for:

* ``none``    — every event, counts of 1.
* ``daily``   — the Phoenix one-a-day rule: one event per (day, source, target, CAMEO code); undated
  events are only merged within their article.
* ``cluster`` — cross-article clusters: events with the same source, target, CAMEO root and place
  country whose days lie within ``gap_days`` of each other form one cluster (the same event reported
  by several articles, possibly on successive days).

Rows also carry ``place_feature`` (country, admin1, city, ...) from the event's place.
Each kept row is its group's most confident event (ties: smallest event id) and carries
``num_mentions`` (events merged), ``num_articles`` (distinct articles), ``num_sources`` (distinct
outlets: article source, else url, else article), ``event_ids`` and ``urls`` (merged, sorted).
"""

from __future__ import annotations

import enum

import duckdb


class Dedupe(enum.StrEnum):
    NONE = "none"
    DAILY = "daily"
    CLUSTER = "cluster"


_BASE = """
place_features AS (
    SELECT doc_id, span_start, span_end, any_value(feature) AS feature FROM places GROUP BY ALL
),
base AS (
    SELECT e.*, a.url AS url, a.source AS article_source, pf.feature AS place_feature,
           coalesce(a.source, a.url, e.doc_id) AS outlet
    FROM events e
    LEFT JOIN articles a ON a.id = e.doc_id
    LEFT JOIN place_features pf
           ON pf.doc_id = e.doc_id AND pf.span_start = e.place_span_start AND pf.span_end = e.place_span_end
)"""

_GROUPED = """
grp AS (
    SELECT gkey,
           first(event_id ORDER BY confidence DESC, event_id) AS kept_id,
           count(*) AS num_mentions,
           count(DISTINCT doc_id) AS num_articles,
           count(DISTINCT outlet) AS num_sources,
           list(event_id ORDER BY event_id) AS event_ids,
           list(DISTINCT url ORDER BY url) FILTER (url IS NOT NULL) AS urls
    FROM keyed GROUP BY gkey
)
SELECT keyed.* EXCLUDE (gkey, outlet), grp.num_mentions, grp.num_sources, grp.num_articles,
       grp.event_ids, coalesce(grp.urls, []::VARCHAR[]) AS urls
FROM grp JOIN keyed ON keyed.gkey = grp.gkey AND keyed.event_id = grp.kept_id"""

_NONE = f"""
WITH {_BASE}
SELECT base.* EXCLUDE (outlet), 1::BIGINT AS num_mentions, 1::BIGINT AS num_sources, 1::BIGINT AS num_articles,
       [event_id] AS event_ids, CASE WHEN url IS NULL THEN []::VARCHAR[] ELSE [url] END AS urls
FROM base"""

_DAILY = f"""
WITH {_BASE},
keyed AS (
    SELECT *, hash(day, source, target, cameo, CASE WHEN day IS NULL THEN doc_id END) AS gkey FROM base
),{_GROUPED}"""

_CLUSTER = f"""
WITH {_BASE},
ordered AS (
    SELECT *,
           CASE WHEN day IS NULL
                  OR lag(day) OVER k IS NULL
                  OR day - lag(day) OVER k > $gap THEN 1 ELSE 0 END AS brk
    FROM base
    WINDOW k AS (PARTITION BY source, target, root, place_country ORDER BY day NULLS LAST, event_id)
),
numbered AS (
    SELECT * EXCLUDE (brk),
           sum(brk) OVER (PARTITION BY source, target, root, place_country ORDER BY day NULLS LAST, event_id
                          ROWS UNBOUNDED PRECEDING) AS cluster_no
    FROM ordered
),
keyed AS (
    SELECT * EXCLUDE (cluster_no), hash(source, target, root, place_country, cluster_no) AS gkey FROM numbered
),{_GROUPED}"""


def dedupe_sql(mode: Dedupe) -> str:
    """The SELECT for ``mode``; the cluster mode takes the named parameter ``$gap`` (days)."""
    return {Dedupe.NONE: _NONE, Dedupe.DAILY: _DAILY, Dedupe.CLUSTER: _CLUSTER}[mode]


def dedupe_params(mode: Dedupe, gap_days: int = 1) -> dict[str, int]:
    return {"gap": gap_days} if mode is Dedupe.CLUSTER else {}


VIEWS = {"events_daily": Dedupe.DAILY, "events_clusters": Dedupe.CLUSTER}
VIEW_GAP_DAYS = 1


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the views ``events_daily`` and ``events_clusters`` (gap of one day) for SQL users.

    Re-created whenever a writer opens the store, so that they follow columns added to ``events``.
    """
    for name, mode in VIEWS.items():
        sql = dedupe_sql(mode).replace("$gap", str(VIEW_GAP_DAYS))
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")


def deduped_relation(
    con: duckdb.DuckDBPyConnection, mode: Dedupe, gap_days: int = 1
) -> duckdb.DuckDBPyConnection:
    """Execute the dedupe SELECT and return the cursor (fetch from it in chunks)."""
    return con.execute(dedupe_sql(mode), dedupe_params(mode, gap_days))
