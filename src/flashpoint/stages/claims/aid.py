"""Aid, credits and loans: the giver and the receiver of a sum, and sums asked for or
received rather than given."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..events.reference import ActorIndex
from ..events.syntax import subject_of
from .naming import gift_named_by_giver, named_by
from .parties import AN_ORGANISATION, NOT_A_COUNTRY, party_named
from .syntax import verb_of

AID_PEOPLE = frozenset(
    {"worker", "agency", "group", "convoy", "organisation", "organization", "official", "flight"}
)
ASKING = frozenset({"request", "seek", "ask", "apply", "want", "urge", "need"})
RECEIVING = frozenset({"receive", "get", "obtain", "secure", "win"})
REPAYING = frozenset({"pay", "repay", "prepay", "payment", "repayment", "prepayment", "amortization"})


def names_aid_people(word: Token) -> bool:
    """ "aid workers", "aid agencies": the word modifies the noun after it (however parsed)."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.lemma_.lower() in AID_PEOPLE


def given_from(quantity: Span, cue: Token | None, index: ActorIndex) -> str | None:
    """The country a sum comes from, in the phrase of the figure that holds its cue: "secured a
    $1.4 billion package of budget support and credit lines from Delhi"; not "a 40 mln dlr crude
    oil purchase from the Saudis" (a purchase, whatever "letter of credit" follows)."""
    noun = quantity.root
    while noun.dep_ in ("nummod", "compound", "quantmod", "nmod") and noun.head.i != noun.i:
        noun = noun.head
    phrase = set(noun.subtree)
    if cue is None or cue not in phrase:
        return None
    for prep in sorted(phrase, key=lambda t: t.i):
        if prep.lower_ == "from" and prep.dep_ == "prep":
            party = party_named(prep, index)
            return party if party not in (None, NOT_A_COUNTRY, AN_ORGANISATION) else None
    # "secured an $8.7bn American aid package", "a $4 billion Russian credit line": the
    # nationality of the sum is its giver's; not of loans the sum is "in" ("310 mln dlrs in
    # Brazilian loans" are a bank's loans to Brazil)
    carriers = (noun, cue) if cue.lemma_.lower() in ("aid", "assistance") else (noun,)
    givers = [
        m.country
        for t in phrase
        if t.dep_ in ("amod", "compound") and t.head in carriers and (m := index.at(t)) is not None
    ]
    return givers[0] if len(givers) == 1 and givers[0] else None


def budget_support(word: Token) -> bool:
    """ "a $1.4 billion package of budget support ... from Delhi": money given to fund another
    government's budget, not a defence budget."""
    return word.dep_ == "compound" and word.head.lemma_.lower() == "support"


def was_received(quantity: Token) -> bool:
    """ "The Philippines has received a 300 mln dlr loan": its subject is the receiver; "Manila
    will pay foreign banks 37 mln dlrs", "to make the extra 111 mln dlr prepayment": a debtor's
    payments on a loan are not a loan it gives."""
    verb = verb_of(quantity)
    nouns = {a.lemma_.lower() for a in [quantity, *quantity.ancestors] if a.pos_ == "NOUN"}
    repaid = any(a.lemma_.lower() in REPAYING for a in quantity.ancestors if a.pos_ == "VERB")
    received = verb is not None and verb.lemma_.lower() in RECEIVING
    return received or repaid or bool(nouns & REPAYING)


def asked_for(quantity: Token) -> bool:
    """ "Brazil requested a 300 mln dlr credit", "would urge the IMF to release a 480 mln dlrs
    loan", "Argentina's financing needs come to 3.53 billion dlrs": asked for, not given."""
    verbs = [a for a in quantity.ancestors if a.pos_ == "VERB"]
    nouns = {a.lemma_.lower() for a in quantity.ancestors if a.pos_ == "NOUN"}
    subjects = {s.lemma_.lower() for v in verbs[:1] if (s := subject_of(v)) is not None}
    asking_verb = any(v.lemma_.lower() in ASKING for v in verbs)
    return asking_verb or bool((nouns | subjects) & ASKING)


def receiver_of(quantity: Token, index: ActorIndex) -> str | None:
    """The subject of the receiving verb above a sum."""
    verb = verb_of(quantity)
    subject = subject_of(verb) if verb is not None else None
    return named_by(subject, index) if subject is not None else None


def giver_named(cue: Token | None, index: ActorIndex) -> str | None:
    """The giver a gift's own modifier names: "American military aid"."""
    if cue is None or not gift_named_by_giver(cue):
        return None
    modifiers = (c for c in cue.children if c.dep_ in ("amod", "compound"))
    return next((m.country for c in modifiers if (m := index.at(c)) is not None and m.country), None)
