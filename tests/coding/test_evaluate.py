"""Scoring against gold records: P/R/F1 at three levels, no-event accuracy, gold reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.coding.evaluate import Scores, gold_date, read_gold
from eventcoder.errors import GoldFormatError


def test_scores_at_exact_country_and_root_levels() -> None:
    scores = Scores()
    scores.add([("USAGOV", "IRN", "112")], [("USA", "IRN", "112"), ("USAGOV", "IRN", "111")])
    scores.add([], [])
    scores.add([], [("RUS", "UKR", "190")])
    exact, country, root = (scores.tallies[k] for k in ("full", "country", "root"))
    assert (exact.tp, exact.predicted, exact.gold) == (0, 3, 1)
    assert (country.tp, country.predicted) == (1, 3) and country.f1 == pytest.approx(0.5)
    assert root.tp == 1  # USAGOV IRN 11 matches the 111 prediction
    assert scores.no_event_accuracy == 0.5 and scores.records == 3
    assert "no-event accuracy 0.500" in scores.table()


def test_read_gold_filters_suites_and_normalises_dates(tmp_path: Path) -> None:
    rows = [
        {
            "id": "a",
            "suite": "s1",
            "date": "121108",
            "text": "x",
            "expected": [{"source": "A", "target": "B", "code": "010"}],
        },
        {"id": "b", "suite": "s2", "date": "2008-08-06", "text": "y", "expected": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    records = read_gold(path, "s1")
    assert [r.id for r in records] == ["a"] and records[0].date == "2012-11-08"
    assert records[0].expected == (("A", "B", "010"),)
    assert gold_date("19950101") == "1995-01-01" and gold_date(None) is None
    path.write_text('{"id": 1}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold\.jsonl:1"):
        read_gold(path)


@pytest.mark.model
def test_evaluate_command_scores_under_petrarch_conventions(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventcoder.cli.evaluate_cmd import evaluate

    # PETRARCH codes no tense: its gold has "will meet" as a meeting (040), eventcoder's default an
    # intention to meet (036)
    gold = tmp_path / "gold.jsonl"
    record = {"id": "f", "suite": "s", "date": "2021-12-15", "text": "Turkey will meet Russia in Ankara."}
    gold.write_text(json.dumps({**record, "expected": [{"source": "TUR", "target": "RUS", "code": "040"}]}))

    def f1(*flags: str) -> float:
        result = CliRunner().invoke(evaluate, [str(gold), "--json", *flags])
        assert result.exit_code == 0, result.output
        return float(json.loads(result.stdout)["country"]["f1"])

    assert f1() == 0.0
    assert f1("--petrarch-conventions") == 1.0
