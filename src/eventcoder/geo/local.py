"""A second recognition pass for small local places, inside the article's own state or province.

Free matching of every town in the gazetteer would turn half the capitalized
words of English into places. Once the article's focus is known ("a story about
Louisiana"), names of towns and counties *of that division* are plausible: a
capitalized name outside person names that the gazetteer lists in a focus
division becomes a toponym ("Cottonport", "Avoyelles Parish"), unless its context says it names
something else: a facility or organization it sits inside, a street, a date or a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.attrs import IS_ALPHA, IS_STOP, IS_TITLE, IS_UPPER, LENGTH

from eventcoder.geo.focus import ArticleFocus
from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer, name_key
from eventcoder.geo.not_places import without_agencies_and_planets, without_compass_points
from eventcoder.geo.resolve import INNER_NAME_STOP_WORDS
from eventcoder.geo.toponym import Toponym, ToponymSource, overlaps
from eventcoder.nlp.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MIN_FOCUS_WEIGHT = 1.5  # a state or a county named once, or two of its towns
COUNTY_FOCUS_WEIGHT = 1.5  # a county (weight 1 in the article's focus) counts as its state here
MIN_FOCUS_SHARE = 0.2
MAX_WORDS = 3
_LOCAL_FEATURES = frozenset({Feature.CITY, Feature.ADMIN2})
# Words that make the name before them a street's ("Darby Street", "Dunlap St.", "Lone Oak Road").
_STREET_WORDS = frozenset(
    {"street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "boulevard", "blvd", "freeway"}
)  # fmt: skip
# Entities that are never places: a month named like a town is a date ("in August", "May 27").
_NOT_PLACE_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial: "Pattie A. Clay" is a person
_HYPHENS = frozenset({"-", "–", "—"})
# Reporting verbs: a name right before one is a person's ("West said", "Harper says").
_REPORTING_VERBS = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "asked", "explained", "noted", "recalled", "wrote"}
)


def focus_divisions(entries: Sequence[GazEntry | None]) -> set[tuple[str, str]]:
    """(country, admin1) pairs the article is about: named enough, and a large enough share of the
    story's names, not counting the names of the division's own country, which fit any of its
    divisions ("The US Army's Dugway Proving Ground in Utah", then "US" three times)."""
    focus = ArticleFocus.from_entries(entries)
    national = ArticleFocus.from_entries(
        [e for e in entries if e is not None and e.feature is Feature.COUNTRY]
    )
    counties = ArticleFocus.from_entries(
        [e for e in entries if e is not None and e.feature is Feature.ADMIN2]
    )
    out = set()
    for key, weight in focus.admin1.items():
        # a county named says as much as its state named ("Pirbright" after "Surrey, UK")
        weight += (COUNTY_FOCUS_WEIGHT - 1.0) * counties.admin1.get(key, 0.0)
        rest = focus.total - national.votes.countries.get(key[0], 0.0)
        if weight >= MIN_FOCUS_WEIGHT and rest > 0 and weight / rest >= MIN_FOCUS_SHARE:
            out.add(key)
    return out


def local_toponyms(
    doc: Doc, gazetteer: Gazetteer, divisions: set[tuple[str, str]], taken: Sequence[Toponym]
) -> list[Toponym]:
    """Capitalized names of towns or counties in the focus divisions that recognition missed (a county
    also by its bare name, resolved among counties)."""
    if not divisions:
        return []
    occupied = [(t.start, t.end) for t in taken]
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]  # doc.ents is rebuilt on each access
    surnames = {ent[-1].text for ent in people if len(ent) > 1}  # of people named in full
    person = _person_tokens(doc, people, surnames)
    speakers = _speakers(doc)
    out: list[Toponym] = []
    for start_token, end_token in _name_runs(doc, person):
        for size in range(min(MAX_WORDS, end_token - start_token), 0, -1):
            for first in range(start_token, end_token - size + 1):
                span = doc[first : first + size]
                start, end = span.start_char, span.end_char
                if (
                    overlaps(start, end, occupied)
                    or span.text in speakers
                    or not _may_be_town(doc, first, first + size, start_token, end_token)
                ):
                    continue
                if _local(gazetteer.candidates(span.text), span.text, divisions):
                    source = ToponymSource.GAZETTEER
                elif (first, first + size) == (start_token, end_token) and _bare_county(
                    gazetteer, span, surnames, divisions
                ):
                    source = ToponymSource.COUNTY
                else:
                    continue
                out.append(Toponym(start, end, span.text, source, span[0].ent_type_))
                occupied.append((start, end))
    text = doc_text(doc)
    # "Xinhua News Agency" is no town of Hebei; "West Nile virus" no West, Texas
    return without_compass_points(text, without_agencies_and_planets(text, out))


def _may_be_town(doc: Doc, first: int, end: int, run_start: int, run_end: int) -> bool:
    """Whether tokens ``first:end`` of the capitalized run ``run_start:run_end`` may name a town by
    their context. Not: a name inside or closing a longer name ("Medical Center", "Texas Ranger"; a
    town opens one, "Princeton Community Hospital", or follows a compass point or a kind of place,
    "West Surrey", "Old Town Manassas"); a street's name ("Darby Street", "Lone Oak Road");
    a bare name after "the" ("the Webster"; towns take no article); a date ("in August"); a person
    after a middle initial ("Pattie A. Clay")."""
    if not all(doc[i].lower_ in INNER_NAME_STOP_WORDS for i in range(run_start, first)):
        return False
    after = range(end, min(run_end + 1, len(doc)))
    if any(doc[i].text.rstrip(".").lower() in _STREET_WORDS for i in after):
        return False
    if end == run_end and first > 0 and doc[first - 1].lower_ == "the" and not _modifies_next(doc, end):
        return False
    if first > 0 and _INITIAL.fullmatch(doc[first - 1].text):
        return False
    return not any(doc[i].ent_type_ in _NOT_PLACE_ENTITIES for i in range(first, end))


def _modifies_next(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` modifies a noun after it ("the Buford home", "the
    Watertown-ML wrestler"), so that "the" is that noun's."""
    return end < len(doc) and (doc[end].pos_ == "NOUN" or doc[end].text in _HYPHENS)


