"""CI floors for the event coder on the dev gold sets (issue 3). Floors may only rise.

Numbers come from ``bench/eval_coding.py``; each floor sits just under the
score measured when it was pinned, so a drop in the method fails here.
"""

from __future__ import annotations

import pytest

from eventcoder.coding import suites
from shared_data import shared_path

pytestmark = [pytest.mark.slow, pytest.mark.model]

# suite -> floor for F1 at country level (first three letters of each actor) + full code
# Measured 2026-12-03 with `bench/eval_coding.py` (PETRARCH suites with PETRARCH's convention for
# future acts, [---] verbs, locative targets and noun-clause acts): 0.815, 0.811, 0.759 (0.801, 0.800,
# 0.672 earlier that day); PLOVER type 0.710 (0.674 before the PLOVER-manual and ranking rules of the
# same day); five-class macro-F1 0.75 (Phoenix PentaClass; 0.742 earlier that day, 0.688 on
# 2026-11-26). The floors sit about 0.01 under, leaving room for changes in actor recognition, which
# these scores also measure; the GSR one 0.019 under, since one of its 61 gold events moves its F1 by
# about 0.009. Raised the same day after the verb supplement, the non-factual complements and the
# pattern tie-breaks (issue 3): PLOVER type 0.819 (158/193; one record moves it by 0.005), five-class
# macro-F1 0.785. Raised again after the modality rules (shared conjunct modality, planned acts,
# allegations) and the verb's-own particle and bare-preposition patterns: PLOVER type 0.824 (159/193),
# five-class macro-F1 0.790.
PETRARCH_FLOORS = {
    "petrarch2_unittest": 0.805,
    "udpetrarch_validate_2_02": 0.80,
    "petr2_gsr_validation": 0.74,
}
PLOVER_TYPE_FLOOR = 0.815
PENTA_MACRO_F1_FLOOR = 0.78


@pytest.mark.parametrize("suite", sorted(PETRARCH_FLOORS))
def test_petrarch_suite_country_f1_floor(nlp, suite: str) -> None:  # type: ignore[no-untyped-def]
    gold = shared_path("petrarch_validation", "dev.jsonl")
    scores = suites.petrarch_suite(nlp, gold, shared_path("cameo"), suite)
    assert scores.tallies["country"].f1 >= PETRARCH_FLOORS[suite], scores.table()


def test_plover_type_accuracy_floor(nlp) -> None:  # type: ignore[no-untyped-def]
    result = suites.plover_suite(nlp, shared_path("plover", "gsr_dev.jsonl"))
    assert result.as_dict()["type_accuracy"] >= PLOVER_TYPE_FLOOR, result.as_dict()


def test_conflibert_five_class_macro_f1_floor(nlp) -> None:  # type: ignore[no-untyped-def]
    result = suites.penta_suite(nlp, shared_path("conflibert_cameo", "cameo_sentences.jsonl"))
    assert result.macro_f1 >= PENTA_MACRO_F1_FLOOR, result.as_dict()
