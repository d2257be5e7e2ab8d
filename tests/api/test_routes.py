"""Every read route over the sample store: filters, pagination, shapes, spans that point into the text."""

from __future__ import annotations

import re
from typing import Any

from api.sample_store import PHONE_CALL, SEED_TEXT


def test_events_lists_every_event_by_date_with_spans_as_pairs(client: Any) -> None:
    body = client.get("/events").json()
    assert body["total"] == 7
    days = [e["day"] for e in body["items"]]
    assert days == sorted(days)
    first = body["items"][0]
    assert first["cameo"] == "041"
    start, end = first["verb_span"]
    assert SEED_TEXT[start:end] == PHONE_CALL
    assert first["article_title"] == SEED_TEXT.split("\n")[0]
    assert first["cameo_name"] == "Discuss by telephone"
    assert body["items"][-1]["cameo_name"] is None  # a code the injected table does not name


def test_events_filters_combine(client: Any) -> None:
    by_dyad = client.get("/events", params={"dyad": "TUR,USA"}).json()
    assert by_dyad["total"] == 4
    assert {(e["source"][:3], e["target"][:3]) for e in by_dyad["items"]} == {("TUR", "USA"), ("USA", "TUR")}
    one_way = client.get("/events", params={"source": "tur", "target": "USA"}).json()
    assert {e["cameo"] for e in one_way["items"]} == {"041", "040"}
    conflict = client.get("/events", params={"actor": "RUS", "quad_class": 3}).json()
    assert [e["cameo"] for e in conflict["items"]] == ["126", "120"]
    week = client.get("/events", params={"since": "2021-12-20", "until": "2021-12-26", "root": "11"}).json()
    assert [e["cameo"] for e in week["items"]] == ["112"]
    found = client.get("/events", params={"text": "TELEPHONE", "code": "04"}).json()
    assert found["total"] == 2
    assert client.get("/events", params={"doc_id": "letter", "min_confidence": 0.95}).json()["total"] == 0


def test_events_paginate_with_next_offset_until_the_last_page(client: Any) -> None:
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        body = client.get("/events", params={"limit": 3, "offset": offset}).json()
        assert len(body["items"]) <= 3
        seen += [e["event_id"] for e in body["items"]]
        offset = body["next_offset"]
    assert len(seen) == len(set(seen)) == 7
    past_end = client.get("/events", params={"offset": 100}).json()
    assert past_end["items"] == [] and past_end["next_offset"] is None


def test_dyad_timeline_gives_both_directions_per_week(client: Any) -> None:
    body = client.get("/dyads/TUR/usa", params={"by": "week"}).json()
    assert (body["a"], body["b"], body["by"]) == ("TUR", "USA", "week")
    forward, backward = body["directions"]
    assert (forward["source"], forward["target"], forward["total_events"]) == ("TUR", "USA", 2)
    assert (backward["source"], backward["target"], backward["total_events"]) == ("USA", "TUR", 2)
    call_week = forward["periods"][0]
    assert (call_week["period"], call_week["period_end"]) == ("2021-12-13", "2021-12-19")
    assert call_week["quad_counts"] == [1, 0, 0, 0]
    assert call_week["top_codes"] == [{"code": "041", "count": 1}]
    accusation = backward["periods"][1]
    assert accusation["quad_counts"] == [0, 0, 1, 0]
    assert accusation["goldstein_mean"] == -2.0


def test_dyad_timeline_by_month_sums_the_weeks(client: Any) -> None:
    body = client.get("/dyads/TUR/USA", params={"by": "month"}).json()
    months = body["directions"][0]["periods"]
    assert [(p["period"], p["period_end"], p["events"]) for p in months] == [("2021-12-01", "2021-12-31", 2)]


def test_dyads_lists_the_busiest_pairs_without_domestic_ones(client: Any) -> None:
    body = client.get("/dyads").json()
    pairs = [(d["source"], d["target"], d["events"]) for d in body["items"]]
    assert pairs[0][2] >= pairs[-1][2]
    assert ("TUR", "USA", 2) in pairs
    assert all(s != t for s, t, _ in pairs)
    by_actor = client.get("/dyads", params={"level": "actor", "limit": 1}).json()
    assert len(by_actor["items"]) == 1 and by_actor["next_offset"] == 1


