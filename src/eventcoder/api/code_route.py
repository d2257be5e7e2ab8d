"""``POST /code``: code a posted text and return everything the pipeline found. Nothing is stored."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from eventcoder.api import models
from eventcoder.api.coding import CodingService
from eventcoder.api.errors import ERROR_RESPONSES, ErrorResponse
from eventcoder.records import CodedArticle

router = APIRouter(
    responses=ERROR_RESPONSES
    | {
        413: {"model": ErrorResponse, "description": "body over the size limit"},
        503: {"model": ErrorResponse, "description": "coding is off on this server"},
        504: {"model": ErrorResponse, "description": "coding took longer than the time limit"},
    }
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

    The text is cleaned and checked as in ``eventcoder ingest`` (422 with the reject reason when it is
    empty after cleaning or not English). The body is limited in size (413 beyond it) and coding in time (504 beyond it); the pipeline is
    loaded on the first call, which therefore takes longer.
    """
    service: CodingService = request.app.state.coding
    coded = await service.code(body)
    return coded_to_json(coded)
