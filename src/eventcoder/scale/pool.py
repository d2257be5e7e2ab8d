"""Code articles in worker processes: each worker parses AND runs every stage, then returns records.

``spaCy``'s ``n_process`` forks parser processes and pipes whole ``Doc``s back to
the main process, where every post-parse stage then runs: the main process
serialises, deserialises and codes while the workers parse. Here each worker
builds its own pipeline once (model, dictionaries, gazetteer), codes a chunk of
articles end to end and sends back ``CodedArticle`` records, which are far
smaller than ``Doc``s. The main process only reads input and writes output.

``ParallelPipeline.pipe`` has the same contract as ``Pipeline.pipe``: the coded
articles come out in input order.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing as mp
import os
import queue
import resource
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from types import TracebackType
from typing import TYPE_CHECKING, Any

from eventcoder.errors import EventcoderError
from eventcoder.records import Article, CodedArticle

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from eventcoder.factory import PipelineOptions
    from eventcoder.pipeline import Pipeline
    from eventcoder.store.ingest import ArticlePipeline

log = logging.getLogger(__name__)

_POLL_SECONDS = 1.0
ARTICLES_PER_WORKER = 200  # below this many articles per worker, fewer workers are started


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    """What a run records about the pipeline that coded it."""

    model: str
    dictionary_hashes: dict[str, str] = field(default_factory=dict)


def pipeline_info(pipeline: Pipeline) -> PipelineInfo:
    """The model label and the coder's dictionary hashes (when the coder reports them)."""
    from eventcoder.nlp.model import model_label

    hashes = getattr(pipeline.coder, "dictionary_hashes", None)
    return PipelineInfo(model_label(pipeline.nlp), dict(hashes) if isinstance(hashes, dict) else {})


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def auto_workers(estimated_articles: int | None) -> int:
    """Workers for an input of about ``estimated_articles`` (None: unknown, e.g. stdin).

    A worker costs a model and dictionary load (~15 s of CPU, ~0.7 GiB), about what
    parsing 150 articles costs, so small inputs are coded in this process.
    """
    if not estimated_articles:
        return 1
    return max(1, min(default_workers(), estimated_articles // ARTICLES_PER_WORKER))


def settle_loaded_resources() -> None:
    """Exempt everything loaded so far from the cyclic garbage collector (``gc.freeze``).

    A pipeline holds ~850,000 long-lived Python objects (dictionaries, patterns,
    gazetteer); each full collection walked them all, about 1 ms per article of
    coding. For processes that load a pipeline once and then code: the CLI's own
    process and the pool's workers, never from library code called by others.
    """
    gc.collect()
    gc.freeze()


def local_pipeline(options: PipelineOptions, workers: int) -> tuple[ArticlePipeline, PipelineInfo]:
    """A started pipeline for ``workers`` processes (1: this process) and what it loaded.

    With more than one worker the caller must ``close()`` the returned ``ParallelPipeline``.
    With one, this process is settled (``settle_loaded_resources``) once the pipeline is loaded.
    """
    if workers <= 1:
        from eventcoder.factory import build_pipeline

        pipeline = build_pipeline(replace(options, n_process=1))
        settle_loaded_resources()
        return pipeline, pipeline_info(pipeline)
    pool = ParallelPipeline(options, workers)
    return pool, pool.start()


def peak_rss_bytes() -> int:
    """This process's peak resident memory.

    Linux: ``VmHWM`` of /proc/self/status (``ru_maxrss`` survives exec, so a spawned
    worker would report its parent's size); elsewhere ``ru_maxrss``.
    """
    import sys

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024


@dataclass(slots=True)
class _Chunk:
    """One worker's answer for one chunk of articles."""

    number: int
    coded: list[CodedArticle]
    stage_seconds: dict[str, float]
    worker: int
    peak_rss: int
    cpu_seconds: float  # the worker's CPU time on this chunk


def _serve(worker: int, options: PipelineOptions, tasks: Any, results: Any) -> None:
    """A worker: build the pipeline once, then code chunks until told to stop (``None``)."""
    from eventcoder.factory import build_pipeline

    try:
        pipeline = build_pipeline(replace(options, n_process=1))
        settle_loaded_resources()
        results.put(("ready", worker, pipeline_info(pipeline)))
    except BaseException as exc:  # reported to the main process, which raises it
        results.put(("failed", worker, exc))
        return
    parent = os.getppid()
    while True:
        try:
            task = tasks.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            if os.getppid() != parent:  # the main process died without stopping us
                return
            continue
        if task is None:
            return
        number, articles = task
        try:
            pipeline.stage_seconds.clear()
            cpu = time.process_time()
            coded = list(pipeline.pipe(articles))
            cpu = time.process_time() - cpu
            results.put(
                (
                    "chunk",
                    worker,
                    _Chunk(number, coded, dict(pipeline.stage_seconds), worker, peak_rss_bytes(), cpu),
                )
            )
        except BaseException as exc:
            results.put(("failed", worker, exc))
            return


class WorkerFailed(EventcoderError):
    """A worker process died or raised while coding."""

    code = "E020"
    hint = "Run again with --workers 1 to see the error in this process."


class ParallelPipeline:
    """``workers`` processes, each with its own pipeline, coding chunks of ``chunk_size`` articles.

    Use as a context manager (or call ``close``). ``info`` is the model label and
    dictionary hashes reported by the workers; ``stage_seconds`` sums the
    workers' per-stage times, ``cpu_seconds`` their CPU time on chunks; ``peak_rss``
    is each worker's peak memory.
    """

    def __init__(
        self,
        options: PipelineOptions,
        workers: int,
        *,
        chunk_size: int | None = None,
        start_method: str = "spawn",
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.options = options
        self.workers = workers
        self.chunk_size = chunk_size or options.batch_size
        self.stage_seconds: dict[str, float] = {}
        self.peak_rss: dict[int, int] = {}
        self.cpu_seconds = 0.0  # the workers' CPU time on chunks (start-up excluded)
        self._context: Any = mp.get_context(start_method)
        self._tasks: Any = None
        self._results: Any = None
        self._processes: list[BaseProcess] = []
        self._info: PipelineInfo | None = None

    # -- lifecycle ----------------------------------------------------------------------------------

    def start(self) -> PipelineInfo:
        """Start the workers and wait until each has built its pipeline; return what they loaded."""
        if self._info is not None:
            return self._info
        self._tasks = self._context.Queue()
        self._results = self._context.Queue()
        for n in range(self.workers):
            process = self._context.Process(
                target=_serve, args=(n, self.options, self._tasks, self._results), daemon=True
            )
            process.start()
            self._processes.append(process)
        ready = 0
        while ready < self.workers:
            kind, _, payload = self._next()
            if kind != "ready":
                raise RuntimeError(f"unexpected {kind} message while workers start")
            self._info = self._info or payload
            ready += 1
        assert self._info is not None
        return self._info

    @property
    def info(self) -> PipelineInfo:
        return self.start()

    def close(self) -> None:
        """Stop the workers (they finish the chunk in hand first)."""
        for process in self._processes:
            if process.is_alive():
                self._tasks.put(None)
        for process in self._processes:
            process.join(timeout=30)
            if process.is_alive():
                process.terminate()
                process.join()
        self._processes.clear()
        self._info = None

    def __enter__(self) -> ParallelPipeline:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- coding -------------------------------------------------------------------------------------

    def pipe(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code ``articles`` in the workers; yield the results in input order.

        At most two chunks per worker are in flight, so input is read as the
        workers need it and memory stays bounded whatever the input size.
        """
        self.start()
        source = iter(articles)
        in_flight = 0
        submitted = 0
        waiting: dict[int, list[CodedArticle]] = {}
        next_out = 0
        exhausted = False
        while True:
            while not exhausted and in_flight < 2 * self.workers:
                chunk = list(islice(source, self.chunk_size))
                if not chunk:
                    exhausted = True
                    break
                self._tasks.put((submitted, chunk))
                submitted += 1
                in_flight += 1
            if in_flight == 0:
                return
            kind, _, payload = self._next()
            if kind != "chunk":
                raise RuntimeError(f"unexpected {kind} message while coding")
            in_flight -= 1
            self._account(payload)
            waiting[payload.number] = payload.coded
            while next_out in waiting:
                yield from waiting.pop(next_out)
                next_out += 1

    def _account(self, chunk: _Chunk) -> None:
        for stage, seconds in chunk.stage_seconds.items():
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds
        self.peak_rss[chunk.worker] = max(self.peak_rss.get(chunk.worker, 0), chunk.peak_rss)
        self.cpu_seconds += chunk.cpu_seconds

    def _next(self) -> tuple[str, int, Any]:
        """The next worker message; raise when a worker failed or died."""
        while True:
            try:
                kind, worker, payload = self._results.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                dead = [p for p in self._processes if not p.is_alive()]
                if dead:
                    self.close()
                    raise WorkerFailed(
                        f"a coding worker died (exit code {dead[0].exitcode})",
                        hint="It may have run out of memory: try fewer --workers.",
                    ) from None
                continue
            if kind == "failed":
                self.close()
                if isinstance(payload, EventcoderError):
                    raise payload
                raise WorkerFailed(f"coding worker {worker} failed: {payload!r}") from payload
            return kind, worker, payload
