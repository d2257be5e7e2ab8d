"""Quotes and statements with their speakers (issue 6).

``QuoteFinder`` implements ``pipeline.QuoteStage``: it finds direct quotes
(quoted passages and the frame that names their speaker) and indirect ones
(a cue verb or "according to" and the clause it reports), resolves each
speaker to an actor mention, and turns statements about other actors into
events coded from the cue.
"""

from eventcoder.attribution.cues import Complement, Cue, CueLexicon
from eventcoder.attribution.marks import QuotedSpan, quoted_spans
from eventcoder.attribution.stage import QuoteFinder

__all__ = ["Complement", "Cue", "CueLexicon", "QuoteFinder", "QuotedSpan", "quoted_spans"]
