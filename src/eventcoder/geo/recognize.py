"""Toponym recognition: spaCy place entities plus a gazetteer matcher for what the model misses.

The small English model tags most countries and cities as GPE/LOC but misses
regions ("Crimea" comes out as ORG, "Kiev" as PERSON) and names inside other
spans. The gazetteer matcher adds capitalized gazetteer names that no NER
entity claims, and takes over an entity of another type when the entity is
exactly a well-known place name. AP state abbreviations are read only after
"City," ("Gainesville, Va.").
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import ENT_IOB, IS_DIGIT, IS_TITLE, IS_UPPER, LENGTH, LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import get_string_id

from eventcoder.geo.gazetteer import (
    GENERIC_PLACE_WORDS,
    MATCHER_MIN_CITY_POPULATION,
    Feature,
    GazEntry,
    Gazetteer,
    name_key,
)
from eventcoder.geo.patterns import civic_head_spans, county_list_spans, dateline_spans, party_home_spans
from eventcoder.nlp.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

PLACE_LABELS = frozenset({"GPE", "LOC"})
GAZETTEER_ONLY_LABELS = frozenset({"FAC"})  # buildings and roads: kept only when the gazetteer knows them
OVERRIDABLE_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", ""})
CALENDAR_WORDS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "spring", "summer", "autumn", "fall", "winter", "easter", "christmas", "ramadan",
        "passover", "thanksgiving", "today", "yesterday", "tomorrow", "tonight", "day", "days", "week",
        "weeks", "month", "months", "year", "years", "weekend", "decade", "century", "season",
    }
)  # fmt: skip
PERSONAL_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "dr", "sgt", "lt", "capt", "cpl", "det", "officer", "coach", "judge", "sen",
        "senator", "rep", "gov", "governor", "president", "rev", "professor", "prof", "deputy",
        "trooper", "pastor", "brother", "sister", "father", "mother", "son", "daughter", "wife", "husband",
        "brothers", "sisters", "sons", "daughters",
    }
)  # fmt: skip
# the titles as LOWER ids, with and without the dot ("mr", "mr."): read from one array per doc
_TITLE_IDS = frozenset(get_string_id(w) for title in PERSONAL_TITLES for w in (title, f"{title}."))
_AND = get_string_id("and")
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
MAJOR_CITY_POPULATION = 500_000  # a city name that may take over an entity of another type
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
# a lowercase compass adjective before a name marks a part of a place ("eastern Ghouta", "southern Idlib")
COMPASS_ADJECTIVES = frozenset(
    {
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
        "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
    }
)  # fmt: skip
MAX_NAME_WORDS = 4
_POSSESSIVES = frozenset({"'s", "’s"})
_OUTSIDE = 2  # Token.ent_iob in ``Doc.to_array``: 2 is "O", outside every entity
_AMERICANS = frozenset({"american", "americans"})
_DESIGNATOR_AFTER = re.compile(r" (?:County|Parish)\b")
_COUNTY_NAME = re.compile(r"(?<![\w.])(?:St\. )?[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)? (?:County|Parish)\b")
_CONJUNCTION = re.compile(r",? (?:and|or|&) ")  # between two coordinated names
_GAP = len(", and ")
_LIST_GOES_ON = re.compile(r",? (?:and|or|&) |, ")  # "Migori, Homa Bay, Rongo and Nyando"
_STREET_AFTER = re.compile(
    r" (?P<kind>Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Dr\.|Boulevard|Blvd\.|Lane|Ln\.|Highway|Pike|Parkway)(?!\w)"
)
_ROADS = frozenset({"Road", "Rd.", "Highway", "Pike", "Parkway"})  # a state's or county's roads
_DISEASE_AFTER = re.compile(r"[ -](?:virus|viruses|fever|disease|encephalitis|ebolavirus)\b", re.IGNORECASE)
_NAME_AFTER_COMMA = re.compile(r", (?P<name>[A-Z][A-Za-z]*\.?(?: [A-Z][A-Za-z]*\.?){0,2})(?![\w-])")
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z.]+){0,2}), $")
_WORDS_AFTER = tuple(re.compile(rf"(?: [A-Z][a-z]+){{{n}}}\b") for n in (3, 2, 1))
_WORD_BEFORE = re.compile(r"(?<![\w.])(?!The )[A-Z][a-z]*\.? $")  # not "The" ("The New York Times")
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_LOWERCASE_WORDS = re.compile(r"^(?:[a-z][\w'’.-]*\s+)+(?=[A-Z])")  # "north west London"
_TRAILING = re.compile(r"(?:'s|’s|')$")


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


_REPEATABLE = frozenset(
    {
        ToponymSource.NER,
        ToponymSource.GAZETTEER,
        ToponymSource.COUNTY,
        ToponymSource.CIVIC,
        ToponymSource.HOME,
        ToponymSource.DATELINE,
    }
)


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name in the text (character offsets into the Doc's text)."""

    start: int
    end: int
    text: str
    source: ToponymSource
    label: str = ""  # the NER label it came from, if any


