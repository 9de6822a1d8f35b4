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

from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, Claim, TextField
from ..events.dates_tracker import DateTracker
from ..events.reference import ActorIndex, conjuncts
from ..events.syntax import subject_of
from .aid import (
    ASKING,
    asked_for,
    budget_support,
    given_from,
    giver_named,
    names_aid_people,
    receiver_of,
    was_received,
)
from .arms import (
    BOUGHT_BY_NAME,
    bought_by_name,
    names_a_weapon,
    only_asked_for,
    package_client,
    purchaser,
    recent_focus,
    sold_to,
    sold_to_in_phrase,
    spent_on_arms,
    supplier_of,
    weapons_bought,
)
from .context import ArticleState, continues
from .cues import (
    ARMS_BOUGHT,
    ARMS_COUNTED,
    BILATERAL_ONLY,
    CUE_REACH,
    FORCES,
    GIVEN,
    WHERE_IT_HAPPENED,
    Cue,
    Found,
    a_branch,
    counts_for,
    cue_hops,
    cue_lemma,
)
from .forces import (
    ACTIVE_WORDS,
    PEOPLE,
    SOLDIERS,
    a_peoples_number,
    civilians,
    fits,
    lost_people,
    not_fielded,
    not_people,
    rounded_up,
    standing_army,
)
from .measures import (
    a_part_of_the_count_before,
    a_part_of_the_forces_before,
    a_share_of_its_own,
    a_target,
    compares_another_measure,
    drawn_from,
    fiscal,
    held_not,
    is_change,
    is_rate,
    measures_else,
    per_head,
)
from .naming import COMPARISON_PREPS, COUNTERPART_PREPS, named_by, phrase_owner, sentence_subject
from .owners import (
    converted,
    counted_for,
    crew_of,
    elliptical_antecedent,
    elliptical_possessor,
    first_clauses_subject,
    gapped_subject,
    goods_of,
    in_favour_of,
    in_whose_case,
    kept_by_a_state,
    losers,
    losses_before,
    nationality_counted,
    of_whose,
    organisation_owned,
    own_clause_subject,
    owned_within,
    possessed_figure,
    sent_by_relative,
    set_off_after,
    set_off_from,
    share_of_whose,
    spent_by,
    subject_named,
    with_its_forces,
)
from .parties import (
    AN_ORGANISATION,
    NOT_A_COUNTRY,
    bilateral,
    dative_party,
    distributed,
    each_one,
    imbalance_partners,
    parties_between,
    partner_in,
    party_named,
    the_two,
)
from .places import TALLYING, health_ministry, place_tokens
from .quantities import Kind, Quantity, quantities
from .ratios import (
    BOUNDS,
    after_uncounted_figure,
    as_many_what,
    bare_comparison,
    claims_before,
    compared_after_ratio,
    compared_noun,
    compared_side,
    compares,
    contrasted_subject,
    figure_after,
    figure_named_for,
    last_compared,
    object_of_relative_after,
    odds_between,
    of_that,
    other_figure_owner,
    outdone_pair,
    own_clause_cue,
    set_off_after_figure,
)
from .syntax import (
    APPROXIMATE,
    Located,
    Window,
    agent_of,
    before_hedges,
    between_semicolons,
    clause_subject,
    governing_verbs,
    subject_across_object,
    subject_in_aside,
    subject_over_clause,
    verb_of,
)

# a country's losses: "2,600 Iraqis" killed are Iraq's; arrests stay where they were made
# ("Belarusian KGB arrested 33 Russian individuals" is Belarus's)
LOSSES = frozenset({"fatalities", "people_injured"})
FITTING_SENTENCES = 2  # spending right after military spending is military spending too
ARMAMENT_HEADS = frozenset({"system", "battery", "shield", "interceptor", "equipment", "hardware"})
WEAK_CUES = frozenset({"personnel"})  # a cue only where no other word says whose people they are
TRADE_FIGURES = frozenset({"trade_volume", "trade_balance"})
# Figures between two parties: one whose other party is a region or a group of
# countries ("the deficit with Latin America", "with Far East countries") belongs
# to no dyad and is left out.
BILATERAL = frozenset({"trade_balance", "trade_volume", "credit_value", "loan_value", "aid_value"})
MEN = frozenset({"man", "effective", "regular"})  # a count of men is an army's only in thousands
ARMY_MIN = 1000
SITES = frozenset({"base", "factory", "plant", "facility", "site", "airfield", "port"})  # built, not bought
# words that open a clause of its own: a "than" past them compares something else
OTHER_CLAUSE = frozenset({"although", "though", "while", "whereas", "because", "but", "yet", ";"})
OF_REACH = 4  # "times that of": an "of" this close after a ratio names what it compares with
# more than any state has kept under arms (the largest, in the Second World War, were near
# twelve million): a count above it is a people ("950 million Chinese"), not a force
MOST_UNDER_ARMS = 15_000_000
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


