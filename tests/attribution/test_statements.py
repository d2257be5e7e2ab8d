"""Speakers resolved to actors, and statements about other actors coded as events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from eventcoder.attribution import CueLexicon, QuoteFinder
from eventcoder.nlp import sentences_from_doc
from eventcoder.records import Actor, Article, Event, Quote, Span

P = "PUNCT"


@dataclass(frozen=True)
class FakePlover:
    event: str
    mode: str | None


class FakeTables:
    """Just enough of the ontology: a root and a recognisable value per code."""

    def root(self, code: str) -> str:
        return code[:2]

    def quad_class(self, code: str) -> int:
        return 3 if code.startswith("13") else 1

    def goldstein(self, code: str) -> float:
        return -4.4 if code.startswith("13") else 0.0

    def plover(self, code: str) -> FakePlover | None:
        return FakePlover("THREATEN", None) if code.startswith("13") else None


def actor(doc: Doc, text: str, code: str, rule: str = "dictionary", nth: int = 0) -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    span: Span = (start, start + len(text))
    return Actor(code=code, name=text.upper(), mention=text, span=span, rule=rule)


def run(doc: Doc, actors: tuple[Actor, ...]) -> tuple[tuple[Quote, ...], tuple[Event, ...]]:
    finder = QuoteFinder(CueLexicon.default(), FakeTables())
    article = Article(id="doc1", text=doc.text, date="2021-12-15")
    return finder.find(doc, article, sentences_from_doc(doc), actors)


def clause(
    subject: str, lemma: str, verb: str, obj: str, mark: str = "that"
) -> list[tuple[str, str, str, str, str, int]]:
    """SUBJECT VERB that OBJ may invade."""
    return [
        (subject, subject, "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        (mark, mark, "SCONJ", "IN", "mark", 5),
        (obj, obj, "PROPN", "NNP", "nsubj", 5),
        ("may", "may", "AUX", "MD", "aux", 5),
        ("invade", "invade", "VERB", "VB", "ccomp", 1),
        (".", ".", P, ".", "punct", 1),
    ]


def test_warning_about_another_actor_is_a_threat_event_with_spans(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(clause("Washington", "warn", "warned", "Russia"))
    usa, rus = actor(doc, "Washington", "USAGOV", rule="capital"), actor(doc, "Russia", "RUS")
    quotes, events = run(doc, (usa, rus))
    assert [(q.speaker_code, q.content) for q in quotes] == [("USAGOV", "Russia may invade")]
    (event,) = events
    assert (event.source, event.target, event.cameo, event.root) == ("USAGOV", "RUS", "130", "13")
    assert (event.quad_class, event.goldstein, event.plover) == (3, -4.4, "THREATEN")
    assert event.match == "statement" and event.quote_id == quotes[0].quote_id
    assert event.source_span == usa.span and event.target_span == rus.span
    assert doc.text[event.verb_span[0] : event.verb_span[1]] == "warned"
    assert event.source_rule == "capital" and event.date == "2021-12-15"
    assert doc.text[event.span[0] : event.span[1]] == event.sentence


def test_plain_said_is_a_make_statement_event(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(clause("Ankara", "say", "said", "Moscow"))
    _, events = run(doc, (actor(doc, "Ankara", "TURGOV"), actor(doc, "Moscow", "RUSGOV")))
    assert [(e.source, e.target, e.cameo) for e in events] == [("TURGOV", "RUSGOV", "010")]


def test_statement_about_the_speakers_own_side_gives_no_event(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(clause("Ankara", "say", "said", "Turkey"))
    quotes, events = run(doc, (actor(doc, "Ankara", "TURGOV"), actor(doc, "Turkey", "TURGOV")))
    assert len(quotes) == 1 and events == ()


def test_belief_is_a_quote_but_not_a_statement(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(clause("Ankara", "believe", "believes", "Moscow"))
    quotes, events = run(doc, (actor(doc, "Ankara", "TURGOV"), actor(doc, "Moscow", "RUSGOV")))
    assert [q.cue for q in quotes] == ["believes"] and events == ()


def test_speaker_without_an_actor_gives_a_quote_without_code(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(clause("Smith", "say", "said", "Moscow"))
    quotes, events = run(doc, (actor(doc, "Moscow", "RUSGOV"),))
    assert [(q.speaker, q.speaker_code) for q in quotes] == [("Smith", None)] and events == ()


def test_head_word_actor_wins_over_a_modifier_actor(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Kremlin", "Kremlin", "PROPN", "NNP", "compound", 2),
            ("spokesman", "spokesman", "NOUN", "NN", "compound", 2),
            ("Peskov", "Peskov", "PROPN", "NNP", "nsubj", 3),
            ("said", "say", "VERB", "VBD", "ROOT", 3),
            ("Kiev", "Kiev", "PROPN", "NNP", "nsubj", 5),
            ("lied", "lie", "VERB", "VBD", "ccomp", 3),
            (".", ".", P, ".", "punct", 3),
        ]
    )
    kremlin, peskov = actor(doc, "Kremlin", "RUSGOV"), actor(doc, "Peskov", "RUSGOVSPOKES")
    quotes, _ = run(doc, (kremlin, peskov, actor(doc, "Kiev", "UKRGOV")))
    assert [(q.speaker, q.speaker_code) for q in quotes] == [("Kremlin spokesman Peskov", "RUSGOVSPOKES")]


def test_he_takes_the_last_named_speaker_when_no_actor_covers_it(make_doc: Callable[..., Doc]) -> None:
    first = clause("Kalin", "say", "said", "Moscow")
    second = [
        (w, lem, pos, tag, dep, head + len(first))
        for w, lem, pos, tag, dep, head in clause("He", "add", "added", "Kiev")
    ]
    second[0] = ("He", "he", "PRON", "PRP", "nsubj", second[0][5])
    rows = first + second
    doc = make_doc(rows)
    assert doc.text == "Kalin said that Moscow may invade. He added that Kiev may invade."
    quotes, events = run(
        doc, (actor(doc, "Kalin", "TURGOV"), actor(doc, "Moscow", "RUS"), actor(doc, "Kiev", "UKR"))
    )
    assert [(q.speaker, q.speaker_code) for q in quotes] == [("Kalin", "TURGOV"), ("He", "TURGOV")]
    assert [(e.source, e.target) for e in events] == [("TURGOV", "RUS"), ("TURGOV", "UKR")]


def test_relative_pronoun_speaker_resolves_through_its_antecedent(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        [
            ("Erdogan", "Erdogan", "PROPN", "NNP", "nsubj", 8),
            (",", ",", P, ",", "punct", 0),
            ("who", "who", "PRON", "WP", "nsubj", 3),
            ("said", "say", "VERB", "VBD", "relcl", 0),
            ("that", "that", "SCONJ", "IN", "mark", 6),
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 6),
            ("lied", "lie", "VERB", "VBD", "ccomp", 3),
            (",", ",", P, ",", "punct", 0),
            ("left", "leave", "VERB", "VBD", "ROOT", 8),
            (".", ".", P, ".", "punct", 8),
        ]
    )
    quotes, events = run(doc, (actor(doc, "Erdogan", "TURGOV"), actor(doc, "Russia", "RUS")))
    assert [(q.speaker, q.speaker_code, q.content) for q in quotes] == [("who", "TURGOV", "Russia lied")]
    assert [(e.source, e.target) for e in events] == [("TURGOV", "RUS")]
