"""Toponym recognition: spaCy place entities plus a gazetteer matcher for what the model misses.

The small English model tags most countries and cities as GPE/LOC but misses
regions ("Crimea" comes out as ORG, "Kiev" as PERSON) and names inside other
spans. The gazetteer matcher adds capitalized gazetteer names that no NER
entity claims, and takes over an entity of another type when the entity is
exactly a well-known place name.

``recognize`` runs every rule in order. The rules on the model's entities and
the matcher live here; the words around a name that make it a place ("in",
"the town of", "... city") in ``contexts``; those that read names from the raw
text around known places in ``text_names``; the filters for names that are not
places in ``not_places``; nationality adjectives in ``demonyms``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventcoder.geo.contexts import (
    from_kind_after,
    from_locative_entities,
    from_locative_names,
    overridable,
)
from eventcoder.geo.demonyms import from_demonyms
from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer, name_key
from eventcoder.geo.not_places import (
    MAJOR_CITY_POPULATION,
    PLACE_LABELS,
    name_shaped,
    person_evidence,
    person_or_time,
    without_agencies_and_planets,
    without_company_names,
    without_compass_points,
    without_disease_names,
    without_missing_article,
    without_people,
    without_saints_buildings,
    without_street_names,
)
from eventcoder.geo.patterns import LIST_GOES_ON, county_list_spans, dateline_spans, party_home_spans
from eventcoder.geo.text_names import (
    LEADING,
    TRAILING,
    acronyms,
    extended,
    from_abbreviations,
    from_civic_heads,
    from_county_names,
    from_town_state_pairs,
    known_under,
    repeat_mentions,
)
from eventcoder.geo.toponym import Toponym, ToponymSource, overlaps
from eventcoder.nlp.fold import fold
from eventcoder.nlp.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

GAZETTEER_ONLY_LABELS = frozenset({"FAC"})  # buildings and roads: kept only when the gazetteer knows them
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
_CONJUNCTION = re.compile(r",? (?:and|or|&) ")  # between two coordinated names
_GAP = len(", and ")
_WORD_BEFORE = re.compile(r"(?<![\w.])(?!The )[A-Z][a-z]*\.? $")  # not "The" ("The New York Times")
_SPACED_DASH = re.compile(r" [-–—] ")
_PIECE_SEPARATOR = re.compile(rf",|{_SPACED_DASH.pattern}")  # between the places of one entity
_LOWERCASE_WORDS = re.compile(r"^(?:[a-z][\w'’.-]*\s+)+(?=[A-Z])")  # "north west London"
# words for natural features: with a capitalized name before them, they name a feature, not a town;
# not when another capitalized word follows, an organization's name ("Tampa Bay Buccaneers")
_FEATURE_WORDS = r"(?:Bay|Lake|River|Creek|Island|Islands|Mountain|Mountains|Beach|Harbou?r|Sound|Cove)"
_FEATURE_AFTER = re.compile(rf" {_FEATURE_WORDS}\b(?! [A-Z])")
_FEATURE_ALONE = re.compile(_FEATURE_WORDS)
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+ $")
_DIVISION_WORD_AFTER = re.compile(r" (?:State|Province|Region|Oblast|Governorate)$")  # a division as such


def recognize(doc: Doc, gazetteer: Gazetteer, *, demonyms: bool = True) -> list[Toponym]:
    """Toponyms in a parsed text, in order, without overlaps.

    ``demonyms`` counts nationality adjectives ("Russian forces") as mentions
    of their country, as GeoWebNews, LGL and TR-News annotate them; they are
    never used as an event's place.
    """
    text = doc_text(doc)
    marked = [Toponym(s, e, text[s:e], ToponymSource.COUNTY) for s, e in county_list_spans(text)]
    counties = [(t.start, t.end) for t in marked]  # "R-Berkeley; ... and D-McDowell counties"
    marked += [
        Toponym(s, e, text[s:e], ToponymSource.HOME)
        for s, e in party_home_spans(text)
        if not overlaps(s, e, counties)
    ]
    marked += [
        Toponym(s, e, text[s:e], ToponymSource.DATELINE)
        for s, e in dateline_spans(text)
        if known_under(gazetteer, text[s:e])
    ]
    claimed = [(t.start, t.end) for t in marked]
    entities = doc.ents  # built anew on every access: once for every rule below
    found = [t for t in _from_entities(text, entities, gazetteer) if not overlaps(t.start, t.end, claimed)]
    found += marked
    found += _from_matcher(doc, text, entities, gazetteer, found)
    found += from_locative_entities(doc, entities, gazetteer, found)
    found += from_locative_names(doc, gazetteer, found)
    found += from_kind_after(doc, entities, gazetteer, found)
    found += _from_coordinated_entities(doc, entities, gazetteer, found)
    found += from_county_names(text, gazetteer, found)
    found += from_abbreviations(text, gazetteer, found)
    found += from_town_state_pairs(text, gazetteer, found)
    found += from_civic_heads(text, gazetteer, found)
    surnames, titled = person_evidence(doc, entities)
    found = without_street_names(text, gazetteer, without_people(gazetteer, found, surnames, titled))
    found += repeat_mentions(doc, entities, found, gazetteer, blocked=titled)
    found = without_street_names(text, gazetteer, extended(text, gazetteer, found))
    if demonyms:
        found += from_demonyms(doc, gazetteer, found)
    found += acronyms(text, gazetteer, found)
    found = without_missing_article(text, gazetteer, without_disease_names(text, found))
    found = without_saints_buildings(text, without_agencies_and_planets(text, found))
    found = without_company_names(text, gazetteer, without_compass_points(text, found))
    return sorted(found, key=lambda t: t.start)


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
            if not known and not name_shaped(name):  # "H1N1", "District 3", "T*SOL", "AI"
                continue
            if not known and person_or_time(name):  # "Ms Raggi", "Easter", all tagged GPE or LOC
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


def _hyphenated_places(gazetteer: Gazetteer, name: str) -> list[tuple[int, str]]:
    """The places of an unknown hyphenated name whose every part is a known place ("Asia-Pacific",
    "Greenbrier-Pocahontas County"), with their offsets; else none ("Guinea-Bissau" is known whole).
    An unknown name of country names side by side is a list that lost its commas ("Cyprus, Greece
    Italy or Spain"): each is its own place."""
    separator = "-" if "-" in name else " "
    parts, offset = [], 0
    for part in name.split(separator):
        if not part[:1].isupper() or not known_under(gazetteer, part):
            return []
        if separator == " " and not any(e.feature is Feature.COUNTRY for e in gazetteer.candidates(part)):
            return []
        parts.append((offset, part))
        offset += len(part) + 1
    return parts if len(parts) > 1 else []


def _split_entity(ent: SpacySpan) -> list[tuple[int, int]]:
    """Character spans of an entity without "the", other lowercase words before the name ("north
    west London") or a possessive, split at commas ("Gainesville, Va.") and spaced dashes ("Central
    Africa - Nigeria"); none for a piece with no
    capital at all ("meth", "n’t", "new county", all tagged GPE by the model)."""
    text, base = ent.text, ent.start_char
    parts: list[tuple[int, int]] = []
    bounds, offset = [], 0
    for separator in _PIECE_SEPARATOR.finditer(text):
        bounds.append((offset, separator.start()))
        offset = separator.end()
    bounds.append((offset, len(text)))
    for offset, end in bounds:
        piece = text[offset:end]
        start = offset + (len(piece) - len(piece.lstrip()))
        stripped = piece.strip()
        lead = LEADING.match(stripped) or _LOWERCASE_WORDS.match(stripped)
        if lead:
            start += lead.end()
            stripped = stripped[lead.end() :]
        trail = TRAILING.search(stripped)
        if trail:
            stripped = stripped[: trail.start()]
        if stripped and not stripped.islower():
            parts.append((base + start, base + start + len(stripped)))
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
            or overlaps(start, end, occupied)
        ):
            continue
        entity = _entity_at(entities, start, end)
        best = _best_known(gazetteer.candidates(surface))
        if best is None or not _main_name_or_curated(best, surface) or _function_word(doc, start, end):
            continue
        if _natural_feature_name(text, start, end):
            continue  # "Islington Bay" near Auckland is no part of London; "Bay" of "Mahim Bay" no town
        if (
            gazetteer.division_only(surface)
            and not _DIVISION_WORD_AFTER.search(surface)
            and (entity is not None or LEADING.match(surface))
        ):
            continue  # a province known from its towns only: a bare name no entity claims ("Sokoto State" may)
        if entity is not None and not (
            _may_take_over(entity, text[start:end], best)
            or _embedded(entity, start, end)
            or _split_by_the_model(entities, start, end, best)
            or _named_group(entity, start, end, best)
        ):
            continue
        if entity is None and not _plausible_outside_entities(doc, start, end, best):
            continue
        out.append(Toponym(start, end, surface, ToponymSource.GAZETTEER, entity.label_ if entity else ""))
        occupied.append((start, end))
    return out


