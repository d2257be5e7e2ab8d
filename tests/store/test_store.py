"""Schema, transactional idempotent writes, and the lock error."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from eventcoder.errors import StoreError, StoreLockedError
from eventcoder.records import Actor, Article, Event, Place, Quote, Reject, Sentence
from eventcoder.store import RunInfo, Store, ingest, schema
from store.fakes import FakePipeline, code, make_article, make_items


def _table_counts(store: Store) -> dict[str, int]:
    return {
        t: store.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]  # type: ignore[index]
        for t in ("articles", "sentences", "actors", "events", "quotes", "rejects")
    }


@pytest.mark.parametrize("record", [Article, Sentence, Actor, Event, Quote, Place, Reject])
def test_every_record_field_has_a_column(record: type) -> None:
    spec = next(t for t in schema.RECORD_TABLES if t.record is record)
    stored = {c.field for c in spec.columns if c.field}
    assert {f.name for f in dataclasses.fields(record)} == stored


def test_an_unmapped_field_type_is_refused() -> None:
    @dataclasses.dataclass
    class Odd:
        blob: dict[str, int]

    with pytest.raises(TypeError, match=r"Odd\.blob"):
        schema.record_columns(Odd)


def test_new_record_fields_become_columns_when_a_writer_opens(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.con.execute('ALTER TABLE events DROP COLUMN "match"')
    with Store.open(db_path) as store:
        cols = {r[0] for r in store.con.execute("DESCRIBE events").fetchall()}
    assert "match" in cols


def test_schema_version_is_recorded_once(db_path: Path) -> None:
    for _ in range(2):
        Store.open(db_path).close()
    con = duckdb.connect(str(db_path), read_only=True)
    versions = con.execute("SELECT list(version ORDER BY version) FROM schema_version").fetchone()
    assert versions == ([m.version for m in schema.MIGRATIONS],) and versions[0][-1] == schema.SCHEMA_VERSION
    con.close()


def test_ingest_twice_stores_nothing_twice(db_path: Path) -> None:
    items = make_items(30, every_reject=5)
    with Store.open(db_path) as store:
        first = ingest(store, items, FakePipeline(), run=RunInfo(command="test"), batch_size=8)
        after_first = _table_counts(store)
        second = ingest(store, items, FakePipeline(), run=RunInfo(command="test"), batch_size=8)
        assert _table_counts(store) == after_first
    assert first.counts.articles_stored == 30 and first.counts.duplicates == 0
    assert second.counts.articles_stored == 0 and second.counts.duplicates == 30
    assert after_first["rejects"] == 6


def test_repeated_articles_in_one_run_are_counted_as_duplicates(db_path: Path) -> None:
    article = make_article(1)
    copy = dataclasses.replace(article, id="other-id")
    with Store.open(db_path) as store:
        summary = ingest(
            store, [article, copy, article], FakePipeline(), run=RunInfo(command="t"), batch_size=2
        )
        assert _table_counts(store)["articles"] == 1
    assert summary.counts.duplicates == 2


def test_a_failing_batch_leaves_no_partial_rows(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(db_path) as store:
        run_id = store.start_run(RunInfo(command="test"))
        store.write_batch([code(make_article(0))], [], run_id)
        before = _table_counts(store)

        def boom(*args: object) -> None:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(Store, "_insert_children", boom)
        with pytest.raises(RuntimeError):
            store.write_batch([code(make_article(1)), code(make_article(2))], [], run_id)
        assert _table_counts(store) == before


def test_run_record_counts_what_was_stored(filled: Store) -> None:
    row = filled.con.execute(
        "SELECT status, articles_read, articles_stored, rejects, events, quotes FROM runs"
    ).fetchone()
    assert row == ("completed", 60, 60, 6, 120, 12)


def _hold_store(db_path: Path) -> subprocess.Popen[str]:
    code_ = textwrap.dedent(
        f"""
        import sys, time
        from eventcoder.store import Store
        s = Store.open({str(db_path)!r})
        print("open", flush=True)
        sys.stdin.read()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code_], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def test_a_second_writer_gets_a_lock_error(db_path: Path) -> None:
    Store.open(db_path).close()
    holder = _hold_store(db_path)
    try:
        with pytest.raises(StoreLockedError) as info:
            Store.open(db_path)
        assert "locked" in str(info.value)
        with pytest.raises(StoreLockedError):
            Store.open(db_path, read_only=True)
    finally:
        holder.communicate("")
    Store.open(db_path, read_only=True).close()


