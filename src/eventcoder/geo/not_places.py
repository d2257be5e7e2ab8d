"""Precision filters for toponym recognition: names that look like places but are none here.

A place's name is also a surname ("Terrell Jones" ... "Jones' girlfriend"), a
street's ("Memphis Street") or a disease's ("West Nile virus"); and the model
tags codes, titled people and times as places ("H1N1", "Ms Raggi", "Easter").
Each filter reads the article's own evidence, and keeps the countries, states
and large cities that the model itself tagged as places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.attrs import IS_DIGIT, IS_TITLE, LENGTH, LOWER
from spacy.strings import get_string_id

from eventcoder.geo.gazetteer import Feature, Gazetteer
from eventcoder.geo.toponym import Toponym, ToponymSource

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

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
PLACE_LABELS = frozenset({"GPE", "LOC"})  # the NER labels of places
# a city this large is well known: its name may take over an entity of another type, and a person
# of that name does not unmake it where the model tagged it as a place
MAJOR_CITY_POPULATION = 500_000
_STREET_AFTER = re.compile(
    r" (?P<kind>Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Dr\.|Boulevard|Blvd\.|Lane|Ln\.|Highway|Pike|Parkway)(?!\w)"
)
_ROADS = frozenset({"Road", "Rd.", "Highway", "Pike", "Parkway"})  # a state's or county's roads
_DISEASE_AFTER = re.compile(r"[ -](?:virus|viruses|fever|disease|encephalitis|ebolavirus)\b", re.IGNORECASE)


def name_shaped(name: str) -> bool:
    """Letters, spaces and the marks names use, and not a short acronym: what an entity the
    gazetteer does not know must look like to pass for a place's name."""
    return all(c.isalpha() or c in " .'’-&" for c in name) and not (
        name.isalpha() and name.isupper() and len(name) <= 3
    )


def person_or_time(name: str) -> bool:
    """A name that opens with a personal title or is a calendar word."""
    first = name.split(" ", 1)[0].casefold().rstrip(".")
    return (first in PERSONAL_TITLES and " " in name) or name.casefold() in CALENDAR_WORDS


def person_evidence(doc: Doc, entities: Sequence[SpacySpan]) -> tuple[set[str], list[tuple[int, int]]]:
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


