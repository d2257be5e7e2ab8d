"""ActorRecognizer: every actor mention in a parsed article, resolved on the article's date.

Steps, left to right over the Doc:

1. ``scan``: dictionary matches (actors and agents, longest first);
2. ``compose``: matches grouped into descriptors — "Turkish Foreign Minister
   Mevlüt Çavuşoğlu", "Russian troops", "Kremlin spokesman Dmitry Peskov";
3. ``places``: a capital in a locative role ("in Moscow") is a place, dropped;
4. ``coref``: later surnames ("Peskov said") and subject pronouns ("he
   added") of people resolved earlier.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from eventcoder.actors.compose import (
    Group,
    Resolved,
    attach_appositive_name,
    attach_name,
    group_matches,
    resolve_group,
    share_coordinated_agents,
)
from eventcoder.actors.coref import PersonMemory, is_pronoun_subject, is_subject
from eventcoder.actors.dates import parse_iso_date
from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.actors.places import is_locative
from eventcoder.actors.scan import scan
from eventcoder.records import Actor

# Seats that stand for two actors: (the capitals file's default, the alternative). The alternative
# wins when the article names the alternative's country and never the default's organisation.
SHARED_SEATS = {"BRUSSELS": ("IGOEUREEC", "BELGOV")}

if TYPE_CHECKING:
    from spacy.tokens import Doc


class PlaceMode(enum.StrEnum):
    """What ``find`` does with a capital used as a place ("talks in Moscow")."""

    DROP = "drop"  # not returned (the default)
    FLAG = "flag"  # returned with rule "place" and the bare country code (RUS), as Phoenix codes it


class ActorRecognizer:
    """Finds and resolves actor mentions; holds only the compiled dictionary."""

    def __init__(self, dictionary: ActorDictionary, *, places: PlaceMode = PlaceMode.DROP) -> None:
        self.dictionary = dictionary
        self.places = PlaceMode(places)

    def find(self, doc: Doc, date: str | None) -> tuple[Actor, ...]:
        """Every actor mention in ``doc``, non-overlapping, in text order.

        ``date`` (ISO ``YYYY-MM-DD``, usually the publication date) picks the
        dated code of each entry; with None the most recent code is used.
        """
        day = parse_iso_date(date) if date else None
        groups = group_matches(doc, self.dictionary, scan(doc, self.dictionary))
        share_coordinated_agents(doc, groups)
        sentences = _Sentences.of(doc)
        for n, group in enumerate(groups):
            limit = groups[n + 1].start if n + 1 < len(groups) else len(doc)
            attach_name(doc, group, min(limit, sentences.end[sentences.of_token[group.start]]))
        for n, group in enumerate(groups):
            floor = groups[n - 1].end if n else 0
            attach_appositive_name(doc, group, max(floor, sentences.start[sentences.of_token[group.start]]))
        return _shared_seats(self._resolve_in_order(doc, groups, day, sentences.of_token))

    def _resolve_in_order(
        self, doc: Doc, groups: list[Group], day: dt.date | None, sentence_of: list[int]
    ) -> list[Actor]:
        memory = PersonMemory()
        out: list[Actor] = []
        covered_until = 0
        for group in [*groups, None]:
            stop = group.start if group is not None else len(doc)
            out.extend(self._coref_between(doc, covered_until, stop, memory, sentence_of))
            if group is None:
                break
            covered_until = group.end
            resolved = resolve_group(doc, self.dictionary, group, day)
            if resolved is None:
                continue
            if self._is_place(doc, group, resolved):
                if self.places is PlaceMode.FLAG:
                    actor = resolved.actor
                    out.append(replace(actor, code=actor.code[:3], rule="place"))
                continue
            out.append(resolved.actor)
            self._remember(doc, resolved, memory, sentence_of)
        return out

    def _is_place(self, doc: Doc, group: Group, resolved: Resolved) -> bool:
        if group.agents or group.person or group.name or group.base is None or group.base.actor is None:
            return False
        if not self.dictionary.is_capital(group.base.actor):
            return False
        return is_locative(doc[resolved.start : resolved.end])

    @staticmethod
    def _remember(doc: Doc, resolved: Resolved, memory: PersonMemory, sentence_of: list[int]) -> None:
        if resolved.person_name is None:
            return
        name_span = doc[resolved.person_name[0] : resolved.person_name[1]]
        memory.remember(
            resolved.actor,
            name_span.text,
            subject=is_subject(doc[resolved.start : resolved.end]),
            sentence=sentence_of[resolved.start],
        )

    @staticmethod
    def _coref_between(
        doc: Doc, start: int, stop: int, memory: PersonMemory, sentence_of: list[int]
    ) -> list[Actor]:
        """Surnames and subject pronouns in doc[start:stop] (text no dictionary match covers)."""
        out: list[Actor] = []
        t = start
        while t < stop:
            token = doc[t]
            if is_pronoun_subject(token):
                actor = memory.by_pronoun(doc[t : t + 1], sentence_of[t])
                if actor is not None:
                    out.append(actor)
                    memory.last_subject_sentence = sentence_of[t]
                t += 1
                continue
            if token.pos_ != "PROPN":
                t += 1
                continue
            end = t
            while end < stop and doc[end].pos_ == "PROPN":
                end += 1
            actor = memory.by_surname(doc[t:end])
            if actor is not None:
                out.append(actor)
                if is_subject(doc[t:end]):
                    memory.last_subject, memory.last_subject_sentence = actor, sentence_of[t]
            t = end
        return out


def _shared_seats(actors: list[Actor]) -> tuple[Actor, ...]:
    """ "Brussels" is the EU unless the article is about Belgium (and names no EU body)."""
    seats = {i for i, a in enumerate(actors) if a.rule == "capital" and a.name in SHARED_SEATS}
    if not seats:
        return tuple(actors)
    others = [a for i, a in enumerate(actors) if i not in seats]
    out = list(actors)
    for i in seats:
        default, alternative = SHARED_SEATS[actors[i].name]
        names_default = any(a.code.startswith(default) for a in others)
        names_alternative = any(a.country == alternative[:3] for a in others)
        if names_alternative and not names_default:
            out[i] = replace(actors[i], code=alternative)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Sentences:
    """Sentence bounds read once per Doc (``Token.sent`` walks the sentence on every call)."""

    of_token: list[int]  # the sentence number of each token
    start: list[int]  # each sentence's first token
    end: list[int]  # each sentence's end (exclusive)

    @classmethod
    def of(cls, doc: Doc) -> _Sentences:
        if not doc.has_annotation("SENT_START"):
            return cls([0] * len(doc), [0], [len(doc)])
        of_token = [0] * len(doc)
        starts: list[int] = []
        ends: list[int] = []
        for n, sent in enumerate(doc.sents):
            starts.append(sent.start)
            ends.append(sent.end)
            of_token[sent.start : sent.end] = [n] * (sent.end - sent.start)
        return cls(of_token, starts, ends)
