"""Contexts that make a name a place, whatever the model tagged it: a locative word before it ("in
Klamath Falls", "the town of Pulawy", "eastern Ghouta", "driving to Castlegar") or a kind of place
after it ("Heze city", "the Kvemo-Kartli region"). The gazetteer must list the name (see
``known_in_context``); the matcher in ``recognize`` finds only large places, these find any size.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.attrs import ENT_IOB, IS_TITLE

from eventcoder.geo.gazetteer import MATCHER_MIN_CITY_POPULATION, Feature, Gazetteer
from eventcoder.geo.not_places import CALENDAR_WORDS
from eventcoder.geo.text_names import LEADING, TRAILING, known_under
from eventcoder.geo.toponym import Toponym, ToponymSource, overlaps
from eventcoder.nlp.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

OVERRIDABLE_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", ""})
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "from"})  # "in Klamath Falls", "from Dewsbury"
# "to" marks a destination after a verb of motion ("driving to Castlegar", "moved to Thornhill")
MOTION_VERBS = frozenset(
    {
        "go", "travel", "move", "drive", "fly", "return", "head", "relocate", "walk", "sail", "flee",
        "commute", "migrate", "ride", "journey", "evacuate", "airlift", "deport", "transfer", "emigrate",
    }
)  # fmt: skip
# lowercase kinds of places that name the place after them ("the town of Pulawy", "region KwaZulu-Natal")
PLACE_KINDS = frozenset(
    {
        "town", "city", "village", "hamlet", "township", "municipality", "county", "province", "region",
        "district", "island", "suburb", "neighbourhood", "neighborhood", "capital", "port",
    }
)  # fmt: skip
# lowercase kinds of places that name the place before them ("Heze city", "the Kvemo-Kartli region")
KINDS_AFTER = frozenset(
    {
        "city", "town", "village", "township", "municipality", "county", "province", "region", "district",
        "state", "prefecture", "governorate", "oblast",
    }
)  # fmt: skip
# lowercase words that name the place after "of" ("the state of Rhineland-Palatinate", "his hometown of
# Lahore", "the towns of Haris and Varzaqan", "the community of O'Leary"), besides the kinds of places
# above
KINDS_BEFORE_OF = PLACE_KINDS | {
    "state", "hometown", "towns", "cities", "villages", "provinces", "regions", "districts", "counties",
    "islands", "suburbs", "community", "communities",
}  # fmt: skip
# a lowercase compass adjective before a name marks a part of a place ("eastern Ghouta", "southern Idlib")
COMPASS_ADJECTIVES = frozenset(
    {
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
        "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
    }
)  # fmt: skip
MAX_NAME_WORDS = 4
ORG_VILLAGE_POPULATION = 10_000
_POSSESSIVES = frozenset({"'s", "’s"})
_OUTSIDE = 2  # Token.ent_iob in ``Doc.to_array``: 2 is "O", outside every entity


def from_locative_entities(
    doc: Doc, entities: Sequence[SpacySpan], gazetteer: Gazetteer, taken: list[Toponym]
) -> list[Toponym]:
    """An entity of another type right after "in", "near", "outside" or "from", or after a lowercase
    compass adjective, that is exactly a place the gazetteer lists under that name ("lives in
    Klamath Falls" tagged PERSON, "from Dewsbury" or "eastern Ghouta" tagged ORG): the context
    makes it a place, whatever its size."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    for ent in entities:
        if not overridable(ent) or ent.start == 0 or not _locative_before(doc[ent.start - 1]):
            continue
        bare = TRAILING.sub("", ent.text)
        start, end = ent.start_char, ent.start_char + len(bare)
        if not bare[:1].isupper() or overlaps(start, end, occupied) or not known_in_context(gazetteer, bare):
            continue
        after_preposition = doc[ent.start - 1].lower_ in LOCATIVE_PREPOSITIONS  # not "the community of"
        if ent.label_ == "ORG" and after_preposition and _only_villages(gazetteer, bare):
            continue  # "in Congress" is the legislature, not Congress, Arizona (1,975 people)
        out.append(Toponym(start, end, bare, ToponymSource.GAZETTEER, ent.label_))
        occupied.append((start, end))
    return out


def _only_villages(gazetteer: Gazetteer, name: str) -> bool:
    """Every place listed under ``name`` is a town smaller than ``ORG_VILLAGE_POPULATION``: a name the
    model tagged an organization is that organization, even after "in"."""
    return all(
        e.feature is Feature.CITY and e.population < ORG_VILLAGE_POPULATION
        for e in gazetteer.candidates(name)
    )


def from_locative_names(doc: Doc, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
    """A capitalized name outside every entity right after a locative word (see ``_locative_before``)
    that is exactly a place the gazetteer lists ("a demolition in Ayodhya", "in Estey's Bridge,
    N.B.", "driving to Castlegar"): the matcher looks only for large places, and the context makes a
    name a place whatever its size. The longest listed name of up to four words wins."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    text = doc_text(doc)
    flags = doc.to_array([IS_TITLE, ENT_IOB]).tolist()  # cheaper than a Token per word
    outside = [title == 1 and iob == _OUTSIDE for title, iob in flags]
    for i in range(1, len(doc)):
        if not outside[i] or not _locative_before(doc[i - 1]):
            continue
        end = i + 1
        while end < min(len(doc), i + MAX_NAME_WORDS) and (
            outside[end] or (doc[end].text in _POSSESSIVES and flags[end][1] == _OUTSIDE)
        ):
            end += 1
        for last in range(end - 1, i - 1, -1):
            start, stop = doc[i].idx, doc[last].idx + len(doc[last].text)
            if not outside[last] or text[stop : stop + 1] == "-":  # "from Neo-classicism"
                continue
            if not overlaps(start, stop, occupied) and known_in_context(gazetteer, text[start:stop]):
                out.append(Toponym(start, stop, text[start:stop], ToponymSource.GAZETTEER))
                occupied.append((start, stop))
                break
    return out


def from_kind_after(
    doc: Doc, entities: Sequence[SpacySpan], gazetteer: Gazetteer, taken: list[Toponym]
) -> list[Toponym]:
    """A name right before a lowercase kind of place ("Heze city alone", "the Kvemo-Kartli region"
    tagged ORG) that is a place the gazetteer lists (see ``known_in_context``), whatever the model
    made of it and wherever it stands: the kind word makes it a place. An entity of a type a place
    may override counts whole; words outside entities, the longest listed run of up to four."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    text = doc_text(doc)
    kinds = [i for i, token in enumerate(doc) if i > 0 and token.text in KINDS_AFTER]
    if not kinds:
        return out
    entity_ending = {ent.end: ent for ent in entities}
    for k in kinds:
        entity = entity_ending.get(k)
        if entity is not None:
            if not overridable(entity):
                continue
            spans = [(entity.start_char, entity.start_char + len(TRAILING.sub("", entity.text)))]
        else:
            first = k
            while (
                first > max(0, k - MAX_NAME_WORDS)
                and doc[first - 1].is_title
                and doc[first - 1].ent_iob == _OUTSIDE
            ):
                first -= 1
            # never from a function word ("The city", "But county officials")
            spans = [
                (doc[i].idx, doc[k - 1].idx + len(doc[k - 1].text))
                for i in range(first, k)
                if not doc[i].is_stop
            ]
        for start, end in spans:
            name = LEADING.sub("", text[start:end])
            start = end - len(name)
            # an acronym only under its own name ("GOP county chairman": no alias of Gorakhpur)
            known = known_under(gazetteer, name) if name.isupper() else known_in_context(gazetteer, name)
            if name[:1].isupper() and not overlaps(start, end, occupied) and known:
                out.append(
                    Toponym(start, end, name, ToponymSource.GAZETTEER, entity.label_ if entity else "")
                )
                occupied.append((start, end))
                break
    return out


def _locative_before(token: Token) -> bool:
    """The word before a name makes it a place: "in", "near", "outside", "from", a lowercase
    compass adjective ("eastern" in "eastern Ghouta"; "Western" in a name is part of it), or a
    lowercase kind of place, alone or with "of", "called" or "named" ("the town of Pulawy", "a
    village called Låsby", "the region KwaZulu-Natal")."""
    if token.lower_ == "to":  # "moved to Thornhill", not "spoke to Perry"
        return token.head.lemma_ in MOTION_VERBS
    if token.text in PLACE_KINDS:
        return True
    if token.text == "of" and token.i > 0:
        return token.doc[token.i - 1].text in KINDS_BEFORE_OF
    if token.text in ("called", "named") and token.i > 0:
        return token.doc[token.i - 1].text in PLACE_KINDS
    return token.lower_ in LOCATIVE_PREPOSITIONS or token.text in COMPASS_ADJECTIVES


def overridable(entity: SpacySpan) -> bool:
    """An entity whose type a place name may override: people, organizations and the like, and a
    "date" of words that name no time, which the model makes of unfamiliar names ("in Manbij",
    "Limpopo and Eastern Cape"); not "May" or "Easter" (towns too)."""
    if entity.label_ in OVERRIDABLE_LABELS:
        return True
    return entity.label_ == "DATE" and not any(
        t.like_num or any(c.isdigit() for c in t.text) or t.lower_ in CALENDAR_WORDS for t in entity
    )


def known_in_context(gazetteer: Gazetteer, name: str) -> bool:
    """A name that a locative context makes a place: listed under that very name, or another
    spelling of a country, division or city of 100,000 or more ("from Misrata", Misratah; "Beni
    Suef", Banī Suwayf), whose alternate names the gazetteer keeps."""
    return known_under(gazetteer, name) or any(
        e.feature is not Feature.CITY or e.population >= MATCHER_MIN_CITY_POPULATION
        for e in gazetteer.candidates(name)
    )