class ClaimExtractor:
    def __init__(self, cues: tuple[Cue, ...], *, places: dict[str, str] | None = None) -> None:
        self.cues = cues
        self._cue_words = frozenset(c.lemma for c in cues) | BOUGHT_BY_NAME  # see bought_by_name
        # the weapons claims.tsv counts in purchases: no count of them is a count of people
        self._weapons = frozenset(c.lemma for c in cues if c.attribute == ARMS_COUNTED)
        self._armaments = self._weapons | ARMAMENT_HEADS  # what "defence" may name the role of
        self.places = places or {}  # US states and regions: where a loss happened, not actors

    def extract(
        self, doc: Doc, mentions: tuple[ActorMention, ...], *, published: date | None, article_id: str
    ) -> tuple[Claim, ...]:
        index = ActorIndex.build(doc, mentions)
        places = place_tokens(doc, self.places)
        most_named = _most_named(mentions) or ("USA" if "USA" in places.values() else None)
        state = ArticleState(index, DateTracker(published), most_named, places=places)
        state.balance_owner = _most_named(mentions, excluding=imbalance_partners(doc, index)) or most_named
        for number, sentence in enumerate(doc.sents):
            state.dates.enter(sentence)
            state.sentence_number = number
            for claim in self._sentence_claims(sentence, state):
                state.add(_with_id(claim, f"{article_id}-c{len(state.claims) + 1}"), number)
        return tuple(state.claims)

    def _sentence_claims(self, sentence: Span, state: ArticleState) -> list[Claim]:
        carried = state.carried() if continues(sentence) else None
        state.carrying = carried
        if carried is None and not any(cue_lemma(t) in self._cue_words for t in sentence):
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
        listed_cue = None  # the measure of the figures a "respectively" distributes
        for n, item in enumerate(located):
            if is_change(item.span) or is_rate(item.span):
                continue
            if item.quantity.kind is Kind.COUNT and per_head(item.span):
                continue  # "eight or nine soldiers for every defender": a ratio, no count
            end = located[n + 1].span.start if n + 1 < len(located) else sentence.end
            previous = claims[-1] if claims else None
            window = Window(start, end)
            if owners and listed_cue is None and n < min(owners):
                listed_cue = self._cue(item, sentence, previous, state.carrying)
            shared = listed_cue if n in owners else None
            claim = self._claim(item, sentence, state, owners.get(n), previous, window, claims, shared)
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
        # "total perhaps 11,000 men, the Americans, British and French contributing roughly 5,000,
        # 3,000 and 3,000 respectively": the last figures, as many as the states listed
        for drop in range(len(listed) - 1):
            tail = listed[drop:]
            first, offset = tail[0].span.start, located.index(tail[0])
            for token in sentence:
                if token.i >= first or token.dep_ == "conj":
                    continue
                group = [m for t in conjuncts(token) if (m := index.at(t)) is not None and m.country]
                if len(group) == len(tail):
                    return {offset + n: m for n, m in enumerate(group)}
        first, offset = listed[0].span.start, located.index(listed[0])
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
        listed: Found | None = None,
    ) -> Claim | None:
        q, head, index = item.quantity, item.span.root, state.index
        found = self._cue(item, sentence, previous, state.carrying)
        if found is None and listed is not None and listed.cue.kind == q.kind.value:
            # "total perhaps 11,000 men, the Americans, British and French contributing roughly
            # 5,000, 3,000 and 3,000 respectively": the total's measure
            found = Found(listed.cue, None)
        if found is None or drawn_from(found.token):
            return None
        if q.kind is Kind.RATIO and compares_another_measure(item.span):
            return None  # "Spain's economy is roughly eighteen times the size of Morocco's"
        if q.kind in (Kind.RATIO, Kind.FRACTION) and a_share_of_its_own(item.span):
            return None  # "Britain about 45,000, close to a fifth of its armed forces": no comparison
        if found.cue.attribute in LOSSES and a_part_of_the_count_before(item.span):
            return None  # "1,429 dead, 426 of them children": the children are among the 1,429
        if (
            found.cue.attribute in FORCES
            and q.kind is Kind.COUNT
            and a_peoples_number(item.span, found.token)
        ):
            return None  # "Kuwait's own people number barely 320,000, ... and its army of 2,500"
        if found.cue.attribute in FORCES and q.kind is Kind.COUNT and q.value > MOST_UNDER_ARMS:
            return None  # "roughly 50 million Vietnamese to 950 million Chinese": peoples, not forces
        an_army = found.cue.attribute == "active_army_size"  # by its own word, not as troops an army holds
        found = standing_army(found, index)
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
        if not (fits(found.cue.attribute, sentence) or military_before):
            return None
        if found.cue.attribute in ARMS_BOUGHT and only_asked_for(item.span):
            return None  # "this year the island wants four destroyers, at about $1 billion each"
        if owner is None and organisation_owned(item.span, index):
            return None  # "NATO's 60,000 troops in Afghanistan": an organisation's, no country's
        rule = "claims.respectively.v1" if owner is not None else "claims.value.v1"
        favoured = in_favour_of(item.span, index) if found.cue.attribute in TRADE_FIGURES else None
        if favoured is not None:  # "nearly six billion dlrs in Japan's favour": Japan's surplus
            found = Found(Cue(found.cue.lemma, found.cue.kind, "trade_balance"), found.token)
        outdone = outdone_pair(head, index) if q.kind is Kind.RATIO else None
        country = favoured or (owner.country if owner is not None else None)
        if country is None and previous is not None and a_part_of_the_forces_before(item.span, previous):
            country = previous.actor  # "Syria's 300,000-odd troops ..., where some 30,000 of them are"
        if country is None and q.kind is Kind.RATIO:
            country = figure_named_for(head, index)  # "makes the American figure 50 times as large"
        if country is None and q.kind is Kind.RATIO and set_off_after_figure(item.span, previous):
            country = previous.actor  # "Saudi active forces approach 230,000, nearly twenty times as many"
        if country is None and converted(item, previous) and set_off_after_figure(item.span, previous):
            country = previous.actor  # "Japan's 4.68 trillion yen, about $47 billion": the same sum
        if country is None and q.kind is not Kind.RATIO:
            # "Russia spends about ten times what Ukraine does, some $65bn a year against
            # roughly $6bn": the figure set against the owner's is the compared side's
            country = compared_side(item.span, earlier or [], found.cue.attribute)
        country = country or (outdone[0] if outdone else None) or self._owner(item.span, found, index)
        if country is None and found.token is None and (possessor := elliptical_possessor(item.span)):
            country = mention.country if (mention := index.at(possessor)) is not None else None
        if country is None and found.token is None and q.kind is Kind.RATIO and previous is not None:
            country = previous.actor  # "1.4 million strong, ... twice the size of Pakistan's"
        if country is None and (pair := the_two(item.span, clause_subject(item.span), index)):
            country = pair[0]  # "The two spend ... $15 billion a year each": see _each_of
        if country is None and _forces_after_forces(found, item.span, q, previous):
            # "The United States has nearly half a million men in South Vietnam, and some 6,000
            # Marines are besieged at Khe Sanh": the owner of the forces just counted
            country = previous.actor if previous is not None else None
        if country is None:
            country, rule = state.fallback_owner(found.cue.attribute, item, window, found)
        if found.token is None and q.kind is not Kind.RATIO:
            rule = "claims.carried.v1"
        giver_from = None
        if country is None and found.cue.attribute in GIVEN:
            # "The Solih government secured a $1.4 billion package of budget support from Delhi":
            # the giver, whoever received it
            country = giver_from = given_from(item.span, found.token, index)
        if country is None:
            return None
        relative_to = None
        if q.kind is Kind.RATIO and outdone is not None:
            country, relative_to = outdone[0] or country, outdone[1]  # "Belgrade outspends Pristina"
        elif q.kind is Kind.RATIO and (odds := odds_between(item.span, earlier or [], found.cue.attribute)):
            country, relative_to = odds  # "a million ..., Georgia's some 33,000: thirty to one"
        elif q.kind is Kind.RATIO and of_that(item.span):
            # "Pakistan's budget ... is less than a quarter of that", "Ukraine roughly a quarter of
            # that": the clause's own country against the figure just named by another
            stretch = between_semicolons(item.span)
            # "Pakistan's budget, at 860 billion rupees, is less than a quarter of that": the
            # figure just before in its stretch names the owner (the parser often loses the clause)
            own = [
                c.actor for c in earlier or [] if c.value is not None and stretch[0] <= c.start < stretch[1]
            ]
            country = (
                own[-1]
                if own
                else subject_named(item.span, index)
                or set_off_from(item.span, index)
                or gapped_subject(item.span, index)
            )
            before = (earlier or []) + claims_before(sentence, state.claims)
            relative_to = other_figure_owner(before, country, found.cue.attribute) if country else None
            if country is None or relative_to is None:
                return None  # "last year it was barely a third of that": the same trade a year on
        elif q.kind is Kind.RATIO:
            relative_to = self._compared_with(head, index, sentence) or figure_after(item.span, index)
            if relative_to is None and bare_comparison(item.span):
                # "Iran spends $7.5 billion, Saudi Arabia eleven times as much"
                relative_to = other_figure_owner(earlier or [], country, found.cue.attribute)
                # "X's army is three times the size of Y's and its budget nine times larger"
                relative_to = relative_to or last_compared(earlier or [], country)
                if relative_to is None:
                    # "China's budget is $231 billion. The Philippines will spend roughly $4
                    # billion, less than one-fiftieth as much": the figure just before
                    before = claims_before(sentence, state.claims)
                    relative_to = other_figure_owner(before, country, found.cue.attribute)
                relative_to = relative_to or contrasted_subject(item.span, index, country)
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
        supplier = supplier_of(head, index) if found.cue.attribute in ARMS_BOUGHT else None
        if supplier is not None and supplier == country:
            # "Russia donated six MiG-29 fighters", "Washington approved the sale of 25 F-16s to
            # Rabat": arms a state supplies are its client's: the country they go to, else the
            # sentence's subject ("Syria's network ... thickened by Russia, which supplied ..."),
            # else the country just named or the one the article is about (recent_focus)
            receiver, prep = self._counterpart(item, window, found, index, supplier)
            subject = sentence_subject(sentence, index)
            if subject in (None, supplier):
                subject = recent_focus(sentence, index, supplier, state.most_named)
            client = package_client(head, index) or (receiver if prep == "to" and receiver else subject)
            country = client if client != supplier else None
            if country is None:
                return None
        counterpart, prep = self._counterpart(item, window, found, index, country)
        if supplier is not None and counterpart is None and supplier != country:
            counterpart = supplier
        if found.cue.lemma in BILATERAL_ONLY:
            state.note_exporter(country)
        if counterpart is NOT_A_COUNTRY:
            return None
        if counterpart is None and found.cue.attribute == "trade_volume":
            pair = parties_between(found.token, index) or bilateral(found.token, index)
            counterpart = next((c for c in pair if c != country), None)
        if held_not(head, found.cue.attribute) or measures_else(item.span) or fiscal(found):
            return None
        if a_target(head):
            return None  # "just above NATO's 2% benchmark": a norm, not what the state spends
        if (
            found.cue.lemma in WEAK_CUES
            and owner is None
            and not nationality_counted(head, index, demonyms_only=True)
            and not (found.token is not None and any(c.lower_ in ACTIVE_WORDS for c in found.token.children))
            and not kept_by_a_state(head, index)
        ):
            return None  # "only 80 personnel can be housed": whose people, no word says
        if found.cue.lemma in MEN and (q.value < ARMY_MIN or not_fielded(head)):
            return None  # "two men shouting across a canyon": men, not an army
        if an_army and q.kind is Kind.COUNT and q.value < ARMY_MIN:
            return None  # "two armies", "three of its soldiers": no state's standing army is so small
        if found.cue.attribute in GIVEN and asked_for(head):
            return None  # "Brazil requested a 300 mln dlr credit": asked for, not given
        received = (
            found.cue.attribute in GIVEN
            and was_received(head)
            and not (counterpart and prep == "from")
            and giver_from is None
        )
        giver = giver_named(found.token, index) if received else None
        if giver is not None:  # "It receives $1.3 billion a year in American military aid"
            receiver = country if country != giver else receiver_of(head, index)
            country, counterpart = giver, receiver if receiver != giver else None
        elif received:
            return None  # "Turkey will receive 720 mln dlrs in aid", "credits from Credit du Nord"
        if found.cue.lemma in BILATERAL_ONLY and not counterpart:
            counterpart = partner_in(sentence, index, country, previous)
            if counterpart is None:
                return None  # "Brazil's exports fell to 20.3 billion": no partner, not a flow between two
        if counterpart and prep == "from" and found.cue.attribute in GIVEN:
            country, counterpart = counterpart, country  # "a credit from Japan": Japan gives it
        value = None if q.kind is Kind.RATIO else q.value * found.cue.sign
        attribute = found.cue.attribute
        if attribute == "active_army_size" and (abroad := _kept_abroad(found.token, index, country)):
            # "The United States has nearly half a million men in South Vietnam": troops sent
            attribute, counterpart = "troop_count", counterpart or abroad
        return Claim(
            claim_id="",
            actor=country,
            attribute=attribute,
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
        if found.cue.attribute == "trade_volume" and (pair := parties_between(found.token, index)):
            return pair[0]  # "Trade between the two countries reached $345 billion"
        if found.cue.attribute == "trade_volume" and (pair := bilateral(found.token, index)):
            return pair[0]  # "Bilateral trade came to roughly $31 billion": the two just named
        forces = (
            found.cue.attribute in FORCES
        )  # "5,200 troops in Iraq" are not Iraq's: only a demonym says whose
        if (found.cue.attribute in LOSSES or forces) and (people := nationality_counted(head, index, forces)):
            return people  # "killed or wounded over 2,600 Iraqis": Iraq's losses; "11,000 American personnel"
        if (found.cue.attribute in LOSSES or forces) and (crew := crew_of(head, index)):
            return crew  # "killed 37 sailors aboard the USS Stark": the ship's state's losses
        if (found.cue.attribute in LOSSES or forces) and (people := of_whose(head, index)):
            return people  # "it says two of its soldiers died", "three of Kenya's policemen"
        if (
            found.cue.attribute in LOSSES
            and found.token is not None
            and (people := losses_before(found.token, index))
        ):
            return people  # "killed four Sudanese soldiers and wounded more than twenty": Sudan's too
        if found.token is not None and found.token.head == head and (spender := spent_by(head, index)):
            return spender  # "the $4.5 billion or so spent by Egypt"
        if (country := in_whose_case(span, index)) is not None:
            return country  # "about $52 billion a year in Japan's case and roughly $58 billion in Russia's"
        if (country := share_of_whose(head, index)) is not None:
            return country  # "roughly 3% of its GDP and more than 150 times Nicaragua's budget"
        if (country := gapped_subject(span, index)) is not None:
            return country  # "Turkey spent about $6.5 billion on defence and Greece about $5 billion"
        if (country := possessed_figure(span, index)) is not None:
            return country  # "Iran's army dwarfs Azerbaijan's 67,000"
        if (country := elliptical_antecedent(head, index)) is not None:
            return country  # "ten times Pakistan's, which stood at about $7.6 billion"
        if (country := object_of_relative_after(span, index)) is not None:
            return country  # "three times the Rs 5.25 lakh crore, or $70 billion, that India set aside"
        if forces and (country := with_its_forces(head, index)) is not None:
            return country  # "Washington, with some 47,000 troops stationed in Japan, would be bound"
        if forces and found.token is not None and (country := sent_by_relative(found.token, index)):
            return country  # "withdraw the hundred or so soldiers it had just sent to Takuba"
        if forces and (country := set_off_after(span, index)) is not None:
            return country  # "Saudi Arabia's regular forces, some 65,000 men all told, are ..."
        if found.cue.attribute in ARMS_BOUGHT and (buyer := sold_to_in_phrase(head, index)):
            return buyer  # "approved the sale of 25 new F-16 fighters to Rabat"
        if found.cue.attribute == ARMS_COUNTED and (buyer := package_client(head, index)):
            return buyer  # "an arms package for the kingdom ..., including 84 new F-15 fighters"
        if (
            found.cue.attribute in ARMS_BOUGHT
            and found.token is not None
            and (buyer := purchaser(found.token, index))
        ):
            return buyer  # "Turkey's purchase of S-400 air defence systems, a deal put at $2.5 billion"
        if found.cue.attribute in FORCES and (counted := counted_for(span, index)):
            return counted  # "196,000 active personnel against roughly 130,000 for Algeria"
        if span.doc[before_hedges(span)].lower_ in ("against", "versus") and (
            counted := counted_for(span, index)
        ):
            return counted  # "perhaps $550m a year against roughly $250m for Uganda"
        given = found.cue.attribute in GIVEN
        if given and found.token is not None and (agent := agent_of(found.token)) is not None:
            # "a 300 mln dlr loan approved by the World Bank": the giver is the agent if it is a
            # country itself (not "Bank of America"); "a loan sought by Manila" is asked for
            mention = index.at(agent)
            asked = agent.head.head.lemma_.lower() in ASKING
            return mention.country if mention is not None and not asked else None
        if found.token is not None and (country := own_clause_subject(head, found.token, index, given)):
            return country
        bought = found.cue.attribute in ARMS_BOUGHT
        if found.token is not None and (
            country := phrase_owner(found.token, index, given=given, bought=bought)
        ):
            return country
        if found.cue.attribute == "trade_volume" and (country := goods_of(head, index)):
            return country  # "tariffs Reagan slapped on 300 mln dlrs of Japanese goods": Japan's exports
        for verb in governing_verbs(head):  # "Trump had ordered his staff to delay $400 million in aid"
            if found.cue.attribute in ARMS_BOUGHT and (buyer := sold_to(verb, index)):
                return buyer  # "Russia has sold Armenia $200 million worth of weapons": Armenia buys
            if found.cue.attribute in LOSSES and verb == found.token and verb.lemma_.lower() != "lose":
                continue  # "killed by Ethiopian gunmen", "Israeli strikes killed 50": the killers'
            if (
                found.cue.attribute in LOSSES
                and verb.lemma_.lower() in TALLYING
                and not health_ministry(subject_of(verb))
            ):
                continue  # "American intelligence counted 1,429 dead": who counts lost no one
            if found.cue.attribute in FORCES and verb.lemma_.lower() == "host":
                continue  # "it has hosted a NATO battlegroup of about 1,000 troops": others' troops
            subject = (
                subject_of(verb) or subject_across_object(verb) or losers(verb) or subject_in_aside(verb)
            )
            if subject is not None and (country := named_by(subject, index, strict=given)):
                return country
            main = subject_over_clause(verb)
            if main is not None and (country := named_by(main, index, strict=given)):
                return country
            if found.cue.attribute == "military_expenditure" and (
                country := first_clauses_subject(verb, subject, index)
            ):
                return country  # "Tbilisi has poured money into its army, and defence spending has risen"
            receiver = next((c for c in verb.children if c.dep_ == "dative"), None)
            if receiver is not None and not given and (country := named_by(receiver, index)):
                return country  # "This gave Japan a 16 billion dlr trade surplus"
        if given:
            return None  # a credit is its giver's, named as subject or possessor: not "loans to Brazil"
        return owned_within(head, span, index)

    def _compared_with(self, head: Token, index: ActorIndex, sentence: Span) -> str | None:
        """The actor after "than" or "as ... as" near the comparison, or after an "of" just
        after it ("one-tenth of Russia's", "three times that of Pakistan")."""
        for token in sentence[head.i - sentence.start :]:
            if token.lower_ in OTHER_CLAUSE and token.i > head.i:
                break  # "five times Vietnam's ..., although the army has fought nothing larger than"
            near_of = token.lower_ == "of" and token.i - head.i <= OF_REACH and compares(token, index)
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
        in ways the parser gets wrong. NOT_A_COUNTRY when a bilateral figure's party is a region."""
        doc = item.span.doc
        before = [t for t in doc[window.start : item.span.start] if t.lower_ in COUNTERPART_PREPS]
        if found.cue.attribute in GIVEN:
            # "drones bought from Turkey, and Washington says it has provided $2 billion": a gift's
            # party before it stands in its own clause
            before = [t for t in before if verb_of(t) == verb_of(item.span.root)]
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
            party = party_named(prep, index)
            if party is None:
                continue
            if party == NOT_A_COUNTRY:
                return (
                    party if prep.lower_ == "with" and found.cue.attribute in BILATERAL else None
                ), prep.lower_
            return (party if party not in (owner, AN_ORGANISATION) else None), prep.lower_
        return dative_party(item.span, index, owner), None

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
            and compared_after_ratio(item.span, previous)
        ):
            # "more than four times Niger's 30,000 or so": the figure the ratio is of
            return Found(Cue("", kind.value, previous.attribute), None)
        if found is None and kind is Kind.COUNT and a_part_of_the_forces_before(item.span, previous):
            # "Syria's 300,000-odd troops are tied down ..., where some 30,000 of them are stationed"
            return Found(Cue("", kind.value, "troop_count"), None)
        if found is None and kind is Kind.COUNT and same_sentence and elliptical_possessor(item.span):
            # "Turkey's armed forces number 510,000; Syria's numbered about 300,000"
            return Found(Cue("", kind.value, previous.attribute), None)
        counted = as_many_what(item.span) if kind is Kind.RATIO else None
        if counted is not None and counted.lemma_.lower() not in PEOPLE | MEN:
            # "three times as many people under arms" stays the army's ratio
            measures = {c.attribute for c in self.cues if c.lemma == cue_lemma(counted)} - ARMS_BOUGHT
            if not measures:
                return None  # "its army fields roughly twice as many tanks": tanks are no attribute
        if kind is Kind.RATIO and after_uncounted_figure(item.span, previous):
            return None  # "close to 700 combat aircraft, almost twice as many": no attribute's ratio
        if kind is Kind.RATIO and same_sentence and set_off_after_figure(item.span, previous):
            # "135,000 active troops, more than four times Niger's 30,000": the figure's measure
            return Found(Cue("", "ratio", previous.attribute), None)
        if kind is Kind.RATIO and same_sentence:
            # unless it stands right after its own: "... and its budget about nine times larger"
            if a_branch(item.span.doc[before_hedges(item.span, BOUNDS)]):
                return None  # "and an air force about twice the size": no attribute's ratio
            own = self._cue_just_before(item.span)
            if own is not None:
                return own
            subject = clause_subject(item.span)
            if found is not None and subject is not None and found.token in set(subject.subtree):
                return found  # "...; in other words, Beijing's declared budget is thirteen times larger"
            if (
                found is not None
                and counted is None
                and own_clause_cue(item.span, found.token, previous)
                and not _in_a_later_conjunct(item.span, found.token)
            ):
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
        verb = verb_of(root)
        subject = subject_of(verb) if verb is not None else None
        about = set(subject.subtree) if subject is not None else set()  # what the clause is about
        stretch = between_semicolons(item.span)
        for token in sentence:
            for cue in self.cues:
                if cue_lemma(token) != cue.lemma or (wanted is not None and cue.kind != wanted):
                    continue
                if kind is not Kind.RATIO and token.i > root.i and compared_noun(token):
                    # "14 billion pounds, several times Argentina's spending": Argentina's; but
                    # "five times Egypt's budget of some $4 billion" is the budget's own figure
                    continue
                if (
                    cue.attribute in ARMS_BOUGHT
                    and token.dep_ == "compound"
                    and token.head.lemma_.lower() in SITES
                ):
                    continue  # "a drone base at Agadez that cost about $110 million to build"
                if cue.attribute in GIVEN and names_aid_people(token):
                    continue  # "aid workers", "aid convoys": people and things, not a sum given
                if cue.attribute == "military_expenditure" and spent_on_arms(token, self._armaments):
                    # "Caracas spent roughly $11bn on Russian weapons": a purchase
                    cue = Cue(cue.lemma, cue.kind, "arms_purchase_value", cue.sign)
                if cue.attribute == "military_expenditure" and budget_support(token):
                    cue = Cue(cue.lemma, cue.kind, "aid_value", cue.sign)  # "budget support" is aid
                if cue.attribute == "military_expenditure" and names_a_weapon(token, self._armaments):
                    # "S-400 air-defence systems for about $2.5 billion": a purchase, not a budget
                    cue = Cue(cue.lemma, cue.kind, "arms_purchase_value", cue.sign)
                if cue.lemma == "round" and not rounded_up(token):
                    continue  # "500 rounds of ammunition"; "200 princes were rounded up" are arrests
                if cue.lemma == "lose" and (kind is not Kind.COUNT or not lost_people(item.span, token)):
                    continue  # "lost 3 million jobs", "lost 2 billion in revenue", "three times the size"
                hops = cue_hops(root, token)
                if kind is Kind.COUNT and cue.attribute == ARMS_COUNTED:
                    if not weapons_bought(root, token, sentence):
                        continue  # "36 Rafale fighters ordered from France", not "31 fighter squadrons"
                elif kind is Kind.COUNT:
                    if not counts_for(root, token) or not_people(root, self._weapons):
                        continue  # a count needs its own cue: "arrested 22 people", not "aged 17"
                    if cue.attribute in FORCES and civilians(root, token):
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
            return bought_by_name(root) if kind is Kind.COUNT else None
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
        word = span.doc[before_hedges(span, BOUNDS)]
        if word.pos_ != "NOUN" and word.tag_ != "VBG":  # "its spending more than ten times greater"
            return None
        cue = next((c for c in self.cues if c.lemma == cue_lemma(word)), None)
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
                cue = next((c for c in self.cues if c.kind == "money" and c.lemma == cue_lemma(noun)), None)
                # "in" names only what is given or bought: not "a deficit of $20 billion in that trade"
                if cue is not None and (prep.lower_ == "of" or cue.attribute in GIVEN | ARMS_BOUGHT):
                    return Found(cue, noun)
        return None


