"""Evaluation suites for the coder: PETRARCH validation sets, PLOVER types, five-class (penta) accuracy.

Used by ``bench/eval_coding.py`` (numbers for the README) and the CI floor
test (``tests/eval/test_coding_floors.py``). The data live outside the package
(``shared/data``); each function takes the folder and the loaded model.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.coding.coder import CoderConfig, EventCoder
from eventcoder.coding.evaluate import GoldRecord, Scores, read_gold, score
from eventcoder.coding.ontology import data_file, read_quadclass
from eventcoder.coding.resources import build_coder
from eventcoder.nlp import sentences_from_doc
from eventcoder.records import Article, Event

if TYPE_CHECKING:
    from spacy.language import Language

# PETRARCH suites: the dictionaries each was coded with (relative to shared/data/cameo; None: packaged).
SUITES: dict[str, dict[str, str | None]] = {
    "petrarch2_unittest": {
        "verbs": "PETR.Validate.verbs.txt",
        "actors": "PETR.Validate.actors.txt",
        "agents": "PETR.Validate.agents.txt",
        "discards": "PETR.Validate.discards.txt",
    },
    "udpetrarch_validate_2_02": {
        "verbs": "udpetrarch_validate_2_02/PETR_Validate_verbs_2_02.txt",
        "actors": "udpetrarch_validate_2_02/PETR_Validate_actors_2_02.txt",
        "agents": "udpetrarch_validate_2_02/PETR_Validate_agents_2_02.txt",
        "discards": "udpetrarch_validate_2_02/PETR_Validate_discards_2_02.txt",
    },
    "petr2_gsr_validation": {"verbs": None, "actors": None, "agents": None, "discards": None},
}
# The PETRARCH suites were coded by PETRARCH, which does not code tense: "will meet" is a meeting.
# Nor does it code a verb of a [---] block that matches no pattern (no back-off).
# It places a target-less event in the capital it happened in ("protest in Beijing": → CHN).
# Its patterns match words anywhere in the verb phrase, that-clauses included.
# It codes no act told of in a clause that describes a noun ("the group that has seized ...").
PETRARCH_CONVENTIONS = CoderConfig(
    future_as_act=True,
    null_backoff=False,
    locative_targets=True,
    embedded_clause_patterns=True,
    background_acts=False,
)
# PLOVER 0.5b1 (2016) event names in the GSR → the 2021 names the CAMEO2PLOVER table uses.
PLOVER_2016_TO_2021 = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
# The 2021 manual also moved property destruction and shooting at crowds (CAMEO 1712 and 175 in
# CAMEO2PLOVER-2021) from COERCE to ASSAULT, whose modes `destroy` and `firearms` they are (COERCE has
# neither mode in 2021): a 2016 COERCE record with such a mode is a 2021 ASSAULT.
PLOVER_2021_ASSAULT_MODES = frozenset({"destroy", "firearms"})
PENTA_LABELS = (
    "NEUTRAL_STATEMENT",
    "VERBAL_COOPERATION",
    "MATERIAL_COOPERATION",
    "VERBAL_CONFLICT",
    "MATERIAL_CONFLICT",
)


def suite_coder(suite: str, cameo_dir: Path, config: CoderConfig | None = None) -> EventCoder:
    files = SUITES[suite]

    def path(key: str) -> Path | None:
        name = files[key]
        return cameo_dir / name if name else None

    actors = path("actors")
    return build_coder(
        verbs=path("verbs"),
        actors=(actors,) if actors else (),
        agents=path("agents"),
        discards=path("discards"),
        config=config,
    )


def code_articles(
    nlp: Language, coder: EventCoder, articles: Sequence[Article]
) -> Iterator[tuple[Event, ...]]:
    """The events coded for each article, in order (sentences as the pipeline makes them)."""
    for doc, article in zip(nlp.pipe(a.text for a in articles), articles, strict=True):
        yield coder.code(doc, article, sentences_from_doc(doc)).events


def petrarch_suite(nlp: Language, gold: Path, cameo_dir: Path, suite: str) -> Scores:
    records: list[GoldRecord] = read_gold(gold, suite)
    coder = suite_coder(suite, cameo_dir, PETRARCH_CONVENTIONS)
    coded = code_articles(nlp, coder, [r.article() for r in records])
    return score(zip(records, coded, strict=True))


def best_event(events: Sequence[Event]) -> Event | None:
    """The event a sentence is classified by: the most confident, first in text on ties."""
    return max(events, key=lambda e: e.confidence, default=None)


@dataclass(frozen=True, slots=True)
class PloverScores:
    records: int
    type_correct: int
    coded: int
    source_correct: int
    source_gold: int
    target_correct: int
    target_gold: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "type_accuracy": round(self.type_correct / self.records, 4) if self.records else 0.0,
            "type_accuracy_when_coded": round(self.type_correct / self.coded, 4) if self.coded else 0.0,
            "coded": self.coded,
            "source_country_accuracy": round(self.source_correct / self.source_gold, 4)
            if self.source_gold
            else 0.0,
            "target_country_accuracy": round(self.target_correct / self.target_gold, 4)
            if self.target_gold
            else 0.0,
        }


def _actor_codes(value: object) -> set[str]:
    if isinstance(value, list):
        return {str(a.get("code", ""))[:3] for a in value if isinstance(a, dict)}
    return set()


def plover_2021_event(event: str, mode: str | None) -> str:
    """The 2021 event type of a 2016 GSR coding (``PLOVER_2016_TO_2021``, then by mode)."""
    if event == "COERCE" and mode in PLOVER_2021_ASSAULT_MODES:
        return "ASSAULT"
    return PLOVER_2016_TO_2021.get(event, event)


def plover_suite(nlp: Language, gold: Path, config: CoderConfig | None = None) -> PloverScores:
    """PLOVER event-type accuracy (2016 names mapped to 2021) and source/target country accuracy."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    coder = build_coder(config=config or CoderConfig(min_actors=0))
    articles = [Article(id=r["id"], text=r["text"], date=r.get("date")) for r in rows]
    counts: Counter[str] = Counter()
    for row, events in zip(rows, code_articles(nlp, coder, articles), strict=True):
        expected = plover_2021_event(row["event"], row.get("mode"))
        with_type = [e for e in events if e.plover]
        event = best_event(with_type)
        counts["coded"] += event is not None
        counts["type"] += event is not None and event.plover == expected
        sources, targets = _actor_codes(row.get("source")), _actor_codes(row.get("target"))
        counts["source_gold"] += bool(sources)
        counts["target_gold"] += bool(targets)
        if event is not None:
            counts["source"] += bool(sources) and event.source[:3] in sources
            counts["target"] += bool(targets) and event.target[:3] in targets
    return PloverScores(
        records=len(rows),
        type_correct=counts["type"],
        coded=counts["coded"],
        source_correct=counts["source"],
        source_gold=counts["source_gold"],
        target_correct=counts["target"],
        target_gold=counts["target_gold"],
    )


