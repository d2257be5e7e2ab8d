"""Reader for PETRARCH verb dictionaries (``CAMEO.2.0.txt`` and the validation files).

File layout (see docs/dictionaries.md):

* ``&LABEL`` starts a synonym set; its ``+PHRASE`` lines are the members
  (``_`` or spaces join words; plurals are added unless the phrase or the label
  ends with ``_``; a member may name another set).
* ``--- NAME [CODE] ---`` starts a verb block. Its verb lines are
  ``WORD [CODE] {IRREGULAR FORMS}``; multi-word verbs join words with ``_`` and
  mark the verb with ``+`` (``+BEEF_UP``, ``RE_+ARREST``). Its pattern lines
  start with ``-`` (see ``patterns.py``) and apply to every verb of the block.
* ``~`` lines (verb transformations): the open-complement form
  ``~ a (_ b ASSASSINATE) ATTEMPT = a b 185`` is kept in
  ``VerbDictionary.complement_codes`` and applied by the coder; the other forms are
  read but not applied, and counted in ``VerbDictionary.unsupported``.

Comments: ``#`` (and TABARI's ``;``) to the end of the line, ``<!-- ... -->``.
The dictionary is compiled once: verb forms keyed by the verb word (base and
inflected forms), patterns keyed by block.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from eventcoder.coding.patterns import (
    Alternatives,
    Code,
    Pattern,
    PatternIndex,
    UndefinedSynset,
    parse_pattern,
    plural,
    split_code,
)
from eventcoder.errors import DictionaryError

log = logging.getLogger(__name__)

_BLOCK_RE = re.compile(r"^---\s*(\S+)\s*(?:\[([^\]]*)\])?\s*---")
_IRREGULAR_RE = re.compile(r"\{([^}]*)\}")


_Block = tuple[str, Code, int]  # name, code, line of a block header while reading


# The one transformation form the coder applies: an open complement of a governing verb.
_OPEN_COMPLEMENT_RULE = re.compile(r"~\s*a\s*\(\s*_\s+b\s+(\w+)\s*\)\s*(\w+)\s*=\s*a\s+b\s+(\d{3,4})\s*$")


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One verb of a block: its main word, the words around it, and its own code."""

    verb: str  # the main verb word, upper case base form ("BRING")
    front: tuple[str, ...]  # words that come before it ("RE" in RE_+ARREST)
    back: tuple[str, ...]  # words that come after it ("OUT" in +BRING_OUT)
    forms: tuple[str, ...]  # inflected forms of the main word
    code: Code  # the verb's own code, else the block's
    block: int  # index of the block in VerbDictionary.blocks
    entry: str  # file:line

    @property
    def phrase(self) -> str:
        return " ".join((*self.front, self.verb, *self.back))


@dataclass(frozen=True, slots=True)
class VerbBlock:
    name: str
    code: Code
    patterns: tuple[Pattern, ...]
    entry: str
    # (pattern index, verb) -> the repeat of that pattern written for that verb, where it differs
    # from the one in ``patterns`` (the last line of the repeated words: ``_last_of_each``)
    written_for: dict[tuple[int, str], Pattern] = field(default_factory=dict)
    index: PatternIndex = field(init=False, compare=False, repr=False)  # derived from ``patterns``

    def pattern(self, n: int, verb: str) -> Pattern:
        """The block's ``n``-th pattern as it applies to ``verb``."""
        return self.written_for.get((n, verb), self.patterns[n])

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", PatternIndex.of(self.patterns))