def _in_a_later_conjunct(ratio: Span, cue: Token | None) -> bool:
    """ "Syria fields roughly half as many again and about twice as many tanks": a cue after
    "and" measures the next comparison, not this one."""
    if cue is None or cue.i < ratio.end:
        return False
    return any(t.pos_ == "CCONJ" for t in ratio.doc[ratio.end : cue.i])


def _each_of(claim: Claim, quantity: Span, index: ActorIndex) -> list[Claim]:
    """The same figure for the other countries of a subject it is given to each of: "Greece and
    Turkey spend about $5 billion each", "The two spend ... $15 billion a year each" (the two
    countries the sentence before names)."""
    subject = clause_subject(quantity)
    if claim.value is None or subject is None or not (distributed(quantity) or each_one(subject)):
        return []
    if subject.lower_ == "each":  # "Greece and Turkey each spend": the words before it
        before_subject = quantity.doc[quantity.sent.start : subject.i]
        named = list(dict.fromkeys(m.country for t in before_subject if (m := index.at(t)) and m.country))
    else:
        named = [m.country for t in conjuncts(subject) if (m := index.find(t)) is not None and m.country]
    named = named or the_two(quantity, subject, index)
    if len(named) == 1 and (equal := _the_same_size_as(subject, index)) is not None:
        named.append(equal)  # "Algeria's army is roughly the size of Morocco's, about 60,000 men each"
    others = list(dict.fromkeys(c for c in named if c != claim.actor))
    if claim.actor not in named and not (others and len(named) == 2):
        return []
    rule = "claims.each.v1"
    return [replace(claim, actor=c, rule=rule, confidence=CONFIDENCE[rule]) for c in others]


