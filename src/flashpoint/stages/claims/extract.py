"""Binding quantities to actors: owner, attribute, counterpart, comparison.

Rules (versioned names on each claim):
- claims.value.v1: a quantity owned by the actor of its cue's phrase ("Japan's
  trade surplus", "the U.S. trade deficit"; "its surplus" takes the nearest
  country named before), else by the subject of its clause ("Baku agreed to
  buy $1.6 billion of arms from Israel": AZE, counterpart ISR), else by the
  actor inside its own phrase ("20 percent of Iran's population");
- claims.continued.v1: no owner in the sentence ("the deficit with Japan rose to
  54.6 billion dlrs"): the owner of the article's last claim of the same
  attribute, within CONTINUATION_SENTENCES sentences;
- claims.carried.v1: a sentence that refers back ("It widened to 3.61
  billion", "the latest level compares with...") right after a claim continues
  that claim's attribute for its money figures, and its owner unless it names
  another;
- claims.location.v1: a count of people killed, injured, arrested or charged
  with no owner in the sentence belongs to the country its stretch of the
  sentence places it in ("1,035 in Turkey and about 19 in Greece"), else the
  first country the sentence names, else (after claims.continued.v1) the country
  the article names most (where it happened);
- claims.topic.v1: a definite cue that is its clause's subject, with no owner
  anywhere ("The surplus widened to 13.6 billion"), is the country the article
  names most (for a trade balance, leaving out the partner of a "surplus with"
  in the article);
- claims.respectively.v1: "the budgets of Azerbaijan and Iran: $2.8 billion to
  $7.5 billion, respectively" pairs the k quantities with the k actors listed;
- claims.ratio.v1: "ten times larger than that of Azerbaijan", "one-seventh as
  much as Azerbaijan": a ratio relative to the actor after than/as.
The attribute comes from the nearest cue word of the right kind
(data/lexicon/claims.tsv, whose `sign` makes a deficit negative); a comparison
takes the attribute of the quantity it compares with, or its own cue. A
change ("rose 900 mln dlrs to 2.6 billion dlrs", "up 33 pct") is not a level
and is no claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, Claim, MentionKind, Sector, TextField
from ...tables import data_dir, read_table
from ..events.dates_tracker import DateTracker
from ..events.reference import EQUIPMENT, PLACE_PREPS, ActorIndex, a_place, conjuncts
from ..events.syntax import subject_of
from .quantities import Kind, Quantity, quantities

CUE_HEADER = ("cue", "unit", "attribute", "sign")
CONTINUATION_SENTENCES = 8
CURRENCY_SENTENCES = 2
EXPORTER_SENTENCES = 3  # wire stories list an exporter's markets over two or three sentences
# a country's losses: "2,600 Iraqis" killed are Iraq's; arrests stay where they were made
# ("Belarusian KGB arrested 33 Russian individuals" is Belarus's)
LOSSES = frozenset({"fatalities", "people_injured"})
FIGURE_NOUNS = frozenset({"total", "figure", "tally", "strength", "count"})
FITTING_SENTENCES = 2  # spending right after military spending is military spending too
CIVILIAN_NOUNS = frozenset(
    {"islander", "civilian", "resident", "inhabitant", "citizen", "refugee", "tourist", "worker", "student"}
)
PEOPLE = frozenset({"people", "person"})
ENEMY_PEOPLE = frozenset(
    {"militant", "terrorist", "insurgent", "rebel", "fighter", "gunman", "jihadist", "attacker", "enemy"}
)
AID_PEOPLE = frozenset(
    {"worker", "agency", "group", "convoy", "organisation", "organization", "official", "flight"}
)
DEALS = frozenset(
    {"deal", "contract", "programme", "program", "project", "plan", "war", "campaign", "operation"}
)
SALES = frozenset({"sale", "package"})  # "Washington approved a $2.37 billion package of Harpoons"
PURCHASES = frozenset({"purchase", "order", "acquisition", "buy", "procurement"})
ARMAMENT_HEADS = frozenset({"system", "battery", "shield", "interceptor", "equipment", "hardware"})
ACTIVE_WORDS = frozenset({"active", "active-duty", "regular", "standing"})
WEAK_CUES = frozenset({"personnel"})  # a cue only where no other word says whose people they are
FORCES = frozenset({"troop_count", "active_army_size"})
WHERE_IT_HAPPENED = frozenset({"fatalities", "people_injured", "people_arrested", "people_charged"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
# a title or sector noun whose country its own phrase names ("Russian troops"), not one
# taken from "its" or the context
NAMED_ROLE = "actors.role.v1"
TRADE_FIGURES = frozenset({"trade_volume", "trade_balance"})
NATIONAL_TOTALS = frozenset({"trade_balance", "foreign_reserves"})
TIME_POSSESSORS = frozenset({"year", "month", "quarter", "week", "day"})
SELLING = frozenset({"sell", "supply", "deliver", "export", "ship"})
BUILDING = frozenset({"build", "construct"})  # weapons built for another are its purchase
APPROVING = frozenset(
    {"approve", "clear", "authorize", "authorise", "announce", "notify", "license", "licence"}
)
SUPPLYING = SELLING | {"donate", "hand", "give", "transfer", "provide", "gift", "send"}
GIVING = SUPPLYING | {"lend", "grant", "extend", "pledge", "offer", "disburse"}
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
PERSONAL_POSSESSIVES = frozenset({"his", "her", "my", "our"})
# Figures between two parties: one whose other party is a region or a group of
# countries ("the deficit with Latin America", "with Far East countries") belongs
# to no dyad and is left out.
BILATERAL = frozenset({"trade_balance", "trade_volume", "credit_value", "loan_value", "aid_value"})
GIVEN = frozenset({"credit_value", "loan_value", "aid_value"})  # owned by the giver
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
NATIONAL_MODIFIERS = frozenset(
    {"trade", "merchandise", "current", "exchange", "foreign", "currency", "military", "defense", "defence"}
)
OWNING_DEPS = frozenset({"poss", "compound", "amod", "nmod", "appos", "pobj"})
GOVERNING_VERBS = 3  # how far up the clauses an owner is looked for
WORLDWIDE = frozenset({"worldwide", "globally", "global"})
BILATERAL_ONLY = frozenset(
    {"export", "import", "shipment"}
)  # a national export total is no claim on another country
ARMS_ASKING = frozenset({"want", "request", "seek", "ask"})  # arms wanted are not yet bought
ASKING = frozenset({"request", "seek", "ask", "apply", "want", "urge", "need"})
RECEIVING = frozenset({"receive", "get", "obtain", "secure", "win"})
REPAYING = frozenset({"pay", "repay", "prepay", "payment", "repayment", "prepayment", "amortization"})
LENDERS = frozenset({"bank", "creditor", "lender", "company", "firm", "investor", "syndicate", "consortium"})
REPORTING_VERBS = frozenset({"say", "tell", "add", "note", "reiterate", "state", "testify"})
LEVIES = frozenset({"tariff", "duty", "levy", "tax", "fine", "penalty"})
FISCAL_WORDS = frozenset({"budget", "budgeted", "fiscal", "government"})
# what weapons are counted in without being bought: "31 fighter squadrons", "40 fighter pilots"
FORMATIONS = frozenset({"squadron", "wing", "unit", "pilot", "crew", "base", "program", "programme", "group"})
TALLY_VERBS = frozenset({"number", "total", "stand", "count"})
# "spending on its security forces", "120,000 troops funded by a budget": spending in a
# sentence about troops or forces is military spending too
FORCE_NOUNS = frozenset({"troop", "force", "soldier"})
COUNTING_SUBJECTS = FORCE_NOUNS | {"army"}  # "forces number", "army numbers": read as one noun
CIVILIAN_FORCES = frozenset({"labour", "labor", "work", "police", "task", "driving", "market"})
GAP_JOINERS = frozenset({"and", ",", "while", "whereas", "but", ";"})
ARMED_PHRASES = frozenset({("under", "arm"), ("in", "uniform")})  # "200,000 men and women under arms"
MEN = frozenset({"man"})  # a count of men is an army's only in thousands
SOLDIERS = frozenset({"soldier", "troop", "man", "sailor", "marine", "paratrooper", "commando", "serviceman"})
ARMY_MIN = 1000
ARMED_FORCES = frozenset({"army", "force", "military"})
NATIONAL_WHOLES = frozenset(
    {"gnp", "budget"}
)  # "6 pct of its gross national product", "40 percent of its budget"
OTHER_MEASURES = frozenset({"economy", "gdp", "output", "population", "income"})
NOT_HELD = frozenset({"debt", "price", "cost"})  # "the country's 19 billion dlr foreign debt": owed, not held
PRICES = frozenset({"price", "cost"})
ANAPHORIC_SUBJECTS = frozenset({"it", "this", "that"})
BACK_REFERENCES = frozenset({"level", "figure", "record", "tally"})
SITES = frozenset({"base", "factory", "plant", "facility", "site", "airfield", "port"})  # built, not bought
# how far back a loss with no place named looks for where the story is: the two sentences
# before, within its paragraph (chosen by reading development sets, not tuned)
SCENE_SENTENCES = 2
MEETING_VERBS = frozenset(
    {"meet", "visit", "talk", "hold", "host", "attend", "sign", "travel", "fly", "speak"}
)
KEEPING = frozenset({"have", "keep", "maintain", "station", "deploy", "send", "base"})
MULTIPLIERS = frozenset({"several", "many", "few", "some"})  # "several times Argentina's spending"
EACH_OF_THE_PAIR = frozenset({"country", "nation", "state", "side", "government"})
PLACE_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.CAPITAL})
GROUP_NOUNS = frozenset({"country", "nation", "region", "state", "economy", "partner"})
CHANGE_WORDS = frozenset({"up", "down", "by"})

HEDGES = frozenset({"more", "less", "than", "over", "about", "nearly", "almost", "roughly", "some", "just"})
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
CUE_REACH = (3, 2)  # hops from the quantity and from the cue to their common ancestor
BOUNDS = frozenset({"than", "less", "fewer", "under"})  # "more than", "less than": hedges too
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
}
IMBALANCE_NOUNS = frozenset({"surplus", "deficit", "imbalance", "shortfall"})
TOPIC_LOOKBACK_SENTENCES = 3  # how far back a sentence-opening "Its" looks for its country
COUNTERPART_PREPS = ("from", "to", "with", "for")  # "aid slated for Ukraine"
COMPARISON_PREPS = ("than", "as")
ARMS_COUNTED = "arms_purchase_quantity"
ARMS_BOUGHT = frozenset({"arms_purchase_value", ARMS_COUNTED})
DESIGNATION = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]{0,3}s?|[A-Z]{1,2}\d{2,3}s?)$"
)  # F-16s, Su-30SM, T-72s
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
# Nouns that stand for a figure of their owner: "the Greek total of around 143,000".
TALLY_NOUNS = frozenset({"total", "figure", "tally", "strength", "estimate"})
# What is given names its giver by a modifier ("American military aid", "Soviet assistance"),
# unlike what is lent ("Brazilian loans" are loans to Brazil).
GIFTS = frozenset({"aid", "assistance", "grant", "donation"})
FIGURE_REACH = 8  # "six times the $10 billion spent by Pakistan": the words that name its owner
OF_REACH = 4  # "times that of": an "of" this close after a ratio names what it compares with


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str
    attribute: str
    sign: int = 1  # -1: the cue names a negative quantity ("deficit")


@dataclass(frozen=True, slots=True)
class Found:
    """The cue a quantity takes its attribute from, and where it stands."""

    cue: Cue
    token: Token | None  # None when the attribute is inherited from the previous claim


def load_cues(root: Path | None = None) -> tuple[Cue, ...]:
    path = (root or data_dir()) / "lexicon" / "claims.tsv"
    cues = []
    for row in read_table(path, CUE_HEADER):
        if row["unit"] not in {k.value for k in Kind} | {"any"}:
            raise row.fail(f"unknown unit kind {row['unit']!r}")
        if row["sign"] not in ("1", "-1"):
            raise row.fail(f"sign must be 1 or -1, not {row['sign']!r}")
        cues.append(Cue(row["cue"], row["unit"], row["attribute"], int(row["sign"])))
    return tuple(cues)


@dataclass(frozen=True, slots=True)
class Located:
    quantity: Quantity
    span: Span  # its tokens in the doc


class ClaimExtractor:
    def __init__(self, cues: tuple[Cue, ...], *, places: dict[str, str] | None = None) -> None:
        self.cues = cues
        self._cue_words = frozenset(c.lemma for c in cues) | BOUGHT_BY_NAME  # see _bought_by_name
        # the weapons claims.tsv counts in purchases: no count of them is a count of people
        self._weapons = frozenset(c.lemma for c in cues if c.attribute == ARMS_COUNTED)
        self._armaments = self._weapons | ARMAMENT_HEADS  # what "defence" may name the role of
        self.places = places or {}  # US states and regions: where a loss happened, not actors

    def extract(
        self, doc: Doc, mentions: tuple[ActorMention, ...], *, published: date | None, article_id: str
    ) -> tuple[Claim, ...]:
        index = ActorIndex.build(doc, mentions)
        places = _place_tokens(doc, self.places)
        most_named = _most_named(mentions) or ("USA" if "USA" in places.values() else None)
        state = ArticleState(index, DateTracker(published), most_named, places=places)
        state.balance_owner = _most_named(mentions, excluding=_imbalance_partners(doc, index)) or most_named
        for number, sentence in enumerate(doc.sents):
            state.dates.enter(sentence)
            state.sentence_number = number
            for claim in self._sentence_claims(sentence, state):
                state.add(_with_id(claim, f"{article_id}-c{len(state.claims) + 1}"), number)
        return tuple(state.claims)

    def _sentence_claims(self, sentence: Span, state: ArticleState) -> list[Claim]:
        carried = state.carried() if _continues(sentence) else None
        state.carrying = carried
        if carried is None and not any(_cue_lemma(t) in self._cue_words for t in sentence):
            return []  # no attribute to bind a quantity to: skip quantulum3, the costly part
        located = [
            Located(q, span)
            for q in quantities(sentence.text, state.recent_currency())
            if (
                span := sentence.doc.char_span(
                    sentence.start_char + q.start, sentence.start_char + q.end, alignment_mode="expand"
                )
            )
        ]
        state.note_currency(located)
        owners = self._respectively(sentence, located, state.index)
        claims: list[Claim] = []
        start = sentence.start
        for n, item in enumerate(located):
            if _is_change(item.span) or _is_rate(item.span):
                continue
            end = located[n + 1].span.start if n + 1 < len(located) else sentence.end
            previous = claims[-1] if claims else None
            window = Window(start, end)
            claim = self._claim(item, sentence, state, owners.get(n), previous, window, earlier=claims)
            if claim is not None:
                claims.append(claim)
                claims += _each_of(claim, item.span, state.index)
            start = item.span.end
        return claims

    def _respectively(
        self, sentence: Span, located: list[Located], index: ActorIndex
    ) -> dict[int, ActorMention]:
        """ "of Azerbaijan and Iran: $2.8 billion to $7.5 billion, respectively"."""
        marker = next((t.i for t in sentence if t.lower_ == "respectively"), None)
        # the figures the word distributes: those before it ("67,000 and 45,000 active personnel
        # respectively, and the Karabakh force adds 20,000" leaves the third alone)
        listed = [item for item in located if marker is not None and item.span.start < marker]
        while len(listed) > 2 and listed[0].quantity.kind is not listed[-1].quantity.kind:
            listed = listed[1:]  # "the two military budgets run to $350 million and $160 million"
        if len(listed) < 2:
            return {}
        first, offset = listed[0].span.start, located.index(listed[0])
        for token in sentence:
            if token.i >= first or token.dep_ == "conj":
                continue
            group = [m for t in conjuncts(token) if (m := index.at(t)) is not None and m.country]
            if len(group) == len(listed):
                return {offset + n: m for n, m in enumerate(group)}
        # "Kinshasa even outspends Kigali: the two military budgets run to about $350 million and
        # $160 million respectively": the countries named before the figures, in order
        named: list[ActorMention] = []
        for token in sentence.doc[sentence.start : first]:
            mention = index.at(token)
            if mention is not None and mention.country and all(m.country != mention.country for m in named):
                named.append(mention)
        return {offset + n: m for n, m in enumerate(named)} if len(named) == len(listed) else {}

    def _claim(
        self,
        item: Located,
        sentence: Span,
        state: ArticleState,
        owner: ActorMention | None,
        previous: Claim | None,
        window: Window,
        earlier: list[Claim] | None = None,
    ) -> Claim | None:
        q, head, index = item.quantity, item.span.root, state.index
        found = self._cue(item, sentence, previous, state.carrying)
        if found is None or _drawn_from(found.token):
            return None
        if found.cue.attribute in FORCES and q.kind is Kind.COUNT and q.value > MOST_UNDER_ARMS:
            return None  # "roughly 50 million Vietnamese to 950 million Chinese": peoples, not forces
        an_army = found.cue.attribute == "active_army_size"  # by its own word, not as troops an army holds
        found = _standing_army(found, index)
        if q.kind is Kind.RATIO and found.cue.attribute.startswith("population_share"):
            return None  # "a population some 35 times Guyana's": a share is of a whole, not a ratio
        if q.kind is Kind.RATIO and found.cue.attribute == "troop_count":
            # "twenty soldiers for every Djiboutian": two states' forces compared are their armies
            found = Found(
                Cue(found.cue.lemma, found.cue.kind, "active_army_size", found.cue.sign), found.token
            )
        # "Russia spent $88 billion on its armed forces. Ukraine spent $5 billion"; "Some 35,000
        # Turkish troops have been stationed in the north. Greece ... spends about $5 billion"
        military_before = any(state.recent(a, FITTING_SENTENCES) for a in (found.cue.attribute, *FORCES))
        if not (_fits(found.cue.attribute, sentence) or military_before):
            return None
        if found.cue.attribute in ARMS_BOUGHT and _only_asked_for(item.span):
            return None  # "this year the island wants four destroyers, at about $1 billion each"
        if owner is None and _organisation_owned(item.span, index):
            return None  # "NATO's 60,000 troops in Afghanistan": an organisation's, no country's
        rule = "claims.respectively.v1" if owner is not None else "claims.value.v1"
        favoured = _in_favour_of(item.span, index) if found.cue.attribute in TRADE_FIGURES else None
        if favoured is not None:  # "nearly six billion dlrs in Japan's favour": Japan's surplus
            found = Found(Cue(found.cue.lemma, found.cue.kind, "trade_balance"), found.token)
        outdone = _outdone(head, index) if q.kind is Kind.RATIO else None
        country = favoured or (owner.country if owner is not None else None)
        if country is None and q.kind is Kind.RATIO:
            country = _figure_named_for(head, index)  # "makes the American figure 50 times as large"
        if country is None and q.kind is Kind.RATIO and _set_off_after_figure(item.span, previous):
            country = previous.actor  # "Saudi active forces approach 230,000, nearly twenty times as many"
        if country is None and _converted(item, previous) and _set_off_after_figure(item.span, previous):
            country = previous.actor  # "Japan's 4.68 trillion yen, about $47 billion": the same sum
        country = country or (outdone[0] if outdone else None) or self._owner(item.span, found, index)
        if country is None and found.token is None and (possessor := _elliptical_possessor(item.span)):
            country = mention.country if (mention := index.at(possessor)) is not None else None
        if country is None and found.token is None and q.kind is Kind.RATIO and previous is not None:
            country = previous.actor  # "1.4 million strong, ... twice the size of Pakistan's"
        if country is None and (pair := _the_two(item.span, _clause_subject(item.span), index)):
            country = pair[0]  # "The two spend ... $15 billion a year each": see _each_of
        if country is None:
            country, rule = state.fallback_owner(found.cue.attribute, item, window, found)
        if found.token is None and q.kind is not Kind.RATIO:
            rule = "claims.carried.v1"
        giver_from = None
        if country is None and found.cue.attribute in GIVEN:
            # "The Solih government secured a $1.4 billion package of budget support from Delhi":
            # the giver, whoever received it
            country = giver_from = _given_from(item.span, found.token, index)
        if country is None:
            return None
        relative_to = None
        if q.kind is Kind.RATIO and outdone is not None:
            country, relative_to = outdone[0] or country, outdone[1]  # "Belgrade outspends Pristina"
        elif q.kind is Kind.RATIO and (odds := _odds_between(item.span, earlier or [], found.cue.attribute)):
            country, relative_to = odds  # "a million ..., Georgia's some 33,000: thirty to one"
        elif q.kind is Kind.RATIO and _of_that(item.span):
            # "Pakistan's budget ... is less than a quarter of that", "Ukraine roughly a quarter of
            # that": the clause's own country against the figure just named by another
            stretch = _between_semicolons(item.span)
            # "Pakistan's budget, at 860 billion rupees, is less than a quarter of that": the
            # figure just before in its stretch names the owner (the parser often loses the clause)
            own = [
                c.actor for c in earlier or [] if c.value is not None and stretch[0] <= c.start < stretch[1]
            ]
            country = (
                own[-1]
                if own
                else _subject_named(item.span, index)
                or _set_off_from(item.span, index)
                or _gapped_subject(item.span, index)
            )
            before = (earlier or []) + _claims_before(sentence, state.claims)
            relative_to = _other_figure_owner(before, country, found.cue.attribute) if country else None
            if country is None or relative_to is None:
                return None  # "last year it was barely a third of that": the same trade a year on
        elif q.kind is Kind.RATIO:
            relative_to = self._compared_with(head, index, sentence) or _figure_after(item.span, index)
            if relative_to is None and _bare_comparison(item.span):
                # "Iran spends $7.5 billion, Saudi Arabia eleven times as much"
                relative_to = _other_figure_owner(earlier or [], country, found.cue.attribute)
                # "X's army is three times the size of Y's and its budget nine times larger"
                relative_to = relative_to or _last_compared(earlier or [], country)
                if relative_to is None:
                    # "China's budget is $231 billion. The Philippines will spend roughly $4
                    # billion, less than one-fiftieth as much": the figure just before
                    before = _claims_before(sentence, state.claims)
                    relative_to = _other_figure_owner(before, country, found.cue.attribute)
            if (
                relative_to == country
                and previous is not None
                and previous.sentence_start == sentence.start_char
            ):
                # "It spends 4% of its GDP on defence, and more than twice what Venezuela spends":
                # the clause read is the compared one; the figure before names the owner
                country = previous.actor
            if relative_to is None or relative_to == country:
                return None
        supplier = _supplier(head, index) if found.cue.attribute in ARMS_BOUGHT else None
        if supplier is not None and supplier == country:
            # "Russia donated six MiG-29 fighters", "Washington approved the sale of 25 F-16s to
            # Rabat": arms a state supplies are its client's: the country they go to, else the
            # sentence's subject ("Syria's network ... thickened by Russia, which supplied ..."),
            # else the country just named or the one the article is about (_recent_focus)
            receiver, prep = self._counterpart(item, window, found, index, supplier)
            subject = _sentence_subject(sentence, index)
            if subject in (None, supplier):
                subject = _recent_focus(sentence, index, supplier, state.most_named)
            client = _package_client(head, index) or (receiver if prep == "to" and receiver else subject)
            country = client if client != supplier else None
            if country is None:
                return None
        counterpart, prep = self._counterpart(item, window, found, index, country)
        if supplier is not None and counterpart is None and supplier != country:
            counterpart = supplier
        if found.cue.lemma in BILATERAL_ONLY:
            state.note_exporter(country)
        if counterpart is _NOT_A_COUNTRY:
            return None
        if counterpart is None and found.cue.attribute == "trade_volume":
            pair = _between(found.token, index) or _bilateral(found.token, index)
            counterpart = next((c for c in pair if c != country), None)
        if _held_not(head, found.cue.attribute) or _measures_else(item.span) or _fiscal(found):
            return None
        if _a_target(head):
            return None  # "just above NATO's 2% benchmark": a norm, not what the state spends
        if (
            found.cue.lemma in WEAK_CUES
            and owner is None
            and not _nationality_counted(head, index, demonyms_only=True)
            and not (found.token is not None and any(c.lower_ in ACTIVE_WORDS for c in found.token.children))
            and not _kept_by_a_state(head, index)
        ):
            return None  # "only 80 personnel can be housed": whose people, no word says
        if found.cue.lemma in MEN and (q.value < ARMY_MIN or _not_fielded(head)):
            return None  # "two men shouting across a canyon": men, not an army
        if an_army and q.kind is Kind.COUNT and q.value < ARMY_MIN:
            return None  # "two armies", "three of its soldiers": no state's standing army is so small
        if found.cue.attribute in GIVEN and _asked_for(head):
            return None  # "Brazil requested a 300 mln dlr credit": asked for, not given
        received = (
            found.cue.attribute in GIVEN
            and _received(head)
            and not (counterpart and prep == "from")
            and giver_from is None
        )
        giver = _giver_named(found.token, index) if received else None
        if giver is not None:  # "It receives $1.3 billion a year in American military aid"
            receiver = country if country != giver else _receiver_of(head, index)
            country, counterpart = giver, receiver if receiver != giver else None
        elif received:
            return None  # "Turkey will receive 720 mln dlrs in aid", "credits from Credit du Nord"
        if found.cue.lemma in BILATERAL_ONLY and not counterpart:
            counterpart = _partner_in(sentence, index, country, previous)
            if counterpart is None:
                return None  # "Brazil's exports fell to 20.3 billion": no partner, not a flow between two
        if counterpart and prep == "from" and found.cue.attribute in GIVEN:
            country, counterpart = counterpart, country  # "a credit from Japan": Japan gives it
        value = None if q.kind is Kind.RATIO else q.value * found.cue.sign
        return Claim(
            claim_id="",
            actor=country,
            attribute=found.cue.attribute,
            value=value,
            unit=q.unit,
            relative_to=relative_to,
            ratio=q.value if q.kind is Kind.RATIO else None,
            counterpart=counterpart,
            period=q.period,
            date=state.dates.for_trigger(head, sentence).value,
            approximate=_approximate(item.span) or item.quantity.ranged,
            text=item.span.text,
            start=item.span.start_char,
            end=item.span.end_char,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            sentence=sentence.text,
            rule="claims.ratio.v1" if q.kind is Kind.RATIO else rule,
            confidence=CONFIDENCE[rule],
        )

    def _owner(self, span: Span, found: Found, index: ActorIndex) -> str | None:
        """The cue phrase's actor, else the clause's subject (or the receiver of "gave"), else
        the country that owns the quantity's own phrase."""
        head = span.root
        if found.cue.attribute == "trade_volume" and (pair := _between(found.token, index)):
            return pair[0]  # "Trade between the two countries reached $345 billion"
        if found.cue.attribute == "trade_volume" and (pair := _bilateral(found.token, index)):
            return pair[0]  # "Bilateral trade came to roughly $31 billion": the two just named
        forces = (
            found.cue.attribute in FORCES
        )  # "5,200 troops in Iraq" are not Iraq's: only a demonym says whose
        if (found.cue.attribute in LOSSES or forces) and (
            people := _nationality_counted(head, index, forces)
        ):
            return people  # "killed or wounded over 2,600 Iraqis": Iraq's losses; "11,000 American personnel"
        if (found.cue.attribute in LOSSES or forces) and (people := _of_whose(head, index)):
            return people  # "it says two of its soldiers died", "three of Kenya's policemen"
        if (
            found.cue.attribute in LOSSES
            and found.token is not None
            and (people := _losses_before(found.token, index))
        ):
            return people  # "killed four Sudanese soldiers and wounded more than twenty": Sudan's too
        if found.token is not None and found.token.head == head and (spender := _spent_by(head, index)):
            return spender  # "the $4.5 billion or so spent by Egypt"
        if (country := _in_whose_case(span, index)) is not None:
            return country  # "about $52 billion a year in Japan's case and roughly $58 billion in Russia's"
        if (country := _share_of_whose(head, index)) is not None:
            return country  # "roughly 3% of its GDP and more than 150 times Nicaragua's budget"
        if (country := _gapped_subject(span, index)) is not None:
            return country  # "Turkey spent about $6.5 billion on defence and Greece about $5 billion"
        if (country := _possessed_figure(span, index)) is not None:
            return country  # "Iran's army dwarfs Azerbaijan's 67,000"
        if (country := _elliptical_antecedent(head, index)) is not None:
            return country  # "ten times Pakistan's, which stood at about $7.6 billion"
        if (country := _object_of_relative_after(span, index)) is not None:
            return country  # "three times the Rs 5.25 lakh crore, or $70 billion, that India set aside"
        if forces and found.token is not None and (country := _sent_by_relative(found.token, index)):
            return country  # "withdraw the hundred or so soldiers it had just sent to Takuba"
        if forces and (country := _set_off_after(span, index)) is not None:
            return country  # "Saudi Arabia's regular forces, some 65,000 men all told, are ..."
        if found.cue.attribute in ARMS_BOUGHT and (buyer := _sold_to_in_phrase(head, index)):
            return buyer  # "approved the sale of 25 new F-16 fighters to Rabat"
        if found.cue.attribute == ARMS_COUNTED and (buyer := _package_client(head, index)):
            return buyer  # "an arms package for the kingdom ..., including 84 new F-15 fighters"
        if (
            found.cue.attribute in ARMS_BOUGHT
            and found.token is not None
            and (buyer := _purchaser(found.token, index))
        ):
            return buyer  # "Turkey's purchase of S-400 air defence systems, a deal put at $2.5 billion"
        if found.cue.attribute in FORCES and (counted := _counted_for(span, index)):
            return counted  # "196,000 active personnel against roughly 130,000 for Algeria"
        if span.doc[_before_hedges(span)].lower_ in ("against", "versus") and (
            counted := _counted_for(span, index)
        ):
            return counted  # "perhaps $550m a year against roughly $250m for Uganda"
        given = found.cue.attribute in GIVEN
        if given and found.token is not None and (agent := _agent_of(found.token)) is not None:
            # "a 300 mln dlr loan approved by the World Bank": the giver is the agent if it is a
            # country itself (not "Bank of America"); "a loan sought by Manila" is asked for
            mention = index.at(agent)
            asked = agent.head.head.lemma_.lower() in ASKING
            return mention.country if mention is not None and not asked else None
        if found.token is not None and (country := _own_clause_subject(head, found.token, index, given)):
            return country
        bought = found.cue.attribute in ARMS_BOUGHT
        if found.token is not None and (
            country := _phrase_owner(found.token, index, given=given, bought=bought)
        ):
            return country
        if found.cue.attribute == "trade_volume" and (country := _goods_of(head, index)):
            return country  # "tariffs Reagan slapped on 300 mln dlrs of Japanese goods": Japan's exports
        for verb in _governing_verbs(head):  # "Trump had ordered his staff to delay $400 million in aid"
            if found.cue.attribute in ARMS_BOUGHT and (buyer := _sold_to(verb, index)):
                return buyer  # "Russia has sold Armenia $200 million worth of weapons": Armenia buys
            if found.cue.attribute in LOSSES and verb == found.token and verb.lemma_.lower() != "lose":
                continue  # "killed by Ethiopian gunmen", "Israeli strikes killed 50": the killers'
            if found.cue.attribute in FORCES and verb.lemma_.lower() == "host":
                continue  # "it has hosted a NATO battlegroup of about 1,000 troops": others' troops
            subject = (
                subject_of(verb) or _subject_across_object(verb) or _losers(verb) or _subject_in_aside(verb)
            )
            if subject is not None and (country := _named_by(subject, index, strict=given)):
                return country
            main = _subject_over_clause(verb)
            if main is not None and (country := _named_by(main, index, strict=given)):
                return country
            receiver = next((c for c in verb.children if c.dep_ == "dative"), None)
            if receiver is not None and not given and (country := _named_by(receiver, index)):
                return country  # "This gave Japan a 16 billion dlr trade surplus"
        if given:
            return None  # a credit is its giver's, named as subject or possessor: not "loans to Brazil"
        return _owned_within(head, span, index)

    def _compared_with(self, head: Token, index: ActorIndex, sentence: Span) -> str | None:
        """The actor after "than" or "as ... as" near the comparison, or after an "of" just
        after it ("one-tenth of Russia's", "three times that of Pakistan")."""
        for token in sentence[head.i - sentence.start :]:
            near_of = token.lower_ == "of" and token.i - head.i <= OF_REACH and _compares(token, index)
            every = token.lower_ == "for" and token.nbor(1).lower_ in (
                "every",
                "each",
            )  # "ten for every Kenyan"
            if (token.lower_ in COMPARISON_PREPS or near_of or every) and token.i > head.i:
                for found in (index.find(t) for t in token.subtree if t.i != token.i):
                    if found is not None and found.country:
                        return found.country
        return None

    def _counterpart(
        self, item: Located, window: Window, found: Found, index: ActorIndex, owner: str
    ) -> tuple[str | None, str | None]:
        """The party of the from/to/with phrase nearest the quantity, before it in its stretch of
        the sentence ("with Japan increased 700 mln dlrs to 14.8 billion"), else after it ("$1.6
        billion of arms from Israel"). Read from the words, since wire prose coordinates figures
        in ways the parser gets wrong. _NOT_A_COUNTRY when a bilateral figure's party is a region."""
        doc = item.span.doc
        before = [t for t in doc[window.start : item.span.start] if t.lower_ in COUNTERPART_PREPS]
        if found.cue.attribute in GIVEN:
            # "drones bought from Turkey, and Washington says it has provided $2 billion": a gift's
            # party before it stands in its own clause
            before = [t for t in before if _verb_of(t) == _verb_of(item.span.root)]
        after = [t for t in doc[item.span.end : window.end] if t.lower_ in COUNTERPART_PREPS]
        # the cue's own phrase first: "its 5.6 billion dlr shortfall with Japan"
        cue = found.token
        preps = COUNTERPART_PREPS + (("in",) if found.cue.attribute == "investment_value" else ())
        own = (
            [c for c in cue.children if c.lower_ in preps] if cue is not None else []
        )  # "investment in Pakistan"
        if cue is not None and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ in preps:
            own.append(doc[cue.i + 1])  # right after the cue, whatever the parser hung it on
        inside = [p for p in own if window.start <= p.i < window.end]
        # a cue shared by two figures ("Exports to Argentina went up 3 pct to 1.5 billion and those
        # to Paraguay ... to 106 mln") lends its phrase only after the figure's own stretch
        outside = [p for p in own if p not in inside]
        for prep in [*inside, *reversed(before), *outside, *after]:
            party = _party(prep, index)
            if party is None:
                continue
            if party == _NOT_A_COUNTRY:
                return (
                    party if prep.lower_ == "with" and found.cue.attribute in BILATERAL else None
                ), prep.lower_
            return (party if party not in (owner, _AN_ORGANISATION) else None), prep.lower_
        return _dative_party(item.span, index, owner), None

    def _cue(
        self, item: Located, sentence: Span, previous: Claim | None, carried: Claim | None
    ) -> Found | None:
        kind = item.quantity.kind
        found = self._cue_in_sentence(item, sentence, kind)
        same_sentence = previous is not None and previous.sentence_start == sentence.start_char
        if (
            found is None
            and kind is Kind.COUNT
            and same_sentence
            and _compared_after_ratio(item.span, previous)
        ):
            # "more than four times Niger's 30,000 or so": the figure the ratio is of
            return Found(Cue("", kind.value, previous.attribute), None)
        if found is None and kind is Kind.COUNT and same_sentence and _elliptical_possessor(item.span):
            # "Turkey's armed forces number 510,000; Syria's numbered about 300,000"
            return Found(Cue("", kind.value, previous.attribute), None)
        counted = _as_many_what(item.span) if kind is Kind.RATIO else None
        if counted is not None and counted.lemma_.lower() not in PEOPLE | MEN:
            # "three times as many people under arms" stays the army's ratio
            measures = {c.attribute for c in self.cues if c.lemma == _cue_lemma(counted)} - ARMS_BOUGHT
            if not measures:
                return None  # "its army fields roughly twice as many tanks": tanks are no attribute
        if kind is Kind.RATIO and _after_uncounted_figure(item.span, previous):
            return None  # "close to 700 combat aircraft, almost twice as many": no attribute's ratio
        if kind is Kind.RATIO and same_sentence and _set_off_after_figure(item.span, previous):
            # "135,000 active troops, more than four times Niger's 30,000": the figure's measure
            return Found(Cue("", "ratio", previous.attribute), None)
        if kind is Kind.RATIO and same_sentence:
            # unless it stands right after its own: "... and its budget about nine times larger"
            own = self._cue_just_before(item.span)
            if own is not None:
                return own
            subject = _clause_subject(item.span)
            if found is not None and subject is not None and found.token in set(subject.subtree):
                return found  # "...; in other words, Beijing's declared budget is thirteen times larger"
            if found is not None and counted is None and _own_clause_cue(item.span, found.token, previous):
                return (
                    found  # "Its forces number 130,000 ..., and it spends twice what Chile does on defence"
                )
            inherited = Cue("", "ratio", previous.attribute)
            return Found(inherited, None)  # "$400 million a year ..., or one-seventh as much as"
        if (
            found is None
            and carried is not None
            and kind is Kind.MONEY
            and carried.unit == item.quantity.unit
        ):
            # "Taiwan's reserves rose to 53 billion dlrs. The latest level compares with the
            # previous record of 51 billion dlrs": the next sentence continues the last claim
            sign = -1 if (carried.value or 0) < 0 else 1
            return Found(Cue("", kind.value, carried.attribute, sign), None)
        return found

    def _cue_in_sentence(self, item: Located, sentence: Span, kind: Kind) -> Found | None:
        wanted = {Kind.RATIO: None}.get(kind, kind.value)
        candidates: list[tuple[tuple[bool, bool, bool, bool, bool, int, bool, int], Cue, Token]] = []
        root = item.span.root
        if kind is Kind.MONEY and (named := self._of_cue(item.span)) is not None:
            return named  # "pledged $20 billion of investment": what the sum is of
        verb = _verb_of(root)
        subject = subject_of(verb) if verb is not None else None
        about = set(subject.subtree) if subject is not None else set()  # what the clause is about
        stretch = _between_semicolons(item.span)
        for token in sentence:
            for cue in self.cues:
                if _cue_lemma(token) != cue.lemma or (wanted is not None and cue.kind != wanted):
                    continue
                if kind is not Kind.RATIO and _compared_noun(token):
                    continue  # "14 billion pounds, several times Argentina's spending": Argentina's
                if (
                    cue.attribute in ARMS_BOUGHT
                    and token.dep_ == "compound"
                    and token.head.lemma_.lower() in SITES
                ):
                    continue  # "a drone base at Agadez that cost about $110 million to build"
                if cue.attribute in GIVEN and _names_aid_people(token):
                    continue  # "aid workers", "aid convoys": people and things, not a sum given
                if cue.attribute == "military_expenditure" and _spent_on_arms(token, self._armaments):
                    # "Caracas spent roughly $11bn on Russian weapons": a purchase
                    cue = Cue(cue.lemma, cue.kind, "arms_purchase_value", cue.sign)
                if cue.attribute == "military_expenditure" and _budget_support(token):
                    cue = Cue(cue.lemma, cue.kind, "aid_value", cue.sign)  # "budget support" is aid
                if cue.attribute == "military_expenditure" and _names_a_weapon(token, self._armaments):
                    # "S-400 air-defence systems for about $2.5 billion": a purchase, not a budget
                    cue = Cue(cue.lemma, cue.kind, "arms_purchase_value", cue.sign)
                if cue.lemma == "round" and not _rounded_up(token):
                    continue  # "500 rounds of ammunition"; "200 princes were rounded up" are arrests
                if cue.lemma == "lose" and (kind is not Kind.COUNT or not _lost_people(item.span, token)):
                    continue  # "lost 3 million jobs", "lost 2 billion in revenue", "three times the size"
                hops = _hops(root, token)
                if kind is Kind.COUNT and cue.attribute == ARMS_COUNTED:
                    if not _weapons_bought(root, token, sentence):
                        continue  # "36 Rafale fighters ordered from France", not "31 fighter squadrons"
                elif kind is Kind.COUNT:
                    if not _counts_for(root, token) or _not_people(root, self._weapons):
                        continue  # a count needs its own cue: "arrested 22 people", not "aged 17"
                    if cue.attribute in FORCES and _civilians(root, token):
                        continue  # "the soldiers outnumber the 1,800 islanders"
                    hops = CUE_REACH[0] + CUE_REACH[1] if hops is None else hops
                if kind is Kind.FRACTION and hops is None:
                    continue  # "90% of their patients" is no share of the population named elsewhere
                # syntactically linked cues first; for a count of people, what happened to them
                # ("150 security forces ... killed") before what they are; then fewest hops
                happened = kind is Kind.COUNT and cue.attribute in WHERE_IT_HAPPENED
                # "forces number a million active personnel": the forces'; "the Iraqi Army at
                # about 190,000 men": the army's
                weak = cue.lemma in WEAK_CUES or cue.lemma in MEN
                # a ratio compares what its clause is about, unless a cue holds it: "Egypt's army
                # is three times the size of Ethiopia's [army] and its budget nine times larger"
                compared = kind is Kind.RATIO and token not in about and (hops is None or hops > 1)
                rank = (
                    hops is None,
                    # "Ethiopia's spending has doubled, to something in the region of $450 million;
                    # Eritrea spends perhaps half as much": a cue past a semicolon is another clause's
                    hops is None and not stretch[0] <= token.idx < stretch[1],
                    compared,
                    weak,
                    not happened,
                    hops or 0,
                    token not in about,
                    abs(token.i - root.i),
                )
                candidates.append((rank, cue, token))
        if not candidates:
            return _bought_by_name(root) if kind is Kind.COUNT else None
        _, cue, token = min(candidates, key=lambda c: c[0])
        own = [c for c in candidates if c[2] in about]
        if own and verb is not None and token.pos_ == "VERB" and token in set(verb.ancestors):
            # "Pakistan spends $6.3 billion, while estimates of Iran's military spending run to
            # under $10 billion": a verb above the figure's own clause is another clause's cue
            # when that clause's subject holds one
            _, cue, token = min(own, key=lambda c: c[0])
        return Found(cue, token)

    def _cue_just_before(self, span: Span) -> Found | None:
        """The cue noun right before a ratio, hedges aside: "its budget about three times larger"."""
        word = span.doc[_before_hedges(span, BOUNDS)]
        if word.pos_ != "NOUN" and word.tag_ != "VBG":  # "its spending more than ten times greater"
            return None
        cue = next((c for c in self.cues if c.lemma == _cue_lemma(word)), None)
        return Found(cue, word) if cue is not None else None

    def _of_cue(self, span: Span) -> Found | None:
        """The cue a sum of money is "of" or "in": "$20 billion of investment", "$5 billion of
        arms", "topped up by nearly $3 billion a year in American military aid" (the phrase
        right after the sum, wherever the parser hung it)."""
        root, doc = span.root, span.doc
        preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "in")]
        after = span.end + 2 if doc[span.end : span.end + 2].text.lower() == "a year" else span.end
        if after < len(doc) and doc[after].lower_ == "in" and doc[after].dep_ == "prep":
            preps.append(doc[after])
        for prep in preps:
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                cue = next((c for c in self.cues if c.kind == "money" and c.lemma == _cue_lemma(noun)), None)
                # "in" names only what is given or bought: not "a deficit of $20 billion in that trade"
                if cue is not None and (prep.lower_ == "of" or cue.attribute in GIVEN | ARMS_BOUGHT):
                    return Found(cue, noun)
        return None


