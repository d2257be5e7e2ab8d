"""Records to column-oriented batches (Arrow tables) that match the store's table specs."""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from eventcoder.records import Origin
from eventcoder.store.schema import Column, TableSpec

if TYPE_CHECKING:  # pyarrow loads only for writes: read-only commands start faster without it
    import pyarrow as pa


def _arrow_type(sql_type: str) -> pa.DataType:
    import pyarrow as pa

    types = {
        "VARCHAR": pa.string(),
        "BIGINT": pa.int64(),
        "INTEGER": pa.int32(),
        "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(),
        "DATE": pa.date32(),
        "TIMESTAMP": pa.timestamp("us"),
        "VARCHAR[]": pa.list_(pa.string()),
    }
    return types[sql_type]


def _plain(value: Any) -> Any:
    """A record value as something Arrow stores: enums by value, origins as ``path:line#record``."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Origin):
        return str(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def column_value(column: Column, record: object, extra: dict[str, Any]) -> Any:
    """The value of one column for one record; writer-filled columns come from ``extra``."""
    if column.field is None:
        return extra.get(column.name)
    value = getattr(record, column.field)
    if column.part is not None:
        return None if value is None else value[column.part]
    return _plain(value)


def to_arrow(spec: TableSpec, records: Sequence[object], extras: Sequence[dict[str, Any]]) -> pa.Table:
    """An Arrow table of ``records`` in ``spec``'s column order (``extras[i]`` fills writer columns)."""
    columns = spec.columns
    data: dict[str, list[Any]] = {c.name: [] for c in columns}
    for record, extra in zip(records, extras, strict=True):
        for c in columns:
            data[c.name].append(column_value(c, record, extra))
    import pyarrow as pa

    schema = pa.schema([(c.name, _arrow_type(c.sql_type)) for c in columns])
    return pa.table(data, schema=schema)


def iso_day(value: str | None) -> date | None:
    """The calendar day of an ISO date or datetime string; None when it is not one."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


PAIR_PREFIX = 3


def pair_key(a: str, b: str) -> int | None:
    """A stable 63-bit key of the unordered pair of code prefixes ``a[:3]``, ``b[:3]``.

    Both ``TURGOV``–``USA`` and ``USA``–``TUR`` give the key of (TUR, USA). None when a code is
    shorter than three characters (such a pair cannot be looked up by key).
    """
    if len(a) < PAIR_PREFIX or len(b) < PAIR_PREFIX:
        return None
    low, high = sorted((a[:PAIR_PREFIX], b[:PAIR_PREFIX]))
    digest = hashlib.blake2b(f"{low}\x1f{high}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1
