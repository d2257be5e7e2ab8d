"""``ingest --dask local``: the same store content as a single-process ingest, and idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.factory import PipelineOptions, build_pipeline
from eventcoder.ingest import read_inputs
from eventcoder.scale.dask_ingest import DaskOptions, ingest_dask
from eventcoder.store import RunInfo, Store, ingest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TABLES = ("articles", "sentences", "actors", "events", "quotes", "places")
WRITER_COLUMNS = ("run_id", "stored_at")  # differ per run by design


def _items():  # type: ignore[no-untyped-def]
    return read_inputs([str(EXAMPLES)], default_date="2021-12-15")


def _content(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store.open(db, read_only=True) as store:
        out = {}
        for table in TABLES:
            columns = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall()]
            keep = ", ".join(f'"{c}"' for c in columns if c not in WRITER_COLUMNS)
            out[table] = store.con.execute(f"SELECT {keep} FROM {table} ORDER BY ALL").fetchall()
        return out


@pytest.mark.model
@pytest.mark.slow
def test_local_cluster_stores_what_one_process_stores(tmp_path: Path) -> None:
    options = PipelineOptions()
    with Store.open(tmp_path / "one.duckdb") as store:
        ingest(store, _items(), build_pipeline(options), run=RunInfo(command="ingest"))
    dask = DaskOptions(workers=2, partition_size=2, parts_dir=tmp_path / "parts", keep_parts=True)
    with Store.open(tmp_path / "dask.duckdb") as store:
        done = ingest_dask(store, _items(), options, dask, run=RunInfo(command="ingest"))
        again = ingest_dask(store, _items(), options, dask, run=RunInfo(command="ingest"))
    one, distributed = _content(tmp_path / "one.duckdb"), _content(tmp_path / "dask.duckdb")
    assert distributed["events"] and distributed["events"] == one["events"]
    assert distributed == one
    assert done.parts == len(list((tmp_path / "parts").glob("part-*"))) >= 2
    assert done.summary.counts.articles_stored == len(one["articles"])
    assert done.summary.run_id and done.summary.counts.events == len(one["events"])
    assert again.summary.counts.articles_stored == 0 and again.parts == 0
    assert again.summary.counts.duplicates == len(one["articles"])
    assert max(done.peak_rss.values()) < 1.5 * 2**30  # the memory bound of issue 8
