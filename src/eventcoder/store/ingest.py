"""Ingest: a stream of articles and rejects -> pipeline -> store, one transaction per batch.

Articles whose content hash is already stored (or seen earlier in the same run) are not coded again:
they are counted as duplicates, which is what makes a rerun after a crash cheap and exact. Rejects are
stored with the batch that follows them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol

from eventcoder.records import Article, CodedArticle, Reject, content_hash
from eventcoder.store.store import BatchCounts, RunInfo, Store

log = logging.getLogger(__name__)


class ArticlePipeline(Protocol):
    def pipe(self, articles: Iterable[Article]) -> Iterator[CodedArticle]: ...


@dataclass(slots=True)
class IngestSummary:
    run_id: str
    counts: BatchCounts
    seconds: float
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    batches: int = 0

    @property
    def articles_per_second(self) -> float:
        return self.counts.articles_stored / self.seconds if self.seconds > 0 else 0.0


def _hash(article: Article) -> str:
    return article.content_hash or content_hash(article.text)


class _Intake:
    """Splits the input: rejects set aside, stored or repeated articles counted, new ones passed on."""

    def __init__(self, store: Store, lookahead: int) -> None:
        self.store = store
        self.lookahead = lookahead
        self.pending_rejects: list[Reject] = []
        self.by_reason: dict[str, int] = {}
        self.read = 0
        self.duplicates = 0
        self._seen: set[str] = set()

    def take_rejects(self) -> list[Reject]:
        out, self.pending_rejects = self.pending_rejects, []
        return out

    def articles(self, items: Iterable[Article | Reject]) -> Iterator[Article]:
        it = iter(items)
        while chunk := list(islice(it, self.lookahead)):
            articles: list[Article] = []
            for item in chunk:
                if isinstance(item, Article):
                    articles.append(item)
                else:
                    self.by_reason[item.reason] = self.by_reason.get(item.reason, 0) + 1
                    self.pending_rejects.append(item)
            yield from self._new(articles)

    def _new(self, articles: list[Article]) -> Iterator[Article]:
        known = self.store.known_hashes(_hash(a) for a in articles)
        for article in articles:
            self.read += 1
            h = _hash(article)
            if h in known or h in self._seen:
                self.duplicates += 1
                continue
            self._seen.add(h)
            yield article


def ingest(
    store: Store,
    items: Iterable[Article | Reject],
    pipeline: ArticlePipeline,
    *,
    run: RunInfo,
    batch_size: int = 64,
    on_article: Callable[[], None] | None = None,
    on_batch: Callable[[BatchCounts], None] | None = None,
) -> IngestSummary:
    """Code and store every new article of ``items``; return what was done.

    Each batch of ``batch_size`` coded articles (and the rejects read with them) is committed in one
    transaction. The run is recorded in ``runs``: "completed", "failed" (an exception), "interrupted"
    (Ctrl-C), or left "running" when the process was killed.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.perf_counter()
    run_id = store.start_run(run)
    intake = _Intake(store, lookahead=batch_size)
    total = BatchCounts()
    summary = IngestSummary(run_id=run_id, counts=total, seconds=0.0, rejects_by_reason=intake.by_reason)
    batch: list[CodedArticle] = []

    def flush() -> None:
        rejects = intake.take_rejects()
        if not batch and not rejects:
            return
        counts = store.write_batch(batch, rejects, run_id)
        batch.clear()
        total.add(counts)
        summary.batches += 1
        log.info(
            "batch %d committed: %d articles, %d events, %d rejects",
            summary.batches,
            counts.articles_stored,
            counts.events,
            counts.rejects,
        )
        if on_batch is not None:
            on_batch(counts)

    status = "failed"
    try:
        for coded in pipeline.pipe(intake.articles(items)):
            batch.append(coded)
            if on_article is not None:
                on_article()
            if len(batch) >= batch_size:
                flush()
        flush()
        store.optimize()
        status = "completed"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        total.articles_read = intake.read
        total.duplicates += intake.duplicates
        summary.seconds = time.perf_counter() - started
        store.finish_run(run_id, total, status)
    return summary
