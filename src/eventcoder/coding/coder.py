"""The event coder: PETRARCH dictionaries applied to spaCy dependency parses.

For each sentence that no discard phrase drops, every dictionary verb is
matched against its clause; a factual verb (not negated, not modal, not the
complement of "threatens to"/"denies"...) with a non-null code gives one event
per (source, target) pair, plus the reverse event of a paired code
(``[042:043]``) and both directions for compound actors that act on each other
("A and B met"). The statement a sentence reports ("X said that Y attacked Z")
is the attribution stage's business: here it gives Y→Z only.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from eventcoder.coding import roles, syntax
from eventcoder.coding.discards import DiscardList, DiscardScope
from eventcoder.coding.matcher import PatternMatch, VerbHit, find_verb, match_patterns
from eventcoder.coding.ontology import Ontology
from eventcoder.coding.patterns import Code, Pattern
from eventcoder.coding.verbs import VerbDictionary
from eventcoder.pipeline import CoderOutput
from eventcoder.records import Actor, Article, Event, Sentence, make_event_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

VERB_POS = frozenset({"VERB"})
# Verbs whose object noun can name the act ("held talks"); "gave a warm welcome" is a welcome,
# while "gave arms", "gave a loan" keep GIVE's own patterns (``_names``).
LIGHT_VERBS = frozenset(
    {"have", "hold", "conduct", "make", "stage", "carry", "launch", "mount", "wage", "start", "begin", "step"}
    | {"give"}
)
LOCATIVE_PREPOSITIONS = frozenset({"in", "at"})
# A verb form used as a modifier ("armed groups") or as a preposition ("according to", "following
# the attack", "including") names no act of its own.
NOT_A_VERB_DEPS = frozenset({"amod", "compound", "prep"})
# A finite verb form in a noun's place (object, subject) is a noun the tagger took for a verb:
# "would not meet the hostage-takers demands" (a gerund there is a verb: "expelled for spying").
NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
PLACE_RULE = "place"  # the rule of a capital used as a place (``eventcoder.actors.PlaceMode.FLAG``)
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
COMPLEMENT_TARGET_ROOTS = frozenset({"10", "11", "12", "13"})
# A refused act of cooperation ("would not provide support") is a rejection (CAMEO 12x).
REFUSAL_CODES = {"03": "120", "04": "125", "05": "121", "06": "121", "07": "122", "08": "124"}
# A stated intention to cooperate ("will give aid", "agreed to withdraw") is CAMEO 03x: by the act's code...
INTENT_CODES = {
    "061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331", "072": "0332", "073": "0333",
    "074": "0334", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343",
    "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
}  # fmt: skip
INTENT_TO_COOPERATE = "030"
BACKGROUND_CLAUSE_PENALTY = 0.3  # an act told of in a clause describing a noun is background
STATEMENT_ROOT = "01"  # make a public statement
CONSULT_ROOT = "04"
GRIEVANCE_ROOTS = frozenset({"10", "11", "12", "13"})  # demand, disapprove, reject, threaten
DEMAND = "100"  # demand, not specified below
CLAIM_RESPONSIBILITY = "015"  # acknowledge or claim responsibility
DEPORT = "174"  # expel or deport individuals
BREAK_DIPLOMATIC_RELATIONS, EXPEL_OR_WITHDRAW, EXPEL_AID_AGENCIES = "161", "166", "1663"
IGO, NGO, GOVERNMENT = "IGO", "NGO", "GOV"  # actor code prefixes and the government agent
UNKNOWN_COUNTRY = "---"
INTENTION_ROOTS = frozenset({"04", "05", "06", "07", "08"})  # an intention verb's own code recoded as 030
# ...else by its root; an intention to use force ("vowed to wage war", "wants to attack") is a threat (13x).
INTENT_ROOTS = {
    "04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "14": "133", "15": "130", "16": "131",
    "17": "137", "18": "138", "19": "138", "20": "138",
}  # fmt: skip

# Verbs whose dictionary block has no code of its own ([---]: PETRARCH codes them only through a
# pattern) but whose bare use CAMEO codes unambiguously: "Baghdad rejected the referendum" is a
# rejection (120) whatever was rejected. Used when no pattern matched (``CoderConfig.null_backoff``).
NULL_VERB_BACKOFF = {"reject": "120", "refuse": "120", "rebuff": "120", "repudiate": "120"}


NO_ACTOR = Actor(code="", name="", mention="", span=(0, 0), rule="none")  # a missing side (min_actors < 2)


class ActorFinder(Protocol):
    """What the coder needs from actor recognition (``eventcoder.actors.ActorRecognizer``)."""

    def find(self, doc: Doc, date: str | None) -> tuple[Actor, ...]: ...


@dataclass(frozen=True, slots=True)
class CoderConfig:
    # Actors an event needs: 2 is PETRARCH's default (source and target); 1 or 0 also keep events
    # with a missing side (its code and span are empty), e.g. to classify sentences.
    min_actors: int = 2
    # "will give aid", "agreed to give aid": False (default) codes what CAMEO's manual calls it, an
    # intention (03x; a threat, 13x, for force); True codes the act itself, as PETRARCH does (it codes
    # neither tense nor intention).
    future_as_act: bool = False
    reciprocal_roots: frozenset[str] = RECIPROCAL_ROOTS
    # A verb of NULL_VERB_BACKOFF that matched no pattern codes its back-off code (as a verb-only
    # match); False codes nothing, as PETRARCH does.
    null_backoff: bool = True
    # An event with a source and no target takes as target the country of a capital it is placed
    # in ("staged a protest in Beijing": → CHN), as PETRARCH codes it; needs an actor finder that
    # returns such places (rule "place": ``PlaceMode.FLAG``). False: places are never actors.
    locative_targets: bool = False
    # A verb's patterns are matched on its own clause; True also matches them on the words of its
    # that-clauses that have a subject of their own ("demanding that the government provide
    # information on ...": DEMAND's "* ON") and of the clauses that modify its nouns ("halted aid
    # in line with efforts to end the fighting": HALT's "* &FIGHT"), as PETRARCH does (its verb
    # phrase holds them). A preposition of a that-clause never opens the verb's "(PREP ...)" phrase.
    embedded_clause_patterns: bool = False
    # An act told of in a clause that describes a noun ("the group that has seized parts of Iraq")
    # is background to the sentence: True codes it with a lower confidence; False does not code it,
    # as PETRARCH does (the clauses of its noun phrases name actors, never events).
    background_acts: bool = True


@dataclass(frozen=True, slots=True)
class Dyad:
    source: Actor
    target: Actor
    code: str
    how: str  # "pattern", "verb", "paired", "reciprocal"
    confidence: float


@dataclass(frozen=True, slots=True)
class VerbUse:
    """A dictionary verb in a sentence with the pattern it matched."""

    token: Token
    hit: VerbHit
    match: PatternMatch
    clause: tuple[Token, ...]


class EventCoder:
    """An ``EventCoderStage``: holds the loaded dictionaries and tables, codes parsed articles."""

    def __init__(
        self,
        verbs: VerbDictionary,
        ontology: Ontology,
        actors: ActorFinder,
        discards: DiscardList | None = None,
        config: CoderConfig | None = None,
    ) -> None:
        self.verbs = verbs
        self.ontology = ontology
        self.actors = actors
        self.discards = discards
        self.config = config or CoderConfig()

    def code(self, doc: Doc, article: Article, sentences: tuple[Sentence, ...]) -> CoderOutput:
        found = tuple(self.actors.find(doc, article.date))
        mentions = tuple(m for m in found if m.rule != PLACE_RULE)
        places = roles.MentionIndex(
            [m for m in found if m.rule == PLACE_RULE] if self.config.locative_targets else []
        )
        year = _year(article.date)
        if self.discards is not None:
            story = f"{article.title or ''}\n{article.text}"
            hit = self.discards.search(story, DiscardScope.STORY, year=year)
            if hit is not None:
                return CoderOutput(events=(), actors=mentions, discarded=hit.reason)
        index = roles.MentionIndex(mentions)
        events: list[Event] = []
        for sentence in sentences:
            span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is None:
                continue
            if self.config.min_actors and index.overlapping(span.start_char, span.end_char) is None:
                # every role is filled from a mention in the sentence (a parse never crosses
                # sentences), so a sentence without one cannot give an event with an actor
                continue
            if self.discards is not None and self.discards.search(
                sentence.text, DiscardScope.SENTENCE, year=year
            ):
                log.debug("sentence %d discarded", sentence.index)
                continue
            events.extend(self._code_sentence(span, sentence, article, index, places))
        return CoderOutput(events=tuple(_unique(events)), actors=mentions)

    def _code_sentence(
        self,
        span: Span,
        sentence: Sentence,
        article: Article,
        index: roles.MentionIndex,
        places: roles.MentionIndex,
    ) -> Iterator[Event]:
        for use in self._acts(list(self._verb_uses(span))):
            for dyad in self._dyads(use, index, places):
                yield self._event(use, dyad, sentence, article)

    def _acts(self, uses: list[VerbUse]) -> list[VerbUse]:
        """The verb uses that code an act, each recoded for its modality (``_recode``).

        A complement is left to its governor's own pattern ("agreed to meet", "vowed to
        fight"); an intention's bare verb code gives way to its complement ("agreed to
        withdraw" is coded from "withdraw", 035, not as "agreed", 050), unless the
        complement is no act for its modality ("agreed to postpone the rally": there is no
        intention to reject), when the governor codes what the dictionary gives it ("agreed"
        to an uncoded act: 030). Demands and threats keep their own code.
        """
        uses = _meetings_for_their_purpose(uses)
        by_pattern = {u.token.i for u in uses if u.match.pattern is not None and not u.match.code.is_null}
        acts = {
            u.token.i: self._act(u)
            for u in uses
            if not (u.match.code.is_null and u.match.code.reverse is None)
        }
        # A complement that is no act itself ("agreed to postpone the rally": an intention to
        # reject codes nothing) leaves the intention to its governor.
        governors = {
            u.token.head.i
            for u in uses
            if u.token.dep_ == "xcomp"
            and not u.match.code.is_null
            and u.token.head.lemma_.lower() in syntax.INTENT_GOVERNORS
            and acts.get(u.token.i) is not None
        }
        out: list[VerbUse] = []
        for use in uses:
            if use.match.code.is_null and use.match.code.reverse is None:
                continue
            if use.token.dep_ == "xcomp" and use.token.head.i in by_pattern:
                continue
            if use.token.i in governors and use.match.pattern is None:
                continue
            act = acts[use.token.i]
            if act is None:
                log.debug("not an act: %s", use.token.sent.text[:60])
            else:
                out.append(act)
        return out

    def _act(self, use: VerbUse) -> VerbUse | None:
        """What one verb use codes as for its modality (``_recode``); None when it is no act."""
        ruled = self._complement_rule(use)
        if ruled is not None:
            return ruled
        mood = syntax.modality(use.token)
        negative = mood in {syntax.Modality.NEGATED, syntax.Modality.REFUSED}
        if negative and use.match.pattern is not None and use.match.pattern.negated:
            mood = syntax.Modality.FACTUAL  # the pattern codes the negated act itself
        if mood is syntax.Modality.FACTUAL and not self.config.future_as_act:
            use = _as_intention(use)
        if mood is syntax.Modality.FACTUAL:
            use = _as_demand(use)
            use = _as_claim(use)
        return _recode(use, mood, self.config.future_as_act)

    def _complement_rule(self, use: VerbUse) -> VerbUse | None:
        """The dictionary's code for this open complement of its governor, when the governor's act
        happened: "~ a (_ b ASSASSINATE) ATTEMPT = a b 185" makes "X attempted to assassinate Y"
        an attempted assassination (185), which the complement alone (not an act) would not code."""
        rules = self.verbs.complement_codes
        if not rules or use.token.dep_ != "xcomp":
            return None
        head = use.token.head
        governors = dict.fromkeys(
            [head.lemma_.upper(), *(f.verb for f in self.verbs.lookup(head.lemma_, head.text))]
        )
        for governor in governors:
            for form in use.hit.forms:
                code = rules.get((governor, form.verb))
                if code is not None and syntax.modality(head) is syntax.Modality.FACTUAL:
                    match = PatternMatch(Code(code), None, use.match.source_at, use.match.target_at)
                    return VerbUse(use.token, use.hit, match, use.clause)
        return None

    def _verb_uses(self, span: Span) -> Iterator[VerbUse]:
        for token in span:
            if token.pos_ not in VERB_POS or token.dep_ in NOT_A_VERB_DEPS:
                continue
            if token.dep_ in NOUN_DEPS and token.tag_ in FINITE_TAGS:
                continue
            if syntax.is_future_auxiliary(token) or syntax.is_raising_report(token):
                continue
            verb = find_verb(token, self.verbs)
            nominal = self._nominal(token) if token.lemma_.lower() in LIGHT_VERBS else None
            if verb is None and nominal is None:
                continue
            clause = syntax.clause_tokens(token, span)
            pre = [t for t in clause if t.i < token.i]
            in_clause = {t.i for t in clause}
            inherited = [s for s in syntax.subjects(token) if s.i not in in_clause]
            pre = sorted(
                {t.i: t for t in (*pre, *(w for s in inherited for w in s.subtree))}.values(),
                key=lambda t: t.i,
            )
            post = verb_post = [t for t in clause if t.i > token.i]
            if syntax.is_passive(token):
                # the passive subject is the act's object: "sanctions were lifted" is matched as
                # "lifted sanctions" against the patterns, which are written for the active voice
                moved = [w for s in syntax.passive_subjects(token) if s.i < token.i for w in s.subtree]
                verb_post = [*moved, *post]
            foreign = syntax.finite_complement_tokens(token)
            attached = syntax.phrase_prepositions(
                token, (*(verb.tokens if verb else ()), *(nominal.tokens if nominal else ()))
            )
            if not self.config.embedded_clause_patterns:
                # the words of a that-clause with its own subject, fronted or not, and of a clause
                # that modifies a noun ("efforts to end the fighting") are their own verbs' text
                own_verbs = foreign | syntax.noun_clause_tokens(token, clause)
                if own_verbs:
                    pre = [t for t in pre if t.i not in own_verbs]
                    post = [t for t in post if t.i not in own_verbs]
                    verb_post = [t for t in verb_post if t.i not in own_verbs]
            match: PatternMatch | None = None
            if nominal is not None and verb is not None:
                # the light verb's own pattern for the phrase wins over the noun's bare code:
                # "began a hunger strike" is START's "* {HUNGER STRIKE} [142]", not STRIKE's 190
                own_match = match_patterns(verb, self.verbs, pre, verb_post, foreign, attached)
                noun = token.doc[nominal.tokens[-1]]
                if (
                    own_match.pattern is not None
                    and not own_match.code.is_null
                    and _names(own_match.pattern, noun)
                ):
                    nominal, match = None, own_match
            if nominal is None:
                post = verb_post
            hit = nominal or verb
            assert hit is not None
            if match is None:
                match = match_patterns(hit, self.verbs, pre, post, foreign, attached)
            if nominal is not None and match.pattern is not None and _suppresses(match):
                # A null pattern names a reading of the noun that is no act ("attack aircraft"):
                # it must match in the noun's own phrase, not anywhere in the light verb's clause
                # ("launched attacks on Iran after a drone shootdown" is an attack).
                noun = token.doc[nominal.tokens[-1]]
                phrase = noun.head if noun.dep_ == "compound" else noun  # "attack helicopters"
                own = {t.i for t in phrase.subtree}
                match = match_patterns(
                    hit, self.verbs, pre, [t for t in post if t.i in own], foreign, attached
                )
            if match.pattern is None and match.code.is_null and self.config.null_backoff:
                backoff = NULL_VERB_BACKOFF.get(token.lemma_.lower())
                if backoff is not None and match.code.reverse is None:
                    match = PatternMatch(Code(backoff), None)
            yield VerbUse(token, hit, match, tuple(clause))

    def _nominal(self, light: Token) -> VerbHit | None:
        """A nominal event form: "had a telephone conversation", "held talks" → the noun's verb entry.

        The light verb keeps the clause (its subject and objects); the object noun, one
        coordinated with it ("launched artillery, mortar and rocket fire"), or a noun modifying
        it, names the act when the dictionary has it as a verb.
        """
        for noun in (c for o in syntax.objects(light) for c in syntax.conjuncts(o)):
            if noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            modifiers = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
            for candidate in (*modifiers, noun):
                found = self.verbs.lookup(candidate.lemma_, candidate.text)
                if found:
                    plain = tuple(f for f in found if not f.front and not f.back)
                    if plain and any(not f.code.is_null for f in plain):
                        return VerbHit(forms=plain, tokens=(light.i, candidate.i))
        return None

    def _dyads(self, use: VerbUse, index: roles.MentionIndex, places: roles.MentionIndex) -> list[Dyad]:
        match = use.match
        post = [t for t in use.clause if t.i > use.token.i]
        found_sources = roles.sources(use.token, index, self._is_act)
        if match.source_at is not None:
            placed = index.after(match.source_at, use.clause)
            if placed is not None:
                found_sources = roles.RoleFill((placed,))
        found_targets = roles.targets(use.token, index, post, exclude=found_sources.actors)
        if match.target_at is not None:
            placed = index.after(match.target_at, use.clause)
            if placed is not None and placed not in found_sources.actors:
                found_targets = roles.RoleFill((placed,))
        found_targets = _without_self_targets(found_targets, found_sources)
        root = match.code.primary[:2]
        if not found_targets.actors and (root in COMPLEMENT_TARGET_ROOTS or _matched_in_complement(use)):
            found_targets = roles.complement_subjects(use.token, index)
        base = 0.9 if match.pattern is not None else 0.7
        if syntax.in_background_clause(use.token):
            if not self.config.background_acts:
                return []
            base -= BACKGROUND_CLAUSE_PENALTY
        how = "pattern" if match.pattern is not None else "verb"
        if found_sources.actors and not found_targets.actors:
            place = _locative(use, places)
            if place is not None:
                return [
                    Dyad(source, place, match.code.primary, f"{how}-locative", base - 0.35)
                    for source in found_sources.actors
                    if not match.code.is_null and source.code[:3] != place.code
                ]
        dyads: list[Dyad] = []
        weak_target = not (found_targets.direct and found_targets.on_head)
        if len(found_sources.actors) >= 2 and self._reciprocal(match) and weak_target:
            members = found_sources.actors
            for source in members:
                for target in members:
                    if source is not target:
                        dyads.append(Dyad(source, target, _first_code(match), "reciprocal", base - 0.1))
        elif found_sources.actors and found_targets.actors:
            confidence = base if found_targets.direct else base - 0.25
            for source in found_sources.actors:
                for target in found_targets.actors:
                    dyads.extend(_paired(source, target, match, how, confidence))
        elif (
            not match.code.is_null
            and len(found_sources.actors[:1] + found_targets.actors[:1]) >= self.config.min_actors
        ):
            for source in found_sources.actors or (NO_ACTOR,):
                for target in found_targets.actors or (NO_ACTOR,):
                    dyads.append(Dyad(source, target, match.code.primary, f"{how}-monadic", base - 0.3))
        return [_expulsion(d) for d in dyads if not _same_actor(d.source, d.target)]

    def _is_act(self, noun: Token) -> bool:
        """A noun naming an act the dictionary codes: "shelling", "attack", "raid"."""
        return any(not f.code.is_null for f in self.verbs.lookup(noun.lemma_, noun.text))

    def _reciprocal(self, match: PatternMatch) -> bool:
        code = match.code
        return (
            match.compound
            or code.reverse == code.primary
            or _first_code(match)[:2] in self.config.reciprocal_roots
        )

    def _event(self, use: VerbUse, dyad: Dyad, sentence: Sentence, article: Article) -> Event:
        tokens = [use.token.doc[i] for i in use.hit.tokens]
        verb_span = (min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens))
        plover = self.ontology.plover_of_act(dyad.code, _act_words(use))
        return Event(
            doc_id=article.id,
            event_id=make_event_id(
                article.id,
                sentence.span,
                dyad.source.code,
                dyad.target.code,
                dyad.code,
                verb_span,
                source_span=dyad.source.span if dyad.source is not NO_ACTOR else None,
                target_span=dyad.target.span if dyad.target is not NO_ACTOR else None,
            ),
            sentence_index=sentence.index,
            sentence=sentence.text,
            span=sentence.span,
            verb_span=verb_span,
            source=dyad.source.code,
            source_name=dyad.source.name,
            source_span=dyad.source.span if dyad.source is not NO_ACTOR else None,
            target=dyad.target.code,
            target_name=dyad.target.name,
            target_span=dyad.target.span if dyad.target is not NO_ACTOR else None,
            cameo=dyad.code,
            root=self.ontology.root(dyad.code),
            quad_class=self.ontology.quad_class(dyad.code),
            goldstein=self.ontology.goldstein(dyad.code),
            plover=plover.event if plover else None,
            plover_mode=plover.mode if plover else None,
            date=article.date,
            confidence=round(max(0.05, min(dyad.confidence, 1.0)), 2),
            match=dyad.how,
            source_rule=dyad.source.rule if dyad.source is not NO_ACTOR else None,
            target_rule=dyad.target.rule if dyad.target is not NO_ACTOR else None,
        )


def _meetings_for_their_purpose(uses: list[VerbUse]) -> list[VerbUse]:
    """A meeting held to voice a grievance is that grievance: "summoned the Russian ambassador to
    complain about naval activities" is a complaint to Russia (11x), not a consultation (04x), as
    the CAMEO and PLOVER manuals code summoning an ambassador. The purpose clause (an infinitive of
    the meeting verb) must code a demand, disapproval, rejection or threat (10x-13x)."""
    purposes = {
        u.token.head.i: _first_code(u.match)
        for u in uses
        if syntax.is_purpose(u.token) and _first_code(u.match)[:2] in GRIEVANCE_ROOTS
    }
    if not purposes:
        return uses
    out: list[VerbUse] = []
    for use in uses:
        purpose = purposes.get(use.token.i)
        if purpose is not None and _first_code(use.match)[:2] == CONSULT_ROOT:
            m = use.match
            use = VerbUse(
                use.token,
                use.hit,
                PatternMatch(Code(purpose), m.pattern, m.source_at, m.target_at),
                use.clause,
            )
        out.append(use)
    return out


def _recode(use: VerbUse, mood: syntax.Modality, future_as_act: bool) -> VerbUse | None:
    """What a verb use codes as, given its modality; None when it is no act at all.

    Factual acts keep their code, and so do future and intended ones with ``future_as_act``. A refused
    cooperative act is a rejection (12x); an intended or future cooperative act is an
    intention (03x); an intended or future coercive act is a threat (13x). Negated,
    hypothetical and embedded acts, and intended statements are not coded.
    """
    Mood = syntax.Modality
    if mood is Mood.FACTUAL or (mood in (Mood.FUTURE, Mood.INTENDED) and future_as_act):
        return use
    code = _first_code(use.match)
    new: str | None = None
    if mood is Mood.REFUSED:
        new = REFUSAL_CODES.get(code[:2])
    elif mood is Mood.INTENDED or mood is Mood.FUTURE:
        new = code if code[:2] in {"03", "13"} else INTENT_CODES.get(code, INTENT_ROOTS.get(code[:2]))
    if new is None:
        return None
    reverse = (
        new if use.match.code.reverse == use.match.code.primary else None
    )  # only mutual acts stay mutual
    match = PatternMatch(Code(new, reverse), use.match.pattern, use.match.source_at, use.match.target_at)
    return VerbUse(use.token, use.hit, match, use.clause)


def _act_words(use: VerbUse) -> set[str]:
    """Lower-case lemmas naming an act: the verb's words (each, and joined: "step down"), its
    particle joined to it, its objects ("submitted his resignation")."""
    doc = use.token.doc
    lemmas = [doc[i].lemma_.lower() for i in use.hit.tokens]
    words = {*lemmas, " ".join(lemmas)}
    verb = use.token.lemma_.lower()
    for child in use.token.children:
        if child.dep_ == "prt":
            words.add(f"{verb} {child.lower_}")
        elif child.dep_ in {"dobj", "dative"}:
            words.add(child.lemma_.lower())
    return words


def _locative(use: VerbUse, places: roles.MentionIndex) -> Actor | None:
    """The capital the act is placed in: the object of an "in"/"at" phrase of the verb's clause
    that modifies the verb or one of the verb's own dependents ("protested in Moscow", "staged a
    protest in Beijing"), not a deeper noun phrase ("the embassy of X in Paris")."""
    if not places.mentions:
        return None
    for token in use.clause:
        if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        attached_to = token.head.head
        if attached_to.i == use.token.i or attached_to.head.i == use.token.i:
            place = places.at(token)
            if place is not None:
                return place
    return None


