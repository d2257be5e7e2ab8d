"""Readers for PETRARCH actor and agent dictionaries (``*.actors.txt``, ``*.agents.txt``).

Actor files (TABARI 0.8 / PETRARCH format)::

    RECEP_TAYYIP_ERDOGAN_  # comment          primary phrase, starts an entry
    +ERDOGAN_                                 synonym of the entry above
        [TURGOV 030314-140828]                indented code lines (date restrictions)
        [TURGOV >140828]
    NATO_ [IGOWSTNAT]                         code on the phrase line
    JAVIER_SOLANA_ [IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]

``_`` joins words, ``#`` starts a comment, lines starting with ``<`` are
(XML) comments, ``---STOP---`` ends the file. Agent files::

    !MINIST! = MINISTER, MINISTERS, MINISTRY     substitution set
    FOREIGN_!MINIST! [~GOV]                      one agent per set member
    CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]   explicit plural ({} = none)
    POLICE_OFFICIAL [~COP]                       regular plural made automatically
    HUMAN_RIGHTS_BODY [NGO~]                     a prefix code

Malformed lines raise ``DictionaryError`` naming ``file:line`` when ``strict``;
otherwise (the default for whole dictionaries, as PETRARCH does) the line is
skipped, logged as a warning and listed in ``ReadResult.problems``: the
production Phoenix files carry a few dozen such defects (reversed date
ranges, ``[~ENV}``) and must still load.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from eventcoder.actors.dates import DatedCode, DateFormatError, Restriction, parse_petrarch_date
from eventcoder.errors import DictionaryError

log = logging.getLogger(__name__)

_CODE_GROUP = re.compile(r"\[([^\[\]]*)\]")
_CODE_BODY = re.compile(
    r"^(?P<code>[A-Za-z0-9~+\-/]+)"
    r"(?:\s*(?P<op>[<>])\s*(?P<date>\d{6,8})|\s+(?P<d1>\d{6,8})\s*-\s*(?P<d2>\d{6,8}))?$"
)
_AGENT_CODE = re.compile(r"^(?:~(?P<suffix>[A-Za-z0-9]*)|(?P<prefix>[A-Za-z0-9]+)~)$")
_SUBST_DEF = re.compile(r"^!(?P<name>[A-Za-z0-9_]+)!\s*=\s*(?P<items>.+)$")
_SUBST_USE = re.compile(r"!([A-Za-z0-9_]+)!")
# TABARI stems left in Phoenix.agents.txt ("DEFENCE_MINIST"): PETRARCH-2 no longer stems, so these
# would never match; a final stem word is expanded to the words it stood for.
TABARI_STEMS = {"MINIST": ("MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES")}


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor: its phrases (primary first) and its dated codes."""

    name: str  # the primary phrase, words separated by spaces
    phrases: tuple[str, ...]  # primary + synonyms, words separated by spaces
    codes: tuple[DatedCode, ...]
    path: str  # file name
    line: int  # line of the primary phrase

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class AgentCode:
    """An agent's code: a suffix (``~GOV``) or a prefix (``NGO~``) to an actor code."""

    suffix: str = ""
    prefix: str = ""

    def apply(self, actor_code: str) -> str:
        """PETRARCH's mix: add the agent's sector unless the actor code already has it."""
        if self.prefix:
            return actor_code if actor_code.startswith(self.prefix) else self.prefix + actor_code
        if self.suffix and self.suffix in actor_code:  # PETRARCH: "if not ag[1:] in act"
            return actor_code
        return actor_code + self.suffix

    def __str__(self) -> str:
        return f"{self.prefix}~{self.suffix}" if not self.prefix else f"{self.prefix}~"


@dataclass(frozen=True, slots=True)
class AgentEntry:
    phrase: str  # words separated by spaces
    code: AgentCode
    path: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(slots=True)
class Problems:
    """Per-line defects: raised at once when strict, else logged and kept."""

    strict: bool = True
    found: list[str] = field(default_factory=list)

    def report(self, message: str) -> None:
        if self.strict:
            raise DictionaryError(message)
        log.debug("%s; line skipped", message)
        self.found.append(message)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _phrase(text: str) -> str:
    """Dictionary words (``_``-joined, optional trailing ``_``) as a space-separated phrase."""
    return " ".join(text.replace("_", " ").split())


