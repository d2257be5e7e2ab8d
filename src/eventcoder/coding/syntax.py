"""Dependency-parse helpers for the coder: clause roles, negation, modality, noun-phrase cores.

Pure functions over spaCy tokens (English, ClearNLP labels as produced by the
``en_core_web_*`` pipelines). Nothing here knows about dictionaries.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "parataxis", "pcomp", "acl"})
HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "should", "can", "must", "ought"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# Governors of an open complement that state an intention: "agreed to withdraw", "vowed to fight".
INTENT_GOVERNORS = frozenset(
    {"agree", "pledge", "promise", "vow", "offer", "decide", "intend", "plan", "prepare", "undertake",
     "commit", "resolve", "want", "hope", "seek", "aim", "volunteer", "consent", "ready", "willing", "prepared",
     "keen", "eager", "determined"}
)  # fmt: skip
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
# Governing verbs whose complement is not an act that happened ("threatens to invade").
NONFACTUAL_GOVERNORS = frozenset(
    {
        "threaten", "plan", "want", "hope", "intend", "seek", "try", "attempt", "refuse", "deny", "fail",
        "aim", "consider", "propose", "prepare", "vow", "pledge", "promise", "offer", "warn", "urge", "call",
        "ask", "demand", "wish", "expect", "decline", "reject", "prevent", "avoid", "stop", "oppose",
        "need", "would", "like", "plot", "allege", "accuse", "claim", "fear", "suspect", "push", "press",
        "vote", "encourage", "invite", "appeal", "order", "tell", "mull", "resist", "allow", "permit",
        "authorize", "authorise", "likely", "unlikely", "unable",
    }
)  # fmt: skip
# Governors of an open complement that refuse it: "refused to lift the sanctions" (a rejection, 12x).
REFUSAL_GOVERNORS = frozenset({"refuse", "decline", "reject"})
# Governors of a that-clause that make it not an act: "denied that it attacked", "fears that X will invade".
CCOMP_NONFACTUAL = frozenset(
    {"deny", "threaten", "warn", "fear", "plan", "hope", "want", "doubt", "suspect", "predict", "expect",
     "demand", "urge", "ask", "insist", "propose", "suggest", "recommend", "request", "appeal", "wish",
     "allege"}
)  # fmt: skip
# Nouns whose that-clause is a contested report, not an act that happened: "allegations that X
# attacked Y" (the verb "claim" is not among them: a claim of one's own act is coded as the claim).
ALLEGATION_NOUNS = frozenset(
    {"allegation", "accusation", "claim", "charge", "rumour", "rumor", "speculation"}
)
# Subordinators of a clause whose act is a condition or an open question, not a fact: "if the
# United States took steps", "unless Russia withdraws", "asked whether Iran had attacked".
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Governors (besides "going", ``_future_governor``) of an infinitive that is scheduled or planned.
FUTURE_GOVERNORS = frozenset(
    {"be", "set", "due", "schedule", "scheduled", "slate", "slated", "poised", "about"}
)
CONTRAST_CONJUNCTIONS = frozenset({"but", "yet"})
# Verbs of a passive report whose subject is the reported act's: "Russia is said to have attacked".
RAISING_REPORTS = frozenset(
    {"say", "report", "believe", "think", "know", "understand", "allege", "rumour", "rumor"}
)
# Subordinators of an infinitive clause with a subject of its own, which states what someone wants
# or needs done: "pushed for the United States to support the plan", "waited for Russia to withdraw".
IRREALIS_MARKS = frozenset({"for"})
# Prepositions whose object can be an event's target, best first.
TARGET_PREPOSITIONS = (
    "with",
    "to",
    "against",
    "on",
    "at",
    "into",
    "toward",
    "towards",
    "for",
    "from",
    "in",
    "over",
    "upon",
    "of",
    "about",
    "by",
)
# Modifiers inside a noun phrase where the phrase's actor can sit ("Turkey's minister", "the Turkish minister").
NP_CORE_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "det", "nummod", "case", "npadvmod", "quantmod"}
)


class Modality(enum.StrEnum):
    FACTUAL = "factual"
    NEGATED = "negated"
    REFUSED = "refused"  # negated future or modal: "will not", "would not", "cannot" support
    HYPOTHETICAL = "hypothetical"  # modal auxiliary: may, could, would...
    EMBEDDED = "embedded"  # complement of a non-factual governor: threatens to, denies planning to
    FUTURE = "future"  # will, would, shall: a stated intention when it is cooperation
    INTENDED = "intended"  # complement of an intention: agreed to, vowed to, is ready to


def modality(verb: Token) -> Modality:
    """Whether the clause headed by ``verb`` reports an act that happened.

    Negation and modal auxiliaries of the verb count, and so do those of the
    verbs it is an open complement of ("did not agree to attack", "may plan to
    invade"). A negated will/would/can is REFUSED, other modals HYPOTHETICAL,
    will/would/shall FUTURE. A complement of an intention ("agreed to withdraw",
    "vowed to fight") is INTENDED, of a refusal ("refused to lift") REFUSED, of
    another non-factual governor ("threatens to invade", "denied that it
    attacked") EMBEDDED. A clause reported by a speech verb ("said that Y
    attacked Z") stays factual.
    """
    first = _sharing_conjunct_head(verb)
    if first is not None:
        # "threatened to attack and occupy Ukraine", "did not bomb or invade": the second verb
        # shares the first one's auxiliaries, negation and governor
        return modality(first)
    own = _own_modality(verb)
    if own in {Modality.FUTURE, Modality.HYPOTHETICAL} and _content_of_nonfactual(verb):
        # what is hoped, feared or demanded, not what its subject intends: "voiced hope that the
        # new government will help", "fears that Russia will invade"
        return Modality.EMBEDDED
    if own is not Modality.FACTUAL:
        return own
    if verb.dep_ in {"advcl", "acl"} and _infinitive(verb):
        # a purpose or a noun's complement: "sent troops to attack", "pressure to help"
        return Modality.EMBEDDED
    if any(c.dep_ == "mark" and c.lower_ in IRREALIS_MARKS for c in verb.children):
        # a for-clause says what is wanted, not what was done: "pushed for the US to support it"
        return Modality.EMBEDDED
    if _content_of_nonfactual(verb):
        return Modality.EMBEDDED
    node = verb
    if _conditional(verb):
        return Modality.HYPOTHETICAL
    # an adjective's infinitive takes its copula's modality: "may be able to attack", "is not ready to"
    while node.dep_ in {"xcomp", "ccomp", "pcomp", "acomp"} and node.head is not node:
        head = node.head
        if _conditional(head):
            return Modality.HYPOTHETICAL  # "if X took steps to recognize": the steps are a condition
        if node.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
            head = head.head  # "aimed at pushing for", "accused Iran of attacking": the verb governs
        governor = head.lemma_.lower()
        if node.dep_ == "xcomp" and governor in INTENT_GOVERNORS:
            outer = modality(head)  # "may plan to invade", "denies planning to invade"
            intended = outer in {Modality.FACTUAL, Modality.FUTURE, Modality.INTENDED}
            return Modality.INTENDED if intended else outer
        if node.dep_ == "xcomp" and _infinitive(node) and governor in {"have", "be"}:
            if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
                return Modality.NEGATED  # "has yet to withdraw", "is yet to attack": not done
            if governor == "have" and head.tag_ not in {"VBD", "VBN"}:
                # "has to withdraw", "will have to pay": an obligation, as "must"; "had to
                # withdraw", "has had to" tell what was done
                return Modality.HYPOTHETICAL
        if node.dep_ == "xcomp" and _infinitive(node) and _future_governor(head):
            outer = modality(head)  # "is going to attack", "is set to meet": planned, not done
            if outer in {Modality.NEGATED, Modality.REFUSED}:
                return Modality.REFUSED
            return Modality.FUTURE if outer in {Modality.FACTUAL, Modality.FUTURE} else outer
        if node.dep_ == "xcomp" and governor in REFUSAL_GOVERNORS:
            outer = modality(head)  # "refused to lift the ban" is a refusal; "did not refuse to" is not
            return Modality.REFUSED if outer in {Modality.FACTUAL, Modality.FUTURE} else Modality.EMBEDDED
        if governor in NONFACTUAL_GOVERNORS and (node.dep_ != "ccomp" or _infinitive(node)):
            # also an infinitive with a subject of its own: "allowed the opposition to hold a rally"
            return Modality.EMBEDDED
        if node.dep_ == "ccomp":
            if governor in CCOMP_NONFACTUAL:
                return Modality.EMBEDDED
            if modality(head) in {Modality.HYPOTHETICAL, Modality.EMBEDDED}:
                # what an act that did not happen would bring about: "must ensure security to
                # allow supplies to reach the needy"
                return Modality.EMBEDDED
            break
        inherited = _own_modality(head)
        if inherited is not Modality.FACTUAL:
            return inherited
        node = head
    return Modality.FACTUAL


def _future_governor(head: Token) -> bool:
    """A word whose infinitive is a scheduled or planned act: "is going to", "is to", "is set to",
    "is due to" (``FUTURE_GOVERNORS``)."""
    lemma = head.lemma_.lower()
    if lemma == "go":
        return head.tag_ == "VBG"  # "went to attack" is a purpose: the attack happened
    return lemma in FUTURE_GOVERNORS


def is_raising_report(verb: Token) -> bool:
    """Whether the verb is a passive report of its subject's act: "Russia is said to have attacked",
    "is believed to have" (``RAISING_REPORTS``): the act is the infinitive's, told by someone unnamed."""
    return (
        verb.lemma_.lower() in RAISING_REPORTS
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)
    )


def is_future_auxiliary(verb: Token) -> bool:
    """Whether the verb is the "going" of "is going to attack": its complement's future tense, no act."""
    return (
        verb.lemma_.lower() == "go"
        and any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)
        and verb.tag_ == "VBG"
    )


