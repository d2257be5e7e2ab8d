"""Throughput and scale-out: a process pool for one machine, Dask and Parquet parts for many."""

from eventcoder.scale.pool import (
    ParallelPipeline,
    PipelineInfo,
    WorkerFailed,
    auto_workers,
    default_workers,
    local_pipeline,
    pipeline_info,
)

__all__ = [
    "ParallelPipeline",
    "PipelineInfo",
    "WorkerFailed",
    "auto_workers",
    "default_workers",
    "local_pipeline",
    "pipeline_info",
]
