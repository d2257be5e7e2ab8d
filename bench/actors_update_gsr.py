"""Does eventcoder's actor update help on real news? GSR F1 with and without it.

Codes the ``petr2_gsr_validation`` dev records (production dictionaries) twice:
with the Phoenix actor/agent files alone, and with ``ActorDictionary.default()``
(Phoenix + eventcoder's officeholders, capitals and agents), the latter with
locative capitals dropped (default) and flagged as places. Issue 4 asks that
the update is not lower than Phoenix alone.

Usage:
    .venv/bin/python bench/actors_update_gsr.py
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from eventcoder.actors import ActorDictionary, ActorRecognizer, PlaceMode
from eventcoder.coding.coder import EventCoder
from eventcoder.coding.evaluate import read_gold, score
from eventcoder.coding.resources import load_resources
from eventcoder.coding.suites import PETRARCH_CONVENTIONS, code_articles
from eventcoder.nlp import load_model

SHARED = Path(os.environ.get("EVENTCODER_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data"
SUITE = "petr2_gsr_validation"


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    nlp = load_model()
    records = read_gold(SHARED / "petrarch_validation" / "dev.jsonl", SUITE)
    resources = load_resources()
    update = ActorDictionary.default()
    for label, dictionary, places in (
        ("Phoenix only", ActorDictionary.phoenix(), PlaceMode.DROP),
        ("Phoenix + update", update, PlaceMode.DROP),
        ("Phoenix + update, capitals as places flagged", update, PlaceMode.FLAG),
    ):
        coder = EventCoder(
            resources.verbs,
            resources.ontology,
            ActorRecognizer(dictionary, places=places),
            resources.discards,
            PETRARCH_CONVENTIONS,
        )
        coded = code_articles(nlp, coder, [r.article() for r in records])
        scores = score(zip(records, coded, strict=True))
        print(f"== {SUITE}, {label} ({len(records)} records)\n{scores.table()}\n")


if __name__ == "__main__":
    main()
