"""Explain who a name resolves to, on a date or over time (``eventcoder actors``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eventcoder.actors.dates import code_on, parse_iso_date
from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.actors.reader import ActorEntry
from eventcoder.actors.recognizer import ActorRecognizer
from eventcoder.records import Actor

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True, slots=True)
class CodePeriod:
    code: str
    valid_from: str | None
    valid_to: str | None  # exclusive
    where: str
    chosen: bool = False  # the code that holds on the asked date

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
            "entry": self.where,
            "chosen": self.chosen,
        }


@dataclass(frozen=True, slots=True)
class Explanation:
    """What a query resolves to: the whole-name entry (if any) and the recognised mentions."""

    query: str
    date: str | None
    entry_name: str | None
    entry_where: str | None
    phrases: tuple[str, ...]
    periods: tuple[CodePeriod, ...]
    mentions: tuple[Actor, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "date": self.date,
            "entry": {"name": self.entry_name, "where": self.entry_where, "phrases": list(self.phrases)}
            if self.entry_name
            else None,
            "codes": [p.to_dict() for p in self.periods],
            "mentions": [
                {
                    "mention": a.mention,
                    "code": a.code,
                    "name": a.name,
                    "rule": a.rule,
                    "entry": a.entry,
                    "valid_from": a.valid_from,
                    "valid_to": a.valid_to,
                }
                for a in self.mentions
            ],
        }


def _periods(entry: ActorEntry, date: str | None) -> tuple[CodePeriod, ...]:
    chosen = code_on(entry.codes, parse_iso_date(date)) if date else None
    return tuple(
        CodePeriod(c.code, c.valid_from, c.valid_to, f"{entry.path}:{c.line or entry.line}", c is chosen)
        for c in entry.codes
    )


def explain(dictionary: ActorDictionary, nlp: Language, query: str, date: str | None) -> Explanation:
    """Resolve ``query`` as a whole name and as text ("Turkish Foreign Minister Mevlüt Çavuşoğlu").

    ``nlp`` tokenizes the query; a blank ``spacy.blank("en")`` pipeline is enough
    (no parse: a capital is then always read as its government).
    """
    if date:
        parse_iso_date(date)  # fail early on a bad date
    entry = dictionary.entry_for(query)
    mentions = ActorRecognizer(dictionary).find(nlp(query), date)
    return Explanation(
        query=query,
        date=date,
        entry_name=entry.name if entry else None,
        entry_where=entry.where if entry else None,
        phrases=entry.phrases if entry else (),
        periods=_periods(entry, date) if entry else (),
        mentions=mentions,
    )
