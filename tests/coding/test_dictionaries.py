"""Readers for PETRARCH verb dictionaries and discard lists, and the CAMEO/PLOVER tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.coding import DiscardList, Ontology, VerbDictionary
from eventcoder.coding.discards import DiscardScope, phrase_regex
from eventcoder.coding.ontology import data_file, read_eventcodes
from eventcoder.coding.patterns import Marker
from eventcoder.errors import DictionaryError

VERBS = """\
# comment line
<!-- an XML comment
spanning lines -->
&CURRENCY
+DOLLAR
+EURO_
+SWISS FRANC

&MONEY_
+&CURRENCY
+GOLD

--- GRANT [070] ---
GRANT
GIVE {GAVE GIVEN GIVING GIVES} [071]   # irregular forms, own code
+HAND_OVER [072]
RE_+ARREST
- * &CURRENCY [071]
- $ * (TO +) &MONEY [073:074]
- % * [030:030]
- * (WITH) [---]
~ a (_ b ATTACK) WANT = a b 138
~ a (a b ATTACK) SAY = a b 015
"""


def write(tmp_path: Path, text: str, name: str = "verbs.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_verb_forms_codes_and_multiword_verbs(tmp_path: Path) -> None:
    verbs = VerbDictionary.from_file(write(tmp_path, VERBS), strict=True)
    grant = verbs.lookup("grant", "granted")[0]
    assert str(grant.code) == "070" and "GRANTED" in grant.forms and "GRANTS" in grant.forms
    give = verbs.lookup("give", "gave")[0]
    assert str(give.code) == "071" and "GAVE" in give.forms and "GIVED" not in give.forms
    hand = verbs.lookup("hand")[0]
    assert (hand.verb, hand.back, str(hand.code)) == ("HAND", ("OVER",), "072")
    arrest = verbs.lookup("arrest")[0]
    assert arrest.front == ("RE",) and str(arrest.code) == "070"
    assert verbs.complement_codes == {("WANT", "ATTACK"): "138"}  # the open-complement form is applied
    assert verbs.unsupported["verb transformation (~)"] == 1  # the others are counted


def test_patterns_synsets_plurals_markers_and_paired_codes(tmp_path: Path) -> None:
    verbs = VerbDictionary.from_file(write(tmp_path, VERBS), strict=True)
    patterns = verbs.patterns(verbs.lookup("grant")[0])
    assert len(patterns) == 4
    currency = patterns[0].post[0].slots[0]
    assert ("DOLLAR",) in currency and ("DOLLARS",) in currency and ("SWISS", "FRANCS") in currency
    assert ("EURO",) in currency and ("EUROS",) not in currency  # '_' = no plural
    nested = patterns[1]
    assert nested.markers == {Marker.SOURCE, Marker.TARGET}
    assert (nested.code.primary, nested.code.reverse) == ("073", "074")
    assert ("GOLD",) in nested.post[-1].slots[0] and ("DOLLAR",) in nested.post[-1].slots[0]
    assert nested.post[0].prep  # "(TO +)": TO opens a prepositional phrase
    assert patterns[2].markers == {Marker.COMPOUND}
    assert patterns[3].code.is_null and patterns[3].post[0].bare


def test_a_repeated_pattern_is_coded_as_its_last_line(tmp_path: Path) -> None:
    text = "--- ALLOW [080] ---\nRATIFY\n- * TREATY [031:031]\n- * DEAL [051]\n- *   TREATY [057]\n"
    verbs = VerbDictionary.from_file(write(tmp_path, text), strict=True)
    patterns = verbs.patterns(verbs.lookup("ratify")[0])
    assert [(" ".join(p.text.split()), str(p.code)) for p in patterns] == [
        ("* TREATY", "057"),
        ("* DEAL", "051"),
    ]


def test_a_repeat_written_for_the_verb_holds_for_that_verb(tmp_path: Path) -> None:
    text = (
        "--- GRANT [070] ---\nGIVE\nCONTRIBUTE\n"
        "- * TROOPS [072] # CONTRIBUTE\n- * TROOPS [150] # GIVE\n- * AID [071] # jw  11/14/91\n"
    )
    verbs = VerbDictionary.from_file(write(tmp_path, text), strict=True)
    block = verbs.blocks[verbs.lookup("give")[0].block]
    assert len(block.patterns) == 2 and block.patterns[1].written_for is None  # "jw" is no verb
    assert str(block.pattern(0, "CONTRIBUTE").code) == "072"
    assert str(block.pattern(0, "GIVE").code) == str(block.patterns[0].code) == "150"


def test_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "--- GRANT [070] ---\nGRANT\n- * MONEY\n")
    with pytest.raises(DictionaryError, match=r"verbs.txt:3: pattern without a \[CODE\]"):
        VerbDictionary.from_file(path, strict=True)
    lenient = VerbDictionary.from_file(path)
    assert lenient.problems and "verbs.txt:3" in lenient.problems[0]
    with pytest.raises(DictionaryError, match=r"verbs\.txt:1"):
        VerbDictionary.from_file(write(tmp_path, "GRANT\n"), strict=True)


def test_a_supplement_recodes_a_verb_or_adds_patterns_with_the_dictionarys_sets(tmp_path: Path) -> None:
    supplement = (
        "&AID\n+AID\n+&CURRENCY\n\n"  # a set of the supplement may name one of the dictionary's
        "--- GRANT [072] ---\nGRANT\n- * (TO +) &MONEY [071]\n\n"  # coded: replaces GRANT's code
        "--- GIVE [---] ---\nGIVE\n- * &AID [073]\n"  # uncoded: adds a pattern to GIVE
    )
    verbs = VerbDictionary.from_file(
        write(tmp_path, VERBS), strict=True, supplements=(write(tmp_path, supplement, "more.txt"),)
    )
    grant = verbs.lookup("grant")
    assert [str(f.code) for f in grant] == ["072", "070"]  # the supplement's first: the bare code
    assert grant[0].entry.startswith(str(tmp_path / "more.txt"))
    give = verbs.lookup("give")
    assert [str(f.code) for f in give] == ["071", "---"]  # the dictionary's bare code stays
    added = verbs.patterns(give[1])
    assert str(added[0].code) == "073" and ("DOLLAR",) in added[0].post[0].slots[0]
    assert not verbs.problems and not verbs.unsupported["pattern with undefined synonym set"]
    with pytest.raises(DictionaryError, match=r"more\.txt: no verb blocks"):
        VerbDictionary.from_file(
            write(tmp_path, VERBS), supplements=(write(tmp_path, "&AID\n+AID\n", "more.txt"),)
        )


def test_packaged_cameo_dictionary_loads_with_known_counts() -> None:
    from eventcoder.coding.resources import load_resources

    resources = load_resources()
    assert len(resources.verbs.blocks) > 350 and resources.verbs.pattern_count > 4000
    assert not resources.verbs.problems
    assert str(resources.verbs.lookup("discuss")[0].code) == "040:040"
    assert len(resources.discards) > 400


def test_discards_whole_words_and_scopes(tmp_path: Path) -> None:
    discards = DiscardList.from_file(
        write(tmp_path, "BASEBALL\n+WORLD GOLF  CHAMPIONSHIPS # sport\nYEARS LATER_\n")
    )
    assert discards.search("a Baseball game", DiscardScope.SENTENCE) is not None
    assert discards.search("baseballs", DiscardScope.SENTENCE) is None
    assert discards.search("the World Golf\nChampionships", DiscardScope.STORY) is not None
    assert discards.search("the World Golf Championships", DiscardScope.SENTENCE) is None
    hit = discards.search("two years later", DiscardScope.SENTENCE)
    assert hit is not None and hit.discard.entry.endswith(":3")


def test_a_bare_year_discards_only_a_sentence_about_an_earlier_year(tmp_path: Path) -> None:
    discards = DiscardList.from_file(write(tmp_path, "1990\n2010\nYEARS LATER\n"))
    text = "Iraq invaded Kuwait in 1990 ."
    hit = discards.search(text, DiscardScope.SENTENCE, year=2021)
    assert hit is not None and hit.discard.phrase == "1990" and text[slice(*hit.span)] == "1990"
    assert discards.search(text, DiscardScope.SENTENCE, year=1990) is None  # that year's news
    assert discards.search(text, DiscardScope.SENTENCE) is None  # no publication date: no telling
    # an earlier year after a later one discards; other phrases ignore the date
    assert discards.search("talks in 2010 after 1990", DiscardScope.SENTENCE, year=2000) is not None
    assert discards.search("two years later", DiscardScope.SENTENCE) is not None


_PACKAGED_DISCARDS = DiscardList.from_file(data_file("cameo", "Phoenix.discards.txt"))
_WORDS = [
    "queen's",
    "Queen",
    "iconic",
    "anthem",
    "baseball",
    "women's",
    "doubles",
    "1990",
    "years",
    "later",
    "x",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", '"', "'", "(", "“", "‘", "x"]),
            st.sampled_from(_WORDS),
            st.sampled_from(["", ".", "!", "?!", '"', "”", "’", ")", ",", ".”", "'s"]),
            st.sampled_from([" ", "\n", "  ", "\t"]),
        ),
        max_size=8,
    ),
    st.sampled_from(DiscardScope),
)
def test_searching_by_opening_word_finds_what_one_alternation_finds(
    pieces: list[tuple[str, ...]], scope: DiscardScope
) -> None:
    """The per-opening-word expressions give the hit one expression of all phrases gives."""
    text = "".join("".join(p) for p in pieces)
    keys = [d.phrase.rstrip("_").upper() for d in _PACKAGED_DISCARDS.discards if d.scope is scope]
    expected = None
    for m in phrase_regex(keys).finditer(text):
        if not (m.group(0).isdigit() and int(m.group(0)) >= 2021):
            expected = m.span()
            break
    hit = _PACKAGED_DISCARDS.search(text, scope, year=2021)
    assert (hit.span if hit is not None else None) == expected, text


def test_ontology_tables_and_quirks() -> None:
    gdelt = read_eventcodes(data_file("cameo", "CAMEO.eventcodes.txt"))
    assert gdelt["106"] == "Demand withdrawal"  # glued onto 1056 in GDELT's file
    assert gdelt["1056"] == "Demand de-escalation of military engagement"
    assert "Ò" not in gdelt["044"] and "third" in gdelt["044"]
    ontology = Ontology.default()
    assert ontology.name("106") == "Demand meeting, negotiation"  # the CAMEO manual's names win
    assert ontology.quad_class("190") == 4 and ontology.quad_class("051") == 1
    assert ontology.goldstein("190") == -10.0
    assert ontology.goldstein("1956") == ontology.goldstein("195")  # nearest ancestor
    plover = ontology.plover("041")
    assert plover is not None and (plover.event, plover.mode) == ("CONSULT", "phone")
    assert ontology.plover("010") is None and ontology.root("0874") == "08"
    # appeals (02, absent from the table) are requests like their demand counterparts (10)
    appeal, demand = ontology.plover("0233"), ontology.plover("1033")
    assert appeal is not None and appeal == demand and appeal.event == "REQUEST"
    assert ontology.plover("020") == ontology.plover("100")


def test_plover_follows_the_manual_where_the_2021_table_contradicts_it() -> None:
    # PLOVER manual 2.0: international sanctions are SANCTION `discontinue' (the table: COERCE)
    ontology = Ontology.default()
    sanctions = ontology.plover("163")
    assert sanctions is not None and (sanctions.event, sanctions.mode) == ("SANCTION", "discontinue")
    assert ontology.plover("1631") == sanctions  # a finer code falls back to its parent
    confiscate = ontology.plover("1711")
    assert confiscate is not None and confiscate.event == "COERCE"  # the rest of the table stands


def test_plover_of_an_act_makes_a_resignation_a_retreat() -> None:
    ontology = Ontology.default()
    resigned = ontology.plover_of_act("0831", {"step", "down", "step down"})
    assert resigned is not None and (resigned.event, resigned.mode) == ("RETREAT", "resign")
    reform = ontology.plover_of_act("083", {"pass", "reform"})  # a reform, not a resignation
    assert reform is not None and reform.event == "CONCEDE"
    assert ontology.plover_of_act("173", {"resignation"}) == ontology.plover("173")
