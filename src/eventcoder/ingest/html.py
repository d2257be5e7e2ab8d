"""HTML pages (main text and metadata via trafilatura) and HTML fragments (feed entries)."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from eventcoder.errors import RejectReason
from eventcoder.ingest.build import RawArticle, with_metadata
from eventcoder.records import InputFormat, Origin, Reject

log = logging.getLogger(__name__)

# Comments under an article are never the article; precision-favouring extraction keeps
# less page furniture (see bench/html_extraction.py for the measurements).
TRAFILATURA_OPTIONS: Mapping[str, object] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "with_metadata": True,
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "figcaption",
        "figure",
        "dd",
        "dt",
        "dl",
        "hr",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template"})


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    """The main text of a page (paragraphs separated by blank lines) and its metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    site: str | None = None


def extract_html(page: str, url: str | None = None) -> HtmlExtraction | None:
    """Main text and metadata of an HTML page; None when trafilatura finds no main text."""
    import trafilatura

    doc = trafilatura.bare_extraction(page, url=url, **TRAFILATURA_OPTIONS)  # type: ignore[arg-type]
    if doc is None or isinstance(doc, dict) or not doc.text:  # dict only with as_dict=True
        return None
    paragraphs = [p.strip() for p in doc.text.split("\n") if p.strip()]
    title = doc.title or None
    if paragraphs and title and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]  # the headline is the title, not the body
    return HtmlExtraction(
        text="\n\n".join(paragraphs),
        title=title,
        author=doc.author or None,
        date=doc.date or None,
        url=doc.url or url,
        site=doc.sitename or doc.hostname or None,
    )


def read_html(
    page: str, origin: Origin, metadata: Mapping[str, str] | None = None
) -> Iterator[RawArticle | Reject]:
    """One article from an HTML page; ``metadata`` (a sidecar) overrides what the page says."""
    meta = dict(metadata or {})
    found = extract_html(page, url=meta.get("url"))
    if found is None:
        yield Reject(origin, RejectReason.EMPTY, "no main text found in the HTML page")
        return
    raw = RawArticle(text=found.text, origin=origin, input_format=InputFormat.HTML)
    raw = with_metadata(raw, meta)
    yield with_metadata(raw, page_metadata(found))


def page_metadata(found: HtmlExtraction) -> dict[str, str | None]:
    return {
        "title": found.title,
        "author": found.author,
        "date": found.date,
        "url": found.url,
        "source": found.site,
    }


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content): one paragraph per block element."""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError) as exc:
        log.debug("unparsable HTML fragment (%s); using it as text", exc)
        return fragment
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction, *_SKIP)):
        if element is not root:
            element.drop_tree()  # keeps the text after it
    parts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        block = element.tag in _BLOCKS
        if block:
            parts.append("\n")
        if event == "start" and element.text:
            parts.append(element.text)
        if event == "end" and element.tail and element is not root:
            parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
