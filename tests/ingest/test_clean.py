"""Cleaning: Unicode repair, whitespace, boilerplate lines and the trailing footer (issue 2)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder.ingest.clean import LineKind, classify_line, clean_text, normalize_text
from shared_data import shared_path

PROSE = (
    "Ukraine, which wants to join the NATO military alliance, accuses Moscow of supporting the separatists "
    "in the conflict in its east since 2014."
)
PROSE_2 = (
    "Turkey, a NATO member, maintains good relations with Moscow, even though it opposes Russian policies."
)


def test_seed_article_cleaning_expectations() -> None:
    folder = shared_path("seed_article")
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["cleaning"]
    cleaned = clean_text((folder / "article.txt").read_text(encoding="utf-8"))
    for gone in expected["must_not_remain_in_clean_text"]:
        assert gone not in cleaned
    for kept in expected["must_remain_in_clean_text"]:
        assert kept in cleaned


def test_seed_article_keeps_every_paragraph_before_the_footer() -> None:
    raw = shared_path("seed_article", "article.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    body = raw.split("Sabah’s Daily Newsletter")[0]
    assert cleaned.count("\n\n") == body.strip().count("\n\n")
    assert cleaned.endswith("if the fundamental issues are not addressed.")


def test_mojibake_and_curly_quotes_are_repaired_in_place() -> None:
    right = "Turkish Foreign Minister Mevlüt Çavuşoğlu said: “We are ready.”"
    for wrong_codec in ("latin-1", "cp1252"):
        broken = right.encode("utf-8").decode(wrong_codec, errors="replace")
        assert broken != right
        assert clean_text(broken).startswith('Turkish Foreign Minister Mevlüt Çavuşoğlu said: "We are ready.')
    assert clean_text(right) == 'Turkish Foreign Minister Mevlüt Çavuşoğlu said: "We are ready."'


def test_whitespace_is_normalized_without_reordering() -> None:
    text = "  First\u00a0sentence   here.\t Second\u200b one.  \r\n\r\n\r\n\r\nNext   paragraph.  "
    assert clean_text(text) == "First sentence here. Second one.\n\nNext paragraph."


def test_boilerplate_lines_are_dropped_anywhere() -> None:
    text = "\n\n".join(
        [PROSE, "Advertisement", PROSE_2, "Share this article", "READ MORE: Putin meets Erdoğan"]
    )
    assert clean_text(text) == f"{PROSE}\n\n{PROSE_2}"


def test_news_sentence_mentioning_a_privacy_policy_is_kept() -> None:
    line = (
        "The European Commission said on Tuesday that the company's new privacy policy breached EU law "
        "and gave it two months to change it."
    )
    assert classify_line(line) is LineKind.PROSE
    assert clean_text(f"{PROSE}\n\n{line}") == f"{PROSE}\n\n{line}"


def test_news_sentence_starting_with_by_is_kept() -> None:
    assert classify_line("By Tuesday evening, rebel forces had withdrawn from the town.") is LineKind.PROSE


def test_trailing_newsletter_footer_and_name_are_dropped() -> None:
    footer = [
        "The Morning Briefing newsletter",
        "The stories that matter, each weekday before breakfast.",
        "Sign up for our newsletter. You can unsubscribe at any time.",
        "Jane Q. Public",
    ]
    assert clean_text("\n\n".join([PROSE, PROSE_2, *footer])) == f"{PROSE}\n\n{PROSE_2}"


def test_short_data_rows_above_a_footer_are_kept() -> None:
    table = [
        "Northern European Price -- 62.88",
        "SLM 1-1/16 Inch Cotton -- 1.80",
        "Adjusted World Price -- 50.63",
    ]
    body = "\n\n".join([PROSE, *table])
    footer = "Sign up for our newsletter to get the latest news delivered to your inbox."
    assert clean_text(f"{body}\n\n{footer}") == clean_text(body) == body  # a near copy cleans the same


def test_the_wrapped_end_of_a_hard_wrapped_paragraph_above_a_footer_is_kept() -> None:
    body = f"{PROSE}\n\nThe plant no longer fits the company's long-term\nstrategy, Du Pont said"
    footer = "Sign up for our newsletter to get the latest news delivered to your inbox."
    assert clean_text(f"{body}\n\n{footer}") == clean_text(body) == body


def test_a_short_last_paragraph_under_an_advertisement_is_kept() -> None:
    last = "The talks resume on Friday."
    text = "\n\n".join([PROSE, "Advertisement", last, "Share this article"])
    assert clean_text(text) == f"{PROSE}\n\n{last}"


def test_trailing_lone_name_is_dropped_without_a_footer() -> None:
    assert clean_text(f"{PROSE}\n\nChristina Smith") == PROSE


def test_trailing_bylines_and_credits_are_dropped() -> None:
    text = "\n\n".join(
        [PROSE, "Reporting by Jonathan Spicer; Editing by Alex Richardson", "Photo: Hau Dinh, AP"]
    )
    assert clean_text(text) == PROSE


def test_cookie_notice_and_recaptcha_are_boilerplate() -> None:
    assert classify_line("We use cookies to improve your experience on our site.") is LineKind.BOILERPLATE
    assert classify_line("This site is protected by reCAPTCHA and the Google Privacy Policy apply.") is (
        LineKind.BOILERPLATE
    )


def test_a_text_made_only_of_boilerplate_cleans_to_empty() -> None:
    assert clean_text("Advertisement\n\nShare this article\n\nSubscribe now") == ""


def test_normalize_text_keeps_line_structure() -> None:
    assert normalize_text("a\nb\n\n\n\nc") == "a\nb\n\nc"


_LINES = st.sampled_from(
    [
        PROSE,
        PROSE_2,
        "Advertisement",
        "Sabah’s Daily Newsletter",
        "Keep up to date with what is happening in the world.",
        "You can unsubscribe anytime. By signing up, you agree to our terms of service.",
        "Christi C. Elwood",
        "Share",
        "“Quoted,” he said.",
        "MevlÃ¼t",
        "",
        "   ",
    ]
)
_DOCUMENTS = st.one_of(
    st.text(),
    st.lists(st.one_of(_LINES, st.text(max_size=40)), max_size=12).map("\n".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOCUMENTS)
def test_cleaning_is_idempotent_and_never_raises(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    assert once == once.strip()
    assert "\n\n\n" not in once


@pytest.mark.parametrize(
    "line",
    [
        "DON'T MISS",
        "Plane passengers quarantined after outbreak [NEWS]",
        "Also on rt.com Journalists threatened with sedition arrests",
        "Like this story? Share it with a friend!",
        "copyright Inexhibit 2019 - ISSN: 2283-5474",
        "Reporting by Jonathan Spicer; Editing by Alex Richardson",
        "Follow us on Twitter and Facebook",
        "Get the latest headlines delivered to your inbox",
    ],
)
def test_page_furniture_is_boilerplate(line: str) -> None:
    assert classify_line(line) is LineKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Putin said the sanctions were a declaration of economic war [against Russia].",
        "Copyright disputes between the two countries have simmered since 2019, officials said on Monday.",
        "by the way, the minister added, nothing had been agreed",
        "The countries agreed to subscribe to the principles of the UN Charter, the statement said.",
    ],
)
def test_news_prose_is_not_boilerplate(line: str) -> None:
    assert classify_line(line) is not LineKind.BOILERPLATE


# Words of every boilerplate pattern (and their neighbours), in any case, to build lines that match.
_BOILERPLATE_WORDS = str.split(
    "unsubscribe by signing up subscribing registering clicking continuing submitting sign signing up "
    "sign-up signup newsletter newsletters updates alerts email e-mail emails inbox subscribe now today "
    "here for free to our the my channel podcast mailing list feed already a subscriber subscribers only "
    "delivered straight directly right your keep stay up-to-date up to date informed in loop get latest "
    "recaptcha we this site website use uses cookies accept all cookie policy settings preferences "
    "consent notice privacy statement terms of service and conditions share article story page post "
    "video on via facebook twitter x whatsapp linkedin pinterest reddit telegram print copy link it "
    "with friends shares tweet comments follow us join like rights reserved © (c) copyright 2021 click "
    "tap image photo picture graphic credit caption source getty images ap via reuters enable javascript "
    "is disabled required update browser Ankara said talks | : - –"
)


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_BOILERPLATE_WORDS), st.sampled_from(["lower", "upper", "title"])),
        min_size=1,
        max_size=9,
    ),
    st.sampled_from([" ", "  ", " | ", ": ", "-", ""]),
)
def test_a_pattern_matches_only_lines_with_one_of_its_needed_strings(
    words: list[tuple[str, str]], separator: str
) -> None:
    """The cheap substring check never hides a line that the pattern's regex matches."""
    from eventcoder.ingest.clean import BOILERPLATE

    line = separator.join(getattr(word, case)() for word, case in words)
    for pattern in BOILERPLATE:
        if pattern.regex.search(line):
            assert pattern.may_match(line.lower()), (pattern.name, line)