def _sharing_conjunct_head(verb: Token) -> Token | None:
    """The verb a conjoined verb shares its clause with: one with no subject, auxiliary or negation
    of its own, in the same form as the first verb or bare ("will bomb and invade"); not a
    contrast ("did not attack Georgia but invaded Ukraine": the finite form and "but" end the
    negation's reach)."""
    head = verb.head
    if verb.dep_ != "conj" or head is verb or head.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.tag_ != head.tag_ and verb.tag_ != "VB":
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux", "auxpass", "neg"}:
            return None
        if child.dep_ == "advmod" and child.lower_ in {"never", "not"}:
            return None
    if any(c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS for c in head.children if c.i < verb.i):
        return None
    return head


def _conditional(verb: Token) -> bool:
    """A clause opened by if/unless/whether, or the second verb of such a clause ("if Russia
    invades and annexes", the conjunct shares the first verb's subordinator)."""
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in first.children)


def _content_of_nonfactual(verb: Token) -> bool:
    """The content of a demand, call, hope or fear: a that-clause of such a noun ("its demand that
    Israel ease restrictions"), of a verb whose object such a noun is ("reiterated its demand
    today that ..."), or of such a verb ("fears that Russia will invade")."""
    if verb.dep_ not in {"acl", "ccomp"}:
        return False
    head = verb.head
    if head.pos_ == "NOUN":
        # a participle describing the noun is no content clause: "a claim accusing X" is the accusation
        alleged = head.lemma_.lower() in ALLEGATION_NOUNS and any(
            c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children
        )
        return head.lemma_.lower() in CCOMP_NONFACTUAL or alleged
    return verb.dep_ == "ccomp" and (
        head.lemma_.lower() in CCOMP_NONFACTUAL
        or any(o.lemma_.lower() in CCOMP_NONFACTUAL | ALLEGATION_NOUNS for o in objects(head))
    )


