"""The DuckDB store: schema and migrations, transactional idempotent writes, queries and exports."""

from eventcoder.store.dedupe import Dedupe
from eventcoder.store.export import ExportFormat, export
from eventcoder.store.ingest import IngestSummary, ingest
from eventcoder.store.queries import DyadPeriod, EventFilter, StoreStats
from eventcoder.store.store import DEFAULT_DB, BatchCounts, RunInfo, Store

__all__ = [
    "DEFAULT_DB",
    "BatchCounts",
    "Dedupe",
    "DyadPeriod",
    "EventFilter",
    "ExportFormat",
    "IngestSummary",
    "RunInfo",
    "Store",
    "StoreStats",
    "export",
    "ingest",
]
