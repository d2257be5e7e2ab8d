"""Each reader: plain text, HTML, JSONL, CSV, feeds, gzip, stdin and directories (issue 2)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from eventcoder.errors import RejectReason
from eventcoder.ingest import LanguageDetector, read_inputs
from eventcoder.records import Article, InputFormat, Reject, content_hash
from shared_data import shared_path

BODY = (
    "Turkish Foreign Minister Mevlüt Çavuşoğlu and his US counterpart Antony Blinken had a telephone "
    "interview on Monday and discussed ongoing Russian-Ukrainian tensions.\n\n"
    "Ukraine, which wants to join the NATO military alliance, accuses Moscow of supporting the separatists "
    "in the conflict in its east since 2014."
)
TITLE = "Turkish and US diplomats discuss Ukraine crisis"


def read(paths: list[Path | str], detector: LanguageDetector, **options: object) -> list[Article | Reject]:
    return list(read_inputs([str(p) for p in paths], detector=detector, **options))  # type: ignore[arg-type]


def only_article(items: list[Article | Reject]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_plain_text_takes_the_first_line_as_title(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"{TITLE}\n\n{BODY}\n", encoding="utf-8")
    article = only_article(read([path], detector))
    assert article.title == TITLE
    assert article.text == BODY
    assert article.input_format is InputFormat.TEXT
    assert article.id == content_hash(BODY)[:16]
    assert article.content_hash == content_hash(BODY)


def test_a_first_sentence_is_not_a_title(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "story.txt"
    path.write_text(BODY, encoding="utf-8")
    article = only_article(read([path], detector))
    assert article.title is None
    assert article.text == BODY


def test_front_matter_gives_metadata(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "story.txt"
    front = "---\ntitle: Talks\ndate: 2021-12-15T09:30:00+03:00\nurl: https://example.org/a\nsource: Example\n---\n"
    path.write_text(front + BODY, encoding="utf-8")
    article = only_article(read([path], detector))
    assert (article.title, article.date, article.url, article.source) == (
        "Talks",
        "2021-12-15",
        "https://example.org/a",
        "Example",
    )
    assert article.text == BODY


def test_malformed_front_matter_is_rejected_with_its_line(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "story.txt"
    path.write_text("---\ndate 2021-12-15\n---\n" + BODY, encoding="utf-8")
    [reject] = read([path], detector)
    assert isinstance(reject, Reject)
    assert reject.reason == RejectReason.BAD_FIELD
    assert "line 2" in reject.detail


def test_sidecar_gives_the_date_of_an_untouched_text(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "story.txt").write_text(f"{TITLE}\n\n{BODY}", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(
        '{"date": "2021-12-15", "source": "Daily Sabah"}', encoding="utf-8"
    )
    article = only_article(read([tmp_path], detector))
    assert (article.date, article.source, article.title) == ("2021-12-15", "Daily Sabah", TITLE)


def test_a_bad_sidecar_is_a_reject(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "story.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"date": 20211215}', encoding="utf-8")
    [reject] = read([tmp_path], detector)
    assert isinstance(reject, Reject) and reject.reason == RejectReason.BAD_FIELD
    assert "story.meta.json" in str(reject)


def test_seed_article_with_its_example_sidecar(detector: LanguageDetector) -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    seed = shared_path("seed_article", "article.txt")
    assert (examples / "seed_article.txt").read_bytes() == seed.read_bytes()
    article = only_article(read([examples / "seed_article.txt"], detector))
    assert article.date == "2021-12-15"
    assert article.title == "Turkish and US diplomats discuss bilateral relations and Ukraine crisis"
    assert "Christi C. Elwood" not in article.text


HTML_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Example News</title>
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2021-12-15T10:00:00Z">
<link rel="canonical" href="https://example.org/news/talks"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{TITLE}</h1>{"".join(f"<p>{p}</p>" for p in BODY.split(chr(10) * 2))}</article>
<footer><p>Sign up for our newsletter. You can unsubscribe at any time.</p></footer></body></html>"""