def recognize(doc: Doc, gazetteer: Gazetteer, *, demonyms: bool = True) -> list[Toponym]:
    """Toponyms in a parsed text, in order, without overlaps.

    ``demonyms`` counts nationality adjectives ("Russian forces") as mentions
    of their country, as GeoWebNews, LGL and TR-News annotate them; they are
    never used as an event's place.
    """
    text = doc_text(doc)
    marked = [Toponym(s, e, text[s:e], ToponymSource.COUNTY) for s, e in county_list_spans(text)]
    marked += [Toponym(s, e, text[s:e], ToponymSource.HOME) for s, e in party_home_spans(text)]
    marked += [
        Toponym(s, e, text[s:e], ToponymSource.DATELINE)
        for s, e in dateline_spans(text)
        if _known_under(gazetteer, text[s:e])
    ]
    claimed = [(t.start, t.end) for t in marked]
    entities = doc.ents  # built anew on every access: once for every rule below
    found = [t for t in _from_entities(text, entities, gazetteer) if not _overlaps(t.start, t.end, claimed)]
    found += marked
    found += _from_matcher(doc, text, entities, gazetteer, found)
    found += _from_locative_entities(doc, entities, gazetteer, found)
    found += _from_locative_names(doc, gazetteer, found)
    found += _from_coordinated_entities(doc, entities, gazetteer, found)
    found += _from_county_names(text, gazetteer, found)
    found += _from_abbreviations(text, gazetteer, found)
    found += _from_town_state_pairs(text, gazetteer, found)
    found += _from_civic_heads(text, gazetteer, found)
    surnames, titled = _person_evidence(doc, entities)
    found = _without_street_names(text, gazetteer, _without_people(gazetteer, found, surnames, titled))
    found += repeat_mentions(doc, entities, found, gazetteer, blocked=titled)
    found = _without_street_names(text, gazetteer, _extended(text, gazetteer, found))
    if demonyms:
        found += _from_demonyms(doc, gazetteer, found)
    return sorted(_without_disease_names(text, found), key=lambda t: t.start)


def _from_entities(text: str, entities: Sequence[SpacySpan], gazetteer: Gazetteer) -> list[Toponym]:
    out: list[Toponym] = []
    person_words = {t.text for ent in entities if ent.label_ == "PERSON" for t in ent}
    for ent in entities:
        if ent.label_ not in PLACE_LABELS | GAZETTEER_ONLY_LABELS:
            continue
        for start, end in _split_entity(ent):
            name = text[start:end]
            known = bool(gazetteer.candidates(name))
            if ent.label_ in GAZETTEER_ONLY_LABELS and not known:
                continue
            if not known and name in person_words:  # "Pawlenty" tagged GPE once and PERSON elsewhere
                continue
            if not known and not _name_shaped(name):  # "H1N1", "District 3", "T*SOL", "AI"
                continue
            if not known and _person_or_time(name):  # "Ms Raggi", "Easter", all tagged GPE or LOC
                continue
            parts = [] if known else _hyphenated_places(gazetteer, name)
            for part_start, part in parts:
                out.append(
                    Toponym(
                        start + part_start,
                        start + part_start + len(part),
                        part,
                        ToponymSource.NER,
                        ent.label_,
                    )
                )
            if not parts and name and any(c.isalpha() for c in name):
                out.append(Toponym(start, end, name, ToponymSource.NER, ent.label_))
    return out


