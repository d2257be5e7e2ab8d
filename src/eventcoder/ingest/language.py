"""Is an article English? py3langid, made cautious on short and telegraphic texts.

A text is called non-English only when it has enough letters to judge
(``min_letters``), py3langid is confident in another language (normalized
probability >= ``min_probability``) and gives English almost no chance
(< ``max_english``). Headlines made of names ("Biden, Xi hold talks") and
wire-service shorthand ("Qtly div 45 cts vs 45 cts prior", which it calls
Nigerian Pidgin at p=0.94 with English at 0.05) are given the benefit of the doubt.
A text whose letters are mostly outside ASCII (Chinese, Arabic, Cyrillic ...) is
judged even when py3langid hesitates between two such languages (issue 9: a
Chinese paragraph at p=0.84 for "zh" was let in as English).

Most news needs no model at all: a text of enough words, almost all ASCII, where a
fifth of the words are English function words and "the" is among the commonest, is
English (``plainly_english``; 0.04 ms instead of py3langid's ~1 ms per article, on
seven articles in ten of the news corpus). The words are ones other languages do not
share as function words: no "for" (Norwegian, Danish, Nigerian Pidgin), "a", "in",
"on" or "is".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

_SAMPLE_CHARS = 20_000
# fmt: off
_FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "that", "with", "was", "were", "has", "have", "had", "said", "which",
    "from", "by", "his", "her", "their", "this", "it", "are", "be", "been", "will", "would", "not",
})
# fmt: on
_WORD_EDGES = ".,;:!?\"'()“”‘’"
_PLAIN_MIN_WORDS = 30
_PLAIN_MIN_SHARE = 0.2  # of the words; English news: median 0.25, and 0.2 for four texts in five
_PLAIN_MIN_THE = 0.03
_PLAIN_MAX_NON_ASCII = 0.05  # of the characters: a text in another script is never "plain"


def plainly_english(sample: str) -> bool:
    """True for unmistakably English prose (see the module's docstring); False: ask the model."""
    words = sample.lower().split()
    if len(words) < _PLAIN_MIN_WORDS:
        return False
    if len(sample) - len(sample.encode("ascii", "ignore")) > _PLAIN_MAX_NON_ASCII * len(sample):
        return False
    bare = [w.strip(_WORD_EDGES) for w in words]
    return bare.count("the") >= _PLAIN_MIN_THE * len(bare) and sum(
        map(_FUNCTION_WORDS.__contains__, bare)
    ) >= _PLAIN_MIN_SHARE * len(bare)


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    probability: float | None  # py3langid's; None when the text was plainly English without it
    english: float | None  # the probability of English, likewise
    judged: bool  # False when the text is too short to judge

    @property
    def is_english(self) -> bool:
        return self.language == "en" or not self.judged


class LanguageDetector:
    """Holds the loaded py3langid model (about 0.7 s to load); create once, pass it around."""

    def __init__(
        self, *, min_probability: float = 0.9, max_english: float = 0.01, min_letters: int = 40
    ) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self._identifier: LanguageIdentifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self.min_probability = min_probability
        self.max_english = max_english
        self.min_letters = min_letters

    def guess(self, text: str) -> LanguageGuess:
        sample = text[:_SAMPLE_CHARS]
        if plainly_english(sample):
            return LanguageGuess("en", None, None, True)
        letters = sum(map(str.isalpha, sample))  # a C loop: this runs on every article
        language, probability = self._identifier.classify(sample)
        if language == "en":
            return LanguageGuess("en", float(probability), float(probability), letters >= self.min_letters)
        english = next((float(p) for lang, p in self._identifier.rank(sample) if lang == "en"), 0.0)
        ascii_letters = sum(1 for ch in sample if ch.isalpha() and ch.isascii())
        confident = probability >= self.min_probability or ascii_letters < 0.5 * letters
        judged = letters >= self.min_letters and confident and english < self.max_english
        return LanguageGuess(str(language), float(probability), english, judged)
