"""`eventcoder read`: JSON Lines out, a summary on stderr, --strict, --sentences with offsets (issue 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli.main import cli
from eventcoder.cli.options import REJECTS_EXIT_CODE
from eventcoder.cli.read_cmd import read
from eventcoder.ingest import read_inputs
from eventcoder.nlp import sentences_from_doc
from eventcoder.records import Article
from shared_data import shared_path

BODY = "Ukraine welcomed Ankara's statements on Tuesday. Russia rejected the offer of mediation by Turkey."


def run(args: list[str], stdin: str | None = None) -> tuple[int, list[dict[str, object]], str]:
    runner = CliRunner()
    result = runner.invoke(read, args, input=stdin)
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, records, result.stderr


def test_read_prints_articles_and_a_summary(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    code, records, stderr = run([str(tmp_path), "--date", "2021-12-15"])
    assert code == 0
    assert [(r["text"], r["date"], r["input_format"]) for r in records] == [(BODY, "2021-12-15", "txt")]
    assert "1 accepted, 1 rejected" in stderr
    assert f"{tmp_path / 'b.jsonl'}:1#x: no_text" in stderr


def test_strict_exits_non_zero_on_any_reject(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    code, _, _ = run([str(tmp_path), "--strict"])
    assert code == REJECTS_EXIT_CODE != 0


def test_stdin_and_a_bad_date_option() -> None:
    code, records, _ = run(["-"], stdin=BODY)
    assert code == 0 and records[0]["origin"] == "<stdin>"
    code, _, stderr = run(["-", "--date", "15/12/2021"], stdin=BODY)
    assert code == 2 and "ISO 8601" in stderr


def test_a_missing_path_is_a_clean_error(tmp_path: Path) -> None:
    code, _, stderr = run([str(tmp_path / "nope.txt")])
    assert code == 2 and "error [E003]" in stderr


def test_read_is_registered_and_has_an_example() -> None:
    from eventcoder.cli.main import _register

    _register()
    assert "read" in cli.commands
    assert "Example:" in (read.help or "")


@pytest.mark.model
def test_seed_sentence_offsets_point_into_the_cleaned_text(nlp) -> None:  # type: ignore[no-untyped-def]
    [article] = read_inputs([str(shared_path("seed_article", "article.txt"))], check_language=False)
    assert isinstance(article, Article)
    sentences = sentences_from_doc(nlp(article.text))
    assert len(sentences) > 10
    for sentence in sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
    assert any(s.text.startswith("Kalın also noted that it was still possible") for s in sentences)
    assert not any("unsubscribe" in s.text for s in sentences)


@pytest.mark.model
def test_read_sentences_option_gives_offsets(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    code, [record], _ = run([str(tmp_path / "a.txt"), "--sentences"])
    assert code == 0
    text = record["text"]
    sentences = record["sentences"]
    assert isinstance(text, str) and isinstance(sentences, list) and len(sentences) == 2
    for sentence in sentences:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
