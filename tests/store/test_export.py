"""Every export read back by a real reader; deduplication keeps one event per group and counts the rest."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from eventcoder.geo.gdelt_codes import GdeltGeoCodes
from eventcoder.store import Dedupe, ExportFormat, RunInfo, Store, export, ingest
from eventcoder.store.dedupe import dedupe_sql
from eventcoder.store.export import GDELT_COLUMNS, _actor_columns
from store.fakes import FakePipeline, make_article


def _export(store: Store, fmt: ExportFormat, path: Path, dedupe: Dedupe = Dedupe.NONE) -> int:
    return export(store.con, fmt, path, None, dedupe)


def test_gdelt_codebook_has_61_columns_in_order() -> None:
    assert len(GDELT_COLUMNS) == 61 == len(set(GDELT_COLUMNS))
    assert GDELT_COLUMNS[:2] == ("GLOBALEVENTID", "SQLDATE") and GDELT_COLUMNS[-2:] == (
        "DATEADDED",
        "SOURCEURL",
    )
    assert GDELT_COLUMNS.index("EventCode") == 26 and GDELT_COLUMNS.index("ActionGeo_Type") == 51


@pytest.mark.parametrize("dedupe", list(Dedupe))
def test_gdelt_tsv_reads_back_with_61_columns(filled: Store, tmp_path: Path, dedupe: Dedupe) -> None:
    n = _export(filled, ExportFormat.GDELT, tmp_path / "e.tsv", dedupe)
    with (tmp_path / "e.tsv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    assert len(rows) == n > 0
    assert {len(r) for r in rows} == {61}
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    assert sum(int(r[col["NumMentions"]]) for r in rows) == 120
    for r in rows:
        assert r[col["EventRootCode"]] == r[col["EventCode"]][:2]
        assert r[col["SQLDATE"]].startswith("202403") and r[col["SOURCEURL"]].startswith("https://")
    assert len({r[0] for r in rows}) == n


def test_actor_codes_split_into_gdelt_fields() -> None:
    turgov = _actor_columns("TURGOV", "Turkey")
    assert turgov[:3] == ["TURGOV", "Turkey", "TUR"] and turgov[7] == "GOV"
    igo = _actor_columns("IGOWSTNAT", "NATO")
    assert igo[2] == "" and igo[3] == "WST" and igo[7] == "NAT"


def test_parquet_reads_back_with_pyarrow_and_duckdb(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "e.parquet"
    n = _export(filled, ExportFormat.PARQUET, path, Dedupe.DAILY)
    table = pq.read_table(path)
    assert table.num_rows == n
    assert {"event_id", "source", "target", "cameo", "num_mentions", "urls"} <= set(table.column_names)
    assert sum(table.column("num_mentions").to_pylist()) == 120
    con = duckdb.connect()
    assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone() == (n,)


def test_csv_reads_back_with_header(filled: Store, tmp_path: Path) -> None:
    n = _export(filled, ExportFormat.CSV, tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == n == 120
    assert {r["event_id"] for r in rows} == {
        r[0] for r in filled.con.execute("SELECT event_id FROM events").fetchall()
    }


@pytest.mark.parametrize("fmt", [ExportFormat.JSONL, ExportFormat.PLOVER])
def test_json_lines_read_back(filled: Store, tmp_path: Path, fmt: ExportFormat) -> None:
    n = _export(filled, fmt, tmp_path / "e.jsonl", Dedupe.CLUSTER)
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == n
    if fmt is ExportFormat.PLOVER:
        assert all(r["event"] in {"CONSULT", "ACCUSE", "ASSAULT"} and r["source"][0]["code"] for r in records)
    assert sum(r["num_mentions"] for r in records) == 120


def _groups(store: Store, dedupe: Dedupe) -> list[tuple]:
    return store.con.execute(
        f"SELECT day, source, target, cameo, root, num_mentions, num_articles, num_sources, event_ids"
        f" FROM ({dedupe_sql(dedupe)})",
        {"gap": 1} if dedupe is Dedupe.CLUSTER else {},
    ).fetchall()


def test_daily_dedupe_keeps_one_event_per_day_dyad_and_code(filled: Store) -> None:
    rows = _groups(filled, Dedupe.DAILY)
    keys = Counter((r[0], r[1], r[2], r[3]) for r in rows)
    assert max(keys.values()) == 1
    expected = Counter(filled.con.execute("SELECT day, source, target, cameo FROM events").fetchall())
    assert {k: r[5] for k, r in zip(keys, rows, strict=True)} == dict(expected)
    assert all(r[6] == len(r[8]) for r in rows)  # one event per article in a day/dyad/code group here


def test_clusters_merge_successive_days_but_not_gaps(db_path: Path) -> None:
    texts = [
        ("TUR attacks USA on 2024-05-01.", "a"),
        ("TUR attacks USA on 2024-05-02.", "b"),
        ("TUR attacks USA on 2024-05-02. ", "a"),
        ("TUR attacks USA on 2024-05-09.", "c"),
    ]
    items = [dataclasses.replace(make_article(i, text=t), source=s) for i, (t, s) in enumerate(texts)]
    with Store.open(db_path) as store:
        ingest(store, items, FakePipeline(), run=RunInfo(command="t"))
        clusters = sorted(_groups(store, Dedupe.CLUSTER))
        daily = _groups(store, Dedupe.DAILY)
    assert [(c[5], c[6], c[7]) for c in clusters] == [(3, 3, 2), (1, 1, 1)]
    assert len(daily) == 3


def test_dedupe_views_match_the_queries(filled: Store) -> None:
    for view, mode in (("events_daily", Dedupe.DAILY), ("events_clusters", Dedupe.CLUSTER)):
        from_view = filled.con.execute(f"SELECT event_id, num_mentions FROM {view} ORDER BY ALL").fetchall()
        params = {"gap": 1} if mode is Dedupe.CLUSTER else {}
        direct = filled.con.execute(
            f"SELECT event_id, num_mentions FROM ({dedupe_sql(mode)}) ORDER BY ALL", params
        ).fetchall()
        assert from_view == direct and sum(n for _, n in from_view) == 120


def test_gdelt_geo_codes_are_fips_based() -> None:
    codes = GdeltGeoCodes.load()
    assert [codes.country(c) for c in ("TUR", "UKR", "DEU", "GBR", "USA", "RUS", None, "XXX")] == [
        "TU", "UP", "GM", "UK", "US", "RS", "", ""
    ]  # fmt: skip
    # ADM1: the FIPS country and the division's code; US states by postal code
    assert codes.admin1("USA", "California") == "USCA"
    assert codes.admin1("UKR", "Kharkiv") == "UP07"
    assert codes.admin1("TUR", "No Such Province") == "" and codes.admin1("TUR", None) == ""


def test_gdelt_action_geo_from_the_event_place() -> None:
    from eventcoder.store.export import gdelt_geo_type, gdelt_row

    assert [
        gdelt_geo_type(f, c) for f, c in [("city", "TUR"), ("city", "USA"), ("admin1", "USA"), (None, "TUR")]
    ] == [
        4,
        3,
        2,
        1,
    ]
    # an airport is a point in or by a city (GDELT has no facility type)
    assert [gdelt_geo_type("airport", c) for c in ("GBR", "USA")] == [4, 3]
    # an unlisted place claims its division's resolution at most
    assert [gdelt_geo_type("unlisted", "IRQ", a) for a in ("Baghdad", None)] == [5, 1]
    # so does a site (a building or road at the point of its town)
    assert [gdelt_geo_type("site", c, "Illinois") for c in ("USA", "GBR")] == [2, 5]
    import datetime as dt

    row = {
        "event_id": "ab12",
        "day": dt.date(2021, 12, 15),
        "cameo": "040",
        "place": "Ankara",
        "place_country": "TUR",
        "place_lat": 39.92,
        "place_lon": 32.85,
        "place_geonames_id": 323786,
        "place_feature": "city",
    }
    codes = GdeltGeoCodes.load()
    out = dict(zip(GDELT_COLUMNS, gdelt_row(row, dt.datetime(2024, 1, 1), codes), strict=True))
    assert (out["ActionGeo_Type"], out["ActionGeo_FullName"], out["ActionGeo_FeatureID"]) == (
        "4",
        "Ankara",
        "323786",
    )
    # GDELT writes countries in FIPS 10-4, not ISO: Turkey is TU (ISO TR)
    assert (out["ActionGeo_CountryCode"], out["ActionGeo_ADM1Code"]) == ("TU", "")
    assert out["SQLDATE"] == "20211215" and out["EventRootCode"] == "04" and out["Actor1Code"] == ""
