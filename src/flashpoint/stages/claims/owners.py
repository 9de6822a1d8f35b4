"""Whose a figure is, read from the words around it: the nationality a number counts, a
possessive before or around it, the subject of a gapped, coordinated or relative clause,
the phrase it is set off from."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import Claim, MentionKind, Sector
from ..events.reference import ActorIndex
from ..events.syntax import subject_of
from .forces import ARMED_FORCES
from .measures import OTHER_MEASURES
from .naming import PLACE_KINDS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, named_before, named_by, phrase_owner
from .quantities import Kind
from .ratios import compared_noun
from .syntax import (
    APPROXIMATE,
    Located,
    agent_of,
    before_hedges,
    clause_subject,
    governing_verbs,
    verb_of,
    word_before,
)

# a title or sector noun whose country its own phrase names ("Russian troops"), not one
# taken from "its" or the context
NAMED_ROLE = "actors.role.v1"
OWNING_DEPS = frozenset({"poss", "compound", "amod", "nmod", "appos", "pobj"})
TALLY_VERBS = frozenset({"number", "total", "stand", "count"})
GAP_JOINERS = frozenset({"and", ",", "while", "whereas", "but", ";"})
NATIONAL_WHOLES = frozenset(
    {"gnp", "budget"}
)  # "6 pct of its gross national product", "40 percent of its budget"
KEEPING = frozenset({"have", "keep", "maintain", "station", "deploy", "send", "base"})
# Nouns that stand for a figure of their owner: "the Greek total of around 143,000".
TALLY_NOUNS = frozenset({"total", "figure", "tally", "strength", "estimate"})


SHIP = "actors.ship.v1"
SHIPBOARD = frozenset({"aboard", "on", "onboard"})


def nationality_counted(quantity: Token, index: ActorIndex, demonyms_only: bool = False) -> str | None:
    """The country of the people a number counts ("2,600 Iraqis", "15,000 Iranian Revolutionary
    Guards"): annotators own such losses to the nationality the text gives them."""
    if quantity.dep_ == "conj" and quantity.head.dep_ == "nummod":
        people = quantity.head.head  # "South Korea's 640,000 and 28,500 American troops"
    elif quantity.dep_ == "nummod":
        people = quantity.head
    else:
        return None
    counted = (MentionKind.DEMONYM,) if demonyms_only else (MentionKind.DEMONYM, MentionKind.ROLE)
    # "4,500 American and 2,300 Filipino troops": the nationality right after each number
    for word in quantity.doc[quantity.i + 1 : people.i] if people.i > quantity.i else ():
        if word.like_num and quantity.i > 0 and quantity.doc[quantity.i - 1].lower_ in ("'s", "’s"):
            return None  # "South Korea's 640,000 and 28,500 American troops": the 640,000 is Seoul's
        if word.like_num:
            break
        if (m := index.at(word)) is not None and m.kind in counted and m.country:
            return m.country
    words = [people, *(c for c in people.children if c.dep_ in ("amod", "compound"))]
    return next(
        (
            m.country
            for w in words
            if (m := index.at(w)) is not None
            and m.country
            and (
                m.kind in counted
                or (m.rule == NAMED_ROLE and w.i != people.i)
                or (m.kind is MentionKind.COUNTRY and w.dep_ == "compound")  # "1,000 US personnel"
            )
        ),
        None,
    )


def crew_of(quantity: Token, index: ActorIndex) -> str | None:
    """The state whose ship the people a number counts were aboard: "killed 37 sailors aboard
    the USS Stark" (the phrase on the people or on their verb)."""
    if quantity.dep_ != "nummod":
        return None
    people = quantity.head
    holders = [people, people.head] if people.dep_ in ("dobj", "nsubj", "nsubjpass") else [people]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SHIPBOARD):
        for ship in (g for g in prep.children if g.dep_ == "pobj"):
            if (m := index.at(ship)) is not None and m.rule == SHIP and m.country:
                return m.country
    return None


def of_whose(quantity: Token, index: ActorIndex) -> str | None:
    """The possessor of the people a number is "of": "two of its soldiers"."""
    for prep in (c for c in quantity.children if c.dep_ == "prep" and c.lower_ == "of"):
        for people in (g for g in prep.children if g.dep_ == "pobj"):
            for owner in (c for c in people.children if c.dep_ == "poss"):
                if owner.lower_ in POSSESSIVE_PRONOUNS:
                    return named_before(owner, index)
                if (mention := index.find(owner)) is not None and mention.country:
                    return mention.country
    return None


