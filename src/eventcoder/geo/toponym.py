"""Toponyms: place names found in an article's text, the records every geo stage shares.

Recognition makes them; the resolver, the local pass and event attachment read
them. A toponym's source says which rule found it, and so how it is looked up
("Jackson" from "Jackson and Madison counties" is a county, not a town).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class ToponymSource(enum.StrEnum):
    NER = "ner"
    GAZETTEER = "gazetteer"
    ABBREVIATION = "abbreviation"
    DEMONYM = "demonym"
    COUNTY = "county"  # a name in "A, B and C counties": resolved among counties and parishes
    REPEAT = "repeat"  # another mention of a name recognized elsewhere in the article
    CIVIC = "civic"  # a name before a civic head ("Cookville Fire Chief", "a Columbia woman")
    HOME = "home"  # a legislator's home in a party tag ("Sen. Ray Miller, D-Columbus")
    DATELINE = "dateline"  # where a story was filed ("CROMWELL — Police said ...")
    SITE = "site"  # a building, road or ground ("Northwestern Memorial Hospital"; ``geo.sites``)
    ACRONYM = "acronym"  # the initials of a place the story names in full ("SA" after "South Africa")


# the model's labels for places and facilities: a name it tagged so is a place even where no gazetteer
# lists it ("Belle Vue in Manchester"), and one it did not is kept only with a reading
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
LEADING = re.compile(r"^(?:the|The|THE)\s+")  # "the" before a name
POSSESSIVE_MARK = r"(?:'s|’s|')"
TRAILING = re.compile(rf"{POSSESSIVE_MARK}$")  # a possessive after a name ("Gainesville's mayor")


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name in the text (character offsets into the Doc's text)."""

    start: int
    end: int
    text: str
    source: ToponymSource
    label: str = ""  # the NER label it came from, if any
    stands_for: str = ""  # an acronym's full name, as the story writes it


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """The character span ``start:end`` overlaps one of ``spans``."""
    return any(s < end and start < e for s, e in spans)
