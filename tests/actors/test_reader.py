"""PETRARCH actor and agent dictionary readers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventcoder.actors import Restriction, read_actor_file, read_agent_file
from eventcoder.actors.reader import AgentCode, Problems
from eventcoder.errors import DictionaryError

ACTORS = """\
<!-- an XML comment line -->
# a comment
GOLLUM  # pas 27 Apr 03
+SMEAGOL
+SLINKER
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]

NATO_ [IGOWSTNAT]# trailing comment
JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]
IVO_JOSIPOVIC_
JOSIPOVIC_
\t[HRVGOV >20120219]
palestinian [pse]
---STOP---
NEVER_READ [XXX]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_actor_file_entries_synonyms_and_line_numbers(tmp_path: Path) -> None:
    entries = read_actor_file(_write(tmp_path, "x.actors.txt", ACTORS))
    names = [e.name for e in entries]
    assert names == ["GOLLUM", "NATO", "JAVIER SOLANA", "IVO JOSIPOVIC", "palestinian"]
    gollum = entries[0]
    assert gollum.phrases == ("GOLLUM", "SMEAGOL", "SLINKER")
    assert gollum.where == "x.actors.txt:3"
    assert [c.line for c in gollum.codes] == [6, 7, 8]


def test_actor_date_restrictions_all_forms(tmp_path: Path) -> None:
    gollum = read_actor_file(_write(tmp_path, "x.actors.txt", ACTORS))[0]
    before, between, after = gollum.codes
    assert (before.code, before.restriction, before.end) == ("HOB", Restriction.BEFORE, dt.date(1995, 6, 1))
    assert (between.restriction, between.start, between.end) == (
        Restriction.RANGE,
        dt.date(1995, 6, 1),
        dt.date(1999, 8, 15),
    )
    assert (after.code, after.restriction, after.start) == ("HOBREB", Restriction.AFTER, dt.date(1999, 8, 16))


def test_several_codes_on_one_line_and_lowercase_codes(tmp_path: Path) -> None:
    entries = read_actor_file(_write(tmp_path, "x.actors.txt", ACTORS))
    solana = entries[2]
    assert [c.code for c in solana.codes] == ["IGOEUREEC", "IGOWSTNAT"]
    assert entries[4].codes[0].code == "PSE"


def test_codeless_primary_lines_join_the_entry_coded_next(tmp_path: Path) -> None:
    josipovic = read_actor_file(_write(tmp_path, "x.actors.txt", ACTORS))[3]
    assert josipovic.phrases == ("IVO JOSIPOVIC", "JOSIPOVIC")
    assert josipovic.codes[0].code == "HRVGOV"


def test_stop_line_ends_the_file(tmp_path: Path) -> None:
    names = [e.name for e in read_actor_file(_write(tmp_path, "x.actors.txt", ACTORS))]
    assert "NEVER READ" not in names


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("A [AAA]\n\t[AAAGOV 20121207-20120802]\n", 2, "ends before it starts"),
        ("A [AAA]\n\t[AAAGOV >20121332]\n", 2, "not a calendar date"),
        ("A [AAA]\n\tAAAGOV\n", 2, "indented line"),
        ("\t[AAA]\n", 1, "before any actor"),
        ("+SYNONYM\n", 1, "before any actor"),
        ("A [AAA\n", 1, "unbalanced"),
        ("A [AAA GOV]\n", 1, "cannot read the actor code"),
    ],
)
def test_malformed_actor_lines_name_file_and_line(
    tmp_path: Path, text: str, line: int, fragment: str
) -> None:
    path = _write(tmp_path, "bad.actors.txt", text)
    with pytest.raises(DictionaryError) as info:
        read_actor_file(path, strict=True)
    assert f"bad.actors.txt:{line}:" in info.value.message
    assert fragment in info.value.message


def test_lenient_reading_skips_bad_lines_and_keeps_the_rest(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.actors.txt", "A [AAA]\n\t[AAAGOV 20121207-20120802]\nB [BBB]\n")
    problems = Problems(strict=False)
    entries = read_actor_file(path, problems=problems)
    assert [e.name for e in entries] == ["A", "B"]
    assert len(problems.found) == 1 and "bad.actors.txt:2" in problems.found[0]


def test_missing_file_is_a_dictionary_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="cannot read"):
        read_actor_file(tmp_path / "absent.txt")


AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
!MINIST! = MINISTER, MINISTRY
SPOKES!PERSON! [~MED]
FOREIGN_!MINIST! [~GOV] # comment
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
POLICE {} [~COP]
MILITARY_ALLY [~MIL]
BOSS [~BUS]
HUMAN_RIGHTS_BODY [NGO~]
"""


def test_agents_substitution_sets_plurals_and_prefix_codes(tmp_path: Path) -> None:
    agents = read_agent_file(_write(tmp_path, "x.agents.txt", AGENTS))
    by_phrase = {a.phrase: a for a in agents}
    assert {"SPOKESMAN", "SPOKESMEN", "SPOKESWOMAN"} <= by_phrase.keys()
    assert "SPOKESMANS" not in by_phrase  # set members carry their own plurals
    assert {"FOREIGN MINISTER", "FOREIGN MINISTRY"} <= by_phrase.keys()
    assert "CHAMBERS OF COMMERCE" in by_phrase and "CHAMBER OF COMMERCES" not in by_phrase
    assert "POLICE" in by_phrase and "POLICES" not in by_phrase
    assert "MILITARY ALLIES" in by_phrase  # Y -> IES
    assert "BOSSES" in by_phrase  # S -> ES
    assert by_phrase["FOREIGN MINISTER"].code == AgentCode(suffix="GOV")
    assert by_phrase["HUMAN RIGHTS BODY"].code == AgentCode(prefix="NGO")
    assert by_phrase["FOREIGN MINISTER"].where == "x.agents.txt:4"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("DEPARMENT_OF_ENVIRONMENT [~ENV}\n", "exactly one code"),
        ("GOVERNMENT\n", "exactly one code"),
        ("FOREIGN_!MINST! [~GOV]\n", "not defined"),
        ("POLICE {POLICES [~COP]\n", "missing '}'"),
        ("POLICE [GOV]\n", "agent code"),
    ],
)
def test_malformed_agent_lines_name_file_and_line(tmp_path: Path, text: str, fragment: str) -> None:
    path = _write(tmp_path, "bad.agents.txt", "# header\n" + text)
    with pytest.raises(DictionaryError) as info:
        read_agent_file(path, strict=True)
    assert "bad.agents.txt:2:" in info.value.message
    assert fragment in info.value.message


def test_agent_code_mix_follows_petrarch() -> None:
    assert AgentCode(suffix="GOV").apply("TUR") == "TURGOV"
    assert AgentCode(suffix="GOV").apply("RUSGOV") == "RUSGOV"
    assert AgentCode(prefix="NGO").apply("USA") == "NGOUSA"


def test_tabari_minist_stem_expands_to_the_words_it_stood_for(tmp_path: Path) -> None:
    agents = read_agent_file(_write(tmp_path, "s.agents.txt", "DEFENCE_MINIST [~GOVMIL]\n"))
    assert {a.phrase for a in agents} == {
        "DEFENCE MINISTER",
        "DEFENCE MINISTERS",
        "DEFENCE MINISTRY",
        "DEFENCE MINISTRIES",
    }


def test_agent_sector_already_in_the_code_is_not_repeated() -> None:
    assert AgentCode(suffix="MED").apply("MED") == "MED"  # "Reuters news agency"
    assert AgentCode(suffix="GOVMIL").apply("RUS") == "RUSGOVMIL"