_NOT_A_COUNTRY = "-"  # a counterpart that is no country (see BILATERAL)
_AN_ORGANISATION = "+"  # a counterpart that is an organisation: the claim stands, with no country
SKIPPED_BEFORE_PARTY = frozenset({"DET", "ADV", "ADJ", "NUM", "PUNCT", "SPACE"})


@dataclass(frozen=True, slots=True)
class Window:
    """The tokens of a sentence that belong to one quantity: previous level to next figure."""

    start: int
    end: int


def _dative_party(quantity: Span, index: ActorIndex, owner: str) -> str | None:
    """The country a verb gives the quantity to without a preposition: "gave Kenya $40 million"."""
    verb = quantity.root.head
    while verb.dep_ in ("pobj", "prep", "compound", "nummod", "quantmod") and verb.head.i != verb.i:
        verb = verb.head  # "$40 million in aid": up from the figure to its verb
    for child in verb.children:
        if child.dep_ == "dative" and (mention := index.find(child)) and mention.country not in (None, owner):
            return mention.country
    return None


def _nationality_counted(quantity: Token, index: ActorIndex, demonyms_only: bool = False) -> str | None:
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


def _of_whose(quantity: Token, index: ActorIndex) -> str | None:
    """The possessor of the people a number is "of": "two of its soldiers"."""
    for prep in (c for c in quantity.children if c.dep_ == "prep" and c.lower_ == "of"):
        for people in (g for g in prep.children if g.dep_ == "pobj"):
            for owner in (c for c in people.children if c.dep_ == "poss"):
                if owner.lower_ in POSSESSIVE_PRONOUNS:
                    return _named_before(owner, index)
                if (mention := index.find(owner)) is not None and mention.country:
                    return mention.country
    return None


