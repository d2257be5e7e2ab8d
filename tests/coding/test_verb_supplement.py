"""eventcoder's supplement to the packaged CAMEO verb dictionary (``eventcoder.verbs.supplement.txt``):
each sense it adds, coded on a hand-built parse, against the PETRARCH dictionary alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.coding import CoderConfig, VerbDictionary
from eventcoder.coding.ontology import data_file
from eventcoder.coding.resources import DEFAULT_VERBS
from eventcoder.pipeline import CoderOutput

CodeWith = Callable[..., CoderOutput]
ONE_ACTOR = CoderConfig(min_actors=1)


@pytest.fixture(scope="module")
def petrarch_verbs() -> VerbDictionary:
    return VerbDictionary.from_file(data_file(*DEFAULT_VERBS))


def codes(out: CoderOutput) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.plover) for e in out.events]


def test_suing_is_a_lawsuit_not_an_arrest(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    # CAMEO 173's usage note: "charges or lawsuits are coded as 115"
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("sued", "sue", "VERB", "ROOT", 1),
        ("Greece", "Greece", "PROPN", "dobj", 1),
        ("for", "for", "ADP", "prep", 1),
        ("damages", "damage", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, rows)) == [("115", "ACCUSE")]
    assert codes(code_with(petrarch_verbs, rows)) == [("173", "COERCE")]


def test_blocking_a_public_way_is_obstructing_passage(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("Ukraine", "Ukraine", "PROPN", "compound", 1),
        ("farmers", "farmer", "NOUN", "nsubj", 2),
        ("blocked", "block", "VERB", "ROOT", 2),
        ("streets", "street", "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert codes(code_with(packaged_verbs, rows, ONE_ACTOR)) == [("144", "PROTEST")]
    assert codes(code_with(petrarch_verbs, rows, ONE_ACTOR)) == [("170", "COERCE")]


def test_strengthening_forces_is_mobilizing_them(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("strengthened", "strengthen", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("forces", "force", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, rows, ONE_ACTOR)) == [("154", "MOBILIZE")]
    assert codes(code_with(petrarch_verbs, rows, ONE_ACTOR)) == []


def test_combatants_surrendering_is_a_military_surrender(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("Ukraine", "Ukraine", "PROPN", "compound", 1),
        ("rebels", "rebel", "NOUN", "nsubj", 2),
        ("surrendered", "surrender", "VERB", "ROOT", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert codes(code_with(packaged_verbs, rows, ONE_ACTOR)) == [("0874", "RETREAT")]
    assert codes(code_with(petrarch_verbs, rows, ONE_ACTOR)) == [("080", "CONCEDE")]


def test_dismissing_an_appeal_is_a_rejection(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("dismissed", "dismiss", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("appeal", "appeal", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 3),
        ("Greece", "Greece", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, rows)) == [("120", "REJECT")]
    assert codes(code_with(petrarch_verbs, rows)) == [("110", "ACCUSE")]


def test_tightening_a_blockade_is_imposing_one(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("tightened", "tighten", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("blockade", "blockade", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Ukraine", "Ukraine", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, rows)) == [("191", "COERCE")]
    assert codes(code_with(petrarch_verbs, rows)) == []


def test_handing_over_medicine_is_humanitarian_aid(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("handed", "hand", "VERB", "ROOT", 1),
        ("over", "over", "ADP", "prt", 1),
        ("medicine", "medicine", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Greece", "Greece", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, rows)) == [("073", "AID")]
    assert codes(code_with(petrarch_verbs, rows)) == []


def test_receiving_peacekeepers_or_observers_is_allowing_international_involvement(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    def rows(noun: str) -> list[tuple[str, str, str, str, int]]:
        return [
            ("Ukraine", "Ukraine", "PROPN", "nsubj", 1),
            ("received", "receive", "VERB", "ROOT", 1),
            ("UN", "UN", "PROPN", "compound", 3),
            (noun, noun[:-1], "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert codes(code_with(packaged_verbs, rows("peacekeepers"))) == [("0861", "RETREAT")]
    assert codes(code_with(packaged_verbs, rows("observers"))) == [("0862", "RETREAT")]
    assert codes(code_with(petrarch_verbs, rows("observers"))) == []


def test_withdrawing_inspectors_is_withdrawing_a_mission(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("UN", "UN", "PROPN", "nsubj", 1),
        ("withdrew", "withdraw", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("inspectors", "inspector", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, rows, ONE_ACTOR)) == [("1662", "SANCTION")]
    assert codes(code_with(petrarch_verbs, rows, ONE_ACTOR)) == [("080", "CONCEDE")]


def test_continuing_or_renewing_negotiations_or_a_hunger_strike_is_conducting_them(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    negotiations = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("renewed", "renew", "VERB", "ROOT", 1),
        ("negotiations", "negotiation", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, negotiations, ONE_ACTOR)) == [("046", "CONSULT")]
    assert codes(code_with(petrarch_verbs, negotiations, ONE_ACTOR)) == []
    strike = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("continued", "continue", "VERB", "ROOT", 1),
        ("hunger", "hunger", "NOUN", "compound", 3),
        ("strike", "strike", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, strike, ONE_ACTOR)) == [("142", "PROTEST")]
    assert codes(code_with(petrarch_verbs, strike, ONE_ACTOR)) == []


def test_completing_an_investigation_is_investigating(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("UN", "UN", "PROPN", "nsubj", 1),
        ("completed", "complete", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("investigation", "investigation", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, rows, ONE_ACTOR)) == [("090", "ACCUSE")]
    assert codes(code_with(petrarch_verbs, rows, ONE_ACTOR)) == []


def test_sending_arms_to_another_party_is_military_aid(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("arms", "arm", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Ukraine", "Ukraine", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, rows)) == [("072", "AID")]
    assert codes(code_with(petrarch_verbs, rows)) == [("154", "MOBILIZE")]


def test_violating_a_ban_is_defying_the_law(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("violated", "violate", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("ban", "ban", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, rows, ONE_ACTOR)) == [("128", "REJECT")]
    assert codes(code_with(petrarch_verbs, rows, ONE_ACTOR)) == []


def test_ending_mediation_is_halting_it(
    code_with: CodeWith, packaged_verbs: VerbDictionary, petrarch_verbs: VerbDictionary
) -> None:
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("ended", "end", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 4),
        ("mediation", "mediation", "NOUN", "compound", 4),
        ("efforts", "effort", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert codes(code_with(packaged_verbs, rows, ONE_ACTOR)) == [("165", "SANCTION")]
    assert codes(code_with(petrarch_verbs, rows, ONE_ACTOR)) == []