def _name_shaped(name: str) -> bool:
    """Letters, spaces and the marks names use, and not a short acronym: what an entity the
    gazetteer does not know must look like to pass for a place's name."""
    return all(c.isalpha() or c in " .'’-&" for c in name) and not (
        name.isalpha() and name.isupper() and len(name) <= 3
    )


def _person_or_time(name: str) -> bool:
    """A name that opens with a personal title or is a calendar word."""
    first = name.split(" ", 1)[0].casefold().rstrip(".")
    return (first in PERSONAL_TITLES and " " in name) or name.casefold() in CALENDAR_WORDS


def _hyphenated_places(gazetteer: Gazetteer, name: str) -> list[tuple[int, str]]:
    """The places of an unknown hyphenated name whose every part is a known place ("Asia-Pacific",
    "Greenbrier-Pocahontas County"), with their offsets; else none ("Guinea-Bissau" is known whole)."""
    if "-" not in name:
        return []
    parts, offset = [], 0
    for part in name.split("-"):
        if not part[:1].isupper() or not _known_under(gazetteer, part):
            return []
        parts.append((offset, part))
        offset += len(part) + 1
    return parts


def _split_entity(ent: SpacySpan) -> list[tuple[int, int]]:
    """Character spans of an entity without "the", other lowercase words before the name ("north
    west London") or a possessive, split at commas ("Gainesville, Va."); none for a piece with no
    capital at all ("meth", "n’t", "new county", all tagged GPE by the model)."""
    text, base = ent.text, ent.start_char
    parts: list[tuple[int, int]] = []
    offset = 0
    for piece in text.split(","):
        start = offset + (len(piece) - len(piece.lstrip()))
        stripped = piece.strip()
        lead = _LEADING.match(stripped) or _LOWERCASE_WORDS.match(stripped)
        if lead:
            start += lead.end()
            stripped = stripped[lead.end() :]
        trail = _TRAILING.search(stripped)
        if trail:
            stripped = stripped[: trail.start()]
        if stripped and not stripped.islower():
            parts.append((base + start, base + start + len(stripped)))
        offset += len(piece) + 1
    return parts


def _from_matcher(
    doc: Doc, text: str, entities: Sequence[SpacySpan], gazetteer: Gazetteer, taken: list[Toponym]
) -> list[Toponym]:
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    for found_start, end in gazetteer.find(text):
        start = _longer_name_before(text, gazetteer, found_start, end)
        surface = text[start:end]
        if (
            not surface[0].isupper()
            or (len(surface) < 3 and not surface.isupper())
            or _overlaps(start, end, occupied)
        ):
            continue
        entity = _entity_at(entities, start, end)
        best = _best_known(gazetteer.candidates(surface))
        if best is None or not _main_name_or_curated(best, surface) or _function_word(doc, start, end):
            continue
        if gazetteer.division_only(surface) and (entity is not None or _LEADING.match(surface)):
            continue  # a province known from its towns only: a bare name no entity claims
        if entity is not None and not (
            _may_take_over(entity, text[start:end], best) or _embedded(entity, start, end)
        ):
            continue
        if entity is None and not _plausible_outside_entities(doc, start, end, best):
            continue
        out.append(Toponym(start, end, surface, ToponymSource.GAZETTEER, entity.label_ if entity else ""))
        occupied.append((start, end))
    return out


