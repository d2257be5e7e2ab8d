"""ParallelPipeline: workers that parse and code give what one process gives, in input order."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.errors import ModelNotFoundError
from eventcoder.factory import PipelineOptions, build_pipeline
from eventcoder.ingest import read_inputs
from eventcoder.records import Article
from eventcoder.scale import ParallelPipeline

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _articles() -> list[Article]:
    return [a for a in read_inputs([str(EXAMPLES)], default_date="2021-12-15") if isinstance(a, Article)]


@pytest.mark.model
@pytest.mark.slow
def test_two_workers_code_like_one_process_in_input_order() -> None:
    articles = _articles()
    assert len(articles) >= 4
    one = list(build_pipeline(PipelineOptions()).pipe(articles))
    with ParallelPipeline(PipelineOptions(), 2, chunk_size=1) as pool:
        info = pool.start()
        parallel = list(pool.pipe(articles))
        assert set(pool.peak_rss) == {0, 1}
        assert pool.stage_seconds["parse"] > 0
    assert [c.article.id for c in parallel] == [a.id for a in articles]
    assert parallel == one
    assert sum(len(c.events) for c in parallel) > 0
    assert info.model.startswith("en_")


@pytest.mark.slow
def test_a_worker_that_cannot_load_the_model_raises_its_error() -> None:
    pool = ParallelPipeline(PipelineOptions(model="no_such_spacy_model"), 1)
    with pytest.raises(ModelNotFoundError, match="no_such_spacy_model"):
        pool.start()
    assert not pool._processes  # closed on failure


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError):
        ParallelPipeline(PipelineOptions(), 0)


def test_settling_exempts_what_is_loaded_from_the_cyclic_collector() -> None:
    import gc

    from eventcoder.scale.pool import settle_loaded_resources

    loaded = [{"pattern": n} for n in range(1000)]  # stands for a pipeline's dictionaries
    try:
        settle_loaded_resources()
        assert gc.get_freeze_count() >= len(loaded)
    finally:
        gc.unfreeze()  # this test process goes on collecting as before