@dataclass(slots=True)
class VerbDictionary:
    """A compiled verb dictionary: forms by word, blocks with their patterns."""

    path: str
    blocks: list[VerbBlock] = field(default_factory=list)
    forms: dict[str, list[VerbForm]] = field(default_factory=dict)
    unsupported: Counter[str] = field(default_factory=Counter)
    # "~ a (_ b ASSASSINATE) ATTEMPT = a b 185": (governor, complement) verb words -> the code of
    # "a attempted to assassinate b"; the other transformation forms are counted in ``unsupported``
    complement_codes: dict[tuple[str, str], str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # "file:line: what", lines that were skipped

    def lookup(self, lemma: str, text: str | None = None) -> list[VerbForm]:
        """Verb forms for a token, best first: entries written as the surface form itself
        ("LEFT", "KILLED_AND"), then the lemma's entries ("LEAVE"), then entries that list
        the surface form as an inflection."""
        lemma_key = lemma.upper()
        text_key = (text or lemma).upper()
        found = self.forms.get(text_key, [])
        explicit = [f for f in found if f.verb == text_key] if text_key != lemma_key else []
        by_lemma = self.forms.get(lemma_key) or found
        return list(dict.fromkeys([*explicit, *by_lemma]))

    def patterns(self, form: VerbForm) -> tuple[Pattern, ...]:
        return self.blocks[form.block].patterns

    @property
    def pattern_count(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)

    @classmethod
    def from_file(
        cls, path: Path, *, strict: bool = False, supplements: tuple[Path, ...] = ()
    ) -> VerbDictionary:
        """Read and compile a verb dictionary, then the supplements, in order.

        A supplement is a file in the same format, read after the dictionary with its synonym
        sets in reach. Its blocks add to the dictionary's, and their patterns are tried with the
        word's other blocks (the most specific pattern wins). A supplement verb with a code of its
        own (``SUE [115]``) comes first: its code is the word's bare code in place of the
        dictionary's, and its block's patterns win ties. A verb without a code of its own comes
        last: its block only adds patterns, and the word keeps the dictionary's bare code.

        A malformed line raises ``DictionaryError`` (naming file:line) when ``strict``;
        otherwise it is skipped, logged and listed in ``problems`` (PETRARCH's own
        files have a few such lines).
        """
        return _Reader(path, strict, supplements).read()


def clean_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines without comments (``#``, `` ;``, ``<!-- -->``) and blank lines."""
    return _clean(_read(path))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read dictionary ({exc.strerror})") from exc


def _clean(text: str) -> Iterator[tuple[int, str]]:
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_comment:
            if "-->" not in line:
                continue
            line = line.split("-->", 1)[1]
            in_comment = False
        while "<!--" in line:
            before, _, after = line.partition("<!--")
            if "-->" in after:
                line = before + after.split("-->", 1)[1]
            else:
                line, in_comment = before, True
        line = line.split("#", 1)[0]
        if " ;" in line or line.startswith(";"):
            line = line.split(";", 1)[0]
        if line.strip():
            yield number, line.rstrip()


class _Reader:
    def __init__(self, path: Path, strict: bool, supplements: tuple[Path, ...] = ()) -> None:
        self.path = path
        self.supplements = supplements
        self.strict = strict
        self.out = VerbDictionary(path=str(path))
        self.raw_sets: dict[str, list[tuple[str, bool]]] = {}
        self.notes: dict[int, str] = {}  # pattern line -> the first word of its comment
        self.block_verbs: set[str] = set()  # verb words of the block being read
        self.synsets: dict[str, Alternatives] = {}

    def where(self, number: int) -> str:
        return f"{self.path}:{number}"

    def read(self) -> VerbDictionary:
        texts = [(path, _read(path)) for path in (self.path, *self.supplements)]
        files = [(path, text, list(_clean(text))) for path, text in texts]
        for _, _, lines in files:
            self._collect_synsets(lines)
        self._expand_synsets()
        for n, (path, text, lines) in enumerate(files):
            self.path = path
            self.notes = _pattern_notes(text)
            first_block = len(self.out.blocks)
            self._read_blocks(lines)
            if len(self.out.blocks) == first_block:
                raise DictionaryError(f"{path}: no verb blocks ('--- NAME [CODE] ---') found")
            if n:
                self._put_first(first_block)
        self.path = files[0][0]
        log.info(
            "verb dictionary %s: %d blocks, %d verb words, %d patterns",
            self.path,
            len(self.out.blocks),
            len(self.out.forms),
            self.out.pattern_count,
        )
        return self.out

    def _collect_synsets(self, lines: list[tuple[int, str]]) -> None:
        label: str | None = None
        for number, line in lines:
            text = line.strip()
            if text.startswith("&"):
                label = text.split()[0]
                self.raw_sets.setdefault(label, [])
            elif text.startswith("+") and label is not None:
                self.raw_sets[label].append((text[1:].strip(), label.endswith("_")))
            else:
                label = None
            del number

    def _expand_synsets(self) -> None:
        for name in self.raw_sets:
            self.synsets[name] = self._expand(name, set())
            if name.endswith("_"):
                self.synsets.setdefault(name[:-1], self.synsets[name])

    def _put_first(self, first_block: int) -> None:
        """Supplement forms (blocks from ``first_block`` on) with a code of their own go before the
        dictionary's forms of their word, so that their code is the word's bare code; the others
        after them."""
        for key, forms in self.out.forms.items():
            added = [f for f in forms if f.block >= first_block]
            if added:
                coded = [f for f in added if not f.code.is_null]
                earlier = [f for f in forms if f.block < first_block]
                self.out.forms[key] = [*coded, *earlier, *(f for f in added if f.code.is_null)]

    def _expand(self, name: str, seen: set[str]) -> Alternatives:
        out: list[tuple[str, ...]] = []
        for member, no_plurals in self.raw_sets.get(name, []):
            if member.startswith("&"):
                if member not in seen and member in self.raw_sets:
                    out.extend(self._expand(member, seen | {name}))
                continue
            words = [w for w in re.split(r"[\s_]+", member.upper()) if w]
            if not words:
                continue
            out.append(tuple(words))
            plural_head = None if (no_plurals or member.endswith("_")) else plural(words[-1])
            if plural_head:
                out.append((*words[:-1], plural_head))
        return tuple(dict.fromkeys(out))

    def _read_blocks(self, lines: list[tuple[int, str]]) -> None:
        block: _Block | None = None
        patterns: list[Pattern] = []
        in_synset = False
        for number, line in lines:
            try:
                block, patterns, in_synset = self._line(line.strip(), number, block, patterns, in_synset)
            except DictionaryError as exc:
                if self.strict:
                    raise
                log.warning("skipped dictionary line: %s", exc)
                self.out.problems.append(str(exc))
                self.out.unsupported["malformed line (skipped)"] += 1
        self._close(block, patterns)

    def _line(
        self, text: str, number: int, block: _Block | None, patterns: list[Pattern], in_synset: bool
    ) -> tuple[_Block | None, list[Pattern], bool]:
        """Read one line; return the (possibly new) block, its patterns, and the synset state."""
        if text.startswith("---"):
            self._close(block, patterns)
            return self._header(text, number), [], False
        if text.startswith("&"):
            return block, patterns, True
        if text.startswith("+") and in_synset:
            return block, patterns, True
        if text.startswith("~"):
            rule = _OPEN_COMPLEMENT_RULE.match(text)
            if rule is not None:
                inner, governor, code = rule.groups()
                self.out.complement_codes[(governor.upper(), inner.upper())] = code
            else:
                self.out.unsupported["verb transformation (~)"] += 1
        elif text.startswith("-"):
            if block is None:
                raise DictionaryError(f"{self.where(number)}: pattern outside a verb block")
            pattern = self._pattern(text[1:], number)
            if pattern is not None:
                patterns.append(pattern)
        elif block is None:
            raise DictionaryError(f"{self.where(number)}: line outside a verb block: {text!r}")
        else:
            self._verb(text, block, number)
        return block, patterns, False

    def _header(self, text: str, number: int) -> _Block:
        m = _BLOCK_RE.match(text)
        if not m and self.strict:
            raise DictionaryError(f"{self.where(number)}: malformed verb block header {text!r}")
        if not m:
            # PETRARCH reads the name and the first [CODE] of a header such as '--- DELAY [120] [031:031] ---'
            name = text.strip("- ").split()[0] if text.strip("- ") else "?"
            codes = re.findall(r"\[([^\]]*)\]", text)
            self.out.unsupported["irregular verb block header"] += 1
            return name, Code.parse(codes[0], self.where(number)) if codes else Code("---"), number
        code = Code.parse(m.group(2), self.where(number)) if m.group(2) is not None else Code("---")
        return m.group(1), code, number

    def _close(self, block: _Block | None, patterns: list[Pattern]) -> None:
        if block is None:
            return
        name, code, number = block
        kept, written_for = _last_of_each(patterns)
        self.out.blocks.append(VerbBlock(name, code, kept, self.where(number), written_for))
        self.block_verbs = set()

    def _pattern(self, body: str, number: int) -> Pattern | None:
        where = self.where(number)
        text, code = split_code(body, where)
        if code is None:
            raise DictionaryError(f"{where}: pattern without a [CODE]: {body.strip()!r}")
        note = self.notes.get(number)
        try:
            pattern = parse_pattern(text, code, self.synsets, where)
        except UndefinedSynset as exc:
            log.debug("skipped pattern: %s", exc)
            self.out.unsupported["pattern with undefined synonym set"] += 1
            return None
        if note in self.block_verbs:
            pattern = replace(pattern, written_for=note)
        return pattern

    def _verb(self, text: str, block: _Block, number: int) -> None:
        where = self.where(number)
        irregular = _IRREGULAR_RE.findall(text)
        text = _IRREGULAR_RE.sub(" ", text)
        body, code = split_code(text, where)
        words = body.split()
        if not words:
            raise DictionaryError(f"{where}: verb line without a verb")
        if "[" in body or "]" in body:
            raise DictionaryError(f"{where}: malformed code in verb line {text.strip()!r}")
        front, verb, back = _split_multiword(words[0])
        forms = [_split_multiword(f)[1] for group in irregular for f in group.split()]
        forms.extend(_split_multiword(w)[1] for w in words[1:])
        if not irregular:
            forms.extend(regular_forms(verb))
        form = VerbForm(
            verb=verb,
            front=front,
            back=back,
            forms=tuple(dict.fromkeys(f for f in forms if f and f != verb)),
            code=code or block[1],
            block=len(self.out.blocks),
            entry=where,
        )
        for key in (verb, *form.forms):
            self.out.forms.setdefault(key, []).append(form)
        self.block_verbs.add(verb)


def _last_of_each(
    patterns: list[Pattern],
) -> tuple[tuple[Pattern, ...], dict[tuple[int, str], Pattern]]:
    """The block's patterns with a repeated pattern coded as its last line says, and the repeats
    written for one verb of the block that say otherwise.

    PETRARCH files a pattern under its words, so a later line with the same words replaces the
    earlier one's code ("- * &TREATY [031:031]" then "- * &TREATY [057]": 057); the pattern keeps
    the place of its first line. The blocks were merged from lists kept per verb, and a line's
    comment names the verb it was written for: for that verb, its last line written for it holds
    ("- * &MILITARY [072] # CONTRIBUTE" ... "- * &MILITARY [150] # GIVE": "contribute troops" is
    072, "give troops" 150)."""
    place: dict[str, int] = {}
    out: list[Pattern] = []
    own: dict[tuple[int, str], Pattern] = {}
    for pattern in patterns:
        words = " ".join(pattern.text.split())
        if words in place:
            out[place[words]] = pattern
        else:
            place[words] = len(out)
            out.append(pattern)
        if pattern.written_for is not None:
            own[(place[words], pattern.written_for)] = pattern
    return tuple(out), {key: p for key, p in own.items() if p is not out[key[0]]}


def _pattern_notes(text: str) -> dict[int, str]:
    """The first word of each pattern line's comment, by line number ("- * X [010] # SAY" → SAY)."""
    notes: dict[int, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("-") and not line.startswith("---") and "#" in line:
            words = line.split("#", 1)[1].split()
            if words:
                notes[number] = words[0].upper()
    return notes


def _split_multiword(token: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """``RE_+ARREST`` → (("RE",), "ARREST", ()); a plain word is its own verb. A hyphenated verb
    (``RE-EXAMINE``) is read as words, the last one the verb, since the parser splits it so."""
    parts = [p for p in re.split(r"_|-(?=[A-Z+])", token.upper()) if p]
    if not parts:
        return (), token.upper(), ()
    default = len(parts) - 1 if "-" in token and "_" not in token else 0
    index = next((i for i, p in enumerate(parts) if p.startswith("+")), default)
    parts = [p.lstrip("+") for p in parts]
    return tuple(parts[:index]), parts[index], tuple(parts[index + 1 :])


def regular_forms(stem: str) -> list[str]:
    """The regular English forms PETRARCH generates for a verb: -S, -ED, -ING."""
    if not stem:
        return []
    if stem.endswith(("S", "X", "Z", "CH", "SH")):
        third = stem + "ES"
    elif stem.endswith("Y") and len(stem) > 1 and stem[-2] not in "AEIOU":
        third = stem[:-1] + "IES"
    else:
        third = stem + "S"
    past = stem + "D" if stem.endswith("E") else stem + "ED"
    ing = (
        stem[:-1] + "ING"
        if stem.endswith("E") and len(stem) > 2 and stem[-2] not in "AEIOU"
        else stem + "ING"
    )
    return [third, past, ing]
