"""Fixtures for the ingest tests: the language model, loaded once."""

from __future__ import annotations

import pytest

from eventcoder.ingest import LanguageDetector


@pytest.fixture(scope="session")
def detector() -> LanguageDetector:
    return LanguageDetector()
