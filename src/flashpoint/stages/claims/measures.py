"""Figures that are no level of an attribute: changes and rates, prices, debts and levies,
targets, a budget's balance, national aggregates, sums drawn from a budget."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...records import Claim
from ..events.reference import EQUIPMENT
from ..events.syntax import subject_of
from .arms import BOUGHT_BY_NAME, PURCHASE_WORDS, SALES
from .cues import ARMS_BOUGHT, FORCES, Found
from .forces import ARMED_FORCES
from .quantities import FOR_EACH_OF
from .syntax import HEDGES, verb_of

DEALS = frozenset(
    {"deal", "contract", "programme", "program", "project", "plan", "war", "campaign", "operation"}
)
PER_HEAD = re.compile(
    r"(?:\s+or\s+[\w-]+)?" + FOR_EACH_OF + "[a-z]", re.IGNORECASE
)  # "eight or nine soldiers for every"
LEVIES = frozenset({"tariff", "duty", "levy", "tax", "fine", "penalty"})
FISCAL_WORDS = frozenset({"budget", "budgeted", "fiscal", "government"})
OTHER_MEASURES = frozenset({"economy", "gdp", "output", "population", "income"})
# what else a ratio's subject may measure: "Spain's economy is eighteen times the size of Morocco's"
COMPARED_MEASURES = OTHER_MEASURES | {"territory", "area", "people"}
# a state's own forces, of which a fraction is a share, not a comparison
OWN_FORCES = ARMED_FORCES | {"troop", "soldier", "navy", "manpower"}
LOSS_WORDS = frozenset({"dead", "killed", "deaths", "casualties", "fatalities", "wounded", "injured"})
NOT_HELD = frozenset({"debt", "price", "cost"})  # "the country's 19 billion dlr foreign debt": owed, not held
PRICES = frozenset({"price", "cost"})
CHANGE_WORDS = frozenset({"up", "down", "by"})
CHANGE_VERBS = frozenset(
    {"rise", "fall", "increase", "decrease", "grow", "drop", "climb", "jump", "decline", "widen", "narrow"}
)
# what "by" a figure can change: "rose by", "cut its surplus by", "an increase by"
CHANGED_BY = CHANGE_VERBS | {
    "cut",
    "growth",
    "reduction",
    "raise",
    "reduce",
    "boost",
    "lower",
    "trim",
    "slash",
    "expand",
    "shrink",
    "up",
    "down",
}
TARGETS = frozenset({"target", "benchmark", "goal", "threshold", "guideline"})  # "pledge" is aid


def held_not(quantity: Token, attribute: str = "") -> bool:
    """A figure of what is owed or paid ("a 19 billion dlr foreign debt"), not a capability;
    the cost of arms bought is what was paid for them ("at a cost of €7.87 billion")."""
    near = [quantity, *list(quantity.ancestors)[:3]]
    if any(c.dep_ == "relcl" for c in quantity.children):
        near = [quantity]  # "owed $20bn of the $60bn it has lent": the figure's own clause says what it is
    not_held = NOT_HELD - PRICES if attribute in ARMS_BOUGHT else NOT_HELD
    # "300 mln dlrs of tariffs on imports of Japanese goods": a levy, not the trade
    levied = [
        g for p in quantity.children if p.lower_ in ("of", "in") for g in p.children if g.dep_ == "pobj"
    ]
    # "outstanding loans total 902 mln dinars", "1.02 billion dinars in outstanding loans": owed
    phrases = near + [c for t in near for c in t.children if c.dep_ in ("nsubj", "prep")]
    phrases += [g for p in phrases if p.dep_ == "prep" for g in p.children]
    outstanding = any(c.lower_ == "outstanding" for p in phrases for c in p.children if c.dep_ == "amod")
    return (
        outstanding
        or _unit_price(quantity)
        or any(g.lemma_.lower() in LEVIES for g in levied)
        or any(
            (t.lemma_.lower() in not_held and t.pos_ == "NOUN")
            or (t.lemma_.lower() == "owe" and t.pos_ == "VERB")
            for t in near
        )
    )


def _unit_price(quantity: Token) -> bool:
    """What one thing costs ("the SM-2 interceptor that destroys it costs about $2 million",
    "each Tomahawk another $2 million", "shot down a $130 million American drone"): a price,
    not a sum anyone spent or bought for."""
    if _priced_thing(quantity):
        return True
    verb = verb_of(quantity)
    if verb is None or verb.lemma_.lower() != "cost":
        return False
    if any(c.dep_ == "dative" for c in verb.children):
        return False  # "The deal cost India $8.7 billion": what a state paid
    subject = subject_of(verb)
    if subject is None or subject.tag_ not in ("NN", "NNP") or subject.lower_ in ("it", "this", "that"):
        return False
    return subject.lemma_.lower() not in PURCHASE_WORDS | SALES | DEALS


def _priced_thing(quantity: Token) -> bool:
    """A sum before one weapon that no one is said to buy: "a $130 million drone"."""
    thing = quantity.head
    if quantity.dep_ != "nummod" or thing.tag_ != "NN" or thing.lemma_.lower() not in EQUIPMENT:
        return False
    one = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in thing.children)
    bought = thing.head.lemma_.lower() in BOUGHT_BY_NAME
    return one and not bought


def fiscal(found: Found) -> bool:
    """ "Riyadh has budgeted for a deficit of some $87 billion": a budget's balance, not trade's."""
    cue = found.token
    if cue is None or found.cue.attribute != "trade_balance":
        return False
    near = [*cue.doc[max(cue.sent.start, cue.i - 4) : cue.i], *cue.children, cue.head]
    return any(t.lemma_.lower() in FISCAL_WORDS for t in near)


def measures_else(quantity: Span) -> bool:
    """ "its economy, at around $760 billion", "a GDP of $40 billion": the figure of a national
    aggregate that is none of our attributes (a defence budget is a share of it, not it)."""
    doc = quantity.doc
    before = []
    for token in reversed(doc[max(quantity.sent.start, quantity.start - 6) : quantity.start]):
        fraction_of = token.like_num and doc[token.i + 1].lower_ == "of"  # "a population a third of X's"
        if token.pos_ in ("VERB", "AUX", "CCONJ") or (token.like_num and not fraction_of):
            break  # "about 2.2% of GDP and some twenty times the budget of Belarus": GDP is the 2.2%'s
        before.append(token)
    near = before + list(quantity.root.ancestors)[:2]
    # "the North's entire economy, which the Bank of Korea estimates at around 34 trillion won"
    verb = verb_of(quantity.root)
    near += [verb.head] if verb is not None and verb.dep_ == "relcl" else []
    return any(t.lemma_.lower() in OTHER_MEASURES and t.pos_ in ("NOUN", "PROPN") for t in near)


def a_target(quantity: Token) -> bool:
    """A figure that names a target ("NATO's 2% benchmark", "the 2% target")."""
    return quantity.head.lemma_.lower() in TARGETS and quantity.dep_ in ("nummod", "compound", "amod")


def drawn_from(cue: Token | None) -> bool:
    """ "US$3.6 billion from a Pentagon construction budget": a sum taken out of a budget says
    nothing of the budget's size."""
    if cue is None or cue.head.lower_ != "from":
        return False
    amount = cue.head.head
    return amount.like_num or amount.pos_ == "NUM" or amount.is_currency


