"""Speaker attribution on PolNeAR: precision, recall, F1 for direct and indirect quotes.

How matching works is documented in ``eventcoder.attribution.evaluate``.

Usage:
    .venv/bin/python bench/eval_polnear.py --every 10      # 61 articles, all publishers
    .venv/bin/python bench/eval_polnear.py                 # all 605
    .venv/bin/python bench/eval_polnear.py --every 5 --errors 40 --kind "FN indirect"
    .venv/bin/python bench/eval_polnear.py --every 5 --by-cue
    # a trial cue lexicon, chosen on PolNeAR's own train part and checked on its dev and test parts
    .venv/bin/python bench/eval_polnear.py --cues trial.tsv --compartment train --by-cue
    .venv/bin/python bench/eval_polnear.py --cues trial.tsv --compartment dev --compartment test
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from eventcoder.attribution import QuoteFinder
from eventcoder.attribution.cues import CueLexicon
from eventcoder.attribution.evaluate import Result, evaluate, read_articles
from eventcoder.nlp import load_model

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "articles.jsonl"


def _print_by_cue(result: Result) -> None:
    keys = sorted({(kind, cue) for kind, cue, _ in result.by_cue})
    rows = [(result.by_cue[(k, c, True)], result.by_cue[(k, c, False)], k, c) for k, c in keys]
    for right, wrong, kind, cue in sorted(rows, key=lambda r: -(r[0] + r[1])):
        print(f"{kind}\t{cue}\tright {right}\twrong {wrong}\tprecision {right / (right + wrong):.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="at most N articles")
    parser.add_argument(
        "--every", type=int, default=1, help="every K-th article (the file is sorted by publisher)"
    )
    parser.add_argument("--model", default=None)
    parser.add_argument(
        "--cues", type=Path, default=None, help="a cue lexicon file (default: the packaged one)"
    )
    parser.add_argument(
        "--compartment",
        action="append",
        choices=("train", "dev", "test"),
        help="only articles of this part of PolNeAR's original split (repeatable)",
    )
    parser.add_argument("--by-cue", action="store_true", help="print precision per predicted cue word")
    parser.add_argument("--errors", type=int, default=0, help="print N misses")
    parser.add_argument(
        "--kind", default=None, help="only misses of this kind: 'FP direct', 'FN indirect', ..."
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    nlp = load_model(args.model)
    lexicon = CueLexicon.from_path(args.cues) if args.cues else CueLexicon.default()
    articles = read_articles(args.data, args.limit, args.every, args.compartment)
    result = evaluate(articles, QuoteFinder(lexicon), nlp)
    shown = [m for m in result.misses if args.kind is None or args.kind in m[1]][: args.errors]
    for doc_id, what, text in shown:
        print(f"{what}\t{doc_id[:40]}\t{text}")
    if args.by_cue:
        _print_by_cue(result)
    summary = {
        "articles": args.limit or "all",
        "every": args.every,
        "compartments": args.compartment or "all",
        "seconds": round(time.perf_counter() - started, 1),
        **result.summary(),
    }
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
