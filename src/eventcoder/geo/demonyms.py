"""Demonyms: nationality adjectives as mentions of their country ("Russian forces", "South Korean").

GeoWebNews, LGL and TR-News annotate them as toponyms; they are never used as
an event's place. An ethnic group written with "American" ("African American",
"Native Americans") names no country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import IS_TITLE, IS_UPPER

from eventcoder.geo.gazetteer import Gazetteer
from eventcoder.geo.toponym import Toponym, ToponymSource, overlaps
from eventcoder.nlp.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

_AMERICANS = frozenset({"american", "americans"})


def from_demonyms(doc: Doc, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
    """Nationality adjectives of one word or two ("Russian", "South Ossetian")."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    flags = doc.to_array([IS_TITLE, IS_UPPER]).tolist()  # cheaper than a Token per word
    skip_to = 0
    for i, (title, upper) in enumerate(flags):
        if i < skip_to or (not title and not upper):
            continue
        token = doc[i]
        if token.ent_type_ == "LANGUAGE":  # "in English"
            continue
        last = token
        if gazetteer.demonym_head(token.text) and i + 1 < len(doc):  # "South" of "South Korean"
            pair = doc[i : i + 2]
            if gazetteer.demonym_place(pair.text) is not None:
                last = doc[i + 1]
        start, end = token.idx, last.idx + len(last.text)
        if last is token and gazetteer.demonym_place(token.text) is None:  # most tokens stop here
            continue
        if overlaps(start, end, occupied):
            continue
        skip_to = last.i + 1
        american = _american_after(doc, last.i)
        if american or (token.lower_ in _AMERICANS and i > 0 and doc[i - 1].text == "Native"):
            skip_to = max(skip_to, american)  # "African American", "Native Americans": an ethnic group
            continue
        out.append(Toponym(start, end, doc_text(doc)[start:end], ToponymSource.DEMONYM, token.ent_type_))
    return out


def _american_after(doc: Doc, i: int) -> int:
    """The index after "American(s)" written apart right after token ``i`` ("African American"), or
    0; hyphenated, two countries' ("a Russian-American crew") stay."""
    j = i + 1
    return (
        j + 1
        if j < len(doc) and doc[j].lower_ in _AMERICANS and doc[j].is_title and doc[i].whitespace_
        else 0
    )
