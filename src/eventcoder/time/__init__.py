"""Event dates: time expressions attached to event verbs, resolved against publication."""

from eventcoder.time.expressions import ResolvedTime, resolve
from eventcoder.time.stage import EventDater, publication_date

__all__ = ["EventDater", "ResolvedTime", "publication_date", "resolve"]
