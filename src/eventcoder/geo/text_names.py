"""Toponyms read from the raw text around names the gazetteer knows, whatever the model made of them.

"<Name> County" names a county inside an organization's name too ("the Edgar
County Community Foundation"); a known town stands before a civic head
("Cookville Fire Chief"); AP state abbreviations follow "City," ("Gainesville,
Va.") or are dotted initials ("N.Y. officials"); a town and its state agree
across a comma ("Barrie, Ont."); a toponym takes in the words after it that make
a longer listed name ("Tennessee Colony"); and a name recognized once is a place
wherever else the article writes it ("Gainesville officials").

Regular expressions and plain searches over the text, checked against the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from eventcoder.geo.gazetteer import GENERIC_PLACE_WORDS, Feature, Gazetteer, name_key, spelled_out
from eventcoder.geo.not_places import CALENDAR_WORDS
from eventcoder.geo.patterns import civic_head_spans
from eventcoder.geo.resolve import INNER_NAME_STOP_WORDS
from eventcoder.geo.toponym import LEADING, POSSESSIVE_MARK, TRAILING, Toponym, ToponymSource, overlaps
from eventcoder.nlp.fold import fold
from eventcoder.nlp.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

# the sources whose names ``repeat_mentions`` looks for elsewhere in the article
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

_DESIGNATOR_AFTER = re.compile(r" (?:County|Parish)\b")
_COUNTY_NAME = re.compile(r"(?<![\w.])(?:St\. )?[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)? (?:County|Parish)\b")
_NAME_AFTER_COMMA = re.compile(r", (?P<name>[A-Z][A-Za-z]*\.?(?: [A-Z][A-Za-z]*\.?){0,2})(?![\w-])")
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z.]+){0,2}), $")
_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"  # a capitalized word, or two run together ("Pacific NorthWest")
# a capitalized word after a name, or one joined to it by a connecting word ("Democratic Republic" "of
# the Congo", "Rio Grande" "do Sul", "Trinidad" "and Tobago") or a hyphen ("Guinea" "-Bissau"): a longer
# name only if the gazetteer lists it
_WORDS_AFTER = tuple(
    re.compile(rf"(?:(?: (?:of the|of|and|do|da|de|del|dos|das))? {_WORD}|-{_WORD}){{{n}}}\b")
    for n in (3, 2, 1)
)
_WORDS_BEFORE = tuple(re.compile(rf"(?<![\w.'’-])(?:[A-Z][a-z]+\.? ){{{n}}}$") for n in (2, 1))


ACCENTS_ASIDE_MIN_LENGTH = 5  # a plain name this long matches a listing with accents


def known_under(gazetteer: Gazetteer, name: str) -> bool:
    """The gazetteer lists a place under this very name (not only as an alternate of another), in
    either spelling of "Saint" ("ST. PARIS" is Saint Paris, Ohio)."""
    key = spelled_out(name_key(name))
    # the accents aside ("Østfold" is listed as Ostfold, "Armentieres" as Armentières), except for a
    # short plain word, which English has too ("in God" is no Göd)
    folded = None if key.isascii() and len(key) < ACCENTS_ASIDE_MIN_LENGTH else fold(key)
    for entry in gazetteer.candidates(name):
        listed = spelled_out(name_key(entry.name))
        if listed == key or (folded is not None and fold(listed) == folded):
            return True
    return False


def from_county_names(text: str, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
    """ "<Name> County" or "<Name> Parish" that the gazetteer lists as a county, wherever it stands:
    the designator makes it a place inside an organization's name too ("the Edgar County Community
    Foundation", "Laurel County Clerk")."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    for match in _COUNTY_NAME.finditer(text):
        start, end = match.span()
        lead = LEADING.match(match.group(0))  # "The Edgar County Community Foundation"
        start += lead.end() if lead else 0
        if overlaps(start, end, occupied):
            continue
        if not any(e.feature is Feature.ADMIN2 for e in gazetteer.candidates(text[start:end])):
            continue
        out.append(Toponym(start, end, text[start:end], ToponymSource.GAZETTEER))
        occupied.append((start, end))
    return out


