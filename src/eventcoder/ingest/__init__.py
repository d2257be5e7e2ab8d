"""Articles in: readers for text, HTML, JSONL/CSV records and feeds, cleaning, language check.

Public API:

* ``read_inputs(inputs, include=, exclude=, default_date=, stdin=)`` yields an
  ``Article`` or a ``Reject`` for every input (files, directories, ``-``);
* ``article_from_text(text, id=, title=, date=, ...)`` for a single text
  (raises ``RejectedInput``);
* ``clean_text(text)``: the cleaning every article goes through;
* ``LanguageDetector``: load once and pass to the functions above.
"""

from eventcoder.ingest.clean import clean_text
from eventcoder.ingest.language import LanguageDetector
from eventcoder.ingest.reader import ReadOptions, article_from_text, read_inputs
from eventcoder.ingest.sources import DEFAULT_MAX_BYTES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "LanguageDetector",
    "ReadOptions",
    "article_from_text",
    "clean_text",
    "read_inputs",
]