def _losses_before(verb: Token, index: ActorIndex) -> str | None:
    """The nationality counted by the loss verb this one is coordinated with."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    for obj in (c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")):
        number = next((c for c in obj.children if c.dep_ == "nummod"), None)
        if number is not None and (country := _nationality_counted(number, index)):
            return country
    return None


def _in_favour_of(quantity: Span, index: ActorIndex) -> str | None:
    """The country of "in X's favour" just after a sum: the balance is X's surplus."""
    following = quantity.doc[quantity.end : quantity.end + 6]
    words = [t.lower_ for t in following]
    if "in" not in words or not any(w in ("favour", "favor") for w in words):
        return None
    if "," in words[: words.index("in")]:
        return None  # "trade some $70 billion a year, overwhelmingly in China's favour": the volume
    return next((m.country for t in following if (m := index.at(t)) is not None and m.country), None)


def _odds_between(ratio: Span, earlier: list[Claim], attribute: str) -> tuple[str, str] | None:
    """ "thirty to one" after two countries' figures: the larger figure's owner against the other's."""
    if not ratio.text.lower().endswith(("to one", "to-one")):
        return None
    figures = {
        c.actor: c.value
        for c in earlier
        if c.attribute == attribute and c.value is not None and c.unit != "fraction"
    }
    if len(figures) != 2:
        return None
    larger, smaller = sorted(figures, key=lambda actor: -abs(figures[actor] or 0))
    return larger, smaller


