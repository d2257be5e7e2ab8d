"""Load the coder's dictionaries once: the packaged ones, or the user's replacements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventcoder.coding.coder import CoderConfig, EventCoder
from eventcoder.coding.discards import DiscardList
from eventcoder.coding.ontology import Ontology, data_file
from eventcoder.coding.verbs import VerbDictionary

DEFAULT_VERBS = ("cameo", "CAMEO.2.0.txt")
# Verb senses CAMEO.2.0.txt lacks or codes against the CAMEO manual, read after it (the file's
# header gives its provenance); only with the packaged dictionary, which a given file replaces whole.
VERB_SUPPLEMENT = ("cameo", "eventcoder.verbs.supplement.txt")
DEFAULT_DISCARDS = ("cameo", "Phoenix.discards.txt")


@dataclass(frozen=True, slots=True)
class CodingResources:
    verbs: VerbDictionary
    discards: DiscardList
    ontology: Ontology


def load_resources(verbs: Path | None = None, discards: Path | None = None) -> CodingResources:
    """Read the verb dictionary, the discard list and the code tables (packaged files by default:
    the PETRARCH verb dictionary and eventcoder's supplement to it)."""
    packaged = (data_file(*DEFAULT_VERBS), (data_file(*VERB_SUPPLEMENT),))
    verb_file, supplements = (verbs, ()) if verbs is not None else packaged
    return CodingResources(
        verbs=VerbDictionary.from_file(verb_file, supplements=supplements),
        discards=DiscardList.from_file(discards or data_file(*DEFAULT_DISCARDS)),
        ontology=Ontology.default(),
    )


def build_coder(
    *,
    verbs: Path | None = None,
    actors: Sequence[Path] = (),
    agents: Path | None = None,
    discards: Path | None = None,
    config: CoderConfig | None = None,
) -> EventCoder:
    """An ``EventCoder`` with the packaged dictionaries, or the given PETRARCH files in their place.

    Actor files replace the packaged actor dictionaries, an agents file the packaged agents
    (``ActorDictionary.from_options``); reading and recognising actors is ``eventcoder.actors``' business.
    """
    from eventcoder.actors import ActorDictionary, ActorRecognizer, PlaceMode

    resources = load_resources(verbs, discards)
    dictionary = ActorDictionary.from_options(tuple(actors), agents)
    places = PlaceMode.FLAG if config is not None and config.locative_targets else PlaceMode.DROP
    recognizer = ActorRecognizer(dictionary, places=places)
    return EventCoder(resources.verbs, resources.ontology, recognizer, resources.discards, config)
