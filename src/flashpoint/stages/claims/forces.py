"""Counts of people and of armed forces: whether a number counts people at all, civilians
against soldiers, standing armies, people lost, and whether a sentence speaks of the
military."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import Sector
from ..events.reference import ActorIndex
from ..events.syntax import subject_of
from .cues import DESIGNATION, FORCE_NOUNS, Cue, Found
from .naming import a_verb
from .syntax import APPROXIMATE, clause_subject

CIVILIAN_NOUNS = frozenset(
    {"islander", "civilian", "resident", "inhabitant", "citizen", "refugee", "tourist", "worker", "student"}
)
PEOPLE = frozenset({"people", "person"})
# what a count of a population is of
PEOPLES = frozenset({"people", "population", "inhabitant", "citizen", "populace", "national"})
ACTIVE_WORDS = frozenset({"active", "active-duty", "regular", "standing"})
NOT_PEOPLE = frozenset(
    {
        "age",
        "thing",
        "budget",
        "side",
        "number",
        "ranking",
        "rank",
        "year",
        "time",
        "percent",
        "minute",
        "hour",
        "day",
        "charge",
        "count",
        # places and occurrences: "337 users in 38 countries were arrested", "142 cases"
        "country",
        "nation",
        "state",
        "city",
        "province",
        "village",
        "site",
        "incident",
        "case",
        # things and units a war is counted in: "fighting on two fronts", "three divisions"
        "front",
        "area",
        "zone",
        "town",
        "position",
        "base",
        "basis",  # "nine Philippine bases", as the lemmatiser reads it
        "island",
        "ship",
        "tanker",
        "vessel",
        "boat",
        "plane",
        "aircraft",
        "helicopter",
        "missile",
        "sortie",
        "division",
        "squadron",
        "regiment",
        "brigade",
        "battalion",
        "mile",
        "kilometre",
        "kilometer",
        # buildings: "a siege of two luxury hotels"
        "hotel",
        "building",
        "house",
        "home",
        "hospital",
        "school",
        "station",
        "terminal",
        "embassy",
        "consulate",
    }
)
# Occurrences counted by a number that modifies them: "four deadly mass shootings", "36 infections"
OCCURRENCES = frozenset(
    {"shooting", "attack", "bombing", "explosion", "crash", "infection", "incident", "case"}
)
MILITARY_WORDS = frozenset(
    {"military", "defense", "defence", "army", "armed", "arm", "arms", "navy", "pentagon"}
)
CIVILIAN_FORCES = frozenset({"labour", "labor", "work", "police", "task", "driving", "market"})
ARMED_PHRASES = frozenset({("under", "arm"), ("in", "uniform")})  # "200,000 men and women under arms"
SOLDIERS = frozenset({"soldier", "troop", "man", "sailor", "marine", "paratrooper", "commando", "serviceman"})
ARMED_FORCES = frozenset({"army", "force", "military"})
DEATH_WORDS = frozenset({"dead", "kill", "die", "death", "casualty", "fatality", "soldier", "troop"})
LOST_PEOPLE = SOLDIERS | {"people", "civilian", "life", "policeman", "officer", "fighter", "pilot", "member"}


def rounded_up(token: Token) -> bool:
    return token.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)


# bodies of troops sent or kept somewhere, never a standing army
DEPLOYED_UNITS = frozenset({"contingent", "garrison", "detachment"})


def standing_army(found: Found, index: ActorIndex) -> Found:
    """ "1.1 million active soldiers", "45,000 active personnel", "the FARDC lists over 130,000
    soldiers": a country's standing army, not troops sent somewhere."""
    token = found.token
    if found.cue.attribute != "troop_count" or token is None or token.lemma_.lower() in DEPLOYED_UNITS:
        return found  # "a regular contingent of about 950 men on the island" is sent, if long ago
    active = any(c.lower_ in ACTIVE_WORDS for c in token.children if c.dep_ in ("amod", "compound"))
    if not (active or _held_by_armed_forces(token, index)):
        return found
    return Found(Cue(found.cue.lemma, found.cue.kind, "active_army_size", found.cue.sign), token)


def _held_by_armed_forces(people: Token, index: ActorIndex) -> bool:
    """Soldiers a national armed force has or lists: "the Guyana Defence Force has about 4,000
    soldiers", "the FARDC lists over 130,000 soldiers"."""
    if people.dep_ != "dobj":
        return False
    subject = subject_of(people.head)
    if subject is None:
        return False
    mention = index.find(subject)
    return subject.lemma_.lower() in ARMED_FORCES or (mention is not None and mention.sector is Sector.MIL)