DEONTIC_AUX = frozenset({"must", "should", "ought"})
DEONTIC_VERBS = frozenset({"have", "need"})  # "has to", "needs to"
SPEAKER_PRONOUNS = frozenset({"i", "we"})


def deontic_complement(verb: Token) -> Token | None:
    """The verb's that-clause when it says what another party must do.

    "said that Sudan must return the helicopter", "says intervention must be avoided",
    "said Japan needs to enact reforms" give the clause's verb; "said we must act" (the
    speaker's own duty) and clauses without such a modal give None.
    """
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in DEONTIC_AUX for c in clause.children)
        periphrastic = clause.lemma_.lower() in DEONTIC_VERBS and any(
            c.dep_ == "xcomp" and _infinitive(c) for c in clause.children
        )
        if not (modal or periphrastic) or any(c.dep_ == "neg" for c in clause.children):
            continue
        if any(s.lower_ in SPEAKER_PRONOUNS for s in (*subjects(clause), *passive_subjects(clause))):
            continue
        return clause
    return None


def is_purpose(verb: Token) -> bool:
    """An infinitive of purpose: "summoned the ambassador to complain", "sent troops to attack"
    (also when parsed as an open complement of a verb whose object does not act on it)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
        return False
    return verb.dep_ in {"advcl", "xcomp"} and _infinitive(verb)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _own_modality(verb: Token) -> Modality:
    negated = any(
        c.dep_ == "neg"
        or (c.dep_ == "advmod" and c.lower_ in {"never", "not"})
        or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))  # "no longer"
        for c in verb.children
    )
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    modal = [a for a in aux if a in HYPOTHETICAL_AUX or a in FUTURE_AUX or a == "ca"]
    if negated:
        return Modality.REFUSED if modal else Modality.NEGATED
    if any(a in HYPOTHETICAL_AUX for a in modal):
        return Modality.HYPOTHETICAL
    if modal:
        return Modality.FUTURE
    return Modality.FACTUAL


def is_passive(verb: Token) -> bool:
    """Passive voice, including a past participle modifying a noun ("men sought by police")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)


