"""Who is speaking: the subject of a cue verb, its noun phrase, and the actor it names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from eventcoder.records import Actor, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A cue without a subject of its own borrows its head's: "rejected the offer, saying: ...".
BORROW_DEPS = frozenset(
    {"advcl", "xcomp", "conj", "acl", "pcomp", "prep", "dep", "acomp"}
)  # prep: "by saying"
# Dependents that belong to a speaker's name ("Kremlin spokesman Dmitry Peskov", "Ukraine's minister").
NAME_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "quantmod"})
NAME_RIGHT_DEPS = frozenset({"flat", "compound", "case"})
# A common-noun speaker keeps who stands behind it: "a statement released by Ankara", "the head of NATO".
NOUN_RIGHT_DEPS = frozenset({"acl", "prep"})


def _behind_noun(head: Token, child: Token) -> bool:
    """``a statement [released by Ankara]``, ``the head [of NATO]`` (not ``a statement [saying ...]``)."""
    if head.pos_ != "NOUN" or child.dep_ not in NOUN_RIGHT_DEPS:
        return False
    return child.dep_ != "acl" or child.tag_ == "VBN"


RELATIVE_TAGS = frozenset({"WP", "WDT"})
EXPLETIVES = frozenset(
    {"there", "that", "this"}
)  # "That said, ..."; "it" mostly stands for a body: "It said ..."
REFLEXIVE = ("self", "selves")
PERSONAL = frozenset({"he", "she", "him", "her"})
TIME_ENTITIES = frozenset({"TIME", "DATE"})


def _own_subject(cue: Token) -> Token | None:
    """The cue's subject; not a time the parser took for one ("12:15 p.m.: Barack Obama says", where both
    hang on "says" as subjects; "Saturday said")."""
    for child in cue.children:
        if child.dep_ in SUBJECT_DEPS and child.ent_type_ not in TIME_ENTITIES:
            return child
    return None


def subject_of(cue: Token, max_hops: int = 3) -> Token | None:
    """The token that heads the speaker phrase of ``cue``, or None.

    Follows ``saying``/``adding``-style cues up to the verb whose subject they
    share. In ``Smith, who said``, the speaker mention is ``who`` (as ``he``
    is in ``he said``); ``antecedent`` gives the noun it stands for.
    A passive cue speaks through its agent ("was asked by a reporter
    whether"); without one it has no speaker ("Rubio was asked whether":
    Rubio is the addressee). Expletive subjects give None.
    """
    passive = _passive_speaker(cue)
    if passive is not None:
        return passive or None
    verb = cue
    for _ in range(max_hops + 1):
        subject = _own_subject(verb)
        if subject is not None:
            if subject.pos_ == "PRON" and (
                subject.lower_ in EXPLETIVES or subject.lower_.endswith(REFLEXIVE)
            ):
                return None
            return subject
        if verb.dep_ not in BORROW_DEPS or verb.head is verb or _participle_modifier(verb):
            return None
        if verb.dep_ == "acl":  # "a statement saying ...", "62 percent saying ...": the noun speaks
            return verb.head
        verb = verb.head
    return None


def antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: ``Smith`` in ``Smith, who said``."""
    if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl" and token.head.head is not token.head:
        return token.head.head
    return None


def _passive_speaker(cue: Token) -> Token | Literal[False] | None:
    """The agent of a passive cue; False when the cue is passive without one; None when it is active."""
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            return objects[0] if objects else False
    if any(child.dep_ == "nsubjpass" for child in cue.children):
        return False
    return None


def _participle_modifier(verb: Token) -> bool:
    """``a statement written by ...``: a past participle modifying a noun reports no speaker."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def phrase_span(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the name phrase headed by ``head``."""
    start = end = head.i
    for child in head.lefts:
        if child.dep_ in NAME_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    for child in head.rights:
        if child.i == end + 1 and (child.dep_ in NAME_RIGHT_DEPS or _behind_noun(head, child)):
            end = child.right_edge.i
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "case"):
        start += 1
    return start, end + 1


def char_span(head: Token) -> Span:
    start, end = phrase_span(head)
    doc = head.doc
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def actor_for(span: Span, head: Span, actors: Sequence[Actor]) -> Actor | None:
    """The actor mention that names the speaker phrase.

    One overlapping the phrase's head word wins (``Kremlin spokesman Dmitry
    Peskov`` is Peskov, not the Kremlin); otherwise the one with the largest
    overlap.
    """
    best: Actor | None = None
    best_key = (0, 0)
    for actor in actors:
        overlap = _overlap(span, actor.span)
        if overlap == 0:
            continue
        key = (1 if _overlap(head, actor.span) else 0, overlap)
        if key > best_key:
            best, best_key = actor, key
    return best


def is_personal_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" and token.lower_ in PERSONAL
