"""Event coding: sentences to (source, event, target) records.

For each sentence of the body, a trigger is a verb or noun with a sense in
the lexicon (the sense chosen by its object). Its source is the subject (the
"by" agent for passives and nouns, a possessor or country adjective for
nouns), inherited from the governing verb for complements ("Baku agreed to
buy": Baku buys); its target is found in the slots the sense names. Several
actors on a side give one event per pair, sharing a group id. Rules:

- events.verb.v1 / events.noun.v1: a lexicon trigger;
- events.agree.v1 / events.threaten.v1 / events.refuse.v1: "agreed to buy
  arms from Israel", "threatened to cut off", "refused to deploy" are AGREE,
  THREATEN, REJECT with the act's target (see verbal.py);
- events.light_verb.v1: "staged rallies against", "mounted an invasion of";
- events.intent.v1: an act announced for the future is coded as the intent
  (AGREE, THREATEN or REJECT); counted when the actor itself announced it;
- events.demand.v1: "X said Y must cooperate" is X's demand of Y;
- events.visit.v1: a government actor of one country acting in another's
  capital ("Speaking in Baku, Secretary of State Clinton...") made a visit;
- events.report_accuses.v1: "X reported/claimed that Y did <conflict>" is X
  accusing Y;
- events.group.v1: "both countries" / "the two sides" act on each other, as do two doers
  acting on "each other" or "one another".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, Event, EventActor, EventDate, MentionKind, Sector, TextField
from .dates_tracker import DateTracker
from .lexicon import Lexicon, Sense
from .modality import Modality, read_modality
from .reference import DENOUNCING, ActorIndex, an_instrument, conjuncts
from .syntax import (
    OBJECT_DEPS,
    Trigger,
    find_trigger,
    is_passive,
    noun_source,
    prep_object,
    subject_of,
)
from .verbal import COOPERATIVE_ROOTS, DEMAND_CODES, VERBAL_KINDS, verbal_code

AIMING_VERBS = frozenset({"target", "aim", "hit", "strike"})  # "missiles targeting US troops"
AIMING_PREPS = frozenset({"against", "at", "on"})  # "strikes against Iran"

VISIT_PREPS = frozenset({"in", "to", "at"})
ACCUSE_CODE = "112"
VISIT_CODE = "042"
# Nouns that name the act of the clause they are attached to ("..., a move that").
CLAUSE_NOUNS = {"move", "step", "decision", "action", "act", "measure", "development", "deal"}


@dataclass(frozen=True, slots=True)
class Context:
    article_id: str
    published: date | None
    index: ActorIndex
    lexicon: Lexicon


class EventCoder:
    """Codes the events of one parsed body; construction does no I/O."""

    def __init__(self, lexicon: Lexicon, *, unresolved_sources: bool = False) -> None:
        self.lexicon = lexicon
        # Events whose doer is only a sector ("police", "rebels") with no country
        # cannot be placed on a dyad; they are dropped unless asked for.
        self.unresolved_sources = unresolved_sources

    def code(
        self, doc: Doc, mentions: tuple[ActorMention, ...], *, published: date | None, article_id: str
    ) -> tuple[Event, ...]:
        context = Context(article_id, published, ActorIndex.build(doc, mentions), self.lexicon)
        events: list[Event] = []
        dates = DateTracker(published)
        for sentence in doc.sents:
            dates.enter(sentence)
            found = list(self._sentence_events(sentence, context, dates))
            found += list(self._report_accusations(sentence, found, context, dates))
            kept = [e for e in found if self.unresolved_sources or e.source.resolved]
            events += _unique(kept)
        return tuple(replace(e, event_id=f"{article_id}-e{n}") for n, e in enumerate(events, 1))

    def _sentence_events(self, sentence: Span, context: Context, dates: DateTracker) -> Iterator[Event]:
        consumed: set[int] = set()
        for token in sentence:
            if token.i in consumed:
                continue
            trigger = find_trigger(token, self.lexicon)
            controlled = self._control(token) or self._light_verb(token)
            if controlled is not None:
                trigger, complement = controlled
                consumed.add(complement.i)
                yield from self._emit(trigger, sentence, context, dates, target_from=complement)
            elif trigger is not None:
                yield from self._emit(trigger, sentence, context, dates)
            elif token.pos_ == "VERB":
                yield from self._visit(token, sentence, context, dates)
                yield from self._bare_demand(token, sentence, context, dates)

    def _control(self, token: Token) -> tuple[Trigger, Token] | None:
        """ "agreed to buy arms", "threatened to cut off", "refused to deploy": the
        voiced act, coded AGREE, THREATEN or REJECT in the family of what it is about."""
        kind = self.lexicon.modality.get(token.lemma_.lower())
        if token.pos_ not in ("VERB", "ADJ") or kind not in VERBAL_KINDS:
            return None
        complement = next((c for c in token.children if _infinitive_complement(c)), None)
        if complement is None:  # "opposed to French mediation", "committed to opening"
            complement = next(
                (
                    o
                    for c in token.children
                    if c.lower_ == "to"
                    for o in c.children
                    if o.dep_ in ("pobj", "pcomp")
                ),
                None,
            )
            inner = find_trigger(complement, self.lexicon) if complement is not None else None
            if inner is None:
                return None
        if complement is None:
            return None
        inner = find_trigger(complement, self.lexicon)
        if inner is None and token.pos_ != "VERB":
            return None  # "ill-prepared to face off": an adjective alone voices nothing
        if inner is None:  # "threatened to ban voting": a threat, whatever the act
            general = self.lexicon.cameo[verbal_code(kind, "")]
            sense = Sense(token.lemma_.lower(), frozenset(), general, ("dobj", "prep:against", "prep:on"), "")
            return Trigger(token, sense, f"events.{kind}.v1"), complement
        if kind == "agree" and inner.sense.code.code[:2] not in COOPERATIVE_ROOTS:
            kind = "threaten"  # "vowed to retaliate", "ready to impose martial law"
        code = verbal_code(kind, inner.sense.code.code)
        sense = Sense(
            token.lemma_.lower(),
            frozenset(),
            self.lexicon.cameo[code],
            inner.sense.targets,
            inner.sense.source,
        )
        return Trigger(token, sense, f"events.{kind}.v1"), complement

    def _light_verb(self, token: Token) -> tuple[Trigger, Token] | None:
        """ "staged rallies against", "mounted an invasion of": the noun names the event,
        the verb's subject does it."""
        kind = self.lexicon.modality.get(token.lemma_.lower())
        if token.pos_ != "VERB" or kind not in ("light", "report"):
            return None  # "announced a suspension of air links": announcing is doing
        own = find_trigger(token, self.lexicon)
        if own is not None and own.sense.objects:
            return None  # the verb has a sense for this very object ("carried out strikes")
        noun = next((c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if noun is None:  # "engaged in ethnic cleansing"
            noun = next(
                (o for c in token.children if c.lower_ == "in" for o in c.children if o.pos_ == "NOUN"), None
            )
        inner = find_trigger(noun, self.lexicon) if noun is not None else None
        if inner is None:
            return None
        return Trigger(token, inner.sense, "events.light_verb.v1"), noun

    def _sources(self, trigger: Trigger, sentence: Span, context: Context) -> list[ActorMention]:
        token = trigger.token
        head = noun_source(token) if token.pos_ == "NOUN" else subject_of(token)
        if head is None:
            # "was arrested in Lebanon": a passive without its agent has an unknown doer.
            return [_unresolved(token, unknown=True)] if self.unresolved_sources else []
        group = context.index.group(head, sentence)
        if group:
            return group
        found = [m for t in conjuncts(head) if (m := context.index.find(t)) is not None]
        found += [m for m in _coordinated_modifiers(head, context.index) if m not in found]
        if not found and (antecedent := context.index.antecedent(head)) is not None:
            found = [antecedent]
        if not any(m.country for m in found) and (owner := context.index.whose_owner(head)) is not None:
            found = [_owned(found[0], owner) if found else owner]  # "Burundi, whose government accuses"
        if not found and self.unresolved_sources and head.pos_ in ("NOUN", "PROPN"):
            found = [_unresolved(head)]
        return found

    def _targets(self, trigger: Trigger, context: Context, target_from: Token | None) -> list[ActorMention]:
        verb = target_from if target_from is not None else trigger.token
        for slot in trigger.sense.targets:
            for phrase in self._slot_phrases(verb, slot):
                if slot == "prep:with" and an_instrument(phrase, context.index):
                    continue  # "fights with Chinese kit": what it fights with, not whom
                found = [
                    m for t in conjuncts(phrase) for m in context.index.find_all(t, through_scenes=False)[:1]
                ]
                if verb.lemma_.lower() in DENOUNCING:
                    found = [m for m in found if not _victim_of(m, phrase)]
                found = found or context.index.group(phrase, _sentence_of(phrase))
                personal = phrase.lower_ in ("he", "she")  # "it" and "they" may be the attacker itself
                if not found and personal and (antecedent := context.index.antecedent(phrase)) is not None:
                    found = [antecedent]  # "He was arrested by police": the person named before
                if found:
                    return found
        return self._aimed_at(verb, context) or self._asked(verb, context)

    def _aimed_at(self, verb: Token, context: Context) -> list[ActorMention]:
        """ "launched missiles targeting US troops", "launched strikes against Iran": the
        target hangs on the object, not on the verb."""
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        for node in [verb, *objects]:
            for child in node.children:
                if child.dep_ == "acl" and child.lemma_.lower() in AIMING_VERBS:
                    phrases = [g for g in child.children if g.dep_ in OBJECT_DEPS]
                elif (
                    child.dep_ == "prep"
                    and child.lower_ in AIMING_PREPS
                    and node.i != verb.i
                    and verb.lemma_.lower() not in DENOUNCING
                ):
                    phrases = [g for g in child.children if g.dep_ == "pobj"]
                else:
                    continue
                found = [m for p in phrases for t in conjuncts(p) for m in context.index.find_all(t)[:1]]
                if found:
                    return found
        return []

    def _asked(self, verb: Token, context: Context) -> list[ActorMention]:
        """ "demanded that the Turkish government provide...": who is asked is the
        subject of the clause that says what is asked."""
        if self.lexicon.modality.get(verb.lemma_.lower()) != "request":
            return []
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        subject = subject_of(clause) if clause is not None else None
        found = context.index.find(subject) if subject is not None else None
        return [found] if found is not None else []

    def _slot_phrases(self, verb: Token, slot: str) -> list[Token]:
        if slot == "dobj":
            objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not passive and is_passive(verb) and verb.dep_ == "conj":
                # "Turkey is under sanctions, and was condemned by Egypt": the shared subject
                passive = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return [_antecedent_of_relative(o) for o in objects + passive]
        if slot == "dative":
            return [c for c in verb.children if c.dep_ == "dative"]
        if slot.startswith("prep:"):
            word = slot.removeprefix("prep:")
            objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
            # "buy $1.6 billion of arms from Israel": the phrase may hang on the object's noun.
            heads = [verb] + [t for o in objects for t in o.subtree if t.pos_ in ("NOUN", "PROPN", "NUM")]
            return [p for h in heads if (p := prep_object(h, word)) is not None]
        return []

    def _emit(
        self,
        trigger: Trigger,
        sentence: Span,
        context: Context,
        dates: DateTracker,
        *,
        target_from: Token | None = None,
    ) -> Iterator[Event]:
        sources = self._sources(trigger, sentence, context)
        targets = self._targets(trigger, context, target_from)
        if trigger.rule == "events.noun.v1" and not targets:
            return  # a nominal event needs both sides to be worth coding
        if (
            len(sources) == 2
            and not targets
            and (
                context.index.group(_subject_or_self(trigger.token), sentence)
                or _reciprocal(target_from if target_from is not None else trigger.token)
            )
        ):
            pairs = [(sources[0], sources[1]), (sources[1], sources[0])]
            rule = "events.group.v1"
        else:
            # "London and Paris issued an ultimatum to both sides": a co-doer is no target
            targets = [t for t in targets if not any(t.start == s.start for s in sources)]
            pairs = [(s, t) for s in sources for t in (targets or [None]) if t is None or _distinct(s, t)]
            # every target was the source itself ("Israel ... in East Jerusalem"): no target
            pairs = pairs or [(s, None) for s in sources]
            rule = trigger.rule
        modality = read_modality(trigger.token, context.lexicon)
        when = dates.for_trigger(trigger.token, sentence)
        if modality.obliged and modality.reporter is not None:
            yield from self._demands(trigger, sources, modality, sentence, context, when)
        for source, target in pairs:
            voiced = self._voiced(trigger, modality, source, context)
            if voiced is not None:
                # Announced by the actor itself, the intent was voiced and counts;
                # otherwise it is a plan reported by others and stays flagged.
                said = self._announced_by_actor(modality, source, context)
                flags = Modality(reporter=modality.reporter) if said else modality
                yield self._event(voiced, source, target, sentence, context, flags, when, voiced.rule)
            else:
                yield self._event(trigger, source, target, sentence, context, modality, when, rule)

    def _bare_demand(
        self, verb: Token, sentence: Span, context: Context, dates: DateTracker
    ) -> Iterator[Event]:
        """ "declared that China must drop barriers": a reported obligation is a
        demand even when the act itself is not in the lexicon."""
        modality = read_modality(verb, context.lexicon)
        if not modality.obliged or modality.reporter is None:
            return
        sense = Sense(verb.lemma_.lower(), frozenset(), self.lexicon.cameo["100"], (), "")
        trigger = Trigger(verb, sense, "events.demand.v1")
        sources = self._sources(trigger, sentence, context)
        yield from self._demands(
            trigger, sources, modality, sentence, context, dates.for_trigger(verb, sentence)
        )

    def _demands(
        self,
        trigger: Trigger,
        sources: list[ActorMention],
        modality: Modality,
        sentence: Span,
        context: Context,
        when: EventDate,
    ) -> Iterator[Event]:
        """ "Chirac said Iraq must cooperate": the speaker demands it of the doer (REQUEST)."""
        assert modality.reporter is not None
        speaker = context.index.find(modality.reporter)
        if speaker is None and self.unresolved_sources:
            speaker = _unresolved(modality.reporter)
        if speaker is None:
            return
        code = self.lexicon.cameo[DEMAND_CODES.get(trigger.sense.code.code[:2], "100")]
        sense = replace(trigger.sense, code=code)
        demand = Trigger(trigger.token, sense, "events.demand.v1")
        for doer in sources:
            if doer.country != speaker.country or doer.country is None:
                yield self._event(demand, speaker, doer, sentence, context, Modality(), when, demand.rule)

    def _voiced(
        self, trigger: Trigger, modality: Modality, source: ActorMention, context: Context
    ) -> Trigger | None:
        """An act announced for the future is, in CAMEO, a verbal event: AGREE
        (cooperation), THREATEN (conflict) or REJECT (refused cooperation)."""
        conditional = modality.condition is not None and modality.reporter is not None
        if not (modality.future or conditional) or (modality.hypothetical and not conditional):
            return None
        cooperative = trigger.sense.code.code[:2] in COOPERATIVE_ROOTS
        if modality.negated and not cooperative:
            return None
        kind = "refuse" if modality.negated else "agree" if cooperative else "threaten"
        if modality.condition == "unless":
            kind = "threaten"  # "will withdraw its force unless...": a conditional threat
        code = verbal_code(kind, trigger.sense.code.code)
        sense = replace(trigger.sense, code=self.lexicon.cameo[code])
        return Trigger(trigger.token, sense, "events.intent.v1")

    def _announced_by_actor(self, modality: Modality, source: ActorMention, context: Context) -> bool:
        """ "Hungary said it will support...": the actor itself voiced the intent."""
        speaker = context.index.find(modality.reporter) if modality.reporter is not None else None
        return speaker is not None and speaker.country is not None and speaker.country == source.country

    def _visit(self, verb: Token, sentence: Span, context: Context, dates: DateTracker) -> Iterator[Event]:
        """An official of one country acting in another's capital made a visit."""
        # the first place phrase naming a capital: "went to Tokyo in November" (in the verb's
        # order, so the reading never depends on how a set happens to iterate)
        places = (
            g
            for p in verb.children
            if p.dep_ in ("prep", "dative") and p.lower_ in VISIT_PREPS
            for g in p.children
            if g.dep_ == "pobj"
        )
        hosts = (context.index.at(place) for place in places)
        host = next((h for h in hosts if h is not None and h.kind is MentionKind.CAPITAL), None)
        if host is None or host.sector is not None:
            return
        subject = subject_of(verb)
        guest = context.index.find(subject) if subject is not None else None
        if guest is None or guest.sector is not Sector.GOV or guest.country in (None, host.country):
            return
        sense = Sense(verb.lemma_.lower(), frozenset(), self.lexicon.cameo[VISIT_CODE], (), "events.visit.v1")
        trigger = Trigger(verb, sense, "events.visit.v1")
        modality = read_modality(verb, context.lexicon)
        yield self._event(
            trigger, guest, host, sentence, context, modality, dates.for_trigger(verb, sentence), trigger.rule
        )

    def _report_accusations(
        self, sentence: Span, events: list[Event], context: Context, dates: DateTracker
    ) -> Iterator[Event]:
        """ "Azerbaijan reported that Iranian oil rigs had entered...": an accusation."""
        accuse_words = self.lexicon.words("accuse")
        for token in sentence:
            if token.pos_ != "VERB" or token.lemma_.lower() not in accuse_words:
                continue
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            subject = subject_of(token)
            reporter = context.index.find(subject) if subject is not None else None
            if clause is None or reporter is None:
                continue
            inside = {t.idx for t in clause.subtree}
            for event in events:
                if (
                    event.trigger_start in inside
                    and event.goldstein < 0
                    and event.source.country != reporter.country
                ):
                    sense = Sense(token.lemma_.lower(), frozenset(), self.lexicon.cameo[ACCUSE_CODE], (), "")
                    trigger = Trigger(token, sense, "events.report_accuses.v1")
                    accused = _mention_of(event.source)
                    modality = read_modality(token, context.lexicon)
                    when = dates.for_trigger(token, sentence)
                    yield self._event(
                        trigger, reporter, accused, sentence, context, modality, when, trigger.rule
                    )
                    break

    def _event(
        self,
        trigger: Trigger,
        source: ActorMention,
        target: ActorMention | None,
        sentence: Span,
        context: Context,
        modality: Modality,
        when: EventDate,
        rule: str,
    ) -> Event:
        code = trigger.sense.code
        reporter = context.index.find(modality.reporter) if modality.reporter is not None else None
        asserted = reporter.country if reporter else ("unattributed" if modality.hedged else None)
        return Event(
            event_id="",
            group_id=f"{context.article_id}-g{trigger.token.i}",
            source=_actor(source),
            target=_actor(target) if target is not None else None,
            cameo=code.code,
            plover=code.plover,
            mode=code.mode,
            goldstein=code.goldstein,
            quad=code.quad,
            trigger=trigger.token.text,
            trigger_start=trigger.token.idx,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            sentence=sentence.text,
            date=when,
            negated=modality.negated,
            hypothetical=modality.hypothetical,
            future=modality.future,
            historical=_historical(when, context.published),
            asserted_by=asserted,
            rule=rule,
            confidence=_confidence(rule, source, target, _depth(trigger.token), _is_purpose(trigger.token))
            * (1.0 if not (modality.negated or modality.hypothetical or modality.future) else 0.7),
        )


RECIPROCALS = frozenset({("each", "other"), ("one", "another")})


def _victim_of(mention: ActorMention, act: Token) -> bool:
    """Whether a mention is whom a denounced act was aimed at: Egypt in "the aggression
    against Egypt"."""
    token = next((t for t in act.subtree if t.idx == mention.start), None)
    while token is not None and token.i != act.i:
        if token.dep_ == "prep" and token.lower_ in AIMING_PREPS:
            return True
        token = token.head
    return False


def _reciprocal(verb: Token) -> bool:
    """ "shooting at each other", "have attacked one another": the doers act on each other."""
    phrases = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    phrases += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    words = [(p.doc[p.i - 1].lower_, p.lower_) for p in phrases if p.i > 0]
    words += [(p.lower_, p.doc[p.i + 1].lower_) for p in phrases if p.i + 1 < len(p.doc)]
    return any(pair in RECIPROCALS for pair in words)


def _coordinated_modifiers(head: Token, index: ActorIndex) -> list[ActorMention]:
    """ "Kyrgyz and Tajik troops": every actor of a coordinated modifier, not only the nearest."""
    found = []
    for modifier in (c for c in head.children if c.dep_ in ("amod", "compound") and c.conjuncts):
        found += [m for t in (modifier, *modifier.conjuncts) if (m := index.at(t)) is not None]
    return found


def _sentence_of(token: Token) -> Span:
    return token.sent


def _subject_or_self(token: Token) -> Token:
    return subject_of(token) or token


def _antecedent_of_relative(token: Token) -> Token:
    """ "a move that X decried": the relative pronoun stands for the noun it
    modifies, and a noun that names the sentence's own act ("a move", "a
    step") stands for the doer of that act."""
    if token.tag_ not in ("WDT", "WP") or token.head.dep_ != "relcl":
        return token
    noun = token.head.head
    if noun.lemma_.lower() not in CLAUSE_NOUNS:
        return noun
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    return (subject_of(verb) if verb is not None else None) or noun


def _owned(role: ActorMention, owner: ActorMention) -> ActorMention:
    """A role ("whose navy") given the country its owner names."""
    return _pseudo_mention(role.start, role.end, role.text, owner.country, role.sector, role.confidence)


def _unresolved(head: Token, *, unknown: bool = False) -> ActorMention:
    """A doer that names no known actor ("Doctors from two aid groups"), kept as words only."""
    phrase = head.doc[head.i : head.i + 1] if unknown else head.doc[head.left_edge.i : head.i + 1]
    return _pseudo_mention(phrase.start_char, phrase.end_char, phrase.text, None, Sector.CVL, 0.3)


def _pseudo_mention(
    start: int, end: int, text: str, country: str | None, sector: Sector | None, confidence: float
) -> ActorMention:
    """An actor the coder infers itself (not found by the actor stage)."""
    kind = MentionKind.ROLE if country is None else MentionKind.COUNTRY
    return ActorMention(
        field=TextField.BODY,
        start=start,
        end=end,
        text=text,
        anchor=text,
        kind=kind,
        country=country,
        sector=sector,
        rule="events.inferred_actor.v1",
        confidence=confidence,
    )


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _distinct(source: ActorMention, target: ActorMention) -> bool:
    return source is not target and (source.country, source.sector) != (target.country, target.sector)


def _actor(mention: ActorMention) -> EventActor:
    return EventActor(mention.country, mention.sector, mention.text, mention.start, mention.end, mention.igo)


def _mention_of(actor: EventActor) -> ActorMention:
    return _pseudo_mention(actor.start, actor.end, actor.text, actor.country, actor.sector, 0.7)


def _historical(when: EventDate, published: date | None) -> bool:
    if when.value is None or published is None:
        return False
    return int(when.value[:4]) < published.year - 1


def _infinitive_complement(token: Token) -> bool:
    """ "vowed to fight": an xcomp, or a to-infinitive the parser attached as advcl."""
    if token.pos_ != "VERB":
        return False
    return token.dep_ == "xcomp" or (
        token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _is_purpose(token: Token) -> bool:
    """ "blocked roads to press their demands": an infinitive of purpose, not the main act."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return infinitive and token.dep_ in ("advcl", "acl", "xcomp")


def _confidence(
    rule: str, source: ActorMention, target: ActorMention | None, depth: int, purpose: bool = False
) -> float:
    """Rule reliability, lowered for a missing target, a weak source, and a trigger
    buried deep in the sentence (the main clause's event is the one reported)."""
    base = {
        "events.noun.v1": 0.6,
        "events.visit.v1": 0.6,
        "events.group.v1": 0.75,
        "events.report_accuses.v1": 0.6,
    }.get(rule, 0.8)
    weight = (1.0 if target is not None else 0.9) * min(1.0, source.confidence + 0.1)
    return round(base * weight * max(0.5, 1.0 - 0.05 * depth) * (0.6 if purpose else 1.0), 3)


def _unique(events: list[Event]) -> list[Event]:
    seen = set()
    unique = []
    for e in events:
        key = (
            e.source.country,
            e.source.sector,
            e.target.country if e.target else None,
            e.cameo[:2],
            e.trigger_start,
        )
        if key not in seen:
            seen.add(key)
            unique.append(e)
    return unique
