"""Arms bought and sold: weapons counted in a purchase, the buyer and the supplier of a
sale, arms only asked for, spending that names weapons."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from ..events.reference import ActorIndex
from ..events.syntax import subject_of
from .cues import ARMS_COUNTED, DESIGNATION, Cue, Found, cue_lemma
from .naming import SELLING, SUPPLYING, named_by
from .quantities import Kind
from .syntax import governing_verbs, verb_of

SALES = frozenset({"sale", "package"})  # "Washington approved a $2.37 billion package of Harpoons"
PURCHASES = frozenset({"purchase", "order", "acquisition", "buy", "procurement"})
BUILDING = frozenset({"build", "construct"})  # weapons built for another are its purchase
APPROVING = frozenset(
    {"approve", "clear", "authorize", "authorise", "announce", "notify", "license", "licence"}
)
ARMS_ASKING = frozenset({"want", "request", "seek", "ask"})  # arms wanted are not yet bought
# what weapons are counted in without being bought: "31 fighter squadrons", "40 fighter pilots"
FORMATIONS = frozenset({"squadron", "wing", "unit", "pilot", "crew", "base", "program", "programme", "group"})
PURCHASE_WORDS = frozenset(
    {
        "hand",
        "buy",
        "purchase",
        "order",
        "acquire",
        "procure",
        "deliver",
        "delivery",
        "sell",
        "sale",
        "supply",
        "import",
        "receive",
        "deal",
        "package",
        "contract",
        "sign",
        "spend",
        "donate",
        "transfer",
        "get",
        "obtain",
    }
)
# A count bought under one of these verbs is of arms even when no weapon word names it: in
# the articles we read, what states count and buy from another by name is materiel.
BOUGHT_BY_NAME = frozenset({"buy", "purchase", "order", "acquire", "procure"})
# verbs whose object weapons are already held, or gone: no purchase
NOT_BUYING = frozenset(
    {"lose", "keep", "station", "deploy", "field", "fly", "operate", "destroy", "down", "sink", "shoot"}
)


def weapons_bought(quantity: Token, weapon: Token, sentence: Span) -> bool:
    """A number of weapons counted in a purchase: the number counts the weapon noun itself
    ("bought 24 Rafale fighters", "84 F-15SAs"; not "31 fighter squadrons"), in a sentence
    that buys, sells, orders or delivers."""
    counted = quantity.dep_ == "nummod" and quantity.head == weapon
    # "36 Yak-130 jet trainers": a weapon word naming the kind of the thing counted
    kind_of = (
        quantity.dep_ == "nummod"
        and weapon.dep_ == "compound"
        and weapon.head == quantity.head
        and quantity.head.lemma_.lower() not in FORMATIONS
    )
    # "ordered the strike by four U.S. destroyers": weapons that act are not bought
    acting = quantity.head.dep_ == "pobj" and quantity.head.head.lower_ == "by"
    # "lost two fighters and a helicopter", "keeps three or four frigates on station": weapons
    # a verb says are lost or kept are no purchase, whatever else the sentence buys
    verb = verb_of(quantity.head)
    bought_here = any(  # "fields ... 80 F-16 jets bought from Lockheed Martin"
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in PURCHASE_WORDS for c in quantity.head.children
    )
    held = (
        verb is not None
        and quantity.head.dep_ == "dobj"
        and verb.lemma_.lower() in NOT_BUYING
        and not bought_here
    )
    return (counted or kind_of) and not acting and not held and any(_a_purchase(t) for t in sentence)


def _a_purchase(word: Token) -> bool:
    """A word of buying or selling; not "order" as a command ("patrol boats that had ordered it
    to leave")."""
    if word.lemma_.lower() not in PURCHASE_WORDS:
        return False
    return word.lemma_.lower() != "order" or not any(c.dep_ in ("xcomp", "ccomp") for c in word.children)


def bought_by_name(quantity: Token) -> Found | None:
    """A count of things named by make or model, not by a weapon word, and bought: "72 Eurofighter
    Typhoons bought from Britain", "a dozen Mirage 2000s that Peru ordered from France"."""
    thing = quantity.head
    named = [thing, *(c for c in thing.children if c.dep_ == "compound")]
    if quantity.dep_ != "nummod" or not any(t.pos_ == "PROPN" or DESIGNATION.match(t.text) for t in named):
        return None  # "40 hospitals ordered from China" names no make or model
    for clause in thing.children:
        lemma = clause.lemma_.lower()
        if clause.dep_ in ("acl", "relcl") and lemma in BOUGHT_BY_NAME:
            return Found(Cue(lemma, Kind.COUNT.value, ARMS_COUNTED), clause)
    return None


def sold_to_in_phrase(quantity: Token, index: ActorIndex) -> str | None:
    """The country a to-phrase in the quantity's noun phrase names: "the sale of 25 fighters to
    Rabat", "$3.8 billion in arms to Taiwan"."""
    node = quantity
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "to"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if (mention := index.find(obj)) is not None and mention.country:
                    return mention.country
        node = node.head
    return None


def package_client(quantity: Token, index: ActorIndex) -> str | None:
    """The country a sale or package that includes the counted weapons is "for" or "to": one
    the count hangs on, or one named before an "including" that leads to it (the parser often
    hangs the list elsewhere)."""
    deals = [a for a in quantity.ancestors if a.lemma_.lower() in SALES | PURCHASES]
    before = quantity.doc[quantity.sent.start : quantity.i]
    including = next((t for t in reversed(before) if t.lemma_.lower() == "include"), None)
    if including is not None:
        deals += [
            t
            for t in quantity.doc[quantity.sent.start : including.i]
            if t.lemma_.lower() in SALES | PURCHASES
        ]
    for noun in deals:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "to")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                named = index.find(obj)
                country = named.country if named is not None else index.state_named_as(obj)
                if country:
                    return country
    return None


