"""The coder's rules on hand-built parses: roles, passive, compounds, negation, modality, reciprocity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eventcoder.coding import CoderConfig, VerbDictionary
from eventcoder.pipeline import CoderOutput

Code = Callable[..., CoderOutput]


def triples(output: CoderOutput) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.cameo) for e in output.events}


def test_active_subject_and_object(code: Code) -> None:
    out = code(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == {("RUS", "UKR", "190")}
    event = out.events[0]
    assert out.actors and event.source_span == (0, 6)
    assert event.root == "19" and event.quad_class == 4 and event.plover == "ASSAULT"
    assert event.goldstein == -10.0 and event.date == "2021-12-15" and event.match == "verb"


def test_passive_swaps_roles_through_by_agent(code: Code) -> None:
    out = code(
        [
            ("Ukraine", "Ukraine", "PROPN", "nsubjpass", 2),
            ("was", "be", "AUX", "auxpass", 2),
            ("attacked", "attack", "VERB", "ROOT", 2),
            ("by", "by", "ADP", "agent", 2),
            ("Russia", "Russia", "PROPN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 2),
        ]
    )
    assert triples(out) == {("RUS", "UKR", "190")}


def test_negated_verb_is_not_the_act(code: Code) -> None:
    out = code(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 3),
            ("did", "do", "AUX", "aux", 3),
            ("not", "not", "PART", "neg", 3),
            ("attack", "attack", "VERB", "ROOT", 3),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    assert triples(out) == set()


def test_modal_verb_is_hypothetical(code: Code) -> None:
    out = code(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 2),
            ("may", "may", "AUX", "aux", 2),
            ("invade", "invade", "VERB", "ROOT", 2),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 2),
        ]
    )
    assert triples(out) == set()


def test_act_in_a_condition_is_not_coded(code: Code) -> None:
    # "... if Russia took steps to attack Ukraine": the steps and the attack are a condition
    out = code(
        [
            ("Talks", "talk", "NOUN", "nsubj", 1),
            ("resume", "resume", "VERB", "ROOT", 1),
            ("if", "if", "SCONJ", "mark", 4),
            ("Russia", "Russia", "PROPN", "nsubj", 4),
            ("took", "take", "VERB", "advcl", 1),
            ("steps", "step", "NOUN", "dobj", 4),
            ("to", "to", "PART", "aux", 7),
            ("attack", "attack", "VERB", "xcomp", 4),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 7),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == set()


def test_second_verb_of_a_condition_is_not_coded(code: Code) -> None:
    out = code(
        [
            ("Talks", "talk", "NOUN", "nsubj", 1),
            ("end", "end", "VERB", "ROOT", 1),
            ("unless", "unless", "SCONJ", "mark", 4),
            ("Russia", "Russia", "PROPN", "nsubj", 4),
            ("meets", "meet", "VERB", "advcl", 1),
            ("Turkey", "Turkey", "PROPN", "dobj", 4),
            ("and", "and", "CCONJ", "cc", 4),
            ("attacks", "attack", "VERB", "conj", 4),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 7),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == set()


def test_denied_act_is_not_coded(code: Code) -> None:
    out = code(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("denies", "deny", "VERB", "ROOT", 1),
            ("planning", "plan", "VERB", "xcomp", 1),
            ("to", "to", "PART", "aux", 4),
            ("invade", "invade", "VERB", "xcomp", 2),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == set()


def test_compound_subject_gives_one_event_each(code: Code) -> None:
    out = code(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 3),
            ("and", "and", "CCONJ", "cc", 0),
            ("Turkey", "Turkey", "PROPN", "conj", 0),
            ("attacked", "attack", "VERB", "ROOT", 3),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    assert triples(out) == {("RUS", "UKR", "190"), ("TUR", "UKR", "190")}


def test_reciprocal_meeting_codes_both_directions(code: Code) -> None:
    out = code(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 3),
            ("and", "and", "CCONJ", "cc", 0),
            ("Russia", "Russia", "PROPN", "conj", 0),
            ("met", "meet", "VERB", "ROOT", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    assert triples(out) == {("TUR", "RUS", "040"), ("RUS", "TUR", "040")}
    assert all(e.match == "reciprocal" for e in out.events)


def test_paired_code_adds_the_reverse_event(code: Code) -> None:
    out = code(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("visited", "visit", "VERB", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == {("TUR", "RUS", "042"), ("RUS", "TUR", "043")}


def test_pattern_beats_the_null_verb_code_and_raises_confidence(code: Code) -> None:
    rejected_offer = code(
        [
            ("Kremlin", "Kremlin", "PROPN", "nsubj", 1),
            ("rejected", "reject", "VERB", "ROOT", 1),
            ("Ankara", "Ankara", "PROPN", "poss", 4),
            ("'s", "'s", "PART", "case", 2),
            ("offer", "offer", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(rejected_offer) == {("RUSGOV", "TURGOV", "125")}
    assert rejected_offer.events[0].match == "pattern"
    rejected_only = [
        ("Kremlin", "Kremlin", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1),
        ("Ankara", "Ankara", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    # REJECT alone is [---]: PETRARCH codes nothing; the back-off codes the bare rejection (120).
    assert triples(code(rejected_only, config=CoderConfig(null_backoff=False))) == set()
    backed_off = code(rejected_only)
    assert triples(backed_off) == {("RUSGOV", "TURGOV", "120")}
    assert backed_off.events[0].match == "verb"
    assert backed_off.events[0].confidence < rejected_offer.events[0].confidence


def test_reported_speech_codes_the_reported_act_only(code: Code) -> None:
    out = code(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("said", "say", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 4),
            ("Russia", "Russia", "PROPN", "nsubj", 4),
            ("attacked", "attack", "VERB", "ccomp", 1),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == {("RUS", "UKR", "190")}


def test_saying_what_another_party_must_do_is_a_demand_of_it(code: Code) -> None:
    must = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 5),
        ("Russia", "Russia", "PROPN", "nsubj", 5),
        ("must", "must", "AUX", "aux", 5),
        ("leave", "leave", "VERB", "ccomp", 1),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(must)) == {("TUR", "RUS", "100")}
    has_to = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "nsubj", 3),
        ("has", "have", "VERB", "ccomp", 1),
        ("to", "to", "PART", "aux", 5),
        ("leave", "leave", "VERB", "xcomp", 3),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(has_to)) == {("TUR", "RUS", "100")}
    own_duty = [("we", "we", "PRON", "nsubj", 5) if row[0] == "Russia" else row for row in must]
    assert triples(code(own_duty, config=CoderConfig(min_actors=1))) == {("TUR", "", "010")}
    may = [("may", "may", "AUX", "aux", 5) if row[0] == "must" else row for row in must]
    assert all(e.cameo != "100" for e in code(may, config=CoderConfig(min_actors=1)).events)


def test_agent_without_country_takes_it_from_its_of_phrase(code: Code) -> None:
    out = code(
        [
            ("ministers", "minister", "NOUN", "nsubj", 3),
            ("from", "from", "ADP", "prep", 0),
            ("Greece", "Greece", "PROPN", "pobj", 1),
            ("visited", "visit", "VERB", "ROOT", 3),
            ("Turkey", "Turkey", "PROPN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    assert ("GRCGOV", "TUR", "042") in triples(out)


def test_refused_cooperation_is_a_rejection(code: Code) -> None:
    out = code(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 3),
            ("will", "will", "AUX", "aux", 3),
            ("not", "not", "PART", "neg", 3),
            ("support", "support", "VERB", "ROOT", 3),
            ("Russia", "Russia", "PROPN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    assert triples(out) == {("TUR", "RUS", "121")}


def test_nominal_event_with_light_verb_and_prepositional_pattern(code: Code) -> None:
    out = code(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 3),
            ("and", "and", "CCONJ", "cc", 0),
            ("Russia", "Russia", "PROPN", "conj", 0),
            ("held", "hold", "VERB", "ROOT", 3),
            ("talks", "talk", "NOUN", "dobj", 3),
            ("by", "by", "ADP", "prep", 3),
            ("telephone", "telephone", "NOUN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    assert triples(out) == {("TUR", "RUS", "041"), ("RUS", "TUR", "041")}


def test_a_passive_subject_is_matched_as_the_object_of_the_pattern(code: Code) -> None:
    passive = [
        ("Sanctions", "sanction", "NOUN", "nsubjpass", 2),
        ("were", "be", "AUX", "auxpass", 2),
        ("lifted", "lift", "VERB", "ROOT", 2),
        ("by", "by", "ADP", "agent", 2),
        ("Turkey", "Turkey", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]
    one_side = CoderConfig(min_actors=1)
    assert {(e.source, e.cameo) for e in code(passive, config=one_side).events} == {("TUR", "085")}
    active = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("lifted", "lift", "VERB", "ROOT", 1),
        ("sanctions", "sanction", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert {(e.source, e.cameo) for e in code(active, config=one_side).events} == {("TUR", "085")}


def test_a_null_pattern_of_an_event_noun_must_match_in_the_nouns_own_phrase(code: Code) -> None:
    launched = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("attacks", "attack", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 2),
        ("Russia", "Russia", "PROPN", "pobj", 3),
        ("after", "after", "ADP", "prep", 1),
        ("helicopters", "helicopter", "NOUN", "pobj", 5),
        ("crashed", "crash", "VERB", "acl", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(launched)) == {("TUR", "RUS", "190")}
    bought = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("attack", "attack", "NOUN", "compound", 3),
        ("helicopters", "helicopter", "NOUN", "dobj", 1),
        ("against", "against", "ADP", "prep", 1),
        ("Russia", "Russia", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(bought)) == set()  # "attack helicopters" name aircraft, not an attack


def test_sentence_discard_drops_the_sentence_and_story_discard_the_article(code: Code) -> None:
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("baseball", "baseball", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(rows)) == {("RUS", "UKR", "190")}
    assert triples(code(rows, discards="BASEBALL\n")) == set()
    story = code(rows, discards="+BASEBALL  # sports\n")
    assert story.events == () and story.discarded is not None and "BASEBALL" in story.discarded
    assert code(rows, discards="BASE\n").events  # whole words only


def test_a_year_discard_drops_history_relative_to_the_articles_date(code: Code) -> None:
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("2014", "2014", "NUM", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(rows, discards="2014\n", date="2021-12-15")) == set()  # history in 2021
    assert triples(code(rows, discards="2014\n", date="2014-03-01")) == {("RUS", "UKR", "190")}
    assert triples(code(rows, discards="2014\n", date=None)) == {("RUS", "UKR", "190")}


def test_event_ids_are_stable_and_distinct(code: Code) -> None:
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("visited", "visit", "VERB", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    first, second = code(rows), code(rows)
    assert [e.event_id for e in first.events] == [e.event_id for e in second.events]
    assert len({e.event_id for e in first.events}) == 2


AGREED_TO_VISIT = [
    ("Turkey", "Turkey", "PROPN", "nsubj", 1),
    ("agreed", "agree", "VERB", "ROOT", 1),
    ("to", "to", "PART", "aux", 3),
    ("visit", "visit", "VERB", "xcomp", 1),
    ("Russia", "Russia", "PROPN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_intended_cooperation_is_an_intention(code: Code) -> None:
    assert triples(code(AGREED_TO_VISIT)) == {("TUR", "RUS", "036")}  # intend to meet, not the visit
    # PETRARCH codes neither tense nor intention: "agreed to visit" is the visit
    petrarch = code(AGREED_TO_VISIT, config=CoderConfig(future_as_act=True))
    assert triples(petrarch) == {("TUR", "RUS", "042"), ("RUS", "TUR", "043")}


def test_intended_force_is_a_threat(code: Code) -> None:
    out = code(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("vowed", "vow", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3),
            ("invade", "invade", "VERB", "xcomp", 1),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == {("RUS", "UKR", "138")}


def test_future_act_is_an_intention_unless_petrarch_convention(code: Code) -> None:
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("visit", "visit", "VERB", "ROOT", 2),
        ("Russia", "Russia", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert triples(code(rows)) == {("TUR", "RUS", "036")}
    petrarch = code(rows, config=CoderConfig(future_as_act=True))
    assert triples(petrarch) == {("TUR", "RUS", "042"), ("RUS", "TUR", "043")}


def test_participle_modifier_is_passive(code: Code) -> None:
    out = code(
        [
            ("Ukraine", "Ukraine", "PROPN", "nsubj", 1),
            ("mourned", "mourn", "VERB", "ROOT", 1),
            ("soldiers", "soldier", "NOUN", "dobj", 1),
            ("attacked", "attack", "VERB", "acl", 2),
            ("by", "by", "ADP", "agent", 3),
            ("Russia", "Russia", "PROPN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert ("RUS", "UKR", "190") not in triples(out)  # the soldiers were attacked, not attackers


def test_actorless_event_is_kept_only_when_no_actor_is_required(code: Code) -> None:
    # "Rebels attacked." : no dictionary actor on either side
    rows = [
        ("Rebels", "rebel", "NOUN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert code(rows).events == ()
    events = code(rows, config=CoderConfig(min_actors=0)).events
    assert [(e.source, e.target, e.cameo, e.source_span, e.target_span) for e in events] == [
        ("", "", "190", None, None)
    ]
    assert events[0].confidence < 0.7  # below any event with both actors


def test_locative_capital_is_the_target_only_of_a_target_less_event_and_only_when_asked(code: Code) -> None:
    # "Ukraine attacked in Beijing ." / "Ukraine attacked Russia in Beijing ."
    attacked_in = [
        ("Ukraine", "Ukraine", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Beijing", "Beijing", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    placed = CoderConfig(locative_targets=True)
    assert code(attacked_in).events == ()  # places are no actors by default
    assert [(e.source, e.target, e.cameo, e.match) for e in code(attacked_in, config=placed).events] == [
        ("UKR", "CHN", "190", "verb-locative")
    ]
    assert all(a.rule != "place" for a in code(attacked_in, config=placed).actors)
    with_target = [
        ("Ukraine", "Ukraine", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Beijing", "Beijing", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(with_target, config=placed)) == {("UKR", "RUS", "190")}


def test_content_of_a_demand_noun_is_not_an_act(code: Code) -> None:
    # "Turkey repeated its demand that Russia attack Ukraine ." / the same with "report"
    def rows(noun: str) -> list[tuple[str, str, str, str, int]]:
        return [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("repeated", "repeat", "VERB", "ROOT", 1),
            ("its", "its", "PRON", "poss", 3),
            (noun, noun, "NOUN", "dobj", 1),
            ("that", "that", "SCONJ", "mark", 6),
            ("Russia", "Russia", "PROPN", "nsubj", 6),
            ("attack", "attack", "VERB", "acl", 3),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 6),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert ("RUS", "UKR", "190") not in triples(code(rows("demand")))
    assert ("RUS", "UKR", "190") in triples(code(rows("report")))


def test_content_of_a_demand_noun_attached_to_its_verb_is_not_an_act(code: Code) -> None:
    # "Turkey repeated its demand today that Russia attack Ukraine": the that-clause parsed as
    # the verb's, after an adverb, is still the demand's content / with "report" it is an act
    def rows(noun: str) -> list[tuple[str, str, str, str, int]]:
        return [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("repeated", "repeat", "VERB", "ROOT", 1),
            ("its", "its", "PRON", "poss", 3),
            (noun, noun, "NOUN", "dobj", 1),
            ("today", "today", "NOUN", "npadvmod", 1),
            ("that", "that", "SCONJ", "mark", 7),
            ("Russia", "Russia", "PROPN", "nsubj", 7),
            ("attack", "attack", "VERB", "ccomp", 1),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 7),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert ("RUS", "UKR", "190") not in triples(code(rows("demand")))
    assert ("RUS", "UKR", "190") in triples(code(rows("report")))


def test_content_of_an_allegation_is_not_an_act(code: Code) -> None:
    # "Turkey repeated its allegation that Russia attacked Ukraine ." / "Turkey alleged that ...":
    # what is alleged is contested, not an act that happened (the report of it is the speaker's)
    noun = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("repeated", "repeat", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("allegation", "allegation", "NOUN", "dobj", 1),
        ("that", "that", "SCONJ", "mark", 6),
        ("Russia", "Russia", "PROPN", "nsubj", 6),
        ("attacked", "attack", "VERB", "acl", 3),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    verb = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("alleged", "allege", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Russia", "Russia", "PROPN", "nsubj", 4),
        ("attacked", "attack", "VERB", "ccomp", 1),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert ("RUS", "UKR", "190") not in triples(code(noun))
    assert ("RUS", "UKR", "190") not in triples(code(verb))


def test_a_participle_describing_an_allegation_is_no_content_clause(code: Code) -> None:
    # "A Turkish claim attacking Russia ...": the participle names the claim's own act
    rows = [
        ("A", "a", "DET", "det", 2),
        ("Turkey", "Turkey", "PROPN", "compound", 2),
        ("claim", "claim", "NOUN", "nsubj", 5),
        ("attacking", "attack", "VERB", "acl", 2),
        ("Russia", "Russia", "PROPN", "dobj", 3),
        ("failed", "fail", "VERB", "ROOT", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    assert ("TUR", "RUS", "190") in triples(code(rows))


def test_a_conjoined_verb_shares_its_first_verbs_modality(code: Code) -> None:
    # "Turkey may attack and invade Russia .": "invade" shares "may" / "Turkey did not attack
    # Greece but invaded Russia .": the contrast and the finite form end the negation's reach
    shared = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 2),
        ("may", "may", "AUX", "aux", 2),
        ("attack", "attack", "VERB", "ROOT", 2, "VB"),
        ("and", "and", "CCONJ", "cc", 2),
        ("invade", "invade", "VERB", "conj", 2, "VB"),
        ("Russia", "Russia", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    contrast = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 3),
        ("did", "do", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("attack", "attack", "VERB", "ROOT", 3, "VB"),
        ("Greece", "Greece", "PROPN", "dobj", 3),
        ("but", "but", "CCONJ", "cc", 3),
        ("invaded", "invade", "VERB", "conj", 3, "VBD"),
        ("Russia", "Russia", "PROPN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert triples(code(shared)) == set()
    assert triples(code(contrast)) == {("TUR", "RUS", "192")}


def test_a_scheduled_or_planned_act_is_a_future_one(code: Code) -> None:
    # "Turkey is going to attack Russia ." is a threat (13x), "Turkey is due to meet Russia ." an
    # intention to meet (036); "going" is the future tense, no act of its own
    going = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 2),
        ("is", "be", "AUX", "aux", 2),
        ("going", "go", "VERB", "ROOT", 2, "VBG"),
        ("to", "to", "PART", "aux", 4),
        ("attack", "attack", "VERB", "xcomp", 2, "VB"),
        ("Russia", "Russia", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    due = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("is", "be", "AUX", "ROOT", 1),
        ("due", "due", "ADJ", "acomp", 1),
        ("to", "to", "PART", "aux", 4),
        ("meet", "meet", "VERB", "xcomp", 2, "VB"),
        ("Russia", "Russia", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(going)) == {("TUR", "RUS", "138")}
    assert triples(code(due)) == {("TUR", "RUS", "036")}


def test_an_ability_is_no_act_and_no_longer_negates(code: Code) -> None:
    # "Turkey was unable to attack Russia .", "Turkey may be able to attack Russia ." (the
    # adjective's copula carries the modal), "Turkey no longer supports Russia ."
    unable = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("was", "be", "AUX", "ROOT", 1),
        ("unable", "unable", "ADJ", "acomp", 1),
        ("to", "to", "PART", "aux", 4),
        ("attack", "attack", "VERB", "xcomp", 2, "VB"),
        ("Russia", "Russia", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    able = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 2),
        ("may", "may", "AUX", "aux", 2),
        ("be", "be", "AUX", "ROOT", 2),
        ("able", "able", "ADJ", "acomp", 2),
        ("to", "to", "PART", "aux", 5),
        ("attack", "attack", "VERB", "xcomp", 3, "VB"),
        ("Russia", "Russia", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    no_longer = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 3),
        ("no", "no", "ADV", "neg", 2),
        ("longer", "long", "ADV", "advmod", 3),
        ("supports", "support", "VERB", "ROOT", 3, "VBZ"),
        ("Russia", "Russia", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert triples(code(unable)) == set()
    assert triples(code(able)) == set()
    assert triples(code(no_longer)) == set()


def test_an_obligation_or_an_act_yet_to_come_is_no_act(code: Code) -> None:
    # "Turkey has to attack Russia ." is an obligation (as "must"), "Turkey has yet to attack
    # Russia ." says it has not; "Turkey had to attack Russia ." tells what was done
    def rows(
        tag: str, adverb: bool
    ) -> list[tuple[str, str, str, str, int] | tuple[str, str, str, str, int, str]]:
        return [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("has" if tag == "VBZ" else "had", "have", "VERB", "ROOT", 1, tag),
            *([("yet", "yet", "ADV", "advmod", 1)] if adverb else []),
            ("to", "to", "PART", "aux", 3 + adverb),
            ("attack", "attack", "VERB", "xcomp", 1, "VB"),
            ("Russia", "Russia", "PROPN", "dobj", 3 + adverb),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert triples(code(rows("VBZ", adverb=False))) == set()
    assert triples(code(rows("VBZ", adverb=True))) == set()
    assert triples(code(rows("VBD", adverb=False))) == {("TUR", "RUS", "190")}


def test_an_eager_actor_states_an_intention(code: Code) -> None:
    # "Turkey is keen to meet Russia ." is an intention to meet (036), not a meeting
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("is", "be", "AUX", "ROOT", 1),
        ("keen", "keen", "ADJ", "acomp", 1),
        ("to", "to", "PART", "aux", 4),
        ("meet", "meet", "VERB", "xcomp", 2, "VB"),
        ("Russia", "Russia", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(rows)) == {("TUR", "RUS", "036")}


def test_agreeing_to_an_uncoded_act_is_an_intention_to_cooperate(code: Code) -> None:
    # "Turkey agreed to undertake exercises with Russia ." (UNDERTAKE is no dictionary verb here)
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("undertake", "undertake", "VERB", "xcomp", 1),
        ("exercises", "exercise", "NOUN", "dobj", 3),
        ("with", "with", "ADP", "prep", 3),
        ("Russia", "Russia", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    bare = [*rows[:2], rows[-1]]  # "Turkey agreed ."

    def codes(rows: list[tuple[str, str, str, str, int]], **options: bool) -> set[str]:
        return {e.cameo for e in code(rows, config=CoderConfig(min_actors=0, **options)).events}

    assert codes(rows) == {"030"}
    assert codes(rows, future_as_act=True) == {"050"}  # PETRARCH's convention keeps the verb's code
    assert codes(bare) == {"050"}


def test_source_named_again_as_target_leaves_a_target_less_act(code: Code) -> None:
    # "Ankara supported Ukraine through Erdogan ." / "Ankara supported through Erdogan ." (both TURGOV)
    with_target = [
        ("Ankara", "Ankara", "PROPN", "nsubj", 1),
        ("supported", "support", "VERB", "ROOT", 1),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
        ("through", "through", "ADP", "prep", 1),
        ("Erdogan", "Erdogan", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(with_target)) == {("TURGOV", "UKR", "051")}
    alone = [
        ("Ankara", "Ankara", "PROPN", "nsubj", 1),
        ("supported", "support", "VERB", "ROOT", 1),
        ("through", "through", "ADP", "prep", 1),
        ("Erdogan", "Erdogan", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(alone)) == set()  # no dyad, as before
    monadic = code(alone, config=CoderConfig(min_actors=1)).events
    assert [(e.source, e.target, e.cameo) for e in monadic] == [("TURGOV", "", "051")]


def test_a_preposition_of_a_that_clause_does_not_open_the_governors_pattern(code: Code) -> None:
    # "Turkey demanded that Russia end its campaign against Ukraine ." : the DEMAND block's
    # "- * (AGAINST) [110]" is the that-clause verb's preposition, not "demanded"'s
    embedded = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("demanded", "demand", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Russia", "Russia", "PROPN", "nsubj", 4),
        ("end", "end", "VERB", "ccomp", 1),
        ("its", "its", "PRON", "poss", 6),
        ("campaign", "campaign", "NOUN", "dobj", 4),
        ("against", "against", "ADP", "prep", 6),
        ("Ukraine", "Ukraine", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert {e.cameo for e in code(embedded).events} == {"100"}
    # "Turkey demanded action against Russia .": the phrase is the demand's own
    own = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("demanded", "demand", "VERB", "ROOT", 1),
        ("action", "action", "NOUN", "dobj", 1),
        ("against", "against", "ADP", "prep", 2),
        ("Russia", "Russia", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(own)) == {("TUR", "RUS", "110")}


def test_agreeing_to_an_act_that_has_no_intention_code_is_still_an_agreement(code: Code) -> None:
    # "Turkey agreed to reject the proposal ." : REJECT codes 125, which has no intention code,
    # so the complement is no act; the agreement itself remains (030, "agreed to" an act)
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("reject", "reject", "VERB", "xcomp", 1),
        ("the", "the", "DET", "det", 5),
        ("proposal", "proposal", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert {e.cameo for e in code(rows, config=CoderConfig(min_actors=0)).events} == {"030"}


def test_a_light_verbs_own_pattern_wins_over_its_nouns_bare_code(code: Code) -> None:
    # "Turkey began a hunger strike against Russia ." : START's "* {HUNGER STRIKE} [142]", not
    # the noun's STRIKE [190]; "Turkey began a strike against Russia ." is the noun's act
    def rows(*modifier: str) -> list[tuple[str, str, str, str, int]]:
        n = len(modifier)
        return [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("began", "begin", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3 + n),
            *[(m, m, "NOUN", "compound", 3 + n) for m in modifier],
            ("strike", "strike", "NOUN", "dobj", 1),
            ("against", "against", "ADP", "prep", 3 + n),
            ("Russia", "Russia", "PROPN", "pobj", 4 + n),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert {e.cameo for e in code(rows("hunger"), config=CoderConfig(min_actors=1)).events} == {"142"}
    assert {e.cameo for e in code(rows(), config=CoderConfig(min_actors=1)).events} == {"190"}


def test_a_light_verbs_own_pattern_must_name_the_noun_to_win_over_it(code: Code) -> None:
    # "Russia began attacks on the army of Ukraine": START's "* ARMY [062]" (as in "carried out
    # military exercises") reads a word of the attacks' target, not the act; the attacks are coded
    out = code(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("began", "begin", "VERB", "ROOT", 1),
            ("attacks", "attack", "NOUN", "dobj", 1),
            ("on", "on", "ADP", "prep", 2),
            ("the", "the", "DET", "det", 5),
            ("army", "army", "NOUN", "pobj", 3),
            ("of", "of", "ADP", "prep", 5),
            ("Ukraine", "Ukraine", "PROPN", "pobj", 6),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == {("RUS", "UKR", "190")}


def test_a_that_clause_with_its_own_subject_is_not_the_verbs_pattern_text(code: Code) -> None:
    # "Turkey demanded that Russia end the embargo ." : DEMAND's "* EMBARGO [163]" would read the
    # that-clause's word as the demand's; by default the demand keeps its own code (100). With
    # PETRARCH's convention (its verb phrase holds the clause) the pattern matches.
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("demanded", "demand", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Russia", "Russia", "PROPN", "nsubj", 4),
        ("end", "end", "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 6),
        ("embargo", "embargo", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(rows)) == {("TUR", "RUS", "100")}
    petrarch = CoderConfig(embedded_clause_patterns=True)
    assert ("TUR", "RUS", "163") in triples(code(rows, config=petrarch))


def test_the_dictionarys_open_complement_transformation_codes_an_attempt(code: Code) -> None:
    # "Russia attempted to assassinate Erdogan ." : "~ a (_ b ASSASSINATE) ATTEMPT = a b 185";
    # "Russia did not attempt to assassinate Erdogan ." codes nothing
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("attempted", "attempt", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("assassinate", "assassinate", "VERB", "xcomp", 1),
        ("Erdogan", "Erdogan", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(rows)) == {("RUS", "TURGOV", "185")}
    negated = [
        rows[0],
        ("did", "do", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("attempt", "attempt", "VERB", "ROOT", 3),
        ("to", "to", "PART", "aux", 5),
        ("assassinate", "assassinate", "VERB", "xcomp", 3),
        ("Erdogan", "Erdogan", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert triples(code(negated)) == set()


def test_an_act_in_a_relative_clause_ranks_below_the_main_clause(code: Code) -> None:
    # "Turkey supported Russia, which attacked Ukraine": both acts are coded, but the sentence is
    # about the support; the attack is background told of the object
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("supported", "support", "VERB", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 2),
        ("which", "which", "PRON", "nsubj", 5),
        ("attacked", "attack", "VERB", "relcl", 2),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    out = code(rows)
    assert triples(out) == {("TUR", "RUS", "051"), ("RUS", "UKR", "190")}
    confidence = {e.cameo: e.confidence for e in out.events}
    assert confidence["051"] > confidence["190"]
    # PETRARCH codes no act of a clause that describes a noun
    assert triples(code(rows, config=CoderConfig(background_acts=False))) == {("TUR", "RUS", "051")}


def test_a_clause_modifying_a_noun_is_not_the_verbs_pattern_text(code: Code) -> None:
    # "Turkey lifted curbs on Russia during hearings to discuss sanctions": LIFT's "* SANCTIONS"
    # (easing sanctions, 085) would read "sanctions" of the clause that modifies "hearings"
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("lifted", "lift", "VERB", "ROOT", 1),
        ("curbs", "curb", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 2),
        ("Russia", "Russia", "PROPN", "pobj", 3),
        ("during", "during", "ADP", "prep", 1),
        ("hearings", "hearing", "NOUN", "pobj", 5),
        ("to", "to", "PART", "aux", 8),
        ("discuss", "discuss", "VERB", "acl", 6),
        ("sanctions", "sanction", "NOUN", "dobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(rows)) == set()
    # PETRARCH's verb phrase holds the clause
    petrarch = CoderConfig(embedded_clause_patterns=True)
    assert triples(code(rows, config=petrarch)) == {("TUR", "RUS", "085")}


def test_a_fronted_that_clause_is_not_the_verbs_pattern_text(code: Code) -> None:
    # "The embargo on Russia must end, Turkey demanded": DEMAND's "EMBARGO *" (163) is written for
    # "the embargo Turkey demanded", not for the words of the demanded clause
    rows = [
        ("The", "the", "DET", "det", 1),
        ("embargo", "embargo", "NOUN", "nsubj", 5),
        ("on", "on", "ADP", "prep", 1),
        ("Russia", "Russia", "PROPN", "pobj", 2),
        ("must", "must", "AUX", "aux", 5),
        ("end", "end", "VERB", "ccomp", 8),
        (",", ",", "PUNCT", "punct", 8),
        ("Turkey", "Turkey", "PROPN", "nsubj", 8),
        ("demanded", "demand", "VERB", "ROOT", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]
    assert {cameo for _, _, cameo in triples(code(rows, config=CoderConfig(min_actors=1)))} == {"100"}


def test_a_documents_author_is_the_source_of_what_it_says(code: Code) -> None:
    # "Turkey issued a statement supporting Russia": the statement supports, so its author does
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("issued", "issue", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("statement", "statement", "NOUN", "dobj", 1),
        ("supporting", "support", "VERB", "acl", 3),
        ("Russia", "Russia", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(rows)) == {("TUR", "RUS", "051")}
    # a convoy that Turkey stopped is no text of Turkey's: it supports on its own
    convoy = [*rows[:3], ("convoy", "convoy", "NOUN", "dobj", 1), *rows[4:]]
    assert triples(code(convoy)) == set()


def test_coordinated_modifiers_of_an_actor_phrase_each_name_an_actor(code: Code) -> None:
    # "Greece and Russia ministers attacked Ukraine" (cf. "US and British activists"): the phrase's
    # own mention takes the first modifier's country; the coordinated modifier is a second source
    out = code(
        [
            ("Greece", "Greece", "PROPN", "nmod", 3),
            ("and", "and", "CCONJ", "cc", 0),
            ("Russia", "Russia", "PROPN", "conj", 0),
            ("ministers", "minister", "NOUN", "nsubj", 4),
            ("attacked", "attack", "VERB", "ROOT", 4),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 4),
        ]
    )
    assert triples(out) == {("GRCGOV", "UKR", "190"), ("RUS", "UKR", "190")}


def test_an_act_its_actor_claims_to_have_done_is_a_claim_of_responsibility(code: Code) -> None:
    # "Turkey claimed that it attacked Russia": CAMEO 015 toward Russia; "said that it attacked" is
    # reported speech and codes the attack
    def rows(verb: str, lemma: str) -> list[tuple[str, str, str, str, int]]:
        return [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            (verb, lemma, "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 4),
            ("it", "it", "PRON", "nsubj", 4),
            ("attacked", "attack", "VERB", "ccomp", 1),
            ("Russia", "Russia", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert triples(code(rows("claimed", "claim"))) == {("TUR", "RUS", "015")}
    assert triples(code(rows("said", "say"))) == {("TUR", "RUS", "190")}


def test_agreeing_to_a_thing_is_an_intention_to_cooperate(code: Code) -> None:
    # "Turkey agreed to a ceasefire with Russia": CAMEO's "agree to" (030), as for "agreed to meet";
    # PETRARCH keeps the verb's own code
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 4),
        ("ceasefire", "ceasefire", "NOUN", "pobj", 2),
        ("with", "with", "ADP", "prep", 4),
        ("Russia", "Russia", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(rows)) == {("TUR", "RUS", "030")}
    assert triples(code(rows, config=CoderConfig(future_as_act=True))) == {("TUR", "RUS", "050")}


def test_a_that_clause_of_an_act_that_did_not_happen_is_not_an_act(code: Code) -> None:
    # "Turkey must ensure that Russia supports Ukraine": the support is what the unperformed act
    # would bring about / "Turkey ensured that Russia supports Ukraine" reports it
    def rows(*aux: str) -> list[tuple[str, str, str, str, int]]:
        n = len(aux)
        return [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1 + n),
            *[(a, a, "AUX", "aux", 1 + n) for a in aux],
            ("ensure" if aux else "ensured", "ensure", "VERB", "ROOT", 1 + n),
            ("that", "that", "SCONJ", "mark", 4 + n),
            ("Russia", "Russia", "PROPN", "nsubj", 4 + n),
            ("supports", "support", "VERB", "ccomp", 1 + n),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 4 + n),
            (".", ".", "PUNCT", "punct", 1 + n),
        ]

    assert triples(code(rows("must"))) == set()
    assert triples(code(rows())) == {("RUS", "UKR", "051")}


def test_a_meeting_held_to_voice_a_grievance_is_the_grievance(code: Code) -> None:
    # "Turkey met Russia to demand an apology": a demand to Russia (as "summoned the ambassador to
    # complain"); "Turkey met Russia to support Ukraine" stays a meeting
    def rows(verb: str) -> list[tuple[str, str, str, str, int]]:
        return [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("met", "meet", "VERB", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "dobj", 1),
            ("to", "to", "PART", "aux", 4),
            (verb, verb, "VERB", "advcl", 1),
            ("it", "it", "PRON", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert triples(code(rows("demand"))) == {("TUR", "RUS", "100")}
    assert triples(code(rows("support"))) == {("TUR", "RUS", "040")}


def test_a_light_verbs_coordinated_objects_can_name_the_act(code: Code) -> None:
    # "Turkey launched rockets and attacks against Russia": the second object names the act
    out = code(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("launched", "launch", "VERB", "ROOT", 1),
            ("rockets", "rocket", "NOUN", "dobj", 1),
            ("and", "and", "CCONJ", "cc", 2),
            ("attacks", "attack", "NOUN", "conj", 2),
            ("against", "against", "ADP", "prep", 4),
            ("Russia", "Russia", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == {("TUR", "RUS", "190")}


def test_a_hoped_or_feared_future_act_is_not_its_subjects_intention(code: Code) -> None:
    # "Turkey voiced hope that Russia will support Ukraine": no intention of Russia's (03x) /
    # "Turkey announced that Russia will support Ukraine" reports one
    def rows(verb: str, lemma: str, noun: tuple[str, ...]) -> list[tuple[str, str, str, str, int]]:
        n = len(noun)
        clause_dep = "acl" if noun else "ccomp"
        return [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            (verb, lemma, "VERB", "ROOT", 1),
            *[(w, w, "NOUN", "dobj", 1) for w in noun],
            ("that", "that", "SCONJ", "mark", 5 + n),
            ("Russia", "Russia", "PROPN", "nsubj", 5 + n),
            ("will", "will", "AUX", "aux", 5 + n),
            ("support", "support", "VERB", clause_dep, 2 if noun else 1),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 5 + n),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert ("RUS", "UKR", "032") not in triples(code(rows("voiced", "voice", ("hope",))))
    assert ("RUS", "UKR", "032") not in triples(code(rows("fears", "fear", ())))
    assert ("RUS", "UKR", "032") in triples(code(rows("announced", "announce", ())))


def test_an_act_in_a_participle_describing_a_noun_ranks_below_the_main_clause(code: Code) -> None:
    # "Russia supported the ministers attacking Ukraine": the attack describes the ministers
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("supported", "support", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("ministers", "minister", "NOUN", "dobj", 1),
        ("attacking", "attack", "VERB", "acl", 3, "VBG"),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    confidence = {e.cameo: e.confidence for e in code(rows).events}
    assert set(confidence) == {"051", "190"} and confidence["051"] > confidence["190"]


def test_resignation_is_a_plover_retreat(code: Code) -> None:
    # CAMEO files a resignation under 083 (accede to demands for reform: CONCEDE in the 2021
    # table); the PLOVER manual makes resignations RETREAT `resign'
    out = code(
        [
            ("Erdogan", "Erdogan", "PROPN", "nsubj", 1),
            ("resigned", "resign", "VERB", "ROOT", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        config=CoderConfig(min_actors=1),
    )
    assert [(e.cameo, e.plover, e.plover_mode) for e in out.events] == [("083", "RETREAT", "resign")]


def test_expelling_diplomats_or_missions_is_no_deportation(code: Code) -> None:
    # CAMEO 174 is for individuals: a foreign government's people are 161 (diplomatic relations),
    # an international organisation's 166 (expel or withdraw)
    def expelled(target: str) -> set[tuple[str, str, str]]:
        return triples(
            code(
                [
                    ("Turkey", "Turkey", "PROPN", "nsubj", 1),
                    ("expelled", "expel", "VERB", "ROOT", 1),
                    (target, target, "PROPN", "dobj", 1),
                    (".", ".", "PUNCT", "punct", 1),
                ]
            )
        )

    assert expelled("Kremlin") == {("TUR", "RUSGOV", "161")}
    assert expelled("UN") == {("TUR", "IGOUNO", "166")}
    assert expelled("Russia") == {("TUR", "RUS", "174")}
    assert expelled("ministers") == {("TUR", "---GOV", "174")}  # whose ministers is not known


def test_give_is_a_light_verb(code: Code) -> None:
    # "gave support to Ukraine" is support (051), not GIVE's own code (070, provide aid)
    out = code(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("gave", "give", "VERB", "ROOT", 1),
            ("support", "support", "NOUN", "dobj", 1),
            ("to", "to", "ADP", "prep", 1),
            ("Ukraine", "Ukraine", "PROPN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == {("TUR", "UKR", "051")}


def test_an_act_in_a_time_clause_or_an_elaborating_participle_ranks_below_the_main_clause(
    code: Code,
) -> None:
    # "Turkey supported Russia after Russia attacked Ukraine": the attack tells when
    after = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("supported", "support", "VERB", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "dobj", 1),
        ("after", "after", "SCONJ", "mark", 5),
        ("Russia", "Russia", "PROPN", "nsubj", 5),
        ("attacked", "attack", "VERB", "advcl", 1, "VBD"),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    # "Turkey met, attacking the border post": the participle elaborates the meeting
    participle = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("met", "meet", "VERB", "ROOT", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("attacking", "attack", "VERB", "advcl", 1, "VBG"),
        ("the", "the", "DET", "det", 6),
        ("border", "border", "NOUN", "compound", 6),
        ("post", "post", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    out = code(after)
    confidence = {e.cameo: e.confidence for e in out.events}
    assert set(confidence) == {"051", "190"} and confidence["051"] > confidence["190"]
    out = code(participle, config=CoderConfig(min_actors=0))
    confidence = {e.cameo: e.confidence for e in out.events}
    assert set(confidence) == {"040", "194"} and confidence["040"] > confidence["194"]


def test_a_verb_used_as_a_preposition_is_no_act(code: Code) -> None:
    # "according to Russia" tells the source of the report; ACCORD is no act here
    out = code(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("according", "accord", "VERB", "prep", 1, "VBG"),
            ("to", "to", "ADP", "prep", 4),
            ("Russia", "Russia", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ],
        config=CoderConfig(min_actors=0),
    )
    assert triples(out) == {("TUR", "UKR", "190")}


def test_a_phrase_inside_the_passive_subject_names_the_target(code: Code) -> None:
    # "support for Ukraine was provided by Turkey" is "Turkey provided support for Ukraine"
    out = code(
        [
            ("Support", "support", "NOUN", "nsubjpass", 4),
            ("for", "for", "ADP", "prep", 0),
            ("Ukraine", "Ukraine", "PROPN", "pobj", 1),
            ("was", "be", "AUX", "auxpass", 4),
            ("provided", "provide", "VERB", "ROOT", 4),
            ("by", "by", "ADP", "agent", 4),
            ("Turkey", "Turkey", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 4),
        ]
    )
    assert triples(out) == {("TUR", "UKR", "070")}


def test_a_passive_verb_coordinated_with_an_active_one_acts_on_their_shared_subject(code: Code) -> None:
    # "Russia attacked Greece and was attacked by Turkey": Russia is who Turkey attacked
    out = code(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("Greece", "Greece", "PROPN", "dobj", 1),
            ("and", "and", "CCONJ", "cc", 1),
            ("was", "be", "AUX", "auxpass", 5),
            ("attacked", "attack", "VERB", "conj", 1),
            ("by", "by", "ADP", "agent", 5),
            ("Turkey", "Turkey", "PROPN", "pobj", 6),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert triples(out) == {("RUS", "GRC", "190"), ("TUR", "RUS", "190")}


def test_a_pattern_phrase_opens_only_at_a_preposition_of_the_verbs_own_phrase(code: Code) -> None:
    # "Turkey protested in support of Russia ." : the verb's own phrase, "- * (IN SUPPORT) [053]"
    own = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("protested", "protest", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("support", "support", "NOUN", "pobj", 2),
        ("of", "of", "ADP", "prep", 3),
        ("Russia", "Russia", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert {e.cameo for e in code(own).events} == {"053"}
    # "Turkey protested over the deal – a move – and differences in politics and support for
    # Russia .": "in" hangs on a conjunct of an apposition of the verb's object, three nominal
    # levels down: no phrase of the verb's, so the bare verb's 140
    deep = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("protested", "protest", "VERB", "ROOT", 1),
        ("over", "over", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 4),
        ("deal", "deal", "NOUN", "pobj", 2),
        ("–", "–", "PUNCT", "punct", 4),
        ("a", "a", "DET", "det", 7),
        ("move", "move", "NOUN", "appos", 4),
        ("–", "–", "PUNCT", "punct", 7),
        ("and", "and", "CCONJ", "cc", 7),
        ("differences", "difference", "NOUN", "conj", 7),
        ("in", "in", "ADP", "prep", 10),
        ("politics", "politics", "NOUN", "pobj", 11),
        ("and", "and", "CCONJ", "cc", 12),
        ("support", "support", "NOUN", "conj", 12),
        ("for", "for", "ADP", "prep", 14),
        ("Russia", "Russia", "PROPN", "pobj", 15),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert {e.cameo for e in code(deep).events} == {"140"}


def test_an_act_governed_through_a_preposition_by_a_nonfactual_verb_is_no_act(code: Code) -> None:
    # "Turkey accused Russia of attacking Ukraine .": the attack is what is alleged, no act coded
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("accused", "accuse", "VERB", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 1),
        ("attacking", "attack", "VERB", "pcomp", 3, "VBG"),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert {e.cameo for e in code(rows, config=CoderConfig(min_actors=0)).events} == set()


def test_the_words_of_a_pattern_phrase_lie_in_the_phrase_its_preposition_opens(code: Code) -> None:
    # "Turkey protested in Ankara over support for Russia .": "in" opens "in Ankara"; "support"
    # is another phrase's, so "- * (IN SUPPORT) [053]" does not match and the verb's 140 stands
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("protested", "protest", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Ankara", "Ankara", "PROPN", "pobj", 2),
        ("over", "over", "ADP", "prep", 1),
        ("support", "support", "NOUN", "pobj", 4),
        ("for", "for", "ADP", "prep", 5),
        ("Russia", "Russia", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert {e.cameo for e in code(rows).events} == {"140"}


def test_an_infinitive_with_its_own_subject_under_a_permission_or_order_is_no_act(code: Code) -> None:
    # "Turkey allowed Russia to attack Ukraine .", parsed with the infinitive as a ccomp: what is
    # allowed or ordered is not reported as done
    def rows(word: str, lemma: str) -> list[tuple[str, str, str, str, int]]:
        return [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            (word, lemma, "VERB", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "nsubj", 4),
            ("to", "to", "PART", "aux", 4),
            ("attack", "attack", "VERB", "ccomp", 1),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert triples(code(rows("allowed", "allow"))) == set()
    assert triples(code(rows("ordered", "order"))) == set()
    assert triples(code(rows("helped", "help"))) == {("RUS", "UKR", "190")}  # a factual governor


def test_a_clause_opened_by_for_says_what_is_wanted_not_what_was_done(code: Code) -> None:
    # "Turkey lobbied for Russia to attack Ukraine .": the attack is what Turkey wants
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("lobbied", "lobby", "VERB", "ROOT", 1),
        ("for", "for", "SCONJ", "mark", 5),
        ("Russia", "Russia", "PROPN", "nsubj", 5),
        ("to", "to", "PART", "aux", 5),
        ("attack", "attack", "VERB", "ccomp", 1),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(rows)) == set()


def test_an_act_said_to_be_likely_is_a_prediction_not_an_act(code: Code) -> None:
    # "Turkey is likely to attack Ukraine ."
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("is", "be", "AUX", "ROOT", 1),
        ("likely", "likely", "ADJ", "acomp", 1),
        ("to", "to", "PART", "aux", 4),
        ("attack", "attack", "VERB", "xcomp", 2),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert triples(code(rows)) == set()


def test_of_equally_specific_patterns_the_one_naming_the_nouns_head_wins(
    code_with: Callable[..., CoderOutput], tmp_path: Path
) -> None:
    # "Russia withdrew weapons inspectors .": the inspectors are withdrawn, not weapons
    path = tmp_path / "verbs.txt"
    path.write_text(
        "--- WITHDRAW [080] ---\nWITHDRAW {WITHDREW}\n- * WEAPONS [0874]\n- * INSPECTORS [1662]\n",
        encoding="utf-8",
    )
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("withdrew", "withdraw", "VERB", "ROOT", 1),
        ("weapons", "weapon", "NOUN", "compound", 3),
        ("inspectors", "inspector", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    verbs = VerbDictionary.from_file(path, strict=True)
    assert [e.cameo for e in code_with(verbs, rows, CoderConfig(min_actors=1)).events] == ["1662"]


def test_a_finite_verb_form_in_a_nouns_place_is_a_mistagged_noun(code: Code) -> None:
    # "Turkey rejected Russia demands .": "demands" tagged VBZ but the object of "rejected"
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1, "VBD"),
        ("Russia", "Russia", "PROPN", "compound", 3),
        ("demands", "demand", "VERB", "dobj", 1, "VBZ"),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert {e.cameo for e in code(rows, config=CoderConfig(min_actors=0)).events} == {"120"}


def test_a_pattern_ending_in_to_names_a_destination_not_an_infinitive(
    code_with: Callable[..., CoderOutput], tmp_path: Path
) -> None:
    # HEAD's "- * TO [030]" is "headed to": "Turkey ordered Russia to withdraw ." is ORDER's 100
    path = tmp_path / "verbs.txt"
    path.write_text("--- HEAD [060] ---\nHEAD\nORDER [100]\n- * TO [030]\n", encoding="utf-8")
    verbs = VerbDictionary.from_file(path, strict=True)
    ordered = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("withdraw", "withdraw", "VERB", "xcomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert [e.cameo for e in code_with(verbs, ordered).events] == ["100"]
    headed = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("headed", "head", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Russia", "Russia", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert [e.cameo for e in code_with(verbs, headed).events] == ["030"]


def test_of_equally_specific_patterns_the_one_ending_nearer_the_verb_wins(
    code_with: Callable[..., CoderOutput], tmp_path: Path
) -> None:
    # "Turkey stopped work in a strike .": the object says what was stopped
    path = tmp_path / "verbs.txt"
    path.write_text("--- CANCEL [---] ---\nSTOP\n- * STRIKE [087]\n- * WORK [143]\n", encoding="utf-8")
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("stopped", "stop", "VERB", "ROOT", 1),
        ("work", "work", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 5),
        ("strike", "strike", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    verbs = VerbDictionary.from_file(path, strict=True)
    assert [e.cameo for e in code_with(verbs, rows, CoderConfig(min_actors=1)).events] == ["143"]


def test_of_equally_specific_patterns_the_verbs_own_phrase_is_nearer_than_its_objects(
    code_with: Callable[..., CoderOutput], tmp_path: Path
) -> None:
    # "Turkey staged a strike in prison in protest .": "in prison" is the strike's, "in protest" the
    # verb's own phrase, though further from it in the text
    path = tmp_path / "verbs.txt"
    path.write_text(
        "--- ARRANGE [---] ---\nSTAGE\n- * (IN PRISON) [173]\n- * (IN PROTEST) [140]\n", encoding="utf-8"
    )
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("staged", "stage", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("strike", "strike", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        ("prison", "prison", "NOUN", "pobj", 4),
        ("in", "in", "ADP", "prep", 1),
        ("protest", "protest", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    verbs = VerbDictionary.from_file(path, strict=True)
    assert [e.cameo for e in code_with(verbs, rows, CoderConfig(min_actors=1)).events] == ["140"]


def test_a_particle_pattern_needs_the_verbs_own_particle(
    code_with: Callable[..., CoderOutput], tmp_path: Path
) -> None:
    # "- * UP [080]" is "give up": "Turkey gave Greece up to 50 planes ." gives planes, while "Turkey
    # gave up the islands ." gives them up
    path = tmp_path / "verbs.txt"
    path.write_text("--- GIVE [070] ---\nGIVE\n- * UP [080]\n", encoding="utf-8")
    verbs = VerbDictionary.from_file(path, strict=True)
    quantity = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("gave", "give", "VERB", "ROOT", 1),
        ("Greece", "Greece", "PROPN", "dative", 1),
        ("up", "up", "ADV", "quantmod", 5),
        ("to", "to", "PART", "quantmod", 5),
        ("50", "50", "NUM", "nummod", 6),
        ("planes", "plane", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert [e.cameo for e in code_with(verbs, quantity).events] == ["070"]
    particle = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("gave", "give", "VERB", "ROOT", 1),
        ("up", "up", "ADP", "prt", 1),
        ("Greece", "Greece", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert [e.cameo for e in code_with(verbs, particle).events] == ["080"]


def test_a_bare_preposition_pattern_needs_the_verbs_own_preposition(
    code_with: Callable[..., CoderOutput], tmp_path: Path
) -> None:
    # "- * (INTO) [192]" is "push into": "Turkey pushed into Greece ." / not "Turkey needed to
    # send money into Greece .", where "into" is the sending's
    path = tmp_path / "verbs.txt"
    path.write_text("--- DEMAND [100] ---\nPUSH\nNEED\n- * (INTO) [192]\n", encoding="utf-8")
    verbs = VerbDictionary.from_file(path, strict=True)
    own = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("pushed", "push", "VERB", "ROOT", 1),
        ("into", "into", "ADP", "prep", 1),
        ("Greece", "Greece", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert [e.cameo for e in code_with(verbs, own).events] == ["192"]
    other = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 1),
        ("needed", "need", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("send", "send", "VERB", "xcomp", 1),
        ("money", "money", "NOUN", "dobj", 3),
        ("into", "into", "ADP", "prep", 3),
        ("Greece", "Greece", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert "192" not in [e.cameo for e in code_with(verbs, other).events]


def test_a_passive_report_is_its_subjects_act(code_with: Callable[..., CoderOutput], tmp_path: Path) -> None:
    # "Turkey is said to have attacked Russia .": the attack is Turkey's; "said" (whose block has
    # "* ATTACK") is no act of its own
    path = tmp_path / "verbs.txt"
    path.write_text(
        "--- SAY [010] ---\nSAY\n- * ATTACK [190]\n\n--- ATTACK [190] ---\nATTACK\n", encoding="utf-8"
    )
    verbs = VerbDictionary.from_file(path, strict=True)
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubjpass", 2),
        ("is", "be", "AUX", "auxpass", 2),
        ("said", "say", "VERB", "ROOT", 2, "VBN"),
        ("to", "to", "PART", "aux", 5),
        ("have", "have", "AUX", "aux", 5),
        ("attacked", "attack", "VERB", "xcomp", 2, "VBN"),
        ("Russia", "Russia", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert [(e.source, e.target, e.cameo) for e in code_with(verbs, rows).events] == [("TUR", "RUS", "190")]