def _from_locative_entities(
    doc: Doc, entities: Sequence[SpacySpan], gazetteer: Gazetteer, taken: list[Toponym]
) -> list[Toponym]:
    """An entity of another type right after "in", "near", "outside" or "from", or after a lowercase
    compass adjective, that is exactly a place the gazetteer lists under that name ("lives in
    Klamath Falls" tagged PERSON, "from Dewsbury" or "eastern Ghouta" tagged ORG): the context
    makes it a place, whatever its size."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    for ent in entities:
        if not _overridable(ent) or ent.start == 0 or not _locative_before(doc[ent.start - 1]):
            continue
        bare = _TRAILING.sub("", ent.text)
        start, end = ent.start_char, ent.start_char + len(bare)
        if (
            not bare[:1].isupper()
            or _overlaps(start, end, occupied)
            or not _known_in_context(gazetteer, bare)
        ):
            continue
        out.append(Toponym(start, end, bare, ToponymSource.GAZETTEER, ent.label_))
        occupied.append((start, end))
    return out


def _from_locative_names(doc: Doc, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
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
            if not _overlaps(start, stop, occupied) and _known_in_context(gazetteer, text[start:stop]):
                out.append(Toponym(start, stop, text[start:stop], ToponymSource.GAZETTEER))
                occupied.append((start, stop))
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
    if token.text in ("of", "called", "named") and token.i > 0:
        return token.doc[token.i - 1].text in PLACE_KINDS
    return token.lower_ in LOCATIVE_PREPOSITIONS or token.text in COMPASS_ADJECTIVES


def _from_coordinated_entities(
    doc: Doc, entities: Sequence[SpacySpan], gazetteer: Gazetteer, taken: list[Toponym]
) -> list[Toponym]:
    """An entity of another type joined by "and" or "or" to a recognized toponym that is exactly a
    place the gazetteer lists ("Gainesville and Lindsay", "Saxony-Anhalt and Thuringia"): names
    coordinated with a place are places. Not acronyms ("NATO and Tunisia", "the EU and UN")."""
    text = doc_text(doc)
    ends, starts = {t.end for t in taken}, {t.start for t in taken}
    occupied = [(t.start, t.end) for t in taken]
    out: list[Toponym] = []
    for ent in entities:
        if not _overridable(ent) or ent.text.isupper():
            continue
        bare = _TRAILING.sub("", ent.text)
        start, end = ent.start_char, ent.start_char + len(bare)
        listed = text[start - 2 : start] == ", " and (start - 2) in ends and _LIST_GOES_ON.match(text, end)
        if not (
            listed
            or any(_CONJUNCTION.fullmatch(text[e:start]) for e in ends if start - _GAP <= e < start)
            or any(_CONJUNCTION.fullmatch(text[end:s]) for s in starts if end < s <= end + _GAP)
        ):
            continue
        if _overlaps(start, end, occupied) or not _known_under(gazetteer, bare):
            continue
        out.append(Toponym(start, end, bare, ToponymSource.GAZETTEER, ent.label_))
        occupied.append((start, end))
        ends.add(end)
    return out


def _from_county_names(text: str, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
    """ "<Name> County" or "<Name> Parish" that the gazetteer lists as a county, wherever it stands:
    the designator makes it a place inside an organization's name too ("the Edgar County Community
    Foundation", "Laurel County Clerk")."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    for match in _COUNTY_NAME.finditer(text):
        start, end = match.span()
        lead = _LEADING.match(match.group(0))  # "The Edgar County Community Foundation"
        start += lead.end() if lead else 0
        if _overlaps(start, end, occupied):
            continue
        if not any(e.feature is Feature.ADMIN2 for e in gazetteer.candidates(text[start:end])):
            continue
        out.append(Toponym(start, end, text[start:end], ToponymSource.GAZETTEER))
        occupied.append((start, end))
    return out


