"""Where input bytes come from: files, directories (recursive, glob filters), stdin; gzip; size limits."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import BinaryIO

from eventcoder.errors import InputError, RejectReason
from eventcoder.ingest.formats import KNOWN_EXTENSIONS, SIDECAR_SUFFIX, base_name
from eventcoder.records import Origin, Reject

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"
STDIN_NAME = "<stdin>"
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Source:
    """The bytes of one input file (decompressed), and where they came from."""

    origin: Origin
    name: str  # file name without .gz, for format detection ("" for stdin)
    data: bytes
    path: Path | None = None  # None for stdin


def expand_inputs(
    inputs: Sequence[str], *, include: str | None = None, exclude: str | None = None
) -> list[str]:
    """Every file the inputs name, in order: files as given, directories walked recursively.

    Inside directories, files pass ``include`` (default: every known article
    format) and fail ``exclude``; patterns match the file name or its path
    relative to the directory. Hidden files and ``.meta.json`` sidecars are
    skipped. A path that does not exist raises ``InputError`` before anything is read.
    """
    missing = [p for p in inputs if p != STDIN and not Path(p).exists()]
    if missing:
        raise InputError(f"no such file or directory: {', '.join(missing)}")
    out: list[str] = []
    for item in inputs:
        path = Path(item)
        if item != STDIN and path.is_dir():
            out.extend(str(p) for p in _walk(path, include, exclude))
        else:
            out.append(item)
    return out


def _walk(root: Path, include: str | None, exclude: str | None) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        name = path.name
        if name.endswith(SIDECAR_SUFFIX):
            continue
        if include is None:
            if Path(base_name(name)).suffix.lower() not in KNOWN_EXTENSIONS:
                continue
        elif not _matches(include, rel):
            continue
        if exclude is not None and _matches(exclude, rel):
            continue
        yield path


def _matches(pattern: str, rel: Path) -> bool:
    return fnmatch(rel.as_posix(), pattern) or fnmatch(rel.name, pattern)


def load_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Source | Reject:
    """Read one file (gunzipping ``.gz`` and gzip-magic files), or a ``Reject`` saying why not."""
    origin = Origin(path)
    try:
        size = Path(path).stat().st_size
        if size > max_bytes:
            return _too_large(origin, size, max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return Reject(origin, RejectReason.UNREADABLE, f"cannot read: {exc.strerror or exc}")
    return _source(origin, Path(path).name, data, max_bytes, Path(path))


def load_stream(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> Source | Reject:
    """Read standard input (or any binary stream) the same way as a file."""
    origin = Origin(STDIN_NAME)
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        return Reject(origin, RejectReason.UNREADABLE, f"cannot read: {exc.strerror or exc}")
    return _source(origin, "", data, max_bytes, None)


def _source(origin: Origin, name: str, data: bytes, max_bytes: int, path: Path | None) -> Source | Reject:
    if len(data) > max_bytes:
        return _too_large(origin, len(data), max_bytes)
    if data.startswith(_GZIP_MAGIC) or name.lower().endswith(".gz"):
        unpacked = _gunzip(data, origin, max_bytes)
        if isinstance(unpacked, Reject):
            return unpacked
        data = unpacked
    return Source(origin, base_name(name), data, path)


def _gunzip(data: bytes, origin: Origin, max_bytes: int) -> bytes | Reject:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        return Reject(origin, RejectReason.UNREADABLE, f"not a valid gzip stream ({exc})")
    if len(out) > max_bytes:
        return Reject(origin, RejectReason.TOO_LARGE, f"more than the {_mb(max_bytes)} limit once gunzipped")
    return out


def _too_large(origin: Origin, size: int, max_bytes: int) -> Reject:
    return Reject(origin, RejectReason.TOO_LARGE, f"{_mb(size)} is over the {_mb(max_bytes)} limit")


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"
