"""Verb patterns of a PETRARCH verb dictionary, parsed into matchable terms.

A pattern line reads ``- PRE * POST [CODE]``: words that must come before the
verb (``PRE``) and after it (``POST``). Inside each half:

* ``WORD`` a word; ``A_B`` consecutive words; ``{A B}`` a noun phrase (consecutive
  words, head last); ``(PREP NOUN ...)`` a prepositional phrase;
* ``&SET`` any phrase of a synonym set (plurals included);
* ``$`` where the source actor is, ``+`` where the target actor is, ``%`` a
  compound actor whose members act on each other; ``^`` skips a phrase.

Codes are ``[ddd]``, ``[---]`` (no event) or ``[ddd:eee]`` (a paired event:
``ddd`` source→target and ``eee`` target→source).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from eventcoder.errors import DictionaryError

Words = tuple[str, ...]
Alternatives = tuple[Words, ...]

NULL_CODE = "---"
NEGATIONS = frozenset({"NOT", "N'T", "NEVER", "NO", "WON'T", "DIDN'T", "CANNOT"})
_CODE_RE = re.compile(r"\[([^\]\[]*)\]\s*$")


class Marker(enum.StrEnum):
    SOURCE = "$"
    TARGET = "+"
    COMPOUND = "%"
    SKIP = "^"


_MARKERS = frozenset(m.value for m in Marker)


@dataclass(frozen=True, slots=True)
class Term:
    """One element of a pattern: consecutive slots of alternative word sequences, or a marker."""

    slots: tuple[Alternatives, ...] = ()
    marker: Marker | None = None
    prep: bool = False  # the preposition that opens a "(PREP ...)" phrase
    bare: bool = False  # a phrase with only its preposition: "(WITH)"
    in_phrase: bool = False  # a word of a "(PREP ...)" phrase after its preposition
    # Per slot, the first words of its alternatives: a clause holding none of them cannot match
    # (slots with an empty alternative are left out). Derived from ``slots``; lets the matcher
    # drop most patterns with a set test instead of walking the clause.
    needs: tuple[frozenset[str], ...] = field(default=(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        needs = tuple(frozenset(alt[0] for alt in slot) for slot in self.slots if all(slot))
        object.__setattr__(self, "needs", needs)

    @property
    def size(self) -> int:
        return sum(min(len(a) for a in slot) for slot in self.slots)


@dataclass(frozen=True, slots=True)
class Code:
    """A pattern or verb code: the primary code and, for paired events, the reverse one."""

    primary: str
    reverse: str | None = None

    @property
    def is_null(self) -> bool:
        return self.primary == NULL_CODE

    @classmethod
    def parse(cls, text: str, where: str) -> Code:
        text = text.strip()
        if not text:
            raise DictionaryError(f"{where}: empty code []")
        first, _, second = text.partition(":")
        first, second = first.strip(), second.strip()
        if not first and not second:
            raise DictionaryError(f"{where}: malformed code [{text}]")
        return cls(first or NULL_CODE, second or None)

    def __str__(self) -> str:
        return f"{self.primary}:{self.reverse}" if self.reverse else self.primary


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled verb pattern with the dictionary line it came from."""

    pre: tuple[Term, ...]
    post: tuple[Term, ...]
    code: Code
    entry: str  # file:line
    text: str
    # The verb of the block its line says it was written for ("- * &TREATY [057] # RATIFY"), if any.
    written_for: str | None = None

    @property
    def specificity(self) -> int:
        """How many words the pattern needs: more words, more specific."""
        return sum(t.size for t in self.pre + self.post)

    @property
    def negated(self) -> bool:
        """The pattern itself asks for a negation ("NOT *", "&NEGATVAUXVRB *"): it codes the negated act."""
        return any(w in NEGATIONS for t in self.pre for slot in t.slots for alt in slot for w in alt)

    @property
    def markers(self) -> frozenset[Marker]:
        return frozenset(t.marker for t in self.pre + self.post if t.marker)


@dataclass(frozen=True, slots=True)
class PatternIndex:
    """Patterns keyed by one slot's first words, so a clause looks up only the patterns it may match.

    Each pattern is filed under the first words of its first slot that needs one
    (``Term.needs``), on its side of the verb; patterns with no such slot are
    always candidates. ``candidates`` keeps the patterns' order.
    """

    before: dict[str, tuple[int, ...]]
    after: dict[str, tuple[int, ...]]
    always: tuple[int, ...]

    @classmethod
    def of(cls, patterns: tuple[Pattern, ...]) -> PatternIndex:
        sides: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        always: list[int] = []
        for n, pattern in enumerate(patterns):
            keyed = next(
                (
                    (side, need)
                    for side, half in enumerate((pattern.pre, pattern.post))
                    for t in half
                    for need in t.needs
                ),
                None,
            )
            if keyed is None:
                always.append(n)
                continue
            side, need = keyed
            for word in need:
                sides[side].setdefault(word, []).append(n)
        before, after = ({w: tuple(ns) for w, ns in side.items()} for side in sides)
        return cls(before, after, tuple(always))

    def candidates(self, before: frozenset[str], after: frozenset[str]) -> list[int]:
        """Indexes (in order) of the patterns whose filed words occur in the clause halves."""
        found = set(self.always)
        for words, index in ((before, self.before), (after, self.after)):
            for word in words:
                found.update(index.get(word, ()))
        return sorted(found)


