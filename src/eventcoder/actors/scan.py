"""Find dictionary matches in a parsed Doc: actor phrases and agent phrases, longest first.

The Doc's tokens are cut into folded word pieces (``normalize.iter_pieces``);
a match must start at a token start (or right after a hyphen inside a token,
as in ``U.S.-led``) and end at a token end (or right before a hyphen). At each
position the longer of the actor and agent matches wins; actors win ties.
Actor phrases must start with a capitalised word ("Turkey", not "turkey";
"U.S.", not the pronoun "us") unless the word is tagged an adjective ("tunisian
rioters", for country entries only); agents ("troops", "government") need not. When an actor and an agent
phrase are equally long and an actor ends right before (possibly with "'s"), the
agent reading wins: "Rwanda's Senate" is Rwanda's legislature, not the US Senate.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.actors.normalize import token_pieces
from eventcoder.actors.reader import ActorEntry, AgentEntry
from eventcoder.nlp.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


class MatchKind(enum.StrEnum):
    ACTOR = "actor"
    AGENT = "agent"


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary phrase found in the Doc: token range [start, end) and char range."""

    kind: MatchKind
    start: int
    end: int
    char_start: int
    char_end: int
    actor: ActorEntry | None = None
    agent: AgentEntry | None = None


@dataclass(slots=True)
class PieceStream:
    """The Doc as folded word pieces, each knowing its token and char offsets."""

    text: str
    keys: list[str]
    token: list[int]
    starts: list[int]
    ends: list[int]
    can_start: list[bool]
    can_end: list[bool]

    @classmethod
    def from_doc(cls, doc: Doc) -> PieceStream:
        text = doc_text(doc)
        stream = cls(text, [], [], [], [], [], [])
        keys, token, starts, ends = stream.keys, stream.token, stream.starts, stream.ends
        can_start, can_end = stream.can_start, stream.can_end
        for tok in doc:
            pieces = token_pieces(tok.text)
            base, i = tok.idx, tok.i
            if len(pieces) == 1:  # most tokens: one piece, which may start and end a phrase
                keys.append(pieces[0].text)
                token.append(i)
                starts.append(base + pieces[0].start)
                ends.append(base + pieces[0].end)
                can_start.append(True)
                can_end.append(True)
                continue
            for n, piece in enumerate(pieces):
                start, end = base + piece.start, base + piece.end
                keys.append(piece.text)
                token.append(i)
                starts.append(start)
                ends.append(end)
                can_start.append(n == 0 or text[start - 1] == "-")
                can_end.append(n == len(pieces) - 1 or text[end : end + 1] == "-")
        return stream


def _may_start_actor(doc: Doc, stream: PieceStream, i: int, entry: ActorEntry) -> bool:
    first = stream.text[stream.starts[i] : stream.starts[i] + 1]
    if first.isupper() or first.isdigit():
        return True
    # a lower-case nationality adjective ("tunisian rioters"), never a common word ("new order")
    return doc[stream.token[i]].pos_ == "ADJ" and any(len(c.code) == 3 for c in entry.codes)


def _after_actor(doc: Doc, matches: list[Match], token: int) -> bool:
    """Does an actor phrase end right before ``token`` (allowing a possessive in between)?"""
    if not matches or matches[-1].kind is not MatchKind.ACTOR:
        return False
    between = [doc[t].lower_ for t in range(matches[-1].end, token)]
    return between in ([], ["'s"], ["’s"], ["'"], ["’"])


def scan(doc: Doc, dictionary: ActorDictionary) -> list[Match]:
    """Every actor and agent phrase in the Doc, non-overlapping, in text order."""
    stream = PieceStream.from_doc(doc)
    sent_end = _sentence_piece_ends(doc, stream)
    matches: list[Match] = []
    i, n = 0, len(stream.keys)
    while i < n:
        if not stream.can_start[i]:
            i += 1
            continue
        stop = sent_end[i]
        actor = dictionary.actor_trie.longest(stream.keys, i, stop, stream.can_end)
        if actor is not None and not _may_start_actor(doc, stream, i, actor[1]):
            actor = None
        agent = dictionary.agent_trie.longest(stream.keys, i, stop, stream.can_end)
        if actor is None and agent is None:
            i += 1
            continue
        tie_to_agent = agent is not None and actor is not None and actor[0] == agent[0]
        if tie_to_agent and _after_actor(doc, matches, stream.token[i]):
            actor = None
        if actor is not None and (agent is None or actor[0] >= agent[0]):
            length, kind = actor[0], MatchKind.ACTOR
        else:
            assert agent is not None
            length, kind = agent[0], MatchKind.AGENT
        last = i + length - 1
        matches.append(
            Match(
                kind,
                stream.token[i],
                stream.token[last] + 1,
                stream.starts[i],
                _end_char(doc, stream, last),
                actor=actor[1] if kind is MatchKind.ACTOR and actor else None,
                agent=agent[1] if kind is MatchKind.AGENT and agent else None,
            )
        )
        i = last + 1
    return matches


def _end_char(doc: Doc, stream: PieceStream, last: int) -> int:
    """Include an abbreviation's final period: ``U.S.`` rather than ``U.S``."""
    end = stream.ends[last]
    tok = doc[stream.token[last]]
    if stream.text[end : end + 1] == "." and end + 1 == tok.idx + len(tok.text):
        return end + 1
    return end


def _sentence_piece_ends(doc: Doc, stream: PieceStream) -> list[int]:
    """For each piece, the index one past the last piece of its sentence."""
    if not doc.has_annotation("SENT_START"):
        return [len(stream.keys)] * len(stream.keys)
    sent_of_token = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            sent_of_token[t] = n
    ends = [0] * len(stream.keys)
    end = len(stream.keys)
    for i in range(len(stream.keys) - 1, -1, -1):
        if i + 1 < len(stream.keys) and sent_of_token[stream.token[i]] != sent_of_token[stream.token[i + 1]]:
            end = i + 1
        ends[i] = end
    return ends
