"""A fault corpus: real articles turned into a batch of inputs, some good, some hostile, some broken.

``build_corpus(root, bases, ...)`` writes files under ``root`` and returns a ``Manifest`` that says, for
every input (a file, or a line/row of a JSONL/CSV file), what ingesting it must give:

* ``GOOD``: a base article, stored exactly once (possibly in another encoding, as HTML, with a
  ``<script>`` tag, SQL-looking or control characters in its text);
* ``DUPLICATE``: the same article again (exact copy under another id, or a near copy that cleans to the
  same text: other whitespace, no-break spaces, CRLF, a newsletter footer): not stored again;
* ``BAD``: rejected with the given ``RejectReason`` and stored in the ``rejects`` table.

Bases are articles the readers accept as plain text (``usable_bases`` checks each one with
``article_from_text``); each carries a ``probe``, a stretch of its cleaned text that identifies it in the
store. Bases come from ``news_corpus/articles.jsonl`` when present, else from ``examples/``.
"""

from __future__ import annotations

import codecs
import enum
import gzip
import html
import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

from eventcoder.errors import RejectedInput, RejectReason
from eventcoder.ingest import LanguageDetector, article_from_text, read_inputs
from eventcoder.ingest.text import split_title
from eventcoder.records import Reject

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# Short news paragraphs in other languages (written for this corpus): each must be rejected as not English.
FOREIGN = (
    "Der Außenminister hat am Montag mit seinem Amtskollegen telefoniert und über die Spannungen an der "
    "Grenze gesprochen. Beide Seiten wollen die Gespräche in der nächsten Woche fortsetzen.",
    "Le ministre des Affaires étrangères a rencontré lundi son homologue pour discuter de la crise. Les deux "
    "pays ont promis de poursuivre le dialogue dans les prochains jours.",
    "El ministro de Asuntos Exteriores se reunió el lunes con su homólogo para hablar de la crisis en la "
    "frontera. Ambos gobiernos prometieron continuar las conversaciones.",
    "Министр иностранных дел в понедельник провёл телефонный разговор со своим коллегой и обсудил "
    "напряжённость на границе. Стороны договорились продолжить переговоры.",
    "外交部长星期一与他的同行通了电话，讨论了边境紧张局势。双方同意下周继续会谈，并表示愿意通过对话解决分歧。"
    "联合国秘书长对此表示欢迎，呼吁各方保持克制。",
    "ناقش وزير الخارجية يوم الاثنين مع نظيره التوتر على الحدود، واتفق الجانبان على مواصلة المحادثات "
    "الأسبوع المقبل. ورحب الأمين العام للأمم المتحدة بالاتصال ودعا جميع الأطراف إلى ضبط النفس.",
)
SCRIPT = "<script>alert(document.cookie)</script>"
SQL = "Robert'); DROP TABLE articles; -- and 1=1; SELECT * FROM events WHERE '' = ''"
FOOTER = "Sign up for our newsletter to get the latest news delivered to your inbox."


class Kind(enum.StrEnum):
    GOOD = "good"
    DUPLICATE = "duplicate"
    BAD = "bad"


@dataclass(frozen=True, slots=True)
class Base:
    """One distinct article: its text and a probe that finds it in the store."""

    key: str
    text: str
    title: str | None
    probe: str


@dataclass(frozen=True, slots=True)
class Expected:
    """What one input must give: a stored base (GOOD), nothing new (DUPLICATE), or a reject (BAD)."""

    label: str  # the fault, e.g. "jsonl-record", "latin-1", "empty-file"
    kind: Kind
    where: str  # file name, with ":line" for a record
    base: str | None = None  # Base.key for GOOD/DUPLICATE
    reason: RejectReason | None = None  # for BAD