def test_read_only_open_of_a_missing_store_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "absent.duckdb", read_only=True)


def test_read_only_store_refuses_writes(filled: Store, db_path: Path) -> None:
    filled.close()
    with Store.open(db_path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.write_batch([], [], "x")


def test_optimize_sorts_events_by_date_and_the_dyad_index_by_pair(filled: Store) -> None:
    before = sorted(filled.con.execute("SELECT * EXCLUDE (pair_key) FROM events").fetchall(), key=str)
    assert filled.unordered_events() == (120, 120)
    assert not filled.optimize()  # a small tail is not worth a rewrite
    assert filled.optimize(force=True)
    assert filled.unordered_events() == (120, 0)
    days = [r[0] for r in filled.con.execute("SELECT day FROM events").fetchall()]
    assert days == sorted(days)
    keys = [r[0] for r in filled.con.execute("SELECT pair_key FROM dyad_index").fetchall()]
    assert keys == sorted(keys) and len(keys) == 120
    assert sorted(filled.con.execute("SELECT * EXCLUDE (pair_key) FROM events").fetchall(), key=str) == before


def test_pair_key_ignores_direction_and_agents() -> None:
    from eventcoder.store.rows import pair_key

    assert pair_key("TURGOV", "USA") == pair_key("USAMIL", "TUR") == pair_key("TUR", "USA")
    assert pair_key("TUR", "RUS") != pair_key("TUR", "USA")
    assert pair_key("TU", "USA") is None
    assert 0 <= (pair_key("TUR", "USA") or -1) < 2**63


def test_migration_2_gives_old_events_pair_keys_and_a_dyad_index(filled: Store, db_path: Path) -> None:
    filled.con.execute("UPDATE events SET pair_key = NULL")
    filled.con.execute("DROP TABLE dyad_index")
    filled.con.execute("DELETE FROM schema_version WHERE version = 2")
    filled.close()
    with Store.open(db_path) as store:
        assert store.con.execute("SELECT count(*) FROM events WHERE pair_key IS NULL").fetchone() == (0,)
        assert store.con.execute("SELECT count(*) FROM dyad_index").fetchone() == (120,)
        assert schema.current_version(store.con) == 2


def test_the_dyad_index_mirrors_the_events(filled: Store) -> None:
    mirror = "SELECT pair_key, day, source, target, quad_class, goldstein, cameo FROM {} ORDER BY ALL"
    assert (
        filled.con.execute(mirror.format("events")).fetchall()
        == filled.con.execute(mirror.format("dyad_index")).fetchall()
    )


def test_resource_hashes_cover_packaged_and_user_files(tmp_path: Path) -> None:
    import hashlib

    from eventcoder.store.provenance import resource_hashes

    user = tmp_path / "verbs.txt"
    user.write_text("--- MEET [040]\n", encoding="utf-8")
    hashes = resource_hashes([user])
    assert hashes[str(user)] == hashlib.sha256(user.read_bytes()).hexdigest()
    assert any(k.startswith("package:cameo/") for k in hashes)


def test_read_only_open_refuses_an_old_or_newer_schema(filled: Store, db_path: Path) -> None:
    filled.con.execute("DELETE FROM schema_version WHERE version = 2")
    filled.close()
    with pytest.raises(StoreError, match="schema version 1"):
        Store.open(db_path, read_only=True)
    Store.open(db_path).close()  # a writer migrates it
    Store.open(db_path, read_only=True).close()
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_version VALUES (99, 'future', now()::TIMESTAMP)")
    con.close()
    for read_only in (True, False):
        with pytest.raises(StoreError, match="newer"):
            Store.open(db_path, read_only=read_only)


def test_an_interrupted_ingest_keeps_committed_batches_and_says_so(db_path: Path) -> None:
    class Interrupting(FakePipeline):
        def pipe(self, articles):  # type: ignore[no-untyped-def]
            for i, coded in enumerate(super().pipe(articles)):
                if i == 5:
                    raise KeyboardInterrupt
                yield coded

    with Store.open(db_path) as store:
        with pytest.raises(KeyboardInterrupt):
            ingest(store, make_items(20), Interrupting(), run=RunInfo(command="t"), batch_size=2)
        assert store.con.execute("SELECT status, articles_stored FROM runs").fetchone() == ("interrupted", 4)
        assert _table_counts(store)["articles"] == 4
