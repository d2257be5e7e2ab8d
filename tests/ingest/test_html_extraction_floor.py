"""Floors for HTML extraction on ../shared/data/html_pages (bench/html_extraction.py); floors may only rise."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from shared_data import shared_path

MICRO_F1_FLOOR = 0.983
MEAN_F1_FLOOR = 0.976


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "html_extraction.py"
    spec = importlib.util.spec_from_file_location("bench_html_extraction", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_eventcoder_extraction_beats_plain_trafilatura_and_keeps_its_floor() -> None:
    bench = _bench()
    pages = bench.load_pages(shared_path("html_pages"))
    ours, _ = bench.evaluate(pages, bench.eventcoder_cleaned)
    plain, _ = bench.evaluate(pages, bench.plain_trafilatura)
    assert ours["micro_f1"] >= MICRO_F1_FLOOR
    assert ours["mean_f1"] >= MEAN_F1_FLOOR
    assert ours["micro_f1"] > plain["micro_f1"]
    assert ours["mean_f1"] > plain["mean_f1"]