def without_people(
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


def without_street_names(text: str, gazetteer: Gazetteer, found: list[Toponym]) -> list[Toponym]:
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


# news agencies whose names are also places' ("Fars reported", "according to Xinhua", "the Petra news
# agency"): Iran's Fars, Tasnim and Mehr, Syria's SANA, Jordan's Petra, Palestine's WAFA, Turkey's Anadolu,
# Indonesia's Antara, Malaysia's Bernama, China's Xinhua
NEWS_AGENCIES = frozenset(
    {"xinhua", "fars", "tasnim", "mehr", "sana", "petra", "wafa", "anadolu", "antara", "bernama"}
)
_AGENCY_AFTER = re.compile(
    r"(?:['’]s)? (?:news agency|agency|reported|reports|said|says|quoted|cited|added|news)\b", re.IGNORECASE
)
_AGENCY_BEFORE = re.compile(r"(?:according to|told|quoted by|cited by|agency,?) $", re.IGNORECASE)
# the planets and the Moon: a place of that name only where the text places it ("Jupiter, Fla.")
_CELESTIAL = frozenset(
    {"earth", "moon", "mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune"}
)
_PLACED_AFTER = re.compile(r", [A-Z]")


def without_agencies_and_planets(text: str, found: list[Toponym]) -> list[Toponym]:
    """Toponyms that are a news agency's name where the text reports what it said ("Fars reported",
    "according to Xinhua") or a planet's ("the Earth's atmosphere", "return to Earth")."""
    out = []
    for t in found:
        key = t.text.casefold()
        if key in NEWS_AGENCIES and (
            _AGENCY_AFTER.match(text, t.end) or _AGENCY_BEFORE.search(text, max(0, t.start - 20), t.start)
        ):
            continue
        if key in _CELESTIAL and not _PLACED_AFTER.match(text, t.end):
            continue
        out.append(t)
    return out


def without_missing_article(text: str, gazetteer: Gazetteer, found: list[Toponym]) -> list[Toponym]:
    """Toponyms of a name every place lists only with "the" ("the Channel", "The Colony", "the
    States") written without it: "the Discovery Channel", "Tennessee Colony", "United States" are
    other names."""
    return [
        t
        for t in found
        if not gazetteer.article_only(t.text) or text[max(0, t.start - 4) : t.start].casefold() == "the "
    ]


# a saint's name in the possessive before another name: a church, school or hospital named for the
# saint ("St. Peter's Basilica", "St. Mary's High School", "St Patrick's Day"), not the parish or town
_SAINTS_BUILDING = re.compile(r"(?:St\.?|Saint) [A-Z][a-z]+(?:'s|’s) [A-Z]")


def without_saints_buildings(text: str, found: list[Toponym]) -> list[Toponym]:
    """Toponyms that begin a saint's possessive before another capitalized word (``_SAINTS_BUILDING``)."""
    return [t for t in found if not _SAINTS_BUILDING.match(text, t.start)]


# a compass point alone: "the West" of geopolitics, "West Texas Intermediate", "West Nile"; the towns so
# named ("West, Texas") are written with their state
_COMPASS_POINTS = frozenset({"west", "east", "north", "south"})
_STATE_AFTER = re.compile(r",\s[A-Z]")


def without_compass_points(text: str, found: list[Toponym]) -> list[Toponym]:
    """Toponyms that are a compass point alone, unless a state follows them after a comma ("West,
    Texas")."""
    return [t for t in found if t.text.casefold() not in _COMPASS_POINTS or _STATE_AFTER.match(text, t.end)]


# a company's legal form, at most three capitalized words (two joined by "and" or "&" count as one)
# after the name it opens:
# "Time Inc", "Dome Petroleum Ltd", "Carolina Power and Light Co", "Broken Hill Pty Co Ltd"
_LEGAL_FORMS = (
    r"(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|LLC|Pty|AG|NV|SpA|GmbH|Bhd|Corporation|Incorporated|Limited)\b"
)
_NAME_WORD = r"[A-Z][\w'’.-]*"
_COMPANY_AFTER = re.compile(rf"(?:\s{_NAME_WORD}(?:\s(?:and|&)\s{_NAME_WORD})?){{0,3}}\s{_LEGAL_FORMS}")
COMPANY_TOWN_POPULATION = 100_000  # a town smaller than this that opens a company's name is the company's


def without_company_names(text: str, gazetteer: Gazetteer, found: list[Toponym]) -> list[Toponym]:
    """Every mention of a name that somewhere opens a company's name ("Time Inc", "Dominion Resources
    Inc"), when the name is no more than a town of under ``COMPANY_TOWN_POPULATION`` (one sense per
    article: "Time now owns 82 pct"), but for one with its state after it ("the Ashland, Ky., based oil
    company"); "Texas Instruments Inc" keeps Texas."""
    companies = {
        t.text
        for t in found
        if t.source is not ToponymSource.DEMONYM
        and _COMPANY_AFTER.match(text, t.end)
        and (places := gazetteer.candidates(t.text))
        and all(
            e.feature in (Feature.CITY, Feature.ADMIN2) and e.population < COMPANY_TOWN_POPULATION
            for e in places
        )
    }
    return [t for t in found if t.text not in companies or _STATE_AFTER.match(text, t.end)]


_ERAS = frozenset({"BC", "B.C.", "AD", "A.D.", "BCE", "CE"})
_YEAR_BEFORE = re.compile(r"\d\s$")


def without_disease_names(text: str, found: list[Toponym]) -> list[Toponym]:
    """Toponyms that are not a disease's name ("West Nile virus", "Marburg virus", "Spanish flu",
    "Minamata disease"): the disease is named after a place it was found in, and is no mention of it;
    nor a calendar era after a year ("500 BC" is not British Columbia)."""
    return [
        t
        for t in found
        if not _DISEASE_AFTER.match(text, t.end)
        and not (t.text in _ERAS and _YEAR_BEFORE.search(text, max(0, t.start - 8), t.start))
    ]
