"""``POST /code``: code posted text with the pipeline, without storing anything.

The pipeline is heavy (a spaCy model and dictionaries), so it is built lazily by
the injected factory on the first request and kept for the life of the app.
Coding runs on one worker thread (the pipeline is not shared between threads)
and each request waits at most ``timeout_s`` for its result.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol

from eventcoder.api.errors import ApiError
from eventcoder.records import Article, CodedArticle

log = logging.getLogger(__name__)


class ArticleCoder(Protocol):
    """What ``POST /code`` needs from a pipeline: one article in, one coded article out."""

    def process(self, article: Article) -> CodedArticle: ...


PipelineFactory = Callable[[], ArticleCoder]


class CodingService:
    """Owns the lazily built pipeline and the single thread that runs it."""

    def __init__(self, factory: PipelineFactory | None, timeout_s: float) -> None:
        self._factory = factory
        self._timeout_s = timeout_s
        self._pipeline: ArticleCoder | None = None
        self._load_lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._executor_lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._pipeline is not None

    def _get_pipeline(self) -> ArticleCoder:
        if self._factory is None:
            raise ApiError(503, "this server was started without a pipeline; POST /code is off")
        with self._load_lock:
            if self._pipeline is None:
                log.info("loading the pipeline for POST /code")
                self._pipeline = self._factory()
            return self._pipeline

    def _code_now(self, article: Article) -> CodedArticle:
        return self._get_pipeline().process(article)

    def _submit(self, article: Article) -> Future[CodedArticle]:
        with self._executor_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventcoder-code")
            return self._executor.submit(self._code_now, article)

    async def code(self, article: Article) -> CodedArticle:
        """Code one article, or raise a 504 ``ApiError`` after ``timeout_s`` seconds."""
        future = self._submit(article)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout=self._timeout_s)
        except TimeoutError:
            future.cancel()
            raise ApiError(
                504,
                f"coding took longer than the limit of {self._timeout_s:g} s",
                hint="Send a shorter text; the server codes one text at a time.",
            ) from None

    def close(self) -> None:
        with self._executor_lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None