def _as_intention(use: VerbUse) -> VerbUse:
    """An intention verb coded only by its own cooperative code, whose complement codes nothing
    ("agreed to undertake joint exercises", "promised to democratize"), states an intention to
    cooperate (030), as CAMEO's manual codes "agree to"; PETRARCH keeps the verb's code (050)."""
    code = use.match.code
    if (
        use.match.pattern is not None
        or code.is_null
        or code.primary[:2] not in INTENTION_ROOTS
        or use.token.lemma_.lower() not in syntax.INTENT_GOVERNORS
        or not any(c.dep_ in {"xcomp", "ccomp"} or _to_phrase(c) for c in use.token.children)
    ):
        return use
    reverse = INTENT_TO_COOPERATE if code.reverse == code.primary else None
    match = PatternMatch(Code(INTENT_TO_COOPERATE, reverse), None, use.match.source_at, use.match.target_at)
    return VerbUse(use.token, use.hit, match, use.clause)


def _to_phrase(child: Token) -> bool:
    """A "to" phrase with an object: what was agreed or committed to ("agreed to a ceasefire")."""
    return child.dep_ == "prep" and child.lower_ == "to" and any(g.dep_ == "pobj" for g in child.children)


def _as_demand(use: VerbUse) -> VerbUse:
    """A statement whose that-clause says what another party must do is a demand (100): "Russia
    said Sudan must return the helicopter" is Russia demanding of Sudan, as the CAMEO manual codes
    "demand"; the clause's subject becomes the target (``COMPLEMENT_TARGET_ROOTS``). Only the
    statement's plain code (01x) is recoded; a pattern that codes something else keeps it."""
    if _first_code(use.match)[:2] != STATEMENT_ROOT or syntax.deontic_complement(use.token) is None:
        return use
    match = PatternMatch(Code(DEMAND), use.match.pattern, use.match.source_at, use.match.target_at)
    return VerbUse(use.token, use.hit, match, use.clause)


