"""Syntax helpers for event coding: triggers, subjects, objects, prepositions.

These read a spaCy parse and know nothing about actors; `code.py` combines
them with the actor index.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import Lexicon, Sense, choose

OBJECT_DEPS = {"dobj", "attr", "oprd"}
PHRASE_WORD_DEPS = {"compound", "amod", "prep", "pobj", "nmod", "conj", "poss"}
# Verbs whose object does what the complement says ("urged Iran to release",
# "allowed inspectors to enter"); with other verbs the subject does it
# ("summoned the envoy to protest": the summoner protests).
OBJECT_CONTROL = {
    "urge",
    "ask",
    "call",
    "press",
    "encourage",
    "invite",
    "appeal",
    "request",
    "demand",
    "pressure",
    "allow",
    "permit",
    "force",
    "order",
    "persuade",
    "tell",
    "enable",
    "compel",
    "require",
    "convince",
}
SUBJECT_DEPS = {"nsubj", "csubj"}
# passives that pass their subject down: "the Red Army is believed to keep 300,000 troops"
RAISING = {"believe", "say", "think", "report", "know", "expect", "estimate", "reckon", "understand"}
INHERIT_SUBJECT = {"xcomp", "conj", "advcl", "acl", "pcomp", "acomp"}


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    sense: Sense
    rule: str


# Nouns that measure something: their modifiers name what is measured, not the object acted on.
MEASURE_NOUNS = frozenset(
    {"surplus", "deficit", "imbalance", "gap", "shortfall", "price", "rate", "level", "share", "cost"}
)


def object_lemmas(verb: Token) -> set[str]:
    """Words that select a sense: the nouns of the object phrase ("part of a
    military aid program": part, program, aid) and of the verb's prepositional
    phrases, plus a particle."""
    lemmas: set[str] = set()
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS | {"nsubjpass", "prep", "dative"}:
            lemmas |= _phrase_words(child)
        elif child.dep_ == "prt":
            lemmas.add(child.lower_)
    return lemmas


def _phrase_words(head: Token) -> set[str]:
    words: set[str] = set()
    frontier = [head]
    for _ in range(4):
        following = []
        for token in frontier:
            if token.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "NUM"):
                words |= {token.lemma_.lower(), token.lower_}
            if token.lemma_.lower() in MEASURE_NOUNS:
                continue  # "reduce its trade surplus" cuts a surplus, not trade: no embargo
            following += [c for c in token.children if c.dep_ in PHRASE_WORD_DEPS]
        frontier = following
    return words


def verb_key(token: Token) -> list[str]:
    """Lexicon keys for a verb: with its particle or preposition first ("call on"), then bare."""
    lemma = token.lemma_.lower()
    extras = [c.lower_ for c in token.children if c.dep_ in ("prt", "prep")]
    return [f"{lemma} {e}" for e in extras] + [lemma]


def find_trigger(token: Token, lexicon: Lexicon) -> Trigger | None:
    if token.pos_ == "VERB":
        for key in verb_key(token):
            senses = lexicon.verbs.get(key)
            if senses and (sense := choose(senses, object_lemmas(token))):
                return Trigger(token, sense, "events.verb.v1")
    if token.pos_ == "NOUN" and token.lemma_.lower() not in lexicon.nouns:
        # "a mediation mission", "peace talks": the event is named by the modifier
        event = next(
            (c for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in lexicon.nouns), None
        )
        if event is not None:
            token = event
    if token.pos_ == "NOUN" and (senses := lexicon.nouns.get(token.lemma_.lower())):
        modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")}
        modifiers |= {g.lemma_.lower() for c in token.children if c.lower_ == "of" for g in c.children}
        if sense := choose(senses, modifiers):
            return Trigger(token, sense, "events.noun.v1")
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def agent_of(verb: Token) -> Token | None:
    """A passive's doer: "condemned by Egypt", or "condemned in a joint statement by Egypt"."""
    agent = next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
    )
    if agent is not None:
        return agent
    if not _passive_participle(verb):
        return None  # "have committed half a million men, with aircraft by the thousand"
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            by = prep_object(noun, "by")
            if by is not None:
                return by
    return None


def _passive_participle(verb: Token) -> bool:
    """ "was condemned", "Iraq, condemned in a statement by Egypt"; not "has committed"."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return is_passive(verb) or (verb.tag_ == "VBN" and not perfect)


def subject_of(verb: Token) -> Token | None:
    """The acting subject, following complements and passives up the tree."""
    node = verb
    for _ in range(6):
        agent = agent_of(node)
        if agent is not None:
            return agent
        if is_passive(node) and node.dep_ == "conj":
            # "Turkey is under sanctions, and was condemned ...": the subject it shares is
            # the one acted upon, not the doer
            return None
        subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in RAISING and is_passive(node.head):
            return next((c for c in node.head.children if c.dep_ == "nsubjpass"), None)
        if (
            node.dep_ == "xcomp"
            and node.head.lemma_.lower() in OBJECT_CONTROL
            and (controller := object_of(node.head))
        ):
            return controller  # "urged both governments to reopen": the governments reopen
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head  # "the army that attacked"
        if node.dep_ == "ccomp" and (told := _object_read_for_subject(node)) is not None:
            return told  # "he told the Bundestag Germany would put €100bn into a fund"
        if node.dep_ not in INHERIT_SUBJECT or node.head.i == node.i:
            return None
        node = node.head
    return None


def _object_read_for_subject(clause: Token) -> Token | None:
    """The subject of a reported clause the parser made the object of the verb before it:
    "told the Bundestag [Germany] would put": the object right before the clause's verb, with
    only auxiliaries and adverbs between."""
    told = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if told is None or told.pos_ != "PROPN":
        return None
    between = clause.doc[told.i + 1 : clause.i]
    return told if all(t.dep_ in ("aux", "neg", "advmod") for t in between) else None


def object_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


def noun_source(noun: Token) -> Token | None:
    """A nominal event's doer: "by Iran", "Russia's invasion", "Israeli airstrikes"."""
    for child in noun.children:
        if child.lower_ == "by":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            return child
    return None


def prep_object(head: Token, preposition: str) -> Token | None:
    for child in head.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ == preposition:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
