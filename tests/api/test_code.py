"""``POST /code``: codes without storing, loads the pipeline once, and holds its size and time limits."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from api.fakes import FakeFactory, assert_error
from eventcoder.api import ApiSettings, create_app


def test_code_returns_the_coded_article_in_the_article_shape(client: Any, factory: Any) -> None:
    text = "Ankara proposed talks.\n\nNothing else happened."
    response = client.post("/code", json={"text": text, "date": "2021-12-15", "title": "Talks"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["article"]["text"] == text
    assert (body["article"]["date"], body["article"]["title"]) == ("2021-12-15", "Talks")
    mention = body["actors"][0]
    assert (mention["code"], text[mention["span"][0] : mention["span"][1]]) == ("TURGOV", "Ankara")
    assert [s["text"] for s in body["sentences"]] == text.split("\n\n")
    assert factory.pipeline.seen[0].text == text


def test_pipeline_is_loaded_once_and_only_when_first_needed(client: Any, factory: Any) -> None:
    assert factory.calls == 0
    assert client.get("/health").json()["pipeline_loaded"] is False
    for _ in range(3):
        assert client.post("/code", json={"text": "Ankara spoke."}).status_code == 200
    assert factory.calls == 1
    assert client.get("/health").json()["pipeline_loaded"] is True


def test_code_stores_nothing(client: Any) -> None:
    before = client.get("/stats").json()["counts"]
    assert client.post("/code", json={"text": "Ankara spoke again."}).status_code == 200
    assert client.get("/stats").json()["counts"] == before


def test_bad_code_bodies_are_422(client: Any) -> None:
    assert_error(client.post("/code", json={}), 422, "invalid_request")
    assert_error(client.post("/code", json={"text": ""}), 422, "invalid_request")
    assert_error(client.post("/code", json={"text": "x", "date": "15/12/2021"}), 422, "invalid_request")
    assert_error(client.post("/code", json={"text": "x", "colour": "red"}), 422, "invalid_request")
    assert_error(
        client.post("/code", content=b"{not json", headers={"content-type": "application/json"}),
        422,
        "invalid_request",
    )
    assert_error(client.post("/code", json=["a list"]), 422, "invalid_request")


def test_blank_text_is_rejected_with_the_reject_reason(client: Any) -> None:
    error = assert_error(client.post("/code", json={"text": " \n\t "}), 422, "E008")
    assert error["message"].startswith("empty:")


def test_text_in_another_language_is_rejected_as_ingest_would(client: Any, factory: Any) -> None:
    german = (
        "Der türkische Außenminister und sein amerikanischer Amtskollege haben am Montag miteinander "
        "telefoniert und über die Spannungen zwischen Russland und der Ukraine gesprochen."
    )
    error = assert_error(client.post("/code", json={"text": german}), 422, "E008")
    assert error["message"].startswith("not_english:")
    assert factory.pipeline.seen == []


def test_posted_text_is_cleaned_like_ingested_text(client: Any) -> None:
    text = "Ankara  proposed\u00a0talks on Monday.\n\nYou can unsubscribe anytime. By signing up, you agree to our terms."
    body = client.post("/code", json={"text": text}).json()
    assert body["article"]["text"] == "Ankara proposed talks on Monday."


def test_chunked_oversized_body_is_413(client: Any) -> None:
    def chunks() -> Any:
        for _ in range(30):
            yield b"x" * 1000

    response = client.post("/code", content=chunks(), headers={"content-type": "application/json"})
    assert_error(response, 413, "payload_too_large")


def test_slow_coding_is_504_after_the_time_limit(sample_store: Path) -> None:
    from fastapi.testclient import TestClient

    factory = FakeFactory()
    factory.pipeline.release = threading.Event()
    app = create_app(sample_store, factory, ApiSettings(code_timeout_s=0.3))
    with TestClient(app, raise_server_exceptions=False) as c:
        error = assert_error(c.post("/code", json={"text": "Ankara waits."}), 504, "timeout")
        factory.pipeline.release.set()
    assert "0.3" in error["message"]


def test_server_without_a_pipeline_answers_503(sample_store: Path) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(sample_store, None), raise_server_exceptions=False) as c:
        assert_error(c.post("/code", json={"text": "Ankara."}), 503, "unavailable")


def test_code_takes_the_text_itself_as_plain_text_with_the_fields_in_the_query(client: Any) -> None:
    text = "Ankara proposed talks."
    response = client.post(
        "/code?date=2021-12-15&title=Talks",
        content=text.encode("utf-8"),
        headers={"content-type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 200, response.text
    article = response.json()["article"]
    assert (article["text"], article["date"], article["title"]) == (text, "2021-12-15", "Talks")


def test_bad_plain_text_and_other_media_types_are_clear_errors(client: Any) -> None:
    plain = {"content-type": "text/plain"}
    assert_error(client.post("/code", content=b"", headers=plain), 422, "invalid_request")
    assert_error(
        client.post("/code", content="Ankara".encode("utf-16"), headers=plain), 422, "invalid_request"
    )
    assert_error(
        client.post("/code?date=15/12/2021", content=b"Ankara.", headers=plain), 422, "invalid_request"
    )
    # with JSON the fields belong in the body: a query field would be silently ignored otherwise
    error = assert_error(
        client.post("/code?date=2021-12-15", json={"text": "Ankara."}), 422, "invalid_request"
    )
    assert "date" in error["message"]
    xml = {"content-type": "application/xml"}
    error = assert_error(client.post("/code", content=b"<text/>", headers=xml), 415, "unsupported_media_type")
    assert "application/xml" in error["message"]


def test_the_openapi_spec_documents_both_bodies_of_code(client: Any) -> None:
    body = client.get("/openapi.json").json()["paths"]["/code"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "text/plain"}
    assert "text" in body["application/json"]["schema"]["properties"]
