"""Geoparsing benchmark: toponym recognition and resolution on shared/data/geoparsing, per corpus.

Example:
    .venv/bin/python bench/eval_geoparsing.py --corpus LGL --limit 50
    .venv/bin/python bench/eval_geoparsing.py --corpus all --no-demonyms --json scores.json
    .venv/bin/python bench/eval_geoparsing.py --corpus GeoWebNews --errors 50 --kind far
    .venv/bin/python bench/eval_geoparsing.py --corpus LGL --sites always

Sites (buildings, roads, grounds: ``geo.sites``) are scored where the corpus annotates them
(GeoWebNews) and left out elsewhere; ``--sites always|never`` scores every corpus one way.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from eventcoder.geo.evaluate import annotates_sites, evaluate, read_gold
from eventcoder.geo.gazetteer import CITY_POPULATIONS, DEFAULT_MIN_CITY_POPULATION, Gazetteer
from eventcoder.nlp import load_model

CORPORA = ("GeoWebNews", "TR-News", "LGL", "GeoVirus")
REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("EVENTCODER_SHARED", REPO.parent / "shared")) / "data" / "geoparsing"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", default="all", choices=(*CORPORA, "all"))
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with <corpus>.jsonl")
    parser.add_argument(
        "--min-population", type=int, default=DEFAULT_MIN_CITY_POPULATION, choices=CITY_POPULATIONS
    )
    parser.add_argument(
        "--no-demonyms",
        dest="demonyms",
        action="store_false",
        help="do not count nationality adjectives as toponyms",
    )
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the scores here")
    parser.add_argument("--errors", type=int, default=0, help="print the first N errors of each corpus")
    parser.add_argument("--kind", choices=("missed", "far", "spurious"), help="only errors of this kind")
    parser.add_argument(
        "--sites",
        choices=("scheme", "always", "never"),
        default="scheme",
        help="score predicted sites (buildings, roads) where the corpus annotates them (default), always or never",
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    nlp = load_model(args.model)
    gazetteer = Gazetteer.load(args.min_population)
    print(f"loaded model and gazetteer in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    results = {}
    header = f"{'corpus':<11} {'docs':>4} {'gold':>5} {'P':>5} {'R':>5} {'F1':>5} {'F1ex':>5} {'acc@rec':>7} {'acc@e2e':>7} {'acc@gold':>8}"
    print(header)
    for corpus in CORPORA if args.corpus == "all" else (args.corpus,):
        started = time.perf_counter()
        sites = args.sites == "always" or (args.sites == "scheme" and annotates_sites(corpus))
        scores = evaluate(
            read_gold(args.data / f"{corpus}.jsonl", args.limit),
            nlp,
            gazetteer,
            demonyms=args.demonyms,
            sites=sites,
        )
        results[corpus] = scores.as_dict() | {"seconds": round(time.perf_counter() - started, 1)}
        shown = [e for e in scores.errors if args.kind in (None, e[1])][: args.errors]
        for doc_id, kind, what in shown:
            print(f"{corpus}\t{kind}\t{doc_id}\t{what}")
        print(
            f"{corpus:<11} {scores.articles:>4} {scores.gold:>5} {scores.precision:>5.3f} {scores.recall:>5.3f} "
            f"{scores.f1:>5.3f} {scores.strict_f1:>5.3f} {scores.accuracy_recognized:>7.3f} "
            f"{scores.accuracy_end_to_end:>7.3f} {scores.accuracy_gold_spans:>8.3f}"
        )
    print(
        "F1: overlap match; F1ex: exact spans; acc@rec: recognized gold resolved within 161 km; "
        "acc@e2e: all gold, misses count wrong; acc@gold: resolver alone on gold spans",
        file=sys.stderr,
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