def recent_focus(sentence: Span, index: ActorIndex, supplier: str, article_focus: str | None) -> str | None:
    """The country named most in this sentence and the one before, other than the suppliers
    there: "Ukraine's friends are numerous but cautious. The United States approved the sale of
    210 Javelins"; else the country the article names most ("Russia donated six MiG-29s and
    Belarus added four more. Moscow handed over 30 T-72 tanks" in a piece about Serbia)."""
    doc = sentence.doc
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    window = doc[start : sentence.end]
    subjects = [subject_of(verb) for verb in window if _supplying(verb)]
    suppliers = {supplier} | {named_by(s, index) for s in subjects if s is not None}
    mentions = {id(m): m for t in window if (m := index.at(t)) is not None and m.country}
    named = Counter(m.country for m in mentions.values() if m.country not in suppliers)
    if not named:
        return article_focus if article_focus != supplier else None
    top = max(named.values())
    return [m.country for m in mentions.values() if named.get(m.country) == top][-1]


def _supplying(verb: Token) -> bool:
    """A verb of supplying, or one coordinated with it ("donated six MiG-29s and Belarus added four")."""
    if verb.pos_ != "VERB":
        return False
    return verb.lemma_.lower() in SUPPLYING or (verb.dep_ == "conj" and verb.head.lemma_.lower() in SUPPLYING)


def _with_partner(deal: Token) -> bool:
    """ "an arms package with the United States": the subject is a party, not the seller."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in deal.children)


def supplier_of(quantity: Token, index: ActorIndex) -> str | None:
    """The country that supplies what a quantity counts: the subject of a supplying verb that
    names no receiver ("Russia donated six MiG-29 fighters", "Moscow handed over 30 tanks")."""
    # "Washington approved a $1.29 billion sale of bombs", "approved the sale of 25 F-16s"
    nouns = [a for a in [quantity, *quantity.ancestors][:4] if a.pos_ == "NOUN"]
    nouns += [
        g for p in quantity.children if p.lower_ == "of" for g in p.children
    ]  # "£23 billion of arms sales"
    sale = any(n.lemma_.lower() in SALES and not _with_partner(n) for n in nouns)
    root = quantity.sent.root  # the parser often loses the path from "$3.8 billion" to "approved the sale"
    if root.lemma_.lower() in APPROVING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SALES and not _with_partner(c) for c in root.children
    ):
        subject = subject_of(root)
        if subject is not None and (country := named_by(subject, index)):
            return country
    for verb in governing_verbs(quantity):
        # _supplying: "Russia, which has supplied Pantsir-S1s and signed a deal for 36 Yak-130s"
        # "Washington approved another $1.29 billion in precision-guided bombs": an amount of arms
        approved = sale or any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in quantity.children)
        supplies = _supplying(verb) or (approved and verb.lemma_.lower() in APPROVING)
        if not supplies or sold_to(verb, index):
            continue
        subject = subject_of(verb)
        if subject is not None and (country := named_by(subject, index)):
            return country
    return None


def sold_to(verb: Token, index: ActorIndex) -> str | None:
    """The buyer a selling verb names as its receiver ("sold Armenia", "supplied weapons to Iraq")."""
    if verb.lemma_.lower() in BUILDING:
        # "Russia is building six Kilo-class submarines for the Vietnamese navy": built for a buyer
        receivers = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
        receivers += [
            g
            for o in verb.children
            if o.dep_ == "dobj"
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children
        ]
        return next((country for r in receivers if (country := named_by(r, index))), None)
    if verb.lemma_.lower() not in SELLING:
        return None
    # "sold Armenia four fighters" is often parsed with two objects: a country is never the goods
    receivers = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    receivers += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return next((country for r in receivers if (country := named_by(r, index))), None)


def purchaser(weapon: Token, index: ActorIndex) -> str | None:
    """The possessor of a purchase or order of the weapon: "Turkey's purchase of S-400s"."""
    node = weapon
    while node.dep_ in ("compound", "amod", "npadvmod", "nmod") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return None
    deal = node.head.head
    if deal.lemma_.lower() not in PURCHASES:
        return None
    owner = next((c for c in deal.children if c.dep_ == "poss"), None)
    return found.country if owner is not None and (found := index.find(owner)) is not None else None


def spent_on_arms(word: Token, armaments: frozenset[str]) -> bool:
    """ "spent $11bn on Russian weapons": spending whose on-phrase names arms."""
    if word.lemma_.lower() != "spend":
        return False
    things = [g for p in word.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children]
    return any(cue_lemma(t) in armaments and t.dep_ == "pobj" for t in things)


def names_a_weapon(word: Token, armaments: frozenset[str]) -> bool:
    """ "air-defence systems", "missile-defense battery": defence naming what a weapon does."""
    return word.dep_ in ("compound", "amod", "npadvmod") and word.head.lemma_.lower() in armaments


def only_asked_for(quantity: Span) -> bool:
    """Arms a state asks for, not yet bought: the verb above the figure is one of asking, and no
    clause in its sentence says they were bought ("the island wants four destroyers"; not "is
    seeking delivery of $6 billion of F-16s it bought last year")."""
    verb = verb_of(quantity.root)
    if verb is None or verb.lemma_.lower() not in ARMS_ASKING:
        return False
    return not any(t.lemma_.lower() in BOUGHT_BY_NAME and t.pos_ == "VERB" for t in quantity.sent)
