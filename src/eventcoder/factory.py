"""Build a ready pipeline from options: the one place where stages are wired together.

Resources (model, dictionaries, gazetteer) load once here and are passed into
the stages explicitly; nothing is held in module globals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eventcoder.nlp import load_model
from eventcoder.pipeline import Pipeline

if TYPE_CHECKING:
    from eventcoder.attribution import QuoteFinder
    from eventcoder.coding import EventCoder
    from eventcoder.geo import EventPlacer
    from eventcoder.time import EventDater


@dataclass(frozen=True, slots=True)
class DictionaryOptions:
    """User dictionaries that replace the packaged ones for a run (PETRARCH formats)."""

    verbs: Path | None = None
    actors: tuple[Path, ...] = ()
    agents: Path | None = None
    discards: Path | None = None


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    model: str | None = None
    dictionaries: DictionaryOptions = field(default_factory=DictionaryOptions)
    batch_size: int = 32
    n_process: int = 1
    quotes: bool = True
    dates: bool = True
    places: bool = True
    coder: bool = True
    future_as_act: bool = False  # code "will meet" as a meeting (PETRARCH) instead of an intention
    # every convention PETRARCH's gold was coded by (``eventcoder.coding.suites.PETRARCH_CONVENTIONS``),
    # future_as_act included: to score against the PETRARCH validation suites
    petrarch_conventions: bool = False
    # smallest towns the place gazetteer knows (500, 1000, 5000, 15000); None: the gazetteer's default
    gazetteer_min_population: int | None = None


def build_pipeline(options: PipelineOptions | None = None) -> Pipeline:
    """Load the model and every stage's resources once, and wire the stages."""
    options = options or PipelineOptions()
    nlp = load_model(options.model)
    coder = _build_coder(options) if options.coder else None
    quotes = _build_quotes() if options.quotes else None
    dates = _build_dates() if options.dates else None
    places = _build_places(options.gazetteer_min_population) if options.places else None
    return Pipeline(
        nlp=nlp,
        coder=coder,
        quotes=quotes,
        dates=dates,
        places=places,
        batch_size=options.batch_size,
        n_process=options.n_process,
    )


def _build_coder(options: PipelineOptions) -> EventCoder:
    from eventcoder.coding import CoderConfig
    from eventcoder.coding.resources import build_coder
    from eventcoder.coding.suites import PETRARCH_CONVENTIONS

    dictionaries = options.dictionaries
    config = (
        PETRARCH_CONVENTIONS
        if options.petrarch_conventions
        else CoderConfig(future_as_act=options.future_as_act)
    )
    return build_coder(
        verbs=dictionaries.verbs,
        actors=dictionaries.actors,
        agents=dictionaries.agents,
        discards=dictionaries.discards,
        config=config,
    )


def _build_quotes() -> QuoteFinder:
    from eventcoder.attribution import QuoteFinder

    return QuoteFinder.default()


def _build_dates() -> EventDater:
    from eventcoder.time import EventDater

    return EventDater()


def _build_places(min_city_population: int | None) -> EventPlacer:
    from eventcoder.geo import EventPlacer

    return EventPlacer.load() if min_city_population is None else EventPlacer.load(min_city_population)