def _as_claim(use: VerbUse) -> VerbUse:
    """An act its actor claims or admits to have done ("the Taliban claimed that they had attacked
    the school") is coded as the claim, CAMEO 015 (claim responsibility), toward the act's target:
    the report is the actor's word, not an account of the act."""
    if _first_code(use.match)[:2] == STATEMENT_ROOT or not syntax.claimed_own_act(use.token):
        return use
    match = PatternMatch(Code(CLAIM_RESPONSIBILITY), None, use.match.source_at, use.match.target_at)
    return VerbUse(use.token, use.hit, match, use.clause)


def _matched_in_complement(use: VerbUse) -> bool:
    """Whether the verb's pattern matched words of its that-clause ("allowed that Mordor isn't a
    pleasant place"): the clause's subject is then what the event is about."""
    if use.match.pattern is None or not use.match.pattern.post:
        return False
    complement = {t.i for c in use.token.children if c.dep_ == "ccomp" for t in c.subtree}
    return bool(complement) and use.match.last_at is not None and use.match.last_at in complement


def _expulsion(dyad: Dyad) -> Dyad:
    """CAMEO 174 (expel or deport individuals) is not for diplomats or international missions: the
    CAMEO manual codes expelling another country's diplomats as 161 (reduce or break diplomatic
    relations), expelling peacekeepers, inspectors or observers as 166 (expel or withdraw) and aid
    agencies as 1663. The target's code tells them: a foreign government (GOV), an international
    organisation (IGO), a non-governmental one (NGO)."""
    if dyad.code != DEPORT:
        return dyad
    target = dyad.target.code
    if target.startswith(IGO):
        code = EXPEL_OR_WITHDRAW
    elif target.startswith(NGO):
        code = EXPEL_AID_AGENCIES
    elif target[3:6] == GOVERNMENT and target[:3] not in {UNKNOWN_COUNTRY, dyad.source.code[:3]}:
        code = BREAK_DIPLOMATIC_RELATIONS
    else:
        return dyad
    return dataclasses.replace(dyad, code=code)


