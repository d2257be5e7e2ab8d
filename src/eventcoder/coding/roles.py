"""Map clause roles (subject, object, by-agent, prepositional object) onto actor mentions.

The actor recognizer finds every mention with its character span; a mention
belongs to a noun phrase when it lies in the phrase's core (``syntax.np_core``).
The mention nearest the phrase head wins, so "Kremlin spokesman Dmitry Peskov"
gives one actor, and "Ukraine, which wants to join NATO" gives Ukraine.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import TYPE_CHECKING

from eventcoder.coding import syntax
from eventcoder.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token


MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


@dataclass(frozen=True, slots=True)
class RoleFill:
    """The actors found for a role, and how directly they were found."""

    actors: tuple[Actor, ...]
    direct: bool = True  # False when found by a fallback (scan of the clause, a that-clause subject)
    on_head: bool = True  # False when only a modifier names the actor ("discussed Ukrainian tensions")


class MentionIndex:
    """Actor mentions of one document, looked up by token."""

    def __init__(self, mentions: Sequence[Actor]) -> None:
        self.mentions = tuple(sorted(mentions, key=lambda a: a.span))
        # the furthest end among the first i + 1 mentions: non-decreasing, so bisectable
        self._reach = tuple(accumulate((m.span[1] for m in self.mentions), max))

    def overlapping(self, start: int, end: int) -> Actor | None:
        """The first mention (in span order) that overlaps characters [start, end)."""
        # The first mention whose end passes ``start`` is the first to raise the running
        # furthest end past it; every mention before it ends at or before ``start``.
        i = bisect_right(self._reach, start)
        if i < len(self.mentions) and self.mentions[i].span[0] < end:
            return self.mentions[i]
        return None

    def at(self, token: Token) -> Actor | None:
        return self.overlapping(token.idx, token.idx + len(token.text))

    def in_phrase(self, head: Token) -> Actor | None:
        """The mention nearest ``head`` within the head's noun-phrase core.

        An agent without a country ("ministers", ``---GOV``) takes the country of a
        mention in its of/from/in phrase: "ministers from the Georgian government" → GEOGOV.
        """
        found = self._nearest(head)
        return found[0] if found else None

    def _nearest(self, head: Token) -> tuple[Actor, Token] | None:
        for token in syntax.np_core(head):
            found = self.at(token)
            if found is not None:
                return (self._with_country(found, head) if found.code.startswith("---") else found), token
        return None

    def in_phrase_all(self, head: Token) -> list[Actor]:
        """Like ``in_phrase``, plus the mentions coordinated with the one found inside the phrase:
        "the ambassadors of Arnor, Osgiliath and Gondor", "Eriadori and Calenardhon leaders"."""
        found = self._nearest(head)
        if found is None:
            return []
        actor, token = found
        out = [actor]
        if token.i != head.i:
            coordinated = [c for c in syntax.conjuncts(token) if c.i != token.i]
        else:
            # "US and British activists": the mention covers the head with one of its coordinated
            # modifiers ("British activists"); the others name actors of their own ("US")
            coordinated = [
                c
                for m in head.children
                if m.dep_ in MODIFIER_DEPS and any(g.dep_ == "conj" for g in m.children)
                for c in syntax.conjuncts(m)
            ]
        # "Barack Obama and Vladimir Putin" parsed with "Barack" as the phrase head and "Putin"
        # coordinated with "Obama": the names coordinated with any word of the mention count
        words = token.doc.char_span(*actor.span, alignment_mode="expand") or (token,)
        inside = {w.i for w in words}
        coordinated.extend(
            c for w in words if w.i != token.i for c in syntax.conjuncts(w) if c.i not in inside
        )
        for other in coordinated:
            mention = self.at(other)
            if mention is not None and mention not in out:
                out.append(mention)
        return out

    def _with_country(self, agent: Actor, head: Token) -> Actor:
        for token in syntax.np_core(head):  # "Bree President Romendacil": BRE + ---GOV
            other = self.at(token)
            modifier = token.dep_ in {"compound", "amod", "poss", "nmod"}
            if modifier and other is not None and other is not agent and not other.code.startswith("---"):
                return replace(agent, code=other.country + agent.code[3:], rule=f"{agent.rule}+modifier")
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "from", "in"}:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for token in syntax.np_core(pobj):
                    other = self.at(token)
                    if other is not None and not other.code.startswith("---"):
                        return replace(
                            agent, code=other.country + agent.code[3:], rule=f"{agent.rule}+{prep.lower_}"
                        )
        return agent

    def for_heads(self, heads: Sequence[Token]) -> tuple[Actor, ...]:
        """One actor per coordinated phrase ("A and B" → A, B), in text order, one per country."""
        out: list[Actor] = []
        for head in heads:
            for conjunct in syntax.conjuncts(head):
                for found in self.in_phrase_all(conjunct):
                    if found not in out:
                        out.append(found)
        return _one_per_country(out)

    def modifiers_of(self, heads: Sequence[Token]) -> tuple[Actor, ...]:
        """Mentions among the head's own modifiers ("Israeli tank shelling" → ISR), not in its
        of-phrase, which names whom the act befell ("the slaying of two missionaries")."""
        out: list[Actor] = []
        for head in heads:
            for token in head.subtree:
                if token.head.i == head.i and token.dep_ in {"amod", "compound", "poss", "nmod"}:
                    found = self.at(token)
                    if found is not None and found not in out:
                        out.append(found)
        return tuple(out)

    def on_heads(self, heads: Sequence[Token]) -> bool:
        """Whether a mention covers one of the phrase heads (or their compounds, possessors, of-objects)."""
        for head in heads:
            for conjunct in syntax.conjuncts(head):
                for token in syntax.np_core(conjunct):
                    if token.dep_ != "amod" and self.at(token) is not None:
                        return True
        return False

    def after(self, position: int, tokens: Sequence[Token]) -> Actor | None:
        """The first mention in ``tokens`` at or after doc index ``position``."""
        for token in tokens:
            if token.i >= position:
                found = self.at(token)
                if found is not None:
                    return found
        return None

    def first_in(self, tokens: Sequence[Token], exclude: Sequence[Actor] = ()) -> Actor | None:
        for token in tokens:
            found = self.at(token)
            if found is not None and found not in exclude:
                return found
        return None


def _one_per_country(actors: list[Actor]) -> tuple[Actor, ...]:
    """Keep the most specific code per country ("US counterpart Antony Blinken": USAGOV over USA)."""
    best: dict[str, Actor] = {}
    for actor in actors:
        key = actor.country if actor.country != "---" else actor.code + str(actor.span)
        if key not in best or len(actor.code) > len(best[key].code):
            best[key] = actor
    kept = set(map(id, best.values()))
    return tuple(a for a in actors if id(a) in kept)


def sources(verb: Token, index: MentionIndex, is_act: Callable[[Token], bool] | None = None) -> RoleFill:
    """Who acts: the active subject, or the by-agent of a passive verb.

    Without a by-agent, a passive verb's cause names the actor when it is an act
    (``is_act``: the noun is a dictionary verb): "killed in Israeli tank shelling" → ISR.
    A pronoun subject of a reported clause is the reporter: "Israel announced it would free".
    """
    if syntax.is_passive(verb):
        found = index.for_heads(syntax.agent_objects(verb))
        if not found and is_act is not None:
            causes = [c for c in syntax.cause_objects(verb) if is_act(c)]
            return RoleFill(index.modifiers_of(causes), direct=False)
        return RoleFill(found)
    heads = syntax.subjects(verb)
    found = index.for_heads(heads)
    if not found and heads == [verb.head]:
        # "issued a statement urging Pyongyang to comply": the statement's author urges
        authors = index.for_heads(syntax.document_authors(verb))
        if authors:
            return RoleFill(authors, direct=False)
    if not found and heads and all(h.lower_ in syntax.PERSONAL_PRONOUNS for h in heads):
        speech = syntax.reporter(verb)
        if speech is not None:
            return RoleFill(index.for_heads(syntax.subjects(speech)), direct=False)
    return RoleFill(found)


def targets(verb: Token, index: MentionIndex, post: Sequence[Token], exclude: Sequence[Actor]) -> RoleFill:
    """Who is acted on: passive subject, direct object, prepositional object; else a later mention."""
    moved: list[Token] = []  # the passive subject: the act's object
    if syntax.is_passive(verb):
        moved = syntax.passive_subjects(verb)
        found = index.for_heads(moved)
        if found:
            return RoleFill(found)
    complements = [c for c in verb.children if c.dep_ == "xcomp"]
    candidates = (
        syntax.objects(verb),
        syntax.prepositional_objects(verb),
        # "wants to attack Switzerland": the open complement's object is the governor's target
        [o for c in complements for o in syntax.objects(c)],
        [o for c in complements for o in syntax.prepositional_objects(c)],
    )
    for heads in candidates:
        for head in heads:  # the best-placed phrase with an actor (and those coordinated with it)
            found = tuple(a for a in index.for_heads([head]) if a not in exclude)
            if found:
                return RoleFill(found, on_head=index.on_heads([head]))
    # "welcomed a resumption of ties with Osgiliath", "welcomed memos sent by Bree": a phrase inside
    # the object, or inside the passive subject ("evidence against Russia was presented")
    for nested in (t for o in (*syntax.objects(verb), *moved) for t in syntax.nested_phrase_heads(o)):
        found = tuple(a for a in index.for_heads([nested]) if a not in exclude)
        if found:  # the nearest nested phrase with an actor (and its coordinated ones)
            return RoleFill(found, on_head=index.on_heads([nested]))
    if not post or index.overlapping(post[0].idx, post[-1].idx + len(post[-1].text)) is None:
        return RoleFill((), direct=False)  # no mention after the verb (``post`` is in text order)
    core = {t.i for t in syntax.core_clause_tokens(verb, verb.sent)}
    fallback = index.first_in([t for t in post if t.i in core], exclude)
    return RoleFill((fallback,) if fallback else (), direct=False)


def complement_subjects(verb: Token, index: MentionIndex) -> RoleFill:
    """Subjects of the verb's that-clause ("warned that Russia may invade" → Russia)."""
    heads = [s for c in verb.children if c.dep_ == "ccomp" for s in syntax.subjects(c)]
    return RoleFill(index.for_heads(heads), direct=False)
