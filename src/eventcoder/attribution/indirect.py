"""Indirect quotes: a cue verb (or "according to") and the clause or object that carries what was said.

Forms handled:

* ``X said (that) …`` / ``X told reporters …`` / ``…, X said`` — the cue's
  clausal complement (``ccomp``);
* ``The economy, X said, is strong`` — a parenthetical cue (``parataxis``):
  the longer side of its host clause;
* ``X urged Y to …`` / ``X promised to …`` — an ``xcomp`` (with the object
  before it), for cues whose table row lists ``xcomp``;
* ``X announced the deal`` / ``X called for a ban`` / ``X accused Y of …``
  — an object (with its "of/for/over" reason), for cues whose row lists
  ``dobj``;
* ``X called it a mistake`` — the object and its predicate (``oprd``);
* ``Trump's claim that …`` — a noun cue's "that" clause, its possessor
  speaking;
* ``…, according to X`` / ``As X noted, …`` — the clause the phrase
  attaches to.

Cues inside quoted passages are left out (they are the quoted person's own
reports). A complement that is mostly one quoted passage ("saying he
\"has ...\"") is reported as a direct quote of that passage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventcoder.attribution.cues import Complement, CueLexicon, cue_lemma
from eventcoder.attribution.found import ACCORDING, CueHit, Found, cue_at
from eventcoder.attribution.marks import QuotedIndex, QuotedSpan
from eventcoder.records import QuoteKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEADING_MARKS = frozenset({"that"})
# "accused Moscow of ...", "praised Ankara for ...", "described him as ...", "shows Clinton with a lead"
REASON_PREPS = frozenset({"of", "for", "over", "as", "with"})
MIN_CONTENT_CHARS = 3
# first and second person: with a belief cue ("I think", "you know") not a reported position
CONVERSATIONAL_SPEAKERS = frozenset({"i", "we", "you"})
# how the parser attaches a frame that interrupts or closes the content it reports
FRAME_DEPS = frozenset({"parataxis", "conj", "ccomp"})


def _trimmed(doc: Doc, start: int, end: int) -> Span | None:
    """Char span of tokens [start, end) without leading "that" and edge punctuation."""
    while start < end and (doc[start].is_punct or doc[start].lower_ in LEADING_MARKS or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in '”"':
        end -= 1
    if start >= end:
        return None
    span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    return span if span[1] - span[0] >= MIN_CONTENT_CHARS else None


def _subtree(doc: Doc, token: Token) -> Span | None:
    return _trimmed(doc, token.left_edge.i, token.right_edge.i + 1)


def _host_minus(doc: Doc, host: Token, hole: Token) -> Span | None:
    """``host``'s clause around the parenthetical ``hole``.

    A hole at either edge ("…, he said") leaves the other side; a hole in the
    middle ("The economy, he said, is strong") keeps the whole clause, frame
    included, since a content span is one stretch of text.
    """
    left = (host.left_edge.i, hole.left_edge.i)
    right = (hole.right_edge.i + 1, host.right_edge.i + 1)
    words = [sum(1 for t in doc[a:b] if not t.is_punct) for a, b in (left, right)]
    if words[0] and words[1]:
        return _trimmed(doc, left[0], right[1])
    return _trimmed(doc, *(left if words[0] else right))


def _frame_clause(cue: Token) -> bool:
    """A cue set off by a comma from the clause it reports, without a complement of its own.

    ``The economy, he said, is strong`` (parataxis); ``…, he told reporters.``
    and ``Instead, Trump told CNN, his policy …`` (the parser hangs the frame on
    the content as ``conj`` or ``ccomp``).
    """
    if cue.head is cue or cue.dep_ not in FRAME_DEPS:
        return False
    if cue.dep_ == "parataxis":
        return True
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children) or not _children(cue, "nsubj"):
        return False
    doc = cue.doc
    if cue.i > cue.head.i:  # "..., he told reporters": the frame closes the sentence
        left = cue.left_edge.i
        while left < cue.i and doc[left].is_punct:
            left += 1
        return left > 0 and doc[left - 1].text == "," and cue.right_edge.i + 2 >= cue.sent.end
    after = cue.right_edge.i + 1
    return after < len(doc) and doc[after].text == ","


def _children(token: Token, dep: str) -> list[Token]:
    return [c for c in token.children if c.dep_ == dep]


def _content(doc: Doc, hit: CueHit) -> tuple[Span, str] | None:
    cue, token = hit.cue, hit.token
    if cue is ACCORDING:
        if token.head is token:
            return None
        span = _host_minus(doc, token.head, token)
        return (span, "according") if span else None
    if token.dep_ == "advcl" and any(m.lower_ == "as" for m in _children(token, "mark")):
        span = _host_minus(doc, token.head, token)  # "As the Times reported, ..."
        return (span, "as") if span else None
    if Complement.CCOMP in cue.complements:
        for comp in _children(token, "ccomp"):
            # "a letter that he said was drafted by ...": the relative word opens the
            # complement before the frame; the content is what follows the cue
            wrapped = comp.left_edge.i < token.i < comp.i
            start = token.i + 1 if wrapped else comp.left_edge.i
            span = _trimmed(doc, start, comp.right_edge.i + 1)
            if span:
                return span, "ccomp"
        if _frame_clause(token):
            span = _host_minus(doc, token.head, token)
            if span:
                return span, "parataxis"
    if Complement.XCOMP in cue.complements:
        for comp in _children(token, "xcomp"):
            objects = [o for o in _children(token, "dobj") if o.i < comp.i]
            start = objects[0].left_edge.i if objects else comp.left_edge.i
            span = _trimmed(doc, start, comp.right_edge.i + 1)
            if span:
                return span, "xcomp"
    if Complement.ACL in cue.complements:
        for clause in _children(token, "acl"):
            if any(m.lower_ == "that" for m in _children(clause, "mark")):
                span = _subtree(doc, clause)
                if span:
                    return span, "noun"
    if Complement.OPRD in cue.complements:
        predicates = _children(token, "oprd")
        objects = [o for o in _children(token, "dobj") if predicates and o.i < predicates[0].i]
        if objects:
            span = _trimmed(doc, objects[0].left_edge.i, predicates[0].right_edge.i + 1)
            if span:
                return span, "oprd"
    if Complement.DOBJ in cue.complements:
        objects = _children(token, "dobj") + [
            g
            for p in _children(token, "prep")
            if f"{cue_lemma(token)} {p.lower_}" == cue.key
            for g in p.children
        ]
        for obj in objects:
            reasons = [p for p in _children(token, "prep") if p.i > obj.i and p.lower_ in REASON_PREPS]
            end = max([obj.right_edge.i, *(p.right_edge.i for p in reasons)])
            span = _trimmed(doc, obj.left_edge.i, end + 1)
            if span:
                return span, "dobj"
    return None


def _conversational(hit: CueHit) -> bool:
    """``I think``, ``you know``, ``we want``: a belief cue (no statement code) whose
    speaker is the writer or the reader voices no one's reported position."""
    if hit.cue.cameo is not None:
        return False
    return hit.speaker.lower_ in CONVERSATIONAL_SPEAKERS or hit.token.tag_ == "VB"