def not_people(quantity: Token, weapons: frozenset[str] = frozenset()) -> bool:
    """ "at the age of 55", "world ranking number 27", "some 5,500 tanks": a number, but not of
    people."""
    near = [quantity]
    while len(near) < 3 and near[-1].dep_ != "conj" and near[-1].head.i != near[-1].i:
        if near[-1].lemma_.lower() in SOLDIERS:
            break  # "Georgia's best-trained brigade, roughly 2,000 soldiers": people, whatever is above
        near.append(near[-1].head)  # not past a coordination: "100 aircraft and 150,000 troops"
    before = quantity.doc[quantity.i - 1] if quantity.i > 0 else quantity
    aged = before.lower_ == "aged" or any(t.lower_ == "aged" for t in near)  # "five girls, all aged fifteen"
    counted = quantity.head.lemma_.lower() if quantity.dep_ == "nummod" else ""
    designated = quantity.dep_ == "nummod" and bool(DESIGNATION.match(quantity.head.text))
    # "four of the smaller eastern Caribbean states"
    partitive = [o for p in quantity.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return (
        aged
        or any(o.lemma_.lower() in NOT_PEOPLE for o in partitive)
        or designated  # "the Turkish air force flies some 240 F-16s"
        or counted in OCCURRENCES
        or counted in weapons  # "a million men and some 5,500 tanks"
        or any(
            t.lemma_.lower() in NOT_PEOPLE
            and t.pos_ in ("NOUN", "NUM")
            and not a_verb(t)
            and not _hedged_after(t)
            for t in near
        )
    )


def _hedged_after(word: Token) -> bool:
    """ "number some 185,000": the verb "number" the parser took for a noun; a label ("ranking
    number 27") is never hedged."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.lower_ == "number" and following is not None and following.lower_ in APPROXIMATE


def civilians(quantity: Token, cue: Token) -> bool:
    """A count of people who are no force: islanders, civilians, residents; people, unless the
    force is counted in them ("an army of 300,000 people", not "800,000 people and an army")."""
    if quantity.dep_ != "nummod":
        return False
    counted = quantity.head.lemma_.lower()
    return counted in CIVILIAN_NOUNS or (counted in PEOPLE and cue not in quantity.ancestors)


def fits(attribute: str, sentence: Span) -> bool:
    """Spending is military expenditure only in a sentence about the military ("Japan plans to
    spend 5,000 billion yen to boost demand" is not)."""
    if attribute != "military_expenditure":
        return True
    return any(
        t.lemma_.lower() in MILITARY_WORDS
        or (t.lemma_.lower() in FORCE_NOUNS and t.pos_ == "NOUN" and not _civilian_force(t))
        for t in sentence
    )


def not_fielded(quantity: Token) -> bool:
    """Men a sentence does not field as a force: "100,000 men and women lost their jobs", unless
    they are "under arms" or "in uniform"."""
    people = quantity.head
    if not any(t.lower_ == "women" for t in people.subtree):
        return False
    preps = [c for node in (people, people.head) for c in node.children if c.dep_ == "prep"]
    return not any((p.lower_, g.lemma_.lower()) in ARMED_PHRASES for p in preps for g in p.children)


def _civilian_force(force: Token) -> bool:
    """ "labour force", "police force", "task force": a force that is no army."""
    return any(c.lemma_.lower() in CIVILIAN_FORCES for c in force.children if c.dep_ in ("compound", "amod"))


def lost_people(quantity: Span, lose: Token) -> bool:
    """What "lose" counts is people, as its object: "lost 80 soldiers", "admitted to losing 80"
    (a bare number under a million), not "lost 3 million jobs" nor a figure elsewhere."""
    root = quantity.root
    if root.dep_ == "nummod":
        return root.head.lemma_.lower() in LOST_PEOPLE and root.head.dep_ == "dobj" and root.head.head == lose
    scaled = any(t.lower_ in ("million", "billion", "trillion") for t in quantity)
    # a bare number only where the sentence speaks of the dead ("135 of its soldiers dead and
    # Baku admitted to losing 80"), not of seats in an election
    deaths = any(t.lemma_.lower() in DEATH_WORDS for t in quantity.sent)
    return not scaled and deaths and root.dep_ == "dobj" and root.head == lose


def a_peoples_number(quantity: Span, cue: Token | None) -> bool:
    """A count whose clause is about a people, not a force: "Kuwait's own people number barely
    320,000, half of them immigrant workers, and its army of some 2,500 men"."""
    # the parser may read "number" as a noun with the people its subject
    holder = next((a for a in quantity.root.ancestors if any(c.dep_ == "nsubj" for c in a.children)), None)
    if holder is not None:
        subject = next(c for c in holder.children if c.dep_ == "nsubj")
    else:
        subject = clause_subject(quantity)
    if subject is None or subject.lemma_.lower() not in PEOPLES:
        return False
    return cue is None or cue not in set(subject.subtree)