def losses_before(verb: Token, index: ActorIndex) -> str | None:
    """The nationality counted by the loss verb this one is coordinated with."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    for obj in (c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")):
        number = next((c for c in obj.children if c.dep_ == "nummod"), None)
        if number is not None and (country := nationality_counted(number, index)):
            return country
    return None


def in_favour_of(quantity: Span, index: ActorIndex) -> str | None:
    """The country of "in X's favour" just after a sum: the balance is X's surplus."""
    following = quantity.doc[quantity.end : quantity.end + 6]
    words = [t.lower_ for t in following]
    if "in" not in words or not any(w in ("favour", "favor") for w in words):
        return None
    if "," in words[: words.index("in")]:
        return None  # "trade some $70 billion a year, overwhelmingly in China's favour": the volume
    return next((m.country for t in following if (m := index.at(t)) is not None and m.country), None)


def subject_named(quantity: Span, index: ActorIndex) -> str | None:
    """The country the quantity's clause subject names itself (no pronoun standing for it)."""
    subject = clause_subject(quantity)
    return named_by(subject, index) if subject is not None and subject.pos_ != "PRON" else None


def in_whose_case(quantity: Span, index: ActorIndex) -> str | None:
    """The country of "in X's case" or "in X's" right after a figure (its period aside)."""
    doc, at = quantity.doc, quantity.end
    if doc[at : at + 2].text.lower() in ("a year", "a month"):
        at += 2
    if at + 2 >= quantity.sent.end or doc[at].lower_ != "in":
        return None
    mention = index.at(doc[at + 1])
    end = at + 1
    while end < quantity.sent.end and index.at(doc[end]) is mention:
        end += 1
    if mention is None or not mention.country or doc[end].lower_ not in ("'s", "’s"):
        return None
    following = doc[end + 1] if end + 1 < quantity.sent.end else None
    if following is not None and following.pos_ == "NOUN" and following.lower_ != "case":
        return None  # "$5 billion in Japan's exports": what it is in, not whose
    return mention.country


def set_off_from(quantity: Span, index: ActorIndex) -> str | None:
    """The country of the phrase a figure is set off from: "Benin's armed forces, perhaps a third
    that size, are stretched"."""
    root = quantity.root
    return named_by(root.head, index) if root.dep_ == "appos" else None


def possessed_figure(quantity: Span, index: ActorIndex) -> str | None:
    """A country's possessive right before the number: "dwarfs Azerbaijan's 67,000", "against
    India's 1.4 million"."""
    doc, first = quantity.doc, quantity.start
    while first > 0 and quantity.start - first < 2 and doc[first - 1].lower_ in APPROXIMATE | {"at"}:
        # "Pakistan's approximately 650,000", "China's spending at $261 billion and India's at $71 billion"
        first -= 1
    if first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lemma_.lower() in TALLY_NOUNS:
        return phrase_owner(doc[first - 2], index)  # "the Greek total of around 143,000"
    if first < 2 or doc[first - 1].lower_ not in ("'s", "’s"):
        return None
    mention = index.at(doc[first - 2])
    return mention.country if mention is not None else None


def counted_for(quantity: Span, index: ActorIndex) -> str | None:
    """ "roughly 130,000 for Algeria", "30,000 on the Ecuadorian side": a count followed by
    for (or on the side of) a country is that country's."""
    doc = quantity.doc
    if quantity.end + 1 >= len(doc) or doc[quantity.end].lower_ not in ("for", "in", "on"):
        return None
    at = quantity.end + 1 + (doc[quantity.end + 1].lower_ == "the")
    mention = index.at(doc[at]) if at < len(doc) else None
    if doc[quantity.end].lower_ == "on":
        # "75,000 men against some 30,000 on the Ecuadorian side"
        side = at + 1 < len(doc) and doc[at + 1].lower_ == "side"
        return mention.country if mention is not None and side else None
    if doc[quantity.end].lower_ == "in" and (mention is None or not _an_armed_force(doc[at], index)):
        return None  # "some 480,000 in the Vietnam People's Army"; not "5,200 troops in Iraq"
    return mention.country if mention is not None else None


def _an_armed_force(word: Token, index: ActorIndex) -> bool:
    """ "the Vietnam People's Army", "the Rwanda Defence Force": a national armed force."""
    mention = index.at(word)
    if mention is None or mention.sector is Sector.MIL:
        return mention is not None
    end = word.i
    while end + 1 < len(word.doc) and index.at(word.doc[end + 1]) is mention:
        end += 1
    following = word.doc[end + 1 : end + 3]
    return any(t.lemma_.lower() in ARMED_FORCES or t.lower_ in ("defence", "defense") for t in following)


