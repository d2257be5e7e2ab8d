"""Exports of stored events: GDELT 2.0 event table, PLOVER JSON, Parquet, CSV and JSON Lines.

Rows stream from DuckDB in chunks, so an export never holds the event table in Python. Parquet and CSV
are written by DuckDB's ``COPY``. Every format can be deduplicated first (see ``dedupe``).
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import duckdb

from eventcoder.store.dedupe import Dedupe, dedupe_params, dedupe_sql

if TYPE_CHECKING:
    from eventcoder.geo.gdelt_codes import GdeltGeoCodes

CHUNK = 10_000


class ExportFormat(enum.StrEnum):
    GDELT = "gdelt"
    PLOVER = "plover"
    PARQUET = "parquet"
    CSV = "csv"
    JSONL = "jsonl"


_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

# The GDELT 2.0 event table, in codebook order (61 columns).
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)

# CAMEO actor prefixes that are not countries (their types follow in the code).
_NON_COUNTRY = {"IGO", "NGO", "IMG", "MNC", "UIS", "---", "REB", "BUS", "CVL", "GOV", "MIL", "REF", "JUD"}
_KNOWN_GROUP_PREFIXES = {"IGO", "NGO", "IMG", "MNC"}


def _actor_columns(code: str | None, name: str | None) -> list[str]:
    """GDELT's ten actor columns from a CAMEO actor code such as ``TURGOV`` or ``IGOWSTNAT``."""
    if not code:
        return [""] * len(_ACTOR_FIELDS)
    head = code[:3]
    country = "" if head in _NON_COUNTRY else head
    known = code[3:6] if head in _KNOWN_GROUP_PREFIXES else ""
    rest = code[3:] if country else code[6:] if known else code[:]
    types = [rest[i : i + 3] for i in range(0, min(len(rest), 9), 3)]
    types += [""] * (3 - len(types))
    return [code, name or "", country, known, "", "", "", *types]


def gdelt_geo_type(feature: str | None, country: str | None, admin1: str | None = None) -> int:
    """GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.

    An unlisted place or a site (``geo.within``, ``geo.sites``: at the point of the place the text
    names it in) claims no more than its first-level division, or its country where that is unknown."""
    us = country == "USA"
    if feature in ("city", "airport"):  # an airport is a point in or by a city
        return 3 if us else 4
    if feature in ("admin1", "admin2") or (feature in ("unlisted", "site") and admin1):
        return 2 if us else 5
    return 1


def _geo_columns(row: dict[str, Any], codes: GdeltGeoCodes) -> list[str]:
    """GDELT's eight geography columns; its country and ADM1 codes are FIPS 10-4 based."""
    if not row.get("place"):
        return [""] * len(_GEO_FIELDS)
    lat, lon = row.get("place_lat"), row.get("place_lon")
    geonames = row.get("place_geonames_id")
    country = row.get("place_country")
    return [
        str(gdelt_geo_type(row.get("place_feature"), country, row.get("place_admin1"))),
        row["place"],
        codes.country(country),
        codes.admin1(country, row.get("place_admin1")),
        "",
        "" if lat is None else f"{lat:.4f}",
        "" if lon is None else f"{lon:.4f}",
        "" if geonames is None else str(geonames),
    ]


def global_event_id(event_id: str) -> int:
    """A positive 60-bit integer from our hex event id (GDELT ids are integers)."""
    try:
        return int(event_id[:15], 16)
    except ValueError:
        return int.from_bytes(event_id.encode("utf-8")[:7], "big")


