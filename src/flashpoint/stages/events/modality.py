"""Modality: did the event happen, and who says so.

Walks from the trigger up through the clauses that govern it (complements,
adverbial clauses, shared coordination) and reads their auxiliaries,
negations, conditions and governing verbs, using the words in
data/lexicon/modality.tsv:

- negated: "not", "never" on the trigger or a verb whose complement it is,
  or a governing "refuse"/"fail" ("refused to attend");
- hypothetical: a modal (would, could, may...), a condition ("if"), or a
  governing verb of fear or suspicion ("fears that Azerbaijan could...");
- future: "will", "is to", a governing verb of intent ("plans to buy").

The walk stops at a reporting verb ("Azerbaijan reported that..."): what is
reported keeps its own modality and records the reporter as who asserts it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import Lexicon

# Dependencies from a noun trigger up to the verb of its clause.
NOUN_UP = {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "appos", "compound", "conj", "agent", "oprd"}
# Dependencies from a clause up to the clause that governs it.
SPEECH_NOUNS = {
    "statement",
    "declaration",
    "reminder",
    "demand",
    "call",
    "warning",
    "appeal",
    "claim",
    "announcement",
    "message",
    "letter",
    "insistence",
    "ultimatum",
    "request",
}
OBLIGATION = {"must", "should", "ought"}
CLAUSE_UP = {"xcomp", "ccomp", "advcl", "acomp", "pcomp", "conj", "csubj", "prep", "pobj", "acl"}


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reporter: Token | None = None  # subject of the verb that reports the event
    hedged: bool = False  # "reportedly", "apparently"
    obliged: bool = False  # "must", "should": demanded of its subject, not done
    condition: str | None = None  # "if", "unless": the act depends on something


def clause_verb(token: Token) -> Token:
    """The verb whose clause a noun trigger sits in (the token itself for verbs)."""
    while token.pos_ not in ("VERB", "AUX") and token.dep_ in NOUN_UP and token.head.i != token.i:
        token = token.head
    return token


def _own_flags(verb: Token, words: dict[str, str]) -> set[str]:
    flags = set()
    for child in verb.children:
        kind = words.get(child.lower_)
        if child.dep_ == "neg":
            flags.add("negated")
        elif child.dep_ in ("aux", "auxpass") and kind == "modal" and child.lower_ in ("would", "'d"):
            flags.add("would")  # future in reported speech, else hypothetical (decided at the end)
        elif child.dep_ in ("aux", "auxpass") and kind == "modal":
            flags.add("hypothetical")
            if child.lower_ in OBLIGATION:
                flags.add("obliged")
        elif child.dep_ in ("aux", "auxpass") and kind == "future":
            flags.add("future")
        elif child.dep_ == "mark" and kind == "condition":
            flags |= {"hypothetical", "condition", f"condition:{child.lower_}"}
        elif child.dep_ == "advmod" and kind == "hedge":
            flags.add("hedged")
        elif child.dep_ == "advcl":
            # "will withdraw its force unless Chad arranges a ceasefire"
            mark = next(
                (m for m in child.children if m.dep_ == "mark" and words.get(m.lower_) == "condition"), None
            )
            if mark is not None:
                flags |= {"hypothetical", "condition", f"condition:{mark.lower_}"}
    return flags


def _governing_flags(head: Token, via: str, words: dict[str, str]) -> set[str]:
    """What a governing verb says about its complement."""
    kind = words.get(head.lemma_.lower())
    if via == "xcomp" and kind == "intent":
        return {"future"}
    if via == "xcomp" and kind == "refuse":
        return {"negated"}
    if via in ("xcomp", "ccomp", "acl") and kind == "request":
        return {"hypothetical"}  # "urged Baku to reopen": asked for, not done
    if kind == "fear" and via in ("ccomp", "xcomp"):
        return {"hypothetical"}
    if via == "xcomp" and head.lemma_ == "be":
        return {"future"}  # "is to meet"
    return set()


def _shares_auxiliary(verb: Token, head: Token) -> bool:
    """Whether a coordinated verb falls under its head's auxiliary and negation: "did not
    attack or threaten" (same form) does, "was not satisfied and pressed" (a finite verb of
    its own) does not."""
    if head.lemma_ == "be" and verb.lemma_ != "be":
        return False  # "was not satisfied with the cuts and pressed for more": a predicate of its own
    return verb.tag_ == head.tag_ or verb.tag_ == "VB"


def read_modality(trigger: Token, lexicon: Lexicon) -> Modality:
    words = lexicon.modality
    flags = _own_flags(trigger, words)
    verb = clause_verb(trigger)
    if verb is not trigger:
        flags |= _own_flags(verb, words)
    reporter = None
    while verb.dep_ in CLAUSE_UP and verb.head.i != verb.i:
        via, head = verb.dep_, verb.head
        if via == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break  # a coordinated clause with its own subject has its own modality
        if via == "ccomp" and words.get(head.lemma_.lower()) in ("report", "accuse"):
            reporter = next((c for c in head.children if c.dep_ == "nsubj"), None)
            flags |= _own_flags(head, words) & {"hedged"}
            break
        if via == "acl" and head.lemma_.lower() in SPEECH_NOUNS:
            # "a reminder to Iraq that it must cooperate": who issued the reminder says so
            speaker = head.head if head.dep_ in ("dobj", "nsubj", "attr") else head
            reporter = next((c for c in speaker.children if c.dep_ == "nsubj"), None) or head
            break
        flags |= _governing_flags(head, via, words)
        inherited = _own_flags(head, words)
        if via in ("ccomp", "advcl") and "negated" in inherited:
            inherited.discard("negated")  # "did not say that...", "not because..."
        if via == "conj" and not _shares_auxiliary(verb, head):
            inherited.discard("negated")  # "was not satisfied ... and pressed for more"
        flags |= inherited
        verb = head
    if "would" in flags:
        # "Iraq said it would allow...": reported "would" is the future of the
        # past; the author's own "would" ("conflict would draw...") is hypothetical.
        flags.add("future" if reporter is not None and "condition" not in flags else "hypothetical")
    return Modality(
        negated="negated" in flags,
        hypothetical="hypothetical" in flags,
        future="future" in flags,
        reporter=reporter,
        hedged="hedged" in flags,
        obliged="obliged" in flags,
        condition=next((f.split(":")[1] for f in flags if f.startswith("condition:")), None),
    )
