"""Test doubles and assertions shared by the API tests."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from api.sample_store import sentences_of, span_of
from eventcoder.records import Actor, Article, CodedArticle

ERROR_KEYS = {"code", "message", "hint"}


def assert_error(response: Any, status: int, code: str) -> dict[str, str]:
    """The response is the one JSON error shape, with this status and error code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == ERROR_KEYS
    assert all(isinstance(body["error"][k], str) for k in ERROR_KEYS)
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    return dict(body["error"])


@dataclass
class FakePipeline:
    """Codes any mention of "Ankara" as TURGOV; can be told to block, to test the time limit."""

    seen: list[Article] = field(default_factory=list)
    release: threading.Event | None = None

    def process(self, article: Article) -> CodedArticle:
        if self.release is not None:
            self.release.wait(timeout=10)
        self.seen.append(article)
        actors = ()
        if "Ankara" in article.text:
            actors = (Actor("TURGOV", "Turkey", "Ankara", span_of(article.text, "Ankara"), "capital"),)
        return CodedArticle(article, sentences_of(article.text), actors)


@dataclass
class FakeFactory:
    pipeline: FakePipeline = field(default_factory=FakePipeline)
    calls: int = 0

    def __call__(self) -> FakePipeline:
        self.calls += 1
        return self.pipeline