def is_rate(span: Span) -> bool:
    """ "18.9 deaths per 100,000 people": a rate, and its base, are no counts."""
    doc = span.doc
    before = next((t for t in reversed(doc[max(0, span.start - 2) : span.start]) if not t.is_space), None)
    after = [t.lower_ for t in doc[span.end : span.end + 3]]
    return (before is not None and before.lower_ == "per") or "per" in after


def per_head(span: Span) -> bool:
    """ "eight or nine soldiers for every defender": so many for each of another's, a ratio with
    no state named for its other side (see quantities.FOR_EVERY), not a count."""
    return bool(PER_HEAD.match(span.doc.text[span.end_char :]))


def is_change(span: Span) -> bool:
    """ "rose 900 mln dlrs to 2.6 billion dlrs", "up 33 pct": a change, not a level."""
    doc = span.doc
    # "up more than 11 percent": the change word stands before the hedge
    hedges = [t for t in reversed(doc[max(0, span.start - 4) : span.start]) if not t.is_space]
    before = next((t for t in hedges if t.lower_ not in HEDGES), None)
    if before is None:
        return False
    after = [t for t in doc[span.end : span.end + 4] if not t.is_space][:2]
    to_a_number = len(after) == 2 and after[0].lower_ == "to" and (after[1].like_num or after[1].is_currency)
    if before.lower_ == "by" and before.head.lemma_.lower() not in CHANGED_BY:
        return False  # "backed by $3.1 billion a year in American aid": an agent, not a change
    if before.dep_ == "prt" and before.head.pos_ == "VERB":
        return False  # "rounded up 40 protesters": a verb's particle, not "up 33 pct"
    return before.lower_ in CHANGE_WORDS or (to_a_number and before.lemma_.lower() in CHANGE_VERBS)


def compares_another_measure(ratio: Span) -> bool:
    """A ratio whose clause's subject is a measure no attribute holds ("Spain's economy is
    roughly eighteen times the size of Morocco's")."""
    verb = next((a for a in ratio.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = subject_of(verb) if verb is not None else None
    return subject is not None and subject.lemma_.lower() in COMPARED_MEASURES


def a_share_of_its_own(ratio: Span) -> bool:
    """ "a fifth of its armed forces": a part of the owner's own forces, not another's figure
    (but "1.15% of its GDP on military expenditures" is spending)."""
    pronoun = _of_pronoun_after(ratio, ("its", "their"))
    return pronoun is not None and pronoun.head.lemma_.lower() in OWN_FORCES


def a_part_of_the_count_before(quantity: Span) -> bool:
    """ "1,429 dead, 426 of them children": a count of some of the dead just counted (not "24
    sailors were captured, at least three of them wounded", a loss among others)."""
    if _of_pronoun_after(quantity, ("them", "whom")) is None:
        return False
    doc = quantity.doc
    before = doc[quantity.sent.start : quantity.start]
    return any(t.like_num and t.i + 1 < quantity.start and doc[t.i + 1].lower_ in LOSS_WORDS for t in before)


def a_part_of_the_forces_before(quantity: Span, previous: Claim | None) -> bool:
    """ "Syria's 300,000-odd troops are tied down ..., where some 30,000 of them are stationed":
    a part of the forces the sentence has just counted, sent or kept somewhere."""
    return (
        previous is not None
        and previous.attribute in FORCES
        and previous.sentence_start == quantity.sent.start_char
        and _of_pronoun_after(quantity, ("them", "whom")) is not None
    )


def _of_pronoun_after(quantity: Span, pronouns: tuple[str, ...]) -> Token | None:
    """The pronoun of an "of its", "of them" right after a figure."""
    following = quantity.doc[quantity.end : quantity.end + 2]
    if len(following) == 2 and following[0].lower_ == "of" and following[1].lower_ in pronouns:
        return following[1]
    return None
