"""Is a capital a place or a government here? Decided from the dependency parse.

"Peskov told reporters in Moscow" — Moscow is where it happened, not who did
it. A capital (or seat) stays a place when the noun phrase it heads (or is a
compound of, "in the Moscow region") is

* the object of a locative preposition (in, at, near, inside, outside, ...);
* the object of a directional preposition (to, from, into, toward) that hangs
  on a motion verb ("flew to Moscow", "returned from Ankara");
* the object of a verb or adjective of adjacency ("bordering Russia").

Everything else ("Ankara urged Moscow", "accuses Moscow of", "a statement
released by Ankara", "relations with Moscow") is the government.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "beyond"}
)
DIRECTIONAL_PREPS = frozenset({"to", "from", "into", "toward", "towards", "via", "through"})
MOTION_LEMMAS = frozenset(
    {
        "go",
        "come",
        "travel",
        "fly",
        "arrive",
        "return",
        "head",
        "move",
        "drive",
        "march",
        "flee",
        "leave",
        "depart",
        "relocate",
        "deploy",
        "evacuate",
        "transfer",
        "bring",
        "take",
        "trip",
        "visit",
        "journey",
        "route",
        "advance",
        "retreat",
        "withdraw",
        "escape",
        "commute",
        "emigrate",
        "immigrate",
        "migrate",
    }
)
ADJACENCY_LEMMAS = frozenset({"border", "neighbor", "neighbour", "adjoin", "surround"})


def _phrase_head(span: Span) -> Token:
    """The token that carries the phrase's role: the root, lifted over compound/amod links."""
    tok = span.root
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head is not tok:
        if tok.dep_ == "poss":
            return tok  # "Moscow's decision": a possessor, never a place
        tok = tok.head
    return tok


def is_locative(span: Span) -> bool:
    """True when the phrase names where something happened rather than who acted."""
    tok = _phrase_head(span)
    head = tok.head
    if tok.dep_ == "pobj":
        prep = head.lower_
        if prep in LOCATIVE_PREPS:
            return True
        if prep in DIRECTIONAL_PREPS:
            governor = head.head
            return governor.lemma_.lower() in MOTION_LEMMAS
        return False
    return bool(tok.dep_ in ("dobj", "obj", "pobj", "npadvmod") and head.lemma_.lower() in ADJACENCY_LEMMAS)
