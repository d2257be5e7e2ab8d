"""``read_inputs``: every input named on a command line to ``Article``s and ``Reject``s.

Files, directories (recursive) and stdin (``-``); gzip is undone first; the
format comes from the file extension, else from the first characters. Each
file, line or record that cannot become an article is one ``Reject`` with a
one-line reason, and reading goes on. Only a path that does not exist stops
the run (``InputError``), before anything is read.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, BinaryIO

from eventcoder.errors import InputError, RejectedInput, RejectReason
from eventcoder.ingest.build import METADATA_FIELDS, BuildOptions, RawArticle, build_article, parse_iso_date
from eventcoder.ingest.decode import Decoded, DecodeFailure, decode_bytes
from eventcoder.ingest.feeds import read_feed
from eventcoder.ingest.formats import detect_format, sidecar_for
from eventcoder.ingest.html import read_html
from eventcoder.ingest.language import LanguageDetector
from eventcoder.ingest.sources import DEFAULT_MAX_BYTES, Opened, expand_inputs, open_input
from eventcoder.ingest.structured import (
    looks_like_whole_json,
    read_csv,
    read_csv_lines,
    read_jsonl,
    read_jsonl_lines,
)
from eventcoder.ingest.text import read_text
from eventcoder.records import Article, InputFormat, Origin, Reject

log = logging.getLogger(__name__)
SIDECAR_KEYS = frozenset({"id", *METADATA_FIELDS})
# Encodings in which b"\n" always ends a line (what decode_bytes gives ASCII-compatible text).
_LINE_ENCODINGS = frozenset({"utf-8", "cp1252", "latin-1"})


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """The reading options of ``read_inputs`` as one value (what the CLI's input options build)."""

    include: str | None = None
    exclude: str | None = None
    default_date: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    check_language: bool = True

    def as_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``read_inputs``."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def read_inputs(
    inputs: Sequence[str],
    *,
    include: str | None = None,
    exclude: str | None = None,
    default_date: str | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
    detector: LanguageDetector | None = None,
) -> Iterator[Article | Reject]:
    """Read every input; yield each article, or a ``Reject`` for what could not become one.

    ``include``/``exclude`` are glob patterns for files inside directories;
    ``default_date`` (ISO) is the publication date of articles that have none;
    ``max_bytes`` caps each text, HTML or feed file (also once gunzipped)
    and each line of a JSONL or CSV file, which are streamed. A second
    article with an id already seen is a ``Reject`` (duplicate).
    Raises ``InputError`` for a path that does not exist or a bad ``default_date``.
    """
    if default_date is not None:
        default_date = _checked_default_date(default_date)
    files = expand_inputs(inputs, include=include, exclude=exclude)
    if check_language and detector is None:
        detector = LanguageDetector()
    options = BuildOptions(default_date=default_date, detector=detector if check_language else None)
    seen: dict[str, Origin | None] = {}
    for name in files:
        for item in _read_input(name, stdin or sys.stdin.buffer, max_bytes, options):
            if isinstance(item, Article):
                if item.id in seen:
                    yield Reject(
                        item.origin or Origin(name),
                        RejectReason.DUPLICATE,
                        f"article id {item.id} was already read from {seen[item.id]}",
                    )
                    continue
                seen[item.id] = item.origin
            yield item


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    source: str | None = None,
    author: str | None = None,
    detector: LanguageDetector | None = None,
    check_language: bool = True,
    origin: str = "<text>",
) -> Article:
    """One cleaned article from a string (the HTTP API's POST /code).

    Pass a ``detector`` loaded once (a service should not load the language
    model per request); without one, one is loaded for this call when
    ``check_language`` is true. Raises ``RejectedInput`` (with the reason)
    instead of returning a ``Reject``.
    """
    if check_language and detector is None:
        detector = LanguageDetector()
    raw = RawArticle(
        text=text,
        origin=Origin(origin, record=id),
        input_format=InputFormat.TEXT,
        id=id or None,
        title=title,
        date=date,
        url=url,
        source=source,
        author=author,
    )
    result = build_article(raw, BuildOptions(detector=detector if check_language else None))
    if isinstance(result, Reject):
        raise RejectedInput(RejectReason(result.reason), result.detail)
    return result


def _checked_default_date(value: str) -> str:
    try:
        return parse_iso_date(value)
    except ValueError as exc:
        raise InputError(f"default date: {exc}", hint="Give the date as YYYY-MM-DD.") from None


