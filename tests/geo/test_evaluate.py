"""Reading the geoparsing gold: which annotations are toponyms, and where they stand."""

from __future__ import annotations

import json
from pathlib import Path

from eventcoder.geo.evaluate import read_gold


def _write(tmp_path: Path, text: str, toponyms: list[dict[str, object]]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "x-1", "text": text, "toponyms": toponyms}) + "\n", encoding="utf-8")
    return path


def test_annotations_with_unverified_offsets_take_the_free_occurrences_of_their_name(tmp_path: Path) -> None:
    text = "Edmonton is cold. Calgary and Edmonton agree; Edmontonians and Paris, then Paris."
    edmonton = {"phrase": "Edmonton", "gaztag": {"lat": "53.55", "lon": "-113.47"}}
    toponyms = [
        {**edmonton, "start": 900, "end": 908, "char_start": None, "char_end": None},
        {"phrase": "Calgary", "lat": "51.05", "lon": "-114.07", "char_start": 18, "char_end": 25},
        {**edmonton, "start": 940, "end": 948, "char_start": None, "char_end": None},
        {"phrase": "Paris", "lat": "48.85", "lon": "2.35", "char_start": None, "char_end": None},
        {"phrase": "cold", "char_start": 12, "char_end": 16},  # no coordinates: no toponym
    ]
    (article,) = read_gold(_write(tmp_path, text, toponyms))
    assert [(g.text, g.start) for g in article.toponyms] == [
        ("Calgary", 18),
        ("Edmonton", 0),
        ("Edmonton", 30),
    ]  # not "Edmontonians"; one "Paris" annotation for two occurrences: which one cannot be told
    assert all(text[g.start : g.end] == g.text for g in article.toponyms)


def test_gold_spans_are_resolved_in_text_order_whatever_the_order_of_the_file() -> None:
    import spacy

    from eventcoder.geo.evaluate import GoldArticle, GoldToponym, evaluate
    from geo.helpers import small_gazetteer

    text = "A fair in Ostrov, Texas drew crowds."
    texas = GoldToponym(18, 23, "Texas", 31.25, -99.25)
    ostrov = GoldToponym(10, 16, "Ostrov", 32.2, -95.6)  # listed nowhere: placed in the state after it
    # the file lists "Texas" first; read in that order, "Ostrov" would lose its container
    article = GoldArticle("x-1", text, (texas, ostrov))
    assert all(text[g.start : g.end] == g.text for g in article.toponyms)
    scores = evaluate([article], spacy.blank("en"), small_gazetteer())
    assert scores.gold_span_within == 2


def test_errors_name_each_missed_far_and_spurious_toponym() -> None:
    from eventcoder.geo.evaluate import GeoScores, GoldArticle, GoldToponym, _score_article
    from eventcoder.geo.gazetteer import Feature, GazEntry
    from eventcoder.geo.toponym import Toponym, ToponymSource

    text = "Paris and Lyon met Nice."
    article = GoldArticle(
        "x-1",
        text,
        (GoldToponym(0, 5, "Paris", 48.85, 2.35), GoldToponym(10, 14, "Lyon", 45.76, 4.83)),
    )
    paris_tx = GazEntry("Paris", Feature.CITY, 33.66, -95.56, "USA", "Texas")
    nice = GazEntry("Nice", Feature.CITY, 43.70, 7.27, "FRA")
    predicted = [Toponym(0, 5, "Paris", ToponymSource.NER), Toponym(19, 23, "Nice", ToponymSource.NER)]
    scores = GeoScores()
    _score_article(scores, article, predicted, [paris_tx, nice])
    assert (scores.matched_gold, scores.resolved_within, scores.matched_predicted) == (1, 0, 1)
    kinds = [(kind, what.split(" at ")[0]) for _, kind, what in scores.errors]
    assert kinds == [("spurious", "'Nice'"), ("far", "'Paris'"), ("missed", "'Lyon'")]
    assert "Paris, Texas, USA" in scores.errors[1][2] and "km off" in scores.errors[1][2]
