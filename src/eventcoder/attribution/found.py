"""What the finders return before speakers are resolved, and the cue test both finders share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventcoder.attribution.cues import Complement, Cue, CueLexicon
from eventcoder.attribution.speakers import subject_of
from eventcoder.records import QuoteKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# "according to X" is a cue without a verb: the speaker is the object of "to".
ACCORDING = Cue(key="according to", cameo="010", complements=frozenset({Complement.CCOMP}))
CUE_POS = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})


@dataclass(frozen=True, slots=True)
class Found:
    """An attribution located in a parsed doc: token indexes, char spans, no resolution yet."""

    kind: QuoteKind
    content: Span
    cue: Cue
    cue_span: Span
    speaker_i: int  # the head token of the speaker phrase
    via: str  # which form found it: "post", "pre", "continued", "ccomp", "according", ...


@dataclass(frozen=True, slots=True)
class CueHit:
    cue: Cue
    token: Token
    speaker: Token
    span: Span


def token_span(token: Token) -> Span:
    return (token.idx, token.idx + len(token))


def cue_at(token: Token, lexicon: CueLexicon, fragment_start: int | None = None) -> CueHit | None:
    """The cue ``token`` opens, with its speaker, or None when it opens none or has no speaker.

    With ``fragment_start`` (a post-frame: ``"…," NAME, TITLE, said``), a cue
    the parser left without a subject takes the noun phrase between
    ``fragment_start`` and the cue: the parser often hangs that phrase on the
    quote instead.
    """
    if token.lower_ == "according":
        for child in token.children:
            if child.lower_ == "to":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    span = (token.idx, child.idx + len(child))
                    return CueHit(ACCORDING, token, objects[0], span)
        return None
    if token.pos_ == "NOUN":
        return _noun_cue(token, lexicon)
    if token.pos_ not in CUE_POS:
        return None
    cue = lexicon.match(token)
    if cue is None:
        return None
    speaker = subject_of(token)
    if speaker is None and fragment_start is not None:
        speaker = _fragment_head(token, fragment_start)
    if speaker is None:
        return None
    return CueHit(cue, token, speaker, token_span(token))


def _noun_cue(token: Token, lexicon: CueLexicon) -> CueHit | None:
    """``Trump's claim that ...``: a noun cue speaks through its possessor."""
    cue = lexicon.match(token)
    if cue is None:
        return None
    owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if not owners:
        return None
    return CueHit(cue, token, owners[0], token_span(token))


def _fragment_head(cue: Token, start: int) -> Token | None:
    """The first nominal in doc[start:cue] whose head lies outside that range."""
    doc = cue.doc
    for token in doc[start : cue.i]:
        if token.pos_ in NOMINAL and not (start <= token.head.i < cue.i):
            return token
    return None


def char_to_token(doc: Doc, offset: int) -> int | None:
    """Index of the token holding character ``offset`` (or the next one), None past the end."""
    # A token's trailing whitespace is one space and belongs to no token: the next token starts
    # right after it (a scan over the tokens, as before, costs a Token object per token).
    for start in (offset, offset + 1):
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and len(span):
            return int(span.start)
    return None
