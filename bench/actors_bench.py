"""Actor recognition speed and yield on real news (``news_corpus/articles.jsonl``).

Parses N articles once, then times ``ActorRecognizer.find`` alone and reports
it next to the parse time, with counts of actors by rule. Also times loading
the default dictionary (Phoenix + eventcoder files).

Usage:
    .venv/bin/python bench/actors_bench.py            # 300 articles
    .venv/bin/python bench/actors_bench.py 1000
"""

from __future__ import annotations

import collections
import json
import os
import sys
import time
from pathlib import Path

from eventcoder.actors import ActorDictionary, ActorRecognizer
from eventcoder.nlp import load_model

SHARED = Path(os.environ.get("EVENTCODER_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with (SHARED / "news_corpus" / "articles.jsonl").open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(n), f, strict=False)]
    texts = [r.get("text") or "" for r in records]
    started = time.perf_counter()
    dictionary = ActorDictionary.default()
    load_s = time.perf_counter() - started
    nlp = load_model()
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_s = time.perf_counter() - started
    recognizer = ActorRecognizer(dictionary)
    rules: collections.Counter[str] = collections.Counter()
    started = time.perf_counter()
    for doc, record in zip(docs, records, strict=True):
        for actor in recognizer.find(doc, record.get("date") or "2015-01-01"):
            rules[actor.rule] += 1
    find_s = time.perf_counter() - started
    tokens = sum(len(d) for d in docs)
    print(
        f"dictionary load: {load_s:.2f} s ({len(dictionary.entries)} entries, {dictionary.actor_trie.size} phrases)"
    )
    print(f"{len(docs)} articles, {tokens} tokens")
    print(f"parse: {parse_s:.2f} s   find: {find_s:.2f} s   find/parse: {find_s / parse_s:.3f}")
    print(f"find: {tokens / find_s:,.0f} tokens/s, {1000 * find_s / len(docs):.2f} ms/article")
    print("actors by rule:", dict(rules.most_common()))


if __name__ == "__main__":
    main()