def subjects(verb: Token) -> list[Token]:
    """Heads of the clause's subject (active voice), inherited through conjoined and open-clause verbs."""
    return _arguments(verb, SUBJECT_DEPS)


def passive_subjects(verb: Token) -> list[Token]:
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]  # "10 Russian soldiers killed in Ukraine": the soldiers were killed
    found = _arguments(verb, PASSIVE_SUBJECT_DEPS)
    if not found and verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "Russia invaded Ukraine and was condemned by the UN": the subject the passive verb shares
        # with an active one it is coordinated with is what the passive act befell
        return subjects(verb.head)
    return found


def _arguments(verb: Token, deps: frozenset[str]) -> list[Token]:
    node: Token | None = verb
    for _ in range(6):
        if node is None:
            break
        found = [c for c in node.children if c.dep_ in deps]
        if found:
            return [_antecedent(t) for t in found]
        if node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"}:
            node = node.head
        elif node.dep_ in {"xcomp", "acomp"}:
            node = _controller(node.head)
            if node is not None and deps is SUBJECT_DEPS and _has_passive_subject(node):
                # "Obama is scheduled to attend": the controller's passive subject attends
                return [_antecedent(c) for c in node.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if node is not None and deps is SUBJECT_DEPS:
                objects_ = [c for c in node.children if c.dep_ in {"dobj"}]
                if objects_ and node.lemma_.lower() in OBJECT_CONTROL:
                    return objects_
        elif node.dep_ in {"relcl", "acl"} and deps is SUBJECT_DEPS:
            return [node.head]
        else:
            break
    return []


# Nouns naming a text that says or asks something: "issued a statement urging Pyongyang to comply".
DOCUMENT_NOUNS = frozenset(
    {"statement", "declaration", "report", "resolution", "communique", "communiqué", "letter", "message",
     "decree", "motion", "petition", "editorial", "memorandum"}
)  # fmt: skip


def document_authors(clause: Token) -> list[Token]:
    """Who wrote the text that a participle or relative clause says something of: the subject of
    the verb the document is the object of ("Amnesty put out a report accusing the army" → Amnesty;
    "approved a resolution that condemns" → the approver); [] for other clauses."""
    noun = clause.head
    if (
        clause.dep_ not in {"acl", "relcl"}
        or noun.lemma_.lower() not in DOCUMENT_NOUNS
        or noun.dep_ != "dobj"
        or is_passive(clause)
    ):
        return []
    return subjects(noun.head)


def _has_passive_subject(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)


def _controller(token: Token) -> Token | None:
    """The verb that controls an open complement ("is about to restore": is)."""
    if token.pos_ not in {"VERB", "AUX"} and token.dep_ in {"acomp", "xcomp", "advmod"}:
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("Ukraine, which wants ...")."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def cause_objects(verb: Token) -> list[Token]:
    """Objects of "in/from/during" phrases of a passive verb: "killed in Israeli shelling" → shelling."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"in", "from", "during", "by"}
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    ]


# Verbs whose object does what their open complement says: "urged Moscow to withdraw", "helped militants join".
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "tell",
        "order",
        "force",
        "persuade",
        "invite",
        "help",
        "allow",
        "enable",
        "encourage",
        "call",
    }
)
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


# Speech verbs whose that-clause, told of the speaker itself, acknowledges an act ("claimed that
# they had attacked the school"): CAMEO 015, claim responsibility.
CLAIM_GOVERNORS = frozenset({"claim", "admit", "acknowledge"})


def claimed_own_act(verb: Token) -> bool:
    """Whether the verb's clause is what its speaker claims or admits to have done itself: "the
    Taliban claimed that they had attacked the school", "Russia admitted it shot down the jet"."""
    speech = reporter(verb)
    if speech is None or speech.lemma_.lower() not in CLAIM_GOVERNORS:
        return False
    heads = subjects(verb)
    return bool(heads) and all(h.lower_ in PERSONAL_PRONOUNS for h in heads)


def reporter(verb: Token) -> Token | None:
    """The speech verb whose that-clause ``verb`` heads ("Israel announced it would free ...")."""
    node = verb
    while node.dep_ in {"conj"} and node.head is not node:
        node = node.head
    return node.head if node.dep_ == "ccomp" and node.head.pos_ == "VERB" else None


def objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"dobj", "dative"}]


