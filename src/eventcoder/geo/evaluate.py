"""Geoparsing evaluation: toponym recognition P/R/F1 and resolution accuracy within 161 km.

Reads the gold format of ``shared/data/geoparsing`` (GeoWebNews, TR-News, LGL,
GeoVirus as JSON lines; see its README). A gold toponym is an annotation with
coordinates and a verified character span (``char_start``/``char_end``; the
raw GeoVirus offsets are one too high); an annotation whose offsets could not
be verified is placed on the free occurrences of its name when they are as many
as such annotations (``_recovered``). Annotations without coordinates are no
toponyms here: GeoWebNews gives none to its non-toponym types (demonyms as
nouns, languages, homonyms, the organization around an embedded name). Recognition counts a prediction as
found when it overlaps a gold span (``strict`` also reports exact spans).
Resolution is scored two ways: given the gold spans (the resolver alone, as
Mordecai3 reports it) and end to end (recognized and resolved from raw text).

Each corpus is scored under its own definition of a toponym: GeoWebNews annotates
the buildings, roads and grounds a story names ("Northwestern Memorial Hospital",
"Assiniboine Avenue"), which ``geo.sites`` places; LGL, TR-News and GeoVirus
annotate populated places and regions only, so there the predicted sites are left
out of the score (``ANNOTATES_SITES``; ``sites=`` overrides it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.errors import GoldFormatError
from eventcoder.geo.gazetteer import Gazetteer, haversine_km
from eventcoder.geo.resolve import Resolver
from eventcoder.geo.stage import geoparse
from eventcoder.geo.toponym import Toponym, ToponymSource

if TYPE_CHECKING:
    from spacy.language import Language

ACCURACY_KM = 161.0  # 100 miles, the usual geoparsing threshold
# the corpora whose guidelines count sites (buildings, roads, grounds) as toponyms
ANNOTATES_SITES = frozenset({"GeoWebNews"})


def annotates_sites(corpus: str) -> bool:
    """Whether a corpus's gold counts sites as toponyms (``ANNOTATES_SITES``)."""
    return corpus in ANNOTATES_SITES


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass(slots=True)
class GeoScores:
    """Counts over a corpus; the ratios are properties."""

    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0  # gold toponyms overlapped by a prediction
    matched_predicted: int = 0  # predictions overlapping a gold toponym
    exact: int = 0  # predictions with exactly a gold span
    resolved_within: int = 0  # matched gold toponyms resolved within ACCURACY_KM (end to end)
    gold_span_within: int = 0  # gold toponyms resolved within ACCURACY_KM given the gold span
    # end-to-end errors, for reading: (article id, "missed" | "far" | "spurious", what and where)
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def strict_f1(self) -> float:
        p = self.exact / self.predicted if self.predicted else 0.0
        r = self.exact / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy_recognized(self) -> float:
        """End to end: of the gold toponyms that were recognized, the share resolved within 161 km."""
        return self.resolved_within / self.matched_gold if self.matched_gold else 0.0

    @property
    def accuracy_end_to_end(self) -> float:
        """End to end over all gold toponyms (a miss in recognition counts as wrong)."""
        return self.resolved_within / self.gold if self.gold else 0.0

    @property
    def accuracy_gold_spans(self) -> float:
        return self.gold_span_within / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, Any]:
        ratios = ("precision", "recall", "f1", "strict_f1", "accuracy_recognized", "accuracy_end_to_end")
        out: dict[str, Any] = {name: getattr(self, name) for name in (*ratios, "accuracy_gold_spans")}
        out.update(articles=self.articles, gold=self.gold, predicted=self.predicted)
        return out


