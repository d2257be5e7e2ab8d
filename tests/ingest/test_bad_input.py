"""Bad input becomes a Reject with a one-line reason and the batch goes on (issue 2)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder.errors import EventcoderError, InputError, RejectedInput, RejectReason
from eventcoder.ingest import LanguageDetector, article_from_text, read_inputs
from eventcoder.ingest.sources import open_input
from eventcoder.records import Article, Reject

BODY = (
    "Kremlin spokesman Dmitry Peskov rejected Ankara's offer during an interview with reporters in Moscow. "
    "In contrast, Ukraine welcomed Ankara's statements and said it would welcome all efforts to end the war."
)
GERMAN = (
    "Der türkische Außenminister hat am Montag mit seinem amerikanischen Amtskollegen telefoniert und über "
    "die Spannungen zwischen Russland und der Ukraine gesprochen."
)


def read(paths: list[Path], detector: LanguageDetector, **options: object) -> list[Article | Reject]:
    return list(read_inputs([str(p) for p in paths], detector=detector, **options))  # type: ignore[arg-type]


def reasons(items: list[Article | Reject]) -> list[str]:
    return [item.reason if isinstance(item, Reject) else "article" for item in items]


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "1.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"\x00\x01binary\x00\xff" * 50)
    (tmp_path / "3.txt").write_text("   \n\n  ", encoding="utf-8")
    (tmp_path / "4.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "5.txt").write_text(BODY + " Again.", encoding="utf-8")
    items = read([tmp_path], detector)
    assert reasons(items) == [
        "article",
        RejectReason.BINARY,
        RejectReason.EMPTY,
        RejectReason.NOT_ENGLISH,
        "article",
    ]
    for reject in items[1:4]:
        assert isinstance(reject, Reject)
        line = str(reject)
        assert "\n" not in line and reject.origin.path in line


def test_non_english_reject_names_the_language(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    [reject] = read([tmp_path / "de.txt"], detector)
    assert isinstance(reject, Reject) and "'de'" in reject.detail


def test_a_short_headline_of_names_is_not_called_foreign(detector: LanguageDetector) -> None:
    assert detector.guess("Biden, Xi hold talks").is_english
    assert detector.guess(
        "Qtly div 45 cts vs 45 cts prior\n\nPay October one\n\nRecord September four"
    ).is_english
    assert not detector.guess(GERMAN).is_english


def test_language_check_can_be_turned_off(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    [article] = read_inputs([str(tmp_path / "de.txt")], check_language=False)
    assert isinstance(article, Article)


def test_only_boilerplate_is_empty(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "a.txt").write_text("Advertisement\n\nShare this article\n\nSubscribe now", encoding="utf-8")
    assert reasons(read([tmp_path / "a.txt"], detector)) == [RejectReason.EMPTY]


def test_too_large_files_are_rejected(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "big.txt").write_text(BODY * 20, encoding="utf-8")
    [reject] = read([tmp_path / "big.txt"], detector, max_bytes=1000)
    assert isinstance(reject, Reject) and reject.reason == RejectReason.TOO_LARGE


def test_gzip_bombs_are_stopped_at_the_limit(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 200_000))
    [reject] = read([tmp_path / "bomb.txt.gz"], detector, max_bytes=10_000)
    assert isinstance(reject, Reject) and reject.reason == RejectReason.TOO_LARGE


def test_a_corrupt_gzip_file_is_unreadable(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "bad.txt.gz").write_bytes(gzip.compress(BODY.encode())[:30])
    [reject] = read([tmp_path / "bad.txt.gz"], detector)
    assert isinstance(reject, Reject) and reject.reason == RejectReason.UNREADABLE


def test_a_file_that_cannot_be_opened_is_unreadable(tmp_path: Path) -> None:
    result = open_input(str(tmp_path), io.BytesIO())  # a directory cannot be read as a file
    assert isinstance(result, Reject) and result.reason == RejectReason.UNREADABLE


def test_a_missing_path_is_an_input_error_before_reading(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "ok.txt").write_text(BODY, encoding="utf-8")
    with pytest.raises(InputError, match=r"missing\.txt"):
        read([tmp_path / "ok.txt", tmp_path / "missing.txt"], detector)


def test_a_bad_default_date_is_an_input_error(tmp_path: Path, detector: LanguageDetector) -> None:
    with pytest.raises(InputError):
        read([tmp_path], detector, default_date="15.12.2021")


def test_a_repeated_id_is_a_duplicate(tmp_path: Path, detector: LanguageDetector) -> None:
    lines = [json.dumps({"id": "same", "text": BODY}), json.dumps({"id": "same", "text": BODY + " More."})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(BODY, encoding="utf-8")  # same content, same hash id
    items = read([tmp_path], detector)
    assert reasons(items) == ["article", RejectReason.DUPLICATE, "article", RejectReason.DUPLICATE]


def test_article_from_text_cleans_and_checks(detector: LanguageDetector) -> None:
    article = article_from_text(
        BODY + "\n\nShare this article", id="api-1", date="2021-12-15T10:00:00Z", detector=detector
    )
    assert (article.id, article.text, article.date) == ("api-1", BODY, "2021-12-15")


@pytest.mark.parametrize(
    ("text", "options", "reason"),
    [
        ("  \n ", {}, RejectReason.EMPTY),
        (BODY, {"date": "yesterday"}, RejectReason.BAD_FIELD),
        (GERMAN, {}, RejectReason.NOT_ENGLISH),
    ],
)
def test_article_from_text_raises_rejected_input(
    detector: LanguageDetector, text: str, options: dict[str, str], reason: RejectReason
) -> None:
    kwargs: dict[str, object] = {"date": options.get("date"), "detector": detector}
    with pytest.raises(RejectedInput) as caught:
        article_from_text(text, **kwargs)  # type: ignore[arg-type]
    assert caught.value.reason is reason


_SUFFIXES = st.sampled_from(
    ["", ".txt", ".html", ".jsonl", ".json", ".csv", ".tsv", ".rss", ".xml", ".gz", ".txt.gz"]
)
_PREFIXES = st.sampled_from(
    [b"", b"{", b"[", b"<?xml", b"<rss><channel><item>", b"<html><body>", b"id,text\n", b"\x1f\x8b"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=_PREFIXES, data=st.binary(max_size=600), suffix=_SUFFIXES)
def test_random_bytes_never_raise(
    tmp_path: Path, detector: LanguageDetector, prefix: bytes, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(prefix + data)
    try:
        items = read([path], detector)
    except EventcoderError as exc:  # pragma: no cover - the assertion below explains
        pytest.fail(f"readers raised {exc!r}")
    for item in items:
        assert isinstance(item, Article | Reject)
        if isinstance(item, Reject):
            assert item.reason != RejectReason.FAILED, str(item)
            assert "\n" not in str(item)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_random_bytes_on_stdin_never_raise(detector: LanguageDetector, data: bytes) -> None:
    for item in read_inputs(["-"], stdin=io.BytesIO(data), detector=detector):
        assert isinstance(item, Article | Reject)


def test_article_from_text_without_language_check_accepts_any_language() -> None:
    assert article_from_text(GERMAN, check_language=False).text == GERMAN


def test_record_files_are_streamed_and_the_limit_applies_per_line(
    tmp_path: Path, detector: LanguageDetector
) -> None:
    lines = [json.dumps({"id": f"r{i}", "text": f"{BODY} Number {i}."}) for i in range(40)]
    lines[3] = json.dumps({"id": "huge", "text": BODY * 20})
    (tmp_path / "big.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = read([tmp_path / "big.jsonl"], detector, max_bytes=1000)  # the file is ~10 KB
    assert len(items) == 40
    assert [str(r) for r in items if isinstance(r, Reject)] == [
        f"{tmp_path / 'big.jsonl'}:4: too_large: line over the 0.0 MB limit"
    ]


def test_streamed_csv_stops_at_an_overlong_line(tmp_path: Path, detector: LanguageDetector) -> None:
    rows = ["id,text", f'a,"{BODY}"', f'b,"{BODY * 20}"', f'c,"{BODY}"']
    (tmp_path / "big.csv").write_text("\n".join(rows), encoding="utf-8")
    items = read([tmp_path / "big.csv"], detector, max_bytes=1000)
    assert reasons(items) == ["article", RejectReason.TOO_LARGE]
    assert "rest of the CSV file skipped" in str(items[1])


def test_a_gzipped_jsonl_stream_from_stdin(detector: LanguageDetector) -> None:
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": f"{BODY} {i}."}) for i in range(3))
    items = list(read_inputs(["-"], stdin=io.BytesIO(gzip.compress(lines.encode())), detector=detector))
    assert [a.id for a in items if isinstance(a, Article)] == ["s0", "s1", "s2"]
    assert [str(a.origin) for a in items if isinstance(a, Article)] == [
        "<stdin>:1#s0",
        "<stdin>:2#s1",
        "<stdin>:3#s2",
    ]


def test_xml_that_is_not_a_feed_is_rejected(tmp_path: Path, detector: LanguageDetector) -> None:
    sitemap = '<?xml version="1.0"?><urlset><url><loc>https://example.org/a</loc></url></urlset>'
    (tmp_path / "sitemap.xml").write_text(sitemap, encoding="utf-8")
    (tmp_path / "noext").write_text(sitemap, encoding="utf-8")
    items = read([tmp_path / "sitemap.xml", tmp_path / "noext"], detector)
    assert all(isinstance(item, Reject) for item in items) and len(items) == 2
