"""The app factory: the JSON API and the dashboard over one store, read-only.

Resources are injected: the store path (opened read-only on first use) and a factory for the pipeline
that ``POST /code`` loads once, lazily. Tests pass a fake pipeline factory; ``eventcoder serve`` passes
``build_pipeline``. Swagger UI (``/docs``) and ReDoc (``/redoc``) are served from a PyPI package's
files (fastapi-offline), so the docs, like the dashboard, work without internet access.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from eventcoder import __version__
from eventcoder.api import code_route, routes
from eventcoder.api.coding import CodingService, PipelineFactory
from eventcoder.api.errors import install_error_handlers
from eventcoder.api.limits import BodySizeLimit
from eventcoder.api.store_access import StoreHolder
from eventcoder.web import dashboard

DESCRIPTION = """
Read-only access to an eventcoder store (events, dyad timelines, actors, articles with the spans of
everything coded from them, quotes, stats) and `POST /code` to code a text without storing it.
Every error has the shape `{"error": {"code", "message", "hint"}}`. The dashboard is at `/`.
"""


@dataclass(frozen=True, slots=True)
class ApiSettings:
    """Limits of the HTTP API."""

    max_body_bytes: int = 1_000_000  # POST bodies over this get 413
    code_timeout_s: float = 60.0  # POST /code answers 504 after this


def create_app(
    store_path: str | os.PathLike[str],
    pipeline_factory: PipelineFactory | None = None,
    settings: ApiSettings | None = None,
    code_names: Mapping[str, str] | None = None,
) -> FastAPI:
    """Build the app over the store at ``store_path``.

    ``pipeline_factory`` builds the pipeline for ``POST /code`` (None: that route answers 503);
    ``code_names`` maps CAMEO codes to their names, added to events as ``cameo_name``.
    """
    settings = settings or ApiSettings()
    store = StoreHolder(store_path)
    coding = CodingService(pipeline_factory, timeout_s=settings.code_timeout_s)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            coding.close()
            store.close()

    app = FastAPIOffline(
        title="eventcoder",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        favicon_url="/static/favicon.svg",
    )
    app.state.store = store
    app.state.coding = coding
    app.state.settings = settings
    app.state.code_names = dict(code_names or {})
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.include_router(routes.router)
    app.include_router(code_route.router)
    dashboard.mount(app)

    @app.get("/health", tags=["store"])
    def health() -> dict[str, object]:
        """Liveness: the server answers (does not open the store)."""
        return {"status": "ok", "version": __version__, "pipeline_loaded": coding.loaded}

    return app
