"""The cue lexicon: speech and attribution verbs, with the CAMEO code each one gives.

The table is package data (``eventcoder/data/attribution/cues.tsv``), plain
text a user can edit or replace; see its header for the columns.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from eventcoder.errors import DictionaryError

if TYPE_CHECKING:
    from spacy.tokens import Token

NOUN_SUFFIX = " (noun)"
CUES_RESOURCE = ("eventcoder", "data/attribution/cues.tsv")


class Complement(enum.StrEnum):
    """The dependent of a cue verb that carries what was said."""

    CCOMP = "ccomp"
    XCOMP = "xcomp"
    DOBJ = "dobj"
    OPRD = "oprd"  # an object and what it is called: "called it a mistake"
    ACL = "acl"  # a noun's "that" clause: "Trump's claim that ..." (noun cues only)


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry: ``cameo`` is None for attributions that are not statements."""

    key: str  # "say", "point out"
    cameo: str | None
    complements: frozenset[Complement]


@dataclass(frozen=True, slots=True)
class CueLexicon:
    entries: Mapping[str, Cue]
    source: str = "<memory>"
    _first_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_first_words", frozenset(key.split()[0] for key in self.entries))

    @classmethod
    def default(cls) -> CueLexicon:
        package, name = CUES_RESOURCE
        text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
        return cls.parse(text.splitlines(), source=f"{package}/{name}")

    @classmethod
    def from_path(cls, path: Path) -> CueLexicon:
        return cls.parse(path.read_text(encoding="utf-8").splitlines(), source=str(path))

    @classmethod
    def parse(cls, lines: Iterable[str], source: str = "<memory>") -> CueLexicon:
        entries: dict[str, Cue] = {}
        for number, raw in enumerate(lines, start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            cue = _parse_line(line, f"{source}:{number}")
            entries[cue.key] = cue
        return cls(entries=entries, source=source)

    def may_open(self, token: Token) -> bool:
        """False when ``token`` opens no entry (its lemma starts none): a cheap first test."""
        return cue_lemma(token) in self._first_words

    def match(self, token: Token) -> Cue | None:
        """The entry a token opens: for a noun its "(noun)" entry; for a verb a phrasal
        entry ("call for") before its bare lemma."""
        lemma = cue_lemma(token)
        if token.pos_ == "NOUN":
            return self.entries.get(f"{lemma}{NOUN_SUFFIX}")
        if lemma not in self._first_words:  # most verbs open no entry: skip their children
            return None
        for child in token.children:
            if child.dep_ in ("prt", "prep"):
                phrasal = self.entries.get(f"{lemma} {child.lower_}")
                if phrasal is not None:
                    return phrasal
        cue = self.entries.get(lemma)
        if cue is not None and " " not in cue.key:
            return cue
        return None


# forms the English models lemmatize to another verb: "hoping", "hoped", "hopes" come out as "hop"
_LEMMA_SLIPS = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}


def cue_lemma(token: Token) -> str:
    """The token's lemma, lowercased, with the model's known slips mended (``_LEMMA_SLIPS``)."""
    return _LEMMA_SLIPS.get(token.lower_) or token.lemma_.lower()


def _parse_line(line: str, where: str) -> Cue:
    fields = [f.strip() for f in line.split("\t")]
    if len(fields) != 3:
        raise DictionaryError(
            f"{where}: expected 3 tab-separated columns (cue, cameo, complements), got {len(fields)}"
        )
    key, code, comps = fields
    try:
        complements = frozenset(Complement(c.strip()) for c in comps.split(",") if c.strip())
    except ValueError as exc:
        valid = ", ".join(c.value for c in Complement)
        raise DictionaryError(f"{where}: unknown complement in {comps!r} (valid: {valid})") from exc
    if code != "-" and not code.isdigit():
        raise DictionaryError(f"{where}: CAMEO code must be digits or '-', got {code!r}")
    return Cue(key=key.lower(), cameo=None if code == "-" else code, complements=complements)