def _figure_named_for(ratio: Token, index: ActorIndex) -> str | None:
    """The country of a figure noun a ratio's clause makes its subject ("which makes the American
    figure more than 50 times as large")."""
    verb = next((a for a in ratio.ancestors if a.pos_ in ("VERB", "AUX", "ADJ")), None)
    nodes = [ratio, *([verb] if verb is not None else [])]  # the parser hangs the figure on either
    subject = next((c for n in nodes for c in n.children if c.dep_ in ("nsubj", "dobj")), None)
    if subject is None or subject.lemma_.lower() not in FIGURE_NOUNS:
        return None
    named = [m for c in subject.children if c.dep_ in ("amod", "compound", "poss") and (m := index.at(c))]
    return named[0].country if named and named[0].country else None


def _of_that(ratio: Span) -> bool:
    """ "a quarter of that", "a third that size": a ratio to a figure named just before."""
    doc = ratio.doc
    words = [t.lower_ for t in doc[ratio.end : min(ratio.end + 3, ratio.sent.end)]]
    if words[:2] in (["of", "that"], ["of", "this"]):
        return True
    # "Benin's armed forces, perhaps a third that size": not "a third the size of Egypt's"
    return (
        words[:1] in (["that"], ["the"])
        and words[1:2] in (["size"], ["number"], ["figure"])
        and words[2:3] != ["of"]
    )


def _subject_named(quantity: Span, index: ActorIndex) -> str | None:
    """The country the quantity's clause subject names itself (no pronoun standing for it)."""
    subject = _clause_subject(quantity)
    return _named_by(subject, index) if subject is not None and subject.pos_ != "PRON" else None


def _in_whose_case(quantity: Span, index: ActorIndex) -> str | None:
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


def _set_off_from(quantity: Span, index: ActorIndex) -> str | None:
    """The country of the phrase a figure is set off from: "Benin's armed forces, perhaps a third
    that size, are stretched"."""
    root = quantity.root
    return _named_by(root.head, index) if root.dep_ == "appos" else None


def _bare_comparison(ratio: Span) -> bool:
    """ "eleven times as much", "three times larger": a comparison that names no other side, not
    a share ("one-third of America's deficit")."""
    doc = ratio.doc
    if ratio.text.lower().endswith(("to one", "to-one", "again")) or ratio.text.lower().startswith(
        "half again"
    ):
        return True  # "a ratio of around thirty to one", "half as large again"
    following = doc[ratio.end] if ratio.end < len(doc) else None
    if following is not None and following.lower_ == "what" and ratio.end + 1 < len(doc):
        return doc[ratio.end + 1].pos_ == "PRON"  # "three and a half times what we do": the figure before
    return following is not None and (following.lower_ == "as" or following.tag_ in ("JJR", "RBR"))


def _outdone(ratio: Token, index: ActorIndex) -> tuple[str | None, str] | None:
    """Who outdoes whom by a ratio: "Belgrade outspends Pristina by a factor of twelve",
    "Riyadh outspends it by a factor of more than ten" (the out-verb's subject and object; the
    parser often reads "outspends" as a noun with its subject as a modifier)."""
    verb = next(
        (a for a in ratio.ancestors if a.lemma_.lower().startswith("out") and a.pos_ in ("VERB", "NOUN")),
        None,
    )
    if verb is None:
        return None
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "compound")]
    doer = next((m.country for d in doers if (m := index.find(d)) is not None and m.country), None)
    # "Baku outspends Yerevan" with "outspends" read as a noun: "Yerevan" in apposition to it
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "appos")):
        if (mention := index.find(obj)) is not None and mention.country:
            return doer, mention.country
        if obj.lower_ in ("it", "them") and (antecedent := _pronoun_object(obj, index)) is not None:
            return doer, antecedent
    return None


def _pronoun_object(pronoun: Token, index: ActorIndex) -> str | None:
    """The country an object pronoun stands for: the subject of the clause before, else the
    nearest country named before that is not the verb's own subject."""
    subject = subject_of(pronoun.head)
    own = index.find(subject).country if subject is not None and index.find(subject) else None
    for i in range(pronoun.i - 1, max(-1, pronoun.i - 60), -1):
        mention = index.by_token.get(i)
        if mention is not None and mention.country and mention.country != own:
            return mention.country
    return None


def _last_compared(earlier: list[Claim], owner: str) -> str | None:
    """What the owner's last ratio in the sentence compared it with."""
    compared = [c.relative_to for c in earlier if c.actor == owner and c.relative_to is not None]
    return compared[-1] if compared else None


def _claims_before(sentence: Span, claims: list[Claim]) -> list[Claim]:
    """The claims of the sentence just before this one."""
    if sentence.start == 0:
        return []
    start = sentence.doc[sentence.start - 1].sent.start_char
    return [c for c in claims if c.sentence_start == start]


def _other_figure_owner(earlier: list[Claim], owner: str, attribute: str) -> str | None:
    """The owner of the last figure of the same attribute its sentence gave another country."""
    others = [
        c.actor for c in earlier if c.attribute == attribute and c.value is not None and c.actor != owner
    ]
    return others[-1] if others else None


def _figure_after(ratio: Span, index: ActorIndex) -> str | None:
    """ "nearly six times the $10 billion Pakistan spends": a ratio of a figure named right after
    it compares with that figure's owner."""
    doc = ratio.doc
    if ratio.end + 1 < len(doc) and doc[ratio.end].lower_ == "what":
        # "some 13 times what Kyiv can muster": the subject of the clause after "what"
        for token in doc[ratio.end + 1 : min(len(doc), ratio.end + 4)]:
            if token.pos_ in ("VERB", "AUX"):
                break
            if (named := index.at(token)) is not None and named.country:
                return named.country
        return None
    start = ratio.end + (ratio.end < len(doc) and doc[ratio.end].lower_ == "the")
    while start < len(doc) and doc[start].lower_ in APPROXIMATE:
        start += 1  # "four times the roughly 33,000 in the Rwanda Defence Force"
    named = index.at(doc[start]) if start < len(doc) else None
    after = start + 1
    while named is not None and after < len(doc) and index.at(doc[after]) == named:
        after += 1  # "nearly twice South Korea's 625,000": past the whole name
    if after < len(doc) and doc[after].lower_ in ("'s", "’s"):
        return named.country if named is not None else None  # "nearly six times Pakistan's outlay"
    if start >= len(doc) or not (
        doc[start].like_num or doc[start].is_currency or _abbreviated_currency(doc[start])
    ):
        return None
    for token in doc[start : min(len(doc), start + FIGURE_REACH)]:
        if token.is_punct or (
            token.pos_ in ("VERB", "AUX", "CCONJ") and token.i > start + 1 and not _qualifies(token)
        ):
            # "three times the Rs 5.25 lakh crore, or $70 billion, that India set aside"
            return _object_of_relative_after(doc[start : token.i], index) if token.i > start else None
        if (mention := index.at(token)) is not None and mention.country:
            return mention.country
    return None


def _abbreviated_currency(word: Token) -> bool:
    """ "Rs 5.25 lakh crore": a currency abbreviation the parser reads as a noun."""
    return word.i + 1 < len(word.doc) and word.doc[word.i + 1].like_num and word.text in ("Rs", "Rs.")


def _qualifies(verb: Token) -> bool:
    """A verb inside the figure's own phrase: "the $10 billion Pakistan spends", "spent by Pakistan"."""
    return verb.dep_ in ("relcl", "acl") or (verb.pos_ == "VERB" and verb.tag_ == "VBN")


def _possessed_figure(quantity: Span, index: ActorIndex) -> str | None:
    """A country's possessive right before the number: "dwarfs Azerbaijan's 67,000", "against
    India's 1.4 million"."""
    doc, first = quantity.doc, quantity.start
    while first > 0 and quantity.start - first < 2 and doc[first - 1].lower_ in APPROXIMATE | {"at"}:
        # "Pakistan's approximately 650,000", "China's spending at $261 billion and India's at $71 billion"
        first -= 1
    if first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lemma_.lower() in TALLY_NOUNS:
        return _phrase_owner(doc[first - 2], index)  # "the Greek total of around 143,000"
    if first < 2 or doc[first - 1].lower_ not in ("'s", "’s"):
        return None
    mention = index.at(doc[first - 2])
    return mention.country if mention is not None else None


def _between(cue: Token | None, index: ActorIndex) -> list[str]:
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


def _bilateral(cue: Token | None, index: ActorIndex) -> list[str]:
    """ "bilateral trade": the two countries named last before it."""
    if cue is None or not any(c.lower_ == "bilateral" for c in cue.children if c.dep_ == "amod"):
        return []
    named = [m.country for m in index.recent_pair(cue, cue.sent) if m.country]
    if len(set(named)) == 2:
        return named
    return index.article_pair()  # none named just before: the two the article is about


def _cue_lemma(token: Token) -> str:
    """The word a cue is looked up by: a weapon's model designation ("F-16s", "Su-30SM",
    "MiG-29s", "T-72s") stands for the claims.tsv row `@model`; a capitalised plural in a
    name keeps its plural as its lemma ("Japan's Self-Defense Forces"), so it is singularised."""
    if DESIGNATION.match(token.text):
        return "@model"
    lemma = token.lemma_.lower()
    if lemma in FORCE_NOUNS and token.tag_ in ("VBG", "VBD", "VBN", "VB", "VBZ"):
        return token.lower_  # "forcing some 60,000 Israelis out of their homes": no armed force
    if token.pos_ == "PROPN" and lemma.endswith("s") and token.text[:1].isupper():
        return lemma[:-1]
    return lemma


# more than any state has kept under arms (the largest, in the Second World War, were near
# twelve million): a count above it is a people ("950 million Chinese"), not a force
MOST_UNDER_ARMS = 15_000_000
# verbs whose object weapons are already held, or gone: no purchase
NOT_BUYING = frozenset(
    {"lose", "keep", "station", "deploy", "field", "fly", "operate", "destroy", "down", "sink", "shoot"}
)


def _rounded_up(token: Token) -> bool:
    return token.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)


def _weapons_bought(quantity: Token, weapon: Token, sentence: Span) -> bool:
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
    verb = _verb_of(quantity.head)
    bought_here = any(  # "fields ... 80 F-16 jets bought from Lockheed Martin"
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in PURCHASE_WORDS for c in quantity.head.children
    )
    held = (
        verb is not None
        and quantity.head.dep_ == "dobj"
        and verb.lemma_.lower() in NOT_BUYING
        and not bought_here
    )
    return (
        (counted or kind_of)
        and not acting
        and not held
        and any(t.lemma_.lower() in PURCHASE_WORDS for t in sentence)
    )


def _bought_by_name(quantity: Token) -> Found | None:
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


def _sold_to_in_phrase(quantity: Token, index: ActorIndex) -> str | None:
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


def _package_client(quantity: Token, index: ActorIndex) -> str | None:
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


def _counted_for(quantity: Span, index: ActorIndex) -> str | None:
    """ "roughly 130,000 for Algeria": a count followed by for and a country is that country's."""
    doc = quantity.doc
    if quantity.end + 1 >= len(doc) or doc[quantity.end].lower_ not in ("for", "in"):
        return None
    at = quantity.end + 1 + (doc[quantity.end + 1].lower_ == "the")
    mention = index.at(doc[at]) if at < len(doc) else None
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


def _recent_focus(sentence: Span, index: ActorIndex, supplier: str, article_focus: str | None) -> str | None:
    """The country named most in this sentence and the one before, other than the suppliers
    there: "Ukraine's friends are numerous but cautious. The United States approved the sale of
    210 Javelins"; else the country the article names most ("Russia donated six MiG-29s and
    Belarus added four more. Moscow handed over 30 T-72 tanks" in a piece about Serbia)."""
    doc = sentence.doc
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    window = doc[start : sentence.end]
    subjects = [subject_of(verb) for verb in window if _supplying(verb)]
    suppliers = {supplier} | {_named_by(s, index) for s in subjects if s is not None}
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


def _sentence_subject(sentence: Span, index: ActorIndex) -> str | None:
    """The country the subject of a sentence's main clause names."""
    subject = subject_of(sentence.root)
    return _named_by(subject, index) if subject is not None else None


