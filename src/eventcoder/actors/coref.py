"""Simple, conservative coreference for people already resolved in the article.

* A surname (or the full name again) of a person resolved earlier in the
  article — "Peskov said", "Kalın also noted" — is that person, unless two
  people resolved so far share the surname (then it is left alone).
* "he"/"she" as the subject of a clause is the last person who was the
  subject of a clause, if that was in the same or the previous sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from eventcoder.actors.normalize import phrase_key
from eventcoder.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mme", "m", "herr", "frau"})
PRONOUNS = frozenset({"he", "she"})


@dataclass(slots=True)
class PersonMemory:
    """People resolved so far in one article, keyed by folded name pieces."""

    by_name: dict[tuple[str, ...], Actor] = field(default_factory=dict)
    ambiguous: set[tuple[str, ...]] = field(default_factory=set)
    last_subject: Actor | None = None
    last_subject_sentence: int = -10

    def remember(self, actor: Actor, name: str, *, subject: bool, sentence: int) -> None:
        key = phrase_key(name)
        if not key:
            return
        keys = [key]
        if len(key) > 1:
            keys.append(key[-1:])  # the surname
        for k in keys:
            known = self.by_name.get(k)
            if (
                known is not None
                and (known.code != actor.code or phrase_key(known.name) != phrase_key(actor.name))
                and len(k) == 1
            ):
                self.ambiguous.add(k)
            self.by_name[k] = actor
        if subject:
            self.last_subject, self.last_subject_sentence = actor, sentence

    def by_surname(self, span: Span) -> Actor | None:
        """A later mention by name ("Peskov", "Mr. Peskov", "Dmitry Peskov") of a known person."""
        key = phrase_key(span.text)
        while key and key[0] in HONORIFICS:
            key = key[1:]
        if not key or key in self.ambiguous:
            return None
        known = self.by_name.get(key)
        if known is None:
            return None
        return _refer(known, span)

    def by_pronoun(self, span: Span, sentence: int) -> Actor | None:
        if self.last_subject is None or sentence - self.last_subject_sentence > 1:
            return None
        return _refer(self.last_subject, span)


def _refer(antecedent: Actor, span: Span) -> Actor:
    return replace(
        antecedent,
        mention=span.text,
        span=(span.start_char, span.end_char),
        rule="coref",
        name=antecedent.name,
    )


def is_subject(span: Span) -> bool:
    return span.root.dep_ in SUBJECT_DEPS


def is_pronoun_subject(token: Token) -> bool:
    """A "he"/"she" clause subject."""
    return token.lower_ in PRONOUNS and token.dep_ in SUBJECT_DEPS
