"""`eventcoder ingest` exactly as the CLI runs it, with the fake coder of tests/store in place of spaCy.

``python -m faults.fake_ingest [--delay S] INGEST-ARGS...`` (with ``tests/`` on PYTHONPATH): the readers,
the intake, the store and the summary are the real ones; only ``build_pipeline`` is replaced, so a kill
test can run many rounds in seconds. ``--delay`` seconds per article imitate a parser.
"""

from __future__ import annotations

import sys
from types import SimpleNamespace

from store.fakes import FakePipeline


class FakeCliPipeline(FakePipeline):
    nlp = SimpleNamespace(meta={"lang": "en", "name": "fake", "version": "0"})
    coder = None


def main(argv: list[str]) -> None:
    delay = 0.0
    if argv[:1] == ["--delay"]:
        delay, argv = float(argv[1]), argv[2:]
    import eventcoder.factory
    from eventcoder.cli.main import main as cli_main

    eventcoder.factory.build_pipeline = lambda options=None: FakeCliPipeline(delay)  # type: ignore[assignment,misc]
    sys.argv = ["eventcoder", *argv]
    cli_main()


if __name__ == "__main__":
    main(sys.argv[1:])