def _supplier(quantity: Token, index: ActorIndex) -> str | None:
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
        if subject is not None and (country := _named_by(subject, index)):
            return country
    for verb in _governing_verbs(quantity):
        # _supplying: "Russia, which has supplied Pantsir-S1s and signed a deal for 36 Yak-130s"
        # "Washington approved another $1.29 billion in precision-guided bombs": an amount of arms
        approved = sale or any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in quantity.children)
        supplies = _supplying(verb) or (approved and verb.lemma_.lower() in APPROVING)
        if not supplies or _sold_to(verb, index):
            continue
        subject = subject_of(verb)
        if subject is not None and (country := _named_by(subject, index)):
            return country
    return None


def _sold_to(verb: Token, index: ActorIndex) -> str | None:
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
        return next((country for r in receivers if (country := _named_by(r, index))), None)
    if verb.lemma_.lower() not in SELLING:
        return None
    # "sold Armenia four fighters" is often parsed with two objects: a country is never the goods
    receivers = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    receivers += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return next((country for r in receivers if (country := _named_by(r, index))), None)


def _own_clause_subject(quantity: Token, cue: Token, index: ActorIndex, given: bool) -> str | None:
    """The subject of the quantity's own clause when the cue lies in another clause: "The United
    States raised its contribution to 190 mln dlrs ... and the Netherlands raised its figure to
    232 mln guilders" is the Netherlands'."""
    verb = next(iter(_governing_verbs(quantity)), None)
    contrasted = (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children)
    )  # "Its budget was $1.4 billion, while Kosovo allocates €100 million"
    if verb is None or not (verb.dep_ == "conj" or contrasted) or cue in verb.subtree:
        return None  # only a coordinated clause of its own, not "..., with Japan increased 700 mln"
    subject = subject_of(verb)
    return _named_by(subject, index, strict=given) if subject is not None else None


def _party(prep: Token, index: ActorIndex) -> str | None:
    """The country a from/to/with phrase names, _NOT_A_COUNTRY for a place or group that is
    none ("with Latin America", "with Far East countries"), None if it names no party at all
    ("to buy", "to 2.6 billion")."""
    for token in prep.doc[prep.i + 1 : prep.i + 6]:
        mention = index.at(token)
        if mention is not None and (mention.country or mention.igo):
            return mention.country or _AN_ORGANISATION  # "with EC nations": a party, not a place
        if (token.pos_ in SKIPPED_BEFORE_PARTY or token.tag_ in ("VBN", "VBG")) and not token.like_num:
            continue
        if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.lemma_.lower() in GROUP_NOUNS):
            return _NOT_A_COUNTRY
        return None
    return None


@dataclass(slots=True)
class ArticleState:
    """What claim binding remembers across the sentences of one article."""

    index: ActorIndex
    dates: DateTracker
    most_named: str | None
    claims: list[Claim] = field(default_factory=list)
    sentence_number: int = 0
    _claim_sentence: dict[str, int] = field(default_factory=dict)  # attribute -> sentence number
    _currency: tuple[str, int] | None = None  # last currency named, and where
    _exporter: tuple[str, int] | None = None  # owner of the last exports or shipments, and where
    _last_sentence: int = -9
    carrying: Claim | None = None  # the claim this sentence continues, if any
    places: dict[int, str] = field(default_factory=dict)  # token index of a US state or region -> its state
    balance_owner: str | None = None  # the article's country, never the partner of its surplus

    def add(self, claim: Claim, number: int) -> None:
        self.claims.append(claim)
        self._claim_sentence[claim.attribute] = number
        self._last_sentence = number

    def _repeated(self, attribute: str, quantity: Quantity) -> str | None:
        """The owner of an earlier claim of the same figure: a figure said twice is one claim."""
        same = (
            c.actor
            for c in reversed(self.claims)
            if c.attribute == attribute and c.value is not None and abs(abs(c.value) - quantity.value) < 1e-9
        )
        return next(same, None)

    def recent(self, attribute: str, sentences: int) -> bool:
        """Whether a claim of this attribute was made within the last few sentences."""
        last = self._claim_sentence.get(attribute)
        return last is not None and self.sentence_number - last <= sentences

    def carried(self) -> Claim | None:
        """The last claim, if the sentence just before made it from a cue word of its own."""
        if self.claims and self._last_sentence == self.sentence_number - 1:
            last = self.claims[-1]
            return last if last.rule != "claims.carried.v1" else None
        return None

    def recent_currency(self) -> str | None:
        if self._currency and self.sentence_number - self._currency[1] <= CURRENCY_SENTENCES:
            return self._currency[0]
        return None

    def note_exporter(self, country: str) -> None:
        self._exporter = (country, self.sentence_number)

    def recent_exporter(self) -> str | None:
        """Whose exports the last sentences were about, even to a region ("West German exports
        to Latin America fell ... Shipments to Mexico fell 19 pct to 1.9 billion marks")."""
        if self._exporter and self.sentence_number - self._exporter[1] <= EXPORTER_SENTENCES:
            return self._exporter[0]
        return None

    def note_currency(self, located: list[Located]) -> None:
        money = next((i.quantity.unit for i in located if i.quantity.kind is Kind.MONEY), None)
        if money:
            self._currency = (money, self.sentence_number)

    def _recent_scene(self, sentence: Span) -> str | None:
        """The country of the last place the SCENE_SENTENCES before a sentence name in its
        paragraph: a country or capital in a locative phrase ("in Yemen"), or a city or region
        ("Goma")."""
        doc = sentence.doc
        start = sentence.start
        for _ in range(SCENE_SENTENCES):
            start = doc[start - 1].sent.start if start > 0 else start
        for i in range(sentence.start - 1, start - 1, -1):
            if doc[i].is_space and "\n" in doc[i].text:
                return None  # the paragraph before is another scene
            # a city or region, unless the name is an actor's: "Washington" is the government
            if i in self.places and i not in self.index.by_token and not _a_venue(doc[i]):
                return self.places[i]
            mention = self.index.by_token.get(i)
            if mention is not None and mention.country and mention.kind in PLACE_KINDS and a_place(doc[i]):
                if _a_venue(doc[i]):
                    continue  # "Putin then met Xi in Beijing": where they talked, not the story's scene
                return mention.country
        return None

    def fallback_owner(
        self, attribute: str, item: Located, window: Window, found: Found
    ) -> tuple[str | None, str]:
        """An owner from context when the sentence's syntax gives none (see the module's rules)."""
        if (repeated := self._repeated(attribute, item.quantity)) is not None:
            return repeated, "claims.continued.v1"  # "twenty Indian soldiers died ... twenty men were dead"
        if attribute in GIVEN:
            return None, "claims.value.v1"  # no giver named: no claim
        if attribute in ARMS_BOUGHT and (buyer := _sentence_subject(item.span.sent, self.index)):
            return buyer, "claims.value.v1"  # "It flies ... 84 new F-15SA jets bought from Boeing"
        if attribute in WHERE_IT_HAPPENED and _worldwide(item, window):
            return None, "claims.location.v1"  # "140 thousand deaths worldwide": no one country's
        if attribute in WHERE_IT_HAPPENED and (
            place := _place(item, window, self.index, self.places, lambda: self._recent_scene(item.span.sent))
        ):
            return place, "claims.location.v1"
        if (
            found.token is not None
            and found.cue.lemma in BILATERAL_ONLY
            and (exporter := self.recent_exporter())
        ):
            return exporter, "claims.continued.v1"
        if (announced := _announced_before_colon(item.span, self.index)) is not None:
            return announced, "claims.topic.v1"  # "In manpower Iran looks formidable: the IISS counts ..."
        last = self._claim_sentence.get(attribute)
        if last is not None and self.sentence_number - last <= CONTINUATION_SENTENCES:
            owner = next(c.actor for c in reversed(self.claims) if c.attribute == attribute)
            return owner, "claims.continued.v1"
        if attribute in WHERE_IT_HAPPENED:
            return self.most_named, "claims.location.v1"
        if (
            attribute == "military_expenditure"
            and found.token is not None
            and _definite_subject(found.token)
            and (topic := _previous_sentence_subject(item.span.sent, self.index)) is not None
        ):
            # "Australia is also spending to match its words. ... this year's defence budget of
            # A$42.2 billion comes to just over 2% of GDP"
            return topic, "claims.topic.v1"
        if found.token is not None and _unowned(found.token):
            # "The surplus widened to...": the article's country; in an article about a "surplus
            # with the United States", not the United States
            owner = self.balance_owner if attribute == "trade_balance" else self.most_named
            return owner, "claims.topic.v1"
        if found.token is not None and _definite(found.token):
            # "protectionism is not the answer to the 170 billion dlr trade deficit," Yeutter said
            speaker = _speaker(item.span.sent, self.index)
            if speaker is not None:
                return speaker, "claims.speaker.v1"
            if attribute in NATIONAL_TOTALS:
                # "restore competitiveness of American industries and turn around last year's
                # record 169 billion dlrs trade deficit", "figures show the reserves at 10.5
                # billion dlrs": a national total spoken of as known is the country its
                # sentence names (not a partner "with" it), else the article's
                article = self.balance_owner if attribute == "trade_balance" else self.most_named
                return _sole_named(item.span.sent, self.index) or article, "claims.topic.v1"
        return None, "claims.value.v1"


CONFIDENCE = {
    "claims.speaker.v1": 0.4,
    "claims.value.v1": 0.8,
    "claims.respectively.v1": 0.7,
    "claims.continued.v1": 0.6,
    "claims.carried.v1": 0.5,
    "claims.topic.v1": 0.4,
    "claims.location.v1": 0.5,
    "claims.each.v1": 0.6,
}


def _each_of(claim: Claim, quantity: Span, index: ActorIndex) -> list[Claim]:
    """The same figure for the other countries of a subject it is given to each of: "Greece and
    Turkey spend about $5 billion each", "The two spend ... $15 billion a year each" (the two
    countries the sentence before names)."""
    subject = _clause_subject(quantity)
    if claim.value is None or subject is None or not (_distributed(quantity) or _each_one(subject)):
        return []
    if subject.lower_ == "each":  # "Greece and Turkey each spend": the words before it
        before_subject = quantity.doc[quantity.sent.start : subject.i]
        named = list(dict.fromkeys(m.country for t in before_subject if (m := index.at(t)) and m.country))
    else:
        named = [m.country for t in conjuncts(subject) if (m := index.find(t)) is not None and m.country]
    named = named or _the_two(quantity, subject, index)
    others = list(dict.fromkeys(c for c in named if c != claim.actor))
    if claim.actor not in named and not (others and len(named) == 2):
        return []
    rule = "claims.each.v1"
    return [replace(claim, actor=c, rule=rule, confidence=CONFIDENCE[rule]) for c in others]


def _clause_subject(quantity: Span) -> Token | None:
    """The subject of the first verb above a figure."""
    verb = _verb_of(quantity.root)
    return subject_of(verb) if verb is not None else None


def _the_two(quantity: Span, subject: Token | None, index: ActorIndex) -> list[str]:
    """For a figure given to each of "the two" or "both", the two countries the sentence before
    names (and only two)."""
    if _each_one(subject):
        # "Each country spends little more than $10 million a year": each of the two the
        # article is about
        named = [m.country for m in index.both(subject) if m.country]
        return named if len(set(named)) == 2 else []
    if subject is None or subject.lower_ not in ("two", "both") or quantity.sent.start == 0:
        return []
    if not _distributed(quantity):
        return []
    before = quantity.doc[quantity.sent.start - 1].sent
    named = list(dict.fromkeys(m.country for t in before if (m := index.at(t)) is not None and m.country))
    return named if len(named) == 2 else []


def _each_one(subject: Token | None) -> bool:
    """ "Each country", "each side": a subject that gives the figure to each of a pair."""
    return (
        subject is not None
        and subject.lemma_.lower() in EACH_OF_THE_PAIR
        and any(c.dep_ == "det" and c.lower_ == "each" for c in subject.children)
        # not "each state in the European Union", "each country that joins"
        and not any(c.dep_ in ("prep", "relcl", "acl") for c in subject.children)
    )


def _distributed(quantity: Span) -> bool:
    """A figure given to each of several: "... $5 billion each", "each spend $5 billion"."""
    doc = quantity.doc
    after = [t.lower_ for t in doc[quantity.end : min(quantity.end + 4, quantity.sent.end)]]
    before = [t.lower_ for t in doc[max(quantity.sent.start, quantity.start - 4) : quantity.start]]
    return "each" in after[: after.index(",")] if "," in after else "each" in after or "each" in before


def _partner_in(sentence: Span, index: ActorIndex, owner: str, previous: Claim | None) -> str | None:
    """The other country of a flow whose partner this stretch does not name: the previous
    figure's ("to China ... from 7.69 billion in 1985"), else the other country the sentence names."""
    if previous is not None and previous.sentence_start == sentence.start_char and previous.counterpart:
        return previous.counterpart
    others = {m.country for t in sentence if (m := index.at(t)) and m.country and m.country != owner}
    return others.pop() if len(others) == 1 else None


def _purchaser(weapon: Token, index: ActorIndex) -> str | None:
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


def _names_aid_people(word: Token) -> bool:
    """ "aid workers", "aid agencies": the word modifies the noun after it (however parsed)."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.lemma_.lower() in AID_PEOPLE


def _spent_on_arms(word: Token, armaments: frozenset[str]) -> bool:
    """ "spent $11bn on Russian weapons": spending whose on-phrase names arms."""
    if word.lemma_.lower() != "spend":
        return False
    things = [g for p in word.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children]
    return any(_cue_lemma(t) in armaments and t.dep_ == "pobj" for t in things)


def _given_from(quantity: Span, cue: Token | None, index: ActorIndex) -> str | None:
    """The country a sum comes from, in the phrase of the figure that holds its cue: "secured a
    $1.4 billion package of budget support and credit lines from Delhi"; not "a 40 mln dlr crude
    oil purchase from the Saudis" (a purchase, whatever "letter of credit" follows)."""
    noun = quantity.root
    while noun.dep_ in ("nummod", "compound", "quantmod") and noun.head.i != noun.i:
        noun = noun.head
    phrase = set(noun.subtree)
    if cue is None or cue not in phrase:
        return None
    for prep in sorted(phrase, key=lambda t: t.i):
        if prep.lower_ == "from" and prep.dep_ == "prep":
            party = _party(prep, index)
            return party if party not in (None, _NOT_A_COUNTRY, _AN_ORGANISATION) else None
    return None


def _budget_support(word: Token) -> bool:
    """ "a $1.4 billion package of budget support ... from Delhi": money given to fund another
    government's budget, not a defence budget."""
    return word.dep_ == "compound" and word.head.lemma_.lower() == "support"