def _longer_name_before(text: str, gazetteer: Gazetteer, start: int, end: int) -> int:
    """Where the place really starts: "London" in "New London" is New London when the gazetteer
    lists it (the matcher knows only large places; the longer name may be a small town)."""
    word = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if word is None:
        return start
    return word.start() if _known_under(gazetteer, text[word.start() : end]) else start


def _best_known(candidates: tuple[GazEntry, ...]) -> GazEntry | None:
    if not candidates:
        return None
    return max(candidates, key=lambda e: (e.feature is not Feature.CITY, e.population))


def _main_name_or_curated(entry: GazEntry, surface: str) -> bool:
    """Free matching trusts a city only under its main name (alternate names hold many common words)."""
    return entry.feature is not Feature.CITY or name_key(entry.name) == name_key(surface)


def _function_word(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    token = span[0]
    if len(span) > 1 or (token.is_upper and len(token) > 1):  # "US" is a name, "Us" a pronoun
        return False
    return token.is_stop or token.pos_ in ("DET", "ADP", "PRON")


def _entity_at(entities: Sequence[SpacySpan], start: int, end: int) -> SpacySpan | None:
    for ent in entities:
        if ent.start_char < end and start < ent.end_char:
            return ent
    return None


def _overridable(entity: SpacySpan) -> bool:
    """An entity whose type a place name may override: people, organizations and the like, and a
    "date" of words that name no time, which the model makes of unfamiliar names ("in Manbij",
    "Limpopo and Eastern Cape"); not "May" or "Easter" (towns too)."""
    if entity.label_ in OVERRIDABLE_LABELS:
        return True
    return entity.label_ == "DATE" and not any(
        t.like_num or any(c.isdigit() for c in t.text) or t.lower_ in CALENDAR_WORDS for t in entity
    )


def _may_take_over(entity: SpacySpan, surface: str, best: GazEntry) -> bool:
    """An entity of another type yields only when it is exactly this well-known place name."""
    if not _overridable(entity):
        return False
    bare = _TRAILING.sub("", _LEADING.sub("", entity.text)).strip()
    if bare != surface:
        return False
    if entity.label_ == "NORP":
        return best.feature is not Feature.CITY
    return best.feature is not Feature.CITY or best.population >= MAJOR_CITY_POPULATION


def _embedded(entity: SpacySpan, start: int, end: int) -> bool:
    """A place name inside a longer organization, facility or event name ("Oman Film Society")."""
    inside = (
        entity.start_char <= start
        and end <= entity.end_char
        and (start, end) != (entity.start_char, entity.end_char)
    )
    return inside and entity.label_ in EMBEDDING_LABELS


def _plausible_outside_entities(doc: Doc, start: int, end: int, best: GazEntry) -> bool:
    """A name no entity claims: not a sentence-initial word that could be anything, not part of a name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    first, last = span[0], span[-1]
    if best.feature is Feature.CITY and (
        first.is_sent_start or (len(span) == 1 and first.pos_ not in ("PROPN",))
    ):
        return False
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # "Georgia Tech", "Jordan Peterson": a capitalized word glued to the name makes it another name
    glued = any(t is not None and t.is_title and t.pos_ == "PROPN" for t in (before, after))
    return not glued


def repeat_mentions(
    doc: Doc,
    entities: Sequence[SpacySpan],
    found: list[Toponym],
    gazetteer: Gazetteer,
    *,
    blocked: Sequence[tuple[int, int]] = (),
) -> list[Toponym]:
    """Other mentions of names already recognized as places (one sense per article).

    The model tags "Gainesville" once and misses it in "Gainesville officials",
    "the Gainesville sewer system" or "Gainesville's mayor". Every other
    occurrence of a recognized name, as written or in capitals (a dateline), is
    a toponym too, unless it lies inside a person's name ("Gainesville Smith"); a
    person entity that is the name alone is the model's slip, not a person.
    """
    names = {t.text for t in found if t.source in _REPEATABLE and len(t.text) >= 3 and t.text[0].isupper()}
    names = {n for n in names if gazetteer.candidates(n)}
    if not names:
        return []
    text = doc_text(doc)
    occupied = [(t.start, t.end) for t in found] + list(blocked)
    occupied += [
        (e.start_char, e.end_char)
        for e in entities
        if e.label_ == "PERSON" and _TRAILING.sub("", e.text) not in names
    ]
    hits = sorted(
        (start, -len(name))
        for name in names | {n.upper() for n in names}
        for start in _occurrences(text, name)
    )
    out: list[Toponym] = []
    for start, minus_length in hits:  # leftmost first, the longer name first at one place
        end = start - minus_length
        if not _overlaps(start, end, occupied):
            out.append(Toponym(start, end, text[start:end], ToponymSource.REPEAT))
            occupied.append((start, end))
    return out


def _occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` stands as a whole word (a plain search: one regex per article cost more)."""
    out: list[int] = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = text[start - 1] if start else " "
        if not (before.isalnum() or before in "_.") and not (
            end < len(text) and (text[end].isalnum() or text[end] == "_")
        ):
            out.append(start)
        start = text.find(name, start + 1)
    return out


def _from_civic_heads(text: str, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
    """Known towns and counties before a civic head ("Cookville Fire Chief", "a Columbia woman").

    The words before the head are tried from the longest ending to the shortest
    ("Acting Grand Ledge" -> "Grand Ledge"); a place must be listed under that very name.
    """
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    for run_start, end in civic_head_spans(text):
        start = run_start
        while start < end:
            name = text[start:end]
            if name.casefold() in STOP_WORDS or name.casefold() in CALENDAR_WORDS:
                break  # "As police proceeded", "Many residents", "March residents"
            if not _overlaps(start, end, occupied) and _known_under(gazetteer, name):
                out.append(Toponym(start, end, name, ToponymSource.CIVIC))
                occupied.append((start, end))
                break
            space = text.find(" ", start, end)
            start = end if space < 0 else space + 1
    return out


def _known_in_context(gazetteer: Gazetteer, name: str) -> bool:
    """A name that a locative context makes a place: listed under that very name, or another
    spelling of a country, division or city of 100,000 or more ("from Misrata", Misratah; "Beni
    Suef", Banī Suwayf), whose alternate names the gazetteer keeps."""
    return _known_under(gazetteer, name) or any(
        e.feature is not Feature.CITY or e.population >= MATCHER_MIN_CITY_POPULATION
        for e in gazetteer.candidates(name)
    )


def _known_under(gazetteer: Gazetteer, name: str) -> bool:
    """The gazetteer lists a place under this very name (not only as an alternate of another)."""
    return any(name_key(e.name) == name_key(name) for e in gazetteer.candidates(name))


def _extended(text: str, gazetteer: Gazetteer, found: list[Toponym]) -> list[Toponym]:
    """Toponyms that take in the words after them: "County" or "Parish" ("Madison" in "the Madison
    County Health Department" is the county, not Madison, Wisconsin), or up to three capitalized
    words that make a place the gazetteer lists ("Tennessee" in "a Tennessee Colony man", "U.S." in
    "the U.S. Virgin Islands"). A toponym wholly inside the longer name joins it when the first is a
    fragment of a name ("Democratic Republic of the" and "Congo"), not generic words ("City of" and
    "Richmond"); one that reaches past the longer name stops the extension."""
    out: list[Toponym] = []
    merged: set[int] = set()
    for toponym in found:
        if id(toponym) in merged:
            continue
        after = _DESIGNATOR_AFTER.match(text, toponym.end) or _known_longer_after(text, gazetteer, toponym)
        if after is not None:
            end = after.end()
            inside = [t for t in found if t is not toponym and toponym.end <= t.start < end]
            if not inside or (all(t.end <= end for t in inside) and _names_something(toponym.text)):
                merged.update(id(t) for t in inside)
                toponym = Toponym(
                    toponym.start, end, text[toponym.start : end], toponym.source, toponym.label
                )
        out.append(toponym)
    return [t for t in out if id(t) not in merged]


def _names_something(name: str) -> bool:
    """Not only compass, place-kind and function words ("City of", "the North")."""
    return any(
        w.casefold() not in GENERIC_PLACE_WORDS and w.casefold() not in STOP_WORDS for w in name.split()
    )


def _person_evidence(doc: Doc, entities: Sequence[SpacySpan]) -> tuple[set[str], list[tuple[int, int]]]:
    """Names of people: surnames of people named in full ("Terrell Jones": two or three capitalized
    words) and names given an age ("Flores, 26, had just left the Army"); and the spans of names
    right after a personal title ("coach Ripley", "Mr. Arlington")."""
    surnames = {
        ent[-1].text
        for ent in entities
        if ent.label_ == "PERSON" and 2 <= len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent)
    }
    flags = doc.to_array([LOWER, IS_TITLE, IS_DIGIT, LENGTH]).tolist()  # cheaper than a Token per word
    comma = get_string_id(",")
    surnames |= {
        doc[i].text
        for i in range(len(doc) - 3)
        if flags[i][1]
        and flags[i + 1][0] == comma
        and flags[i + 2][2]
        and flags[i + 2][3] <= 3
        and flags[i + 3][0] == comma
    }
    named: list[int] = []  # "coach Ripley", "his daughters, Malia and Sasha"
    for i in range(len(doc) - 1):
        if flags[i][0] not in _TITLE_IDS:
            continue
        j = i + 2 if flags[i + 1][0] == comma and i + 2 < len(doc) else i + 1
        while j < len(doc) and flags[j][1]:
            named.append(j)
            if j + 2 < len(doc) and flags[j + 1][0] == _AND:
                j += 2
            else:
                break
    titled = [(doc[j].idx, doc[j].idx + len(doc[j].text)) for j in named]
    return surnames, titled


def _without_people(
    gazetteer: Gazetteer, found: list[Toponym], surnames: set[str], titled: list[tuple[int, int]]
) -> list[Toponym]:
    """Toponyms the article shows to be a person's name: every mention of a one-word name that is
    the surname of a person named in full ("Terrell Jones" ... "Jones' girlfriend"), and a name right
    after a personal title ("coach Ripley"). Only names the model or the matcher offered, and not a
    country, state or large city that the model tagged as a place ("Washington" stays where Denzel
    Washington is named); where the model tagged it otherwise or not at all, the article's evidence
    wins ("Flores' stepfather", Flores being a Guatemalan department)."""
    return [
        t
        for t in found
        if t.source not in (ToponymSource.NER, ToponymSource.GAZETTEER)
        or not (t.text in surnames or (t.start, t.end) in titled)
        or (t.label in PLACE_LABELS and _well_known(gazetteer, t.text))
    ]


def _well_known(gazetteer: Gazetteer, name: str) -> bool:
    return any(
        e.feature is not Feature.CITY or e.population >= MAJOR_CITY_POPULATION
        for e in gazetteer.candidates(name)
    )


def _without_disease_names(text: str, found: list[Toponym]) -> list[Toponym]:
    """Toponyms that are not a disease's name ("West Nile virus", "Marburg virus", "Spanish flu",
    "Minamata disease"): the disease is named after a place it was found in, and is no mention of it."""
    return [t for t in found if not _DISEASE_AFTER.match(text, t.end)]


def _without_street_names(text: str, gazetteer: Gazetteer, found: list[Toponym]) -> list[Toponym]:
    """Toponyms that are not a place's name in a street's ("Memphis Street", "Hot Springs Drive",
    "6016 Dublin Road", "1110 E California Street"): a street named after a place is not in it.
    Before a road word, names of states, counties and countries stay ("Florida Highway 19",
    "Douglas County Road 3", "S.C. Highway 9"), as local news writes them for the roads those run."""
    out: list[Toponym] = []
    for t in found:
        street = _STREET_AFTER.match(text, t.end)
        if street is not None and t.source is not ToponymSource.ABBREVIATION:
            if street.group("kind") not in _ROADS:
                continue
            if all(e.feature is Feature.CITY for e in gazetteer.candidates(t.text)):
                continue
        out.append(t)
    return out


def _known_longer_after(text: str, gazetteer: Gazetteer, toponym: Toponym) -> re.Match[str] | None:
    """The capitalized words after a toponym (three at most, the most first), when with it they make a
    place the gazetteer lists ("Tennessee Colony", "U.S. Virgin Islands")."""
    if toponym.source is ToponymSource.DEMONYM:
        return None
    for pattern in _WORDS_AFTER:
        words = pattern.match(text, toponym.end)
        if words is not None and _known_under(gazetteer, text[toponym.start : words.end()]):
            return words
    return None


def _from_abbreviations(text: str, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
    """State abbreviations: after "<Place>, " ("Gainesville, Va."), or anywhere when made of dotted
    initials ("the S.C. Highway Patrol", "N.Y. officials")."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    after_place = [
        m for m in gazetteer.abbreviation_pattern.finditer(text) if _follows_place(text, m.start(), taken)
    ]
    for match in sorted([*after_place, *gazetteer.initials_pattern.finditer(text)], key=lambda m: m.start()):
        start, end = match.span()
        if _overlaps(start, end, occupied):
            continue
        out.append(Toponym(start, end, match.group(0), ToponymSource.ABBREVIATION))
        occupied.append((start, end))
    return out


def _from_town_state_pairs(text: str, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
    """The other half of "<town>, <state or province>" when the two agree: a state after a
    recognized town of that state ("Gatineau, Que.", "Barrie, Ont."), or a town of a recognized
    state before it ("Buffalo, New York", "Hagerstown, Md."), whatever the model made of it."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    for toponym in taken:
        after = _NAME_AFTER_COMMA.match(text, toponym.end)
        if after is not None and not _overlaps(*after.span("name"), occupied):
            towns = {e.admin1 for e in gazetteer.candidates(toponym.text) if e.feature is Feature.CITY}
            if towns & _states_named(gazetteer, after.group("name")):
                out.append(Toponym(*after.span("name"), after.group("name"), ToponymSource.GAZETTEER))
                occupied.append(after.span("name"))
        before = _NAME_BEFORE_COMMA.search(text, max(0, toponym.start - 40), toponym.start)
        if before is not None and not _overlaps(*before.span("name"), occupied):
            states = _states_named(gazetteer, toponym.text)
            name = before.group("name")
            if any(
                e.feature is Feature.CITY and e.admin1 in states and name_key(e.name) == name_key(name)
                for e in gazetteer.candidates(name)
            ):
                out.append(Toponym(*before.span("name"), name, ToponymSource.GAZETTEER))
                occupied.append(before.span("name"))
    return out


def _states_named(gazetteer: Gazetteer, name: str) -> set[str | None]:
    """The first-level divisions a name or abbreviation stands for ("Que." -> Quebec)."""
    entries = (*gazetteer.candidates(name), *gazetteer.abbreviation_candidates(name))
    return {e.admin1 for e in entries if e.feature is Feature.ADMIN1 and e.admin1}


def _follows_place(text: str, start: int, taken: list[Toponym]) -> bool:
    """The abbreviation comes right after "<Place>, " (a recognized toponym or a capitalized word)."""
    comma = start - 2
    if any(t.end == comma for t in taken):
        return True
    word = re.search(r"([A-Z][\w.'-]+)$", text[:comma])
    return word is not None


def _from_demonyms(doc: Doc, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
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
        if _overlaps(start, end, occupied):
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


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
