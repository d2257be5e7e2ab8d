"""A small store written from hand-made records: what the API and browser tests read.

The first article mirrors the reference article's opening (the Turkish–US telephone call, CAMEO 041
TUR→USA and USA→TUR, published 2021-12-15, call on 2021-12-13); a second one a week later gives the
TUR–USA dyad a second week; a third is hostile: markup in its title and text must show as text.
Every span is found in the text with ``str.index``, so a typo in a phrase fails loudly.
"""

from __future__ import annotations

from pathlib import Path

from eventcoder.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Quote,
    QuoteKind,
    Sentence,
    Span,
    content_hash,
    make_event_id,
)
from eventcoder.store.store import RunInfo, Store

SEED_TEXT = (
    "Turkish and US diplomats discuss bilateral relations and Ukraine crisis\n\n"
    "Turkish Foreign Minister Mevlüt Çavuşoğlu and his US counterpart Antony Blinken had a telephone "
    "interview on Monday and discussed ongoing Russian-Ukrainian tensions.\n\n"
    "In a first response, Kremlin spokesman Dmitry Peskov rejected Ankara’s offer during an interview "
    "with reporters in Moscow.\n\n"
    "“We will welcome all efforts that can help us to end this war,” Ukrainian Foreign Minister "
    "Dmytro Kuleba said at a press briefing."
)
LETTER_TEXT = (
    "Turkey sent a letter to the United States regarding the establishment of a joint mechanism.\n\n"
    "Washington accused Ankara of undermining the alliance, officials said."
)
HOSTILE_TITLE = "<script>window.__xss = 1</script> Breaking <b>news</b>"
HOSTILE_TEXT = (
    "<script>window.__xss = 1; document.title = 'pwned'</script> Ankara urged Moscow to talk. "
    '<img src=x onerror="window.__xss = 2"> The Kremlin rejected the call.'
)
SEED_URL = "https://www.example.org/news/turkish-us-diplomats"
HOSTILE_URL = "javascript:window.__xss = 3"
PHONE_CALL = "had a telephone interview"


def span_of(text: str, phrase: str, after: int = 0) -> Span:
    start = text.index(phrase, after)
    return (start, start + len(phrase))


def sentences_of(text: str) -> tuple[Sentence, ...]:
    """Paragraph-sized sentences: enough for the store, no parser needed."""
    out, start = [], 0
    for i, part in enumerate(text.split("\n\n")):
        start = text.index(part, start)
        out.append(Sentence(i, start, start + len(part), part))
        start += len(part)
    return tuple(out)


def actor(text: str, code: str, name: str, phrase: str) -> Actor:
    return Actor(code=code, name=name, mention=phrase, span=span_of(text, phrase), rule="dictionary")


def event(
    article: Article,
    sentences: tuple[Sentence, ...],
    source: Actor,
    target: Actor,
    verb: str,
    cameo: str,
    quad: int,
    goldstein: float,
    date: str,
) -> Event:
    verb_span = span_of(article.text, verb)
    sentence = next(s for s in sentences if s.start <= verb_span[0] < s.end)
    return Event(
        doc_id=article.id,
        event_id=make_event_id(article.id, sentence.span, source.code, target.code, cameo, verb_span),
        sentence_index=sentence.index,
        sentence=sentence.text,
        span=sentence.span,
        verb_span=verb_span,
        source=source.code,
        source_name=source.name,
        source_span=source.span,
        target=target.code,
        target_name=target.name,
        target_span=target.span,
        cameo=cameo,
        root=cameo[:2],
        quad_class=quad,
        goldstein=goldstein,
        plover=None,
        plover_mode=None,
        date=date,
        confidence=0.9,
        match="pattern",
    )


def _article(
    doc_id: str, text: str, title: str, date: str, url: str | None = None
) -> tuple[Article, tuple[Sentence, ...]]:
    art = Article(
        id=doc_id,
        text=text,
        title=title,
        date=date,
        url=url,
        source="example",
        content_hash=content_hash(text),
    )
    return art, sentences_of(text)