def _names_a_weapon(word: Token, armaments: frozenset[str]) -> bool:
    """ "air-defence systems", "missile-defense battery": defence naming what a weapon does."""
    return word.dep_ in ("compound", "amod", "npadvmod") and word.head.lemma_.lower() in armaments


def _standing_army(found: Found, index: ActorIndex) -> Found:
    """ "1.1 million active soldiers", "45,000 active personnel", "the FARDC lists over 130,000
    soldiers": a country's standing army, not troops sent somewhere."""
    token = found.token
    if found.cue.attribute != "troop_count" or token is None:
        return found
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


def _held_not(quantity: Token, attribute: str = "") -> bool:
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
    verb = _verb_of(quantity)
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


def _fiscal(found: Found) -> bool:
    """ "Riyadh has budgeted for a deficit of some $87 billion": a budget's balance, not trade's."""
    cue = found.token
    if cue is None or found.cue.attribute != "trade_balance":
        return False
    near = [*cue.doc[max(cue.sent.start, cue.i - 4) : cue.i], *cue.children, cue.head]
    return any(t.lemma_.lower() in FISCAL_WORDS for t in near)


def _measures_else(quantity: Span) -> bool:
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
    verb = _verb_of(quantity.root)
    near += [verb.head] if verb is not None and verb.dep_ == "relcl" else []
    return any(t.lemma_.lower() in OTHER_MEASURES and t.pos_ in ("NOUN", "PROPN") for t in near)


TARGETS = frozenset({"target", "benchmark", "goal", "threshold", "guideline"})  # "pledge" is aid


def _a_target(quantity: Token) -> bool:
    """A figure that names a target ("NATO's 2% benchmark", "the 2% target")."""
    return quantity.head.lemma_.lower() in TARGETS and quantity.dep_ in ("nummod", "compound", "amod")


def _not_people(quantity: Token, weapons: frozenset[str] = frozenset()) -> bool:
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
    return (
        aged
        or designated  # "the Turkish air force flies some 240 F-16s"
        or counted in OCCURRENCES
        or counted in weapons  # "a million men and some 5,500 tanks"
        or any(
            t.lemma_.lower() in NOT_PEOPLE
            and t.pos_ in ("NOUN", "NUM")
            and not _a_verb(t)
            and not _hedged_after(t)
            for t in near
        )
    )


def _hedged_after(word: Token) -> bool:
    """ "number some 185,000": the verb "number" the parser took for a noun; a label ("ranking
    number 27") is never hedged."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.lower_ == "number" and following is not None and following.lower_ in APPROXIMATE


def _civilians(quantity: Token, cue: Token) -> bool:
    """A count of people who are no force: islanders, civilians, residents; people, unless the
    force is counted in them ("an army of 300,000 people", not "800,000 people and an army")."""
    if quantity.dep_ != "nummod":
        return False
    counted = quantity.head.lemma_.lower()
    return counted in CIVILIAN_NOUNS or (counted in PEOPLE and cue not in quantity.ancestors)


def _a_verb(token: Token) -> bool:
    """ "Moscow's armed forces number about a million", "forces, which number 247,000": a
    noun-looking verb with a subject, a relative clause or an object ("India's army numbers
    about 1.2 million", parsed as a compound noun with the figure as its object)."""
    if any(c.dep_ == "compound" and c.lemma_.lower() in COUNTING_SUBJECTS for c in token.children):
        return True  # "Its forces number perhaps 115,000", parsed as "forces number" a noun
    if _after_aside(token):
        return True  # "Djibouti's forces, gendarmerie included, number perhaps 10,000"
    return token.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in token.children)


def _after_aside(token: Token) -> bool:
    """A bare word right after a comma that closes an aside set off after a counted subject."""
    if token.i == 0 or token.doc[token.i - 1].lower_ != "," or any(c.dep_ == "det" for c in token.children):
        return False
    before = token.doc[token.sent.start : token.i - 1]
    return any(w.lemma_.lower() in COUNTING_SUBJECTS and w.pos_ == "NOUN" for w in before) and any(
        w.lower_ == "," for w in before
    )


def _fits(attribute: str, sentence: Span) -> bool:
    """Spending is military expenditure only in a sentence about the military ("Japan plans to
    spend 5,000 billion yen to boost demand" is not)."""
    if attribute != "military_expenditure":
        return True
    return any(
        t.lemma_.lower() in MILITARY_WORDS
        or (t.lemma_.lower() in FORCE_NOUNS and t.pos_ == "NOUN" and not _civilian_force(t))
        for t in sentence
    )


def _set_off_after(quantity: Span, index: ActorIndex) -> str | None:
    """The possessor of the noun a count is set off after by a comma: "Saudi Arabia's regular
    forces, some 65,000 men all told" (often misparsed, so read from the words)."""
    doc, at = quantity.doc, _before_hedges(quantity)
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


def _not_fielded(quantity: Token) -> bool:
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


def _received(quantity: Token) -> bool:
    """ "The Philippines has received a 300 mln dlr loan": its subject is the receiver; "Manila
    will pay foreign banks 37 mln dlrs", "to make the extra 111 mln dlr prepayment": a debtor's
    payments on a loan are not a loan it gives."""
    verb = _verb_of(quantity)
    nouns = {a.lemma_.lower() for a in [quantity, *quantity.ancestors] if a.pos_ == "NOUN"}
    repaid = any(a.lemma_.lower() in REPAYING for a in quantity.ancestors if a.pos_ == "VERB")
    received = verb is not None and verb.lemma_.lower() in RECEIVING
    return received or repaid or bool(nouns & REPAYING)


def _goods_of(quantity: Token, index: ActorIndex) -> str | None:
    """The country of the goods a sum is "of": "300 mln dlrs of Japanese electronic goods"."""
    for prep in (c for c in quantity.children if c.dep_ == "prep" and c.lower_ == "of"):
        for goods in (g for g in prep.children if g.dep_ == "pobj"):
            maker = next((index.at(c) for c in goods.children if c.dep_ in ("amod", "compound")), None)
            if maker is not None and maker.country:
                return maker.country
    return None


def _agent_of(noun: Token) -> Token | None:
    """The by-phrase of a participle on a noun: "a loan approved by the World Bank"."""
    for participle in (c for c in noun.children if c.dep_ == "acl"):
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _spent_by(figure: Token, index: ActorIndex) -> str | None:
    """The country in the by-phrase of a participle on a figure: "the $4.5 billion spent by Egypt"."""
    agent = _agent_of(figure)
    mention = index.find(agent) if agent is not None else None
    return mention.country if mention is not None else None


def _drawn_from(cue: Token | None) -> bool:
    """ "US$3.6 billion from a Pentagon construction budget": a sum taken out of a budget says
    nothing of the budget's size."""
    if cue is None or cue.head.lower_ != "from":
        return False
    amount = cue.head.head
    return amount.like_num or amount.pos_ == "NUM" or amount.is_currency


def _governing_verbs(head: Token) -> list[Token]:
    """The quantity's verb, and the verbs above it that it completes (see `_completed`)."""
    verb = next((a for a in [head, *head.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    verbs = []
    while verb is not None and len(verbs) < GOVERNING_VERBS:
        verbs.append(verb)
        verb = _completed(verb)
    return verbs


def _subject_across_object(verb: Token) -> Token | None:
    """The subject of a verb the parser coordinated with the object before it: "Nicaragua's army
    numbers some 12,000 men and runs on a budget of $40 million", "runs" hung on "men"."""
    noun = verb.head
    if verb.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "attr"):
        return None
    return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _set_off_after_figure(ratio: Span, previous: Claim | None) -> bool:
    """A ratio right after the figure before it, a comma and hedges between: "approach 230,000,
    nearly twenty times as many" compares that figure's owner."""
    if previous is None or previous.value is None or previous.sentence_start != ratio.sent.start_char:
        return False
    between = [t for t in ratio.doc[ratio.sent.start : ratio.start] if t.idx >= previous.end]
    # "roughly 135,000 active troops, more than four times": the figure's own noun may come first
    noun = 0
    while noun < len(between) and between[noun].pos_ in ("ADJ", "NOUN") and between[noun].text != ",":
        noun += 1
    if noun and (noun == len(between) or between[noun].text != ","):
        return False
    between = between[noun:]
    return bool(between) and all(t.is_punct or t.lower_ in APPROXIMATE | HEDGES for t in between)


def _subject_in_aside(verb: Token) -> Token | None:
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


DEATH_WORDS = frozenset({"dead", "kill", "die", "death", "casualty", "fatality", "soldier", "troop"})
LOST_PEOPLE = SOLDIERS | {"people", "civilian", "life", "policeman", "officer", "fighter", "pilot", "member"}


def _lost_people(quantity: Span, lose: Token) -> bool:
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


def _losers(verb: Token) -> Token | None:
    """Who loses, for "lose" with no subject of its own: the subject of the verb above it ("Baku
    admitted to losing 80")."""
    if verb.lemma_.lower() != "lose":
        return None
    above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and subject_of(a) is not None), None)
    return subject_of(above) if above is not None else None


def _subject_over_clause(verb: Token) -> Token | None:
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


def _compares(of: Token, index: ActorIndex) -> bool:
    """ "one-tenth of Russia's", "that of Pakistan", "a tenth of what the United States spent"
    compare; "one-third of America's overall deficit" is a share of it, not a comparison."""
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if not objects:
        return of.i + 1 < len(of.doc) and of.doc[of.i + 1].lower_ == "what"
    pobj = objects[0]
    # "of Pakistan's approximately 650,000", not "of America's overall deficit" (a share)
    owners = [c for c in pobj.children if c.dep_ in ("poss", "amod", "compound") and index.at(c) is not None]
    owned = bool(owners) and (pobj.pos_ == "NUM" or pobj.lemma_.lower() in FIGURE_NOUNS)  # "the Saudi total"
    return pobj.lower_ in ("that", "those", "what") or index.at(pobj) is not None or owned


def _sole_named(sentence: Span, index: ActorIndex) -> str | None:
    """The one country a sentence names outside with-phrases ("was with Japan"), if one."""
    named = {
        m.country
        for t in sentence
        if (m := index.at(t)) is not None
        and m.country
        and not any(a.lower_ == "with" for a in list(t.ancestors)[:2])
    }
    return named.pop() if len(named) == 1 else None


def _definite(cue: Token) -> bool:
    """ "the 170 billion dlr trade deficit", "last year's record trade deficit": definite, no
    possessor but a time, no foreign modifier."""
    determiners = [c for c in cue.children if c.dep_ in ("det", "poss")]
    modifiers = [c.lower_ for c in cue.children if c.dep_ in ("compound", "amod")]
    dated = len(determiners) == 1 and determiners[0].lemma_.lower() in TIME_POSSESSORS
    the = [d.lower_ for d in determiners] == ["the"]
    return (the or dated) and all(m in NATIONAL_MODIFIERS | {"record"} for m in modifiers)


def _speaker(sentence: Span, index: ActorIndex) -> str | None:
    """The country of the one official whose words the sentence reports ("..., Yeutter said")."""
    for verb in (t for t in sentence if t.lemma_.lower() in REPORTING_VERBS):
        subject = subject_of(verb)
        mention = index.find(subject) if subject is not None else None
        if mention is not None and mention.country and index.one_person(mention):
            return mention.country
    return None


def _definite_subject(cue: Token) -> bool:
    """A cue that is its clause's subject with no owner of its own: "the budget", "this year's
    defence budget"."""
    determiners = [c for c in cue.children if c.dep_ in ("det", "poss")]
    dated = len(determiners) == 1 and determiners[0].lemma_.lower() in TIME_POSSESSORS
    the = [d.lower_ for d in determiners] == ["the"]
    return cue.dep_ in ("nsubj", "nsubjpass") and (the or dated)


def _previous_sentence_subject(sentence: Span, index: ActorIndex) -> str | None:
    """The country the main subject of the sentence before names itself."""
    mention = index.subject_before(sentence)
    return mention.country if mention is not None else None


def _unowned(cue: Token) -> bool:
    """ "The surplus widened to 13.6 billion", "Exports to Japan fell 2.3 pct to 1.28 billion":
    a definite or bare plural cue that is its clause's subject, with no possessor, speaks of the
    article's own country."""
    determiners = [c.lower_ for c in cue.children if c.dep_ in ("det", "poss")]
    modifiers = [c.lower_ for c in cue.children if c.dep_ in ("compound", "amod")]
    national = all(m in NATIONAL_MODIFIERS for m in modifiers)  # not "the loan loss reserve"
    definite = determiners == ["the"] or (not determiners and cue.tag_ == "NNS")
    return cue.dep_ in ("nsubj", "nsubjpass") and definite and national


def _worldwide(item: Located, window: Window) -> bool:
    words = {t.lower_ for t in item.span.doc[window.start : window.end]}
    return bool(words & WORLDWIDE)


def _asked_for(quantity: Token) -> bool:
    """ "Brazil requested a 300 mln dlr credit", "would urge the IMF to release a 480 mln dlrs
    loan", "Argentina's financing needs come to 3.53 billion dlrs": asked for, not given."""
    verbs = [a for a in quantity.ancestors if a.pos_ == "VERB"]
    nouns = {a.lemma_.lower() for a in quantity.ancestors if a.pos_ == "NOUN"}
    subjects = {s.lemma_.lower() for v in verbs[:1] if (s := subject_of(v)) is not None}
    asking_verb = any(v.lemma_.lower() in ASKING for v in verbs)
    return asking_verb or bool((nouns | subjects) & ASKING)


def _place(
    item: Located,
    window: Window,
    index: ActorIndex,
    places: dict[int, str],
    scene: Callable[[], str | None] = lambda: None,
) -> str | None:
    """Where a count happened: "in <country>" in its stretch of the sentence, after it first;
    a US state ("on a Florida highway") is in the United States, a region ("the war in Darfur")
    in its state; with none named in the sentence, where the sentences before place the story
    (`scene`), before a country the sentence names otherwise ("The real test will come in
    Yemen. Eight years of war, in which the Saudi-led coalition has fought ..., have killed
    more than 150,000 people")."""
    doc = item.span.doc
    after = [t for t in doc[item.span.end : window.end] if t.lower_ in ("in", "on")]
    before = [t for t in doc[window.start : item.span.start] if t.lower_ in ("in", "on")]
    for prep in [*after, *reversed(before)]:
        party = _party(prep, index)
        if party not in (None, _NOT_A_COUNTRY, _AN_ORGANISATION):
            return party
        # "killed some 95 people at a memorial ... in Kerman": a city or region named right after
        if prep in after and (place := next((places[t.i] for t in prep.subtree if t.i in places), None)):
            return place
    sentence = item.span.sent
    rest = [t for t in doc[item.span.end : sentence.end] if t.lower_ in ("in", "on")]
    if place := next((p for t in rest if (p := _the_city_before(t, places))), None):
        return place  # "700 people were killed and 2,900 wounded in the fighting for the city": Goma's
    if (reporter := _reporting_own_losses(item.span, index)) is not None:
        return reporter  # "Pakistan's military says 40 civilians and 11 soldiers were killed"
    named = [m for t in sentence if (m := index.at(t)) and m.country]
    # a country named as a place before a nationality: "An Australian ... appeared in
    # Christchurch District Court, New Zealand, ... the death of at least 50 people"
    named_places = [m for m in named if m.kind in PLACE_KINDS]
    if named_places:
        return named_places[0].country
    if (place := next((country for t in sentence if (country := places.get(t.i))), None)) is not None:
        return place
    if (where := scene()) is not None:
        return where
    # no place named: a country the sentence names, a nationality only in the count's own
    # stretch ("Twenty-four Ukrainian sailors were captured"; not "One man, a Russian citizen,
    # was stabbed to death; more than 150 people were hurt" in Tallinn)
    stretch = _between_semicolons(item.span)
    named = [m for m in named if m.kind is not MentionKind.DEMONYM or stretch[0] <= m.start < stretch[1]]
    return named[0].country if named else None


