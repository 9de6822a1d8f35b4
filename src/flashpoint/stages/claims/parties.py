"""The other parties of a figure: the country of a from/to/with phrase (or none, for a
region or group), the two of a bilateral figure, the pair a figure is given to each of, the
partners of a trade imbalance."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...records import Claim
from ..events.reference import ActorIndex, conjuncts
from .naming import GROUP_NOUNS

EACH_OF_THE_PAIR = frozenset({"country", "nation", "state", "side", "government"})
IMBALANCE_NOUNS = frozenset({"surplus", "deficit", "imbalance", "shortfall"})
NOT_A_COUNTRY = "-"  # a counterpart that is no country (see BILATERAL)
AN_ORGANISATION = "+"  # a counterpart that is an organisation: the claim stands, with no country
SKIPPED_BEFORE_PARTY = frozenset({"DET", "ADV", "ADJ", "NUM", "PUNCT", "SPACE"})


def dative_party(quantity: Span, index: ActorIndex, owner: str) -> str | None:
    """The country a verb gives the quantity to without a preposition: "gave Kenya $40 million"."""
    verb = quantity.root.head
    while verb.dep_ in ("pobj", "prep", "compound", "nummod", "quantmod") and verb.head.i != verb.i:
        verb = verb.head  # "$40 million in aid": up from the figure to its verb
    for child in verb.children:
        if child.dep_ == "dative" and (mention := index.find(child)) and mention.country not in (None, owner):
            return mention.country
    return None


def parties_between(cue: Token | None, index: ActorIndex) -> list[str]:
    """The two parties of "trade between Japan and China" or "between the two countries"."""
    if cue is None:
        return []
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "between"):
        for phrase in (g for g in prep.children if g.dep_ == "pobj"):
            named = [m.country for t in conjuncts(phrase) if (m := index.find(t)) and m.country]
            # "between the two countries", "between them": the last two named
            pronoun = phrase.lower_ == "them"
            pair = index.recent_pair(phrase, cue.sent) if pronoun else index.group(phrase, cue.sent)
            if not pair and _the_two_after(prep):
                # "trade between the two runs above $30 billion": "the two runs" read as a noun
                pair = index.recent_pair(phrase, cue.sent, "the two")
            named = named or [m.country for m in pair if m.country]
            if len(set(named)) == 2:
                return list(dict.fromkeys(named))
            if pronoun and not named:
                return index.article_pair()  # none named just before: the two the article is about
    return []


def _the_two_after(prep: Token) -> bool:
    return prep.doc[prep.i + 1 : prep.i + 3].text.lower() == "the two"


def bilateral(cue: Token | None, index: ActorIndex) -> list[str]:
    """ "bilateral trade", "two-way trade": the two countries named last before it."""
    if cue is None or not any(_two_sided(c) for c in cue.children if c.dep_ in ("amod", "compound")):
        return []
    named = [m.country for m in index.recent_pair(cue, cue.sent) if m.country]
    if len(set(named)) == 2:
        return named
    return index.article_pair()  # none named just before: the two the article is about


def _two_sided(modifier: Token) -> bool:
    """ "bilateral", "two-way"."""
    if modifier.lower_ == "bilateral":
        return True
    return modifier.lower_ == "way" and any(c.lower_ == "two" for c in modifier.children)


def party_named(prep: Token, index: ActorIndex) -> str | None:
    """The country a from/to/with phrase names, NOT_A_COUNTRY for a place or group that is
    none ("with Latin America", "with Far East countries"), None if it names no party at all
    ("to buy", "to 2.6 billion")."""
    for token in prep.doc[prep.i + 1 : prep.i + 6]:
        mention = index.at(token)
        if mention is not None and (mention.country or mention.igo):
            return mention.country or AN_ORGANISATION  # "with EC nations": a party, not a place
        if (token.pos_ in SKIPPED_BEFORE_PARTY or token.tag_ in ("VBN", "VBG")) and not token.like_num:
            continue
        if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.lemma_.lower() in GROUP_NOUNS):
            return NOT_A_COUNTRY
        return None
    return None


def the_two(quantity: Span, subject: Token | None, index: ActorIndex) -> list[str]:
    """For a figure given to each of "the two" or "both", the two countries the sentence before
    names (and only two)."""
    if each_one(subject):
        # "Each country spends little more than $10 million a year": each of the two the
        # article is about
        named = [m.country for m in index.both(subject) if m.country]
        return named if len(set(named)) == 2 else []
    if subject is None or subject.lower_ not in ("two", "both") or quantity.sent.start == 0:
        return []
    if not distributed(quantity):
        return []
    before = quantity.doc[quantity.sent.start - 1].sent
    named = list(dict.fromkeys(m.country for t in before if (m := index.at(t)) is not None and m.country))
    return named if len(named) == 2 else []


def each_one(subject: Token | None) -> bool:
    """ "Each country", "each side": a subject that gives the figure to each of a pair."""
    return (
        subject is not None
        and subject.lemma_.lower() in EACH_OF_THE_PAIR
        and any(c.dep_ == "det" and c.lower_ == "each" for c in subject.children)
        # not "each state in the European Union", "each country that joins"
        and not any(c.dep_ in ("prep", "relcl", "acl") for c in subject.children)
    )


def distributed(quantity: Span) -> bool:
    """A figure given to each of several: "... $5 billion each", "each spend $5 billion"."""
    doc = quantity.doc
    after = [t.lower_ for t in doc[quantity.end : min(quantity.end + 4, quantity.sent.end)]]
    before = [t.lower_ for t in doc[max(quantity.sent.start, quantity.start - 4) : quantity.start]]
    return "each" in after[: after.index(",")] if "," in after else "each" in after or "each" in before


def partner_in(sentence: Span, index: ActorIndex, owner: str, previous: Claim | None) -> str | None:
    """The other country of a flow whose partner this stretch does not name: the previous
    figure's ("to China ... from 7.69 billion in 1985"), else the other country the sentence names."""
    if previous is not None and previous.sentence_start == sentence.start_char and previous.counterpart:
        return previous.counterpart
    others = {m.country for t in sentence if (m := index.at(t)) and m.country and m.country != owner}
    return others.pop() if len(others) == 1 else None


def imbalance_partners(doc: Doc, index: ActorIndex) -> frozenset[str]:
    """Countries an article names as the other side of a trade imbalance ("this year's trade
    surplus with the United States"): whoever owns an unowned surplus there, they don't."""
    found = set()
    for token in doc:
        if (
            token.lemma_.lower() in IMBALANCE_NOUNS
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "with"
        ):
            found.update(
                m.country for t in doc[token.i + 2 : token.i + 6] if (m := index.at(t)) and m.country
            )
    return frozenset(found)
