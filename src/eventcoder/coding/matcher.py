"""Find dictionary verbs in a parse and match their patterns against the clause.

A verb token is looked up by lemma (then surface form); multi-word verbs need
their other words next to it ("beef up", "re-arrest") or attached as particles.
Patterns are matched over the clause's words: PRE terms in order before the
verb, POST terms in order after it. The most specific matching pattern wins;
``$``/``+`` markers say where the pattern expects the source and target.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventcoder.coding.patterns import Code, Marker, Pattern, Term
from eventcoder.coding.verbs import VerbDictionary, VerbForm

if TYPE_CHECKING:
    from spacy.tokens import Token

_SKIPPABLE = frozenset({"THE", "A", "AN", "ITS", "THEIR", "HIS", "HER"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "nsubjpass"})  # a passive subject is the object
# Words that, as a pattern's only word after the verb ("- * UP [080]" in GIVE: "give up"), are the
# verb's particle: they match only a word the parse attaches to the verb, not "up" in "up to 50",
# nor "into" in "need to put money into Japan" (NEED shares PUSH's "* (INTO) [192]").
PARTICLES = frozenset({"UP", "DOWN", "OFF", "OUT", "BACK", "AWAY", "OVER", "IN", "ON", "INTO"})


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
    last_at: int | None = None  # doc index of the last word the pattern matched after the verb


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
    hit: VerbHit,
    verbs: VerbDictionary,
    pre: Sequence[Token],
    post: Sequence[Token],
    foreign: frozenset[int] = frozenset(),
    attached: frozenset[int] | None = None,
) -> PatternMatch:
    """The best pattern of the verb's blocks that matches; else the verb's own code.

    ``foreign``: tokens of the clause whose prepositions belong to another verb (a that-clause
    with its own subject): their words match, but a "(PREP ...)" phrase cannot open there.
    ``attached``: when given, the only prepositions where a "(PREP ...)" phrase may open (those
    whose phrase is the verb's, ``syntax.phrase_prepositions``).
    """
    best: tuple[tuple[int, bool, int], int, PatternMatch] | None = None
    seen_blocks: set[int] = set()
    used = set(hit.tokens)
    before = _Words.of([t for t in pre if t.i not in used], foreign, attached)
    after = _Words.of([t for t in post if t.i not in used], foreign, attached)
    written = frozenset(before.text + after.text)  # the clause's words as written, not as lemmas
    modifiers = frozenset(t.i for t in post if t.dep_ == "compound")  # "weapons" in "weapons inspectors"
    nearness = _Nearness(post, hit.tokens[0])
    # the words of the verb (or its noun) and of its objects: where its particle or bare preposition
    # may stand ("demanded action against Russia"), not in another verb's clause
    owners = used | {t.i for t in post if t.head.i == hit.tokens[0] and t.dep_ in _OBJECT_DEPS}
    on_verb = frozenset(t.i for t in post if t.head.i in owners)
    offset = 0  # patterns of the blocks already tried: ranks stay those of a full scan
    for form in hit.forms:
        if form.block in seen_blocks:
            continue
        seen_blocks.add(form.block)
        block = verbs.blocks[form.block]
        for n in block.index.candidates(before.present, after.present):
            pattern = block.pattern(n, form.verb)
            rank = offset + n
            if not (_may_match(pattern.pre, before) and _may_match(pattern.post, after)):
                continue
            found = _match(pattern, before, after)
            if found is None or (_particle_only(pattern) and found.last_at not in on_verb):
                continue
            # Equally specific patterns: the one whose last word is a noun's head, not a noun
            # modifying another ("withdrew weapons inspectors": "* INSPECTORS" over "* WEAPONS"),
            # then the one written with the clause's own word forms ("lifted sanctions": "*
            # SANCTIONS [085]" over "* SANCTION [0351]", met by lemma), then the one whose words
            # end nearer the verb in the parse, then in the text ("stopped work on the first day of
            # a strike": "* WORK [143]", the object, over "* STRIKE [087]"); file order on a full tie.
            key = (pattern.specificity, found.last_at not in modifiers, _surface_words(pattern, written))
            if best is None or key > best[0] or (key == best[0] and _nearer(found, best[2], nearness)):
                best = (key, rank, found)
        offset += len(block.patterns)
    if best is not None:
        return best[2]
    return PatternMatch(code=hit.form.code, pattern=None)


def _particle_only(pattern: Pattern) -> bool:
    """Whether the pattern's only word after the verb is a particle ("* UP") or a bare preposition
    ("* (INTO)" in PUSH: "push into"), which must then be the verb's own."""
    words = [t for t in pattern.post if t.marker is None]
    if len(words) != 1 or len(words[0].slots) != 1:
        return False
    term = words[0]
    if term.bare:
        return True
    return not term.prep and all(len(alt) == 1 and alt[0] in PARTICLES for alt in term.slots[0])


def _nearer(found: PatternMatch, other: PatternMatch, nearness: _Nearness) -> bool:
    """Whether ``found`` ends nearer the verb than ``other``, both matched after it: fewer steps
    from the verb in the parse ("staged a strike in prison in protest": "in protest" is the verb's
    own phrase, "in prison" the object's), then fewer words from it."""
    if found.last_at is None or other.last_at is None:
        return False
    return nearness.of(found.last_at) < nearness.of(other.last_at)


class _Nearness:
    """How near the verb each word after it stands: (steps up the parse to the verb, position).
    Read only for the words that end tied patterns, which few clauses have."""

    __slots__ = ("_known", "_post", "_verb")

    def __init__(self, post: Sequence[Token], verb: int) -> None:
        self._post = {t.i: t for t in post}
        self._verb = verb
        self._known: dict[int, tuple[int, int]] = {}

    def of(self, i: int) -> tuple[int, int]:
        token = self._post.get(i)
        if token is None:  # not after the verb: farther than any word that is
            return (len(self._post) + 1, 0)
        if i not in self._known:
            self._known[i] = (_depth(token, self._verb), i)
        return self._known[i]


def _depth(token: Token, verb: int) -> int:
    """Steps up the parse from ``token`` to the verb (a large number when it is not below it)."""
    steps = 0
    while token.i != verb and token.head is not token and steps < 64:
        token, steps = token.head, steps + 1
    return steps if token.i == verb else 64


@dataclass(frozen=True, slots=True)
class _Words:
    """One half of a clause read once into plain strings: patterns are matched on these.

    Reading ``Token`` attributes builds Python objects on every access; a verb's
    patterns (dozens, with synonym sets of dozens of words) would read each
    token thousands of times.
    """

    index: tuple[int, ...]  # doc index of each token
    text: tuple[str, ...]  # upper-cased surface forms
    lemma: tuple[str, ...]  # upper-cased lemmas
    prep: tuple[bool, ...]  # can open a "(PREP ...)" phrase
    bare_prep: tuple[bool, ...]  # can open a bare "(WITH)" phrase
    reach: tuple[int, ...]  # doc index of the last word of each token's phrase (its subtree)
    present: frozenset[str]  # every form and lemma in the half

    @classmethod
    def of(
        cls,
        tokens: Sequence[Token],
        foreign: frozenset[int] = frozenset(),
        attached: frozenset[int] | None = None,
    ) -> _Words:
        index: list[int] = []
        text: list[str] = []
        lemma: list[str] = []
        prep: list[bool] = []
        bare: list[bool] = []
        reach: list[int] = []
        for t in tokens:  # one pass: each Token attribute read builds a Python object
            index.append(t.i)
            text.append(t.text.upper())
            lemma.append(t.lemma_.upper())
            opens = (
                t.i not in foreign
                and (attached is None or t.i in attached)
                and _is_preposition(t, bare=False)
            )
            prep.append(opens)
            bare.append(opens and _is_preposition(t, bare=True))
            reach.append(t.right_edge.i if opens else t.i)
        return cls(
            tuple(index),
            tuple(text),
            tuple(lemma),
            tuple(prep),
            tuple(bare),
            tuple(reach),
            frozenset(text + lemma),
        )


def _surface_words(pattern: Pattern, written: frozenset[str]) -> int:
    """How many of the pattern's required words stand in the clause as written (not as lemmas)."""
    return sum(
        1 for terms in (pattern.pre, pattern.post) for term in terms for need in term.needs if need & written
    )


def _may_match(terms: Sequence[Term], words: _Words) -> bool:
    """False when some slot's first words are all absent from the clause half (it cannot match)."""
    present = words.present
    return all(not need.isdisjoint(present) for term in terms for need in term.needs)


def _match(pattern: Pattern, pre: _Words, post: _Words) -> PatternMatch | None:
    marks: dict[Marker, int | None] = {}
    if _match_terms(pattern.pre, pre, marks) is None:
        return None
    end = _match_terms(pattern.post, post, marks)
    if end is None:
        return None
    return PatternMatch(
        code=pattern.code,
        pattern=pattern,
        source_at=marks.get(Marker.SOURCE),
        target_at=marks.get(Marker.TARGET),
        compound=Marker.COMPOUND in marks,
        last_at=post.index[end - 1] if end > 0 else None,
    )


def _match_terms(
    terms: Sequence[Term],
    words: _Words,
    marks: dict[Marker, int | None],
    cursor: int = 0,
    limit: int | None = None,
) -> int | None:
    """Match the terms in order: the position after the last matched word, or None.

    The words of a "(PREP ...)" phrase must lie in the phrase the preposition opens (up to
    ``limit``, the doc index of its last word): "(IN SUPPORT)" is not "in politics, ... and
    support". Each preposition that fits is tried in turn.
    """
    for k, term in enumerate(terms):
        if term.marker is not None:
            marks[term.marker] = words.index[cursor] if cursor < len(words.index) else None
            continue
        if term.prep:
            for start, end in _starts(term, words, cursor):
                found = _match_terms(terms[k + 1 :], words, marks, end, words.reach[start])
                if found is not None:
                    return found
            return None
        found = _find(term, words, cursor, limit if term.in_phrase else None)
        if found is None:
            return None
        cursor = found
    return cursor


def _starts(term: Term, words: _Words, start: int) -> Iterator[tuple[int, int]]:
    """Where a preposition's term matches from ``start`` on: (its position, the position after it)."""
    opens = words.bare_prep if term.bare else words.prep
    for i in range(start, len(words.index)):
        if opens[i]:
            end = _match_slots(term, 0, words, i)
            if end is not None:
                yield i, end


def _find(term: Term, words: _Words, start: int, limit: int | None = None) -> int | None:
    for i in range(start, len(words.index)):
        if limit is not None and words.index[i] > limit:
            return None
        end = _match_slots(term, 0, words, i)
        if end is not None:
            return end if limit is None or words.index[end - 1] <= limit else None
    return None


def _is_preposition(token: Token, *, bare: bool) -> bool:
    """A pattern's "(PREP ...)" needs a real preposition; a bare "(WITH)" one whose object is no date."""
    if token.dep_ not in {"prep", "agent", "dative", "prt"} and token.pos_ != "ADP":
        return False
    if not bare:
        return True
    objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp"}]
    return bool(objects) and all(o.ent_type_ not in {"DATE", "TIME"} for o in objects)


def _match_slots(term: Term, slot: int, words: _Words, i: int) -> int | None:
    if slot == len(term.slots):
        return i
    for alternative in term.slots[slot]:
        j = _match_words(alternative, words, i)
        if j is not None:
            end = _match_slots(term, slot + 1, words, j)
            if end is not None:
                return end
    return None


def _match_words(alternative: Sequence[str], words: _Words, i: int) -> int | None:
    text, lemma, n = words.text, words.lemma, len(words.text)
    for word in alternative:
        if word not in _SKIPPABLE:
            while i < n and text[i] in _SKIPPABLE:
                i += 1
        if i >= n or (text[i] != word and lemma[i] != word):
            return None
        i += 1
    return i
