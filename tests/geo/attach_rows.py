"""Hand-built parses shared by the attachment and stage tests: (word, head, dep, pos, entity)."""

from __future__ import annotations

from geo.helpers import Row

INTERVIEW: list[Row] = [
    ("Peskov", 1, "nsubj", "PROPN", "B-PERSON"),
    ("rejected", 1, "ROOT", "VERB", "O"),
    ("Ankara", 1, "dobj", "PROPN", "B-GPE"),
    ("during", 1, "prep", "ADP", "O"),
    ("an", 5, "det", "DET", "O"),
    ("interview", 3, "pobj", "NOUN", "O"),
    ("with", 5, "prep", "ADP", "O"),
    ("reporters", 6, "pobj", "NOUN", "O"),
    ("in", 7, "prep", "ADP", "O"),
    ("Moscow", 8, "pobj", "PROPN", "B-GPE"),
    (".", 1, "punct", "PUNCT", "O"),
]
REGIONS: list[Row] = [
    ("Kiev", 1, "nsubj", "PROPN", "B-GPE"),
    ("fought", 1, "ROOT", "VERB", "O"),
    ("separatists", 1, "dobj", "NOUN", "O"),
    ("in", 1, "prep", "ADP", "O"),
    ("two", 6, "nummod", "NUM", "O"),
    ("eastern", 6, "amod", "ADJ", "O"),
    ("regions", 3, "pobj", "NOUN", "O"),
    ("bordering", 6, "acl", "VERB", "O"),
    ("Russia", 7, "dobj", "PROPN", "B-GPE"),
    (".", 1, "punct", "PUNCT", "O"),
]
REPORTED: list[Row] = [
    ("Officials", 1, "nsubj", "NOUN", "O"),
    ("said", 1, "ROOT", "VERB", "O"),
    ("in", 1, "prep", "ADP", "O"),
    ("Washington", 2, "pobj", "PROPN", "B-GPE"),
    ("that", 6, "mark", "SCONJ", "O"),
    ("Russia", 6, "nsubj", "PROPN", "B-GPE"),
    ("massed", 1, "ccomp", "VERB", "O"),
    ("troops", 6, "dobj", "NOUN", "O"),
    (".", 1, "punct", "PUNCT", "O"),
]
BORDER: list[Row] = [
    ("Russian", 1, "amod", "ADJ", "B-NORP"),
    ("troops", 2, "nsubj", "NOUN", "O"),
    ("gathered", 2, "ROOT", "VERB", "O"),
    ("on", 2, "prep", "ADP", "O"),
    ("the", 5, "det", "DET", "O"),
    ("border", 3, "pobj", "NOUN", "O"),
    ("near", 5, "prep", "ADP", "O"),
    ("Kharkiv", 6, "pobj", "PROPN", "B-GPE"),
    (".", 2, "punct", "PUNCT", "O"),
]
