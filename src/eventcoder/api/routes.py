"""Read-only routes over the store: events, dyads, actors, articles, quotes, stats."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, Path, Query, Request

from eventcoder.api import models, rows
from eventcoder.api.errors import ERROR_RESPONSES, ApiError
from eventcoder.api.params import (
    ActorPath,
    ActorQuery,
    Limit,
    Offset,
    Since,
    Text,
    Until,
    check_range,
    page,
    period_end,
    upper,
)
from eventcoder.api.store_access import store_cursor
from eventcoder.store import api_queries, queries
from eventcoder.store.api_queries import Level
from eventcoder.store.queries import EventFilter

router = APIRouter(responses=ERROR_RESPONSES)
Con = Annotated[duckdb.DuckDBPyConnection, Depends(store_cursor)]


def _code_names(request: Request) -> Mapping[str, str]:
    names: Mapping[str, str] = request.app.state.code_names
    return names


CodeNames = Annotated[Mapping[str, str], Depends(_code_names)]


def _dyad_param(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [p.strip().upper() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ApiError(422, f"dyad must be two actor codes separated by a comma, got {value!r}")
    return parts[0], parts[1]


@router.get("/events", response_model=models.EventPage, tags=["events"])
def list_events(
    con: Con,
    names: CodeNames,
    actor: ActorQuery = None,
    dyad: Annotated[
        str | None, Query(max_length=65, description="Two actor code prefixes, either direction: TUR,USA.")
    ] = None,
    source: ActorQuery = None,
    target: ActorQuery = None,
    code: Annotated[
        str | None, Query(pattern=r"^[0-9A-Za-z]{1,5}$", description="CAMEO code prefix.")
    ] = None,
    root: Annotated[str | None, Query(pattern=r"^[0-9]{2}$", description="CAMEO root (two digits).")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    plover: Annotated[str | None, Query(max_length=40, description="PLOVER event type.")] = None,
    since: Since = None,
    until: Until = None,
    text: Text = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    doc_id: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Events matching every given filter (the filters of ``eventcoder events``), by date."""
    check_range(since, until)
    f = EventFilter(
        actor=upper(actor),
        dyad=_dyad_param(dyad),
        source=upper(source),
        target=upper(target),
        code=code,
        root=root,
        quad_class=quad_class,
        plover=plover,
        since=since,
        until=until,
        text=text,
        min_confidence=min_confidence,
        doc_id=doc_id,
    )
    total = queries.count_events(con, f)
    items = (
        [rows.event(r, names) for r in queries.events(con, f, limit=limit, offset=offset)]
        if offset < total
        else []
    )
    return page(items, limit, offset, total)


@router.get("/dyads", response_model=models.DyadPage, tags=["dyads"])
def list_dyads(
    con: Con,
    level: Level = Level.COUNTRY,
    since: Since = None,
    until: Until = None,
    domestic: Annotated[bool, Query(description="Include dyads whose two sides are the same.")] = False,
    limit: Limit = 30,
    offset: Offset = 0,
) -> dict[str, Any]:
    """The busiest directed dyads (by number of events), grouped by country or by full actor code."""
    check_range(since, until)
    found = api_queries.busiest_dyads(
        con, level=level, since=since, until=until, domestic=domestic, limit=limit + 1, offset=offset
    )
    return page(found, limit, offset)


@router.get("/dyads/{a}/{b}", response_model=models.DyadTimeline, tags=["dyads"])
def dyad_timeline(
    con: Con,
    a: ActorPath,
    b: ActorPath,
    by: Literal["day", "week", "month", "year"] = "week",
    since: Since = None,
    until: Until = None,
    top: Annotated[int, Query(ge=1, le=10, description="Top event codes per period.")] = 3,
) -> dict[str, Any]:
    """Both directions of a dyad per period: QuadClass counts, summed and mean Goldstein, top codes."""
    check_range(since, until)
    a, b = a.upper(), b.upper()
    periods = queries.dyad(con, a, b, by=by, since=since, until=until, top=top)
    directions = []
    for source, target in ((a, b), (b, a)):
        mine = [p for p in periods if (p.source, p.target) == (source, target)]
        points = [
            {
                "period": p.period,
                "period_end": period_end(p.period, by),
                "events": p.events,
                "quad_counts": list(p.quad_counts),
                "goldstein_sum": p.goldstein_sum,
                "goldstein_mean": p.goldstein_mean,
                "top_codes": [{"code": c, "count": n} for c, n in p.top_codes],
            }
            for p in mine
        ]
        total = sum(p.events for p in mine)
        directions.append({"source": source, "target": target, "total_events": total, "periods": points})
    return {"a": a, "b": b, "by": by, "directions": directions}


@router.get("/actors", response_model=models.ActorPage, tags=["actors"])
def list_actors(
    con: Con,
    level: Level = Level.ACTOR,
    text: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Actor codes in the store, busiest first; ``level=country`` groups codes by their country."""
    found = api_queries.actors(con, level=level, text=text, limit=limit + 1, offset=offset)
    return page(found, limit, offset)


@router.get("/actors/{code}", response_model=models.ActorProfileOut, tags=["actors"])
def get_actor(con: Con, code: ActorPath) -> Any:
    """One actor (a code prefix): names, full codes, event counts, date span, main partners."""
    profile = api_queries.actor_profile(con, code.upper())
    if profile is None:
        raise ApiError(404, f"no actor {code.upper()} in this store", hint="GET /actors lists the actors.")
    return profile


@router.get("/articles/{doc_id}", response_model=models.ArticleBundle, tags=["articles"])
def get_article(con: Con, names: CodeNames, doc_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    """An article's cleaned text with its sentences, actors, events, quotes and places (spans into the text)."""
    row = queries.article(con, doc_id)
    if row is None:
        raise ApiError(
            404, f"no article {doc_id!r} in this store", hint="GET /events gives articles' doc_id."
        )
    bundle = rows.article_bundle(row, names)
    bundle["discarded"] = bundle["article"].get("discarded")
    return bundle


@router.get("/quotes", response_model=models.QuotePage, tags=["quotes"])
def list_quotes(
    con: Con,
    speaker: Text = None,
    actor: ActorQuery = None,
    text: Text = None,
    since: Since = None,
    until: Until = None,
    doc_id: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Quotes and statements with their speakers (the filters of ``eventcoder quotes``)."""
    check_range(since, until)
    found = queries.quotes(
        con,
        speaker=speaker,
        actor=upper(actor),
        text=text,
        since=since,
        until=until,
        doc_id=doc_id,
        limit=limit + 1,
        offset=offset,
    )
    return page([rows.quote(r) for r in found], limit, offset)


@router.get("/stats", tags=["store"])
def get_stats(con: Con) -> dict[str, Any]:
    """Store overview: rows per table, time span, QuadClass mix, busiest actors and dyads, rejects, runs."""
    return queries.stats(con).to_dict()