def own_clause_subject(quantity: Token, cue: Token, index: ActorIndex, given: bool) -> str | None:
    """The subject of the quantity's own clause when the cue lies in another clause: "The United
    States raised its contribution to 190 mln dlrs ... and the Netherlands raised its figure to
    232 mln guilders" is the Netherlands'."""
    verb = next(iter(governing_verbs(quantity)), None)
    contrasted = (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children)
    )  # "Its budget was $1.4 billion, while Kosovo allocates €100 million"
    if verb is None or not (verb.dep_ == "conj" or contrasted) or cue in verb.subtree:
        return None  # only a coordinated clause of its own, not "..., with Japan increased 700 mln"
    subject = subject_of(verb)
    return named_by(subject, index, strict=given) if subject is not None else None


def set_off_after(quantity: Span, index: ActorIndex) -> str | None:
    """The possessor of the noun a count is set off after by a comma: "Saudi Arabia's regular
    forces, some 65,000 men all told" (often misparsed, so read from the words)."""
    doc, at = quantity.doc, before_hedges(quantity)
    if at <= quantity.sent.start or doc[at].text != ",":
        return None
    noun = doc[at - 1]
    counted = quantity.root.head
    if noun.pos_ != "NOUN" and counted.dep_ == "appos" and counted.head.i < at:
        noun = counted.head  # "France's largest military garrison abroad, roughly 2,900 troops"
    if noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    mention = index.find(owner) if owner is not None else None
    return mention.country if mention is not None else None


def goods_of(quantity: Token, index: ActorIndex) -> str | None:
    """The country of the goods a sum is "of": "300 mln dlrs of Japanese electronic goods"."""
    for prep in (c for c in quantity.children if c.dep_ == "prep" and c.lower_ == "of"):
        for goods in (g for g in prep.children if g.dep_ == "pobj"):
            maker = next((index.at(c) for c in goods.children if c.dep_ in ("amod", "compound")), None)
            if maker is not None and maker.country:
                return maker.country
    return None


def spent_by(figure: Token, index: ActorIndex) -> str | None:
    """The country in the by-phrase of a participle on a figure: "the $4.5 billion spent by Egypt"."""
    agent = agent_of(figure)
    mention = index.find(agent) if agent is not None else None
    return mention.country if mention is not None else None


def losers(verb: Token) -> Token | None:
    """Who loses, for "lose" with no subject of its own: the subject of the verb above it ("Baku
    admitted to losing 80")."""
    if verb.lemma_.lower() != "lose":
        return None
    above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and subject_of(a) is not None), None)
    return subject_of(above) if above is not None else None


def gapped_subject(quantity: Span, index: ActorIndex) -> str | None:
    """The subject of a clause whose verb is left out: "... and Greece about $5 billion"."""
    doc, at = quantity.doc, before_hedges(quantity)
    mention = index.at(doc[at]) if at > quantity.sent.start else None
    if mention is None or not mention.country:
        return None
    while at > quantity.sent.start and index.at(doc[at - 1]) is mention:
        at -= 1
    joined = at > quantity.sent.start and doc[at - 1].lower_ in GAP_JOINERS
    return mention.country if joined else None


def share_of_whose(quantity: Token, index: ActorIndex) -> str | None:
    """The owner of the national aggregate a share is "of": "3% of its GDP" is the country "its"
    names, whatever cue the sentence offers later."""
    for of in (c for c in quantity.children if c.dep_ == "prep" and c.lower_ == "of"):
        for whole in (g for g in of.children if g.lemma_.lower() in OTHER_MEASURES | NATIONAL_WHOLES):
            possessor = next((c for c in whole.children if c.dep_ == "poss"), None)
            if possessor is None:
                continue
            if possessor.lower_ in POSSESSIVE_PRONOUNS:
                return named_before(possessor, index)
            mention = index.find(possessor)
            return mention.country if mention is not None else None
    return None


def elliptical_antecedent(quantity: Token, index: ActorIndex) -> str | None:
    """The country of a possessive standing for a figure, right before the relative clause that
    holds the quantity ("Pakistan's, which stood at $7.6 billion", "China's, which Beijing puts
    at 1.27 trillion yuan"): the parser hangs the clause on
    the figure before, whose cue then names the wrong owner."""
    verb = next(iter(governing_verbs(quantity)), None)
    if verb is None or verb.dep_ != "relcl":
        return None
    # "which stood at", or "which Beijing puts at 1.27 trillion yuan"
    pronoun = next((c for c in verb.children if c.lower_ in RELATIVE_PRONOUNS), None)
    if pronoun is None:
        return None
    case = word_before(pronoun)
    if case.lower_ not in ("'s", "’s") or case.i == 0:
        return None
    mention = index.at(case.doc[case.i - 1])
    return mention.country if mention is not None else None


