"""The HTTP API: a FastAPI app factory over a store, read-only, plus ``POST /code``."""

from eventcoder.api.app import ApiSettings, create_app

__all__ = ["ApiSettings", "create_app"]