def seed_article() -> CodedArticle:
    art, sents = _article("seed", SEED_TEXT, SEED_TEXT.split("\n")[0], "2021-12-15", SEED_URL)
    cav = actor(SEED_TEXT, "TURGOV", "Mevlüt Çavuşoğlu", "Mevlüt Çavuşoğlu")
    blinken = actor(SEED_TEXT, "USAGOV", "Antony Blinken", "Antony Blinken")
    peskov = actor(SEED_TEXT, "RUSGOV", "Dmitry Peskov", "Dmitry Peskov")
    ankara = actor(SEED_TEXT, "TURGOV", "Turkey", "Ankara")
    kuleba = actor(SEED_TEXT, "UKRGOV", "Dmytro Kuleba", "Dmytro Kuleba")
    events = (
        event(art, sents, cav, blinken, PHONE_CALL, "041", 1, 1.0, "2021-12-13"),
        event(art, sents, blinken, cav, PHONE_CALL, "041", 1, 1.0, "2021-12-13"),
        event(art, sents, peskov, ankara, "rejected", "126", 3, -4.0, "2021-12-15"),
    )
    quote_text = "We will welcome all efforts that can help us to end this war,"
    quote = Quote(
        doc_id=art.id,
        quote_id="seed-q1",
        kind=QuoteKind.DIRECT,
        content=quote_text,
        content_span=span_of(SEED_TEXT, quote_text),
        speaker="Dmytro Kuleba",
        speaker_span=kuleba.span,
        cue="said",
        cue_span=span_of(SEED_TEXT, "said"),
        speaker_code="UKRGOV",
        speaker_name="Dmytro Kuleba",
        sentence_index=3,
    )
    return CodedArticle(art, sents, (cav, blinken, peskov, ankara, kuleba), events, (quote,))


def letter_article() -> CodedArticle:
    art, sents = _article("letter", LETTER_TEXT, "Turkey writes to Washington", "2021-12-22")
    turkey = actor(LETTER_TEXT, "TUR", "Turkey", "Turkey")
    usa = actor(LETTER_TEXT, "USA", "United States", "United States")
    washington = actor(LETTER_TEXT, "USAGOV", "United States", "Washington")
    ankara = actor(LETTER_TEXT, "TURGOV", "Turkey", "Ankara")
    events = (
        event(art, sents, turkey, usa, "sent a letter", "040", 1, 1.0, "2021-12-22"),
        event(art, sents, washington, ankara, "accused", "112", 3, -2.0, "2021-12-22"),
    )
    return CodedArticle(art, sents, (turkey, usa, washington, ankara), events)


def hostile_article() -> CodedArticle:
    art, sents = _article("hostile", HOSTILE_TEXT, HOSTILE_TITLE, "2021-12-20", HOSTILE_URL)
    ankara = actor(HOSTILE_TEXT, "TURGOV", "Turkey", "Ankara")
    moscow = actor(HOSTILE_TEXT, "RUSGOV", "Russia", "Moscow")
    kremlin = actor(HOSTILE_TEXT, "RUSGOV", "Russia", "Kremlin")
    events = (
        event(art, sents, ankara, moscow, "urged", "020", 1, 3.0, "2021-12-20"),
        event(art, sents, kremlin, ankara, "rejected", "120", 3, -4.0, "2021-12-20"),
    )
    return CodedArticle(art, sents, (ankara, moscow, kremlin), events)


def sample_articles() -> list[CodedArticle]:
    return [seed_article(), letter_article(), hostile_article()]


def build_sample_store(path: Path) -> Path:
    """Write the sample articles into a new store at ``path`` and close it."""
    with Store.open(path) as store:
        run = store.start_run(RunInfo(command="test"))
        store.write_batch(sample_articles(), [], run)
    return path


def busy_articles(n: int) -> list[CodedArticle]:
    """``n`` short articles, each with one TUR→USA consultation in the week of 2021-12-13."""
    out = []
    for i in range(n):
        text = f"Ankara consulted Washington about item {i}."
        art, sents = _article(f"busy{i}", text, f"Item {i}", "2021-12-14")
        ankara = actor(text, "TURGOV", "Turkey", "Ankara")
        washington = actor(text, "USAGOV", "United States", "Washington")
        call = event(art, sents, ankara, washington, "consulted", "040", 1, 1.0, "2021-12-14")
        out.append(CodedArticle(art, sents, (ankara, washington), (call,)))
    return out


def build_busy_store(path: Path, n: int = 120) -> Path:
    """A store with ``n`` TUR→USA events in one week: more than one page of events."""
    with Store.open(path) as store:
        run = store.start_run(RunInfo(command="test"))
        store.write_batch(busy_articles(n), [], run)
    return path
