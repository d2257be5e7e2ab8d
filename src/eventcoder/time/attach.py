"""Find the time expressions of a sentence and the one that belongs to an event verb.

Candidates are spaCy DATE/TIME entities plus single day words the small
model sometimes misses ("Monday", "yesterday"). A candidate belongs to the
event when the parse ties it to the event's verb: it hangs off the verb
itself (``npadvmod``, ``prep on/in/since ...``, possibly through the verb's
object as in "had a call on Monday"), or off a verb conjoined with it.
Expressions governed by another clause's verb ("said on Thursday that ...")
are not the event's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventcoder.records import Span
from eventcoder.time.expressions import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

TIME_LABELS = frozenset({"DATE", "TIME"})
_DAY_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow"}) | {
    name for name in WEEKDAYS if len(name) > 4
}
_LEADING_MODIFIERS = frozenset({"last", "early", "late", "earlier", "this", "next", "past", "on", "in"})
_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "csubj", "parataxis"})
_PREPOSITIONS_KEPT = frozenset({"since"})


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression in the text: its span, its text and how the parse attaches it."""

    start: int  # token indexes in the doc
    end: int
    text: str
    span: Span  # characters
    ongoing: bool  # introduced by "since"

    @property
    def resolvable_text(self) -> str:
        return f"since {self.text}" if self.ongoing else self.text


def time_mentions(doc: Doc, start: int, end: int) -> list[TimeMention]:
    """Time expressions among tokens ``start:end`` (a sentence), in text order."""
    spans: list[tuple[int, int]] = [
        (ent.start, ent.end) for ent in doc.ents if ent.label_ in TIME_LABELS and start <= ent.start < end
    ]
    covered = {i for s, e in spans for i in range(s, e)}
    for token in doc[start:end]:
        if token.i not in covered and _is_day_word(token):
            spans.append((token.i, token.i + 1))
    return [_mention(doc, s, e) for s, e in sorted(spans)]


def _is_day_word(token: Token) -> bool:
    lower = token.lower_
    if lower in _DAY_WORDS:
        return True
    # "3 March" / "March 3" the model did not tag: a month name next to a day number
    if lower in MONTHS and len(lower) > 3 and token.is_title:
        neighbours = [t for t in (token.nbor(-1) if token.i > 0 else None, _next(token)) if t is not None]
        return any(t.like_num and t.text.isdigit() and 1 <= int(t.text) <= 31 for t in neighbours)
    return False


def _next(token: Token) -> Token | None:
    return token.nbor(1) if token.i + 1 < len(token.doc) else None


def _mention(doc: Doc, start: int, end: int) -> TimeMention:
    while start > 0 and doc[start - 1].lower_ in _LEADING_MODIFIERS - {"on", "in"}:
        start -= 1
    span = doc[start:end]
    head = span.root.head
    ongoing = head.lower_ in _PREPOSITIONS_KEPT and head.i < start
    ongoing = ongoing or (start > 0 and doc[start - 1].lower_ in _PREPOSITIONS_KEPT)
    return TimeMention(start, end, span.text, (span.start_char, span.end_char), ongoing)


def event_verb(doc: Doc, verb_span: Span) -> Token | None:
    """The token that carries an event's verb span (its syntactic head when several)."""
    span = doc.char_span(verb_span[0], verb_span[1], alignment_mode="expand")
    tokens = list(span) if span is not None else []
    if not tokens:
        return None
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")] or tokens
    inside = {t.i for t in verbs}
    return next((t for t in verbs if t.head.i not in inside or t.head.i == t.i), verbs[0])


def attachment_cost(mention: TimeMention, verb: Token) -> int | None:
    """How directly the parse ties a time expression to the verb; None when it does not.

    0-9: under the verb in its own clause (cost = path length); 10-19: under a
    verb conjoined with it; 20-29: under a participle or infinitive that the
    verb governs (the parser often hangs "since 2014" there).
    """
    root = mention_root(verb.doc, mention)
    steps, governor = _governing_verb(root)
    if governor is None:
        return None
    if governor.i == verb.i:
        return steps
    if _conjoined(governor, verb):
        return 10 + steps
    if _governed_nonfinite(governor, verb):
        return 20 + steps
    return None


def mention_root(doc: Doc, mention: TimeMention) -> Token:
    span: SpacySpan = doc[mention.start : mention.end]
    return span.root


def _governing_verb(token: Token) -> tuple[int, Token | None]:
    """The nearest verb above ``token`` and the number of arcs up to it."""
    steps, current = 0, token
    while current.head.i != current.i:
        current, steps = current.head, steps + 1
        if current.pos_ in ("VERB", "AUX"):
            return steps, current
    return (steps, current) if current.pos_ in ("VERB", "AUX", "NOUN") else (steps, None)


def _conjoined(a: Token, b: Token) -> bool:
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


def _governed_nonfinite(governor: Token, verb: Token) -> bool:
    current = governor
    while current.head.i != current.i:
        if current.dep_ in _CLAUSE_DEPS:
            return False
        current = current.head
        if current.i == verb.i:
            return governor.dep_ in ("acl", "xcomp") or governor.tag_ in ("VBG", "VBN", "VB")
        if current.pos_ in ("VERB", "AUX"):
            return False
    return False


def best_mention(mentions: list[TimeMention], verb: Token) -> TimeMention | None:
    """The mention most directly tied to the verb (ties: nearest in the text)."""
    scored = [
        (cost, abs(m.start - verb.i), m) for m in mentions if (cost := attachment_cost(m, verb)) is not None
    ]
    if not scored:
        return None
    return min(scored, key=lambda item: (item[0], item[1]))[2]
