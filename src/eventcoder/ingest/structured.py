"""Records: JSON Lines (one object a line), a JSON array of objects, and CSV/TSV with a header.

A record has ``id``, ``text`` or ``html`` (a whole page, run through the HTML
extractor), and optionally ``title``, ``date`` (ISO 8601), ``url``, ``source``
and ``author``; other fields are ignored. A record keeps its ``id`` as the
article id. Each bad line or record becomes a ``Reject`` naming it; the rest
of the file is still read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from eventcoder.errors import RejectReason
from eventcoder.ingest.build import METADATA_FIELDS, RawArticle, with_metadata
from eventcoder.ingest.html import extract_html, page_metadata
from eventcoder.records import InputFormat, Origin, Reject

TEXT_FIELDS = ("text", "html")
_CSV_FIELD_LIMIT = 2**31 - 1


Lines = Iterable[tuple[int, str | Reject]]  # (line number, text with its line end, or why it is unusable)


def read_jsonl(text: str, path: str) -> Iterator[RawArticle | Reject]:
    """Articles from a whole JSON Lines document; one that is a single JSON array (or object) is read as its records."""
    whole = _whole_json(text)
    if whole is not None:
        for number, record in enumerate(whole, start=1):
            yield record_to_raw(record, Origin(path, record=_record_label(record, number)), InputFormat.JSONL)
        return
    # Only \n ends a line: JSON strings may hold U+2028 and other characters str.splitlines() splits on.
    yield from read_jsonl_lines(enumerate(text.split("\n"), start=1), path)


def read_jsonl_lines(lines: Lines, path: str) -> Iterator[RawArticle | Reject]:
    """Articles from JSON Lines, one line at a time (a stream of any length)."""
    for number, line in lines:
        if isinstance(line, Reject):
            yield line
            continue
        if not line.strip():
            continue
        origin = Origin(path, line=number)
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Reject(origin, RejectReason.UNPARSABLE, f"invalid JSON: {exc}")
            continue
        yield record_to_raw(record, origin, InputFormat.JSONL)


def looks_like_whole_json(head: str) -> bool:
    """Whether a document starting with ``head`` is one JSON value (an array, a pretty-printed object), not JSON Lines."""
    stripped = head.lstrip()
    if stripped.startswith("["):
        return True
    first, newline, _ = stripped.partition("\n")
    if not stripped.startswith("{") or not newline:
        return False
    try:
        json.loads(first)
    except ValueError:
        return True
    return False


def _whole_json(text: str) -> list[Any] | None:
    """The records of a document that is a single JSON array or object (not JSON Lines), else None."""
    stripped = text.strip()
    if not looks_like_whole_json(stripped):
        return None
    try:
        value = json.loads(stripped)
    except ValueError:
        return None
    if isinstance(value, list):
        return value
    return [value] if isinstance(value, dict) else None


def _record_label(record: object, number: int) -> str:
    if isinstance(record, dict) and isinstance(record.get("id"), str | int) and str(record["id"]):
        return str(record["id"])
    return f"[{number}]"


def read_csv(text: str, path: str, *, delimiter: str = ",") -> Iterator[RawArticle | Reject]:
    """Articles from a whole CSV (or TSV) document."""
    yield from read_csv_lines(enumerate(io.StringIO(text, newline=""), start=1), path, delimiter=delimiter)


def read_csv_lines(lines: Lines, path: str, *, delimiter: str = ",") -> Iterator[RawArticle | Reject]:
    """Articles from CSV (or TSV) lines with a header row naming at least ``text`` or ``html``."""
    # The default limit (128 KiB a field) is below a long article; the size limit bounds lines instead.
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    feed = _LineFeed(lines)
    reader = csv.reader(feed, delimiter=delimiter, strict=True)
    try:
        header = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        yield feed.problem or Reject(Origin(path), RejectReason.EMPTY, "empty CSV file")
        return
    except csv.Error as exc:
        yield Reject(Origin(path, line=1), RejectReason.UNPARSABLE, f"invalid CSV header: {exc}")
        return
    if not set(TEXT_FIELDS) & set(header):
        yield Reject(
            Origin(path, line=1),
            RejectReason.UNPARSABLE,
            f"CSV header has no 'text' or 'html' column (columns: {', '.join(header) or 'none'})",
        )
        return
    yield from _csv_rows(reader, header, path)
    if feed.problem is not None:
        problem = feed.problem
        yield Reject(problem.origin, problem.reason, f"{problem.detail}; rest of the CSV file skipped")


class _LineFeed:
    """The text of each line for ``csv.reader``; stops at the first unusable line and keeps its reject."""

    def __init__(self, lines: Lines) -> None:
        self._lines = iter(lines)
        self.problem: Reject | None = None

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        _, line = next(self._lines)
        if isinstance(line, Reject):
            self.problem = line
            raise StopIteration
        return line


def _csv_rows(reader: Any, header: list[str], path: str) -> Iterator[RawArticle | Reject]:
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Reject(
                Origin(path, line=line), RejectReason.UNPARSABLE, f"invalid CSV: {exc}; rest of file skipped"
            )
            return
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Reject(
                Origin(path, line=line),
                RejectReason.BAD_FIELD,
                f"row has {len(row)} fields, the header has {len(header)}",
            )
            continue
        record = {name: (value if value.strip() else None) for name, value in zip(header, row, strict=True)}
        yield record_to_raw(record, Origin(path, line=line), InputFormat.CSV)


def record_to_raw(record: object, origin: Origin, input_format: InputFormat) -> RawArticle | Reject:
    """A record's fields as a ``RawArticle``, or a ``Reject`` for a missing text or a field of the wrong type."""
    if not isinstance(record, Mapping):
        return Reject(
            origin, RejectReason.UNPARSABLE, f"a record must be a JSON object, not {type(record).__name__}"
        )
    record_id = record.get("id")
    if isinstance(record_id, int) and not isinstance(record_id, bool):
        record_id = str(record_id)
    if record_id is not None and not isinstance(record_id, str):
        return Reject(
            origin, RejectReason.BAD_FIELD, f"field 'id' must be a string, not {type(record_id).__name__}"
        )
    if record_id is not None:
        record_id = record_id.strip() or None
    origin = Origin(origin.path, origin.line, record_id or origin.record)
    fields: dict[str, str | None] = {}
    for name in (*TEXT_FIELDS, *METADATA_FIELDS):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return Reject(
                origin, RejectReason.BAD_FIELD, f"field {name!r} must be a string, not {type(value).__name__}"
            )
        fields[name] = value
    text, html = fields.pop("text"), fields.pop("html")
    if text and text.strip():
        raw = RawArticle(text=text, origin=origin, input_format=input_format, id=record_id)
        return with_metadata(raw, fields)
    if html and html.strip():
        found = extract_html(html, url=fields.get("url"))
        if found is None:
            return Reject(origin, RejectReason.EMPTY, "no main text found in the record's 'html'")
        raw = RawArticle(text=found.text, origin=origin, input_format=input_format, id=record_id)
        return with_metadata(with_metadata(raw, fields), page_metadata(found))
    return Reject(origin, RejectReason.NO_TEXT, "record has no 'text' or 'html'")
