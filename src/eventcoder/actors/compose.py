"""Compose adjacent matches into one actor: country + agent + person.

A *group* is a run of matches inside one noun phrase, joined only by glue
(possessives, hyphens, title modifiers such as "deputy" or "senior", title
bridges such as "chief" or "counterpart", and "of (the)" after an agent)::

    Turkish | Foreign Minister | Mevlüt Çavuşoğlu      actor + agent + person
    Kremlin | spokesman | Dmitry Peskov                capital + agent + person
    NATO | chief | Jens Stoltenberg                    actor + bridge + person
    Foreign Minister | of | Turkey                     agent + of + actor
    Russian | troops                                   actor + agent
    the | government                                   agent alone: ---GOV

The descriptor (base actor + agents) gives a code by PETRARCH's mix (the
agent's sector appended unless already there). A person found in the
dictionary keeps the code the dictionary gives on the date, unless the
descriptor names another country (the article's own description of the person
at the time wins over a stale entry); a person not in the dictionary takes
the descriptor's code (rule ``descriptor``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventcoder.actors.dictionary import ActorDictionary, Resolution
from eventcoder.actors.reader import AgentCode
from eventcoder.actors.scan import Match, MatchKind
from eventcoder.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
TITLE_MODIFIERS = frozenset(
    {"deputy", "vice", "acting", "senior", "top", "first", "interim", "new", "incoming", "outgoing", "then"}
)
TITLE_BRIDGES = frozenset(
    {
        "chief",
        "head",
        "leader",
        "boss",
        "counterpart",
        "envoy",
        "ambassador",
        "representative",
        "commander",
        "secretary",
        "general",
        "minister",
        "premier",
        "chancellor",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
    }
)
NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC", "DATE", "TIME", "EVENT", "PRODUCT", "LAW"})
IGO_PREFIXES = ("IGO", "NGO", "MNC")
MAX_NAME_TOKENS = 5


class Rule:
    DICTIONARY = "dictionary"
    AGENT = "agent"
    CAPITAL = "capital"
    DESCRIPTOR = "descriptor"
    COREF = "coref"


@dataclass(slots=True)
class Group:
    """Matches that together describe one actor."""

    matches: list[Match] = field(default_factory=list)
    base: Match | None = None  # country, organisation or capital
    agents: list[Match] = field(default_factory=list)
    person: Match | None = None  # a dictionary person
    name: tuple[int, int] | None = None  # token range of a person not in the dictionary

    @property
    def start(self) -> int:
        first = self.matches[0].start
        return min(first, self.name[0]) if self.name else first

    @property
    def end(self) -> int:
        last = self.matches[-1].end
        return max(last, self.name[1]) if self.name else last


@dataclass(frozen=True, slots=True)
class Resolved:
    actor: Actor
    start: int  # token range
    end: int
    person_name: tuple[int, int] | None = None  # token range of the person's name, when a person


def is_person(doc: Doc, dictionary: ActorDictionary, m: Match) -> bool:
    """A dictionary person: a dated entry with sector codes, or a sector-coded entry NER calls a PERSON."""
    if m.kind is not MatchKind.ACTOR or m.actor is None:
        return False
    if dictionary.is_person(m.actor):
        return True
    if dictionary.is_capital(m.actor) or any(len(c.code) <= 3 for c in m.actor.codes):
        return False
    return any(t.ent_type_ == "PERSON" for t in doc[m.start : m.end])


def _glue(tok: Token, *, allow_of: bool) -> bool:
    low = tok.lower_
    if low in POSSESSIVE or low in TITLE_MODIFIERS or low in TITLE_BRIDGES:
        return True
    if allow_of and low in ("of", "the"):
        return True
    return tok.pos_ == "ADJ" and low not in ("and", "or")


def _gap_ok(doc: Doc, start: int, end: int, *, allow_of: bool) -> bool:
    return end - start <= 3 and all(_glue(doc[t], allow_of=allow_of) for t in range(start, end))


def group_matches(doc: Doc, dictionary: ActorDictionary, matches: list[Match]) -> list[Group]:
    """Cut the matches into groups (see the module docstring)."""
    groups: list[Group] = []
    current: Group | None = None
    for m in matches:
        person = is_person(doc, dictionary, m)
        if current is not None and _joins(doc, dictionary, current, m, person):
            _add(current, m, person)
            continue
        current = Group()
        _add(current, m, person)
        groups.append(current)
    return groups


def _joins(doc: Doc, dictionary: ActorDictionary, group: Group, m: Match, person: bool) -> bool:
    if group.person is not None:
        return False
    last = group.matches[-1]
    if m.kind is MatchKind.AGENT:
        return _gap_ok(doc, last.end, m.start, allow_of=False)
    if person:
        return _gap_ok(doc, last.end, m.start, allow_of=False)
    # a second organisation/country: "Foreign Minister of Turkey", or "U.S. State Department"
    if group.base is None:
        if last.kind is not MatchKind.AGENT:
            return False
        prefix = last.agent is not None and bool(last.agent.code.prefix)  # "MSF Arnor" -> NGOARN
        linked = _linking_gap(doc, last.end, m.start, locative_ok=not _is_seat(dictionary, m))
        return linked or (prefix and m.start == last.end)
    return last is group.base and m.start == last.end and _same_country(group.base, m)


LINKING_PREPS = frozenset({"of", "from", "in"})


def _linking_gap(doc: Doc, start: int, end: int, *, locative_ok: bool) -> bool:
    """ "Foreign Minister of Turkey", "soldiers from Gondor", "lawmakers in Fornost" (PETRARCH's agent + PP).

    "in" links only to countries: "reporters in Moscow" are not Moscow's (a capital after "in" is a place).
    """
    words = [doc[t].lower_ for t in range(start, end)]
    if not words or words[0] not in LINKING_PREPS or (words[0] == "in" and not locative_ok):
        return False
    return words[1:] in ([], ["the"])


def _is_seat(dictionary: ActorDictionary, m: Match) -> bool:
    return m.actor is not None and dictionary.is_capital(m.actor)


def _same_country(a: Match, b: Match) -> bool:
    ca = {c.code[:3] for c in a.actor.codes} if a.actor else set()
    cb = {c.code[:3] for c in b.actor.codes} if b.actor else set()
    return bool(ca & cb)


def _add(group: Group, m: Match, person: bool) -> None:
    group.matches.append(m)
    if m.kind is MatchKind.AGENT:
        group.agents.append(m)
    elif person and (group.base is not None or group.agents or not group.matches[:-1]):
        group.person = m
    else:
        group.base = m  # a later, more specific organisation replaces the country


CONJUNCTIONS = (["and"], [","], [",", "and"], ["or"])
_LONGEST_CONJUNCTION = max(map(len, CONJUNCTIONS))


def share_coordinated_agents(doc: Doc, groups: list[Group]) -> None:
    """Agents and countries shared across conjuncts, as PETRARCH distributes them.

    * "Turkish and US diplomats": the last conjunct's agent applies to bare ones before it;
    * "ambassadors of Arnor, Osgiliath and Gondor": an agent-of phrase's agent applies to the bare
      actors listed after it;
    * "Danish media and government": a bare agent after a country + agent takes that country.
    """
    for n in range(len(groups) - 2, -1, -1):
        group, nxt = groups[n], groups[n + 1]
        if not (_conjoined(doc, group, nxt) and _bare(group) and nxt.base is not None and nxt.agents):
            continue
        if nxt.agents[0].start >= nxt.base.end and nxt.person is None:
            group.agents = list(nxt.agents)  # the group's own span is unchanged
    for n in range(len(groups) - 1):
        group, nxt = groups[n], groups[n + 1]
        if not _conjoined(doc, group, nxt) or group.base is None or not group.agents or group.person:
            continue
        if _bare(nxt) and group.agents[0].start < group.base.start:
            nxt.agents = list(group.agents)
        elif nxt.base is None and nxt.agents and nxt.person is None and nxt.name is None:
            nxt.base = group.base


def _bare(group: Group) -> bool:
    return group.base is not None and not group.agents and group.person is None and group.name is None


def _conjoined(doc: Doc, group: Group, nxt: Group) -> bool:
    gap = nxt.start - group.end
    return (
        0 < gap <= _LONGEST_CONJUNCTION
        and [doc[t].lower_ for t in range(group.end, nxt.start)] in CONJUNCTIONS
    )


def attach_name(doc: Doc, group: Group, limit: int) -> None:
    """A person not in the dictionary right after a descriptor: "spokesman Dmitry Peskov"."""
    if group.person is not None or (group.base is None and not group.agents):
        return
    t = group.matches[-1].end
    bridged = False
    while t < limit and doc[t].lower_ in TITLE_BRIDGES | TITLE_MODIFIERS and t - group.matches[-1].end < 2:
        bridged = bridged or doc[t].lower_ in TITLE_BRIDGES
        t += 1
    if not group.agents and not bridged:
        return
    start = t
    while t < limit and t - start < MAX_NAME_TOKENS and _name_token(doc[t]):
        t += 1
    if t > start and any(doc[i].pos_ == "PROPN" for i in range(start, t)):
        group.name = (start, t)


APPOSITIVE_DETERMINERS = frozenset({"the", "a", "an"})


def attach_appositive_name(doc: Doc, group: Group, floor: int) -> None:
    """A person named right before an appositive descriptor: "Dmitry Peskov, the Kremlin spokesman"."""
    if group.person is not None or group.name is not None or not group.agents:
        return
    t = group.matches[0].start
    if t > floor and doc[t - 1].lower_ in APPOSITIVE_DETERMINERS:
        t -= 1
    if t - 1 <= floor or doc[t - 1].text != ",":
        return
    end = start = t - 1
    while start > floor and end - start < MAX_NAME_TOKENS and _name_token(doc[start - 1]):
        start -= 1
    run = doc[start:end]
    if not len(run) or not any(tok.pos_ == "PROPN" for tok in run):
        return
    if doc.has_annotation("ENT_IOB") and not any(tok.ent_type_ == "PERSON" for tok in run):
        return  # with NER available, only names it calls a person
    group.name = (start, end)


def _name_token(tok: Token) -> bool:
    if tok.ent_type_ in NOT_PERSON_ENTS:
        return False
    return tok.pos_ == "PROPN" or (tok.text.endswith(".") and len(tok.text) == 2 and tok.text[0].isupper())


def compose_code(base: str | None, agents: list[AgentCode]) -> str:
    """PETRARCH's mix of an actor code with agent codes, with two refinements.

    ``GOV`` adds nothing to an IGO/NGO/MNC code ("NATO official") nor to a
    code that already has a sector ("Russian military spokesman" stays RUSMIL).
    """
    code = base or "---"
    for agent in agents:
        if agent.prefix:
            code = agent.apply(code)
            continue
        sector = agent.suffix
        if not sector:
            continue
        if sector == "GOV" and (code.startswith(IGO_PREFIXES) or len(code) > 3):
            continue
        code = agent.apply(code)
    return code


def resolve_group(
    doc: Doc, dictionary: ActorDictionary, group: Group, day: dt.date | None
) -> Resolved | None:
    """The actor a group denotes on ``day`` (None when its entry has no code on that day)."""
    base_res = _resolve(dictionary, group.base, day)
    if group.base is not None and base_res is None and group.person is None:
        return None
    agent_codes = [m.agent.code for m in group.agents if m.agent is not None]
    has_descriptor = base_res is not None or bool(agent_codes)
    described = (
        compose_code(_base_code(dictionary, base_res, agent_codes), agent_codes) if has_descriptor else None
    )
    start, end = group.start, group.end
    span = (doc[start].idx, _char_end(doc, group))
    mention = _text_between(doc, start, end, span)
    if group.person is not None:
        return _resolve_person(doc, dictionary, group, day, described, base_res, span, mention)
    if group.name is not None and described is not None:
        name = doc[group.name[0] : group.name[1]].text
        actor = Actor(
            described, name, mention, span, Rule.DESCRIPTOR, _origin(base_res, group), *_period(base_res)
        )
        return Resolved(actor, start, end, group.name)
    if base_res is not None and not agent_codes:
        rule = Rule.CAPITAL if dictionary.is_capital(base_res.entry) else Rule.DICTIONARY
        actor = Actor(
            described or "---", base_res.entry.name, mention, span, rule, base_res.where, *_period(base_res)
        )
        return Resolved(actor, start, end)
    if described is None or described == "---":
        return None  # agents that name no sector ("alliance") and no actor
    actor = Actor(described, mention, mention, span, Rule.AGENT, _origin(base_res, group), *_period(base_res))
    return Resolved(actor, start, end)


def _resolve_person(
    doc: Doc,
    dictionary: ActorDictionary,
    group: Group,
    day: dt.date | None,
    described: str | None,
    base_res: Resolution | None,
    span: tuple[int, int],
    mention: str,
) -> Resolved | None:
    person = group.person
    assert person is not None and person.actor is not None
    res = dictionary.resolve(person.actor, day)
    name_range = (person.start, person.end)
    if res is not None and _dictionary_wins(res.code.code, described):
        actor = Actor(
            res.code.code, person.actor.name, mention, span, Rule.DICTIONARY, res.where, *_period(res)
        )
        return Resolved(actor, group.start, group.end, name_range)
    if described is None:
        return None
    actor = Actor(
        described,
        person.actor.name,
        mention,
        span,
        Rule.DESCRIPTOR,
        _origin(base_res, group),
        *_period(base_res),
    )
    return Resolved(actor, group.start, group.end, name_range)


def _base_code(dictionary: ActorDictionary, res: Resolution | None, agents: list[AgentCode]) -> str | None:
    """A seat's code, or only its country when an agent names another sector ("Moscow insurgency")."""
    if res is None:
        return None
    code = res.code.code
    if dictionary.is_capital(res.entry) and any(a.suffix not in ("", "GOV") or a.prefix for a in agents):
        return code[:3]
    return code


def _dictionary_wins(entry_code: str, described: str | None) -> bool:
    """Keep the dictionary's code unless the article describes the person otherwise.

    "President Erdoğan" (no country in the descriptor) and "US counterpart
    Antony Blinken" (no sector) keep the entry's code; "NATO chief Jens
    Stoltenberg" against a stale NORGOV entry, or "Foreign Minister X" against
    an entry that says X is out of office, take the descriptor's.
    """
    if described is None or described.startswith("---"):
        return True
    if described[:3] != entry_code[:3]:
        return False
    return len(described) == 3 or entry_code.startswith(described)


def _resolve(dictionary: ActorDictionary, m: Match | None, day: dt.date | None) -> Resolution | None:
    if m is None or m.actor is None:
        return None
    return dictionary.resolve(m.actor, day)


def _period(res: Resolution | None) -> tuple[str | None, str | None]:
    return (res.code.valid_from, res.code.valid_to) if res else (None, None)


def _agent_where(group: Group) -> str | None:
    wheres = [m.agent.where for m in group.agents if m.agent is not None]
    return " + ".join(wheres) if wheres else None


def _origin(base_res: Resolution | None, group: Group) -> str | None:
    """Every dictionary line that made the code: the actor entry, then each agent."""
    parts = [p for p in (base_res.where if base_res else None, _agent_where(group)) if p]
    return " + ".join(parts) if parts else None


def _text_between(doc: Doc, start: int, end: int, span: tuple[int, int]) -> str:
    """doc.text[span] without building the whole ``doc.text`` (spaCy rebuilds it per access)."""
    return doc[start:end].text[: span[1] - span[0]]


def _char_end(doc: Doc, group: Group) -> int:
    if group.name is not None and group.name[1] >= group.matches[-1].end:
        last = doc[group.name[1] - 1]
        return last.idx + len(last.text)
    return group.matches[-1].char_end