def from_abbreviations(text: str, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
    """State abbreviations: after "<Place>, " ("Gainesville, Va."), or anywhere when made of dotted
    initials ("the S.C. Highway Patrol", "N.Y. officials")."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    after_place = [
        m for m in gazetteer.abbreviation_pattern.finditer(text) if _follows_place(text, m.start(), taken)
    ]
    for match in sorted([*after_place, *gazetteer.initials_pattern.finditer(text)], key=lambda m: m.start()):
        start, end = match.span()
        if overlaps(start, end, occupied):
            continue
        out.append(Toponym(start, end, match.group(0), ToponymSource.ABBREVIATION))
        occupied.append((start, end))
    return out


def _follows_place(text: str, start: int, taken: list[Toponym]) -> bool:
    """The abbreviation comes right after "<Place>, " (a recognized toponym or a capitalized word)."""
    comma = start - 2
    if any(t.end == comma for t in taken):
        return True
    word = re.search(r"([A-Z][\w.'-]+)$", text[:comma])
    return word is not None


def from_town_state_pairs(text: str, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
    """The other half of "<town>, <state or province>" when the two agree: a state after a
    recognized town of that state ("Gatineau, Que.", "Barrie, Ont."), or a town of a recognized
    state before it ("Buffalo, New York", "Hagerstown, Md."), whatever the model made of it."""
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    for toponym in taken:
        after = _NAME_AFTER_COMMA.match(text, toponym.end)
        if after is not None and not overlaps(*after.span("name"), occupied):
            towns = {e.admin1 for e in gazetteer.candidates(toponym.text) if e.feature is Feature.CITY}
            if towns & _states_named(gazetteer, after.group("name")):
                out.append(Toponym(*after.span("name"), after.group("name"), ToponymSource.GAZETTEER))
                occupied.append(after.span("name"))
        before = _NAME_BEFORE_COMMA.search(text, max(0, toponym.start - 40), toponym.start)
        if before is not None and not overlaps(*before.span("name"), occupied):
            states = _states_named(gazetteer, toponym.text)
            # a town or division of a country before it ("Binh Phuoc, Vietnam"); not before the
            # country's possessive ("Harper, Canada's prime minister")
            countries = (
                set()
                if _POSSESSIVE.match(text, toponym.end)
                else {e.country for e in gazetteer.candidates(toponym.text) if e.feature is Feature.COUNTRY}
            )
            name = before.group("name")
            if any(
                name_key(e.name) == name_key(name)
                and (
                    (e.feature is Feature.CITY and e.admin1 in states)
                    or (e.feature in _IN_COUNTRIES and e.country in countries)
                )
                for e in gazetteer.candidates(name)
            ):
                out.append(Toponym(*before.span("name"), name, ToponymSource.GAZETTEER))
                occupied.append(before.span("name"))
    return out


_IN_COUNTRIES = frozenset({Feature.CITY, Feature.ADMIN1, Feature.ADMIN2})
_POSSESSIVE = re.compile(rf"{POSSESSIVE_MARK}(?!\w)")  # a possessive right after a name


def _states_named(gazetteer: Gazetteer, name: str) -> set[str | None]:
    """The first-level divisions a name or abbreviation stands for ("Que." -> Quebec)."""
    entries = (*gazetteer.candidates(name), *gazetteer.abbreviation_candidates(name))
    return {e.admin1 for e in entries if e.feature is Feature.ADMIN1 and e.admin1}


# words that open an institution's name: what follows them before a civic head is no town
INSTITUTION_WORDS = frozenset(
    {"Federal", "National", "Central", "Royal", "Supreme", "International", "Imperial", "Metropolitan"}
)


def from_civic_heads(text: str, gazetteer: Gazetteer, taken: list[Toponym]) -> list[Toponym]:
    """Known towns and counties before a civic head ("Cookville Fire Chief", "a Columbia woman").

    The words before the head are tried from the longest ending to the shortest
    ("Acting Grand Ledge" -> "Grand Ledge"), never down to words for kinds of places alone ("Hill" of
    "Flint Hill"); a place must be listed under that very name.
    """
    out: list[Toponym] = []
    occupied = [(t.start, t.end) for t in taken]
    for run_start, end in civic_head_spans(text):
        start = run_start
        while start < end:
            name = text[start:end]
            if name.casefold() in STOP_WORDS or name.casefold() in CALENDAR_WORDS:
                break  # "As police proceeded", "Many residents", "March residents"
            if start > run_start and all(w in INNER_NAME_STOP_WORDS for w in name.casefold().split()):
                break  # "Flint Hill Fire Department": "Hill" is the generic end of a name, no town Hill
            if not overlaps(start, end, occupied) and known_under(gazetteer, name):
                out.append(Toponym(start, end, name, ToponymSource.CIVIC))
                occupied.append((start, end))
                break
            space = text.find(" ", start, end)
            if text[start : max(space, start)] in INSTITUTION_WORDS:
                break  # "Federal Reserve officials": not Reserve, Louisiana
            start = end if space < 0 else space + 1
    return out


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
    # a dateline's name ("TEGA CAY") recurs as the gazetteer writes it
    names |= {
        e.name
        for t in found
        if t.source is ToponymSource.DATELINE and t.text in names
        for e in gazetteer.candidates(t.text)
        if name_key(e.name) == name_key(t.text)
    }
    if not names:
        return []
    text = doc_text(doc)
    occupied = [(t.start, t.end) for t in found] + list(blocked)
    occupied += [
        (e.start_char, e.end_char)
        for e in entities
        if e.label_ == "PERSON" and TRAILING.sub("", e.text) not in names
    ]
    hits = sorted(
        (start, -len(name))
        for name in names | {n.upper() for n in names}
        for start in _occurrences(text, name)
    )
    out: list[Toponym] = []
    for start, minus_length in hits:  # leftmost first, the longer name first at one place
        end = start - minus_length
        if not overlaps(start, end, occupied):
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


def extended(text: str, gazetteer: Gazetteer, found: list[Toponym]) -> list[Toponym]:
    """Toponyms that take in the words after them: "County" or "Parish" ("Madison" in "the Madison
    County Health Department" is the county, not Madison, Wisconsin), or up to three capitalized
    words that make a place the gazetteer lists ("Tennessee" in "a Tennessee Colony man", "U.S." in
    "the U.S. Virgin Islands"). A toponym wholly inside the longer name joins it when the first is a
    fragment of a name ("Democratic Republic of the" and "Congo"), not generic words ("City of" and
    "Richmond"); one that reaches past the longer name stops the extension."""
    out: list[Toponym] = []
    merged: set[int] = set()
    occupied = [(t.start, t.end) for t in found]
    for toponym in found:
        if id(toponym) in merged:
            continue
        before = _known_longer_before(text, gazetteer, toponym, occupied)
        if before is not None:  # "Goz" "Beida"
            toponym = Toponym(before, toponym.end, text[before : toponym.end], toponym.source, toponym.label)
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


def _known_longer_before(
    text: str, gazetteer: Gazetteer, toponym: Toponym, occupied: list[tuple[int, int]]
) -> int | None:
    """Where a longer name starts that takes in the one or two capitalized words no other toponym holds
    right before a toponym, when the gazetteer lists that very name ("Goz Beida", not "Beida" in Libya)."""
    if toponym.source is ToponymSource.DEMONYM:
        return None
    window = max(0, toponym.start - 40)
    for pattern in _WORDS_BEFORE:
        words = pattern.search(text, window, toponym.start)
        if words is None or overlaps(words.start(), toponym.start, occupied):
            continue
        longer = text[words.start() : toponym.end]
        if name_key(longer) != name_key(toponym.text) and known_under(gazetteer, longer):  # not "The US"
            return words.start()
    return None


def _known_longer_after(text: str, gazetteer: Gazetteer, toponym: Toponym) -> re.Match[str] | None:
    """The capitalized words after a toponym (three at most, the most first), when with it they make a
    place the gazetteer lists ("Tennessee Colony", "U.S. Virgin Islands"), or a hyphenated county's
    bare name ("Miami-Dade", not Miami and a Chinese town called Dade)."""
    if toponym.source is ToponymSource.DEMONYM:
        return None
    for pattern in _WORDS_AFTER:
        words = pattern.match(text, toponym.end)
        if words is None:
            continue
        longer = text[toponym.start : words.end()]
        if known_under(gazetteer, longer) or (words.group(0).startswith("-") and gazetteer.counties(longer)):
            return words
    return None


# words an acronym skips: "DRC" is the Democratic Republic of the Congo
_ACRONYM_SKIPS = frozenset({"of", "the", "and"})
_ACRONYM_KINDS = frozenset({Feature.COUNTRY, Feature.ADMIN1, Feature.REGION, Feature.DISPUTED})


def acronyms(text: str, gazetteer: Gazetteer, found: Sequence[Toponym]) -> list[Toponym]:
    """The initials of a country, first-level division or region the story names in full, where they
    stand as a word of their own in capitals: "SA" after "South Africa" (or "South Africans"), "NSW"
    after "New South Wales", "DRC" after "Democratic Republic of the Congo". Two letters name too
    many things to be read as a place on their own ("SA" is also South Australia, Saudi Arabia, a
    company's suffix); the full name in the same story says which."""
    full: dict[str, str] = {}
    for t in found:
        place = gazetteer.demonym_place(t.text) if t.source is ToponymSource.DEMONYM else None
        name = place.name if place is not None else t.text  # "South Africans": South Africa
        words = [w for w in name.split() if w not in _ACRONYM_SKIPS]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if any(e.feature in _ACRONYM_KINDS for e in gazetteer.candidates(name)):
            full.setdefault("".join(w[0] for w in words), name)
    occupied = [(t.start, t.end) for t in found]
    out: list[Toponym] = []
    for acronym, name in full.items():
        for start in _occurrences(text, acronym):
            end = start + len(acronym)
            if text[end : end + 1] != "$" and not overlaps(start, end, occupied):  # not "US$6"
                out.append(Toponym(start, end, acronym, ToponymSource.ACRONYM, stands_for=name))
    return out
