"""An on-disk cache of compiled resources (the gazetteer), so a process starts without rebuilding them.

A compiled resource is pickled under the user cache directory (``$EVENTCODER_CACHE``, else
``$XDG_CACHE_HOME/eventcoder``, else ``~/.cache/eventcoder``) in a file named by a SHA-256 key over
the eventcoder version, the source of the module that builds it, the SHA-256 of every input file and
the build options: any change to code, data or options yields a new key and a rebuild; stale files
are never read. Writes go to a temporary file in the same directory and are moved in place with
``os.replace``, so concurrent workers either see a complete file or none (two that race both build,
and the last rename wins with identical content). A file that fails to unpickle, or holds another
type, is logged, removed and rebuilt. ``EVENTCODER_CACHE=off`` disables the cache.

Only files this cache wrote are read back (pickle runs code on load; the directory is the user's own).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from eventcoder import __version__

log = logging.getLogger(__name__)

T = TypeVar("T")
CACHE_ENV = "EVENTCODER_CACHE"
_OFF = frozenset({"off", "0", "no", "false", "none"})


def cache_dir() -> Path | None:
    """The cache directory, or None when ``EVENTCODER_CACHE`` turns the cache off."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    if configured.lower() in _OFF and configured:
        return None
    if configured:
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".cache") / "eventcoder"


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def cache_key(kind: str, *, inputs: Iterable[bytes | str], options: str) -> str:
    """A key over the version, a kind name, the digests or texts of the inputs, and the options."""
    digest = hashlib.sha256()
    for part in (__version__, kind, options, *inputs):
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def cached(kind: str, key: str, expected: type[T], build: Callable[[], T]) -> T:
    """The resource stored under ``key``, else ``build()`` stored there; the cache never changes a result."""
    directory = cache_dir()
    if directory is None:
        return build()
    path = directory / f"{kind}-{key[:32]}.pickle"
    found = _read(path, expected)
    if found is not None:
        log.debug("%s: loaded from cache %s", kind, path)
        return found
    value = build()
    _write(path, value)
    return value


def _read(path: Path, expected: type[T]) -> T | None:
    collecting = gc.isenabled()
    gc.disable()  # unpickling ~10^6 objects triggers the cyclic GC over and over: half the load time
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as exc:  # any corrupt or truncated file is rebuilt, never fatal
        log.warning("resource cache %s is unreadable (%s); rebuilding it", path, exc)
        _remove(path)
        return None
    finally:
        if collecting:
            gc.enable()
    if not isinstance(value, expected):
        log.warning(
            "resource cache %s holds a %s, not a %s; rebuilding it", path, type(value).__name__, expected
        )
        _remove(path)
        return None
    return value


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            _remove(Path(tmp))
            raise
    except OSError as exc:  # a read-only or full disk costs speed, not correctness
        log.warning("resource cache %s could not be written (%s); continuing without it", path, exc)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