def _mostly_quoted(span: Span, quotes: Sequence[QuotedSpan]) -> QuotedSpan | None:
    """The quoted passage that makes up most of ``span``, if one does."""
    length = span[1] - span[0]
    for q in quotes:
        overlap = min(span[1], q.outer[1]) - max(span[0], q.outer[0])
        if overlap > 0.8 * length:
            return q
    return None


def find_indirect(doc: Doc, quotes: Sequence[QuotedSpan], lexicon: CueLexicon) -> tuple[Found, ...]:
    """Every cue outside quoted passages with a speaker and a content that is not itself a quote."""
    out: list[Found] = []
    in_quotes = QuotedIndex(quotes)
    for token in doc:
        if not lexicon.may_open(token) and token.lower_ != "according":  # most words: no cue
            continue
        if token.idx in in_quotes:
            continue
        hit = cue_at(token, lexicon)
        if hit is None or hit.speaker.idx in in_quotes or _conversational(hit):
            continue
        found = _content(doc, hit)
        if found is None:
            continue
        content, via = found
        speaker_i = hit.speaker.i
        if content[0] <= doc[speaker_i].idx < content[1] and via not in ("parataxis", "according", "as"):
            continue
        quoted = _mostly_quoted(content, quotes)
        if quoted is not None:  # 'saying he "has ..."': a direct quote the frame finder could not reach
            out.append(Found(QuoteKind.DIRECT, quoted.content, hit.cue, hit.span, speaker_i, f"{via}-quoted"))
        else:
            out.append(Found(QuoteKind.INDIRECT, content, hit.cue, hit.span, speaker_i, via))
    return tuple(out)