def agent_objects(verb: Token) -> list[Token]:
    """The ``by`` phrase of a passive verb: "was attacked by X" → X."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def prepositional_objects(verb: Token) -> list[Token]:
    """Objects of the verb's prepositions (and of its direct object's), best preposition first."""
    found: list[tuple[int, int, Token]] = []
    holders = [verb, *objects(verb)]
    holders.extend(c for c in verb.children if c.dep_ == "prt")
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in TARGET_PREPOSITIONS:
                continue
            if holder is not verb and prep.lower_ in LOCATIVE_PREPOSITIONS:
                continue  # "an attack by X in south Ithilen": where, not whom
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found.append((TARGET_PREPOSITIONS.index(prep.lower_), pobj.i, pobj))
    return [t for _, _, t in sorted(found, key=lambda x: (x[1] if x[0] < 3 else 1000 + x[1], x[0]))]


def conjuncts(head: Token) -> list[Token]:
    """The head and the heads it is coordinated with ("A and B" → [A, B]).

    A list of names is often parsed as an apposition followed by a coordination
    ("The US, Russia, and Switzerland"): appositions that start such a list count too.
    """
    out = {head.i: head}
    for c in head.conjuncts:
        out[c.i] = c
    listing = any(c.dep_ == "conj" for c in head.children)
    for appos in [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]:
        if appos.conjuncts or listing:  # "Arnor and the evil awful Gondor" parsed with Gondor as apposition
            out[appos.i] = appos
            for c in appos.conjuncts:
                out[c.i] = c
    return sorted(out.values(), key=lambda t: t.i)


def np_core(head: Token) -> Iterator[Token]:
    """Tokens of the noun phrase around ``head``, nearest first: the head, its modifiers, its of-phrases.

    Relative clauses and other clauses attached to the phrase are left out, so the
    actor of "Ukraine, which wants to join NATO," is Ukraine, never NATO.
    """
    yield head
    frontier = [head]
    seen = {head.i}
    while frontier:
        node = frontier.pop(0)
        for child in sorted(node.children, key=lambda c: abs(c.i - head.i)):
            if child.i in seen or child.dep_ == "conj" or child.dep_ == "cc":
                continue
            keep = child.dep_ in NP_CORE_DEPS or (child.dep_ == "prep" and child.lower_ in {"of", "from"})
            keep = keep or (node.dep_ == "prep" and child.dep_ == "pobj")
            if keep:
                seen.add(child.i)
                frontier.append(child)
                yield child


EMBEDDED_CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "conj", "csubj", "pcomp"}
)


def core_clause_tokens(verb: Token, sentence: Span) -> list[Token]:
    """The verb's own clause without embedded or coordinated clauses (for a last-resort target scan)."""
    skip: set[int] = set()
    for token in verb.subtree:
        if token.i != verb.i and token.dep_ in EMBEDDED_CLAUSE_DEPS and token.pos_ in {"VERB", "AUX"}:
            skip.update(t.i for t in token.subtree)
    first, end = sentence.start, sentence.end
    return [t for t in verb.subtree if first <= t.i < end and t.i not in skip]


