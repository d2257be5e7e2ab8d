"""Bugs the fault corpus found, each pinned where it was fixed (issue 9)."""

from __future__ import annotations

import pytest

from eventcoder.ingest import LanguageDetector, clean_text
from faults.corpus import FOREIGN


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize("text", FOREIGN, ids=["de", "fr", "es", "ru", "zh", "ar"])
def test_news_in_other_scripts_is_not_english(detector: LanguageDetector, text: str) -> None:
    # py3langid gave the Chinese paragraph p=0.84 ("zh") and English ~1e-26: it used to be let in.
    assert not detector.guess(text).is_english


def test_english_wire_shorthand_keeps_the_benefit_of_the_doubt(detector: LanguageDetector) -> None:
    assert detector.guess("Qtly div 45 cts vs 45 cts prior. Pay April 1. Record March 15.").is_english


@pytest.mark.parametrize("signoff", ["REUTER", "Reuters", "(AP)", "AFP"])
def test_a_footer_under_a_wire_sign_off_does_not_change_the_cleaned_text(signoff: str) -> None:
    # A near copy with a newsletter footer used to lose its "REUTER" line only when the footer was there,
    # so it cleaned to another text and was stored a second time.
    text = f"The group had earnings of 15.4 mln dlrs in 1985.\n {signoff}"
    footer = "\n\nSign up for our newsletter to get the latest news delivered to your inbox."
    assert clean_text(text) == clean_text(text + footer) == "The group had earnings of 15.4 mln dlrs in 1985."
