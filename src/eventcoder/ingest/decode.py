"""Bytes to text: binary detection and a short, predictable list of encodings.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; then BOM-less UTF-16
(every other byte NUL); then strict UTF-8; then an encoding the document
declares (an HTML ``<meta charset>`` or XML declaration); then Windows-1252;
then Latin-1, which decodes anything and is only reached by text that is
neither of the others. Bytes that look like a binary file (NUL bytes, many
control characters, a known file signature) are refused first.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from eventcoder.errors import RejectReason

# File signatures of common binary formats someone may point eventcoder at by mistake.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (also .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an MS Office file"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
    (b"DUCK", "a DuckDB database"),
    (b"PAR1", "a Parquet file"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])([A-Za-z0-9_.:-]{2,40})""",
    re.I,
)
# C0 controls other than tab, LF, FF, CR (and ESC, which some ANSI-coloured logs contain).
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}
_SAMPLE = 8192
_MAX_CONTROL_RATIO = 0.02


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class DecodeFailure:
    reason: RejectReason
    detail: str


def decode_bytes(data: bytes) -> Decoded | DecodeFailure:
    """Decode ``data`` to text, or say why it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding)
    binary = _binary_kind(data)
    if binary == "utf-16":
        return _strict(data, _utf16_order(data))
    if binary:
        return DecodeFailure(RejectReason.BINARY, f"looks like {binary}, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(data)
    if declared:
        try:
            return Decoded(data.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1")


def _strict(data: bytes, encoding: str) -> Decoded | DecodeFailure:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        return DecodeFailure(RejectReason.UNDECODABLE, f"invalid {encoding} at byte {exc.start}")
    if "\x00" in text:
        return DecodeFailure(RejectReason.BINARY, f"NUL characters in {encoding} text")
    return Decoded(text, encoding)


def _binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` looks like, ``"utf-16"`` for BOM-less UTF-16, or None for text."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    sample = data[:_SAMPLE]
    if not sample:
        return None
    nuls = sample.count(0)
    if nuls:
        return "utf-16" if _looks_utf16(sample) else "a binary file (NUL bytes)"
    controls = sum(1 for b in sample if b in _CONTROL)
    if controls / len(sample) > _MAX_CONTROL_RATIO:
        return "a binary file (control bytes)"
    return None


def _looks_utf16(sample: bytes) -> bool:
    """BOM-less UTF-16 of mostly Latin text: NULs in every other byte, nowhere else."""
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    for zeros, other in ((even, odd), (odd, even)):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) == 0:
            return True
    return False


def _utf16_order(sample: bytes) -> str:
    return "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    # Bytes that reached this point are ASCII-compatible; a declared UTF-16/32 is a wrong declaration.
    return None if name.startswith(("utf-16", "utf-32")) else name