# Where or when an act happened, not whom it concerns: "an attack by X in south Ithilen".
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "inside", "across", "during", "after", "before", "since", "on"}
)


def nested_phrase_heads(head: Token) -> list[Token]:
    """Heads of the prepositional phrases nested in a noun phrase, nearest first, without entering
    clauses, except the by-agent of a participle: "a resumption of ties with Osgiliath" →
    [ties, Osgiliath]; "memos sent by Bree" → [Bree]."""
    out: list[Token] = []
    frontier = [head]
    while frontier:
        node = frontier.pop(0)
        for child in node.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                frontier.extend(g for c in child.children if c.dep_ == "agent" for g in c.children)
                out.extend(
                    g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                )
            elif child.dep_ == "prep" and child.lower_ not in LOCATIVE_PREPOSITIONS:
                pobjs = [g for g in child.children if g.dep_ == "pobj"]
                out.extend(pobjs)
                frontier.extend(pobjs)
    return out


def clause_tokens(verb: Token, sentence: Span) -> list[Token]:
    """The verb's clause: its subtree within the sentence, without coordinated verbs' clauses and
    without adverbial, relative and loosely attached clauses ("..., claiming it was a lie"), whose
    words are not the verb's pattern words. That-clauses and open complements stay."""
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in {"conj", "advcl", "relcl", "parataxis"} and child.pos_ in {"VERB", "AUX"}:
            skip.update(t.i for t in child.subtree)
    first, end = sentence.start, sentence.end
    return [t for t in verb.subtree if first <= t.i < end and t.i not in skip]


# Conjunctions of an adverbial clause that tells the time or cause of the main clause's act.
BACKGROUND_MARKS = frozenset({"after", "as", "since", "before", "when", "while", "because", "until", "once"})


