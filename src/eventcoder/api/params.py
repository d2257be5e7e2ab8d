"""Query and path parameters shared by the routes, with their limits (validated before any query)."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Annotated, Any

from fastapi import Path, Query

from eventcoder.api.errors import ApiError

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
MAX_OFFSET = 10_000_000
ACTOR_PATTERN = r"^[A-Za-z0-9-]{1,32}$"

ActorQuery = Annotated[
    str | None,
    Query(pattern=ACTOR_PATTERN, description="CAMEO actor code prefix: TUR matches TUR, TURGOV, TURMIL ..."),
]
ActorPath = Annotated[
    str, Path(pattern=ACTOR_PATTERN, description="CAMEO actor code prefix, e.g. TUR or USAGOV.")
]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Page size (at most {MAX_PAGE_SIZE}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
Since = Annotated[dt.date | None, Query(description="First day (inclusive), YYYY-MM-DD.")]
Until = Annotated[dt.date | None, Query(description="Last day (inclusive), YYYY-MM-DD.")]
Text = Annotated[str | None, Query(min_length=1, max_length=200, description="Case-insensitive substring.")]


def check_range(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise ApiError(422, f"since ({since}) is after until ({until})")


def upper(code: str | None) -> str | None:
    return code.upper() if code else code


def page(items: list[Any], limit: int, offset: int, total: int | None = None) -> dict[str, Any]:
    """A page envelope. ``items`` may hold one row more than ``limit``: that row only says there is more."""
    more = len(items) > limit if total is None else offset + min(len(items), limit) < total
    return {
        "items": items[:limit],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
        "total": total,
    }


def period_end(start: dt.date, by: str) -> dt.date:
    """Last day of the period that begins on ``start`` (periods as DuckDB's ``date_trunc``)."""
    if by == "week":
        return start + dt.timedelta(days=6)
    if by == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if by == "year":
        return start.replace(month=12, day=31)
    return start
