"""Throughput at the parser's limit (issue 8): parse only vs ``code`` vs ``ingest``, and pre-parsed coding.

On the first N articles of /work/shared/data/news_corpus/articles.jsonl, in one run:

  (a) spaCy parse only: ``nlp.pipe`` with the pipeline's model and batch size in ``workers`` processes
      (the same ``ParallelPipeline`` as (b) with every post-parse stage switched off);
  (b) ``eventcoder code`` end to end through the library path the CLI uses (``read_inputs`` ->
      ``ParallelPipeline`` with ``workers`` processes, or ``Pipeline`` for 1 -> events as JSON lines);
  (c) ``eventcoder ingest`` into a fresh store (``store.ingest`` with the same pipeline);
  (d) post-parse stages on docs parsed beforehand, one process: sentences/s of the coder (actors +
      verbs, what PETRARCH2 does: ~1,900 sentences/s on pre-parsed trees) and of every stage.

(a), (b) and (c) run interleaved: the articles are cut into ``--rounds`` blocks and each block goes
through the three modes in a rotating order, so that the machine's drift over the minutes of a run
does not decide the ratios. Each mode prints articles/s, words/s, sentences/s, events/s, wall and CPU seconds (this process plus
its children: the machine is shared, so CPU seconds are the steadier figure) and peak memory per
process; then (b)/(a), (c)/(a) and a per-stage profile. Pipeline start-up (model and dictionaries
loaded in every worker) is timed apart and not counted in the rates.

    .venv/bin/python bench/throughput.py --n 200 --workers 2 [--rounds 8]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

CORPUS = Path("/work/shared/data/news_corpus/articles.jsonl")


@dataclass
class Mode:
    name: str
    wall: float = 0.0
    cpu: float = 0.0
    articles: int = 0
    words: int = 0
    sentences: int = 0
    events: int = 0
    startup: float = 0.0
    peak_rss: dict[str, int] = field(default_factory=dict)
    round_cpu: list[float] = field(default_factory=list)  # CPU seconds per article, each round

    def line(self) -> str:
        w = self.wall or float("nan")
        mem = ", ".join(f"{k} {v / 2**20:.0f} MiB" for k, v in self.peak_rss.items())
        return (
            f"{self.name:<11} {self.articles / w:7.2f} art/s {self.words / w:8.0f} words/s"
            f" {self.sentences / w:7.1f} sent/s {self.events / w:6.1f} events/s"
            f" | wall {self.wall:6.1f}s cpu {self.cpu:6.1f}s start-up {self.startup:5.1f}s | peak {mem}"
        )


class Clock:
    """Wall and CPU seconds (this process and its waited-for children) of a block."""

    def __enter__(self) -> Clock:
        self._wall, self._cpu = time.perf_counter(), _cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self._wall, _cpu() - self._cpu


def _cpu() -> float:
    """This process's CPU seconds (workers' CPU is added from what they report, start-up excluded)."""
    t = os.times()
    return t.user + t.system


def _self_peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _timed(
    fn: Callable[..., Any],
    seconds: dict[str, float],
    key: str,
    clock: Callable[[], float] = time.perf_counter,
) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            seconds[key] = seconds.get(key, 0.0) + clock() - started

    return wrapper


def _timed_iter(items: Iterator[Any], seconds: dict[str, float], key: str) -> Iterator[Any]:
    while True:
        started = time.perf_counter()
        item = next(items, None)
        seconds[key] = seconds.get(key, 0.0) + time.perf_counter() - started
        if item is None:
            return
        yield item


def _pipeline(options: Any, workers: int) -> Any:
    if workers == 1:
        from eventcoder.factory import build_pipeline

        return build_pipeline(options)
    from eventcoder.scale import ParallelPipeline

    pool = ParallelPipeline(options, workers)
    pool.start()
    return pool


def run(n: int, workers: int, batch_size: int, rounds: int) -> int:
    from eventcoder.factory import PipelineOptions, build_pipeline
    from eventcoder.ingest import clean_text, read_inputs
    from eventcoder.records import Article
    from eventcoder.scale.pool import settle_loaded_resources
    from eventcoder.store import RunInfo, Store, ingest

    tmp = Path(tempfile.mkdtemp(prefix="eventcoder-throughput-"))
    sample = tmp / "articles.jsonl"
    with CORPUS.open(encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
        raw_texts = []
        for line, _ in zip(src, range(n), strict=False):
            dst.write(line)
            raw_texts.append(json.loads(line).get("text") or "")
    print(
        f"{len(raw_texts)} articles of {CORPUS}, workers={workers}, batch_size={batch_size}, cores={os.cpu_count()}"
    )
    profile: dict[str, float] = {}

    with Clock() as c:
        articles = [a for a in read_inputs([str(sample)]) if isinstance(a, Article)]
    with Clock() as cc:
        for text in raw_texts:
            clean_text(text)
    profile["read (+ language check)"], profile["clean"] = c.wall - cc.wall, cc.wall
    options = PipelineOptions(batch_size=batch_size, n_process=1)

    # (a), (b), (c) interleaved: the articles are cut into ``rounds`` blocks and each block runs
    # through the three modes in a rotating order, with the three pipelines started once up front.
    # On a small shared machine the speed drifts within minutes (other tenants, thermal limits);
    # running the modes one after another let that drift decide the ratios (0.76 and 0.97 for the
    # same code on two runs), interleaving spreads it over all three.
    parse_only = replace(options, coder=False, quotes=False, dates=False, places=False)
    parse, code, ing = Mode("(a) parse"), Mode("(b) code"), Mode("(c) ingest")
    pipelines: dict[str, Any] = {}
    for mode, mode_options in ((parse, parse_only), (code, options), (ing, options)):
        with Clock() as start:
            pipelines[mode.name] = _pipeline(mode_options, workers)
        mode.startup = start.wall
    size = -(-len(articles) // rounds)
    blocks = [articles[i : i + size] for i in range(0, len(articles), size)]
    store_seconds: dict[str, float] = {}
    with Store.open(tmp / "store.duckdb") as store, open(os.devnull, "w", encoding="utf-8") as out:
        store.write_batch = _timed(store.write_batch, store_seconds, "store")
        for number, block in enumerate(blocks):
            block_file = tmp / f"block{number}.jsonl"
            block_file.write_text(
                "".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in block), encoding="utf-8"
            )
            sequence = [parse, code, ing]
            for mode in sequence[number % 3 :] + sequence[: number % 3]:
                pipeline = pipelines[mode.name]
                before = getattr(pipeline, "cpu_seconds", 0.0)
                with Clock() as c:
                    if mode is parse:
                        for _ in pipeline.pipe(iter(block)):
                            pass
                    elif mode is code:  # as `eventcoder code` does it: read, code, JSON lines out
                        stream = (a for a in read_inputs([str(block_file)]) if isinstance(a, Article))
                        for done in pipeline.pipe(stream):
                            mode.events += len(done.events)
                            for event in done.events:
                                out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                    else:
                        items = _timed_iter(iter(read_inputs([str(block_file)])), store_seconds, "read+clean")
                        summary = ingest(store, items, pipeline, run=RunInfo(command="bench"), batch_size=64)
                        mode.events += summary.counts.events
                cpu_spent = c.cpu + getattr(pipeline, "cpu_seconds", 0.0) - before
                mode.wall += c.wall
                mode.cpu += cpu_spent
                mode.articles += len(block)
                mode.round_cpu.append(cpu_spent / len(block))
    code_stages = dict(getattr(pipelines[code.name], "stage_seconds", {}))
    for mode in (parse, code, ing):
        pipeline = pipelines[mode.name]
        if workers > 1:
            mode.peak_rss = {f"worker {k}": v for k, v in pipeline.peak_rss.items()}
            pipeline.close()
        mode.peak_rss["main"] = _self_peak()
    with Clock() as c:
        local = build_pipeline(options)
        settle_loaded_resources()  # as the CLI's single process does
    print(f"pipeline build (one process): {c.wall:.1f}s wall, {c.cpu:.1f}s cpu")

    # (d) last: post-parse stages on docs parsed here beforehand, one process. It runs after the
    # pools are closed: as in `eventcoder code --workers N`, the main process holds no pipeline
    # while the workers code (a pipeline's ~850,000 objects made its garbage collections slow).
    docs = list(local.nlp.pipe([a.text for a in articles], batch_size=batch_size))
    parse.words = code.words = ing.words = sum(1 for d in docs for t in d if not (t.is_punct or t.is_space))
    parse.sentences = code.sentences = ing.sentences = sentences = sum(1 for d in docs for _ in d.sents)
    post: dict[str, float] = {}  # CPU seconds per post-parse stage (the machine is shared)
    cpu = time.process_time
    if local.coder is not None:
        local.coder.code = _timed(local.coder.code, post, "coder (actors + verbs)", cpu)
        local.coder.actors.find = _timed(local.coder.actors.find, post, "  of which actors", cpu)
    for stage, method, key in (
        (local.quotes, "find", "attribution"),
        (local.dates, "date_events", "dates"),
        (local.places, "place_events", "places"),
    ):
        if stage is not None:
            setattr(stage, method, _timed(getattr(stage, method), post, key, cpu))
    with Clock() as c:
        coded = [local.code_doc(doc, article) for doc, article in zip(docs, articles, strict=True)]
    stages_cpu, stages_wall = c.cpu, c.wall
    events_pre = sum(len(x.events) for x in coded)
    del docs, coded

    print(f"\n{len(blocks)} rounds of about {size} articles, modes interleaved")

    print()
    for mode in (parse, code, ing):
        print(mode.line())
    a = parse.articles / parse.wall
    print(
        f"\n(b)/(a) = {code.articles / code.wall / a:.2f} wall, {parse.cpu / code.cpu:.2f} by CPU   (target >= 0.85)"
    )
    print(
        f"(c)/(a) = {ing.articles / ing.wall / a:.2f} wall, {parse.cpu / ing.cpu:.2f} by CPU   (target >= 0.80)"
    )
    # The same block through the three modes, minutes apart: a round's ratios are what the
    # machine's drift (other tenants) disturbs least; their median is the steadier figure.
    for label, mode in (("(b)/(a)", code), ("(c)/(a)", ing)):
        ratios = [a_cpu / m_cpu for a_cpu, m_cpu in zip(parse.round_cpu, mode.round_cpu, strict=True)]
        print(
            f"{label} by CPU per round: {' '.join(f'{r:.2f}' for r in ratios)}"
            f"   median {statistics.median(ratios):.2f}"
        )
    print(
        f"CPU per article: parse {parse.cpu / parse.articles * 1000:.0f} ms,"
        f" code {code.cpu / code.articles * 1000:.0f} ms, ingest {ing.cpu / ing.articles * 1000:.0f} ms"
    )
    coder = post.get("coder (actors + verbs)", 0.0)
    print(f"\n(d) pre-parsed docs, one process, {sentences} sentences, {events_pre} events (CPU seconds):")
    if coder:
        print(
            f"    coder (actors + verbs): {sentences / coder:7.0f} sentences/s   (PETRARCH2 ~1,900; aim 5,700)"
        )
    print(
        f"    all post-parse stages:  {sentences / stages_cpu:7.0f} sentences/s"
        f"   ({stages_cpu:.1f}s cpu, {stages_wall:.1f}s wall)"
    )
    print(
        "\nper-stage profile (read/clean/store: wall in this process; parse: (a) CPU; the rest: (d) CPU), s:"
    )
    order = ("coder (actors + verbs)", "  of which actors", "attribution", "dates", "places")
    rows = {
        **profile,
        "parse (a, all workers)": parse.cpu,
        **{k: post[k] for k in order if k in post},
        "store (c)": store_seconds.get("store", 0.0),
    }
    for name, seconds in rows.items():
        print(f"    {name:<26} {seconds:8.2f}")
    print(
        "wall seconds per stage summed over the (b) workers:",
        {k: round(v, 1) for k, v in code_stages.items()},
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument(
        "--workers", type=int, default=len(os.sched_getaffinity(0)), help="processes (default: cores)"
    )
    parser.add_argument("--batch-size", type=int, default=32, help="spaCy batch size (the Pipeline default)")
    parser.add_argument(
        "--rounds",
        type=int,
        default=8,
        help="blocks the articles are cut into, modes interleaved per block (default 8)",
    )
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} is absent (the news corpus is shared research data, not in the repo)")
        return 0
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("eventcoder.actors").setLevel(logging.ERROR)
    return run(args.n, args.workers, args.batch_size, max(1, args.rounds))


if __name__ == "__main__":
    sys.exit(main())
