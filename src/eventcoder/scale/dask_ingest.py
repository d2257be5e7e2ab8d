"""``eventcoder ingest --dask``: code partitions on Dask workers, load their Parquet parts into the store.

The driver (this process) reads and cleans the input, drops articles already
stored (content hash, as a single-process ingest does), and cuts the rest into
partitions. Each Dask worker builds the pipeline once (``PipelinePlugin`` keeps
it on the plugin object, which lives on the worker), codes a partition and
writes it as a Parquet part (``eventcoder.scale.parts``) under ``parts_dir``,
which must be a directory every worker and the driver can reach (a shared
filesystem; local disk for a ``LocalCluster``). The driver loads parts in
partition order with ``Store.write_batch``, one transaction per part, so the
store receives exactly what a single-process ingest would write, and a rerun
after a crash stores nothing twice.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from eventcoder.records import Article, Reject, content_hash
from eventcoder.scale.parts import read_part, write_part
from eventcoder.scale.pool import PipelineInfo, peak_rss_bytes, pipeline_info
from eventcoder.store import BatchCounts, IngestSummary, RunInfo, Store

if TYPE_CHECKING:
    from distributed import Worker

    from eventcoder.factory import PipelineOptions
    from eventcoder.pipeline import Pipeline

log = logging.getLogger(__name__)

PLUGIN_NAME = "eventcoder-pipeline"
LOCAL = "local"


class PipelinePlugin(WorkerPlugin):
    """Holds one pipeline per Dask worker, built on first use from picklable options."""

    name = PLUGIN_NAME

    def __init__(self, options: PipelineOptions) -> None:
        self.options = options
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"options": self.options}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["options"])  # type: ignore[misc]

    def setup(self, worker: Worker) -> None:
        log.info("eventcoder pipeline plugin on %s", worker.address)

    def teardown(self, worker: Worker) -> None:
        self._pipeline = None

    def pipeline(self) -> Pipeline:
        """The worker's pipeline, built by the first task that needs it (not on the event loop)."""
        with self._lock:
            if self._pipeline is None:
                from eventcoder.factory import build_pipeline

                self._pipeline = build_pipeline(replace(self.options, n_process=1))
            return self._pipeline


def _worker_pipeline() -> Pipeline:
    plugin: PipelinePlugin = get_worker().plugins[PLUGIN_NAME]  # type: ignore[assignment]
    return plugin.pipeline()


@dataclass(frozen=True, slots=True)
class PartResult:
    """What a worker reports for one coded partition (the records are in the part's files)."""

    number: int
    directory: str
    articles: int
    events: int
    stage_seconds: dict[str, float]
    peak_rss: int
    worker: str


def describe_pipeline() -> PipelineInfo:
    """Dask task: the model and dictionaries of the worker's pipeline."""
    return pipeline_info(_worker_pipeline())


def code_partition(number: int, articles: list[Article], parts_dir: str) -> PartResult:
    """Dask task: code one partition with the worker's pipeline and write it as a Parquet part."""
    pipeline = _worker_pipeline()
    pipeline.stage_seconds.clear()
    coded = list(pipeline.pipe(articles))
    directory = Path(parts_dir) / f"part-{number:06d}"
    started = time.perf_counter()
    write_part(coded, directory)
    stages = dict(pipeline.stage_seconds)
    stages["write_part"] = time.perf_counter() - started
    return PartResult(
        number,
        str(directory),
        len(coded),
        sum(len(c.events) for c in coded),
        stages,
        peak_rss_bytes(),
        get_worker().address,
    )


@dataclass(frozen=True, slots=True)
class DaskOptions:
    """Where to run: ``address`` of a scheduler, or ``"local"`` for a LocalCluster of ``workers``."""

    address: str = LOCAL
    workers: int = 2
    partition_size: int = 100
    parts_dir: Path | None = None  # default: a temporary directory, removed afterwards
    keep_parts: bool = False


@dataclass(slots=True)
class DaskIngest:
    """The store summary plus what the workers reported."""

    summary: IngestSummary
    stage_seconds: dict[str, float] = field(default_factory=dict)
    peak_rss: dict[str, int] = field(default_factory=dict)  # worker address -> bytes
    parts: int = 0