def _kept_abroad(cue: Token | None, index: ActorIndex, owner: str) -> str | None:
    """The other country a count of men is "in": "half a million men in South Vietnam"."""
    if cue is None or cue.lemma_.lower() not in SOLDIERS:
        return None
    carriers = [cue, cue.head] if cue.dep_ == "dobj" else [cue]
    for prep in (
        p for c in carriers for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
    ):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            mention = index.find(place)
            if mention is not None and mention.country and mention.country != owner:
                return mention.country
    return None


def _forces_after_forces(found: Found, span: Span, quantity: Quantity, previous: Claim | None) -> bool:
    """An unowned count of soldiers right after forces its sentence owns (not "the Karabakh
    force adds an estimated 20,000": another body; not "Fifteen Britons, eight sailors and
    seven Royal Marines": a breakdown of the forces counted)."""
    return (
        previous is not None
        and not _a_breakdown_of(span, previous)
        and quantity.kind is Kind.COUNT
        and found.token is not None
        and cue_lemma(found.token) in SOLDIERS
        and found.cue.attribute in FORCES
        and previous.attribute in FORCES
        and previous.value is not None
    )


def _a_breakdown_of(span: Span, previous: Claim) -> bool:
    """Whether a figure stands inside the phrase of the figure before it."""
    figure = span.doc.char_span(previous.start, previous.end, alignment_mode="expand")
    if figure is None:
        return False
    counted = figure.root.head if figure.root.dep_ == "nummod" else figure.root
    return counted.left_edge.i <= span.root.i <= counted.right_edge.i


