"""Compare a store after ingesting a fault corpus with what its manifest expects."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

from eventcoder.store import Store
from faults.corpus import Kind, Manifest


@dataclass(slots=True)
class Verdict:
    """Figures of one ingest of a fault corpus, and every way it differs from the manifest."""

    inputs: int
    bad_inputs: int
    rejects_stored: int
    rejects_as_expected: int
    good_bases: int
    articles_stored: int
    bases_stored_once: int
    duplicates_offered: int
    events: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(manifest: Manifest, db: Path, *, coded: bool = True) -> Verdict:
    """``coded``: every stored article must have sentences (not so with the fake coder's regex)."""
    with Store.open(db, read_only=True) as store:
        rejects = store.con.execute("SELECT origin, reason FROM rejects").fetchall()
        articles = store.con.execute("SELECT text, n_sentences FROM articles").fetchall()
        events = int(store.con.execute("SELECT count(*) FROM events").fetchone()[0])  # type: ignore[index]
    got = Counter((manifest.where(origin), reason) for origin, reason in rejects)
    expected = Counter({k: n for k, n in manifest.expected_outcomes().items() if k[1] != "article"})
    verdict = Verdict(
        inputs=manifest.inputs,
        bad_inputs=len(manifest.of(Kind.BAD)),
        rejects_stored=len(rejects),
        rejects_as_expected=sum((got & expected).values()),
        good_bases=len(manifest.stored_bases),
        articles_stored=len(articles),
        bases_stored_once=0,
        duplicates_offered=len(manifest.of(Kind.DUPLICATE)),
        events=events,
    )
    for key, n in sorted((expected - got).items())[:20]:
        verdict.problems.append(f"expected reject missing: {key} x{n}")
    for key, n in sorted((got - expected).items())[:20]:
        verdict.problems.append(f"unexpected reject: {key} x{n}")
    _check_articles(manifest, articles, verdict, coded)
    return verdict


def _check_articles(
    manifest: Manifest, articles: list[tuple[str, int]], verdict: Verdict, coded: bool
) -> None:
    probes = {manifest.bases[k].probe for k in manifest.stored_bases}
    finder = ahocorasick.Automaton()
    for probe in probes:
        finder.add_word(probe, probe)
    finder.make_automaton()
    by_probe: Counter[str] = Counter()
    for text, _ in articles:
        by_probe.update({probe for _, probe in finder.iter(text)})
    verdict.bases_stored_once = sum(1 for p in probes if by_probe[p] == 1)
    if len(articles) != len(manifest.stored_bases):
        verdict.problems.append(f"{len(articles)} articles stored, {len(manifest.stored_bases)} expected")
    for probe in sorted(probes):
        if by_probe[probe] != 1:
            verdict.problems.append(f"article with {probe!r} stored {by_probe[probe]} times")
    uncoded = sum(1 for _, n in articles if not n)
    if coded and uncoded:
        verdict.problems.append(f"{uncoded} stored articles have no sentences")