def connect(options: DaskOptions) -> tuple[Client, LocalCluster | None]:
    """A client for the scheduler at ``options.address``, or for a new LocalCluster."""
    if options.address != LOCAL:
        return Client(options.address), None
    cluster = LocalCluster(
        n_workers=options.workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return Client(cluster), cluster


def ingest_dask(
    store: Store,
    items: Iterable[Article | Reject],
    pipeline_options: PipelineOptions,
    options: DaskOptions,
    *,
    run: RunInfo,
    on_part: Callable[[BatchCounts], None] | None = None,
) -> DaskIngest:
    """Code every new article of ``items`` on Dask workers and store the results.

    ``run.model``/``run.dictionary_hashes`` are filled from a worker's pipeline.
    """
    started = time.perf_counter()
    client, cluster = connect(options)
    own_parts = options.parts_dir is None
    parts_dir = Path(tempfile.mkdtemp(prefix="eventcoder-parts-")) if own_parts else options.parts_dir
    assert parts_dir is not None
    try:
        client.register_plugin(PipelinePlugin(pipeline_options), name=PLUGIN_NAME)
        info: PipelineInfo = client.submit(describe_pipeline, pure=False).result()
        run = replace(
            run, model=info.model, dictionary_hashes=info.dictionary_hashes or run.dictionary_hashes
        )
        return _Driver(store, client, options, parts_dir, on_part).run(items, run, started)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if own_parts and not options.keep_parts:
            shutil.rmtree(parts_dir, ignore_errors=True)


class _Driver:
    """Submits partitions (a bounded number in flight) and loads finished parts in order."""

    def __init__(
        self,
        store: Store,
        client: Client,
        options: DaskOptions,
        parts_dir: Path,
        on_part: Callable[[BatchCounts], None] | None,
    ) -> None:
        self.store = store
        self.client = client
        self.options = options
        self.parts_dir = parts_dir
        self.on_part = on_part
        self.total = BatchCounts()
        self.by_reason: dict[str, int] = {}
        self.rejects: list[Reject] = []
        self.seen: set[str] = set()
        self.result = DaskIngest(summary=IngestSummary(run_id="", counts=self.total, seconds=0.0))

    def run(self, items: Iterable[Article | Reject], run: RunInfo, started: float) -> DaskIngest:
        run_id = self.store.start_run(run)
        summary = self.result.summary
        summary.run_id, summary.rejects_by_reason = run_id, self.by_reason
        status = "failed"
        try:
            self._code_and_load(self._partitions(items), run_id)
            self._load([], run_id)  # rejects read after the last article
            self.store.optimize()  # as a single-process ingest ends
            status = "completed"
        finally:
            summary.seconds = time.perf_counter() - started
            self.store.finish_run(run_id, self.total, status)
        return self.result

    def _partitions(self, items: Iterable[Article | Reject]) -> Iterator[list[Article]]:
        """New articles in partitions; rejects and already-stored articles are counted on the way."""
        it = iter(items)
        size = self.options.partition_size
        while chunk := list(islice(it, size)):
            articles: list[Article] = []
            for item in chunk:
                if isinstance(item, Reject):
                    self.by_reason[item.reason] = self.by_reason.get(item.reason, 0) + 1
                    self.rejects.append(item)
                else:
                    articles.append(item)
            self.total.articles_read += len(articles)
            known = self.store.known_hashes(_hash(a) for a in articles)
            fresh = []
            for article in articles:
                h = _hash(article)
                if h in known or h in self.seen:
                    self.total.duplicates += 1
                    continue
                self.seen.add(h)
                fresh.append(article)
            if fresh:
                yield fresh

    def _code_and_load(self, partitions: Iterator[list[Article]], run_id: str) -> None:
        limit = 2 * max(1, len(self.client.scheduler_info().get("workers", {})) or self.options.workers)
        pending = as_completed()
        in_flight = 0
        finished: dict[int, PartResult] = {}
        next_load = 0
        submitted = 0
        exhausted = False
        while True:
            while not exhausted and in_flight < limit:
                part = next(partitions, None)
                if part is None:
                    exhausted = True
                    break
                future = self.client.submit(code_partition, submitted, part, str(self.parts_dir), pure=False)
                pending.add(future)
                submitted += 1
                in_flight += 1
            if in_flight == 0:
                return
            done = next(pending)
            in_flight -= 1
            result: PartResult = done.result()
            finished[result.number] = result
            while next_load in finished:
                self._load_part(finished.pop(next_load), run_id)
                next_load += 1

    def _load_part(self, result: PartResult, run_id: str) -> None:
        directory = Path(result.directory)
        self._load(read_part(directory), run_id)
        self.result.parts += 1
        for stage, seconds in result.stage_seconds.items():
            self.result.stage_seconds[stage] = self.result.stage_seconds.get(stage, 0.0) + seconds
        self.result.peak_rss[result.worker] = max(self.result.peak_rss.get(result.worker, 0), result.peak_rss)
        if not self.options.keep_parts:
            shutil.rmtree(directory, ignore_errors=True)

    def _load(self, coded: list[Any], run_id: str) -> None:
        rejects, self.rejects = self.rejects, []
        if not coded and not rejects:
            return
        counts = self.store.write_batch(coded, rejects, run_id)
        self.total.add(counts)
        self.result.summary.batches += 1
        if self.on_part is not None:
            self.on_part(counts)


def _hash(article: Article) -> str:
    return article.content_hash or content_hash(article.text)