def test_html_page_gives_main_text_and_metadata(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    article = only_article(read([path], detector))
    assert article.text == BODY
    assert article.title is not None and TITLE in article.title
    assert (article.author, article.date, article.url) == (
        "Jane Reporter",
        "2021-12-15",
        "https://example.org/news/talks",
    )
    assert article.input_format is InputFormat.HTML


def test_html_without_main_text_is_empty(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    [reject] = read([path], detector)
    assert isinstance(reject, Reject) and reject.reason == RejectReason.EMPTY


def test_jsonl_records_keep_their_ids(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        {"id": "a1", "text": BODY, "title": "T", "date": "2021-12-15", "url": "https://x.org", "source": "S"},
        {"id": 7, "html": HTML_PAGE},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    first, second = read([path], detector)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.title, first.date, first.source, first.text) == (
        "a1",
        "T",
        "2021-12-15",
        "S",
        BODY,
    )
    assert (second.id, second.text, second.date) == ("7", BODY, "2021-12-15")
    assert str(first.origin) == f"{path}:1#a1"


def test_bad_jsonl_lines_are_rejected_one_by_one(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok", "text": BODY}),
                '{"id": "broken", "text": ',
                json.dumps({"id": "no-text", "title": "Only a title"}),
                json.dumps({"id": "bad-date", "text": BODY, "date": "15/12/2021"}),
                json.dumps({"id": "bad-type", "text": ["a", "list"]}),
                json.dumps(["not", "an", "object"]),
            ]
        ),
        encoding="utf-8",
    )
    items = read([path], detector)
    assert isinstance(items[0], Article) and items[0].id == "ok"
    rejects = items[1:]
    assert all(isinstance(r, Reject) for r in rejects)
    assert [r.reason for r in rejects] == [  # type: ignore[union-attr]
        RejectReason.UNPARSABLE,
        RejectReason.NO_TEXT,
        RejectReason.BAD_FIELD,
        RejectReason.BAD_FIELD,
        RejectReason.UNPARSABLE,
    ]
    assert [str(r.origin) for r in rejects] == [  # type: ignore[union-attr]
        f"{path}:2",
        f"{path}:3#no-text",
        f"{path}:4#bad-date",
        f"{path}:5#bad-type",
        f"{path}:6",
    ]


def test_a_json_array_of_records_is_read(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "x", "text": BODY}], indent=2), encoding="utf-8")
    assert only_article(read([path], detector)).id == "x"


def test_csv_records(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "batch.csv"
    body = BODY.replace('"', '""')
    path.write_text(
        f'id,title,date,text\nc1,Talks,2021-12-15,"{body}"\nc2,,,"{body} Again."\n', encoding="utf-8"
    )
    first, second = read([path], detector)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.title, first.date, first.text) == ("c1", "Talks", "2021-12-15", BODY)
    assert (second.id, second.title, second.date) == ("c2", None, None)
    assert first.input_format is InputFormat.CSV