def _natural_feature_name(text: str, start: int, end: int) -> bool:
    """The matched name is part of a natural feature's: a word for one follows it ("Islington Bay"; not
    in a longer name, "the Tampa Bay Buccaneers" are Tampa's) or it is that word after a name ("Bay"
    of "Mahim Bay")."""
    return bool(_FEATURE_AFTER.match(text, end)) or (
        bool(_FEATURE_ALONE.fullmatch(text, start, end))
        and bool(_NAME_BEFORE.search(text, max(0, start - 30), start))
    )


def _from_coordinated_entities(
    doc: Doc, entities: Sequence[SpacySpan], gazetteer: Gazetteer, taken: list[Toponym]
) -> list[Toponym]:
    """An entity of another type joined by "and" or "or" to a recognized toponym, or an item of a
    list of them, that is exactly a place the gazetteer lists ("Gainesville and Lindsay",
    "Saxony-Anhalt and Thuringia", "Rogaland, Vestfold, Buskerud"): names coordinated with a place
    are places. Not acronyms ("NATO and Tunisia", "the EU and UN")."""
    text = doc_text(doc)
    ends, starts = {t.end for t in taken}, {t.start: t.end for t in taken}
    occupied = [(t.start, t.end) for t in taken]
    out: list[Toponym] = []
    for ent in entities:
        if not overridable(ent) or ent.text.isupper():
            continue
        bare = TRAILING.sub("", ent.text)
        start, end = ent.start_char, ent.start_char + len(bare)
        listed = (
            (text[start - 2 : start] == ", " and (start - 2) in ends and LIST_GOES_ON.match(text, end))
            or (  # the first of a list: a listed place and more follow ("kept indoors: Rogaland, Vestfold,
                # Buskerud"; not "Albertson, Mountain Dairy", brands before a name the model took for a place)
                text[end : end + 2] == ", "
                and (end + 2) in starts
                and LIST_GOES_ON.match(text, starts[end + 2])
                and bool(gazetteer.candidates(text[end + 2 : starts[end + 2]]))
            )
        )
        if not (
            listed
            or any(_CONJUNCTION.fullmatch(text[e:start]) for e in ends if start - _GAP <= e < start)
            or any(_CONJUNCTION.fullmatch(text[end:s]) for s in starts if end < s <= end + _GAP)
        ):
            continue
        if overlaps(start, end, occupied) or not known_under(gazetteer, bare):
            continue
        out.append(Toponym(start, end, bare, ToponymSource.GAZETTEER, ent.label_))
        occupied.append((start, end))
        ends.add(end)
    return out