@dataclass(slots=True)
class Manifest:
    root: Path
    expected: list[Expected] = field(default_factory=list)
    bases: dict[str, Base] = field(default_factory=dict)

    @property
    def inputs(self) -> int:
        return len(self.expected)

    def of(self, kind: Kind) -> list[Expected]:
        return [e for e in self.expected if e.kind is kind]

    @property
    def stored_bases(self) -> set[str]:
        return {e.base for e in self.of(Kind.GOOD) if e.base}

    def bad_reasons(self) -> Counter[str]:
        return Counter(str(e.reason) for e in self.of(Kind.BAD))

    def labels(self) -> Counter[str]:
        return Counter(e.label for e in self.expected)

    def where(self, origin: str) -> str:
        """An origin as stored (``path[:line][#record]``) as this manifest names it: file or file:line."""
        path, _, line = origin.split("#")[0].partition(":")
        name = Path(path).name
        return name if name in self._file_level() or not line else f"{name}:{line}"

    def _file_level(self) -> set[str]:
        return {e.where for e in self.expected if ":" not in e.where}

    def expected_outcomes(self) -> Counter[tuple[str, str]]:
        """``(where, reject reason or "article")`` for every input that gives a record (not duplicates)."""
        return Counter(
            (e.where, str(e.reason) if e.kind is Kind.BAD else "article")
            for e in self.expected
            if e.kind is not Kind.DUPLICATE
        )


# -- bases --------------------------------------------------------------------------------------------