def split_code(line: str, where: str) -> tuple[str, Code | None]:
    """Split ``BODY [CODE]`` into the body and its code (None when there is no code)."""
    m = _CODE_RE.search(line)
    if not m:
        return line.strip(), None
    return line[: m.start()].strip(), Code.parse(m.group(1), where)


class UndefinedSynset(KeyError):
    """A pattern names a synonym set that the file never defines (the pattern is skipped)."""


def parse_pattern(body: str, code: Code, synsets: Mapping[str, Alternatives], where: str) -> Pattern:
    """Parse the body of a pattern line (without the leading ``-`` and the code)."""
    if "*" not in body:
        raise DictionaryError(f"{where}: pattern has no '*' for the verb: {body!r}")
    pre, _, post = body.partition("*")
    return Pattern(
        pre=_parse_half(pre, synsets, where),
        post=_final_preposition(_parse_half(post, synsets, where)),
        code=code,
        entry=where,
        text=body.strip(),
    )


def _parse_half(text: str, synsets: Mapping[str, Alternatives], where: str) -> tuple[Term, ...]:
    terms: list[Term] = []
    phrase: list[Alternatives] | None = None
    group_start: int | None = None  # index in terms where the open "(" group starts
    for raw in re.findall(r"[(){}]|[^\s(){}]+", text):
        if raw == "(":
            group_start = len(terms)
        elif raw == ")":
            _mark_prep(terms, group_start)
            group_start = None
        elif raw == "{":
            phrase = []
        elif raw == "}":
            if phrase:
                terms.append(Term(slots=tuple(phrase)))
            phrase = None
        else:
            slots = _words(raw, terms, synsets, where)
            if phrase is not None:
                phrase.extend(slots)
            elif slots:
                terms.append(Term(slots=tuple(slots)))
    if phrase:
        terms.append(Term(slots=tuple(phrase)))
    _mark_prep(terms, group_start)
    return tuple(terms)


def _final_preposition(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """A pattern that ends in a bare "TO" ("* TO [030]": head to, "&MILITARY * TO [154]": troops
    moved to) names a destination: the word is a preposition, read as "(TO)". An infinitive's "to"
    is always followed by its verb, which such a pattern does not name ("ordered X to appear" is no
    heading to); patterns for an infinitive name its verb ("* TO RESIGN", "* (TO CLOSE)")."""
    if not terms:
        return terms
    last = terms[-1]
    if last.marker is None and not last.prep and not last.in_phrase and last.slots == ((("TO",),),):
        return (*terms[:-1], Term(slots=last.slots, prep=True, bare=True))
    return terms


def _words(
    raw: str, terms: list[Term], synsets: Mapping[str, Alternatives], where: str
) -> list[Alternatives]:
    """Slots of one ``A_B_&SET`` token; markers inside it become terms of their own."""
    slots: list[Alternatives] = []
    for part in (p for p in raw.split("_") if p):
        if part in _MARKERS:
            if slots:
                terms.append(Term(slots=tuple(slots)))
                slots = []
            terms.append(Term(marker=Marker(part)))
        else:
            slots.append(_slot(part, synsets, where))
    return slots


def _mark_prep(terms: list[Term], start: int | None) -> None:
    """Flag the first word term of a "(PREP ...)" group as its preposition, the others as its phrase's."""
    if start is None or start >= len(terms) or terms[start].marker is not None:
        return
    first = terms[start]
    bare = len(terms) == start + 1
    terms[start] = Term(slots=first.slots, prep=True, bare=bare)
    for k in range(start + 1, len(terms)):
        if terms[k].marker is None:
            terms[k] = Term(slots=terms[k].slots, in_phrase=True)


def _slot(word: str, synsets: Mapping[str, Alternatives], where: str) -> Alternatives:
    if word.startswith("&"):
        if word not in synsets:
            raise UndefinedSynset(f"{where}: undefined synonym set {word}")
        return synsets[word]
    return ((word.upper(),),)


def plural(noun: str) -> str | None:
    """PETRARCH's regular plural of a synonym-set noun (None when it makes none)."""
    if not noun or noun.endswith("_"):
        return None
    if noun.endswith("Y"):
        return noun[:-1] + "IES"
    if noun.endswith(("S", "X", "Z", "CH", "SH")):
        return noun + "ES"
    return noun + "S"
