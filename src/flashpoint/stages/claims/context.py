"""What claim binding remembers across the sentences of an article (`ArticleState`), and the
owners it gives from context when a sentence's syntax names none: a figure repeated, the
last owner of the attribute, the article's topic, the speaker, where the story is."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ...records import Claim
from ..events.dates_tracker import DateTracker
from ..events.reference import ActorIndex, a_place
from ..events.syntax import subject_of
from .cues import ARMS_BOUGHT, BILATERAL_ONLY, FORCES, GIVEN, WHERE_IT_HAPPENED, Found
from .naming import PLACE_KINDS, RELATIVE_PRONOUNS, REPORTING_VERBS, sentence_subject
from .places import a_venue, place_of, worldwide
from .quantities import Kind, Quantity
from .syntax import Located, Window, clause_subject

CONTINUATION_SENTENCES = 8
CURRENCY_SENTENCES = 2
EXPORTER_SENTENCES = 3  # wire stories list an exporter's markets over two or three sentences
NATIONAL_TOTALS = frozenset({"trade_balance", "foreign_reserves"})
TIME_POSSESSORS = frozenset({"year", "month", "quarter", "week", "day"})
NATIONAL_MODIFIERS = frozenset(
    {"trade", "merchandise", "current", "exchange", "foreign", "currency", "military", "defense", "defence"}
)
ANAPHORIC_SUBJECTS = frozenset({"it", "this", "that"})
BACK_REFERENCES = frozenset({"level", "figure", "record", "tally"})
# how far back a loss with no place named looks for where the story is: the two sentences
# before, within its paragraph (chosen by reading development sets, not tuned)
SCENE_SENTENCES = 2


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

    def _most_placed(self) -> str | None:
        """The country the article most often names as a place ("in Libya", "over Helsinki"),
        when one is named so more often than any other."""
        doc = self.index.doc
        named = {
            (m.start, m.country)
            for i, m in self.index.by_token.items()
            if m.country and m.kind in PLACE_KINDS and a_place(doc[i]) and not a_venue(doc[i])
        }
        counts = Counter(country for _, country in named)
        # cities and regions ("Sirte", "Darfur"), unless the name is an actor's
        counts.update(c for i, c in self.places.items() if i not in self.index.by_token)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

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
            if i in self.places and i not in self.index.by_token and not a_venue(doc[i]):
                return self.places[i]
            mention = self.index.by_token.get(i)
            if mention is not None and mention.country and mention.kind in PLACE_KINDS and a_place(doc[i]):
                if a_venue(doc[i]):
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
        if attribute in ARMS_BOUGHT and (buyer := sentence_subject(item.span.sent, self.index)):
            return buyer, "claims.value.v1"  # "It flies ... 84 new F-15SA jets bought from Boeing"
        if attribute in WHERE_IT_HAPPENED and worldwide(item, window):
            return None, "claims.location.v1"  # "140 thousand deaths worldwide": no one country's
        if attribute in WHERE_IT_HAPPENED and (
            place := place_of(
                item, window, self.index, self.places, lambda: self._recent_scene(item.span.sent)
            )
        ):
            return place, "claims.location.v1"
        if (
            found.token is not None
            and found.cue.lemma in BILATERAL_ONLY
            and (exporter := self.recent_exporter())
        ):
            return exporter, "claims.continued.v1"
        if attribute in FORCES and (sent_by := _sent_from(item, window, self.index)) is not None:
            # "about 300 soldiers and policemen from Jamaica, Barbados and four smaller states":
            # the states forces come from, not the last claim's owner (not arms "bought from Turkey")
            return (sent_by[0] if len(sent_by) == 1 else None), "claims.value.v1"
        if (announced := _announced_before_colon(item.span, self.index)) is not None:
            return announced, "claims.topic.v1"  # "In manpower Iran looks formidable: the IISS counts ..."
        last = self._claim_sentence.get(attribute)
        if _an_unknown_persons(item.span, self.index):
            # "Lieutenant-General A.A.K. Niazi has perhaps 80,000 men": a commander no table
            # knows, not the last claim's owner (often the other side's)
            return None, "claims.value.v1"
        if last is not None and self.sentence_number - last <= CONTINUATION_SENTENCES:
            owner = next(c.actor for c in reversed(self.claims) if c.attribute == attribute)
            return owner, "claims.continued.v1"
        if attribute in WHERE_IT_HAPPENED:
            # where the article's story mostly is ("the war in Libya"), else its main actor
            return self._most_placed() or self.most_named, "claims.location.v1"
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


def _an_unknown_persons(quantity: Span, index: ActorIndex) -> bool:
    """Whether a figure's clause has for subject a person named but known to no table."""
    subject = clause_subject(quantity)
    if subject is None or subject.ent_type_ != "PERSON":
        return False
    # "Aurora, commanding India's Eastern Command": a person the sentence places
    return not any(index.at(t) is not None for t in subject.subtree)


def _sent_from(item: Located, window: Window, index: ActorIndex) -> list[str] | None:
    """The countries a from-phrase right after a count of people names, if one does."""
    doc = item.span.doc
    after = doc[item.span.end : min(window.end, item.span.end + 5)]
    prep = next((t for t in after if t.lower_ == "from" and t.dep_ == "prep"), None)
    if prep is None:
        return None
    named = [
        m.country
        for o in prep.children
        if o.dep_ == "pobj"
        for t in (o, *o.conjuncts)
        if (m := index.find(t)) is not None and m.country
    ]
    return list(dict.fromkeys(named)) or None


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


def continues(sentence: Span) -> bool:
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
