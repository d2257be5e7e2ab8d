"""Queries against a store of fake events, checked against the events themselves computed in Python."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from eventcoder.errors import ConfigError
from eventcoder.records import Article, Event
from eventcoder.store import EventFilter, Store, queries
from store.fakes import code, make_items


def _all_events() -> list[Event]:
    return [e for item in make_items(60) if isinstance(item, Article) for e in code(item).events]


def test_filters_match_a_python_filter(filled: Store) -> None:
    events = _all_events()
    cases = {
        EventFilter(actor="TUR"): [e for e in events if "TUR" in (e.source, e.target)],
        EventFilter(dyad=("TUR", "USA")): [e for e in events if {e.source, e.target} == {"TUR", "USA"}],
        EventFilter(source="RUS", root="11"): [e for e in events if e.source == "RUS" and e.root == "11"],
        EventFilter(quad_class=4, since=date(2024, 3, 10)): [
            e for e in events if e.quad_class == 4 and e.date and e.date >= "2024-03-10"
        ],
        EventFilter(plover="accuse"): [e for e in events if e.plover == "ACCUSE"],
        EventFilter(text="ARTICLE 7:"): [e for e in events if "Article 7:" in e.sentence],
        EventFilter(code="19", until=date(2024, 3, 5)): [
            e for e in events if e.cameo.startswith("19") and e.date and e.date <= "2024-03-05"
        ],
    }
    for f, expected in cases.items():
        assert expected, f
        got = queries.events(filled.con, f, limit=1000)
        assert sorted(r["event_id"] for r in got) == sorted(e.event_id for e in expected), f
        assert queries.count_events(filled.con, f) == len(expected)


def test_hostile_filter_values_are_data_not_sql(filled: Store) -> None:
    for value in ("TUR' OR 1=1 --", "%", "_", '"; DROP TABLE events; --'):
        assert queries.events(filled.con, EventFilter(actor=value)) == []
        assert queries.events(filled.con, EventFilter(text=value)) == []
    assert queries.count_events(filled.con) == 120


def test_pagination_walks_every_event_once(filled: Store) -> None:
    seen: list[str] = []
    for offset in range(0, 200, 25):
        seen += [r["event_id"] for r in queries.events(filled.con, limit=25, offset=offset)]
    assert len(seen) == len(set(seen)) == 120
    with pytest.raises(ConfigError):
        queries.events(filled.con, limit=0)


def test_events_carry_their_article(filled: Store) -> None:
    row = queries.events(filled.con, EventFilter(doc_id="doc00003"), limit=1)[0]
    assert row["url"] == "https://news.example/3" and row["article_title"] == "Title 3"


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_dyad_counts_both_directions_per_period(filled: Store, by: str) -> None:
    periods = queries.dyad(filled.con, "TUR", "USA", by=by)
    dyad_events = [e for e in _all_events() if {e.source, e.target} == {"TUR", "USA"}]
    assert sum(p.events for p in periods) == len(dyad_events)
    assert sum(p.goldstein_sum for p in periods) == pytest.approx(sum(e.goldstein for e in dyad_events))
    for direction in (("TUR", "USA"), ("USA", "TUR")):
        mine = [e for e in dyad_events if (e.source, e.target) == direction]
        quads = Counter(e.quad_class for e in mine)
        got = [p for p in periods if (p.source, p.target) == direction]
        assert [sum(p.quad_counts[q - 1] for p in got) for q in (1, 2, 3, 4)] == [
            quads[q] for q in (1, 2, 3, 4)
        ]
    for p in periods:
        assert sum(p.quad_counts) == p.events
        assert p.top_codes and p.top_codes[0][1] == max(n for _, n in p.top_codes)
        assert p.goldstein_mean == pytest.approx(p.goldstein_sum / p.events)


def test_dyad_matches_code_prefixes(filled: Store) -> None:
    short = queries.dyad(filled.con, "TU", "US")
    assert [(p.period, p.events, p.top_codes) for p in short] == [
        (p.period, p.events, p.top_codes) for p in queries.dyad(filled.con, "TUR", "USA")
    ]
    with pytest.raises(ConfigError):
        queries.dyad(filled.con, "TUR", "USA", by="fortnight")


def test_stats_overview(filled: Store) -> None:
    s = queries.stats(filled.con)
    assert s.counts["events"] == 120 and s.counts["articles"] == 60 and s.counts["rejects"] == 6
    assert sum(s.events_by_quad.values()) == 120
    assert s.rejects_by_reason == {"empty": 6}
    assert s.first_day == date(2024, 3, 1)
    assert s.runs[0]["status"] == "completed"


def test_quotes_by_speaker_code(filled: Store) -> None:
    rows = queries.quotes(filled.con, actor="TUR", limit=100)
    assert len(rows) == 12
    assert all(r["content"] == "We will talk to everyone" and r["speaker_code"] == "TURGOV" for r in rows)
    assert queries.quotes(filled.con, actor="USA") == []


def test_article_with_children(filled: Store) -> None:
    doc = queries.article(filled.con, "doc00005")
    assert doc is not None
    assert len(doc["sentences"]) == 3 and len(doc["events"]) == 2 and len(doc["quotes"]) == 1
    for s in doc["sentences"]:
        assert doc["text"][s["start_char"] : s["end_char"]] == s["text"]
    assert queries.article(filled.con, "nope") is None


def test_articles_page_with_event_counts(filled: Store) -> None:
    page = queries.articles(filled.con, limit=10, offset=5)
    assert len(page) == 10 and all(r["n_events"] == 2 for r in page)
    assert "text" not in page[0] and "text" in queries.articles(filled.con, limit=1, with_text=True)[0]


def test_dyad_counts_from_the_index_equal_counts_from_the_events(filled: Store) -> None:
    for f in (
        EventFilter(dyad=("TUR", "USA")),
        EventFilter(dyad=("RUS", "FRA"), quad_class=1, since=date(2024, 3, 2)),
        EventFilter(dyad=("US", "UK"), code="1"),
    ):
        from_events = filled.con.execute(
            f"SELECT count(*) FROM events e WHERE {queries.where_clause(f)[0]}", queries.where_clause(f)[1]
        ).fetchone()
        assert (queries.count_events(filled.con, f),) == from_events
