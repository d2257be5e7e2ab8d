"""A small, deterministic stand-in for the coder, and articles for it, so store tests run in seconds.

Sentences look like ``"TUR meets USA on 2024-03-01."``: two upper-case actor codes around a verb from
``VERBS``, and an optional ISO date. Run as a module it ingests generated articles into a store and
prints ``committed N`` after each batch (the crash test kills it between those lines).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable, Iterator

from eventcoder.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Origin,
    Quote,
    QuoteKind,
    Reject,
    Sentence,
    content_hash,
    make_event_id,
)

VERBS = {
    "meets": ("040", 1, 1.0, "CONSULT"),
    "accuses": ("112", 3, -2.0, "ACCUSE"),
    "attacks": ("190", 4, -10.0, "ASSAULT"),
}
_SENTENCE = re.compile(r"[^.]+\.")
_CLAUSE = re.compile(
    r"\b([A-Z]{3}(?:GOV|MIL)?) (meets|accuses|attacks) ([A-Z]{3}(?:GOV|MIL)?)(?: on (\d{4}-\d{2}-\d{2}))?"
)
_QUOTE = re.compile(r'"([^"]+)," said ([A-Z]{3}GOV)')

COUNTRIES = ("TUR", "USA", "RUS", "UKR", "FRA", "DEU")


class FakePipeline:
    """Codes ``A verb B [on DATE]`` clauses; ``delay`` seconds per article imitates a slow parser."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def pipe(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for article in articles:
            if self.delay:
                time.sleep(self.delay)
            yield code(article)


def code(article: Article) -> CodedArticle:
    sentences, actors, events, quotes = [], [], [], []
    for i, m in enumerate(_SENTENCE.finditer(article.text)):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        sentence = Sentence(index=i, start=start, end=m.end(), text=article.text[start : m.end()])
        sentences.append(sentence)
        for c in _CLAUSE.finditer(sentence.text):
            src, verb, tgt, day = c.groups()
            base = sentence.start + c.start()
            src_span = (base, base + len(src))
            verb_span = (sentence.start + c.start(2), sentence.start + c.end(2))
            tgt_span = (sentence.start + c.start(3), sentence.start + c.end(3))
            actors += [
                Actor(src, src, src, src_span, "dictionary"),
                Actor(tgt, tgt, tgt, tgt_span, "dictionary"),
            ]
            cameo, quad, goldstein, plover = VERBS[verb]
            events.append(
                Event(
                    doc_id=article.id,
                    event_id=make_event_id(article.id, sentence.span, src, tgt, cameo, verb_span),
                    sentence_index=i,
                    sentence=sentence.text,
                    span=sentence.span,
                    verb_span=verb_span,
                    source=src,
                    source_name=src,
                    source_span=src_span,
                    target=tgt,
                    target_name=tgt,
                    target_span=tgt_span,
                    cameo=cameo,
                    root=cameo[:2],
                    quad_class=quad,
                    goldstein=goldstein,
                    plover=plover,
                    plover_mode=None,
                    date=day or article.date,
                    confidence=0.9,
                    match="verb",
                )
            )
        for q in _QUOTE.finditer(sentence.text):
            quotes.append(
                Quote(
                    doc_id=article.id,
                    quote_id=f"{article.id}-q{len(quotes)}",
                    kind=QuoteKind.DIRECT,
                    content=q.group(1),
                    content_span=(sentence.start + q.start(1), sentence.start + q.end(1)),
                    speaker=q.group(2),
                    speaker_span=(sentence.start + q.start(2), sentence.start + q.end(2)),
                    cue="said",
                    cue_span=None,
                    speaker_code=q.group(2),
                    sentence_index=i,
                )
            )
    return CodedArticle(article, tuple(sentences), tuple(actors), tuple(events), tuple(quotes))


def make_article(n: int, text: str | None = None, date: str = "2024-03-01") -> Article:
    """Article ``n``: two sentences with events among ``COUNTRIES`` (deterministic in ``n``)."""
    a, b, c = COUNTRIES[n % 6], COUNTRIES[(n + 1) % 6], COUNTRIES[(n + 3) % 6]
    verbs = list(VERBS)
    text = text or f"{a} meets {b}. Article {n}: {b} {verbs[n % 3]} {c} on 2024-03-{1 + n % 28:02d}."
    if n % 5 == 0:
        text += ' "We will talk to everyone," said TURGOV.'
    return Article(
        id=f"doc{n:05d}",
        text=text,
        title=f"Title {n}",
        date=date,
        url=f"https://news.example/{n}",
        source=f"outlet{n % 4}",
        origin=Origin("fake.jsonl", line=n + 1),
        content_hash=content_hash(text),
    )


def make_items(n: int, every_reject: int = 0) -> list[Article | Reject]:
    """``n`` articles, with a reject after every ``every_reject`` articles when it is > 0."""
    items: list[Article | Reject] = []
    for i in range(n):
        items.append(make_article(i))
        if every_reject and i % every_reject == every_reject - 1:
            items.append(
                Reject(Origin("fake.jsonl", line=10_000 + i), "empty", "nothing left after cleaning")
            )
    return items


def main(argv: list[str] | None = None) -> int:
    from eventcoder.store import RunInfo, Store, ingest

    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=10)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args(argv)
    with Store.open(args.db) as store:
        ingest(
            store,
            make_items(args.articles, every_reject=7),
            FakePipeline(args.delay),
            run=RunInfo(command="fake-ingest"),
            batch_size=args.batch_size,
            on_batch=lambda counts: print(f"committed {counts.articles_stored}", flush=True),
        )
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
