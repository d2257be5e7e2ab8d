"""Event coding: PETRARCH verb dictionaries, discards and CAMEO/PLOVER tables applied to parses."""

from eventcoder.coding.coder import ActorFinder, CoderConfig, EventCoder
from eventcoder.coding.discards import DiscardList
from eventcoder.coding.ontology import Ontology
from eventcoder.coding.verbs import VerbDictionary

__all__ = ["ActorFinder", "CoderConfig", "DiscardList", "EventCoder", "Ontology", "VerbDictionary"]
