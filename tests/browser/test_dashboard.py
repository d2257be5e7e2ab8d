"""The dashboard in a real browser: timeline points, click-through to the evidence, escaping, network."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from api.sample_store import HOSTILE_TITLE, PHONE_CALL, SEED_TEXT, SEED_URL

pytestmark = pytest.mark.browser
# Playwright's locator assertions poll without eval(), which the dashboard's CSP forbids.
expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect

SEED_TITLE = SEED_TEXT.split("\n")[0]
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "dashboard.png"
PHONE_CALL_EVIDENCE = "had a telephone interview on Monday"


def open_dyad(page: Any, a: str, b: str) -> None:
    page.goto(f"/#a={a}&b={b}&by=week")
    page.wait_for_selector("body[data-ready='1']")
    page.wait_for_selector("#goldstein-chart circle.point")


def click_point(page: Any, source: str, target: str, start: str) -> None:
    point = page.locator(
        f"circle.point[data-source='{source}'][data-target='{target}'][data-start='{start}']"
    )
    point.click()
    page.wait_for_selector("#events-table tr.event-row")


def test_tur_usa_timeline_has_points_in_both_directions(page: Any) -> None:
    open_dyad(page, "TUR", "USA")
    assert page.locator("circle.point[data-source='TUR'][data-target='USA']").count() == 2
    assert page.locator("circle.point[data-source='USA'][data-target='TUR']").count() == 2
    assert page.locator("#quad-chart rect.bar").count() >= 4
    page.select_option("#by", "month")  # both weeks fall in December 2021: one point per direction
    expect(page.locator("circle.point[data-source='TUR'][data-target='USA']")).to_have_count(1)
    assert page.locator("circle.point[data-source='TUR']").get_attribute("data-start") == "2021-12-01"
    assert page.url.endswith("by=month")
    assert page.page_errors == []


def test_clicking_the_phone_call_week_shows_the_seed_article_with_the_call_highlighted(
    page: Any, tmp_path: Path
) -> None:
    open_dyad(page, "TUR", "USA")
    click_point(page, "TUR", "USA", "2021-12-13")
    rows = page.locator("#events-table tr.event-row")
    assert rows.count() == 1
    assert "041" in rows.first.inner_text()
    page.wait_for_selector("#article-text mark.hl-verb")
    assert page.text_content("#article-title") == SEED_TITLE
    assert page.locator("#article-text mark.hl-verb").inner_text() == PHONE_CALL
    assert page.locator("#article-text mark.hl-source").inner_text() == "Mevlüt Çavuşoğlu"
    assert page.locator("#article-text mark.hl-target").inner_text() == "Antony Blinken"
    assert page.text_content("#article-text") == SEED_TEXT
    assert page.get_attribute("#article-meta a", "href") == SEED_URL
    assert page.page_errors == []
    page.screenshot(path=str(tmp_path / "sample.png"), full_page=True)
    assert (tmp_path / "sample.png").stat().st_size > 10_000


def test_hostile_article_renders_as_text_and_runs_nothing(page: Any) -> None:
    open_dyad(page, "TUR", "RUS")
    click_point(page, "TUR", "RUS", "2021-12-20")
    page.wait_for_selector("#article-text mark.hl-verb")
    assert page.text_content("#article-title") == HOSTILE_TITLE
    assert "<script>" in page.text_content("#article-text")
    assert '<img src=x onerror="window.__xss = 2">' in page.text_content("#article-text")
    assert page.locator("#article-panel script, #article-panel img, #article-panel b").count() == 0
    assert page.locator("#article-meta a").count() == 0  # a javascript: URL gets no link
    assert page.evaluate("window.__xss") is None
    assert page.title() == "eventcoder dashboard"
    assert page.page_errors == []


def test_search_lists_matching_events_as_text(page: Any) -> None:
    page.goto("/")
    page.wait_for_selector("body[data-ready='1']")
    page.fill("#search-q", "onerror")
    page.press("#search-q", "Enter")
    page.wait_for_selector("#events-table tr.event-row")
    assert "Search: onerror" in page.text_content("#events-title")
    assert page.locator("#events-table img").count() == 0
    assert page.evaluate("window.__xss") is None


def test_network_shows_busiest_dyads_and_an_edge_opens_its_timeline(page: Any) -> None:
    page.goto("/")
    page.wait_for_selector("body[data-ready='1']")
    edges = page.locator("#network-chart line.edge")
    assert edges.count() == 2  # RUS–TUR and TUR–USA (domestic dyads left out)
    page.locator("#network-chart line.edge[data-source='TUR'][data-target='USA']").click(force=True)
    expect(page.locator("#timeline-title")).to_have_text(re.compile("^TUR ↔ USA"))
    page.wait_for_selector("#goldstein-chart circle.point")
    assert page.page_errors == []


def test_network_nodes_pick_the_two_sides_of_a_dyad(page: Any) -> None:
    page.goto("/")
    page.wait_for_selector("body[data-ready='1']")
    page.locator("#network-chart circle.node[data-actor='RUS']").click()
    assert page.input_value("#actor-a") == "RUS"
    page.locator("#network-chart circle.node[data-actor='TUR']").click()
    expect(page.locator("#timeline-title")).to_have_text(re.compile("^RUS ↔ TUR"))
    assert page.locator("#goldstein-chart circle.point[data-source='RUS']").count() == 2


def test_events_beyond_the_first_page_come_with_show_more(browser: Any, busy_url: str) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=busy_url)
    page = context.new_page()
    page.goto("/#a=TUR&b=USA&by=week")
    page.wait_for_selector("body[data-ready='1']")
    page.locator("#goldstein-chart circle.point[data-source='TUR']").click()
    page.wait_for_selector("#events-table tr.event-row")
    assert page.locator("#events-table tr.event-row").count() == 100
    assert page.text_content("#events-count") == "100 of 120"
    page.click("#events-more button")
    expect(page.locator("#events-table tr.event-row")).to_have_count(120)
    assert page.text_content("#events-count") == "120 of 120"
    assert page.locator("#events-more button").count() == 0
    ids = page.eval_on_selector_all("#events-table tr.event-row", "rows => rows.map(r => r.dataset.eventId)")
    assert len(set(ids)) == 120
    context.close()


@pytest.mark.model
@pytest.mark.slow
def test_examples_store_tur_usa_timeline_leads_to_the_seed_phone_call(
    browser: Any, examples_url: str
) -> None:
    """The store ``eventcoder ingest examples`` builds: the TUR→USA point, its 041 event, the seed article."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=examples_url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto("/#a=TUR&b=USA&by=week")
    page.wait_for_selector("body[data-ready='1']")
    points = page.locator("#goldstein-chart circle.point[data-source='TUR'][data-target='USA']")
    points.first.wait_for()
    assert points.count() >= 1
    points.first.click()
    call = page.locator("#events-table tr.event-row", has_text="041").first
    call.wait_for()
    call.click()
    page.wait_for_selector("#article-text mark.hl-verb")
    assert page.text_content("#article-title") == SEED_TITLE
    verb = page.locator("#article-text mark.hl-verb").first.inner_text()
    assert "telephone" in verb and verb in PHONE_CALL_EVIDENCE
    assert errors == []
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    context.close()


def test_api_docs_render_offline(page: Any) -> None:
    """Swagger UI comes from the server itself: the page renders the spec with no other host reachable."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "eventcoder" in page.text_content(".swagger-ui .info .title")
    assert page.locator(".opblock-summary-path", has_text="/dyads/{a}/{b}").count() == 1
    base = page.url.split("/docs")[0]
    assert requested and all(url.startswith(base) or url.startswith("data:") for url in requested)
