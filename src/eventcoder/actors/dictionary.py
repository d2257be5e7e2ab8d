"""Actor and agent dictionaries, compiled once into word-piece tries.

Files load in order and later entries win on conflict:

* phrase by phrase — a phrase defined again points to the later entry;
* person by person — a person's entry (from a file of people, or dated with
  sector codes) supersedes every earlier person entry that shares a phrase with it, so all of
  the earlier entry's synonyms resolve through the later one. This is how
  ``eventcoder.officeholders.actors.txt`` corrects the Phoenix files (e.g.
  ``JENS_STOLTENBERG``: NORGOV in Phoenix, IGOWSTNAT 2014-10-01..2024-10-01
  in the update) without editing them.

Matching is a longest-match walk over a trie keyed by folded word pieces (see
``normalize``): no per-sentence scan of the dictionary.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Generic, TypeVar

from eventcoder.actors.dates import DatedCode, Restriction, code_on
from eventcoder.actors.normalize import phrase_key
from eventcoder.actors.reader import (
    ActorEntry,
    AgentEntry,
    Problems,
    read_actor_file,
    read_agent_file,
)
from eventcoder.resource_cache import cache_key, cached, file_digest

log = logging.getLogger(__name__)

T = TypeVar("T")

PHOENIX_ACTORS = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
PHOENIX_AGENTS = "Phoenix.agents.txt"
EVENTCODER_CAPITALS = "eventcoder.capitals.actors.txt"
EVENTCODER_INSTITUTIONS = "eventcoder.institutions.actors.txt"
EVENTCODER_OFFICEHOLDERS = "eventcoder.officeholders.actors.txt"
EVENTCODER_AGENTS = "eventcoder.agents.txt"


class PieceTrie(Generic[T]):
    """Longest-match lookup of piece sequences; a later ``add`` of the same key replaces."""

    __slots__ = ("_root", "size")

    def __init__(self) -> None:
        self._root: dict[str, object] = {}
        self.size = 0

    def add(self, key: tuple[str, ...], value: T) -> T | None:
        node = self._root
        for piece in key:
            node = node.setdefault(piece, {})  # type: ignore[assignment]
        old = node.get("")
        node[""] = value
        if old is None:
            self.size += 1
        return old  # type: ignore[return-value]

    def longest(
        self,
        pieces: Sequence[str],
        start: int,
        stop: int | None = None,
        can_end: Sequence[bool] | None = None,
    ) -> tuple[int, T] | None:
        """The longest key that ``pieces[start:stop]`` begins with: (its length, its value).

        ``can_end[i]`` false means a match may not end on piece ``i``.
        """
        stop = len(pieces) if stop is None else stop
        node = self._root
        best: tuple[int, T] | None = None
        i = start
        while i < stop:
            nxt = node.get(pieces[i])
            if nxt is None:
                break
            node = nxt  # type: ignore[assignment]
            i += 1
            if "" in node and (can_end is None or can_end[i - 1]):
                best = (i - start, node[""])  # type: ignore[assignment]
        return best


@dataclass(frozen=True, slots=True)
class Resolution:
    """What an entry says on a date: the code, and the dated line that gave it."""

    entry: ActorEntry
    code: DatedCode

    @property
    def where(self) -> str:
        return f"{self.entry.path}:{self.code.line or self.entry.line}"


class ActorDictionary:
    """Parsed PETRARCH actors + agents files, compiled once for matching."""

    def __init__(
        self,
        actors: Iterable[ActorEntry],
        agents: Iterable[AgentEntry],
        *,
        capital_files: Iterable[str] = (),
        person_files: Iterable[str] = (),
        problems: Sequence[str] = (),
    ) -> None:
        self.entries: tuple[ActorEntry, ...] = tuple(actors)
        self.agents: tuple[AgentEntry, ...] = tuple(agents)
        self.capital_files = frozenset(capital_files)
        self.person_files = frozenset(person_files)
        self.problems = tuple(problems)
        self.actor_trie: PieceTrie[ActorEntry] = PieceTrie()
        self.agent_trie: PieceTrie[AgentEntry] = PieceTrie()
        self._by_phrase: dict[tuple[str, ...], ActorEntry] = {}
        for entry in self.entries:
            self._add_entry(entry)
        for agent in self.agents:
            key = phrase_key(agent.phrase)
            if key:
                self.agent_trie.add(key, agent)
        log.info(
            "actor dictionary: %d entries, %d phrases, %d agent phrases, %d problems",
            len(self.entries),
            self.actor_trie.size,
            self.agent_trie.size,
            len(self.problems),
        )

    def _add_entry(self, entry: ActorEntry) -> None:
        keys = [k for k in (phrase_key(p) for p in entry.phrases) if k]
        if self.is_person(entry):
            superseded = {
                id(old): old for k in keys if (old := self._by_phrase.get(k)) and self.is_person(old)
            }
            for old in superseded.values():
                if old is not entry:
                    for old_key in (phrase_key(p) for p in old.phrases):
                        if old_key and self._by_phrase.get(old_key) is old:
                            self._set(old_key, entry)
        for key in keys:
            self._set(key, entry)

    def _set(self, key: tuple[str, ...], entry: ActorEntry) -> None:
        self._by_phrase[key] = entry
        self.actor_trie.add(key, entry)

    # -- queries ---------------------------------------------------------------------------

    def is_capital(self, entry: ActorEntry) -> bool:
        return entry.path in self.capital_files

    def is_person(self, entry: ActorEntry) -> bool:
        """An entry for a person: from a file of people, or dated with sector codes (Phoenix's people)."""
        return entry.path in self.person_files or is_person_entry(entry)

    def entry_for(self, name: str) -> ActorEntry | None:
        """The entry a whole name resolves to (``Jens Stoltenberg``, ``Çavuşoğlu``), if any."""
        return self._by_phrase.get(phrase_key(name))

    def resolve(self, entry: ActorEntry, day: dt.date | None) -> Resolution | None:
        code = code_on(entry.codes, day)
        return Resolution(entry, code) if code is not None else None

    # -- construction ----------------------------------------------------------------------

    @classmethod
    def from_files(
        cls,
        actors: Sequence[Path],
        agents: Path | None,
        *,
        capitals: Sequence[Path] = (),
        more_agents: Sequence[Path] = (),
        people: Sequence[Path] = (),
        strict: bool = False,
        cache: bool = False,
    ) -> ActorDictionary:
        """Read actor files (in order; later entries win), capitals and agents.

        With ``strict`` the first malformed line raises ``DictionaryError``
        naming file:line; otherwise such lines are skipped with a warning and
        listed in ``problems`` (PETRARCH's behaviour; the Phoenix files need it).
        With ``cache`` the compiled dictionary is kept in the resource cache, keyed by
        the path and SHA-256 of every file, the options and the source of ``eventcoder.actors``.
        """
        if cache:
            paths = [*actors, *people, *capitals, *((agents,) if agents else ()), *more_agents]
            key = cache_key(
                "actors",
                inputs=[*(f"{p}:{file_digest(Path(p))}" for p in paths), *_code_digests()],
                options=repr(
                    (
                        [str(p) for p in actors],
                        str(agents),
                        [str(p) for p in capitals],
                        [str(p) for p in more_agents],
                        [str(p) for p in people],
                        strict,
                    )
                ),
            )
            found = cached(
                "actors",
                key,
                cls,
                lambda: cls.from_files(
                    actors, agents, capitals=capitals, more_agents=more_agents, people=people, strict=strict
                ),
            )
            if found.problems:
                log.info("actor dictionary: %d malformed lines skipped (see `problems`)", len(found.problems))
            return found
        problems = Problems(strict)
        entries: list[ActorEntry] = []
        log.debug("reading actors %s, capitals %s, agents %s %s", actors, capitals, agents, more_agents)
        for path in (*actors, *people, *capitals):
            entries.extend(read_actor_file(Path(path), problems=problems))
        agent_entries: list[AgentEntry] = []
        for path in (*((agents,) if agents else ()), *more_agents):
            agent_entries.extend(read_agent_file(Path(path), problems=problems))
        return cls(
            entries,
            agent_entries,
            capital_files={Path(p).name for p in capitals},
            person_files={Path(p).name for p in people},
            problems=problems.found,
        )

    @classmethod
    def default(cls) -> ActorDictionary:
        """Packaged Phoenix actors + agents, then eventcoder's capitals, officeholders and agents."""
        with ExitStack() as stack:
            return cls.from_files(
                [
                    *(packaged_file("cameo", n, stack) for n in PHOENIX_ACTORS),
                    packaged_file("actors", EVENTCODER_INSTITUTIONS, stack),
                ],
                packaged_file("cameo", PHOENIX_AGENTS, stack),
                people=[packaged_file("actors", EVENTCODER_OFFICEHOLDERS, stack)],
                capitals=[packaged_file("actors", EVENTCODER_CAPITALS, stack)],
                more_agents=[packaged_file("actors", EVENTCODER_AGENTS, stack)],
                cache=True,
            )

    @classmethod
    def phoenix(cls) -> ActorDictionary:
        """The packaged Phoenix actor and agent files alone, as PETRARCH-2 shipped them."""
        with ExitStack() as stack:
            return cls.from_files(
                [packaged_file("cameo", n, stack) for n in PHOENIX_ACTORS],
                packaged_file("cameo", PHOENIX_AGENTS, stack),
            )

    @classmethod
    def from_options(cls, actors: Sequence[Path] = (), agents: Path | None = None) -> ActorDictionary:
        """What ``--actors``/``--agents`` ask for: the user's files replace the packaged ones.

        No actor files: the packaged default (with the user's agents file, if any,
        in place of the packaged agents). Actor files but no agents file: the
        packaged agents. User files are used alone, without eventcoder's capitals.
        """
        if not actors and agents is None:
            return cls.default()
        with ExitStack() as stack:
            if not actors:
                return cls.from_files(
                    [
                        *(packaged_file("cameo", n, stack) for n in PHOENIX_ACTORS),
                        packaged_file("actors", EVENTCODER_INSTITUTIONS, stack),
                    ],
                    agents,
                    people=[packaged_file("actors", EVENTCODER_OFFICEHOLDERS, stack)],
                    capitals=[packaged_file("actors", EVENTCODER_CAPITALS, stack)],
                    cache=True,
                )
            if agents is None:
                return cls.from_files(
                    actors,
                    packaged_file("cameo", PHOENIX_AGENTS, stack),
                    more_agents=[packaged_file("actors", EVENTCODER_AGENTS, stack)],
                    cache=True,
                )
            return cls.from_files(actors, agents, cache=True)


def _code_digests() -> list[str]:
    """SHA-256 of every module of ``eventcoder.actors`` (the code that compiles a dictionary)."""
    return [f"{p.name}:{file_digest(p)}" for p in sorted(Path(__file__).parent.glob("*.py"))]


def packaged_file(folder: str, name: str, stack: ExitStack) -> Path:
    """A file under ``eventcoder/data/<folder>``, as a real path for as long as ``stack`` is open."""
    data = resources.files("eventcoder") / "data" / folder / name
    return stack.enter_context(resources.as_file(data))


def is_dated(entry: ActorEntry) -> bool:
    """An entry with date restrictions."""
    return any(c.restriction is not Restriction.NONE for c in entry.codes)


def is_person_entry(entry: ActorEntry) -> bool:
    """A dated entry none of whose codes is a bare country: a person holding offices over time.

    Countries carry dates too (UKRAINE: USRUKR before 1991-08-24, then UKR), but always
    with a bare three-letter code somewhere; people get a sector (NORGOV, NORELI, IGOWSTNAT).
    """
    return is_dated(entry) and all(len(c.code) > 3 for c in entry.codes)