def gdelt_row(row: dict[str, Any], added: dt.datetime, codes: GdeltGeoCodes) -> list[str]:
    """One GDELT 2.0 event row (61 strings) from a deduped event row."""
    day: dt.date | None = row.get("day")
    dates = ["", "", "", ""]
    if day is not None:
        fraction = day.year + (day.timetuple().tm_yday - 1) / 365
        dates = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]
    cameo = row.get("cameo") or ""
    out = [
        str(global_event_id(row["event_id"])),
        *dates,
        *_actor_columns(row.get("source"), row.get("source_name")),
        *_actor_columns(row.get("target"), row.get("target_name")),
        "1" if row.get("sentence_index") == 0 else "0",
        cameo,
        cameo[:3],
        row.get("root") or cameo[:2],
        str(row.get("quad_class") or ""),
        "" if row.get("goldstein") is None else f"{row['goldstein']:.1f}",
        str(row.get("num_mentions", 1)),
        str(row.get("num_sources", 1)),
        str(row.get("num_articles", 1)),
        "",
        *[""] * len(_GEO_FIELDS),
        *[""] * len(_GEO_FIELDS),
        *_geo_columns(row, codes),
        added.strftime("%Y%m%d%H%M%S"),
        (row.get("urls") or [row.get("url") or ""])[0] or "",
    ]
    return out


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER JSON record (the GSR/POLECAT field names) with CAMEO and provenance alongside."""
    span = (row.get("verb_span_start"), row.get("verb_span_end"))
    return {
        "id": row["event_id"],
        "date": row["day"].isoformat() if row.get("day") else None,
        "event": row.get("plover"),
        "mode": row.get("plover_mode"),
        "context": [],
        "source": [{"actorText": row.get("source_name"), "code": row.get("source")}],
        "target": [{"actorText": row.get("target_name"), "code": row.get("target")}],
        "text": row.get("sentence"),
        "eventSpan": list(span) if span[0] is not None else None,
        "eventLoc": row.get("place"),
        "cameo": row.get("cameo"),
        "quad_class": row.get("quad_class"),
        "goldstein": row.get("goldstein"),
        "confidence": row.get("confidence"),
        "doc_id": row.get("doc_id"),
        "url": row.get("url"),
        "num_mentions": row.get("num_mentions", 1),
        "num_sources": row.get("num_sources", 1),
        "num_articles": row.get("num_articles", 1),
        "event_ids": row.get("event_ids"),
        "urls": row.get("urls"),
    }


def _rows(con: duckdb.DuckDBPyConnection, dedupe: Dedupe, gap_days: int) -> Iterator[dict[str, Any]]:
    cursor = con.execute(
        f"SELECT * FROM ({dedupe_sql(dedupe)}) ORDER BY day NULLS LAST, event_id",
        dedupe_params(dedupe, gap_days),
    )
    names = [d[0] for d in cursor.description or ()]
    while chunk := cursor.fetchmany(CHUNK):
        for values in chunk:
            yield dict(zip(names, values, strict=True))


def _json_default(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def write_gdelt(
    con: duckdb.DuckDBPyConnection,
    out: TextIO,
    dedupe: Dedupe,
    gap_days: int = 1,
    codes: GdeltGeoCodes | None = None,
) -> int:
    """Tab-separated GDELT 2.0 event rows, no header (as GDELT ships them); returns the row count."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    added = dt.datetime.now(dt.UTC)
    if codes is None:
        from eventcoder.geo.gdelt_codes import GdeltGeoCodes  # eventcoder.geo imports spaCy

        codes = GdeltGeoCodes.load()
    n = 0
    for row in _rows(con, dedupe, gap_days):
        writer.writerow(gdelt_row(row, added, codes))
        n += 1
    return n


def write_jsonl(
    con: duckdb.DuckDBPyConnection, out: TextIO, dedupe: Dedupe, gap_days: int = 1, *, plover: bool = False
) -> int:
    n = 0
    for row in _rows(con, dedupe, gap_days):
        record = plover_record(row) if plover else row
        out.write(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
        n += 1
    return n


def copy_to(
    con: duckdb.DuckDBPyConnection, path: Path, fmt: ExportFormat, dedupe: Dedupe, gap_days: int = 1
) -> int:
    """Parquet or CSV (with header) through DuckDB's COPY; returns the row count."""
    options = {ExportFormat.PARQUET: "(FORMAT parquet)", ExportFormat.CSV: "(FORMAT csv, HEADER true)"}[fmt]
    params: dict[str, Any] = {**dedupe_params(dedupe, gap_days), "path": str(path)}
    con.execute(f"COPY ({dedupe_sql(dedupe)} ORDER BY day NULLS LAST, event_id) TO $path {options}", params)
    row = con.execute("SELECT count(*) FROM events").fetchone() if dedupe is Dedupe.NONE else None
    if row is not None:
        return int(row[0])
    counted = con.execute(
        f"SELECT count(*) FROM ({dedupe_sql(dedupe)})", dedupe_params(dedupe, gap_days)
    ).fetchone()
    return int(counted[0]) if counted else 0


def export(
    con: duckdb.DuckDBPyConnection,
    fmt: ExportFormat,
    path: Path | None,
    out: TextIO | None,
    dedupe: Dedupe,
    gap_days: int = 1,
) -> int:
    """Export every stored event in ``fmt`` to ``path`` (or the text stream ``out``); returns rows written."""
    if fmt in (ExportFormat.PARQUET, ExportFormat.CSV):
        if path is None:
            raise ValueError(f"{fmt.value} export needs an output path")
        return copy_to(con, path, fmt, dedupe, gap_days)
    if path is not None:
        with path.open("w", encoding="utf-8", newline="") as handle:
            return export(con, fmt, None, handle, dedupe, gap_days)
    assert out is not None
    if fmt is ExportFormat.GDELT:
        return write_gdelt(con, out, dedupe, gap_days)
    return write_jsonl(con, out, dedupe, gap_days, plover=fmt is ExportFormat.PLOVER)