def _without_self_targets(targets: roles.RoleFill, sources: roles.RoleFill) -> roles.RoleFill:
    """The targets that are not one of the sources under another mention ("The U.S. Government
    provided training ... through the Department of State": USAGOV is no target of USAGOV), so
    that an act with no other target is a target-less act rather than no act."""
    codes = {s.code for s in sources.actors if s.code}
    kept = tuple(t for t in targets.actors if t.code not in codes)
    if len(kept) == len(targets.actors) or len(sources.actors) > 1:
        return targets
    return dataclasses.replace(targets, actors=kept)


def _same_actor(source: Actor, target: Actor) -> bool:
    """An actor acting on itself is no event. As in PETRARCH, a country and its own sectors are
    different actors ("Ukraine imposed sanctions on its former president": UKR → UKRELI). Two
    missing sides (an actorless event, kept only when ``min_actors`` is 0) are not the same actor."""
    return bool(source.code) and source.code == target.code


def _names(pattern: Pattern, noun: Token) -> bool:
    """Whether a pattern's words after the verb name the noun ("* {HUNGER STRIKE}" names "strike")."""
    forms = {noun.text.upper(), noun.lemma_.upper()}
    return any(w in forms for term in pattern.post for slot in term.slots for alt in slot for w in alt)


def _suppresses(match: PatternMatch) -> bool:
    """A pattern coded ``[---]``: what it matches is no event."""
    return match.code.is_null and match.code.reverse is None


def _first_code(match: PatternMatch) -> str:
    code = match.code
    return code.reverse if code.is_null and code.reverse else code.primary


def _paired(source: Actor, target: Actor, match: PatternMatch, how: str, confidence: float) -> list[Dyad]:
    """The event and, for a paired code ``[ddd:eee]``, the reverse event target→source."""
    out: list[Dyad] = []
    if not match.code.is_null:
        out.append(Dyad(source, target, match.code.primary, how, confidence))
    if match.code.reverse and match.code.reverse != "---":
        out.append(Dyad(target, source, match.code.reverse, "paired", confidence - 0.05))
    return out


def _year(date: str | None) -> int | None:
    """The year of an ISO date ("2021-12-15" → 2021), None when there is none."""
    return int(date[:4]) if date and date[:4].isdigit() else None


def _unique(events: Sequence[Event]) -> list[Event]:
    seen: set[str] = set()
    out: list[Event] = []
    for event in events:
        if event.event_id not in seen:
            seen.add(event.event_id)
            out.append(event)
    return out