def _the_same_size_as(subject: Token, index: ActorIndex) -> str | None:
    """The country whose forces a copula says its subject's equal: "is the size of Morocco's",
    "is as large as Morocco's"."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    for attr in (c for c in verb.children if c.dep_ in ("attr", "acomp")):
        if attr.lemma_.lower() not in ("size", "large", "big"):
            continue
        preps = [p for p in attr.children if p.dep_ == "prep" and p.lower_ in ("of", "as")]
        for noun in (o for p in preps for o in p.children if o.dep_ == "pobj"):
            mention = index.find(noun)
            if mention is not None and mention.country:
                return mention.country
    return None


def _most_named(mentions: tuple[ActorMention, ...], excluding: frozenset[str] = frozenset()) -> str | None:
    counts = Counter(
        m.country for m in mentions if m.country and m.field is TextField.BODY and m.country not in excluding
    )
    return counts.most_common(1)[0][0] if counts else None


def _approximate(span: Span) -> bool:
    doc = span.doc
    # "up to 40", not the particle of "rounded up 40"
    before = {
        doc[i].lower_
        for i in range(max(0, span.start - 2), span.start)
        if doc[i].dep_ != "prt" or doc[i + 1].lower_ == "to"
    }
    or_so = doc[span.end : span.end + 2].text.lower() == "or so"  # "Niger's 30,000 or so"
    # "something like 300,000 troops", "upwards of 2,000"
    two_before = doc[max(0, span.start - 2) : span.start].text.lower() in ("something like", "upwards of")
    return bool(before & APPROXIMATE) or any(t.lower_ in APPROXIMATE for t in span) or or_so or two_before


def _with_id(claim: Claim, claim_id: str) -> Claim:
    from dataclasses import replace

    return replace(claim, claim_id=claim_id)
