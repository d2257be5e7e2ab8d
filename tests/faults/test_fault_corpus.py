"""Issue 9 item 1: a batch of broken, hostile, re-encoded and duplicated inputs through `eventcoder ingest`.

No crash; every bad input is in the ``rejects`` table with the reason the corpus expects; every good
input is stored and coded exactly once, whatever its encoding or packaging; duplicates are not stored
again; the summary line and the exit code say so. The bases are sentences of ``examples/`` (always
present); ``bench/faults.py`` runs the same generator on 10,000 inputs from the shared news corpus.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventcoder.cli.main import _register, cli
from eventcoder.ingest import LanguageDetector
from eventcoder.store import Store
from faults.corpus import (
    ENCODED_SUFFIX,
    SCRIPT,
    SQL,
    Kind,
    Manifest,
    build_corpus,
    example_bases,
    usable_bases,
)

_register()
pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def ingested(pipeline: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Manifest, Path, Any]:
    bases = usable_bases(example_bases(), LanguageDetector(), limit=40)
    assert len(bases) >= 30, "examples/ gives too few distinct sentences"
    root = tmp_path_factory.mktemp("faults")
    manifest = build_corpus(root / "inputs", bases, bad=160, duplicates=60, specials=12, huge=True)
    db = root / "faults.duckdb"
    mp = pytest.MonkeyPatch()
    mp.setattr("eventcoder.factory.build_pipeline", lambda options=None: pipeline)
    try:
        result = CliRunner().invoke(
            cli, ["ingest", str(root / "inputs"), "--db", str(db), "--no-progress", "--workers", "1"]
        )
    finally:
        mp.undo()
    return manifest, db, result


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with Store.open(db, read_only=True) as store:
        return store.con.execute(sql).fetchall()


def test_the_batch_has_the_promised_mix(ingested: tuple[Manifest, Path, Any]) -> None:
    manifest, _, _ = ingested
    labels = manifest.labels()
    assert manifest.inputs >= 250
    assert len(manifest.of(Kind.BAD)) >= 0.05 * manifest.inputs
    for label in (
        "empty-file",
        "binary-noise",
        "broken-utf16",
        "huge-50mb",
        "broken-json",
        "missing-text",
        "csv-wrong-columns",
        "foreign-record",
        "latin-1",
        "cp1252",
        "utf-16",
        "invalid-utf8",
        "malformed-html",
        "script-text",
        "sql-text",
        "control-chars",
        "exact-copy",
        "near-nbsp",
    ):
        assert labels[label] >= 1, label  # fmt: skip


def test_ingest_finishes_and_its_summary_counts_every_input(ingested: tuple[Manifest, Path, Any]) -> None:
    manifest, _, result = ingested
    assert result.exit_code == 0, result.output
    stored, dups, bad = (
        len(manifest.stored_bases),
        len(manifest.of(Kind.DUPLICATE)),
        len(manifest.of(Kind.BAD)),
    )
    assert (
        f"{stored + dups} articles read: {stored} stored, {dups} already stored; {bad} inputs rejected"
        in (result.stderr)
    )


def test_every_bad_input_is_a_reject_with_its_reason(ingested: tuple[Manifest, Path, Any]) -> None:
    manifest, db, _ = ingested
    rows = _rows(db, "SELECT origin, reason, detail FROM rejects")
    got = Counter((manifest.where(origin), reason) for origin, reason, _ in rows)
    expected = Counter({k: n for k, n in manifest.expected_outcomes().items() if k[1] != "article"})
    assert got == expected
    assert all(detail and "\n" not in detail for *_, detail in rows)


def test_every_good_input_is_stored_and_coded_once(ingested: tuple[Manifest, Path, Any]) -> None:
    manifest, db, _ = ingested
    rows = _rows(db, "SELECT id, text, n_sentences FROM articles")
    assert len(rows) == len(manifest.stored_bases)
    for key in manifest.stored_bases:
        probe = manifest.bases[key].probe
        holders = [r for r in rows if probe in r[1]]
        assert len(holders) == 1, (key, probe, len(holders))
    assert all(n > 0 for *_, n in rows)
    assert _rows(db, "SELECT count(*) FROM sentences")[0][0] >= len(rows)


def test_other_encodings_are_decoded_not_mangled(ingested: tuple[Manifest, Path, Any]) -> None:
    manifest, db, _ = ingested
    encoded = {e.base for e in manifest.expected if e.label in ("latin-1", "cp1252", "utf-16", "utf-8-sig")}
    texts = [r[0] for r in _rows(db, "SELECT text FROM articles")]
    for key in encoded:
        [text] = [t for t in texts if manifest.bases[key].probe in t]  # type: ignore[index]
        assert text.endswith(ENCODED_SUFFIX.strip()), text[-80:]


def test_hostile_text_is_stored_as_data(ingested: tuple[Manifest, Path, Any]) -> None:
    _, db, _ = ingested
    texts = [r[0] for r in _rows(db, "SELECT text FROM articles")]
    assert any(SCRIPT in t for t in texts)
    assert any(SQL in t for t in texts)
    assert not any(ch in t for t in texts for ch in "\x00\x07\x0b\x1f")
    tables = {r[0] for r in _rows(db, "SELECT table_name FROM information_schema.tables")}
    assert {"articles", "events", "rejects"} <= tables
