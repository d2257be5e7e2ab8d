"""CAMEO code tables: names, roots, QuadClass, Goldstein scale, and the CAMEO→PLOVER mapping.

Loaded once from package data (``eventcoder/data/cameo``, ``eventcoder/data/plover``)
or from given paths. Codes outside CAMEO (the validation suites use test codes
such as ``901`` or ``174K``) still get a root from their first two characters;
their Goldstein value falls back to the nearest ancestor, else 0.0.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventcoder.errors import DictionaryError

_EVENTCODE_GLUED = re.compile(r"^(\d{2,4})\t(.*?)(\d{2,4}):\[[-\d.]+\] (.*)$")
_MOJIBAKE = {"ÒhirdÓ": "'third' ", "Ò": "'", "Ó": "'"}


def data_file(*parts: str) -> Path:
    """A packaged data file (eventcoder/data/...)."""
    path = resources.files("eventcoder").joinpath("data", *parts)
    return Path(str(path))


@dataclass(frozen=True, slots=True)
class PloverType:
    event: str
    mode: str | None
    context: str | None


APPEAL_ROOT, DEMAND_ROOT = "02", "10"  # CAMEO's appeals mirror its demands code for code
# Where CAMEO2PLOVER-2021 (Draft 0.8) contradicts the PLOVER manual (Version 2.0) that superseded it:
# "International (political or economic) sanctions are coded as SANCTION `discontinue'" (the
# table keeps CAMEO 163, impose embargo, boycott or sanctions, under COERCE `restrict').
MANUAL_CORRECTIONS = {"163": PloverType("SANCTION", "discontinue", "diplomatic")}
# The manual: "RETREAT also covers resignations of government officials" (mode `resign'); CAMEO
# files a resignation under 083 (accede to demands for political reform, 0831 for leadership),
# which the table maps to CONCEDE whatever the reform. An 083x act told by a word of leaving
# office is a resignation.
POLITICAL_REFORM = "083"
RESIGNATION = PloverType("RETREAT", "resign", None)
RESIGNATION_WORDS = frozenset(
    {"resign", "resignation", "abdicate", "abdication", "quit", "step down", "step aside"}
)


@dataclass(frozen=True, slots=True)
class Ontology:
    """Lookups from a CAMEO code to its name, root, QuadClass, Goldstein value and PLOVER type."""

    names: dict[str, str]
    goldstein_table: dict[str, float]
    quad_by_root: dict[str, int]
    plover_table: dict[str, PloverType]

    @staticmethod
    def root(code: str) -> str:
        return code[:2]

    def name(self, code: str) -> str | None:
        return self.names.get(code)

    def quad_class(self, code: str) -> int:
        """GDELT QuadClass 1–4 (verbal/material cooperation/conflict); 0 when unknown."""
        return self.quad_by_root.get(self.root(code), 0)

    def goldstein(self, code: str) -> float:
        for prefix in _ancestors(code):
            if prefix in self.goldstein_table:
                return self.goldstein_table[prefix]
        return 0.0

    def plover(self, code: str) -> PloverType | None:
        """The PLOVER type of a CAMEO code. CAMEO2PLOVER-2021 has no rows for 02 (appeal); the
        PLOVER codebook's REQUEST is "all requests, demands, and orders", so an appeal takes the
        type and mode of its demand counterpart (021x appeal for … → 101x demand for …)."""
        if code[:2] == APPEAL_ROOT and not any(p in self.plover_table for p in _ancestors(code)):
            code = DEMAND_ROOT + code[2:]
        for prefix in _ancestors(code):
            if prefix in self.plover_table:
                return self.plover_table[prefix]
        return None

    def plover_of_act(self, code: str, words: Collection[str]) -> PloverType | None:
        """The PLOVER type of an act coded ``code`` and told by ``words`` (lower-case lemmas of the
        act's verb, its particle and its object: "step down", "resignation"): ``plover`` but for a
        resignation (``RESIGNATION_WORDS``), which the manual makes a RETREAT."""
        if code.startswith(POLITICAL_REFORM) and not RESIGNATION_WORDS.isdisjoint(words):
            return RESIGNATION
        return self.plover(code)

    @classmethod
    def default(cls) -> Ontology:
        return cls.from_files(
            codes_json=data_file("cameo", "cameo_codes.py-gdelt.json"),
            eventcodes=data_file("cameo", "CAMEO.eventcodes.txt"),
            goldstein=data_file("cameo", "CAMEO.goldsteinscale.txt"),
            quadclass=data_file("cameo", "CAMEO.quadclass.tsv"),
            plover=data_file("plover", "CAMEO2PLOVER-2021.txt"),
        )

    @classmethod
    def from_files(
        cls, *, codes_json: Path, eventcodes: Path, goldstein: Path, quadclass: Path, plover: Path
    ) -> Ontology:
        names = read_eventcodes(eventcodes)
        names.update(read_codes_json(codes_json))
        return cls(
            names=names,
            goldstein_table=read_goldstein(goldstein),
            quad_by_root=read_quadclass(quadclass),
            plover_table=read_plover(plover) | MANUAL_CORRECTIONS,
        )


def _ancestors(code: str) -> list[str]:
    """``1056`` → ``["1056", "105", "10"]``."""
    return [code[:n] for n in range(len(code), 1, -1)]


def read_codes_json(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DictionaryError(f"{path}: cannot read CAMEO code table ({exc})") from exc
    return {code: str(entry.get("name", "")) for code, entry in data.items() if isinstance(entry, dict)}


def read_eventcodes(path: Path) -> dict[str, str]:
    """GDELT's CAMEO.eventcodes.txt, repairing its known quirks (106 glued onto 1056; mojibake in 044)."""
    names: dict[str, str] = {}
    for number, line in _lines(path, skip_header=True):
        glued = _EVENTCODE_GLUED.match(line)
        if glued:
            names[glued.group(1)] = glued.group(2).strip()
            names[glued.group(3)] = glued.group(4).strip()
            continue
        code, sep, name = line.partition("\t")
        if not sep:
            raise DictionaryError(f"{path}:{number}: expected CODE<TAB>NAME")
        for bad, good in _MOJIBAKE.items():
            name = name.replace(bad, good)
        names[code.strip()] = " ".join(name.split())
    return names


def read_goldstein(path: Path) -> dict[str, float]:
    table: dict[str, float] = {}
    for number, line in _lines(path, skip_header=True):
        code, _, value = line.partition("\t")
        try:
            table[code.strip()] = float(value)
        except ValueError as exc:
            raise DictionaryError(f"{path}:{number}: bad Goldstein value {value!r}") from exc
    return table


def read_quadclass(path: Path, column: str = "gdelt_quadclass") -> dict[str, int]:
    """Root code → class from the QuadClass table: ``gdelt_quadclass`` (1–4) or
    ``phoenix_quad_class`` (Phoenix PentaClass 0–4: 01–02 neutral, 16 verbal conflict)."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return {row["root_code"]: int(row[column]) for row in csv.DictReader(fh, delimiter="\t")}
    except (OSError, KeyError, ValueError) as exc:
        raise DictionaryError(f"{path}: cannot read the QuadClass table ({exc})") from exc


def read_plover(path: Path) -> dict[str, PloverType]:
    """``CODE: EVENT, MODE, CONTEXT # comment`` lines of CAMEO2PLOVER; root lines ``03: AGREE``."""
    table: dict[str, PloverType] = {}
    for number, line in _lines(path):
        if line.startswith("~~~"):  # the table's end marker
            break
        body = line.split("#", 1)[0]
        code, sep, rest = body.partition(":")
        if not sep or not code.strip().isdigit():
            raise DictionaryError(f"{path}:{number}: expected 'CODE: EVENT, MODE, CONTEXT'")
        fields = [f.strip() for f in rest.split(",")]
        fields += [""] * (3 - len(fields))
        if not fields[0]:
            continue
        table[code.strip()] = PloverType(fields[0], fields[1] or None, fields[2] or None)
    return table


def _lines(path: Path, *, skip_header: bool = False) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read ({exc.strerror})") from exc
    out = [
        (n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")
    ]
    return out[1:] if skip_header else out
