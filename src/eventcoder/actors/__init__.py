"""Actors: PETRARCH actor/agent dictionaries, recognition in parsed text, date-aware resolution."""

from eventcoder.actors.dates import DatedCode, Restriction
from eventcoder.actors.dictionary import ActorDictionary, Resolution
from eventcoder.actors.reader import ActorEntry, AgentCode, AgentEntry, read_actor_file, read_agent_file
from eventcoder.actors.recognizer import ActorRecognizer, PlaceMode

__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "ActorRecognizer",
    "AgentCode",
    "AgentEntry",
    "DatedCode",
    "PlaceMode",
    "Resolution",
    "Restriction",
    "read_actor_file",
    "read_agent_file",
]
