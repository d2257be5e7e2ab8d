"""Is an article English? py3langid, made cautious on short texts.

A text is called non-English only when py3langid is confident (normalized
probability >= ``min_probability``) and the text has enough letters to judge
(``min_letters``); headlines and one-line texts made of names ("Biden, Xi
hold talks") are given the benefit of the doubt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

_SAMPLE_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    probability: float
    judged: bool  # False when the text is too short or the guess not confident

    @property
    def is_english(self) -> bool:
        return self.language == "en" or not self.judged


class LanguageDetector:
    """Holds the loaded py3langid model (about 0.7 s to load); create once, pass it around."""

    def __init__(self, *, min_probability: float = 0.9, min_letters: int = 40) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self._identifier: LanguageIdentifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self.min_probability = min_probability
        self.min_letters = min_letters

    def guess(self, text: str) -> LanguageGuess:
        sample = text[:_SAMPLE_CHARS]
        letters = sum(1 for ch in sample if ch.isalpha())
        language, probability = self._identifier.classify(sample)
        judged = letters >= self.min_letters and probability >= self.min_probability
        return LanguageGuess(str(language), float(probability), judged)
