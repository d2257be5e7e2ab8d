"""Fixtures for the fault tests: the real pipeline, built once per session."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def pipeline(nlp: Any) -> Any:
    from eventcoder.factory import build_pipeline

    return build_pipeline()
