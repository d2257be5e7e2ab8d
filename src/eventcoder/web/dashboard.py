"""The dashboard: one HTML page (a Jinja2 template) and its static JS/CSS, served by the API app.

The page's script builds everything from the JSON API with ``textContent`` and text nodes, never
HTML strings; the Content-Security-Policy on the page allows scripts from this origin only, so even
a slip could not run a script that came with an article.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from eventcoder import __version__

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=PackageLoader("eventcoder.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    return Jinja2Templates(env=env)


def mount(app: FastAPI) -> None:
    """Add ``/`` (the dashboard page) and ``/static`` (its assets) to ``app``."""
    templates = _templates()
    app.mount("/static", StaticFiles(packages=[("eventcoder.web", "static")]), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard_page(request: Request) -> HTMLResponse:
        response = templates.TemplateResponse(
            request, "dashboard.html", {"static_url": "/static", "version": __version__}
        )
        response.headers.update(SECURITY_HEADERS)
        return response