def _a_venue(place: Token) -> bool:
    """A place named as where people meet or talk: "met Xi in Beijing", "talks in Geneva"."""
    verb = _verb_of(place)
    return verb is not None and verb.lemma_.lower() in MEETING_VERBS


def _the_city_before(prep: Token, places: dict[int, str]) -> str | None:
    """The country of the last city or region named before "the city" or "the town" a place
    phrase speaks of."""
    city = next(
        (
            t
            for t in prep.subtree
            if t.lemma_.lower() in ("city", "town")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        ),
        None,
    )
    if city is None:
        return None
    for i in range(city.i - 1, -1, -1):
        if city.doc[i].is_space and "\n" in city.doc[i].text:
            return None  # named in another paragraph
        if i in places:
            return places[i]
    return None


def _reporting_own_losses(quantity: Span, index: ActorIndex) -> str | None:
    """The country whose government or forces report a loss of civilians or soldiers with no
    place or nationality named: its own. Not the enemy's ("20 militants were killed")."""
    counted = quantity.root.head if quantity.root.dep_ == "nummod" else quantity.root
    if counted.lemma_.lower() in ENEMY_PEOPLE:
        return None
    verb = _verb_of(quantity.root)
    while verb is not None and verb.dep_ == "conj":
        verb = verb.head
    speaker = _reporting_speaker(verb) if verb is not None else None
    return _named_by(speaker, index, strict=True) if speaker is not None else None


def _between_semicolons(span: Span) -> tuple[int, int]:
    """The character offsets of the part of a sentence, between semicolons, that holds a span."""
    sentence = span.sent
    before = [t.idx for t in sentence if t.text == ";" and t.i < span.start]
    after = [t.idx for t in sentence if t.text == ";" and t.i >= span.end]
    return (before[-1] if before else sentence.start_char, after[0] if after else sentence.end_char)


def _gapped_subject(quantity: Span, index: ActorIndex) -> str | None:
    """The subject of a clause whose verb is left out: "... and Greece about $5 billion"."""
    doc, at = quantity.doc, _before_hedges(quantity)
    mention = index.at(doc[at]) if at > quantity.sent.start else None
    if mention is None or not mention.country:
        return None
    while at > quantity.sent.start and index.at(doc[at - 1]) is mention:
        at -= 1
    joined = at > quantity.sent.start and doc[at - 1].lower_ in GAP_JOINERS
    return mention.country if joined else None


def _word_before(pronoun: Token) -> Token:
    """The word right before a relative pronoun, a comma aside (the pronoun itself at the start)."""
    at = pronoun.i - 1
    if at >= 0 and pronoun.doc[at].is_punct:
        at -= 1
    return pronoun.doc[at] if at >= 0 else pronoun


def _share_of_whose(quantity: Token, index: ActorIndex) -> str | None:
    """The owner of the national aggregate a share is "of": "3% of its GDP" is the country "its"
    names, whatever cue the sentence offers later."""
    for of in (c for c in quantity.children if c.dep_ == "prep" and c.lower_ == "of"):
        for whole in (g for g in of.children if g.lemma_.lower() in OTHER_MEASURES | NATIONAL_WHOLES):
            possessor = next((c for c in whole.children if c.dep_ == "poss"), None)
            if possessor is None:
                continue
            if possessor.lower_ in POSSESSIVE_PRONOUNS:
                return _named_before(possessor, index)
            mention = index.find(possessor)
            return mention.country if mention is not None else None
    return None


def _object_of_relative_after(quantity: Span, index: ActorIndex) -> str | None:
    """The country that is the subject of a relative clause right after a figure, the figure its
    object ("the $70 billion that India set aside"), conversions ("or $70 billion") between.
    Read from the words: the parser hangs such a clause anywhere."""
    doc, at = quantity.doc, quantity.end
    while at < quantity.sent.end and (
        doc[at].lower_ in (",", "or")
        or doc[at].like_num
        or doc[at].ent_type_ == "MONEY"
        or doc[at].is_currency
    ):
        at += 1
    if at + 2 >= quantity.sent.end or doc[at].lower_ not in ("that", "which") or doc[at].dep_ != "dobj":
        return None
    mention = index.at(doc[at + 1])
    if mention is None or not mention.country:
        return None
    end = mention_end = at + 1
    while end < quantity.sent.end and index.at(doc[end]) is mention:
        mention_end = end
        end += 1
    verb = doc[mention_end + 1] if mention_end + 1 < quantity.sent.end else None
    return mention.country if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _elliptical_antecedent(quantity: Token, index: ActorIndex) -> str | None:
    """The country of a possessive standing for a figure, right before the relative clause that
    holds the quantity ("Pakistan's, which stood at $7.6 billion", "China's, which Beijing puts
    at 1.27 trillion yuan"): the parser hangs the clause on
    the figure before, whose cue then names the wrong owner."""
    verb = next(iter(_governing_verbs(quantity)), None)
    if verb is None or verb.dep_ != "relcl":
        return None
    # "which stood at", or "which Beijing puts at 1.27 trillion yuan"
    pronoun = next((c for c in verb.children if c.lower_ in RELATIVE_PRONOUNS), None)
    if pronoun is None:
        return None
    case = _word_before(pronoun)
    if case.lower_ not in ("'s", "’s") or case.i == 0:
        return None
    mention = index.at(case.doc[case.i - 1])
    return mention.country if mention is not None else None


def _announced_before_colon(quantity: Span, index: ActorIndex) -> str | None:
    """The country that is the subject of the clause a colon closes, for a figure after it."""
    colon = next(
        (t for t in reversed(quantity.doc[quantity.sent.start : quantity.start]) if t.text == ":"), None
    )
    if colon is None:
        return None
    before = quantity.doc[quantity.sent.start : colon.i]
    # the clause's own head: the root, or the word the parser hung on the clause after the colon
    verb = next(
        (t for t in before if (t.pos_ in ("VERB", "AUX") and t.head not in before) or t.head == t), None
    )
    subject = subject_of(verb) if verb is not None else None
    mention = index.at(subject) if subject is not None else None
    return mention.country if mention is not None else None


def _whose(pronoun: Token, index: ActorIndex) -> str | None:
    """The country named right before a relative "whose" (a comma aside)."""
    word = _word_before(pronoun)
    if word.i == pronoun.i:
        return None
    if word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.children):
        return None  # "The United States and Canada, whose cross-border trade": both of them
    mention = index.at(word)
    return mention.country if mention is not None else None


