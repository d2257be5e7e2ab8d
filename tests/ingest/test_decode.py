"""Bytes to text: encodings tried in order, binary files refused (issue 2)."""

from __future__ import annotations

import codecs

from hypothesis import given
from hypothesis import strategies as st

from eventcoder.errors import RejectReason
from eventcoder.ingest.decode import Decoded, DecodeFailure, decode_bytes

TEXT = "Kalın said Ankara’s offer — “a new leaf” — still stands."


def test_utf8_is_decoded() -> None:
    assert decode_bytes(TEXT.encode("utf-8")) == Decoded(TEXT, "utf-8")


def test_byte_order_marks_pick_the_encoding() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8")) == Decoded(TEXT, "utf-8")
    assert decode_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")) == Decoded(TEXT, "utf-16-le")
    assert decode_bytes(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")) == Decoded(TEXT, "utf-16-be")


def test_utf16_without_bom_is_recognised() -> None:
    text = "Russia and Ukraine held talks in Istanbul on Tuesday."
    assert decode_bytes(text.encode("utf-16-le")) == Decoded(text, "utf-16-le")
    assert decode_bytes(text.encode("utf-16-be")) == Decoded(text, "utf-16-be")


def test_windows_1252_falls_back_after_utf8() -> None:
    text = "The minister’s “offer” cost €5 — déjà vu."
    assert decode_bytes(text.encode("cp1252")) == Decoded(text, "cp1252")


def test_declared_html_charset_is_used_when_utf8_fails() -> None:
    page = '<html><head><meta charset="koi8-r"></head><body>Москва заявила</body></html>'
    assert decode_bytes(page.encode("koi8-r")) == Decoded(page, "koi8-r")


def test_nul_bytes_mean_binary() -> None:
    result = decode_bytes(b"some text\x00\x01\x02\x00\xff\x00 more")
    assert isinstance(result, DecodeFailure)
    assert result.reason is RejectReason.BINARY


def test_known_binary_signatures_are_named() -> None:
    result = decode_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert isinstance(result, DecodeFailure)
    assert "PDF" in result.detail


def test_control_bytes_mean_binary() -> None:
    result = decode_bytes(bytes(range(1, 32)) * 10)
    assert isinstance(result, DecodeFailure)
    assert result.reason is RejectReason.BINARY


def test_broken_utf16_after_a_bom_is_undecodable() -> None:
    result = decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8a")  # an unpaired surrogate
    assert isinstance(result, DecodeFailure)
    assert result.reason is RejectReason.UNDECODABLE


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_fail_with_a_reason(data: bytes) -> None:
    result = decode_bytes(data)
    assert isinstance(result, Decoded | DecodeFailure)
    if isinstance(result, DecodeFailure):
        assert result.detail
