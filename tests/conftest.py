"""Shared fixtures: the spaCy model, loaded once per session (skip when absent)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from eventcoder.errors import ModelNotFoundError
    from eventcoder.nlp import load_model

    try:
        return load_model()
    except ModelNotFoundError as exc:
        pytest.skip(f"no spaCy English model installed: {exc}")