def owned_within(head: Token, span: Span, index: ActorIndex) -> str | None:
    """A country that owns the quantity's own phrase ("20 percent of Iran's population"),
    through possessors, modifiers and of-phrases only: "an investment in the United States"
    is not the United States'. Not one inside the quantity ("53 billion U.S. dlrs")."""
    frontier, inside = [head], range(span.start_char, span.end_char)
    for _ in range(4):
        following = []
        for node in frontier:
            mention = index.at(node)
            if mention is not None and mention.country and mention.start not in inside:
                return mention.country
            for child in node.children:
                if child.dep_ == "appos" and compared_noun(child):
                    continue  # "14 billion pounds, several times Argentina's spending": compared
                if child.dep_ in OWNING_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
                    following.append(child)
        frontier = following
    return None


def converted(item: Located, previous: Claim | None) -> bool:
    """A sum right after a sum in another currency: the same sum converted."""
    unit = item.quantity.unit
    return (
        item.quantity.kind is Kind.MONEY
        and previous is not None
        and previous.value is not None
        and previous.unit not in (None, "count", "fraction", "tonne", unit)
    )


def sent_by_relative(forces: Token, index: ActorIndex) -> str | None:
    """The state a relative clause on the forces says sends or keeps them: "the soldiers it had
    just sent to Takuba", "the 5,000 troops Russia keeps in Armenia"."""
    clause = next((c for c in forces.children if c.dep_ == "relcl"), None)
    subject = subject_of(clause) if clause is not None else None
    if subject is None:
        return None
    mention = index.at(subject)
    if mention is None and subject.lower_ in ("it", "they"):
        mention = index.antecedent(subject)
    return mention.country if mention is not None and mention.kind in PLACE_KINDS else None


def kept_by_a_state(quantity: Token, index: ActorIndex) -> bool:
    """People a named state has, keeps or sends: "The United States has some 1,100 personnel in
    Niger"."""
    verb = verb_of(quantity)
    subject = subject_of(verb) if verb is not None and verb.lemma_.lower() in KEEPING else None
    mention = index.find(subject) if subject is not None else None
    return mention is not None and mention.country is not None and mention.kind in PLACE_KINDS


def organisation_owned(quantity: Span, index: ActorIndex) -> bool:
    """A figure an international organisation possesses: "NATO's 60,000 troops"."""
    root = quantity.root
    possessors = [c for c in root.head.children if c.dep_ == "poss"] if root.dep_ == "nummod" else []
    at = before_hedges(quantity)
    if at > quantity.sent.start and quantity.doc[at].lower_ in ("'s", "’s"):
        possessors.append(quantity.doc[at - 1])
    return any((m := index.find(p)) is not None and m.kind is MentionKind.IGO for p in possessors)


def elliptical_possessor(quantity: Span) -> Token | None:
    """The possessor whose noun is left out before a count: "Turkey's armed forces ... ; Syria's
    numbered about 300,000" (the parser rarely sees the ellipsis, so the words are read)."""
    doc = quantity.doc
    at = before_hedges(quantity, TALLY_VERBS)
    if at == quantity.start - 1 or doc[at].lower_ not in ("'s", "’s"):
        return None  # no verb of counting between ("Syria's 300,000" is read elsewhere)
    return doc[at - 1] if at > quantity.sent.start else None


def first_clauses_subject(verb: Token, subject: Token | None, index: ActorIndex) -> str | None:
    """The country the first of two coordinated clauses is about, for an unowned subject of the
    second: "Tbilisi has poured money into its army ..., and defence spending has risen"."""
    if verb.dep_ != "conj" or subject is None or any(c.dep_ == "poss" for c in subject.children):
        return None
    first = subject_of(verb.head)
    return named_by(first, index) if first is not None else None


def with_its_forces(figure: Token, index: ActorIndex) -> str | None:
    """The state set off before a with-phrase that counts forces: "Washington, with some 47,000
    troops stationed in Japan, ..." (the parser hangs the phrase on the verb)."""
    forces = figure.head if figure.dep_ == "nummod" else figure
    prep = forces.head
    if forces.dep_ != "pobj" or prep.lower_ != "with" or prep.i < 2:
        return None
    comma, before = figure.doc[prep.i - 1], figure.doc[prep.i - 2]
    mention = index.at(before)
    if comma.text != "," or mention is None or not mention.country:
        return None
    return mention.country if before.dep_ in ("nsubj", "nsubjpass") or before.head == prep.head else None