def read_gold(path: Path, limit: int | None = None) -> Iterator[GoldArticle]:
    """Articles of one corpus file, with the gold toponyms that have coordinates and a verified span."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit is not None and number > limit:
                return
            try:
                record = json.loads(line)
                yield GoldArticle(record["id"], record["text"], tuple(_gold_toponyms(record)))
            except (KeyError, ValueError, TypeError) as exc:
                raise GoldFormatError(f"{path}:{number}: not a geoparsing gold record ({exc})") from exc


def _gold_toponyms(record: dict[str, Any]) -> Iterator[GoldToponym]:
    text = record["text"]
    placed: list[GoldToponym] = []
    unplaced: dict[str, list[tuple[float, float]]] = {}
    for item in record["toponyms"]:
        start, end = item.get("char_start"), item.get("char_end")
        lat, lon = _coordinates(item)
        if lat is None or lon is None:
            continue
        if start is None or end is None:
            name = _surface(item)
            if name:
                unplaced.setdefault(name, []).append((lat, lon))
            continue
        placed.append(GoldToponym(int(start), int(end), text[int(start) : int(end)], lat, lon))
    for name, points in unplaced.items():
        placed += _recovered(text, name, points, placed)
    yield from placed


def _surface(item: dict[str, Any]) -> str:
    for key in ("extractedName", "phrase", "name"):
        if isinstance(item.get(key), str) and item[key].strip():
            return str(item[key])
    return ""


def _recovered(
    text: str, name: str, points: list[tuple[float, float]], placed: list[GoldToponym]
) -> list[GoldToponym]:
    """Gold toponyms whose offsets are off by more than the data's check allows (some TR-News
    articles: every "Edmonton" annotated, all offsets shifted), placed on the whole-word occurrences
    of their name that no other gold toponym holds, in order, when those are exactly as many as the
    annotations; otherwise left out (which occurrence is meant cannot be told)."""
    free = [
        start
        for start in _whole_word_starts(text, name)
        if not any(g.start < start + len(name) and start < g.end for g in placed)
    ]
    if len(free) != len(points):
        return []
    return [
        GoldToponym(start, start + len(name), name, lat, lon)
        for start, (lat, lon) in zip(free, points, strict=True)
    ]


def _whole_word_starts(text: str, name: str) -> list[int]:
    out: list[int] = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not (start and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            out.append(start)
        start = text.find(name, start + 1)
    return out


def _coordinates(item: dict[str, Any]) -> tuple[float | None, float | None]:
    for lat_key, lon_key in (("latitude", "longitude"), ("lat", "lon")):
        if item.get(lat_key) not in (None, "") and item.get(lon_key) not in (None, ""):
            return float(item[lat_key]), float(item[lon_key])
    tag = item.get("gaztag") or {}
    if tag.get("lat") not in (None, "") and tag.get("lon") not in (None, ""):
        return float(tag["lat"]), float(tag["lon"])
    return None, None


def evaluate(
    articles: Iterable[GoldArticle],
    nlp: Language,
    gazetteer: Gazetteer,
    *,
    demonyms: bool = True,
    sites: bool = True,
    batch_size: int = 16,
) -> GeoScores:
    """Score recognition and resolution over gold articles, end to end from raw text; ``sites``:
    whether predicted sites count (whether the corpus annotates them, ``annotates_sites``)."""
    resolver = Resolver(gazetteer)
    scores = GeoScores()
    items = list(articles)
    for article, doc in zip(items, nlp.pipe((a.text for a in items), batch_size=batch_size), strict=True):
        predicted, entries = geoparse(doc, gazetteer, resolver, demonyms=demonyms)
        if not sites:
            kept = [i for i, t in enumerate(predicted) if t.source is not ToponymSource.SITE]
            predicted, entries = [predicted[i] for i in kept], [entries[i] for i in kept]
        _score_article(scores, article, predicted, entries)
        # in text order, as recognition gives them: the resolver reads neighbours ("Paris, Texas")
        in_order = sorted(article.toponyms, key=lambda g: (g.start, g.end))
        gold_spans = [Toponym(g.start, g.end, g.text, ToponymSource.NER) for g in in_order]
        for gold, entry in zip(in_order, resolver.resolve(article.text, gold_spans), strict=True):
            scores.gold_span_within += int(_within(entry, gold))
    return scores


def _score_article(
    scores: GeoScores, article: GoldArticle, predicted: list[Toponym], entries: list[Any]
) -> None:
    scores.articles += 1
    scores.gold += len(article.toponyms)
    scores.predicted += len(predicted)
    for toponym in predicted:
        matched = any(_overlap(toponym, g) for g in article.toponyms)
        scores.matched_predicted += int(matched)
        scores.exact += int(any((toponym.start, toponym.end) == (g.start, g.end) for g in article.toponyms))
        if not matched:
            scores.errors.append((article.id, "spurious", f"{toponym.text!r} at {toponym.start}"))
    for gold in article.toponyms:
        hits = [entry for toponym, entry in zip(predicted, entries, strict=True) if _overlap(toponym, gold)]
        where = f"{gold.text!r} at {gold.start} (gold {gold.lat:.2f},{gold.lon:.2f})"
        if not hits:
            scores.errors.append((article.id, "missed", where))
            continue
        scores.matched_gold += 1
        if _within(hits[0], gold):
            scores.resolved_within += 1
        elif hits[0] is None:
            scores.errors.append((article.id, "far", f"{where} -> unresolved"))
        else:
            e = hits[0]
            km = haversine_km(e.lat, e.lon, gold.lat, gold.lon)
            place = ", ".join(x for x in (e.name, e.admin1, e.country) if x)
            scores.errors.append((article.id, "far", f"{where} -> {place} ({e.feature}), {km:.0f} km off"))


def _overlap(toponym: Toponym, gold: GoldToponym) -> bool:
    return toponym.start < gold.end and gold.start < toponym.end


def _within(entry: Any, gold: GoldToponym) -> bool:
    return entry is not None and haversine_km(entry.lat, entry.lon, gold.lat, gold.lon) <= ACCURACY_KM