def _phrase_owner(cue: Token, index: ActorIndex, *, given: bool = False, bought: bool = False) -> str | None:
    """ "Japan's trade surplus", "the U.S. trade deficit"; "its surplus", "the country's
    deficit": the country named just before. Arms bought are owned only by a possessor:
    "Russian weapons" were made in Russia, not bought by it."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ == "between":  # "trade between China and Taiwan"
            listed = [
                m.country for g in child.children for t in conjuncts(g) if (m := index.at(t)) and m.country
            ]
            if listed:
                return listed[0]
        if child.dep_ == "poss" and child.lower_ == "whose" and (whose := _whose(child, index)):
            return whose  # "the budget of Belarus, whose armed forces number about 45,000"
        anaphoric = child.lower_ in POSSESSIVE_PRONOUNS or child.lemma_.lower() in GROUP_NOUNS
        if child.dep_ == "poss" and _speakers_nation(child):
            return _speakers_country(child, index)
        if child.dep_ == "poss" and anaphoric:
            return _named_before(child, index)
        if given and child.dep_ != "poss" and not _gift_named_by_giver(cue):
            continue  # "Brazilian loans" are loans to Brazil; "Japan's loans" are Japan's
        if bought and child.dep_ == "amod":
            continue
        if child.dep_ in ("poss", "compound", "amod", "nmod") and (m := index.find(child)) and m.country:
            return m.country
    for participle in (c for c in cue.children if c.dep_ == "amod" and c.pos_ == "VERB"):
        # "Beijing's declared budget", the possessor parsed as the participle's subject
        for possessor in (g for g in participle.children if g.dep_ == "nsubj" and _possessive(g)):
            if (m := index.find(possessor)) and m.country:
                return m.country
    # "India's army numbers about 1.2 million", "Somalia's national army fields perhaps 15,000
    # soldiers": the verb read as a noun, the figure or its noun hung on it
    if cue.dep_ in ("compound", "appos") and _a_verb(cue.head):
        possessor = next((c for c in cue.head.children if c.dep_ == "poss"), None)
        if possessor is not None and (m := index.find(possessor)) and m.country:
            return m.country
    if cue.dep_ == "compound" and cue.head.pos_ == "NOUN":
        # "its 2023 defence allocation": the possessor of the noun the cue word qualifies
        possessor = next((c for c in cue.head.children if c.dep_ == "poss"), None)
        if possessor is not None and possessor.lower_ in POSSESSIVE_PRONOUNS:
            return _named_before(possessor, index)
    return None


def _possessive(token: Token) -> bool:
    """A word marked with "'s"."""
    return any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in token.children)


def _owned_within(head: Token, span: Span, index: ActorIndex) -> str | None:
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
                if child.dep_ == "appos" and _compared_noun(child):
                    continue  # "14 billion pounds, several times Argentina's spending": compared
                if child.dep_ in OWNING_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
                    following.append(child)
        frontier = following
    return None


def _named_by(subject: Token, index: ActorIndex, *, strict: bool = False) -> str | None:
    """The country a subject names itself ("Japan", "Iran's army", "the government of Iran"),
    not one in its with/from/to phrase ("the deficit with Japan" is not Japan's)."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        # "Japan, which is running a surplus with the United States"; not "the Iraqi attack on
        # the Stark which killed 37 seamen": the antecedent must be a country itself
        antecedent = index.at(subject.head.head)
        return antecedent.country if antecedent is not None else None
    if subject.lower_ == "it" and (reporter := _reporter(subject, index)) is not None:
        return reporter  # "Washington says it has provided some $2 billion"
    antecedent = index.antecedent(subject) if subject.lower_ in ("it", "he", "she") else None
    # "Qatar ... In 2015 it ordered 24 Rafale fighters"; a giver only if a state itself that
    # gives ("it pledged $2 billion"), not a bank ("Royal Bank of Canada said it classified")
    if antecedent is not None and (
        not strict
        or (
            antecedent.kind in PLACE_KINDS
            and subject.head.lemma_.lower() in GIVING
            and not _inside_organisation(antecedent, subject.doc)
        )
    ):
        return antecedent.country
    if (named := index.state_named_as(subject)) is not None:
        return named  # "the kingdom announced an arms package"
    if _speakers_nation(subject):
        return _speakers_country(subject, index)  # "Mr Aliyev has said his country bought ..."
    possessor = next((c for c in subject.children if c.dep_ == "poss"), None)
    if not strict and possessor is not None and possessor.lower_ in POSSESSIVE_PRONOUNS:
        return _named_before(possessor, index)  # "Its defence budget is roughly $25 billion, ..."
    nodes = [
        subject,
        *(c for c in subject.children if c.dep_ in ("poss", "compound", "amod", "nmod", "appos")),
    ]
    if strict and subject.lemma_.lower() in LENDERS:
        return None  # "Brazil's creditor banks agreed to extend the credit lines": banks lend, not a state
    if strict:  # a giver is the subject itself or its possessor, not "the Bank of the Philippines"
        nodes = [subject, *(c for c in subject.children if c.dep_ == "poss")]
    else:
        nodes += [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return next((m.country for n in nodes if (m := index.at(n)) is not None and m.country), None)


def _verb_of(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) above a token."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _reporting_speaker(clause: Token) -> Token | None:
    """The subject of the reporting verb a clause is the content of ("Washington says ...")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return subject_of(clause.head)


def _reporter(pronoun: Token, index: ActorIndex) -> str | None:
    """The country that says what "it" did: "Washington says it has provided ..."."""
    speaker = _reporting_speaker(pronoun.head)
    mention = index.at(speaker) if speaker is not None else None
    return mention.country if mention is not None and mention.kind in PLACE_KINDS else None


def _inside_organisation(mention: ActorMention, doc: Doc) -> bool:
    """ "Royal Bank of Canada said it ...": a country named inside an organisation's name."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "ORG" for t in span)


def _named_before(token: Token, index: ActorIndex) -> str | None:
    """The nearest country named before, leaving out parties of with/from/to phrases ("for
    Japan to resolve its row with Washington and reduce its surplus" is Japan's) and noun
    modifiers ("U.S. pressure to reduce its surplus" is not the United States'). A possessive
    that opens a sentence's subject takes the previous sentence's subject ("India spent $66.5
    billion, six times Pakistan's outlay. Its active armed forces ..." are India's)."""
    if (topic := _previous_subject(token, index)) is not None:
        return topic
    if (topic := _first_clause_subject(token, index)) is not None:
        return topic
    placed: set[int] = set()  # mentions of where something is: "troops in Cambodia"
    for i in range(token.i - 1, max(-1, token.i - 60), -1):
        mention, word = index.by_token.get(i), token.doc[i]
        if _speakers_nation(word):  # "to reduce his country's surplus ... and its shortfall"
            return _speakers_country(word, index)
        if mention is None or not mention.country or id(mention) in placed:
            continue
        if a_place(word, PLACE_PREPS):
            # "Vietnam has 200,000 troops in Cambodia ... while its regular army": where, not whose
            placed.add(id(mention))
            continue
        word = _mention_root(word, mention)  # "the United States": judged by "States"
        while word.dep_ == "conj" and word.head.i != word.i:
            word = word.head  # "deposits from Saudi Arabia, China and the UAE": all three after "from"
        if word.head.lower_ in COUNTERPART_PREPS + COMPARISON_PREPS or _elliptical_of(word):
            continue  # "three times the size of Ethiopia's, and its budget ...": compared, not the topic
        if _compared_figure(word):
            continue  # "more than four times Niger's 30,000 or so, and its 2023 defence allocation"
        if word.dep_ == "compound" and word.head.pos_ == "NOUN":
            continue  # "U.S. pressure to reduce its surplus": a modifier is no antecedent
        return mention.country
    return None


def _before_hedges(span: Span, skipping: frozenset[str] = frozenset()) -> int:
    """The index of the word before a span, hedges ("about", "some") and words skipping names
    aside; the sentence's first word at the furthest."""
    doc, at = span.doc, span.start - 1
    while at > span.sent.start and (doc[at].lower_ in APPROXIMATE or doc[at].lemma_.lower() in skipping):
        at -= 1
    return max(at, span.sent.start)


def _converted(item: Located, previous: Claim | None) -> bool:
    """A sum right after a sum in another currency: the same sum converted."""
    unit = item.quantity.unit
    return (
        item.quantity.kind is Kind.MONEY
        and previous is not None
        and previous.value is not None
        and previous.unit not in (None, "count", "fraction", "tonne", unit)
    )


def _sent_by_relative(forces: Token, index: ActorIndex) -> str | None:
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


def _own_clause_cue(ratio: Span, cue: Token, previous: Claim) -> bool:
    """A cue in the clause of the ratio's verb ("it spends about twice what Chile does"), a
    clause the figure before it is not in."""
    verb = _verb_of(ratio.root)
    if verb is None:
        return False
    clause = set(verb.subtree)
    first, last = min(clause, key=lambda t: t.i), max(clause, key=lambda t: t.i)
    outside = not first.idx <= previous.start < last.idx + len(last)
    return cue in clause and outside


def _as_many_what(ratio: Span) -> Token | None:
    """The noun "as many" counts after a ratio: "twice as many tanks" (tanks)."""
    doc, at = ratio.doc, ratio.end
    if doc[at : at + 2].text.lower() not in ("as many", "as much") or at + 2 >= ratio.sent.end:
        return None
    noun = doc[at + 1].head  # "four times as many main battle tanks": tanks
    return noun if noun.pos_ == "NOUN" and noun.i > at + 1 else None


def _after_uncounted_figure(ratio: Span, previous: Claim | None) -> bool:
    """A ratio set off after a count that is no claim: "the Indian Air Force has close to 700
    combat aircraft, almost twice as many as its Pakistani rival" compares aircraft."""
    doc, at = ratio.doc, _before_hedges(ratio, BOUNDS)
    if at <= ratio.sent.start or doc[at].text != ",":
        return False
    noun = doc[at - 1]
    counts = [c for c in noun.children if c.dep_ == "nummod" and c.like_num]
    claimed = previous is not None and previous.sentence_start == ratio.sent.start_char
    return bool(counts) and not (claimed and previous.start <= counts[0].idx < previous.end)


def _kept_by_a_state(quantity: Token, index: ActorIndex) -> bool:
    """People a named state has, keeps or sends: "The United States has some 1,100 personnel in
    Niger"."""
    verb = _verb_of(quantity)
    subject = subject_of(verb) if verb is not None and verb.lemma_.lower() in KEEPING else None
    mention = index.find(subject) if subject is not None else None
    return mention is not None and mention.country is not None and mention.kind in PLACE_KINDS


def _only_asked_for(quantity: Span) -> bool:
    """Arms a state asks for, not yet bought: the verb above the figure is one of asking, and no
    clause in its sentence says they were bought ("the island wants four destroyers"; not "is
    seeking delivery of $6 billion of F-16s it bought last year")."""
    verb = _verb_of(quantity.root)
    if verb is None or verb.lemma_.lower() not in ARMS_ASKING:
        return False
    return not any(t.lemma_.lower() in BOUGHT_BY_NAME and t.pos_ == "VERB" for t in quantity.sent)


def _organisation_owned(quantity: Span, index: ActorIndex) -> bool:
    """A figure an international organisation possesses: "NATO's 60,000 troops"."""
    root = quantity.root
    possessors = [c for c in root.head.children if c.dep_ == "poss"] if root.dep_ == "nummod" else []
    at = _before_hedges(quantity)
    if at > quantity.sent.start and quantity.doc[at].lower_ in ("'s", "’s"):
        possessors.append(quantity.doc[at - 1])
    return any((m := index.find(p)) is not None and m.kind is MentionKind.IGO for p in possessors)


def _compared_after_ratio(quantity: Span, ratio: Claim | None) -> bool:
    """A count right after a ratio, only a possessor between: "four times Niger's 30,000"."""
    if ratio is None or (ratio.relative_to is None and ratio.ratio is None):
        return False
    between = [t for t in quantity.doc[quantity.sent.start : quantity.start] if t.idx >= ratio.end]
    return bool(between) and all(t.pos_ == "PROPN" or t.lower_ in ("'s", "’s", "the") for t in between)


def _elliptical_possessor(quantity: Span) -> Token | None:
    """The possessor whose noun is left out before a count: "Turkey's armed forces ... ; Syria's
    numbered about 300,000" (the parser rarely sees the ellipsis, so the words are read)."""
    doc = quantity.doc
    at = _before_hedges(quantity, TALLY_VERBS)
    if at == quantity.start - 1 or doc[at].lower_ not in ("'s", "’s"):
        return None  # no verb of counting between ("Syria's 300,000" is read elsewhere)
    return doc[at - 1] if at > quantity.sent.start else None


def _compared_noun(cue: Token) -> bool:
    """A cue noun that names what a figure is compared with: "several times Argentina's spending"."""
    if cue.pos_ != "NOUN":
        return False
    start = cue.left_edge.i
    before = cue.doc[max(cue.sent.start, start - 3) : start]
    # a ratio's "times" ("several times", "ten times"), not "at times"
    return any(
        t.lower_ == "times" and t.i > 0 and (t.nbor(-1).like_num or t.nbor(-1).lower_ in MULTIPLIERS)
        for t in before
    )


def _compared_figure(word: Token) -> bool:
    """The possessor of a figure a ratio compares with: "four times Niger's 30,000"."""
    if word.dep_ != "poss" or not word.head.like_num:
        return False
    before = word.doc[max(word.sent.start, word.i - 3) : word.i]
    return any(t.lower_ in ("times", "than", "as") for t in before)


def _elliptical_of(word: Token) -> bool:
    """ "the size of Ethiopia's": a possessive standing for a figure it is compared with."""
    return word.head.lower_ == "of" and any(c.dep_ == "case" for c in word.children)


def _first_clause_subject(pronoun: Token, index: ActorIndex) -> str | None:
    """For a possessive that opens the subject of a coordinated clause, the country the first
    clause's subject names: "Peru's armed forces are twice as large as Ecuador's 57,000, and its
    army of about 75,000 is ..." is Peru's army."""
    owner = pronoun.head
    clause = owner.head
    if pronoun.dep_ != "poss" or owner.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "conj":
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    mention = index.find(subject) if subject is not None else None
    return mention.country if mention is not None and mention.country else None


def _receiver_of(quantity: Token, index: ActorIndex) -> str | None:
    """The subject of the receiving verb above a sum."""
    verb = _verb_of(quantity)
    subject = subject_of(verb) if verb is not None else None
    return _named_by(subject, index) if subject is not None else None


def _giver_named(cue: Token | None, index: ActorIndex) -> str | None:
    """The giver a gift's own modifier names: "American military aid"."""
    if cue is None or not _gift_named_by_giver(cue):
        return None
    modifiers = (c for c in cue.children if c.dep_ in ("amod", "compound"))
    return next((m.country for c in modifiers if (m := index.at(c)) is not None and m.country), None)


def _gift_named_by_giver(cue: Token) -> bool:
    """ "American military aid" is America's to give; "Indian development assistance from
    multilateral creditors" names its givers apart, so "Indian" is the receiver."""
    sourced = any(c.dep_ == "prep" and c.lower_ == "from" for c in cue.children)
    return cue.lemma_.lower() in GIFTS and not sourced


def _previous_subject(pronoun: Token, index: ActorIndex) -> str | None:
    """The country the previous sentence's main subject names, for a possessive that opens the
    subject of its own sentence."""
    sentence = pronoun.sent
    owner = pronoun.head
    # "Its armed forces number roughly 120,000 ...": a sentence that opens with the possessive
    # refers back whatever the parser makes of the rest
    opens = pronoun.i == sentence.start
    subject = owner.dep_ in ("nsubj", "nsubjpass") and owner.head == sentence.root
    if sentence.start == 0 or not (opens or subject):
        return None
    if any(index.at(t) for t in pronoun.doc[sentence.start : pronoun.i]):
        return None
    # back over sentences that name no country ("An election is due on February 8th.") and
    # subjects that refer back themselves ("Its economy survives on ...")
    for _ in range(TOPIC_LOOKBACK_SENTENCES):
        if sentence.start == 0:
            return None
        sentence = pronoun.doc[sentence.start - 1].sent
        subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        mention = index.find(subject) if subject is not None else None
        if mention is not None and mention.country:
            return mention.country
        refers_back = subject is not None and any(
            c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in subject.children
        )
        if not refers_back and any(index.at(t) for t in sentence):
            return None
    return None


def _mention_root(word: Token, mention: ActorMention) -> Token:
    """The token of a mention whose head lies outside it."""
    while mention.start <= word.head.idx < mention.end and word.head.i != word.i:
        word = word.head
    return word


def _speakers_nation(token: Token) -> bool:
    """ "his country", "her nation", "our country": the nation of the person speaking."""
    return token.lemma_.lower() in GROUP_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in token.children
    )


def _speakers_country(token: Token, index: ActorIndex) -> str | None:
    """The country of the nearest one person named before: "South Korean Trade Minister Rha
    ... He said ... his country's surplus" is South Korea's, not that of "Canadian officials"."""
    for i in range(token.i - 1, -1, -1):
        mention = index.by_token.get(i)
        if mention is not None and mention.country and index.one_person(mention):
            return mention.country
    return None


def _continues(sentence: Span) -> bool:
    """Whether a sentence refers back to a figure: "It widened to...", "the latest level..."."""
    return any(
        # not a relative "that": "an approach ... that would include Kashmir" refers to no figure
        (
            t.dep_ in ("nsubj", "nsubjpass")
            and t.lower_ in ANAPHORIC_SUBJECTS
            and not (t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl")
        )
        or t.lemma_.lower() in BACK_REFERENCES
        for t in sentence
    )


def _is_rate(span: Span) -> bool:
    """ "18.9 deaths per 100,000 people": a rate, and its base, are no counts."""
    doc = span.doc
    before = next((t for t in reversed(doc[max(0, span.start - 2) : span.start]) if not t.is_space), None)
    after = [t.lower_ for t in doc[span.end : span.end + 3]]
    return (before is not None and before.lower_ == "per") or "per" in after


def _is_change(span: Span) -> bool:
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


def _hops(quantity: Token, cue: Token) -> int | None:
    """Hops from the quantity and the cue to their common ancestor, if within CUE_REACH."""
    up = [quantity, *quantity.ancestors][: CUE_REACH[0] + 1]
    cue_up = [cue, *cue.ancestors][: CUE_REACH[1] + 1]
    return next((n + cue_up.index(node) for n, node in enumerate(up) if node in cue_up), None)


def _counts_for(quantity: Token, cue: Token) -> bool:
    """A count is the cue's when the first verb above it is the cue or governs it:
    "arrested 22 people", "39 are confirmed dead", "the deaths of 29 miners";
    not "phoned 911" or "aged 17" beside "arrested"."""
    for node in quantity.ancestors:
        if node == cue:
            return True
        # "3,000 Japanese and 1,500 Australian troops": a demonym read as the counted noun
        demonym = node.pos_ in ("PROPN", "ADJ") or node.ent_type_ == "NORP"
        if not demonym and node.pos_ == "NOUN" and cue in node.conjuncts and cue.pos_ == "NOUN":
            return False  # "1,000 Saudi soldiers and some 500 police": the police are counted as such
        if node.pos_ in ("NOUN", "PROPN", "ADJ") and any(
            cue in n.children or cue == n for n in node.conjuncts
        ):
            return True
        if node.pos_ in ("NOUN", "PROPN") and any(cue in n.children for n in [node, *node.conjuncts]):
            return True  # "150 security forces, 95 civilians and hundreds of Taliban killed"
        if node.dep_ == "relcl" and node.head == cue:
            return True  # "Japan's Self-Defense Forces, which number about 247,000"
        if node.pos_ in ("VERB", "AUX"):  # "the number of casualties rose to 1,035": in the subject
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and (aside := _subject_in_aside(node)) is not None:
                subjects = [aside]  # "Saudi active forces, counting the National Guard, approach 230,000"
            governed = cue.head == node and cue.dep_ != "conj"  # "infected 4,200 and killed 62": not killed
            return governed or any(cue in s.subtree for s in subjects)
    return False


def _place_tokens(doc: Doc, names: dict[str, str]) -> dict[int, str]:
    """Tokens that begin the name of a US state or a region, with the state it lies in (not
    actors: they only place a count)."""
    if not names:
        return {}
    text = doc.text  # built anew on each access: read it once
    found = {}
    for token in doc:
        if not token.is_title:
            continue
        name = next((n for n in names if n[0] == token.text[0] and _names_at(text, n, token.idx)), None)
        if name is not None:
            found[token.i] = names[name]
    return found


def _names_at(text: str, name: str, at: int) -> bool:
    """The whole name stands at this offset ("Georgia", not "Georgian")."""
    end = at + len(name)
    return text.startswith(name, at) and (end == len(text) or not text[end].isalnum())


def _most_named(mentions: tuple[ActorMention, ...], excluding: frozenset[str] = frozenset()) -> str | None:
    counts = Counter(
        m.country for m in mentions if m.country and m.field is TextField.BODY and m.country not in excluding
    )
    return counts.most_common(1)[0][0] if counts else None


def _imbalance_partners(doc: Doc, index: ActorIndex) -> frozenset[str]:
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


def _approximate(span: Span) -> bool:
    doc = span.doc
    # "up to 40", not the particle of "rounded up 40"
    before = {
        doc[i].lower_
        for i in range(max(0, span.start - 2), span.start)
        if doc[i].dep_ != "prt" or doc[i + 1].lower_ == "to"
    }
    or_so = doc[span.end : span.end + 2].text.lower() == "or so"  # "Niger's 30,000 or so"
    return bool(before & APPROXIMATE) or any(t.lower_ in APPROXIMATE for t in span) or or_so


def _with_id(claim: Claim, claim_id: str) -> Claim:
    from dataclasses import replace

    return replace(claim, claim_id=claim_id)
