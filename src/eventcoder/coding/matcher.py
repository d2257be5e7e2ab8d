"""Find dictionary verbs in a parse and match their patterns against the clause.

A verb token is looked up by lemma (then surface form); multi-word verbs need
their other words next to it ("beef up", "re-arrest") or attached as particles.
Patterns are matched over the clause's words: PRE terms in order before the
verb, POST terms in order after it. The most specific matching pattern wins;
``$``/``+`` markers say where the pattern expects the source and target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventcoder.coding.patterns import Code, Marker, Pattern, Term
from eventcoder.coding.verbs import VerbDictionary, VerbForm

if TYPE_CHECKING:
    from spacy.tokens import Token

_SKIPPABLE = frozenset({"THE", "A", "AN", "ITS", "THEIR", "HIS", "HER"})


@dataclass(frozen=True, slots=True)
class VerbHit:
    """A dictionary verb found at a token: the forms that fit, most specific first."""

    forms: tuple[VerbForm, ...]
    tokens: tuple[int, ...]  # doc indexes of every word of the verb (main word first)

    @property
    def form(self) -> VerbForm:
        return self.forms[0]


@dataclass(frozen=True, slots=True)
class PatternMatch:
    code: Code
    pattern: Pattern | None  # None: the verb's own code
    source_at: int | None = None  # doc index where the pattern puts the source ($)
    target_at: int | None = None  # doc index where the pattern puts the target (+)
    compound: bool = False  # % : the members of a compound actor act on each other


def find_verb(token: Token, verbs: VerbDictionary) -> VerbHit | None:
    """The dictionary verb at ``token``, if any (multi-word forms are preferred when they fit)."""
    candidates = verbs.lookup(token.lemma_, token.text)
    if not candidates:
        return None
    fitting: list[tuple[int, int, VerbForm, tuple[int, ...]]] = []
    for order, form in enumerate(candidates):
        extra = _multiword_tokens(token, form)
        if extra is not None:
            fitting.append((-(len(form.front) + len(form.back)), order, form, extra))
    if not fitting:
        return None
    fitting.sort(key=lambda f: (f[0], f[1]))
    best_extra = fitting[0][3]
    return VerbHit(forms=tuple(f[2] for f in fitting), tokens=(token.i, *best_extra))


def _multiword_tokens(token: Token, form: VerbForm) -> tuple[int, ...] | None:
    """Doc indexes of the form's other words around ``token``, or None when they are not there."""
    doc = token.doc
    extra: list[int] = []
    if form.back:
        particles = [
            c for c in token.children if c.dep_ in {"prt", "prep", "advmod", "dobj"} and c.i > token.i
        ]
        i = token.i + 1
        for word in form.back:
            near = next((p for p in particles if _same(word, p) and p.i not in extra), None)
            if near is not None:
                extra.append(near.i)
            elif i < len(doc) and _same(word, doc[i]):
                extra.append(i)
            else:
                return None
            i = extra[-1] + 1
    if form.front:
        i = token.i - 1
        for word in reversed(form.front):
            while i >= 0 and doc[i].text in {"-", "_"}:
                i -= 1
            if i < 0 or not _same(word, doc[i]):
                return None
            extra.append(i)
            i -= 1
    return tuple(extra)


def _same(word: str, token: Token) -> bool:
    return token.text.upper() == word or token.lemma_.upper() == word


def match_patterns(
    hit: VerbHit, verbs: VerbDictionary, pre: Sequence[Token], post: Sequence[Token]
) -> PatternMatch:
    """The best pattern of the verb's blocks that matches; else the verb's own code."""
    best: tuple[int, int, PatternMatch] | None = None
    seen_blocks: set[int] = set()
    used = set(hit.tokens)
    pre = [t for t in pre if t.i not in used]
    post = [t for t in post if t.i not in used]
    rank = 0
    for form in hit.forms:
        if form.block in seen_blocks:
            continue
        seen_blocks.add(form.block)
        for pattern in verbs.patterns(form):
            rank += 1
            found = _match(pattern, pre, post)
            if found is not None and (best is None or pattern.specificity > best[0]):
                best = (pattern.specificity, rank, found)
    if best is not None:
        return best[2]
    return PatternMatch(code=hit.form.code, pattern=None)


def _match(pattern: Pattern, pre: Sequence[Token], post: Sequence[Token]) -> PatternMatch | None:
    marks: dict[Marker, int | None] = {}
    if not _match_terms(pattern.pre, pre, marks) or not _match_terms(pattern.post, post, marks):
        return None
    return PatternMatch(
        code=pattern.code,
        pattern=pattern,
        source_at=marks.get(Marker.SOURCE),
        target_at=marks.get(Marker.TARGET),
        compound=Marker.COMPOUND in marks,
    )


def _match_terms(terms: Sequence[Term], tokens: Sequence[Token], marks: dict[Marker, int | None]) -> bool:
    cursor = 0
    for term in terms:
        if term.marker is not None:
            marks[term.marker] = tokens[cursor].i if cursor < len(tokens) else None
            continue
        found = _find(term, tokens, cursor)
        if found is None:
            return False
        cursor = found
    return True


def _find(term: Term, tokens: Sequence[Token], start: int) -> int | None:
    for i in range(start, len(tokens)):
        if term.prep and not _is_preposition(tokens[i], bare=term.bare):
            continue
        end = _match_slots(term, 0, tokens, i)
        if end is not None:
            return end
    return None


def _is_preposition(token: Token, *, bare: bool) -> bool:
    """A pattern's "(PREP ...)" needs a real preposition; a bare "(WITH)" one whose object is no date."""
    if token.dep_ not in {"prep", "agent", "dative", "prt"} and token.pos_ != "ADP":
        return False
    if not bare:
        return True
    objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp"}]
    return bool(objects) and all(o.ent_type_ not in {"DATE", "TIME"} for o in objects)


def _match_slots(term: Term, slot: int, tokens: Sequence[Token], i: int) -> int | None:
    if slot == len(term.slots):
        return i
    for words in term.slots[slot]:
        j = _match_words(words, tokens, i)
        if j is not None:
            end = _match_slots(term, slot + 1, tokens, j)
            if end is not None:
                return end
    return None


def _match_words(words: Sequence[str], tokens: Sequence[Token], i: int) -> int | None:
    for word in words:
        while i < len(tokens) and tokens[i].text.upper() in _SKIPPABLE and word not in _SKIPPABLE:
            i += 1
        if i >= len(tokens) or not _same(word, tokens[i]):
            return None
        i += 1
    return i