def _longer_name_before(text: str, gazetteer: Gazetteer, start: int, end: int) -> int:
    """Where the place really starts: "London" in "New London" is New London when the gazetteer
    lists it (the matcher knows only large places; the longer name may be a small town)."""
    word = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if word is None:
        return start
    return word.start() if known_under(gazetteer, text[word.start() : end]) else start


def _best_known(candidates: tuple[GazEntry, ...]) -> GazEntry | None:
    if not candidates:
        return None
    return max(candidates, key=lambda e: (e.feature is not Feature.CITY, e.population))


def _main_name_or_curated(entry: GazEntry, surface: str) -> bool:
    """Free matching trusts a city only under its main name (alternate names hold many common words),
    written as listed or with the accents a plain listing drops ("İstanbul", "Malmö")."""
    if entry.feature is not Feature.CITY:
        return True
    listed, written = name_key(entry.name), name_key(surface)
    return listed == written or (listed.isascii() and fold(written) == listed)


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


def _may_take_over(entity: SpacySpan, surface: str, best: GazEntry) -> bool:
    """An entity of another type yields only when it is exactly this well-known place name, or one
    piece of it between spaced dashes ("Sri Lanka - approximately" tagged PERSON)."""
    if not overridable(entity):
        return False
    bare = TRAILING.sub("", LEADING.sub("", entity.text)).strip()
    if surface != bare and surface not in _SPACED_DASH.split(bare):
        return False
    if entity.label_ == "NORP":
        return best.feature is not Feature.CITY
    return best.feature is not Feature.CITY or best.population >= MAJOR_CITY_POPULATION


def _split_by_the_model(entities: Sequence[SpacySpan], start: int, end: int, best: GazEntry) -> bool:
    """A country, division or region whose name the model tagged as two or more entities that make it
    up exactly ("French" NORP and "Guiana" PERSON for French Guiana)."""
    parts = [ent for ent in entities if ent.start_char < end and start < ent.end_char]
    return (
        len(parts) > 1
        and best.feature is not Feature.CITY
        and parts[0].start_char == start
        and parts[-1].end_char == end
        and all(overridable(ent) or ent.label_ in PLACE_LABELS for ent in parts)
    )


def _embedded(entity: SpacySpan, start: int, end: int) -> bool:
    """A place name inside a longer organization, facility or event name ("Oman Film Society")."""
    inside = (
        entity.start_char <= start
        and end <= entity.end_char
        and (start, end) != (entity.start_char, entity.end_char)
    )
    return inside and entity.label_ in EMBEDDING_LABELS


def _named_group(entity: SpacySpan, start: int, end: int, best: GazEntry) -> bool:
    """A force or agency the model took for a person, named after its state or country: the place
    opens the entity and an acronym follows ("New Brunswick RCMP", "Georgia DOT"), which no
    person's name does (a town would not do: "Mary QC" is a person)."""
    if entity.label_ != "PERSON" or entity.start_char != start or end >= entity.end_char:
        return False
    if best.feature not in (Feature.COUNTRY, Feature.ADMIN1):
        return False
    rest = [t for t in entity if t.idx >= end]
    return bool(rest) and all(t.is_upper and t.is_alpha and len(t) > 1 for t in rest)


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
