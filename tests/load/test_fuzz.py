"""Issue 9 item 3: schemathesis against the app's own OpenAPI spec finds no 5xx.

The app runs in-process (ASGI) over the sample store of tests/api (with its hostile article) and the
fake pipeline for ``POST /code``; every operation of the spec gets a bounded number of generated
requests, valid and invalid (wrong types, out-of-range numbers, odd strings in paths and queries).
Every error answer must have the API's one JSON error shape.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from api.fakes import FakeFactory
from api.sample_store import build_sample_store
from eventcoder.api import ApiSettings, create_app

EXAMPLES_PER_OPERATION = 15  # per operation and per mode (valid requests, invalid requests)


@pytest.mark.slow
def test_no_generated_request_gives_a_server_error(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    store = build_sample_store(tmp_path_factory.mktemp("fuzz") / "sample.duckdb")
    app = create_app(store, FakeFactory(), ApiSettings(max_body_bytes=10_000, code_timeout_s=10.0))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    statuses: Counter[int] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9

    for operation, mode in [
        (op, m) for op in operations for m in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    ]:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def call(case: Any) -> None:
            response = case.call()
            statuses[response.status_code] += 1
            where = f"{case.method} {case.formatted_path} {case.query} {case.body!r:.200}"
            assert response.status_code < 500, f"{where}: {response.text[:300]}"
            if response.status_code >= 400:
                error = response.json()["error"]
                assert {"code", "message"} <= set(error), where

        try:
            call()
        except Unsatisfiable:  # no invalid request exists for an operation without parameters
            assert mode is GenerationMode.NEGATIVE, operation.label

    with capsys.disabled():
        print(f"\nschemathesis: {sum(statuses.values())} requests over {len(operations)} operations: "
              f"{dict(sorted(statuses.items()))}")  # fmt: skip
    assert sum(statuses.values()) >= 100 and not [s for s in statuses if s >= 500]
