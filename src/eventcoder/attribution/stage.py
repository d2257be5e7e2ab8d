"""The quote stage: quoted passages and reported speech, their speakers, and statement events."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventcoder.attribution.colon import find_colon_labels
from eventcoder.attribution.cues import CueLexicon
from eventcoder.attribution.direct import find_direct
from eventcoder.attribution.found import Found, token_span
from eventcoder.attribution.indirect import find_indirect
from eventcoder.attribution.marks import quoted_spans
from eventcoder.attribution.speakers import actor_for, antecedent, char_span, is_personal_pronoun
from eventcoder.attribution.statements import CodeTables, statement_event, target_of
from eventcoder.nlp.text import doc_text
from eventcoder.records import Actor, Article, Event, Quote, QuoteKind, Sentence, Span, stable_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

PRONOUN_WINDOW = 3  # sentences back in which "he said" may take the last named speaker


def merge_found(direct: Sequence[Found], indirect: Sequence[Found]) -> list[Found]:
    """One attribution per cue and per content, direct ones first; in text order.

    Nested attributions stay: "X said that Y accused Z of ..." is two.
    """
    kept: list[Found] = []
    cues: dict[Span, list[Span]] = {}  # cue -> the contents it already introduces
    contents: set[Span] = set()
    for found in [*direct, *indirect]:
        if found.content in contents or (
            found.kind is QuoteKind.INDIRECT and _repeats(found, cues.get(found.cue_span))
        ):
            continue
        kept.append(found)
        cues.setdefault(found.cue_span, []).append(found.content)
        contents.add(found.content)
    return sorted(kept, key=lambda f: (f.content[0], f.content[1]))


def _repeats(found: Found, taken: Sequence[Span] | None) -> bool:
    """Whether a cue already used introduces ``found`` again.

    A cue keeps a second, indirect content only when it is the cue's own
    clause ("..., but said Democrats could ...") lying apart from what the cue
    already introduces (a quote the frame finder hung on it).
    """
    if not taken:
        return False
    if found.via != "ccomp":
        return True
    return any(found.content[0] < end and start < found.content[1] for start, end in taken)


@dataclass(frozen=True, slots=True)
class _Resolved:
    quote: Quote
    actor: Actor | None
    cameo: str | None  # the cue's statement code; None when the cue is not a statement


class SentenceIndex:
    """Which sentence holds a character offset."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = tuple(sentences)
        self._starts = [s.start for s in self._sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        sentence = self._sentences[i]
        return sentence if offset < sentence.end else None


class QuoteFinder:
    """Implements ``pipeline.QuoteStage``: holds the cue lexicon and the CAMEO tables."""

    def __init__(self, lexicon: CueLexicon, tables: CodeTables | None = None) -> None:
        self.lexicon = lexicon
        self.tables = tables

    @classmethod
    def default(cls) -> QuoteFinder:
        from eventcoder.coding.ontology import Ontology

        return cls(CueLexicon.default(), Ontology.default())

    def attributions(self, doc: Doc, sentences: Sequence[Sentence]) -> list[Found]:
        """Every attribution with a speaker, before actors are resolved."""
        spans = quoted_spans(doc_text(doc), [s.span for s in sentences])
        direct = find_direct(doc, spans, self.lexicon)
        return merge_found(direct, find_indirect(doc, spans, self.lexicon) + find_colon_labels(doc, spans))

    def find(
        self, doc: Doc, article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...]
    ) -> tuple[tuple[Quote, ...], tuple[Event, ...]]:
        index = SentenceIndex(sentences)
        resolved = _resolve(doc, article, self.attributions(doc, sentences), actors, index)
        quotes = tuple(r.quote for r in resolved)
        if self.tables is None:
            return quotes, ()
        return quotes, self._statements(resolved, actors, article, index)

    def _statements(
        self, resolved: Sequence[_Resolved], actors: Sequence[Actor], article: Article, index: SentenceIndex
    ) -> tuple[Event, ...]:
        assert self.tables is not None
        events: list[Event] = []
        for r in resolved:
            sentence = index.at(r.quote.cue_span[0]) if r.quote.cue_span else None
            target = target_of(r.quote, actors)
            if r.cameo and r.actor and target and sentence:
                events.append(
                    statement_event(r.quote, r.cameo, r.actor, target, sentence, article, self.tables)
                )
        return tuple(events)


def _resolve(
    doc: Doc, article: Article, found: Sequence[Found], actors: Sequence[Actor], index: SentenceIndex
) -> list[_Resolved]:
    out: list[_Resolved] = []
    named: list[tuple[int, Actor]] = []  # (sentence index, actor) of speakers resolved so far, text order
    for f in sorted(found, key=lambda x: x.cue_span[0]):
        head = doc[f.speaker_i]
        speaker_span = char_span(head)
        sentence = index.at(f.cue_span[0])
        sentence_index = sentence.index if sentence else None
        named_by = antecedent(head) or head
        actor = actor_for(char_span(named_by), token_span(named_by), actors)
        if actor is None and is_personal_pronoun(head) and named and sentence_index is not None:
            last_index, last = named[-1]
            if sentence_index - last_index <= PRONOUN_WINDOW:
                actor = last
        elif actor is not None and not is_personal_pronoun(head) and sentence_index is not None:
            named.append((sentence_index, actor))
        out.append(
            _Resolved(_quote(article, doc, f, speaker_span, actor, sentence_index), actor, f.cue.cameo)
        )
    return sorted(out, key=lambda r: r.quote.content_span)


def _quote(
    article: Article, doc: Doc, f: Found, speaker_span: Span, actor: Actor | None, sentence_index: int | None
) -> Quote:
    text = article.text  # the text the doc was parsed from (Doc.text is rebuilt on every access)
    return Quote(
        doc_id=article.id,
        quote_id=stable_id(article.id, f.content[0], f.content[1], f.kind.value),
        kind=f.kind,
        content=text[f.content[0] : f.content[1]],
        content_span=f.content,
        speaker=text[speaker_span[0] : speaker_span[1]],
        speaker_span=speaker_span,
        cue=text[f.cue_span[0] : f.cue_span[1]],
        cue_span=f.cue_span,
        speaker_code=actor.code if actor else None,
        speaker_name=actor.name if actor else None,
        sentence_index=sentence_index,
    )


__all__ = ["QuoteFinder", "QuoteKind", "merge_found"]
