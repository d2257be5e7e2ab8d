"""Shared fixtures: the shared data folder (skip when absent) and the spaCy model (loaded once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTCODER_SHARED", REPO.parent / "shared")) / "data"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with a reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path} (set EVENTCODER_SHARED to the shared/ folder)")
    return path


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from eventcoder.errors import ModelNotFoundError
    from eventcoder.nlp import load_model

    try:
        return load_model()
    except ModelNotFoundError as exc:
        pytest.skip(f"no spaCy English model installed: {exc}")
