"""Loading the spaCy pipeline and turning its parse into records."""

from eventcoder.nlp.model import DEFAULT_MODEL, load_model
from eventcoder.nlp.sentences import sentences_from_doc

__all__ = ["DEFAULT_MODEL", "load_model", "sentences_from_doc"]
