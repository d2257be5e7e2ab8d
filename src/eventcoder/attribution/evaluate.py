"""Scoring speaker attribution against PolNeAR (Newell, Margolin, Ruths, LREC 2018).

A prediction matches a gold attribution when its speaker span overlaps the
gold source and its content span overlaps the gold content. Matching is greedy
and one to one per content piece: a gold attribution whose content the frame
interrupts ("…," he said, "…") has two pieces and may match two predictions,
one each; any other second prediction for it counts as a false positive, and
recall counts each gold attribution once.

* Gold: the first annotator's attributions. Those without a source or a
  content are left out; a prediction whose content only overlaps such a gold
  attribution is left out too (neither right nor wrong).
* Direct/indirect: a gold attribution is direct when its content opens with
  a double quote mark (or the mark sits just before it; ``''`` counts as one); a prediction by its
  ``kind``. Precision is counted per predicted kind, recall per gold kind.

The command line is ``bench/eval_polnear.py``; the CI floors are in
``tests/eval/test_polnear_floor.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.attribution.stage import QuoteFinder
from eventcoder.nlp import sentences_from_doc
from eventcoder.records import Article, Quote, Span

if TYPE_CHECKING:
    from spacy.language import Language

QUOTE_MARKS = frozenset('"“”„«»')
KINDS = ("direct", "indirect")


@dataclass(frozen=True, slots=True)
class Gold:
    source: tuple[Span, ...]
    content: tuple[Span, ...]
    kind: str
    text: str


@dataclass(slots=True)
class Counts:
    predicted: int = 0
    predicted_ok: int = 0
    gold: int = 0
    gold_found: int = 0

    def scores(self) -> dict[str, float]:
        p = self.predicted_ok / self.predicted if self.predicted else 0.0
        r = self.gold_found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass(slots=True)
class Result:
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (article id, what, text)
    by_cue: Counter[tuple[str, str, bool]] = field(default_factory=Counter)  # (kind, cue, right?)

    def summary(self) -> dict[str, dict[str, float]]:
        return {k: {**c.scores(), "predicted": c.predicted, "gold": c.gold} for k, c in self.counts.items()}


def _spans(pieces: Iterable[dict[str, Any]]) -> tuple[Span, ...]:
    """All character spans of a role's pieces (a piece may be discontinuous)."""
    return tuple((int(start), int(end)) for piece in pieces for start, end in piece["spans"])


def gold_kind(text: str, content: Sequence[Span]) -> str:
    start = min(content)[0]
    j = start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    opens = text[start] in QUOTE_MARKS or (j >= 0 and text[j] in QUOTE_MARKS) or text.startswith("''", start)
    return "direct" if opens else "indirect"


def read_articles(
    path: Path, limit: int | None = None, every: int = 1, compartments: Collection[str] | None = None
) -> Iterator[tuple[Article, list[Gold]]]:
    """Articles with their gold attributions: every ``every``-th line, at most ``limit`` of them; with
    ``compartments``, only the articles of those parts of PolNeAR's original split ("train", "dev",
    "test")."""
    with path.open(encoding="utf-8") as fh:
        taken = 0
        for n, line in enumerate(fh):
            if n % every:
                continue
            if limit is not None and taken >= limit:
                return
            row = json.loads(line)
            if compartments is not None and row.get("compartment") not in compartments:
                continue
            taken += 1
            text = row["text"]
            annotators = row["attributions_by_annotator"]
            first = annotators[next(iter(annotators))] if annotators else []
            gold = []
            for a in first:
                source, content = _spans(a.get("source") or []), _spans(a.get("content") or [])
                if content:
                    kind = gold_kind(text, content)
                    gold.append(Gold(source, content, kind, " / ".join(p["text"] for p in a["content"])))
            yield Article(id=row["id"], text=text, date=row.get("publication_date")), gold


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(q: Quote, gold: Sequence[Gold], pieces: set[tuple[int, int]]) -> tuple[int | None, bool]:
    """(index of the gold attribution ``q`` matches, whether its content touches any sourced gold).

    A gold attribution matches when ``q``'s speaker overlaps its source and
    ``q``'s content overlaps one of its content pieces that no earlier
    prediction overlapped: a quote interrupted by its frame ("..., he said,
    ...") is one gold attribution with two pieces, and two predictions.
    """
    best, best_overlap, touches = None, 0, False
    for i, g in enumerate(gold):
        free = [k for k, c in enumerate(g.content) if _overlap(q.content_span, c) and (i, k) not in pieces]
        used = any(_overlap(q.content_span, c) for c in g.content)
        if not used or not g.source:
            continue
        touches = True
        if not free or q.speaker_span is None or not any(_overlap(q.speaker_span, s) for s in g.source):
            continue
        overlap = sum(_overlap(q.content_span, g.content[k]) for k in free)
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best, touches


def score_article(article: Article, quotes: Sequence[Quote], gold: Sequence[Gold], result: Result) -> None:
    taken: set[int] = set()
    pieces: set[tuple[int, int]] = set()
    sourceless = [g for g in gold if not g.source]
    for q in sorted(quotes, key=lambda q: q.content_span):
        match, touches = _match(q, gold, pieces)
        if (
            match is None
            and not touches
            and any(_overlap(q.content_span, c) for g in sourceless for c in g.content)
        ):
            continue
        counts = result.counts[q.kind.value]
        counts.predicted += 1
        result.by_cue[(q.kind.value, (q.cue or "").lower(), match is not None)] += 1
        if match is not None:
            taken.add(match)
            pieces.update(
                (match, k) for k, c in enumerate(gold[match].content) if _overlap(q.content_span, c)
            )
            counts.predicted_ok += 1
        else:
            result.misses.append(
                (article.id, f"FP {q.kind.value}", f"[{q.speaker}] [{q.cue}] {q.content[:160]}")
            )
    for i, g in enumerate(gold):
        if not g.source:
            continue
        result.counts[g.kind].gold += 1
        if i in taken:
            result.counts[g.kind].gold_found += 1
        else:
            source = " ".join(article.text[s:e] for s, e in g.source)
            result.misses.append((article.id, f"FN {g.kind}", f"[{source}] {g.text[:160]}"))


def evaluate(pairs: Iterable[tuple[Article, list[Gold]]], finder: QuoteFinder, nlp: Language) -> Result:
    """Run the finder over the articles and score it."""
    result = Result()
    items = list(pairs)
    docs = nlp.pipe((a.text for a, _ in items), batch_size=16)
    for (article, gold), doc in zip(items, docs, strict=True):
        quotes, _ = finder.find(doc, article, sentences_from_doc(doc), ())
        score_article(article, quotes, gold, result)
    return result
