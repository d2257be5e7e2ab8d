"""``POST /code``: code a posted text and return everything the pipeline found. Nothing is stored."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from eventcoder.api import models
from eventcoder.api.coding import CodingService
from eventcoder.api.errors import ERROR_RESPONSES, ErrorResponse
from eventcoder.errors import RejectedInput, RejectReason
from eventcoder.records import Article, CodedArticle, InputFormat, Origin, content_hash, stable_id

router = APIRouter(
    responses=ERROR_RESPONSES
    | {
        413: {"model": ErrorResponse, "description": "body over the size limit"},
        503: {"model": ErrorResponse, "description": "coding is off on this server"},
        504: {"model": ErrorResponse, "description": "coding took longer than the time limit"},
    }
)


def article_from_request(body: models.CodeRequest) -> Article:
    """The posted text as an ``Article`` (whitespace-only text is a reject, as in ingest)."""
    text = body.text.replace("\r\n", "\n")
    if not text.strip():
        raise RejectedInput(RejectReason.EMPTY, "the posted text is empty after cleaning")
    digest = content_hash(text)
    return Article(
        id=stable_id("api", digest),
        text=text,
        title=body.title,
        date=body.date.isoformat() if body.date else None,
        url=body.url,
        source=body.source,
        origin=Origin("<api>"),
        input_format=InputFormat.TEXT,
        content_hash=digest,
    )


def coded_to_json(coded: CodedArticle) -> dict[str, Any]:
    """A ``CodedArticle`` in the same shape as ``GET /articles/{id}``."""
    return {
        "article": coded.article.to_dict(),
        "sentences": [{"doc_id": coded.article.id, **_plain(s.__class__, s)} for s in coded.sentences],
        "actors": [_plain(a.__class__, a) for a in coded.actors],
        "events": [e.to_dict() for e in coded.events],
        "quotes": [q.to_dict() for q in coded.quotes],
        "places": [_plain(p.__class__, p) for p in coded.places],
        "discarded": coded.discarded,
    }


def _plain(cls: type, record: object) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in cls.__slots__:  # type: ignore[attr-defined]
        value = getattr(record, name)
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


@router.post("/code", response_model=models.ArticleBundle, tags=["code"])
async def code_text(body: models.CodeRequest, request: Request) -> dict[str, Any]:
    """Code posted text (JSON ``{"text": ..., "date": "YYYY-MM-DD"}``) without storing it.

    The body is limited in size (413 beyond it) and coding in time (504 beyond it); the pipeline is
    loaded on the first call, which therefore takes longer.
    """
    service: CodingService = request.app.state.coding
    coded = await service.code(article_from_request(body))
    return coded_to_json(coded)
