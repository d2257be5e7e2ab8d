"""Cleaning an article's text: Unicode repair, whitespace, boilerplate.

``clean_text`` keeps the text's paragraphs and the order of everything in it;
it only changes characters in place (mojibake, curly quotes, odd spaces) and
drops whole lines that are page furniture, never parts of a sentence:

* a line that matches a boilerplate pattern (newsletter sign-ups, cookie and
  privacy notices, "share this", subscription prompts, reCAPTCHA, photo
  credits, bylines, section labels such as "Advertisement" or "Read more:"),
  where each pattern says up to how many words a line may have to be dropped
  for one match; two different patterns on one line drop it at any length;
* the trailing footer: from the end, a run of boilerplate lines, short lines
  (a lone personal name, a heading; not a short line with a figure, which is a
  data row, nor the wrapped end of a prose line) and prose lines wedged under
  a boilerplate line, when the run contains boilerplate;
* a lone personal name (a byline) as the very last line.

Cleaning is idempotent: ``clean_text(clean_text(x)) == clean_text(x)``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

import ftfy

_FTFY = ftfy.TextFixerConfig(explain=False)
# Spaces that are not U+0020, and characters that should not be in text at all.
_ODD_SPACES = re.compile(r"[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200d\u2060\ufeff\u180e]")
_MULTI_SPACE = re.compile(r" {2,}")
_MANY_BREAKS = re.compile(r"\n{3,}")
_FINAL_PUNCT = re.compile(r"[.!?:;,]['\")\]]?$")
_NAME = re.compile(
    r"^(?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.|van|von|de|da|del|bin|al-\w+)){1,4}$"
)
_MAX_PASSES = 5
# Patterns of a sign-up box; the one prose line under such a heading is the box's blurb.
_PROMO = frozenset({"newsletter", "sign-up", "subscribe", "inbox", "keep-up", "follow"})


@dataclass(frozen=True, slots=True)
class Pattern:
    """A boilerplate pattern and the longest line (in words) one match of it drops.

    ``needs``: lowercase strings one of which every line the pattern matches contains
    (empty: none is known, always try the regex). Most lines contain none, and ``in`` on
    a lowered line is ~30x cheaper than a case-blind regex search that starts with ``\b``.
    """

    name: str
    regex: re.Pattern[str]
    max_words: int
    needs: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        return not self.needs or any(n in lowered for n in self.needs)


def _p(name: str, pattern: str, max_words: int, needs: tuple[str, ...] = ()) -> Pattern:
    return Pattern(name, re.compile(pattern, re.IGNORECASE), max_words, needs)


_SOCIAL = r"(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|e-?mail|print|copy link)"
_SOCIAL_NEEDS = (
    "facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "mail", "print",
    "copy link",
)  # fmt: skip
_CONSENT = ("signing up", "subscribing", "registering", "clicking", "continuing", "submitting")
BOILERPLATE: tuple[Pattern, ...] = (
    _p("unsubscribe", r"\bunsubscribe\b", 40, ("unsubscribe",)),
    _p(
        "consent",
        r"\bby (?:" + "|".join(_CONSENT) + r")\b",
        40,
        _CONSENT,
    ),
    _p(
        "sign-up",
        r"\bsign(?:ing)?[ -]?up\b.{0,40}\b(?:newsletters?|updates|alerts|e-?mails?|inbox)\b",
        40,
        ("sign",),
    ),
    _p(
        "subscribe",
        r"\bsubscribe (?:now|today|here|for free|to (?:our|the|my) (?:newsletter|channel|podcast|"
        r"updates|alerts|mailing list|feed))\b|\balready a subscriber\b|\bsubscribers? only\b",
        40,
        ("subscribe",),
    ),
    _p("newsletter", r"\bnewsletters?\b", 8, ("newsletter",)),
    _p("inbox", r"\b(?:delivered |straight |directly |right )?to your inbox\b", 25, ("inbox",)),
    _p(
        "keep-up",
        r"\b(?:keep|stay) (?:up[ -]to[ -]date|informed|in the loop)\b|\bget the latest\b",
        25,
        ("keep ", "stay ", "get the latest"),
    ),
    _p("recaptcha", r"\brecaptcha\b", 40, ("recaptcha",)),
    _p(
        "cookies",
        r"\b(?:we|this (?:site|website)) uses? cookies\b|\baccept (?:all )?cookies\b|"
        r"\bcookie (?:policy|settings|preferences|consent|notice)\b",
        40,
        ("cookie",),
    ),
    _p("privacy", r"\bprivacy (?:policy|notice|statement|settings)\b", 12, ("privacy",)),
    _p("terms", r"\bterms (?:of (?:service|use)|and conditions)\b", 12, ("terms",)),
    _p(
        "share",
        r"\bshare (?:this|the) (?:article|story|page|post|video)\b|\bshare (?:on|via) " + _SOCIAL + r"\b|"
        r"\bshare (?:it|this) with (?:a|your) friends?\b",
        40,
        ("share",),
    ),
    _p("share-label", r"^(?:share|shares|tweet|email|print|comments?)\b\W*$", 4),
    _p("social-row", r"\b" + _SOCIAL + r"\W+" + _SOCIAL + r"\b", 8, _SOCIAL_NEEDS),
    _p("teaser", r"(?-i:\[(?:[A-Z]{3,}|[A-Z]+ [A-Z]+)\])\s*$", 25),  # "Plane passengers quarantined [NEWS]"
    _p(
        "follow",
        r"\bfollow us\b|\bjoin us on\b|\blike us on facebook\b",
        25,
        ("follow us", "join us on", "like us on facebook"),
    ),
    _p(
        "rights",
        r"\ball rights reserved\b|^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))",
        40,
        ("all rights reserved", "©", "(c)", "copyright"),
    ),
    _p("copyright-line", r"^copyright\b.{0,40}\b(?:19|20)\d\d\b", 12),
    _p("click-here", r"\bclick here\b|\btap here\b", 25, ("click here", "tap here")),
    _p(
        "label",
        r"^(?:advertisement|advertising|sponsored(?: content)?|related(?: articles| stories| content| news)?|"
        r"read (?:more|also|next)|more from .{1,40}|recommended(?: for you)?|most (?:read|popular)|"
        r"trending(?: now)?|also read|see also|you may also like|editor'?s picks?|top stories|"
        r"don'?t miss|also on [\w.-]+\.[a-z]{2,}\b.*)\s*(?::.*)?$",
        25,
    ),
    _p(
        "byline",  # "By Jane Doe", "Reporting by ...; Editing by ..." (no final period: not a sentence)
        r"^(?!.*[.!?][\"')]?$)\(?(?:by|(?:additional )?reporting by|writing by|editing by|compiled by)\s+(?-i:[A-Z])",
        12,
    ),
    _p(
        "credit",
        r"^(?:image|photo|picture|video|graphic)s?(?: credit| copyright| caption| source)?\s*[:|©]|"
        r"\bgetty images\b|\bap photo\b|\bvia reuters\b",
        20,
        ("image", "photo", "picture", "video", "graphic", "via reuters"),
    ),
    _p(
        "javascript",
        r"\benable javascript\b|\bjavascript (?:is )?(?:disabled|required)\b|\bupdate your browser\b",
        40,
        ("javascript", "update your browser"),
    ),
    _p(
        "nav",
        r"^(?:sign in|log ?in|log ?out|register|subscribe|menu|search|home|skip to (?:main )?content|"
        r"back to top|loading\W*)$",
        4,
    ),
    _p("stamp", r"^(?:published|updated|posted|last updated|first published)\b(?:\s+on)?\s*:?\s*\S", 10),
    # A wire service's sign-off on its own line ("REUTER"): dropped wherever it is, so an article
    # cleans to the same text with or without a footer under it (issue 9: near copies stored twice).
    _p("sign-off", r"^\(?(?:reuters?|ap|afp|upi|dpa)\)?$", 1),
)


# A paragraph this long is an article's, even when it mentions two boilerplate phrases.
_MAX_BOILERPLATE_WORDS = 120


_FIGURE = re.compile(r"\d")


class LineKind(enum.Enum):
    PROSE = "prose"
    SHORT = "short"  # a few words without sentence punctuation: a name, a heading
    BOILERPLATE = "boilerplate"


def clean_text(text: str) -> str:
    """Repair, normalize and strip boilerplate from ``text``; idempotent."""
    current = text
    kinds: dict[str, LineKind] = {}  # a line's kind depends on the line only; passes share them
    for _ in range(_MAX_PASSES):
        cleaned = _clean_once(current, kinds)
        if cleaned == current:
            break
        current = cleaned
    return current


def normalize_text(text: str) -> str:
    """Unicode repair (ftfy: mojibake, straight quotes, NFC) and whitespace, keeping line structure."""
    text = ftfy.fix_text(text, _FTFY)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    lines = (_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip()


def normalize_line(text: str) -> str:
    """``normalize_text`` for one-line fields (titles, names): every run of whitespace becomes one space."""
    return " ".join(normalize_text(text).split())


def _hits(line: str) -> list[Pattern]:
    lowered = line.lower()
    return [p for p in BOILERPLATE if p.may_match(lowered) and p.regex.search(line)]


def boilerplate_hits(line: str) -> tuple[str, ...]:
    """Names of the boilerplate patterns that match ``line``."""
    return tuple(p.name for p in _hits(line))


def classify_line(line: str) -> LineKind:
    words = len(line.split())
    if words > _MAX_BOILERPLATE_WORDS:
        return LineKind.PROSE
    hits = _hits(line)
    if len(hits) >= 2 or any(words <= p.max_words for p in hits):
        return LineKind.BOILERPLATE
    if words <= 6 and not _FINAL_PUNCT.search(line):
        return LineKind.SHORT
    return LineKind.PROSE


def _clean_once(text: str, known: dict[str, LineKind]) -> str:
    lines = normalize_text(text).split("\n")
    kinds = [_kind(line, known) if line else None for line in lines]
    keep = [kind is not LineKind.BOILERPLATE for kind in kinds]
    footer = _footer_start(lines, kinds)
    for i in range(footer, len(lines)):
        keep[i] = False
    kept = "\n".join(line for line, k in zip(lines, keep, strict=True) if k)
    return _MANY_BREAKS.sub("\n\n", kept).strip()


def _kind(line: str, known: dict[str, LineKind]) -> LineKind:
    kind = known.get(line)
    if kind is None:
        kind = known[line] = classify_line(line)
    return kind


def _is_promo_blurb(line: str, heading: str) -> bool:
    """A short prose line right under a newsletter/subscription heading: the promo box's blurb."""
    return len(line.split()) <= 30 and bool(_PROMO & set(boilerplate_hits(heading)))


def _footer_start(lines: Sequence[str], kinds: Sequence[LineKind | None]) -> int:
    """Index where the trailing footer begins (``len(lines)`` when there is none)."""
    content = [i for i, kind in enumerate(kinds) if kind is not None]
    start, has_boilerplate = len(lines), False
    for pos in range(len(content) - 1, 0, -1):  # never the first content line
        i = content[pos]
        kind = kinds[i]
        above = kinds[content[pos - 1]]
        if kind is LineKind.BOILERPLATE:
            has_boilerplate = True
        elif kind is LineKind.SHORT and (_FIGURE.search(lines[i]) or kinds[i - 1] is LineKind.PROSE):
            # a data row ("Sum of Adjustments -- 12.32"), or the wrapped end of the prose line right
            # above it in the same paragraph ("...long-term\nstrategy, Du Pont said"): content
            break
        elif kind is LineKind.PROSE and not (
            has_boilerplate
            and above is LineKind.BOILERPLATE
            and _is_promo_blurb(lines[i], lines[content[pos - 1]])
        ):
            break
        start = i
    if has_boilerplate:
        return start
    last = content[-1] if len(content) > 1 else None
    if last is not None and _NAME.match(lines[last]):
        return last
    return len(lines)
