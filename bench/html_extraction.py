"""Body-text token F1 of eventcoder's HTML extraction vs plain trafilatura on ../shared/data/html_pages.

For each page the predicted text is compared with the human gold ``articleBody``
as bags of ``\\w+`` tokens (case kept): precision, recall and F1 per page, then
their mean over pages and the micro average over all tokens. The benchmark's
own metric (bags of 4-token shingles, per-page counts normalized, F1 of the mean
precision and mean recall; scrapinghub/article-extraction-benchmark) is printed too.

Rows:
  trafilatura            trafilatura.extract(page, url=url) with its defaults
  eventcoder extraction  eventcoder's trafilatura settings (no comments, favor precision), headline removed
  eventcoder             the same plus eventcoder's cleaning (what an Article's text is)

Exit status 1 when eventcoder's micro token F1 is below plain trafilatura's.

Usage: .venv/bin/python bench/html_extraction.py [--data DIR] [--worst N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from eventcoder.ingest.clean import clean_text
from eventcoder.ingest.decode import Decoded, decode_bytes
from eventcoder.ingest.html import extract_html

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("EVENTCODER_SHARED", REPO.parent / "shared")) / "data" / "html_pages"
TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: bytes
    gold: str


@dataclass(frozen=True)
class Counts:
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def bag_counts(gold: Counter[tuple[str, ...]], pred: Counter[tuple[str, ...]]) -> Counts:
    tp = sum((gold & pred).values())
    return Counts(tp, sum(pred.values()) - tp, sum(gold.values()) - tp)


def tokens(text: str) -> Counter[tuple[str, ...]]:
    return Counter((t,) for t in TOKEN.findall(text))


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = TOKEN.findall(text)
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words[i : i + n])


def load_pages(data: Path) -> list[Page]:
    pages = []
    with open(data / "ground_truth.jsonl", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            html = gzip.decompress((data / item["html_file"]).read_bytes())
            pages.append(Page(item["id"], item["url"], html, item["articleBody"]))
    return pages


def plain_trafilatura(page: Page) -> str:
    return trafilatura.extract(page.html, url=page.url) or ""


def eventcoder_extraction(page: Page) -> str:
    decoded = decode_bytes(page.html)
    if not isinstance(decoded, Decoded):
        return ""
    found = extract_html(decoded.text, url=page.url)
    return found.text if found else ""


def eventcoder_cleaned(page: Page) -> str:
    return clean_text(eventcoder_extraction(page))


SYSTEMS: dict[str, Callable[[Page], str]] = {
    "trafilatura": plain_trafilatura,
    "eventcoder extraction": eventcoder_extraction,
    "eventcoder": eventcoder_cleaned,
}


def evaluate(pages: list[Page], system: Callable[[Page], str]) -> tuple[dict[str, float], list[Counts]]:
    token_counts, shingle_counts = [], []
    for page in pages:
        predicted = system(page)
        token_counts.append(bag_counts(tokens(page.gold), tokens(predicted)))
        shingle_counts.append(bag_counts(shingles(page.gold), shingles(predicted)))
    tp = sum(c.tp for c in token_counts)
    micro = Counts(tp, sum(c.fp for c in token_counts), sum(c.fn for c in token_counts))
    bench_p = statistics.mean(_normalized(c).precision for c in shingle_counts if c.tp + c.fp)
    bench_r = statistics.mean(_normalized(c).recall for c in shingle_counts if c.tp + c.fn)
    metrics = {
        "mean_p": statistics.mean(c.precision for c in token_counts),
        "mean_r": statistics.mean(c.recall for c in token_counts),
        "mean_f1": statistics.mean(c.f1 for c in token_counts),
        "micro_p": micro.precision,
        "micro_r": micro.recall,
        "micro_f1": micro.f1,
        "shingle_f1": 2 * bench_p * bench_r / (bench_p + bench_r),
    }
    return metrics, token_counts


def _normalized(c: Counts) -> Counts:
    total = c.tp + c.fp + c.fn
    return Counts(c.tp / total, c.fp / total, c.fn / total) if total else c


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the html_pages folder")
    parser.add_argument(
        "--worst", type=int, default=0, help="list the N pages where cleaning changed F1 most"
    )
    args = parser.parse_args()
    if not (args.data / "ground_truth.jsonl").exists():
        print(f"no data at {args.data} (set EVENTCODER_SHARED or --data)", file=sys.stderr)
        return 2
    pages = load_pages(args.data)
    print(f"{len(pages)} pages from {args.data}\n")
    header = "system                  tokens: mean P  mean R  mean F1 | micro P micro R micro F1 | shingle-4 F1   time"
    print(header)
    results: dict[str, dict[str, float]] = {}
    per_page: dict[str, list[Counts]] = {}
    for name, system in SYSTEMS.items():
        started = time.perf_counter()
        metrics, per_page[name] = evaluate(pages, system)
        results[name] = metrics
        m = metrics
        print(
            f"{name:<22}          {m['mean_p']:.4f}  {m['mean_r']:.4f}  {m['mean_f1']:.4f}  | "
            f"{m['micro_p']:.4f}  {m['micro_r']:.4f}  {m['micro_f1']:.4f}  |   {m['shingle_f1']:.4f}  "
            f"{time.perf_counter() - started:5.1f}s"
        )
    if args.worst:
        changes = sorted(
            zip(pages, per_page["eventcoder extraction"], per_page["eventcoder"], strict=True),
            key=lambda row: row[2].f1 - row[1].f1,
        )
        print(f"\npages where cleaning changed token F1 most (of {len(pages)}):")
        for page, before, after in changes[: args.worst]:
            print(f"  {after.f1 - before.f1:+.4f}  {page.url}")
    if results["eventcoder"]["micro_f1"] < results["trafilatura"]["micro_f1"]:
        print("\nFAIL: eventcoder's micro token F1 is below plain trafilatura's", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