def _parse_code(body: str, where: str, line: int) -> DatedCode:
    m = _CODE_BODY.match(body.strip())
    if not m:
        raise DictionaryError(f"{where}: cannot read the actor code [{body}]")
    code = m["code"].upper()
    try:
        if m["op"]:
            day = parse_petrarch_date(m["date"])
            if m["op"] == "<":
                return DatedCode(code, Restriction.BEFORE, end=day, line=line)
            return DatedCode(code, Restriction.AFTER, start=day, line=line)
        if m["d1"]:
            start, end = parse_petrarch_date(m["d1"]), parse_petrarch_date(m["d2"])
            if end < start:
                raise DictionaryError(f"{where}: date range ends before it starts: [{body}]")
            return DatedCode(code, Restriction.RANGE, start=start, end=end, line=line)
    except DateFormatError as exc:
        raise DictionaryError(f"{where}: {exc}") from exc
    return DatedCode(code, line=line)


def _parse_codes(text: str, where: str, line: int, problems: Problems) -> tuple[str, list[DatedCode]]:
    """Split ``PHRASE [C1][C2 >D]`` into the phrase and its codes."""
    first = text.find("[")
    if first < 0:
        if "]" in text:
            raise DictionaryError(f"{where}: ']' without '['")
        return text, []
    rest = text[first:]
    if _CODE_GROUP.sub("", rest).strip():
        raise DictionaryError(f"{where}: unbalanced brackets or text after a code: {rest.strip()!r}")
    codes: list[DatedCode] = []
    for body in _CODE_GROUP.findall(rest):
        try:
            codes.append(_parse_code(body, where, line))
        except DictionaryError as exc:  # one bad code spoils only itself
            problems.report(exc.message)
    return text[:first], codes


class _EntryBuilder:
    def __init__(self, name: str, line: int, codes: list[DatedCode]) -> None:
        self.name, self.line = name, line
        self.phrases = [name]
        self.codes = list(codes)

    def build(self, path: str) -> ActorEntry:
        return ActorEntry(self.name, tuple(self.phrases), tuple(self.codes), path, self.line)


class _ActorFileState:
    """Builds entries line by line; code-less primary phrases group with the entry coded next."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.entries: list[ActorEntry] = []
        self.current: _EntryBuilder | None = None

    def primary(self, phrase: str, number: int, codes: list[DatedCode]) -> None:
        cur = self.current
        if cur is not None and not cur.codes and not codes:
            cur.phrases.append(phrase)  # IVO_JOSIPOVIC_ / JOSIPOVIC_ / <tab>[HRVGOV ...]
            return
        self.finish()
        self.current = _EntryBuilder(phrase, number, codes)

    def synonym(self, phrase: str, codes: list[DatedCode], where: str) -> None:
        if self.current is None:
            raise DictionaryError(f"{where}: a '+' synonym before any actor phrase")
        self.current.phrases.append(phrase)
        self.current.codes.extend(codes)

    def codes(self, codes: list[DatedCode], where: str) -> None:
        if self.current is None:
            raise DictionaryError(f"{where}: a code line before any actor phrase")
        self.current.codes.extend(codes)

    def finish(self) -> None:
        cur, self.current = self.current, None
        if cur is None:
            return
        if not cur.codes:
            log.debug("%s:%d: actor %r has no code; skipped", self.path, cur.line, cur.name)
            return
        self.entries.append(cur.build(self.path))


def read_actor_file(path: Path, *, strict: bool = True, problems: Problems | None = None) -> list[ActorEntry]:
    """Parse one PETRARCH actor dictionary (see the module docstring)."""
    problems = problems or Problems(strict)
    state = _ActorFileState(path.name)
    for number, raw in enumerate(_read_text(path).splitlines(), start=1):
        if "---STOP---" in raw:
            break
        try:
            _actor_line(state, raw, f"{path.name}:{number}", number, problems)
        except DictionaryError as exc:
            problems.report(exc.message)
    state.finish()
    return state.entries


def _actor_line(state: _ActorFileState, raw: str, where: str, number: int, problems: Problems) -> None:
    if raw.lstrip().startswith("<"):
        return
    line = _strip_comment(raw)
    if not line.strip():
        return
    if line[0] in " \t":  # indented code line(s)
        body = line.strip()
        if not body.startswith("["):
            raise DictionaryError(f"{where}: an indented line must hold codes like [ABCGOV >140101]")
        state.codes(_parse_codes(body, where, number, problems)[1], where)
        return
    if line.startswith("+"):
        phrase_text, codes = _parse_codes(line[1:], where, number, problems)
        if not _phrase(phrase_text):
            raise DictionaryError(f"{where}: empty synonym")
        state.synonym(_phrase(phrase_text), codes, where)
        return
    phrase_text, codes = _parse_codes(line, where, number, problems)
    if not _phrase(phrase_text):
        raise DictionaryError(f"{where}: a code line must be indented")
    state.primary(_phrase(phrase_text), number, codes)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read dictionary: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _plural(phrase: str) -> str:
    """PETRARCH's regular plural of the last word."""
    if phrase[-1] in "Yy":
        return phrase[:-1] + ("IES" if phrase[-1] == "Y" else "ies")
    if phrase[-1] in "Ss":
        return phrase + ("ES" if phrase[-1] == "S" else "es")
    return phrase + ("S" if phrase[-1].isupper() else "s")


