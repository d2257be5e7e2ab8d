"""Reading PolNeAR's file for the attribution benchmark: gold spans, kinds, and the split's parts."""

from __future__ import annotations

import json
from pathlib import Path

from eventcoder.attribution.evaluate import read_articles

TEXT = 'Smith said the talks would go on. "We will win," Jones said.'


def _row(n: int, compartment: str) -> dict[str, object]:
    said, quoted, jones = TEXT.index("the talks"), TEXT.index("We will win"), TEXT.index("Jones")
    return {
        "id": f"a{n}",
        "text": TEXT,
        "publication_date": "2016-10-01",
        "compartment": compartment,
        "attributions_by_annotator": {
            "ann1": [
                {
                    "source": [{"spans": [[0, 5]], "text": "Smith"}],
                    "content": [{"spans": [[said, said + 21]], "text": TEXT[said : said + 21]}],
                },
                {
                    "source": [{"spans": [[jones, jones + 5]], "text": "Jones"}],
                    "content": [{"spans": [[quoted, quoted + 11]], "text": "We will win"}],
                },
            ]
        },
    }


def _file(tmp_path: Path, compartments: list[str]) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(_row(n, c)) + "\n" for n, c in enumerate(compartments)))
    return path


def test_gold_spans_and_kinds(tmp_path: Path) -> None:
    [(article, gold)] = list(read_articles(_file(tmp_path, ["train"])))
    assert article.id == "a0" and article.date == "2016-10-01"
    jones = TEXT.index("Jones")
    assert [(g.source, g.kind, g.text) for g in gold] == [
        (((0, 5),), "indirect", "the talks would go on"),
        (((jones, jones + 5),), "direct", "We will win"),
    ]


def test_compartments_pick_parts_of_the_split_and_limit_counts_only_those(tmp_path: Path) -> None:
    path = _file(tmp_path, ["train", "dev", "train", "test", "dev"])
    assert [a.id for a, _ in read_articles(path)] == ["a0", "a1", "a2", "a3", "a4"]
    assert [a.id for a, _ in read_articles(path, compartments={"dev", "test"})] == ["a1", "a3", "a4"]
    assert [a.id for a, _ in read_articles(path, limit=1, compartments={"dev"})] == ["a1"]
    assert [a.id for a, _ in read_articles(path, every=2, compartments={"train"})] == ["a0", "a2"]
