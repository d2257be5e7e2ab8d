"""``POST /code``: clean, check and code posted text with the pipeline, without storing anything.

The pipeline is heavy (a spaCy model and dictionaries), so it is built lazily by
the injected factory on the first request and kept for the life of the app, as
is the language detector. The text goes through ingest's ``article_from_text``
(the same cleaning and checks as ``eventcoder ingest``). Coding runs on one
worker thread (the pipeline is not shared between threads) and each request
waits at most ``timeout_s`` for its result.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from eventcoder.api.errors import ApiError
from eventcoder.api.models import CodeRequest
from eventcoder.ingest import LanguageDetector, article_from_text
from eventcoder.records import Article, CodedArticle

log = logging.getLogger(__name__)
T = TypeVar("T")


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
        self._detector: LanguageDetector | None = None
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

    def _get_detector(self) -> LanguageDetector:
        with self._load_lock:
            if self._detector is None:
                self._detector = LanguageDetector()
            return self._detector

    def _load(self) -> None:
        self._get_pipeline()
        self._get_detector()

    def _code_now(self, request: CodeRequest) -> CodedArticle:
        pipeline = self._get_pipeline()
        article = article_from_text(
            request.text,
            title=request.title,
            date=request.date.isoformat() if request.date else None,
            url=request.url,
            source=request.source,
            detector=self._get_detector(),
            origin="<api>",
        )
        return pipeline.process(article)

    def _submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        with self._executor_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventcoder-code")
            return self._executor.submit(fn, *args)

    async def code(self, request: CodeRequest) -> CodedArticle:
        """Code one posted text; ``RejectedInput`` for text ingest would reject, 504 after ``timeout_s``.

        Loading the pipeline (first call only) is not counted against the time limit.
        """
        if not self.loaded:
            await asyncio.wrap_future(self._submit(self._load))
        future = self._submit(self._code_now, request)
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