def _agent_code(body: str, where: str) -> AgentCode:
    m = _AGENT_CODE.match(body.strip())
    if not m:
        raise DictionaryError(f"{where}: an agent code looks like [~GOV] or [NGO~], not [{body}]")
    if m["prefix"]:
        return AgentCode(prefix=m["prefix"].upper())
    return AgentCode(suffix=(m["suffix"] or "").upper())


def read_agent_file(path: Path, *, strict: bool = True, problems: Problems | None = None) -> list[AgentEntry]:
    """Parse one PETRARCH agents dictionary (see the module docstring)."""
    problems = problems or Problems(strict)
    sets: dict[str, list[str]] = {}
    agents: list[AgentEntry] = []
    for number, raw in enumerate(_read_text(path).splitlines(), start=1):
        where = f"{path.name}:{number}"
        if "---STOP---" in raw:
            break
        if raw.lstrip().startswith("<"):
            continue
        line = _strip_comment(raw).strip()
        if not line:
            continue
        definition = _SUBST_DEF.match(line)
        if definition:
            sets[definition["name"]] = [_phrase(i) for i in definition["items"].split(",") if i.strip()]
            continue
        try:
            agents.extend(_agent_line(line, where, path.name, number, sets))
        except DictionaryError as exc:
            problems.report(exc.message)
    return agents


def _agent_line(
    line: str, where: str, name: str, number: int, sets: dict[str, list[str]]
) -> list[AgentEntry]:
    groups = _CODE_GROUP.findall(line)
    if len(groups) != 1 or _CODE_GROUP.sub("", line[line.index("[") :]).strip():
        raise DictionaryError(f"{where}: an agent needs exactly one code in brackets, e.g. [~GOV]")
    code = _agent_code(groups[0], where)
    words = line[: line.index("[")]
    plural: str | None = None
    if "{" in words:
        if "}" not in words:
            raise DictionaryError(f"{where}: missing '}}'")
        plural = _phrase(words[words.index("{") + 1 : words.index("}")])
        words = words[: words.index("{")]
    phrases = [full for p in _expand(words, where, sets) for full in _unstem(p)]
    stemmed = len(phrases) > 1 and not _SUBST_USE.search(words)
    out = [AgentEntry(p, code, name, number) for p in phrases]
    if stemmed:
        return out  # the stem's words already include their plurals
    if plural is not None:
        if plural:
            out.append(AgentEntry(plural, code, name, number))
    elif not _SUBST_USE.search(words):
        out.extend(AgentEntry(_plural(p), code, name, number) for p in phrases)
    return out


def _unstem(phrase: str) -> list[str]:
    head, _, last = phrase.rpartition(" ")
    forms = TABARI_STEMS.get(last.upper())
    if not forms:
        return [phrase]
    return [f"{head} {form}".strip() for form in forms]


def _expand(words: str, where: str, sets: dict[str, list[str]]) -> list[str]:
    """Replace each ``!SET!`` marker by every member of its set."""
    found = _SUBST_USE.search(words)
    if not found:
        phrase = _phrase(words)
        if not phrase:
            raise DictionaryError(f"{where}: an agent line without words")
        return [phrase]
    if found[1] not in sets:
        raise DictionaryError(f"{where}: substitution set !{found[1]}! is not defined above")
    out: list[str] = []
    for member in sets[found[1]]:
        out.extend(_expand(words[: found.start()] + member + words[found.end() :], where, sets))
    return out