def shared_bases(path: Path, limit: int, *, seed: int = 0) -> Iterator[tuple[str, str, str | None]]:
    """``(key, text, title)`` of up to ``limit`` mid-sized articles of news_corpus/articles.jsonl."""
    rows: list[tuple[str, str, str | None]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record.get("text") or ""
            if 300 <= len(text) <= 3000:
                rows.append((record["id"], text, record.get("title")))
    random.Random(seed).shuffle(rows)
    yield from rows[:limit]


def example_bases() -> Iterator[tuple[str, str, str | None]]:
    """Runs of two sentences of the example articles (what CI has without the shared corpus)."""
    for item in read_inputs([str(EXAMPLES)], check_language=False):
        if isinstance(item, Reject):
            continue
        sentences = [s for s in re.split(r"(?<=[.!?”\"])\s+", item.text) if len(s) > 40]
        for i in range(0, len(sentences) - 1, 2):
            yield f"{item.id}-s{i}", " ".join(sentences[i : i + 2]), None


def usable_bases(
    candidates: Iterable[tuple[str, str, str | None]], detector: LanguageDetector, limit: int
) -> list[Base]:
    """Candidates the readers accept as plain text, distinct after cleaning, each with a unique probe.

    Texts whose first line looks like a headline are left out: as a ``.txt`` file it would become the title.
    """
    out: list[Base] = []
    cleaned: dict[str, str] = {}  # cleaned text -> key
    for key, text, title in candidates:
        try:
            article = article_from_text(text, detector=detector)
        except RejectedInput:
            continue
        probe = _probe(article.text)
        if probe is None or article.text in cleaned or split_title(text)[0] is not None:
            continue  # a first line that reads as a headline would be a title, not text, in a .txt file
        cleaned[article.text] = key
        out.append(Base(key=key, text=text, title=title, probe=probe))
        if len(out) >= limit:
            break
    return _unique_probes(out, cleaned)


def _unique_probes(bases: list[Base], cleaned: dict[str, str]) -> list[Base]:
    """Bases whose probe occurs in no other base's cleaned text ("with the Securities and Exchange ...")."""
    finder = ahocorasick.Automaton()
    for base in bases:
        finder.add_word(base.probe, base.probe)
    finder.make_automaton()
    holders: Counter[str] = Counter()
    for text in cleaned:
        holders.update({probe for _, probe in finder.iter(text)})
    return [b for b in bases if holders[b.probe] == 1]


def _probe(clean: str) -> str | None:
    """A 40-character ASCII stretch of the first paragraph, on one line (HTML extraction rewraps lines)."""
    first = clean.split("\n\n")[0]
    middle = len(first) // 2
    for start in range(max(middle - 20, 0), len(first) - 40):
        piece = first[start : start + 40]
        if piece.isascii() and piece.strip() == piece and "  " not in piece and "\n" not in piece:
            return piece
    return None


# -- writing ------------------------------------------------------------------------------------------


class _Writer:
    """Writes inputs under ``root`` and records what each must give."""

    def __init__(self, root: Path, manifest: Manifest, rng: random.Random) -> None:
        self.root = root
        self.m = manifest
        self.rng = rng
        self.files = 0

    def name(self, label: str, suffix: str) -> Path:
        self.files += 1
        return self.root / f"{self.files:05d}-{label}{suffix}"

    def file(self, label: str, suffix: str, data: bytes, kind: Kind, **exp: object) -> None:
        path = self.name(label, suffix)
        path.write_bytes(data)
        self.m.expected.append(Expected(label, kind, path.name, **exp))  # type: ignore[arg-type]

    def records(self, label: str, lines: list[tuple[bytes, Expected]]) -> None:
        """A JSONL file of the given lines, each with its expectation (``where`` filled in here)."""
        path = self.name(label, ".jsonl")
        path.write_bytes(b"".join(line + b"\n" for line, _ in lines))
        for number, (_, exp) in enumerate(lines, start=1):
            self.m.expected.append(
                Expected(exp.label, exp.kind, f"{path.name}:{number}", exp.base, exp.reason)
            )


def _record(base: Base, record_id: str, text: str | None = None) -> bytes:
    record = {"id": record_id, "title": base.title, "text": base.text if text is None else text}
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _good(label: str, base: Base) -> Expected:
    return Expected(label, Kind.GOOD, "", base=base.key)


def _dup(label: str, base: Base) -> Expected:
    return Expected(label, Kind.DUPLICATE, "", base=base.key)


def _bad(label: str, reason: RejectReason) -> Expected:
    return Expected(label, Kind.BAD, "", reason=reason)


def _near(text: str, how: int) -> str:
    """A near copy that cleans to the same text."""
    if how == 0:
        return text.replace(". ", ".  ").replace("\n\n", "  \n\n  ")
    if how == 1:
        return text.replace(" ", "\u00a0", 5)
    if how == 2:
        return text.replace("\n", "\r\n")
    return f"{text}\n\n{FOOTER}"


def _hostile(base: Base, how: int) -> str:
    """The base text with hostile content added to its last paragraph (it must be stored as plain text).

    Not to the first: a first line that ends in markup instead of a full stop reads as a headline.
    """
    paragraphs = base.text.split("\n\n")
    extra = (SCRIPT, SQL, "\x07\x0b\x1b[31m\x1f")[how]
    paragraphs[-1] = f"{paragraphs[-1]} {extra}"
    return "\n\n".join(paragraphs)


def _html(base: Base, *, malformed: bool) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}" for p in base.text.split("\n\n"))
    title = html.escape(base.title or "News")
    if not malformed:
        paragraphs = paragraphs.replace("<p>", "</p><p>")[4:] + "</p>"
    close = "" if malformed else "</article></main></body></html>"
    page = (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main><article><h1>{title}<div><b>{paragraphs}{close}"
    )
    return page.encode("utf-8")


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    return text.encode(encoding, errors="replace")


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# -- the batch ----------------------------------------------------------------------------------------

ENCODED_SUFFIX = "\n\nReported from Zürich, São Paulo and Bogotá."
_ENCODINGS = ("latin-1", "cp1252", "utf-16", "utf-8-sig")


