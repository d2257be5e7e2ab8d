"""Where input bytes come from: files, directories (recursive, glob filters), stdin; gzip; size limits.

An input is opened once (``open_input``) and its first bytes read for format
detection. Record files (JSON Lines, CSV) are then streamed line by line, so
a corpus of any size can be read and the size limit applies to each line;
every other input is read whole, up to the limit (also once gunzipped).
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, cast

from eventcoder.errors import InputError, RejectReason
from eventcoder.ingest.formats import KNOWN_EXTENSIONS, SIDECAR_SUFFIX, base_name
from eventcoder.records import Origin, Reject

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"
STDIN_NAME = "<stdin>"
HEAD_BYTES = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_READ_ERRORS = (OSError, EOFError, zlib.error)


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
        if path.name.endswith(SIDECAR_SUFFIX):
            continue
        if include is None:
            if Path(base_name(path.name)).suffix.lower() not in KNOWN_EXTENSIONS:
                continue
        elif not _matches(include, rel):
            continue
        if exclude is not None and _matches(exclude, rel):
            continue
        yield path


def _matches(pattern: str, rel: Path) -> bool:
    return fnmatch(rel.as_posix(), pattern) or fnmatch(rel.name, pattern)


@dataclass(slots=True)
class Opened:
    """An open input (gunzipped when needed), with its first bytes already read."""

    origin: Origin
    name: str  # file name without .gz, for format detection ("" for stdin)
    head: bytes
    stream: BinaryIO  # positioned after ``head``
    path: Path | None = None  # None for stdin
    max_bytes: int = DEFAULT_MAX_BYTES

    def __enter__(self) -> Opened:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stream.close()

    def read_all(self) -> bytes | Reject:
        """The whole input, or a ``Reject`` when it is over the limit or cannot be read."""
        try:
            remaining = self.max_bytes + 1 - len(self.head)
            rest = self.stream.read(remaining) if remaining > 0 else b""
        except _READ_ERRORS as exc:
            return _unreadable(self.origin, exc)
        data = self.head + rest
        if len(data) > self.max_bytes:
            return Reject(self.origin, RejectReason.TOO_LARGE, f"more than the {_mb(self.max_bytes)} limit")
        return data

    def lines(self) -> Iterator[tuple[int, bytes | Reject]]:
        """``(line number, bytes)`` for each line; a line over the size limit is a ``Reject`` in its place."""
        stream = io.BufferedReader(_Prefixed(self.head, self.stream))
        number = 0
        while True:
            try:
                line = stream.readline(self.max_bytes + 1)
            except _READ_ERRORS as exc:
                yield number + 1, _unreadable(Origin(self.origin.path, number + 1), exc)
                return
            if not line:
                return
            number += 1
            if len(line) > self.max_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = stream.readline(self.max_bytes)
                yield (
                    number,
                    Reject(
                        Origin(self.origin.path, number),
                        RejectReason.TOO_LARGE,
                        f"line over the {_mb(self.max_bytes)} limit",
                    ),
                )
                continue
            yield number, line


class _Prefixed(io.RawIOBase):
    """A read-only stream: ``prefix`` first, then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def open_input(name: str, stdin: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> Opened | Reject:
    """Open a file (or ``-``: ``stdin``), gunzip it when it is gzip, and read its first bytes."""
    if name == STDIN:
        return _open_stream(Origin(STDIN_NAME), "", stdin, None, max_bytes)
    origin = Origin(name)
    path = Path(name)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by Opened
    except OSError as exc:
        return _unreadable(origin, exc)
    return _open_stream(origin, path.name, handle, path, max_bytes)


def _open_stream(
    origin: Origin, name: str, raw: BinaryIO, path: Path | None, max_bytes: int
) -> Opened | Reject:
    try:
        first = raw.read(HEAD_BYTES)
        stream: BinaryIO = raw
        if first.startswith(_GZIP_MAGIC) or name.lower().endswith(".gz"):
            stream = cast(BinaryIO, gzip.GzipFile(fileobj=io.BufferedReader(_Prefixed(first, raw))))
            first = stream.read(HEAD_BYTES)
    except _READ_ERRORS as exc:
        raw.close()
        return _unreadable(origin, exc)
    return Opened(origin, base_name(name), first, stream, path, max_bytes)


def _unreadable(origin: Origin, exc: BaseException) -> Reject:
    if isinstance(exc, gzip.BadGzipFile | EOFError | zlib.error):
        return Reject(origin, RejectReason.UNREADABLE, f"not a valid gzip stream ({exc})")
    message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return Reject(origin, RejectReason.UNREADABLE, f"cannot read: {message}")


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"