def test_csv_without_a_text_column_is_rejected_once(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "batch.csv"
    path.write_text("id,body\n1,something\n2,else\n", encoding="utf-8")
    [reject] = read([path], detector)
    assert isinstance(reject, Reject) and reject.reason == RejectReason.UNPARSABLE
    assert "id, body" in reject.detail


def test_csv_row_with_the_wrong_number_of_fields(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "batch.tsv"
    line = BODY.replace("\n\n", " ")
    path.write_text(f"id\ttext\nt1\t{line}\tEXTRA\nt2\t{line}\n", encoding="utf-8")
    reject, article = read([path], detector)
    assert isinstance(reject, Reject) and reject.reason == RejectReason.BAD_FIELD
    assert str(reject.origin) == f"{path}:2"
    assert isinstance(article, Article) and article.id == "t2"


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example World News</title><link>https://example.org</link>
<item><title>{TITLE}</title><link>https://example.org/1</link><guid>https://example.org/1</guid>
<pubDate>Wed, 15 Dec 2021 08:00:00 GMT</pubDate>
<description><![CDATA[{"".join(f"<p>{p}</p>" for p in BODY.split(chr(10) * 2))}]]></description></item>
<item><title>Empty</title><guid>e2</guid></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2021-12-16T00:00:00Z</updated>
<entry><title>Talks</title><id>urn:e1</id><updated>2021-12-16T09:00:00Z</updated><author><name>Jo</name></author>
<link href="https://example.org/atom/1"/><summary>Short summary.</summary>
<content type="html">{"".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in BODY.split(chr(10) * 2))}</content></entry></feed>"""


def test_rss_items_become_articles(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    article, reject = read([path], detector)
    assert isinstance(article, Article)
    assert (article.title, article.date, article.url, article.source) == (
        TITLE,
        "2021-12-15",
        "https://example.org/1",
        "Example World News",
    )
    assert article.text == BODY
    assert isinstance(reject, Reject) and reject.reason == RejectReason.NO_TEXT


def test_atom_entry_prefers_content_over_summary(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "news.xml"
    path.write_text(ATOM, encoding="utf-8")
    article = only_article(read([path], detector))
    assert (article.text, article.author, article.date, article.input_format) == (
        BODY,
        "Jo",
        "2021-12-16",
        InputFormat.FEED,
    )


def test_a_broken_feed_is_unparsable(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "news.rss"
    path.write_text("<rss><channel><item><title>unclosed", encoding="utf-8")
    [reject] = read([path], detector)
    assert isinstance(reject, Reject) and reject.reason in {RejectReason.UNPARSABLE, RejectReason.NO_TEXT}


@pytest.mark.parametrize(
    "name", ["story.txt.gz", "batch.jsonl.gz", "page.html.gz", "news.rss.gz", "noext.gz"]
)
def test_gzip_versions_are_read(tmp_path: Path, detector: LanguageDetector, name: str) -> None:
    content = {
        "story.txt.gz": BODY,
        "batch.jsonl.gz": json.dumps({"id": "g", "text": BODY}),
        "page.html.gz": HTML_PAGE,
        "news.rss.gz": RSS,
        "noext.gz": HTML_PAGE,
    }[name]
    path = tmp_path / name
    path.write_bytes(gzip.compress(content.encode("utf-8")))
    articles = [item for item in read([path], detector) if isinstance(item, Article)]
    assert [a.text for a in articles] == [BODY]


def test_stdin_is_sniffed(detector: LanguageDetector) -> None:
    stdin = io.BytesIO(json.dumps({"id": "s", "text": BODY}).encode("utf-8"))
    [article] = read_inputs(["-"], stdin=stdin, detector=detector)
    assert isinstance(article, Article) and article.id == "s"
    assert str(article.origin) == "<stdin>:1#s"


def test_directories_are_walked_with_glob_filters(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a" / "two.story").write_text(BODY + " Two.", encoding="utf-8")
    (tmp_path / "three.txt").write_text(BODY + " Three.", encoding="utf-8")
    (tmp_path / "notes.md").write_text(BODY + " Notes.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY + " Hidden.", encoding="utf-8")

    def names(**options: object) -> list[str]:
        return sorted(Path(a.origin.path).name for a in read([tmp_path], detector, **options) if a.origin)

    assert names() == ["one.txt", "three.txt"]
    assert names(include="*.story") == ["two.story"]
    assert names(exclude="a/*") == ["three.txt"]
    assert names(include="*", exclude="*.md") == ["one.txt", "three.txt", "two.story"]


def test_default_date_fills_missing_dates_only(tmp_path: Path, detector: LanguageDetector) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": BODY})
        + "\n"
        + json.dumps({"id": "b", "text": BODY, "date": "2020-01-02"}),
        encoding="utf-8",
    )
    dates = [a.date for a in read([path], detector, default_date="2021-12-15") if isinstance(a, Article)]
    assert dates == ["2021-12-15", "2020-01-02"]


def test_jsonl_lines_end_only_at_newlines(tmp_path: Path, detector: LanguageDetector) -> None:
    text = BODY + "\u2028Second line.\x85Third\x0c line."  # valid inside a JSON string
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "u", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    article = only_article(read([path], detector))
    assert article.id == "u" and "Second line." in article.text
