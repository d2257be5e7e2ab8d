"""Fixtures for the actor tests: hand-built Docs and a small dictionary written to disk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from eventcoder.actors import ActorDictionary

ACTORS = """\
# a small actor dictionary in PETRARCH format
TURKEY [TUR]
+TURKISH
RUSSIA [RUS]
+RUSSIAN
UKRAINE [UKR]
+UKRAINIAN
IRAN [IRN]
+IRANIAN
NATO [IGOWSTNAT]
UNITED_STATES [USA]
+US
+U.S.
MEVLÜT_ÇAVUŞOĞLU
+ÇAVUŞOĞLU
\t[TURGOV 20140829-20150828]
\t[TURGOV 20151124-20230604]
\t[TURELI]
JENS_STOLTENBERG
\t[NORGOV 20051017-20131016]
\t[IGOWSTNAT 20141001-20241001]
"""
CAPITALS = """\
MOSCOW [RUSGOV]
+KREMLIN
ANKARA [TURGOV]
"""
AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY
FOREIGN_!MINIST! [~GOV]
SPOKES!PERSON! [~GOV]
TROOP [~MIL]
SEPARATIST [~REB]
OFFICIAL [~GOV]
GOVERNMENT [~GOV]
"""


@pytest.fixture(scope="session")
def small_dictionary(tmp_path_factory: pytest.TempPathFactory) -> ActorDictionary:
    folder = tmp_path_factory.mktemp("dicts")
    paths = {}
    for name, text in (("t.actors.txt", ACTORS), ("caps.actors.txt", CAPITALS), ("t.agents.txt", AGENTS)):
        paths[name] = folder / name
        paths[name].write_text(text, encoding="utf-8")
    return ActorDictionary.from_files(
        [paths["t.actors.txt"]], paths["t.agents.txt"], capitals=[paths["caps.actors.txt"]], strict=True
    )


@pytest.fixture(scope="session")
def default_dictionary() -> ActorDictionary:
    return ActorDictionary.default()


@pytest.fixture(scope="session")
def blank_nlp() -> spacy.language.Language:
    return spacy.blank("en")


MakeDoc = Callable[..., Doc]


@pytest.fixture(scope="session")
def make_doc() -> MakeDoc:
    """A Doc built by hand from (word, pos, dep, head offset[, lemma]); head offset 0 = root."""
    vocab = spacy.blank("en").vocab

    def build(
        parsed: Sequence[tuple[str, str, str, int] | tuple[str, str, str, int, str]],
        *,
        ents: Sequence[str] | None = None,
    ) -> Doc:
        words = [p[0] for p in parsed]
        spaces = [
            not (i + 1 < len(words) and words[i + 1] in {".", ",", "'s", "’s", ":", "-"})
            for i in range(len(words))
        ]
        spaces = [s and words[i] != "-" for i, s in enumerate(spaces)]
        heads = [i + p[3] for i, p in enumerate(parsed)]
        return Doc(
            vocab,
            words=words,
            spaces=spaces,
            pos=[p[1] for p in parsed],
            deps=[p[2] for p in parsed],
            lemmas=[p[4] if len(p) > 4 else p[0].lower() for p in parsed],  # type: ignore[misc]
            heads=heads,
            ents=list(ents) if ents else None,
        )

    return build


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