def in_background_clause(verb: Token) -> bool:
    """Whether the verb heads, or is coordinated or complemented within, a clause that describes a
    noun: a relative clause ("Hamas, which advocates Israel's destruction"; "the faction that
    controls the province") or a present participle ("the coalition fighting Houthi rebels"),
    unless the noun is a document, whose participle says what its author does ("a report
    accusing the army"); or an adverbial clause that tells the main act's time or cause ("one day
    after a jet shot down a helicopter", ``BACKGROUND_MARKS``) or a subjectless participle that
    elaborates it ("rioted, setting fire to their mattresses")."""
    node = verb
    for _ in range(4):
        if node.dep_ == "relcl":
            return True
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in {"NOUN", "PROPN"}:
            return node.head.lemma_.lower() not in DOCUMENT_NOUNS
        if node.dep_ == "advcl" and (
            any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children)
            or (
                node.tag_ == "VBG"
                and not any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in node.children)
            )
        ):
            return True
        if node.dep_ not in {"conj", "xcomp", "ccomp"} or node.head is node:
            return False
        node = node.head
    return False


def noun_clause_tokens(verb: Token, clause: Sequence[Token]) -> frozenset[int]:
    """Tokens of the clauses that modify a noun inside the verb's clause ("halted aid in line with
    efforts to end the fighting", "cooperate with inspectors probing sites for weapons"): their words
    are their own verbs' pattern text, not ``verb``'s. ``clause`` is ``clause_tokens(verb, ...)``:
    a noun clause outside it lies in a clause it leaves out, whose words are not read anyway."""
    out: set[int] = set()
    for token in clause:
        if (
            token.dep_ in {"acl", "relcl"}
            and token.i != verb.i
            and token.i not in out
            and token.pos_ in {"VERB", "AUX"}
            and token.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}
        ):
            out.update(t.i for t in token.subtree)
    return frozenset(out)


def finite_complement_tokens(verb: Token) -> frozenset[int]:
    """Tokens of the verb's that-clauses with a subject of their own ("demanded that Hamas renounce
    its struggle against Israel"): the prepositions there are the embedded verb's, not ``verb``'s."""
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            out.update(t.i for t in child.subtree)
    return frozenset(out)


# Arguments of a verb whose head can carry a pattern's prepositional phrase: "met the envoy of
# Iran", "lifted sanctions on Iran" (PETRARCH matches a "(PREP ...)" of the verb phrase itself or of
# the noun phrase whose head the pattern names).
ARGUMENT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "acomp", "nsubj", "nsubjpass", "pobj", "pcomp"})
PREPOSITION_DEPS = frozenset({"prep", "agent", "dative", "prt"})


def phrase_prepositions(verb: Token, words: Sequence[int] = ()) -> frozenset[int]:
    """Prepositions whose phrase belongs to the verb (a pattern's "(PREP ...)" may open there).

    Those attached to the verb (or to ``words``, the verb's other words), to the head of one of
    its arguments, or, down a chain of such phrases, to the head of a prepositional object
    ("protested in support of Ankara": in, of); a head's coordinated or appositive noun counts
    once, not a conjunct of that: in "disagree on issues, from the purchase – a move – differences
    in politics, rights and support", "in" hangs three nominal levels below "from" and is not the
    verb's. Clauses inside the verb's (open complements, that-clauses) are verbs of their own
    here: their prepositions count as theirs do.
    """
    out: set[int] = set()
    seen: set[int] = set()
    # (token, may still take one coordination or apposition step)
    frontier: list[tuple[Token, bool]] = [(verb, True)]
    frontier.extend((verb.doc[i], True) for i in words if i != verb.i)
    while frontier:
        node, step = frontier.pop()
        if node.i in seen:
            continue
        seen.add(node.i)
        nominal = node.pos_ not in {"VERB", "AUX"}
        for child in node.children:
            if child.dep_ in PREPOSITION_DEPS or (child.pos_ == "ADP" and child.dep_ not in {"pobj"}):
                out.add(child.i)
                frontier.append((child, True))
            elif child.dep_ in ARGUMENT_DEPS:
                frontier.append((child, True))
            elif child.dep_ in {"conj", "appos"} and nominal:
                if step:
                    frontier.append((child, False))
            elif child.pos_ in {"VERB", "AUX"} and child.dep_ in CLAUSE_DEPS:
                frontier.append((child, True))
    return frozenset(out)
