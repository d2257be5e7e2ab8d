"""Hand-built parses and a tiny actor finder for the coder's unit tests (no model needed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from eventcoder.coding import CoderConfig, EventCoder, Ontology, VerbDictionary
from eventcoder.coding.discards import DiscardList
from eventcoder.nlp import sentences_from_doc
from eventcoder.pipeline import CoderOutput
from eventcoder.records import Actor, Article

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_space...)

# (word, lemma, pos, dep, head index), optionally followed by the fine-grained tag ("VBG")
Row = tuple[str, str, str, str, int] | tuple[str, str, str, str, int, str]

VERBS = """\
&PROPOSAL
+PROPOSAL
+OFFER

--- ATTACK [190] ---
ATTACK
INVADE [192]
- * BORDER POST [194]
- * HELICOPTERS [---]

--- MEET [040] ---
MEET {MEETS MET MEETING}
TALK [040:040]
- * (BY TELEPHONE) [041:041]

--- REJECT [---] ---
REJECT
- * &PROPOSAL [125]

--- SUPPORT [051] ---
SUPPORT
PROVIDE [070]

--- VISIT [042:043] ---
VISIT

--- AGREE [050] ---
AGREE

--- LIFT [---] ---
LIFT
- * SANCTIONS [085]
--- SAY [010] ---
SAY {SAYS SAID SAYING}

--- DEMAND [100] ---
DEMAND
- EMBARGO * [163]
- * (AGAINST) [110]
- * EMBARGO [163]

--- START [---] ---
BEGIN
- * {HUNGER STRIKE} [142]
- * ARMY [062]

--- STRIKE [190] ---
STRIKE

--- ASSASSINATE [186] ---
ASSASSINATE
~ a (_ b ASSASSINATE) ATTEMPT = a b 185

--- RESIGN [083] ---
RESIGN

--- PROTEST [140] ---
PROTEST
- * (IN SUPPORT) [053]

--- EXPEL [174] ---
EXPEL

--- GIVE [070] ---
GIVE

--- ACCORD [060] ---
ACCORD
"""


def build_doc(rows: list[Row]) -> Doc:
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))]
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        tags=[r[5] if len(r) > 5 else "" for r in rows],
    )


@dataclass
class WordActors:
    """Finds actors by exact word: {"Turkey": "TUR", ...} (stands in for eventcoder.actors)."""

    codes: dict[str, str]

    def find(self, doc: Doc, date: str | None) -> tuple[Actor, ...]:
        return tuple(
            Actor(
                code=self.codes.get(t.text) or PLACES[t.text],
                name=t.text,
                mention=t.text,
                span=(t.idx, t.idx + len(t.text)),
                rule="test" if t.text in self.codes else "place",
            )
            for t in doc
            if t.text in self.codes or t.text in PLACES
        )


# Capitals used as places, returned as eventcoder.actors' PlaceMode.FLAG returns them.
PLACES = {"Beijing": "CHN"}


ACTORS = {
    "Turkey": "TUR",
    "Russia": "RUS",
    "Ukraine": "UKR",
    "Greece": "GRC",
    "Kremlin": "RUSGOV",
    "Ankara": "TURGOV",
    "ministers": "---GOV",
    "Erdogan": "TURGOV",
    "UN": "IGOUNO",
}


@pytest.fixture(scope="session")
def verbs(tmp_path_factory: pytest.TempPathFactory) -> VerbDictionary:
    path = tmp_path_factory.mktemp("dict") / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return VerbDictionary.from_file(path, strict=True)


@pytest.fixture(scope="session")
def ontology() -> Ontology:
    return Ontology.default()


@pytest.fixture()
def code(verbs: VerbDictionary, ontology: Ontology, tmp_path: Path) -> Callable[..., CoderOutput]:
    """Code one hand-built parse: ``code(rows, discards="...", config=CoderConfig(...), date=...)``."""

    def run(
        rows: list[Row],
        discards: str = "",
        config: CoderConfig | None = None,
        date: str | None = "2021-12-15",
    ) -> CoderOutput:
        discard_list = None
        if discards:
            path = tmp_path / "discards.txt"
            path.write_text(discards, encoding="utf-8")
            discard_list = DiscardList.from_file(path)
        coder = EventCoder(verbs, ontology, WordActors(ACTORS), discard_list, config)
        doc = build_doc(rows)
        article = Article(id="doc1", text=doc.text, date=date)
        return coder.code(doc, article, sentences_from_doc(doc))

    return run


@pytest.fixture(scope="session")
def packaged_verbs() -> VerbDictionary:
    """The packaged verb dictionary with eventcoder's supplement (``resources.load_resources``)."""
    from eventcoder.coding.resources import load_resources

    return load_resources().verbs


@pytest.fixture()
def code_with(ontology: Ontology) -> Callable[..., CoderOutput]:
    """Code one hand-built parse with the given verb dictionary: ``code_with(verbs, rows, config)``."""

    def run(verbs: VerbDictionary, rows: list[Row], config: CoderConfig | None = None) -> CoderOutput:
        coder = EventCoder(verbs, ontology, WordActors(ACTORS), None, config)
        doc = build_doc(rows)
        return coder.code(doc, Article(id="doc1", text=doc.text, date="2021-12-15"), sentences_from_doc(doc))

    return run


def triples(output: CoderOutput) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.cameo) for e in output.events}