def _line_faults(i: int) -> tuple[bytes, Expected]:
    """The ``i``-th broken JSONL line (they cycle through every kind)."""
    text = FOREIGN[i % len(FOREIGN)]
    faults: list[tuple[str, object, RejectReason]] = [
        ("broken-json", f'{{"id": "broken-{i}", "text": "The talks were', RejectReason.UNPARSABLE),
        ("missing-text", {"id": f"notext-{i}", "title": "A headline without a body"}, RejectReason.NO_TEXT),
        ("blank-text", {"id": f"blank-{i}", "text": " \n\t "}, RejectReason.NO_TEXT),
        ("number-text", {"id": f"num-{i}", "text": 12345}, RejectReason.BAD_FIELD),
        ("bad-date", {"id": f"date-{i}", "text": SQL, "date": "yesterday"}, RejectReason.BAD_FIELD),
        ("not-an-object", [1, 2, 3], RejectReason.UNPARSABLE),
        ("foreign-record", {"id": f"foreign-{i}", "text": text}, RejectReason.NOT_ENGLISH),
        ("only-boilerplate", {"id": f"footer-{i}", "text": FOOTER}, RejectReason.EMPTY),
    ]
    label, value, reason = faults[i % len(faults)]
    line = value.encode() if isinstance(value, str) else json.dumps(value, ensure_ascii=False).encode()
    return line, _bad(label, reason)


def _file_faults(i: int, huge: bool) -> tuple[str, str, bytes, RejectReason]:
    """The ``i``-th broken file: ``(label, suffix, bytes, reason)``."""
    rng = random.Random(i)
    noise = bytes(rng.randrange(256) for _ in range(2048))
    faults: list[tuple[str, str, bytes, RejectReason]] = [
        ("empty-file", ".txt", b"", RejectReason.EMPTY),
        ("blank-file", ".txt", b" \n\n\t \r\n", RejectReason.EMPTY),
        ("binary-noise", ".txt", b"\x00" + noise, RejectReason.BINARY),
        ("png-as-html", ".html", b"\x89PNG\r\n\x1a\n" + noise, RejectReason.BINARY),
        ("pdf-as-text", ".txt", b"%PDF-1.7\n" + noise, RejectReason.BINARY),
        (
            "control-bytes",
            ".txt",
            b"The minister said \x01\x02\x03\x04\x05\x06 talks \x0e\x0f" * 40,
            RejectReason.BINARY,
        ),
        (
            "broken-utf16",
            ".txt",
            codecs.BOM_UTF16_LE + "Talks".encode("utf-16-le") + b"\x00\xd8A\x00",
            RejectReason.UNDECODABLE,
        ),
        ("foreign-file", ".txt", FOREIGN[i % len(FOREIGN)].encode("utf-8"), RejectReason.NOT_ENGLISH),
        ("truncated-html", ".html", b"<html><head><title>Talks resume</title></he", RejectReason.EMPTY),
        (
            "script-only-html",
            ".html",
            f"<html><body><nav><a href='/'>Home</a></nav>{SCRIPT}</body></html>".encode(),
            RejectReason.EMPTY,
        ),
        (
            "csv-no-text-column",
            ".csv",
            b"id,title,url\n1,Talks,https://x.example/1\n",
            RejectReason.UNPARSABLE,
        ),
        (
            "corrupt-gzip",
            ".txt.gz",
            gzip.compress(b"The talks resumed on Monday.")[:-12] + b"junk",
            RejectReason.UNREADABLE,
        ),
        (
            "truncated-feed",  # feedparser recovers the item; it has a title but no text
            ".rss",
            b"<?xml version='1.0'?><rss><channel><item><title>Talks</ti",
            RejectReason.NO_TEXT,
        ),
    ]
    if huge and i == 0:
        return "huge-50mb", ".txt", (b"The talks went on and on. " * 2_020_000), RejectReason.TOO_LARGE
    return faults[i % len(faults)]


_SPECIALS = (
    "latin-1", "cp1252", "utf-16", "utf-8-sig", "invalid-utf8", "html", "malformed-html",
    "script-text", "sql-text", "control-chars", "csv-row", "gzip-text",
)  # fmt: skip
_NEAR = ("near-spaces", "near-nbsp", "near-crlf", "near-footer")


