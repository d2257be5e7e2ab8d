"""The reference article's actors resolve exactly on its publication date (issue 4: done when)."""

from __future__ import annotations

import json

import pytest

from eventcoder.actors import ActorDictionary, ActorRecognizer
from shared_data import shared_path


@pytest.mark.model
def test_seed_article_actors_resolve_on_publication_date(nlp, default_dictionary: ActorDictionary) -> None:  # type: ignore[no-untyped-def]
    folder = shared_path("seed_article")
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    doc = nlp((folder / "article.txt").read_text(encoding="utf-8"))
    actors = ActorRecognizer(default_dictionary).find(doc, expected["publication_date"])
    missing = []
    for want in expected["actors"]:
        mentions = [a for a in actors if want["mention"] in a.mention]
        assert mentions, f"{want['mention']!r} not recognised"
        for actor in mentions:
            ok = actor.code == want["code"] if "code" in want else actor.code.startswith(want["code_prefix"])
            if not ok:
                missing.append((want["mention"], actor.mention, actor.code, actor.rule, actor.entry))
    assert not missing


@pytest.mark.model
def test_seed_article_locative_moscow_is_a_place(nlp, default_dictionary: ActorDictionary) -> None:  # type: ignore[no-untyped-def]
    text = shared_path("seed_article", "article.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    actors = ActorRecognizer(default_dictionary).find(doc, "2021-12-15")
    where = text.index("reporters in Moscow") + len("reporters in ")
    assert all(a.span[0] != where for a in actors)
    # while "accuses Moscow of supporting the separatists" keeps Moscow as an actor
    accused = text.index("accuses Moscow") + len("accuses ")
    assert any(a.span[0] == accused and a.code == "RUSGOV" for a in actors)