def test_actors_by_code_and_by_country(client: Any) -> None:
    codes = {a["code"] for a in client.get("/actors").json()["items"]}
    assert {"TURGOV", "USAGOV", "RUSGOV", "UKRGOV", "TUR", "USA"} <= codes
    countries = client.get("/actors", params={"level": "country"}).json()["items"]
    tur = next(a for a in countries if a["code"] == "TUR")
    assert (tur["name"], tur["events_as_source"], tur["events_as_target"]) == ("Turkey", 3, 4)
    usagov = next(a for a in client.get("/actors").json()["items"] if a["code"] == "USAGOV")
    assert usagov["name"] == "Antony Blinken"  # tied with "United States": the alphabetical first, every time
    blinken = client.get("/actors", params={"text": "blinken"}).json()["items"]
    assert [a["code"] for a in blinken] == ["USAGOV"]
    united = client.get("/actors", params={"text": "united"}).json()["items"]
    assert "USAGOV" in [a["code"] for a in united]


def test_actor_profile_covers_the_codes_under_a_prefix(client: Any) -> None:
    body = client.get("/actors/tur").json()
    assert body["code"] == "TUR"
    assert {c["code"] for c in body["codes"]} == {"TUR", "TURGOV"}
    assert (body["first_day"], body["last_day"]) == ("2021-12-13", "2021-12-22")
    partners = {p["actor"]: p for p in body["partners"]}
    assert (partners["USA"]["as_source"], partners["USA"]["as_target"]) == (2, 2)


def test_article_has_its_text_and_the_spans_of_everything_coded(client: Any) -> None:
    body = client.get("/articles/seed").json()
    text = body["article"]["text"]
    assert text == SEED_TEXT
    for sentence in body["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    for mention in body["actors"]:
        assert text[mention["span"][0] : mention["span"][1]] == mention["mention"]
    for event in body["events"]:
        assert text[event["span"][0] : event["span"][1]] == event["sentence"]
    quote = body["quotes"][0]
    assert text[quote["content_span"][0] : quote["content_span"][1]] == quote["content"]
    assert "run_id" not in body["article"]


def test_quotes_filter_by_speaker_actor_and_text(client: Any) -> None:
    everything = client.get("/quotes").json()["items"]
    assert [q["speaker"] for q in everything] == ["Dmytro Kuleba"]
    assert everything[0]["date"] == "2021-12-15"
    assert client.get("/quotes", params={"actor": "UKR", "text": "welcome"}).json()["items"] != []
    assert client.get("/quotes", params={"speaker": "Peskov"}).json()["items"] == []


def test_stats_counts_the_store(client: Any) -> None:
    body = client.get("/stats").json()
    assert body["counts"]["articles"] == 3
    assert body["counts"]["events"] == 7
    assert (body["first_day"], body["last_day"]) == ("2021-12-13", "2021-12-22")


def test_dashboard_page_and_its_assets_are_served_with_a_strict_policy(client: Any) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert '<script type="module" src="/static/app.js' in page.text
    for asset in ("app.js", "charts.js", "highlight.js", "dom.js", "api.js", "app.css"):
        assert client.get(f"/static/{asset}").status_code == 200


def test_openapi_docs_are_served_without_a_cdn(client: Any) -> None:
    for path in ("/docs", "/redoc"):
        docs = client.get(path)
        assert docs.status_code == 200
        assert "cdn" not in docs.text.lower() and "googleapis" not in docs.text.lower()
        for asset in re.findall(r'(?:src|href)="(/[^"]+)"', docs.text):
            assert client.get(asset).status_code == 200, asset
    spec = client.get("/openapi.json").json()
    assert {"/events", "/dyads", "/dyads/{a}/{b}", "/actors", "/actors/{code}", "/articles/{doc_id}"} <= set(
        spec["paths"]
    )
    assert {"/quotes", "/stats", "/code"} <= set(spec["paths"])
