"""The language check's shortcut: plainly English prose skips py3langid, and nothing else does."""

from __future__ import annotations

import json
from itertools import islice

from eventcoder.ingest import LanguageDetector
from eventcoder.ingest.language import plainly_english
from faults.corpus import FOREIGN
from shared_data import shared_path

ENGLISH = (
    "Turkish Foreign Minister Mevlut Cavusoglu and US Secretary of State Antony Blinken discussed the "
    "situation in Ukraine by phone on Monday, the ministry said. The Kremlin has rejected the offer of "
    "mediation, saying that Russia is not a party to the conflict, while Kyiv welcomed it and said it "
    "would take part in talks that were planned for the coming weeks."
)
# Languages that share a few English words: Norwegian and Nigerian Pidgin use "for" a lot,
# Afrikaans has "die", "is" and "was".
LOOKALIKES = (
    "Regjeringen har bestemt at det ikke er behov for flere tiltak for å redusere smitten, og "
    "statsministeren sa at det var for tidlig å si noe om når skolene kan åpne igjen for alle elevene.",
    "Die regering het gesê dat die nuwe wet wat deur die parlement aanvaar is, nie die probleme van "
    "die land sal oplos nie, en dit was vir baie mense 'n groot teleurstelling.",
    "Di goment don talk say dem go do something for di matter, but people for di area say dem never "
    "see anything and e be like say nobody dey care for dem at all for dis kontri.",
)


def test_english_news_prose_is_plainly_english() -> None:
    assert plainly_english(ENGLISH)


def test_a_guess_without_the_model_says_so(detector: LanguageDetector) -> None:
    guess = detector.guess(ENGLISH)
    assert guess.is_english and guess.judged and guess.probability is None


def test_short_texts_are_left_to_the_model() -> None:
    assert not plainly_english("The talks with the ministers of the two states were held on Monday.")


def test_other_languages_are_never_plainly_english() -> None:
    for text in (*FOREIGN, *LOOKALIKES):
        assert not plainly_english(text * 3), text[:40]


def test_an_english_lead_on_a_text_in_another_script_is_left_to_the_model() -> None:
    chinese = FOREIGN[4]
    assert not plainly_english(ENGLISH + " " + chinese * 3)


def test_the_shortcut_agrees_with_the_model_on_news(detector: LanguageDetector) -> None:
    """Whatever the shortcut calls English, py3langid (the full check) calls English too."""
    path = shared_path("news_corpus", "articles.jsonl")
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line).get("text") or "" for line in islice(handle, 1500)]
    plain = [t for t in texts if plainly_english(t[:20_000])]
    assert len(plain) > len(texts) // 2  # the shortcut is taken for most news
    identifier = detector._identifier
    disagree = [t[:60] for t in plain if identifier.classify(t[:20_000])[0] != "en"]
    assert disagree == []
