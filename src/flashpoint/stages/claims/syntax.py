"""Parse helpers the claim rules share: where a quantity stands in the doc (`Located`,
`Window`), the verb and the subjects above a word, the stretch of a sentence between
semicolons, the hedges before a figure."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..events.syntax import subject_of
from .quantities import Quantity

GOVERNING_VERBS = 3  # how far up the clauses an owner is looked for
HEDGES = frozenset({"more", "less", "than", "over", "about", "nearly", "almost", "roughly", "some", "just"})
APPROXIMATE = {
    "approximately",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "estimated",
    "over",
    "more",
    "up",
    "perhaps",  # "perhaps $350m"
    "maybe",
    "least",  # "at least 56"
    "close",  # "close to 8,000"
}


@dataclass(frozen=True, slots=True)
class Located:
    quantity: Quantity
    span: Span  # its tokens in the doc


@dataclass(frozen=True, slots=True)
class Window:
    """The tokens of a sentence that belong to one quantity: previous level to next figure."""

    start: int
    end: int


def clause_subject(quantity: Span) -> Token | None:
    """The subject of the first verb above a figure."""
    verb = verb_of(quantity.root)
    return subject_of(verb) if verb is not None else None


def agent_of(noun: Token) -> Token | None:
    """The by-phrase of a participle on a noun: "a loan approved by the World Bank"."""
    for participle in (c for c in noun.children if c.dep_ == "acl"):
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def governing_verbs(head: Token) -> list[Token]:
    """The quantity's verb, and the verbs above it that it completes (see `_completed`)."""
    verb = next((a for a in [head, *head.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    verbs = []
    while verb is not None and len(verbs) < GOVERNING_VERBS:
        verbs.append(verb)
        verb = _completed(verb)
    return verbs


def subject_across_object(verb: Token) -> Token | None:
    """The subject of a verb the parser coordinated with the object before it: "Nicaragua's army
    numbers some 12,000 men and runs on a budget of $40 million", "runs" hung on "men"."""
    noun = verb.head
    if verb.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "attr"):
        return None
    return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def subject_in_aside(verb: Token) -> Token | None:
    """The subject the parser gave to a participle set off before the verb: "Guatemala's armed
    forces, pared back after the 1996 peace accords, still number some 18,000 active troops"
    ("pared" read as a clause with "forces" as its subject), "Saudi active forces, counting the
    National Guard, approach 230,000"."""
    aside = next(
        (
            c
            for c in verb.children
            if c.i < verb.i
            and ((c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN")) or (c.dep_ == "advcl" and c.tag_ == "VBG"))
        ),
        None,
    )
    if aside is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    subject = next((c for c in aside.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # set off by a comma: "forces, pared back"; not "Turkey spent ...; Athens devotes"
    if subject is None or [t.text for t in aside.doc[subject.i + 1 : aside.i]] != [","]:
        return None
    return subject


def subject_over_clause(verb: Token) -> Token | None:
    """The main clause's subject, for a verb the parser coordinated with one inside a clause
    below it: "Iran, throttled by sanctions, flies jets that were old when the Shah fell and
    spends perhaps $13 billion a year" ("spends" hung on "fell")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "..., and the Karabakh force adds an estimated 20,000": its own subject
    node = verb.head
    for _ in range(6):
        if (
            node.dep_ in ("advcl", "relcl", "conj")
            or (node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("dobj", "pobj", "attr", "prep"))
            or node.dep_ == "prep"
        ):
            node = node.head
        else:
            break
    if node is verb.head or node.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _completed(verb: Token) -> Token | None:
    """The verb a clause completes: "ordered ... to delay" (xcomp), "is considering proposals to
    reduce" (an infinitive qualifying the verb's object); not a reporting verb ("figures show")."""
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        return verb.head
    noun = verb.head
    if verb.dep_ == "acl" and noun.dep_ in ("dobj", "nsubj") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        # "120,000 troops, funded by a budget estimated at under $300 million": the participle
        # whose agent the budget is
        return noun.head.head
    return None


def between_semicolons(span: Span) -> tuple[int, int]:
    """The character offsets of the part of a sentence, between semicolons, that holds a span."""
    sentence = span.sent
    before = [t.idx for t in sentence if t.text == ";" and t.i < span.start]
    after = [t.idx for t in sentence if t.text == ";" and t.i >= span.end]
    return (before[-1] if before else sentence.start_char, after[0] if after else sentence.end_char)


def word_before(pronoun: Token) -> Token:
    """The word right before a relative pronoun, a comma aside (the pronoun itself at the start)."""
    at = pronoun.i - 1
    if at >= 0 and pronoun.doc[at].is_punct:
        at -= 1
    return pronoun.doc[at] if at >= 0 else pronoun


def verb_of(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) above a token."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def before_hedges(span: Span, skipping: frozenset[str] = frozenset()) -> int:
    """The index of the word before a span, hedges ("about", "some") and words skipping names
    aside; the sentence's first word at the furthest."""
    doc, at = span.doc, span.start - 1
    while at > span.sent.start and (doc[at].lower_ in APPROXIMATE or doc[at].lemma_.lower() in skipping):
        at -= 1
    return max(at, span.sent.start)
