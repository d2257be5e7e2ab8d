"""Toponyms the text's own phrasing marks, whatever the NER model made of them.

* County lists: "Barrow, Jackson and Madison counties" names three counties,
  though the model reads "Jackson" and "Madison" as towns or people. The
  recognizer makes each name a toponym of source ``COUNTY``, which the resolver
  looks up among second-level divisions ("Jackson County", "Avoyelles Parish").
* Party and home: "Sen. Ray Miller, D-Columbus," or "(R-Elbow Lake)" names a
  legislator's home town, county or state ("D-W. Va.", "D-N.D.").
* Civic heads: a capitalized name before "Police", "Fire Department", "City
  Council", "Sheriff's Office", "Mayor" or "man"/"woman"/"residents" ("a
  Columbia woman", "Tega Cay Fire Department Chief") is most often a town or
  county; the recognizer keeps the ones the gazetteer knows.
* Datelines: a name in capitals opening a story or a paragraph and followed by a
  dash or a colon, perhaps with its state and a wire tag ("TORRINGTON — City
  Council ...", "TBILISI, Georgia -- ...", "CHATTANOOGA (AP) — ...") is where
  the story was filed; the recognizer keeps the ones the gazetteer knows.

Plain functions over the text, returning character spans.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = r"(?:Mc|Mac|De|La|Le)?[A-Z][a-z'’]+"
_NAME = rf"(?:St\. )?{_WORD}(?: {_WORD}){{0,2}}"
_COUNTY_LIST = re.compile(
    rf"(?<![\w.])(?P<names>{_NAME}(?:, {_NAME})*,? (?:and|or|&) {_NAME}) (?:counties|parishes|Counties|Parishes)\b"
)
# a word of a legislator's home: a short abbreviation with its dots ("Pa.", "N.D.", "W."), else a name
# ("Columbus", "McDowell"; a sentence's dot after it stays out); the next word follows a word without a
# dot or a lone initial ("W. Va."), not an abbreviation that ends a sentence ("D-N.D. The")
_HOME_WORD = r"(?:[A-Z][a-z]{0,2}\.(?:[A-Z]\.)*|[A-Z][a-z]*(?:[A-Z][a-z]+)?)"
_PARTY_HOME = re.compile(
    rf"(?:, |\()(?:D|R|I|DFL)-(?P<home>{_HOME_WORD}(?:(?:(?<!\.)|(?<=[\s-][A-Z]\.)) {_HOME_WORD}){{0,2}})"
    r"(?=[,);:]|\.?(?:\s|$))"
)
_CIVIC_HEADS = (
    "Police|Fire|Sheriff|Sheriff's|Sheriff’s|Council|City Council|Town Council|Mayor|Township|Court|"
    "Superior Court|Supreme Court|High Court|Circuit Court|District Court|Municipal Court|Regional Trial Court|"
    "Trial Court|Crown Court|Magistrates Court|Magistrates' Court|Magistrates’ Court|County Court|Family Court|"
    "Schools|Public Schools|School District|"
    "School Board|High School|Middle School|Board of Education|City Hall|Town Hall|Library|Public Library|"
    "Emergency Services|Parks|Chamber of Commerce|Housing Authority|Planning Commission|"
    "City Manager|Town Manager|City Attorney|City Commission|Board of Selectmen|First Selectman|Selectman|"
    "police|mayor|man|woman|men|women|teen|boy|girl|couple|family|resident|residents|native|officials|"
    "city council|city manager|police chief|fire chief|building inspector|school board|schools"
)
_CIVIC_WORD = r"(?!(?:The|City|Town|Public|High|Middle)\b)(?:Mc|Mac|De|La|Le)?[A-Z][a-z]+"
_CIVIC_HEAD = re.compile(rf" (?:{_CIVIC_HEADS})\b")
_CIVIC_NAME = re.compile(rf"(?<![\w.’'-])(?P<name>{_CIVIC_WORD}(?: {_CIVIC_WORD}){{0,2}})(?:'s|’s)?$")
_OF_BEFORE = re.compile(r" of $")
# what goes on from one name to the next of a list ("Migori, Homa Bay, Rongo and Nyando")
LIST_GOES_ON = re.compile(r",? (?:and|or|&) |, ")
# a word in capitals, its prefix as AP writes it ("DeKALB", "McALLEN"); the dash also as the control
# character a Windows-1252 dash becomes when the page is decoded as Latin-1 ("TEGA CAY \x97 Local ...")
_CAPS_WORD = r"(?:Mc|Mac|De|La|Le)?[A-Z][A-Z'’.-]+"
_DATELINE = re.compile(
    rf"(?:^|(?<=[.!?\"”’]\s)|(?<=\n))(?P<name>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \((?:AP|Reuters|AFP|UPI|CNN)\))?\s*(?:—|–|--|-|:|\x97|\x96)\s"
)
_SEPARATOR = re.compile(r",? (?:and|or|&) |, ")


def county_list_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the names in "A, B and C counties" (or parishes)."""
    out: list[tuple[int, int]] = []
    if "ounties" not in text and "arishes" not in text:  # most texts: skip the costly pattern
        return out
    for match in _COUNTY_LIST.finditer(text):
        start = match.start("names")
        for piece in _SEPARATOR.split(match.group("names")):
            offset = text.index(piece, start)
            start = offset + len(piece)
            name, lead = _without_leading_function_words(piece)
            if name:
                out.append((offset + lead, offset + lead + len(name)))
    return out


def _without_leading_function_words(piece: str) -> tuple[str, int]:
    """ "In Barrow" -> ("Barrow", 3): a sentence-initial word glued to the first name is not part of it."""
    words = piece.split(" ")
    skipped = 0
    while len(words) > 1 and words[0].casefold() in STOP_WORDS:
        skipped += len(words[0]) + 1
        words = words[1:]
    name = " ".join(words)
    return ("", 0) if name.casefold() in STOP_WORDS else (name, skipped)


def party_home_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the home in a legislator's party tag ("D-Columbus", "R-Elbow Lake", "D-W. Va.")."""
    return [match.span("home") for match in _PARTY_HOME.finditer(text)]


def civic_head_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the capitalized words (one to three) right before a civic head ("Grand Ledge Police")."""
    out: list[tuple[int, int]] = []
    for head in _CIVIC_HEAD.finditer(text):  # heads are rarer than capitals: find them first
        window = max(0, head.start() - 60)
        name = _CIVIC_NAME.search(text[window : head.start()])
        if name is not None and _OF_BEFORE.search(text, window, window + name.start()):
            continue  # "the Chamber of Commerce Mayor's Breakfast": the name ends another's
        if name is not None and (name.start() > 0 or window == 0):
            start = window + name.start("name")
            if not out or start >= out[-1][1]:
                out.append((start, window + name.end("name")))
    return out


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the capitalized place opening a story or paragraph before a dash ("CROMWELL —")."""
    return [match.span("name") for match in _DATELINE.finditer(text)]
