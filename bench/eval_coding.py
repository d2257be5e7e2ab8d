"""Event-coder accuracy on the dev gold sets: PETRARCH suites, PLOVER GSR, ConfliBERT five-class.

Prints the numbers the README quotes (and ``--json`` for machines):

* PETRARCH validation (``petrarch_validation/dev.jsonl``), each suite with the
  dictionaries it was coded with: P/R/F1 for exact (source, target, code),
  country (first three letters) + code, (source, target, root); no-event accuracy.
* PLOVER GSR (``plover/gsr_dev.jsonl``): event-type accuracy (2016 names mapped
  to 2021), source/target country accuracy; events need no target here.
* ConfliBERT CAMEO (``conflibert_cameo/cameo_sentences.jsonl``): five-class
  accuracy and macro-F1 from the most confident coded event (none = neutral).

Usage:
    .venv/bin/python bench/eval_coding.py                 # every set
    .venv/bin/python bench/eval_coding.py petrarch --json
    .venv/bin/python bench/eval_coding.py plover penta
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import time
from pathlib import Path

from eventcoder.coding import suites
from eventcoder.nlp import load_model

SHARED = Path(os.environ.get("EVENTCODER_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sets", nargs="*", metavar="SET", help="petrarch, plover, penta (default: all)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    wanted = args.sets or ["petrarch", "plover", "penta"]
    unknown = set(wanted) - {"petrarch", "plover", "penta"}
    if unknown:
        parser.error(f"unknown set(s): {', '.join(sorted(unknown))}")
    nlp = load_model()
    out: dict[str, object] = {}
    started = time.perf_counter()
    if "petrarch" in wanted:
        for suite in suites.SUITES:
            scores = suites.petrarch_suite(
                nlp, SHARED / "petrarch_validation" / "dev.jsonl", SHARED / "cameo", suite
            )
            out[suite] = scores.as_dict()
            if not args.json:
                print(f"== {suite}\n{scores.table()}\n")
    if "plover" in wanted:
        plover = suites.plover_suite(nlp, SHARED / "plover" / "gsr_dev.jsonl")
        out["plover_gsr"] = plover.as_dict()
        if not args.json:
            print(f"== plover gsr_dev\n{json.dumps(plover.as_dict(), indent=1)}\n")
    if "penta" in wanted:
        penta = suites.penta_suite(nlp, SHARED / "conflibert_cameo" / "cameo_sentences.jsonl")
        out["conflibert_penta"] = penta.as_dict()
        if not args.json:
            print(f"== conflibert five-class\n{json.dumps(penta.as_dict(), indent=1)}\n")
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        print(f"({time.perf_counter() - started:.0f}s)")


if __name__ == "__main__":
    main()
