"""Which reader an input needs: by file extension, else by sniffing its first characters."""

from __future__ import annotations

import re
from pathlib import Path

from eventcoder.records import InputFormat

SIDECAR_SUFFIX = ".meta.json"
KNOWN_EXTENSIONS: dict[str, InputFormat | None] = {
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
    ".json": InputFormat.JSONL,
    ".csv": InputFormat.CSV,
    ".tsv": InputFormat.CSV,
    ".rss": InputFormat.FEED,
    ".atom": InputFormat.FEED,
    ".rdf": InputFormat.FEED,
    ".xml": None,  # a feed or an XHTML page: sniffed
}
_FEED = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.I)
_HTML = re.compile(r"^(?:<!doctype html|<html)|<(?:head|body)[\s>]", re.I)


def base_name(name: str) -> str:
    """The file name without a final ``.gz``."""
    return name[:-3] if name.lower().endswith(".gz") else name


def sidecar_for(path: Path) -> Path:
    """``NAME.meta.json`` next to ``NAME.txt`` / ``NAME.html`` (and their ``.gz``)."""
    stem = Path(base_name(path.name)).stem
    return path.with_name(stem + SIDECAR_SUFFIX)


def detect_format(name: str, text: str) -> InputFormat:
    """The format of a file called ``name`` (without ``.gz``) whose text starts with ``text``."""
    suffix = Path(name).suffix.lower()
    known = KNOWN_EXTENSIONS.get(suffix)
    if known is not None:
        return known
    sniffed = sniff_format(text)
    # An .xml file that is no page is read as a feed, so that other XML is rejected, not taken for prose.
    return InputFormat.FEED if suffix == ".xml" and sniffed is InputFormat.TEXT else sniffed


def sniff_format(text: str) -> InputFormat:
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if _FEED.search(head[:2048]):
        return InputFormat.FEED
    if _HTML.search(head):
        return InputFormat.HTML
    if head.startswith("<?xml"):
        return InputFormat.FEED  # XML that is neither a feed nor a page: the feed reader rejects it
    if head.startswith(("{", "[")):
        return InputFormat.JSONL
    return InputFormat.TEXT
