"""Store rows back into the shape of the records they were written from.

The store keeps a span as two columns (``verb_span_start``, ``verb_span_end``) and renames a few
fields (``Sentence.index`` -> ``sentence_index``); the API answers with the record's own field names
and ``[start, end]`` spans, so a client reads the same shape from ``POST /code`` and from the store.
The mapping comes from the store's table specs, not from guessing at column names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from eventcoder.store import schema
from eventcoder.store.schema import TableSpec

# Writer bookkeeping the API does not show.
_HIDDEN = frozenset({"run_id", "stored_at"})


def _span_columns(spec: TableSpec) -> dict[str, tuple[str, str]]:
    """Record field -> (start column, end column) for every span field of a table."""
    halves: dict[str, list[str]] = {}
    for column in spec.columns:
        if column.field is not None and column.part is not None:
            halves.setdefault(column.field, ["", ""])[column.part] = column.name
    return {name: (pair[0], pair[1]) for name, pair in halves.items()}


def _renamed(spec: TableSpec) -> dict[str, str]:
    """Column -> record field, for columns stored under another name."""
    return {column: field for field, column in spec.rename}


def to_record_shape(spec: TableSpec, row: dict[str, Any]) -> dict[str, Any]:
    """One store row as a record-shaped dict: spans joined, renamed columns named as in the record."""
    out = {k: v for k, v in row.items() if k not in _HIDDEN}
    for name, (start, end) in _span_columns(spec).items():
        if start in out or end in out:
            s, e = out.pop(start, None), out.pop(end, None)
            out[name] = None if s is None or e is None else [int(s), int(e)]
    for column, field in _renamed(spec).items():
        if column in out and field not in out:
            out[field] = out.pop(column)
    return out


def event(row: dict[str, Any], code_names: Mapping[str, str]) -> dict[str, Any]:
    """An event row, with the name of its CAMEO code when ``code_names`` has it."""
    out = to_record_shape(schema.EVENTS, row)
    out["cameo_name"] = code_names.get(out.get("cameo") or "")
    return out


def quote(row: dict[str, Any]) -> dict[str, Any]:
    return to_record_shape(schema.QUOTES, row)


def article_bundle(row: dict[str, Any], code_names: Mapping[str, str]) -> dict[str, Any]:
    """``store.queries.article`` output as ``{"article": ..., "sentences": [...], "events": [...], ...}``."""
    children = {"sentences": schema.SENTENCES, "actors": schema.ACTORS, "events": schema.EVENTS}
    children |= {"quotes": schema.QUOTES, "places": schema.PLACES}
    head = {k: v for k, v in row.items() if k not in children}
    out: dict[str, Any] = {"article": to_record_shape(schema.ARTICLES, head)}
    for key, spec in children.items():
        out[key] = [to_record_shape(spec, r) for r in row.get(key, [])]
    out["events"] = [event(r, code_names) for r in row.get("events", [])]
    return out
