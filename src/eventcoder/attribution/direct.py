"""Direct quotes: a quoted passage and the frame outside its marks that names the speaker.

Forms handled, in the order they are tried:

* post-frame: ``"…," X said`` / ``"…," said X`` / ``"…?" X asked`` /
  ``"…," according to X`` — a cue within a few tokens after the closing
  mark, when the passage ends the way a framed quote does (``,`` ``?`` ``!``
  or a dash before the mark, or a lower-case frame after it);
* pre-frame: ``X said: "…"`` / ``X said, "…"`` / ``X rejected it, saying:
  "…"`` / ``X said "…"`` — a cue in the same sentence just before the
  opening mark, the mark preceded by ``:`` or ``,`` or the cue itself;
* continued: a passage with no frame of its own right after an attributed
  one (``"…," he said. "…"``) or opening the next paragraph of a
  multi-paragraph quote takes the earlier passage's speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventcoder.attribution.cues import CueLexicon
from eventcoder.attribution.found import CueHit, Found, char_to_token, cue_at
from eventcoder.attribution.marks import QuotedIndex, QuotedSpan
from eventcoder.nlp.text import doc_text
from eventcoder.records import QuoteKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

POST_WINDOW = 8  # tokens after the closing mark in which the cue must start
PRE_WINDOW = 12  # tokens before the opening mark in which the cue must lie
# a speaker right after the closing mark whose cue comes after a long apposition ("…,'' Cecelia Purner, 67,
# a retired customer service representative in Allentown, Pa., said"): further, if the speaker opens the frame
LONG_POST_WINDOW = 30
SPEAKER_OPENS = 3  # tokens after the closing mark in which such a speaker must stand
CONTINUE_GAP = 14  # tokens between an attributed passage and a frameless one that inherits
FRAMED_END = frozenset(",?!—–-")
OPENING_TOKENS = frozenset({"“", '"', "«", "''"})
CLOSING_TOKENS = frozenset({"”", '"', "»", "''"})
MIN_PRE_WORDS = 3  # shorter passages ("he feels \"complex\"") are scare quotes unless a post-frame names them


def _first_token_after(doc: Doc, offset: int) -> Token | None:
    i = char_to_token(doc, offset)
    return doc[i] if i is not None else None


def _post_frame(
    doc: Doc, text: str, q: QuotedSpan, lexicon: CueLexicon, in_quotes: QuotedIndex
) -> CueHit | None:
    if q.close_at is None:
        return None
    start = _first_token_after(doc, q.outer[1])
    if start is None:
        return None
    ends_framed = text[q.close_at - 1] in FRAMED_END or text[q.content[1] - 1] in FRAMED_END
    if not ends_framed and not start.is_lower:
        return None
    for token in doc[start.i : min(start.sent.end, start.i + LONG_POST_WINDOW)]:
        if token.text in OPENING_TOKENS:
            break
        hit = cue_at(token, lexicon, fragment_start=start.i)
        if hit is None:
            continue
        if token.i < start.i + POST_WINDOW:
            if hit.speaker.idx not in in_quotes:
                return hit
        elif start.i <= hit.speaker.i < start.i + SPEAKER_OPENS:  # a far cue: its speaker opens the frame
            return hit
    return None


def _pre_frame(
    doc: Doc, text: str, q: QuotedSpan, lexicon: CueLexicon, in_quotes: QuotedIndex
) -> CueHit | None:
    j = q.open_at - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] == "\n":
        return None
    before = char_to_token(doc, j)
    if before is None:
        return None
    last = doc[before]
    if not (last.text in (":", ",") or cue_at(last, lexicon) is not None):
        return None
    sent_start = last.sent.start
    for token in reversed(doc[max(sent_start, last.i - PRE_WINDOW) : last.i + 1]):
        if token.text in CLOSING_TOKENS:
            break
        hit = cue_at(token, lexicon)
        if hit is not None and hit.speaker.idx not in in_quotes:
            return hit
    return None


def _words(text: str, q: QuotedSpan) -> int:
    return len(text[q.content[0] : q.content[1]].split())


def _inherits(doc: Doc, text: str, q: QuotedSpan, previous: QuotedSpan | None, attributed: bool) -> bool:
    if previous is None or not attributed:
        return False
    if q.continued:
        return True
    gap = text[previous.outer[1] : q.open_at]
    if "\n" in gap:
        return False
    first, last = char_to_token(doc, previous.outer[1]), char_to_token(doc, q.open_at)
    if first is None or last is None or last - first > CONTINUE_GAP:
        return False
    sentence_starts = sum(1 for t in doc[first + 1 : last] if t.is_sent_start)
    return sentence_starts == 0


def find_direct(doc: Doc, quotes: Sequence[QuotedSpan], lexicon: CueLexicon) -> tuple[Found, ...]:
    """Attribute each quoted passage that has a speaker; passages with none are left out."""
    text = doc_text(doc)
    in_quotes = QuotedIndex(quotes)
    out: list[Found] = []
    previous: QuotedSpan | None = None
    last_found: Found | None = None
    for q in quotes:
        hit = _post_frame(doc, text, q, lexicon, in_quotes)
        via = "post"
        if hit is None and _words(text, q) >= MIN_PRE_WORDS:
            hit, via = _pre_frame(doc, text, q, lexicon, in_quotes), "pre"
        if hit is not None:
            last_found = Found(QuoteKind.DIRECT, q.content, hit.cue, hit.span, hit.speaker.i, via)
            out.append(last_found)
        elif last_found is not None and _inherits(doc, text, q, previous, out[-1:] == [last_found]):
            last_found = Found(
                QuoteKind.DIRECT,
                q.content,
                last_found.cue,
                last_found.cue_span,
                last_found.speaker_i,
                "continued",
            )
            out.append(last_found)
        previous = q
    return tuple(out)
