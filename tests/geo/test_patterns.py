"""Toponyms marked by the text's own phrasing: county lists."""

from __future__ import annotations

import pytest

from eventcoder.geo.patterns import civic_head_spans, county_list_spans, dateline_spans, party_home_spans


def names(text: str) -> list[str]:
    return [text[s:e] for s, e in county_list_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("school boards in Barrow, Jackson and Madison counties tweaked", ["Barrow", "Jackson", "Madison"]),
        ("fires in Eastland and Callahan counties, according to", ["Eastland", "Callahan"]),
        (
            "areas in Becker, Clay, Douglas, Grant, Mahnomen, Otter Tail, Swift and Wilkin counties:",
            ["Becker", "Clay", "Douglas", "Grant", "Mahnomen", "Otter Tail", "Swift", "Wilkin"],
        ),
        ("Clarke, Madison, Oconee, and Oglethorpe counties", ["Clarke", "Madison", "Oconee", "Oglethorpe"]),
        ("In DeKalb and McHenry counties it rained.", ["DeKalb", "McHenry"]),
        ("Rapides and Avoyelles parishes", ["Rapides", "Avoyelles"]),
    ],
)
def test_each_name_of_a_county_list_is_a_county(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jackson County and Madison voted.",  # no list of counties
        "both counties and the state",
        "He and she visited two counties.",
    ],
)
def test_no_list_no_counties(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said state Sen. Ray Miller, D-Columbus, a vocal advocate", ["Columbus"]),
        ("briefly when Westrom, R-Elbow Lake, went before", ["Elbow Lake"]),
        ("Rep. Nick Rahall, D-W. Va., chairman of", ["W. Va."]),
        ("said Rep. Earl Pomeroy, D-N.D. The bonuses", ["N.D."]),  # its dot ends the sentence
        ("said Rep. Dave Loebsack, D-Iowa City. The bonuses", ["Iowa City"]),  # the sentence's dot
        ("said Clif Moore, D-McDowell. Earlier", ["McDowell"]),
        ("Sen. Bob Casey, D-Pa. , called", ["Pa."]),
        ("Marty Seifert, R-Marshall â “ joined", ["Marshall"]),
        ("Sen. Byron Dorgan, D-N.D., questioned", ["N.D."]),
        ("Sen. Tom Bakk (DFL-Cook) said", ["Cook"]),
    ],
)
def test_a_party_tag_names_the_legislators_home(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in party_home_spans(text)] == expected


@pytest.mark.parametrize(
    "text", ["a COVID-19 case", "the F-16 jets", "Coca-Cola, Pepsi", "in R-Rated films,"]
)
def test_other_hyphenated_words_are_no_party_tags(text: str) -> None:
    assert party_home_spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("according to Cookville Fire Chief Wesley McCollum", ["Cookville"]),
        ("said Acting Grand Ledge Police Chief Martin Underhill", ["Acting Grand Ledge"]),
        ("the Alachua County Sheriff’s Office said", ["Alachua County"]),
        ("A Columbia woman previously convicted", ["Columbia"]),
        ("unanimously approved by the DeKalb City Council Monday", ["DeKalb"]),
        ("Gainesville's mayor spoke", ["Gainesville"]),
        ("The Delhi High Court today sought", ["Delhi"]),
        ("the Paranaque Regional Trial Court ruled", ["Paranaque"]),  # not "Paranaque Regional Trial"
        ("asked the Ohio Supreme Court to delay", ["Ohio"]),
        ("The state Supreme Court this month denied", []),
        ("said Rock Hill City Manager Carey Smith", ["Rock Hill"]),  # municipal offices
        ("Harwinton First Selectman Frank Chiaramonte", ["Harwinton"]),
        ("Joliet's building inspector says", ["Joliet"]),
        # a name that ends another's ("Chamber of Commerce") names no town before "Mayor"
        ("the Woodstock District Chamber of Commerce Mayor's Breakfast", ["Woodstock District"]),
    ],
)
def test_the_words_before_a_civic_head_may_name_a_town(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in civic_head_spans(text)] == expected


def test_no_civic_head_no_span() -> None:
    assert civic_head_spans("The Gainesville Riding Club and a police car.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("City adjusts budget. TORRINGTON — City Council approved changes.", ["TORRINGTON"]),
        ("TBILISI, Georgia -- A court ruled Wednesday.", ["TBILISI"]),
        ("Meth labs spread. CHATTANOOGA (AP) — Cooks convert rooms.", ["CHATTANOOGA"]),
        ("Vote due.\nISLE OF PALMS — Two members will run.", ["ISLE OF PALMS"]),
        ("Police said. BEIRUT: The body was found.", ["BEIRUT"]),
        ("Ward plan. DeKALB – Residents in the ward.", ["DeKALB"]),  # AP's capitals keep the prefix
        ("Fire. TEGA CAY \x97 Local fire departments", ["TEGA CAY"]),  # a cp1252 dash read as Latin-1
    ],
)
def test_a_dateline_names_where_the_story_was_filed(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in dateline_spans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He met the CEO — a rare event.",
        "Prices rose. Officials at NATO - the alliance - met.",
        "Paris — again.",
    ],
)
def test_capitals_inside_a_sentence_or_in_mixed_case_are_no_dateline(text: str) -> None:
    assert dateline_spans(text) == []
