"""Coded articles to Parquet parts and back, losslessly.

A part is a directory with one Parquet file per record kind: ``articles``,
``sentences``, ``actors``, ``events``, ``quotes``, ``places``. Columns are the
record fields (spans as two-integer lists, enums by value, the origin as a
struct), plus ``doc_id`` and the position of each record in its article, so
that ``read_part(write_part(coded))`` gives back equal ``CodedArticle``s and
the store can load them with the same code (and the same content-hash dedupe)
as a single-process ingest. The files are also readable on their own (DuckDB
``read_parquet('parts/*/events.parquet')``, pandas, Spark).
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventcoder.records import Actor, Article, CodedArticle, Event, Origin, Place, Quote, Sentence

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}

# Record kind -> (record class, CodedArticle field).
KINDS: dict[str, tuple[type, str]] = {
    "sentences": (Sentence, "sentences"),
    "actors": (Actor, "actors"),
    "events": (Event, "events"),
    "quotes": (Quote, "quotes"),
    "places": (Place, "places"),
}
ARTICLES = "articles"
_ARTICLE_EXTRAS = (("position", pa.int64()), ("discarded", pa.string()))
_CHILD_EXTRAS = (("doc_position", pa.int64()), ("item_index", pa.int64()))


@dataclass(frozen=True, slots=True)
class _Column:
    """How one dataclass field is stored: its Arrow type and the conversions each way."""

    name: str
    type: pa.DataType
    dump: Callable[[Any], Any]
    load: Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _column(name: str, hint: Any) -> _Column:
    """The column of a field annotated ``hint`` (scalars, optionals, spans, enums, ``Origin``)."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"{name}: unsupported union {hint}")
        return _optional(_column(name, inner[0]))
    if typing.get_origin(hint) is tuple and all(a is int for a in args):
        return _Column(name, pa.list_(pa.int64()), list, tuple)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        enum_type = hint
        return _Column(name, pa.string(), lambda v: v.value, enum_type)
    if hint is Origin:
        cols = _columns(Origin)
        struct = pa.struct([(c.name, c.type) for c in cols])
        return _Column(name, struct, lambda v: _dump(cols, v), lambda v: Origin(**_load(cols, v)))
    if hint in _SCALARS:
        return _Column(name, _SCALARS[hint], _same, _same)
    raise TypeError(f"{name}: unsupported field type {hint}")


def _optional(col: _Column) -> _Column:
    dump, load = col.dump, col.load

    def dump_optional(value: Any) -> Any:
        return None if value is None else dump(value)

    def load_optional(value: Any) -> Any:
        return None if value is None else load(value)

    return _Column(col.name, col.type, dump_optional, load_optional)


def _columns(cls: type) -> list[_Column]:
    hints = typing.get_type_hints(cls)
    return [
        _column(f.name, hints[f.name])
        for f in dataclasses.fields(cls)
        if f.compare  # fields left out of equality (timings) are not data
    ]


def _dump(columns: Sequence[_Column], record: object) -> dict[str, Any]:
    return {c.name: c.dump(getattr(record, c.name)) for c in columns}


def _load(columns: Sequence[_Column], row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: c.load(row[c.name]) for c in columns}


def _table(
    columns: Sequence[_Column], extras: Sequence[tuple[str, pa.DataType]], rows: list[dict[str, Any]]
) -> pa.Table:
    schema = pa.schema([(c.name, c.type) for c in columns] + list(extras))
    return pa.Table.from_pylist(rows, schema=schema)


def part_tables(coded: Sequence[CodedArticle]) -> dict[str, pa.Table]:
    """One Arrow table per record kind for a sequence of coded articles."""
    article_cols = _columns(Article)
    tables = {
        ARTICLES: _table(
            article_cols,
            _ARTICLE_EXTRAS,
            [
                {**_dump(article_cols, c.article), "position": n, "discarded": c.discarded}
                for n, c in enumerate(coded)
            ],
        )
    }
    for kind, (cls, attr) in KINDS.items():
        cols = _columns(cls)
        rows = [
            {**_dump(cols, item), "doc_position": n, "item_index": i}
            for n, c in enumerate(coded)
            for i, item in enumerate(getattr(c, attr))
        ]
        tables[kind] = _table(cols, _CHILD_EXTRAS, rows)
    return tables


def write_part(coded: Sequence[CodedArticle], directory: Path) -> dict[str, Path]:
    """Write ``coded`` as a part under ``directory`` (created); return the file of each kind.

    Each file is written to a temporary name and renamed, so a part whose
    ``articles.parquet`` exists is complete (it is written last).
    """
    directory.mkdir(parents=True, exist_ok=True)
    tables = part_tables(coded)
    paths: dict[str, Path] = {}
    for kind in (*KINDS, ARTICLES):
        path = directory / f"{kind}.parquet"
        tmp = path.with_suffix(".parquet.tmp")
        pq.write_table(tables[kind], tmp)
        tmp.replace(path)
        paths[kind] = path
    return paths


def is_complete(directory: Path) -> bool:
    return (directory / f"{ARTICLES}.parquet").is_file()


def read_part(directory: Path) -> list[CodedArticle]:
    """The coded articles of a part, in the order they were written."""
    article_cols = _columns(Article)
    article_rows = pq.read_table(directory / f"{ARTICLES}.parquet").to_pylist()
    article_rows.sort(key=lambda r: r["position"])
    children: dict[str, list[list[Any]]] = {}
    for kind, (cls, _) in KINDS.items():
        cols = _columns(cls)
        per_doc: list[list[Any]] = [[] for _ in article_rows]
        rows = pq.read_table(directory / f"{kind}.parquet").to_pylist()
        rows.sort(key=lambda r: (r["doc_position"], r["item_index"]))
        for row in rows:
            per_doc[row["doc_position"]].append(cls(**_load(cols, row)))
        children[kind] = per_doc
    coded: list[CodedArticle] = []
    for n, row in enumerate(article_rows):
        items: dict[str, Any] = {attr: tuple(children[kind][n]) for kind, (_, attr) in KINDS.items()}
        coded.append(
            CodedArticle(article=Article(**_load(article_cols, row)), discarded=row["discarded"], **items)
        )
    return coded
