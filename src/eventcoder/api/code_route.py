"""``POST /code``: code a posted text and return everything the pipeline found. Nothing is stored."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from eventcoder.api import models
from eventcoder.api.coding import CodingService
from eventcoder.api.errors import ERROR_RESPONSES, ApiError, ErrorResponse
from eventcoder.records import CodedArticle

router = APIRouter(
    responses=ERROR_RESPONSES
    | {
        413: {"model": ErrorResponse, "description": "body over the size limit"},
        415: {"model": ErrorResponse, "description": "a body neither JSON nor plain text"},
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


_JSON = "application/json"
_PLAIN = "text/plain"
# the request body documented by hand: the route reads JSON or plain text itself
_REQUEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            _JSON: {"schema": models.CodeRequest.model_json_schema()},
            _PLAIN: {"schema": {"type": "string", "description": "The article text, UTF-8."}},
        },
    }
}


@router.post("/code", response_model=models.ArticleBundle, tags=["code"], openapi_extra=_REQUEST_BODY)
async def code_text(
    request: Request,
    date: str | None = Query(None, description="Publication date, YYYY-MM-DD (plain-text bodies only)."),
    title: str | None = Query(None, description="Title (plain-text bodies only)."),
    url: str | None = Query(None, description="Address of the article (plain-text bodies only)."),
    source: str | None = Query(None, description="Publisher (plain-text bodies only)."),
) -> dict[str, Any]:
    """Code posted text without storing it: JSON ``{"text": ..., "date": "YYYY-MM-DD"}``, or the text
    itself as ``text/plain`` with the other fields in the query (``curl --data-binary @article.txt
    -H 'Content-Type: text/plain' '.../code?date=2021-12-15'``).

    The text is cleaned and checked as in ``eventcoder ingest`` (422 with the reject reason when it is
    empty after cleaning or not English). The body is limited in size (413 beyond it) and coding in
    time (504 beyond it); the pipeline is loaded on the first call, which therefore takes longer.
    Another content type is 415.
    """
    fields = {"date": date, "title": title, "url": url, "source": source}
    body = await _code_request(request, {k: v for k, v in fields.items() if v is not None})
    service: CodingService = request.app.state.coding
    coded = await service.code(body)
    return coded_to_json(coded)


async def _code_request(request: Request, query: dict[str, str]) -> models.CodeRequest:
    """The request's body as a ``CodeRequest``, validated as FastAPI would (422 with the reasons)."""
    media = request.headers.get("content-type", _JSON).split(";")[0].strip().lower()
    raw = await request.body()
    try:
        if media == _PLAIN:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ApiError(
                    422, "a text/plain body must be UTF-8", hint="Re-encode the file as UTF-8."
                ) from exc
            return models.CodeRequest.model_validate({"text": text, **query})
        if media == _JSON or media.endswith("+json"):
            if query:
                raise ApiError(
                    422,
                    f"with a JSON body, give {', '.join(sorted(query))} in the body, not in the query",
                    hint='Send {"text": ..., "date": "YYYY-MM-DD"}, or the text as text/plain.',
                )
            return models.CodeRequest.model_validate_json(raw)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False)) from exc
    raise ApiError(415, f"POST /code reads {_JSON} or {_PLAIN}, not {media}")
