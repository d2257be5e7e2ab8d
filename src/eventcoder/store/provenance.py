"""What a run used: SHA-256 of the packaged dictionaries and tables, and of user-supplied files."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

_DATA_SUFFIXES = (".txt", ".tsv", ".csv", ".json")


def _files(root: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _files(entry, f"{name}/")
        elif entry.name.endswith(_DATA_SUFFIXES):
            yield name, entry


def resource_hashes(user_files: Iterable[Path] = ()) -> dict[str, str]:
    """``{"package:<path>": sha256}`` for eventcoder's data files, ``{"<path>": sha256}`` for user files."""
    out: dict[str, str] = {}
    for name, entry in _files(resources.files("eventcoder.data")):
        out[f"package:{name}"] = hashlib.sha256(entry.read_bytes()).hexdigest()
    for path in user_files:
        out[str(path)] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return out
