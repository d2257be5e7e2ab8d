"""Score coded events against gold sentences (the petrarch_validation JSONL schema).

Each gold record is ``{"id", "date", "text", "expected": [{"source", "target", "code"}], ...}``.
Events are compared as multisets per record at three levels: exact
(source, target, code); country (first three letters of each actor) + code;
and (source, target, root). Records that expect no event also give the
no-event accuracy (the share of them where nothing was coded).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.errors import GoldFormatError
from eventcoder.records import Article, Event

Triple = tuple[str, str, str]
KEYS: dict[str, Callable[[str, str, str], Triple]] = {
    "full": lambda s, t, c: (s, t, c),
    "country": lambda s, t, c: (s[:3], t[:3], c),
    "root": lambda s, t, c: (s, t, c[:2]),
}


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    date: str | None
    expected: tuple[Triple, ...]
    suite: str = ""

    def article(self) -> Article:
        return Article(id=self.id, text=self.text, date=self.date)


def read_gold(path: Path, suite: str | None = None) -> list[GoldRecord]:
    """Gold records of ``path`` (only those of ``suite`` when given)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read gold file ({exc.strerror})") from exc
    records: list[GoldRecord] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record = _gold_record(line, f"{path}:{number}")
        if suite is None or record.suite == suite:
            records.append(record)
    return records


def _gold_record(line: str, where: str) -> GoldRecord:
    try:
        data = json.loads(line)
        expected = tuple(
            (str(e["source"]), str(e["target"]), str(e["code"])) for e in data.get("expected") or []
        )
        return GoldRecord(
            id=str(data["id"]),
            text=str(data["text"]),
            date=gold_date(data.get("date")),
            expected=expected,
            suite=str(data.get("suite", "")),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise GoldFormatError(f"{where}: not a gold record ({exc})") from exc


def gold_date(value: object) -> str | None:
    """An ISO date from a gold record's date: ``YYYY-MM-DD``, PETRARCH's ``YYYYMMDD`` or ``YYMMDD``."""
    if not value:
        return None
    text = str(value).strip()
    digits = text.replace("-", "")
    if len(digits) == 6 and digits.isdigit():
        century = "19" if int(digits[:2]) > 50 else "20"
        digits = century + digits
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    raise ValueError(f"unreadable date {text!r}")


@dataclass(slots=True)
class Tally:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass(slots=True)
class Scores:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KEYS})
    records: int = 0
    no_event_records: int = 0
    no_event_correct: int = 0

    @property
    def no_event_accuracy(self) -> float:
        return self.no_event_correct / self.no_event_records if self.no_event_records else 0.0

    def add(self, gold: Sequence[Triple], predicted: Sequence[Triple]) -> None:
        self.records += 1
        if not gold:
            self.no_event_records += 1
            self.no_event_correct += not predicted
        for name, key in KEYS.items():
            g = Counter(key(*t) for t in gold)
            p = Counter(key(*t) for t in predicted)
            tally = self.tallies[name]
            tally.tp += sum((g & p).values())
            tally.gold += sum(g.values())
            tally.predicted += sum(p.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            **{name: t.as_dict() for name, t in self.tallies.items()},
            "no_event": {
                "accuracy": round(self.no_event_accuracy, 4),
                "correct": self.no_event_correct,
                "records": self.no_event_records,
            },
        }

    def table(self) -> str:
        lines = [f"{'level':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
        labels = {"full": "exact", "country": "country", "root": "root"}
        for name, t in self.tallies.items():
            lines.append(
                f"{labels[name]:<10} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:5d} {t.predicted:5d} {t.gold:5d}"
            )
        lines.append(
            f"no-event accuracy {self.no_event_accuracy:.3f} ({self.no_event_correct}/{self.no_event_records}); "
            f"{self.records} records"
        )
        return "\n".join(lines)


def triples(events: Iterable[Event]) -> list[Triple]:
    return [(e.source, e.target, e.cameo) for e in events]


def score(pairs: Iterable[tuple[GoldRecord, Sequence[Event]]]) -> Scores:
    """Scores over (gold record, coded events) pairs."""
    scores = Scores()
    for record, events in pairs:
        scores.add(record.expected, triples(events))
    return scores


def by_record(
    records: Sequence[GoldRecord], coded: Iterator[Sequence[Event]]
) -> Iterator[tuple[GoldRecord, Sequence[Event]]]:
    """Pair each gold record with the events coded for it (``coded`` follows ``records``' order)."""
    yield from zip(records, coded, strict=True)