def _read_input(
    name: str, stdin: BinaryIO, max_bytes: int, options: BuildOptions
) -> Iterator[Article | Reject]:
    opened = open_input(name, stdin, max_bytes)
    if isinstance(opened, Reject):
        yield opened
        return
    with opened:
        try:
            for raw in _parse(opened):
                item = raw if isinstance(raw, Reject) else build_article(raw, options)
                yield _one_line(item) if isinstance(item, Reject) else item
        except Exception as exc:  # a reader bug must not end the batch: record it and go on
            log.warning("unexpected error reading %s", opened.origin, exc_info=True)
            yield Reject(opened.origin, RejectReason.FAILED, f"unexpected {type(exc).__name__}: {exc}")


def _parse(opened: Opened) -> Iterator[RawArticle | Reject]:
    head = decode_bytes(opened.head)
    if isinstance(head, DecodeFailure) and head.reason is RejectReason.BINARY:
        yield Reject(opened.origin, head.reason, head.detail)
        return
    head_text = head.text if isinstance(head, Decoded) else ""
    fmt = detect_format(opened.name, head_text)
    path = opened.origin.path
    delimiter = "\t" if opened.name.lower().endswith(".tsv") else ","
    if isinstance(head, Decoded) and _streamable(fmt, head):
        lines = _decoded_lines(opened)
        if fmt is InputFormat.JSONL:
            yield from read_jsonl_lines(lines, path)
        else:
            yield from read_csv_lines(lines, path, delimiter=delimiter)
        return
    data = opened.read_all()
    if isinstance(data, Reject):
        yield data
        return
    decoded = decode_bytes(data)
    if isinstance(decoded, DecodeFailure):
        yield Reject(opened.origin, decoded.reason, decoded.detail)
        return
    text = decoded.text
    if fmt is InputFormat.JSONL:
        yield from read_jsonl(text, path)
    elif fmt is InputFormat.CSV:
        yield from read_csv(text, path, delimiter=delimiter)
    elif fmt is InputFormat.FEED:
        yield from read_feed(data, path)
    else:
        sidecar = _sidecar(opened.path) if opened.path else {}
        if isinstance(sidecar, Reject):
            yield sidecar
            return
        reader = read_html if fmt is InputFormat.HTML else read_text
        yield from reader(text, opened.origin, sidecar)


def _streamable(fmt: InputFormat, head: Decoded) -> bool:
    """Record files in an 8-bit encoding are streamed line by line; a single JSON value is read whole."""
    if fmt not in (InputFormat.JSONL, InputFormat.CSV) or head.encoding not in _LINE_ENCODINGS:
        return False
    return fmt is InputFormat.CSV or not looks_like_whole_json(head.text)


def _decoded_lines(opened: Opened) -> Iterator[tuple[int, str | Reject]]:
    """Each line as text (UTF-8, else the fallbacks of ``decode_bytes``), or a ``Reject`` for that line."""
    for number, line in opened.lines():
        if isinstance(line, Reject):
            yield number, line
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            decoded = decode_bytes(line)
            if isinstance(decoded, DecodeFailure):
                yield number, Reject(Origin(opened.origin.path, number), decoded.reason, decoded.detail)
                continue
            text = decoded.text
        if "\x00" in text:
            yield (
                number,
                Reject(Origin(opened.origin.path, number), RejectReason.BINARY, "NUL characters in line"),
            )
            continue
        yield number, text.lstrip("\ufeff") if number == 1 else text


def _one_line(reject: Reject) -> Reject:
    """Parser messages may span lines; a reject's detail never does."""
    detail = " ".join(reject.detail.split())
    return reject if detail == reject.detail else replace(reject, detail=detail)


def _sidecar(path: Path) -> Mapping[str, str] | Reject:
    """Metadata from ``NAME.meta.json`` next to the file, ``{}`` when there is none."""
    meta_path = sidecar_for(path)
    if not meta_path.is_file():
        return {}
    origin = Origin(str(meta_path))
    try:
        value = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return Reject(origin, RejectReason.UNPARSABLE, f"sidecar of {path.name}: {exc}")
    if not isinstance(value, dict):
        return Reject(origin, RejectReason.UNPARSABLE, f"sidecar of {path.name} must be a JSON object")
    bad = sorted(k for k, v in value.items() if k not in SIDECAR_KEYS or not isinstance(v, str | None))
    if bad:
        return Reject(
            origin,
            RejectReason.BAD_FIELD,
            f"sidecar of {path.name}: unknown or non-string fields {bad} (allowed: {sorted(SIDECAR_KEYS)})",
        )
    return {k: v for k, v in value.items() if v}
