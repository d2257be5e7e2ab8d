"""One JSON error shape for every error the HTTP API returns.

Every error, whether raised by a route, by request validation, by routing
(404/405), by the body-size guard (413) or by a bug (500), leaves as::

    {"error": {"code": "not_found", "message": "...", "hint": "..."}}

``code`` is a stable string a client can branch on; ``message`` says what went
wrong in one line; ``hint`` says what to do about it (may be empty).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventcoder.errors import ConfigError, EventcoderError, RejectedInput, StoreError

log = logging.getLogger(__name__)

# Stable codes for HTTP-level errors; eventcoder errors keep their own E-codes.
HTTP_CODES: dict[int, tuple[str, str]] = {
    400: ("bad_request", "Check the request syntax."),
    404: ("not_found", "See /docs for the routes and their parameters."),
    405: ("method_not_allowed", "See /docs for the methods each route accepts."),
    413: ("payload_too_large", "Send a smaller body."),
    415: ("unsupported_media_type", "Send JSON, or the text itself as text/plain."),
    422: ("invalid_request", "See /docs for the parameters this route accepts."),
    500: ("internal_error", "This is a bug in eventcoder; the server log has the traceback."),
    503: ("unavailable", "Try again later."),
    504: ("timeout", "Send a shorter text or try again later."),
}


class ErrorBody(BaseModel):
    code: str
    message: str
    hint: str


class ErrorResponse(BaseModel):
    """The shape of every error response (documented in the OpenAPI spec)."""

    error: ErrorBody


class ApiError(Exception):
    """An error a route raises on purpose, with its HTTP status."""

    def __init__(
        self, status: int, message: str, *, code: str | None = None, hint: str | None = None
    ) -> None:
        super().__init__(message)
        default_code, default_hint = HTTP_CODES.get(status, (f"http_{status}", ""))
        self.status = status
        self.code = code or default_code
        self.message = message
        self.hint = default_hint if hint is None else hint


def error_response(status: int, code: str, message: str, hint: str = "") -> JSONResponse:
    body = {"error": {"code": code, "message": message, "hint": hint}}
    return JSONResponse(body, status_code=status)


def http_error_response(status: int, message: str) -> JSONResponse:
    code, hint = HTTP_CODES.get(status, (f"http_{status}", ""))
    return error_response(status, code, message, hint)


def eventcoder_status(exc: EventcoderError) -> int:
    """The HTTP status an eventcoder error maps to."""
    if isinstance(exc, RejectedInput | ConfigError):
        return 422
    if isinstance(exc, StoreError):  # StoreLockedError included: the store cannot be read now
        return 503
    return 500


def _validation_message(errors: list[Any]) -> str:
    parts = []
    for err in errors[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    more = f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
    return "; ".join(parts) + more


async def _on_api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.hint)


async def _on_http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    default = HTTP_CODES.get(status, ("", ""))[0].replace("_", " ") or "error"
    message = exc.detail if isinstance(exc.detail, str) and exc.detail else default
    if status == 404 and message == "Not Found":
        message = f"no route or resource at {request.url.path}"
    if status == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    response = http_error_response(status, message)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return http_error_response(422, _validation_message(list(exc.errors())))


async def _on_eventcoder_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EventcoderError)
    status = eventcoder_status(exc)
    if status == 500:
        log.error("eventcoder error on %s: %s", request.url.path, exc)
    message = f"{exc.reason.value}: {exc.message}" if isinstance(exc, RejectedInput) else exc.message
    return error_response(status, exc.code, message, exc.hint)


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return http_error_response(500, f"internal error while handling {request.method} {request.url.path}")


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of error through the one JSON shape."""
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_exception)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(EventcoderError, _on_eventcoder_error)
    app.add_exception_handler(Exception, _on_unexpected)


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": code.replace("_", " ")}
    for status, (code, _) in HTTP_CODES.items()
    if status in (404, 422, 500, 503)
}