def _speakers(doc: Doc) -> set[str]:
    """Capitalized words right before a reporting verb: people ("West said"), in every mention of the
    article ("West's motion", "West and Hall voted")."""
    return {
        doc[i - 1].text
        for i in range(1, len(doc))
        if doc[i].lower_ in _REPORTING_VERBS and doc[i - 1].is_title and doc[i - 1].is_alpha
    }


def _person_tokens(doc: Doc, people: Sequence[Span], surnames: set[str]) -> set[int]:
    """Tokens of the person entities ``people``. A one-word person entity may be a town the model
    misread ("in Kidlington"), unless it is the surname of a person named in full (``surnames``) or
    follows a title or a first name ("Sheriff Grovetown", "Mr. Webster")."""
    return {
        t.i
        for ent in people
        if len(ent) > 1 or ent.text in surnames or (ent.start > 0 and _title_or_name(doc[ent.start - 1].text))
        for t in ent
    }


def _title_or_name(word: str) -> bool:
    return word[:1].isupper() and (word.istitle() or word.endswith("."))


def _name_runs(doc: Doc, person: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalized, non-stop tokens outside person names.

    Reads the token flags as one array (``Doc.to_array``): building a ``Token`` per word
    cost more than the rest of the local pass.
    """
    flags = doc.to_array([IS_TITLE, IS_UPPER, LENGTH, IS_STOP, IS_ALPHA]).tolist()
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, (title, upper, length, stop, alpha) in enumerate(flags):
        if (title or (upper and length > 2)) and not stop and alpha and i not in person:
            start = i if start is None else start
            continue
        if start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(doc)))
    return runs


def _bare_county(
    gazetteer: Gazetteer, span: Span, surnames: set[str], divisions: set[tuple[str, str]]
) -> bool:
    """A county of a focus division named without "County" ("unincorporated DeKalb", "D-Braxton"): a
    whole capitalized run (not "Licking" of "Licking Memorial Hospital"), no part of a longer entity
    (not "Henry" of "Henry's Turkey Service") and no person's surname ("Hughes said" after "Bill Hughes")."""
    name, doc = span.text, span.doc
    if name in surnames or span[0].ent_type_ == "PERSON" or span[0].ent_iob_ == "I":
        return False
    if span.end < len(doc) and doc[span.end].ent_iob_ == "I":
        return False
    return any((e.country, e.admin1) in divisions for e in gazetteer.counties(name))


def _local(candidates: tuple[GazEntry, ...], surface: str, divisions: set[tuple[str, str]]) -> bool:
    return any(
        e.feature in _LOCAL_FEATURES
        and (e.country, e.admin1) in divisions
        and name_key(e.name) == name_key(surface)
        for e in candidates
        if e.country and e.admin1
    )
