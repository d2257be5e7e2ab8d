"""Which toponym, if any, is where an event happened.

The parse ties a place to an act through a locative preposition that hangs off
the event's verb, directly ("clashed in Donetsk") or through the verb's
arguments ("an interview with reporters in Moscow", "in the city of Mariupol",
"in two eastern regions of Ukraine"). The search walks down from the
verb without entering other clauses; the shallowest locative phrase wins, and
inside it the toponym nearest to the preposition. A locative phrase without a
place name of its own ("on the border") takes the nearest toponym in the
sentence that is itself the object of a locative preposition. Toponyms that
are the event's source or target, nationality adjectives and a legislator's
home in a party tag ("D-Columbus") are never its place, nor is a landmark a verb
inside the phrase names ("in two eastern regions bordering Russia": not Russia).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventcoder.geo.toponym import Toponym, ToponymSource
from eventcoder.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "near",
        "inside",
        "outside",
        "across",
        "on",
        "around",
        "throughout",
        "within",
        "along",
        "off",
    }
)
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "csubj", "parataxis", "conj", "xcomp"})
MAX_DEPTH = 6


_NEVER_PLACES = frozenset({ToponymSource.DEMONYM, ToponymSource.HOME})


def event_place(
    verb: Token, toponyms: Sequence[Toponym], exclude: Sequence[Span | None] = ()
) -> Toponym | None:
    """The toponym where the act of ``verb`` took place, or None when the sentence does not say."""
    sent = verb.sent
    usable = [
        t
        for t in toponyms
        if sent.start_char <= t.start < sent.end_char
        and t.source not in _NEVER_PLACES
        and not any(span and span[0] < t.end and t.start < span[1] for span in exclude)
    ]
    if not usable:
        return None
    phrases = locative_phrases(verb)
    for prep in phrases:
        inside = _toponyms_under(prep, usable)
        if inside:
            return min(inside, key=lambda t: abs(t.start - prep.idx))
    if phrases:
        anywhere = [t for t in usable if _object_of_locative(t, verb)]
        if anywhere:
            return min(anywhere, key=lambda t: abs(t.start - phrases[0].idx))
    return None


def locative_phrases(verb: Token) -> list[Token]:
    """Locative prepositions under the verb, shallowest first, not crossing into other clauses."""
    found: list[Token] = []
    frontier, depth = [verb], 0
    while frontier and depth < MAX_DEPTH:
        following: list[Token] = []
        for token in frontier:
            for child in token.children:
                if child.dep_ in _CLAUSE_DEPS or (
                    child.pos_ == "VERB" and child.dep_ not in ("acl", "pcomp")
                ):
                    continue
                if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS:
                    found.append(child)
                following.append(child)
        frontier, depth = following, depth + 1
    return found


def _toponyms_under(prep: Token, toponyms: Sequence[Toponym]) -> list[Toponym]:
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    out: list[Toponym] = []
    for obj in objects:
        start = obj.left_edge.idx
        end = obj.right_edge.idx + len(obj.right_edge.text)
        out += [t for t in toponyms if start <= t.start and t.end <= end and not _behind_a_verb(t, obj)]
    return out


def _behind_a_verb(toponym: Toponym, obj: Token) -> bool:
    """The toponym hangs off a verb inside the phrase, so it is a landmark of the place, not the place:
    "in two eastern regions bordering Russia", "in areas held by Russia" (but "in the city of
    Mariupol", "in eastern Ukraine's Donbass")."""
    node = _head_of(toponym, obj)
    while node is not None and node.i != obj.i and node.head.i != node.i:
        node = node.head
        if node.i != obj.i and node.pos_ in ("VERB", "AUX"):
            return True
    return False


def _head_of(toponym: Toponym, within: Token) -> Token | None:
    """The token of ``within``'s phrase that heads the toponym's words."""
    for token in within.subtree:
        if toponym.start <= token.idx < toponym.end:
            head = token
            while head.head.i != head.i and toponym.start <= head.head.idx < toponym.end:
                head = head.head
            return head
    return None


def _object_of_locative(toponym: Toponym, verb: Token) -> bool:
    """The toponym heads the object of a locative preposition somewhere in the verb's sentence."""
    for token in verb.sent:
        if token.idx < toponym.start or token.idx >= toponym.end:
            continue
        head = token
        while head.head.i != head.i and head.head.idx >= toponym.start and head.head.idx < toponym.end:
            head = head.head
        return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS
    return False