def penta_classes() -> dict[str, int]:
    """Root code → Phoenix PentaClass, the scheme the ConfliBERT annotators used (their
    ``Action1-PentaClass``): 01–02 neutral, 03–05 and 06–08 verbal and material cooperation,
    09–13 and 16 (reduce relations) verbal conflict, the other roots from 14 material conflict."""
    return read_quadclass(data_file("cameo", "CAMEO.quadclass.tsv"), "phoenix_quad_class")


def penta_class(events: Sequence[Event], classes: dict[str, int]) -> int:
    """Five-class label of a sentence from its coded events; no event reads as a neutral statement."""
    event = best_event(events)
    return 0 if event is None else classes.get(event.root, 0)


@dataclass(frozen=True, slots=True)
class PentaScores:
    records: int
    correct: int
    confusion: dict[tuple[int, int], int]

    @property
    def accuracy(self) -> float:
        return self.correct / self.records if self.records else 0.0

    @property
    def macro_f1(self) -> float:
        f1s = []
        for label in range(len(PENTA_LABELS)):
            tp = self.confusion.get((label, label), 0)
            predicted = sum(n for (_, p), n in self.confusion.items() if p == label)
            gold = sum(n for (g, _), n in self.confusion.items() if g == label)
            precision = tp / predicted if predicted else 0.0
            recall = tp / gold if gold else 0.0
            f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
        return sum(f1s) / len(f1s)

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
        }


def penta_suite(nlp: Language, gold: Path, config: CoderConfig | None = None) -> PentaScores:
    """Five-class accuracy and macro-F1 on conflibert_cameo (labelled sentences only)."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("penta_class") is not None]
    coder = build_coder(config=config or CoderConfig(min_actors=0))
    articles = [Article(id=r["id"], text=r["text"]) for r in rows]
    classes = penta_classes()
    confusion: Counter[tuple[int, int]] = Counter()
    for row, events in zip(rows, code_articles(nlp, coder, articles), strict=True):
        confusion[(int(row["penta_class"]), penta_class(events, classes))] += 1
    correct = sum(n for (g, p), n in confusion.items() if g == p)
    return PentaScores(records=len(rows), correct=correct, confusion=dict(confusion))


def rows_of(scores: Iterable[tuple[str, Scores]]) -> list[dict[str, Any]]:
    return [{"suite": name, **s.as_dict()} for name, s in scores]
