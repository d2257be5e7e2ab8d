from __future__ import annotations

from eventcoder.records import content_hash, make_event_id


def test_event_id_is_stable_for_the_same_event() -> None:
    a = make_event_id(
        "doc", (0, 40), "TURGOV", "USAGOV", "041", (10, 15), source_span=(0, 5), target_span=(20, 25)
    )
    b = make_event_id(
        "doc", (0, 40), "TURGOV", "USAGOV", "041", (10, 15), source_span=(0, 5), target_span=(20, 25)
    )
    assert a == b


def test_two_target_mentions_with_one_code_get_two_event_ids() -> None:
    """Regression (issue 9 fault corpus): same verb, same codes, different target mentions."""
    first = make_event_id("doc", (0, 60), "USAGOV", "TURGOV", "042", (10, 17), target_span=(30, 36))
    second = make_event_id("doc", (0, 60), "USAGOV", "TURGOV", "042", (10, 17), target_span=(41, 49))
    assert first != second


def test_content_hash_changes_with_the_text() -> None:
    assert content_hash("Turkey called.") != content_hash("Turkey called!")


def test_evidence_text_runs_from_first_to_last_span() -> None:
    from eventcoder.records import evidence_text

    sentence = "In contrast, Ukraine welcomed Ankara's statements."
    start = 100  # the sentence's offset in its article
    source, verb, target = (113, 120), (121, 129), (130, 136)
    assert evidence_text(sentence, start, (source, verb, target)) == "Ukraine welcomed Ankara"
    assert evidence_text(sentence, start, (None, verb, None)) == "welcomed"
    assert evidence_text(sentence, start, (None, None)) == sentence


def test_event_to_dict_is_asdict_with_spans_as_lists() -> None:
    from dataclasses import asdict, replace

    from store.fakes import code, make_article

    events = code(make_article(3)).events
    assert events
    event = replace(events[0], date_span=(5, 9), place_span=(12, 18), place_lat=1.5, quote_id="q1")
    expected = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(event).items()}
    assert event.to_dict() == expected
    assert all(not isinstance(v, tuple) for v in event.to_dict().values())