def build_corpus(
    root: Path,
    bases: list[Base],
    *,
    bad: int,
    duplicates: int,
    specials: int,
    per_file: int = 200,
    huge: bool = True,
    seed: int = 0,
) -> Manifest:
    """Write ``len(bases) + bad + duplicates`` inputs under ``root`` (a fresh directory).

    Every base is stored once: ``specials`` of them as single files in other encodings, as HTML, with
    hostile text, as a CSV row or gzipped; the rest as records of JSONL files of ``per_file`` lines,
    among which the broken lines and duplicate records are shuffled. ``bad`` counts broken files and
    lines (one 50 MB file when ``huge``); ``duplicates`` exact and near copies of stored bases.
    """
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(root, bases={b.key: b for b in bases})
    w = _Writer(root, manifest, rng)
    singles, packed = bases[:specials], bases[specials:]
    for i, base in enumerate(singles):
        _write_special(w, _SPECIALS[i % len(_SPECIALS)], base, i)
    file_bad = bad // 3
    for i in range(file_bad):
        label, suffix, data, reason = _file_faults(i, huge)
        w.file(label, suffix, data, Kind.BAD, reason=reason)
    lines: list[tuple[bytes, Expected]] = [(_record(b, b.key), _good("jsonl-record", b)) for b in packed]
    lines += [_line_faults(i) for i in range(bad - file_bad)]
    rng.shuffle(lines)
    lines += _duplicate_lines(packed, duplicates, rng)  # after every original, so they are the copies
    for start in range(0, len(lines), per_file):
        w.records("pack", lines[start : start + per_file])
    return manifest


def _write_special(w: _Writer, label: str, base: Base, i: int) -> None:
    good = {"base": base.key}
    if label in _ENCODINGS:
        text = base.text + ENCODED_SUFFIX
        w.file(label, ".txt", _encode(text, label), Kind.GOOD, **good)
    elif label == "invalid-utf8":
        first, _, rest = base.text.partition(" ")
        w.file(label, ".txt", first.encode() + b" \x96\xff " + rest.encode("utf-8"), Kind.GOOD, **good)
    elif label in ("html", "malformed-html"):
        w.file(label, ".html", _html(base, malformed=label == "malformed-html"), Kind.GOOD, **good)
    elif label in ("script-text", "sql-text", "control-chars"):
        text = _hostile(base, ("script-text", "sql-text", "control-chars").index(label))
        w.file(label, ".txt", text.encode("utf-8"), Kind.GOOD, **good)
    elif label == "csv-row":
        path = w.name(label, ".csv")
        quoted = '"' + base.text.replace('"', '""') + '"'
        path.write_text(
            f"id,title,text\n{base.key},Talks,{quoted}\n{base.key}-x,Talks,a,b,c\n", encoding="utf-8"
        )
        w.m.expected.append(Expected(label, Kind.GOOD, f"{path.name}:2", base=base.key))
        bad_line = 3 + base.text.count("\n")  # a quoted field may span lines; rejects name the physical line
        w.m.expected.append(
            Expected("csv-wrong-columns", Kind.BAD, f"{path.name}:{bad_line}", reason=RejectReason.BAD_FIELD)
        )
    else:
        w.file(label, ".txt.gz", gzip.compress(base.text.encode("utf-8")), Kind.GOOD, **good)


def _duplicate_lines(packed: list[Base], n: int, rng: random.Random) -> list[tuple[bytes, Expected]]:
    """Exact copies of packed records under new ids, near copies, and repeats of an id already read."""
    out: list[tuple[bytes, Expected]] = []
    for i in range(n):
        base = packed[rng.randrange(len(packed))]
        how = i % 6
        if how < len(_NEAR):
            out.append((_record(base, f"{base.key}-near{i}", _near(base.text, how)), _dup(_NEAR[how], base)))
        elif how == 4:
            out.append((_record(base, f"{base.key}-copy{i}"), _dup("exact-copy", base)))
        else:
            out.append((_record(base, base.key), _bad("repeated-id", RejectReason.DUPLICATE)))
    return out
