"""Relations not stated by one clause: inferred from events (relations.inferred.v1), from aid
(relations.aid.v1), from striking together (relations.comrades.v1), and the standoff an article
is about (relations.focus.v1)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, Claim, Event, MentionKind, Relation, RelationKind, TextField
from ..events.reference import LOCATIVE_PREPS, ActorIndex, a_place, conjuncts
from .stated import PLACE_NOUNS, denied
from .syntax import (
    MODALS,
    POSITIVE_KINDS,
    clause_subjects,
    countries,
    modifier_countries,
    pair_key,
    set_aside,
    venue_named,
)

WITHHELD = re.compile(
    r"\b(?:froze|frozen|freez\w*|suspend\w*|withh[eo]ld\w*|halt\w*|cancel\w*|cut off)\b", re.I
)

# An accusation (-2) is enough to call a dyad hostile in an article; friendship
# needs more than one cooperative act, since one purchase is not an alignment.
HOSTILE_AT = -2.0

APPEAL_ROOT = "02"

# One refusal ("refused to allow a new issue of Venezuelan bonds", "the Supreme Court declined
# to hear a case") is a decision, not hostility; refusals that recur are.
REJECT_ROOT = "12"
FORCE_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence
# forces firing at each other are not striking together
MUTUAL = re.compile(
    r"(?:fight\w*|fought|battl\w*|clash\w*|skirmish\w*|war(?:s|red|ring)?)$", re.I
)  # two sides do
RECIPROCAL = re.compile(r"\b(?:each other|one another|exchang\w*|clash\w*|traded? fire)\b", re.I)

# Aid is the one cooperative act that is a standing tie by itself (a donor and its
# recipient); one purchase or one agreement is not. Credits and loans are often banks'.
AID_ATTRIBUTES = frozenset({"aid_value"})
AID_CONTEXT_CHARS = 300  # about two sentences before an aid figure: where its recipient is named

FRIENDLY_AT = 5.0

FOCUS_MENTIONS = 3
FOCUS_CANDIDATES = 3
PLACE_PREPS = LOCATIVE_PREPS | {"from", "off"}

# Pairs whose quarrels are one state's own affairs (GUIDE: "Hong Kong protests against Beijing"):
# a state and its territories that ISO codes apart (Hong Kong, Macau; Puerto Rico, American Samoa...)
DOMESTIC = frozenset(frozenset({"CHN", other}) for other in ("HKG", "MAC")) | frozenset(
    frozenset({"USA", other}) for other in ("PRI", "ASM", "GUM", "VIR", "MNP", "UMI")
)

FOCUS_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.CAPITAL, MentionKind.DEMONYM})


def inferred_relations(events: tuple[Event, ...], stated: list[Relation]) -> list[Relation]:
    """Dyads whose counted events lean clearly one way."""
    known = {frozenset((r.a, r.b)) for r in stated}
    scores: dict[frozenset[str], list[Event]] = defaultdict(list)
    for e in events:
        if (
            e.counted
            # "fought Yemen over the Hanish islands in 1995": history, not a standing state
            and not e.historical
            and e.target
            and e.source.country
            and e.target.country
            and e.source.country != e.target.country
        ):
            scores[frozenset((e.source.country, e.target.country))].append(e)
    out = []
    for pair, dyad in sorted(scores.items(), key=lambda kv: sorted(kv[0])):
        if pair in known:
            continue
        net = sum(_leaning(e) for e in dyad)
        rejections = all(e.cameo.startswith(REJECT_ROOT) for e in dyad)
        kind = _inferred_kind(net, dyad) if not (rejections and len(dyad) == 1) else None
        if kind is not None:
            a, b = sorted(pair)
            evidence = f"net Goldstein {net:+.1f} over {len(dyad)} events: " + ", ".join(
                e.event_id for e in dyad
            )
            out.append(Relation(a, b, kind, False, evidence, None, None, "relations.inferred.v1", 0.5))
    return out


def comrades_in_arms(events: tuple[Event, ...], known: list[Relation]) -> list[Relation]:
    """States that strike together stand together (relations.comrades.v1): one act of force
    (CAMEO 18-20) with two or more states as its doers ("American and British ships fired some
    110 Tomahawks", "American, British and French aircraft struck three targets"), aimed at
    neither of them. Not forces firing at each other ("exchanged fire", "at one another")."""
    seen = {pair_key(r.a, r.b, r.kind) for r in known}
    strikes: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        if e.counted and not e.historical and e.cameo[:2] in FORCE_ROOTS and e.source.country:
            strikes[e.group_id].append(e)
    out = []
    for group in strikes.values():
        doers = list(dict.fromkeys(e.source.country for e in group if e.source.country))
        aimed = {e.target.country for e in group if e.target is not None and e.target.country}
        if len(doers) < 2 or aimed & set(doers) or RECIPROCAL.search(group[0].sentence):
            continue
        if MUTUAL.match(group[0].trigger.split()[-1]):
            continue  # "Peru and Ecuador are fighting over a ribbon of forest": each other
        for a, b in combinations(sorted(doers), 2):
            if (key := pair_key(a, b, RelationKind.FRIENDLY)) in seen:
                continue
            seen.add(key)
            first = group[0]
            out.append(
                Relation(
                    a,
                    b,
                    RelationKind.FRIENDLY,
                    True,
                    first.sentence,
                    first.sentence_start,
                    first.sentence_end,
                    "relations.comrades.v1",
                    0.6,
                )
            )
    return out


def _leaning(event: Event) -> float:
    """An event's Goldstein weight; an appeal (CAMEO 02) weighs nothing: Goldstein scores it
    as cooperative and PLOVER files it with demands, and both readings occur ("urged Japan to
    cut its surplus" is pressure, "called on Italy to join the project" an invitation)."""
    return 0.0 if event.cameo.startswith(APPEAL_ROOT) else event.goldstein


def aid_relations(
    claims: tuple[Claim, ...], known: list[Relation], mentions: tuple[ActorMention, ...] = ()
) -> list[Relation]:
    """A state that gives aid to another is on friendly terms with it (relations.aid.v1): one
    relation per donor and recipient, from the first claim that states the aid. Aid with no
    recipient named in its sentence ("Japan raised its pledge to 88 billion yen") goes to the
    country the article names most, when that is not the donor: donors' pledges are reported
    in stories about the country they go to: the one named most around the claim, else in the
    whole article ("Russia fields 900,000; Ukraine a quarter of that. It is battle-hardened, and
    Washington says it has provided $2 billion": Ukraine, though Russia leads the article)."""
    seen = {pair_key(r.a, r.b, r.kind) for r in known}
    counts = Counter(m.country for m in mentions if m.country)
    topic = counts.most_common(1)[0][0] if counts else None
    # a donor is nobody's recipient: "Britain almost trebled its contribution. The United States
    # raised its contribution" names donors beside donors, in a story about the country they fund
    donors = frozenset(c.actor for c in claims if c.attribute in AID_ATTRIBUTES and c.actor)
    nearby = [m for m in mentions if m.country not in donors]
    out = []
    for claim in claims:
        recipient = (
            claim.counterpart or _sole_other_named(claim, nearby) or _named_around(claim, nearby) or topic
        )
        if claim.attribute not in AID_ATTRIBUTES or not claim.actor or not recipient:
            continue
        if WITHHELD.search(claim.sentence):
            continue  # "Washington, which froze $1.3 billion in security assistance to Pakistan"
        a, b = sorted((claim.actor, recipient))
        key = pair_key(a, b, RelationKind.FRIENDLY)
        if a != b and key not in seen:
            seen.add(key)
            evidence = f"{claim.claim_id}: {claim.text}"
            out.append(
                Relation(
                    a,
                    b,
                    RelationKind.FRIENDLY,
                    False,
                    evidence,
                    claim.sentence_start,
                    claim.sentence_end,
                    "relations.aid.v1",
                    0.5,
                )
            )
    return out


def _inferred_kind(net: float, dyad: list[Event]) -> RelationKind | None:
    """The lean of a dyad's events. One act of force alone (CAMEO 18-20) is no standing
    hostility: in op-eds it is mostly a strike on armed groups inside a state ("Egyptian jets
    struck camps in Derna"), which annotators do not code as war with it; one diplomatic blow
    (relations cut, envoys expelled, accusations) is coded as the rivalry it shows."""
    count = len(dyad)
    force_alone = count == 1 and dyad[0].cameo[:2] in FORCE_ROOTS
    if net <= HOSTILE_AT and not force_alone:
        return RelationKind.HOSTILE
    if net >= FRIENDLY_AT and count >= 2:
        return RelationKind.FRIENDLY
    return None


def focus_relations(
    doc: Doc, mentions: tuple[ActorMention, ...], known: list[Relation], words: dict[str, RelationKind]
) -> list[Relation]:
    """The standoff an article is about (relations.focus.v1): of the three countries it names
    most (each at least FOCUS_MENTIONS times), the most-named pair with no relation found yet,
    when a sentence that names both carries a word of conflict (data/lexicon/focus_words.tsv:
    "clash", "invasion", "annexed"...). Analysts code that dyad's hostility or rivalry even
    where no one clause states it. Marked `stated: false`; at most one per article."""
    counts = Counter(
        m.country for m in mentions if m.country and m.field is TextField.BODY and m.kind in FOCUS_KINDS
    )
    top = [(country, n) for country, n in counts.most_common(FOCUS_CANDIDATES) if n >= FOCUS_MENTIONS]
    opposed = {frozenset((r.a, r.b)) for r in known if r.kind not in POSITIVE_KINDS}
    pairs = sorted(combinations(top, 2), key=lambda two: -(two[0][1] + two[1][1]))
    index = ActorIndex.build(doc, mentions)
    related = {frozenset((r.a, r.b)) for r in known}
    for rank, ((first, _), (second, _)) in enumerate(pairs):
        pair = frozenset((first, second))
        if pair in opposed or pair in DOMESTIC or (rank > 0 and pair in related):
            # found already, or a country's own affairs ("Hong Kong protests against Beijing"); a
            # pair other than the two named most is tried only when nothing ties them yet
            continue
        # a pair other than the two named most needs a conflict that happens, not one supposed
        # a sentence that ties the pair ("a defence treaty with Armenia") states no standoff
        allied = {
            r.sentence_start for r in known if frozenset((r.a, r.b)) == pair and r.kind in POSITIVE_KINDS
        }
        if (relation := _standoff(doc, pair, index, words, strict=rank > 0, allied=allied)) is not None:
            return [relation]
    return []


def _standoff(
    doc: Doc,
    pair: frozenset[str],
    index: ActorIndex,
    words: dict[str, RelationKind],
    *,
    strict: bool,
    allied: set[int | None],
) -> Relation | None:
    """The pair's relation from the first sentence naming both as parties (not as a place: "near
    the Syrian border") with a word of conflict about them; `strict`, a conflict not negated or
    only supposed (see _only_supposed). Sentences starting at `allied` offsets tie the pair."""
    for sentence in doc.sents:
        if sentence.start_char in allied:
            continue
        named = {
            m.country
            for t in sentence
            if (m := index.at(t))
            and m.country
            and not _a_place_word(t, index)
            and not set_aside(t)
            and not venue_named(t, m)
        }
        if not pair <= named or _same_side(sentence, pair, index):
            continue
        found = [
            words[w]
            for t in sentence
            if (w := t.lemma_.lower()) in words
            and _about(t, pair, index)
            and not (strict and _only_supposed(t))
        ]
        if found:
            kind = RelationKind.HOSTILE if RelationKind.HOSTILE in found else RelationKind.RIVAL
            a, b = sorted(pair)
            return Relation(
                a,
                b,
                kind,
                False,
                sentence.text,
                sentence.start_char,
                sentence.end_char,
                "relations.focus.v1",
                0.5,
            )
    return None


def _same_side(sentence: Span, pair: frozenset[str], index: ActorIndex) -> bool:
    """ "Britain and West Germany opposed a tax", "condemned by Egypt, Greece and Cyprus": the
    two named in one coordination stand together in this sentence."""
    for token in sentence:
        mention = index.at(token)
        if mention is None or mention.country not in pair or token.dep_ == "compound":
            continue
        listed = {
            m.country
            for t in conjuncts(token if token.dep_ != "conj" else token.head)
            if (m := index.find(t))
        }
        listed |= {m.country for t in token.conjuncts if (m := index.find(t))}
        if pair <= listed:
            return True
    return False


# modals of what is only supposed; "will" stays, as threats are part of a standoff
SUPPOSING = MODALS - {"will", "can"}


def _about(word: Token, pair: frozenset[str], index: ActorIndex) -> bool:
    """A conflict word that can speak of the pair: not set aside (see _denied), not a modifier
    of another noun ("trade retaliation provisions", "the energy crisis"), and not aimed at a
    third country ("America's retaliation against Iran")."""
    if denied(word) or word.dep_ == "compound" or _hosted(word):
        return False
    if any(
        c.dep_ in ("amod", "compound") and c.pos_ == "NOUN" and index.at(c) is None for c in word.children
    ):
        return False
    aimed = [c for p in word.children if p.dep_ == "prep" for g in p.children for c in countries(g, index)]
    aimed += modifier_countries(word, index)  # "the Iranian-Iraqi war" is a war of others
    if word.pos_ == "VERB" and not pair & set(_participants(word, index)):
        return False  # "oil increasingly being threatened by the war": no party of the pair acts
    return all(country in pair for country in aimed)


def _hosted(word: Token) -> bool:
    """Troops a state hosts ("it has hosted a NATO battlegroup of about 1,000 troops, led by
    Germany"): a sign of alliance, not of conflict; not "hosted talks on the war"."""
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return word.lemma_.lower() == "troop" and verb is not None and verb.lemma_.lower() == "host"


def _only_supposed(word: Token) -> bool:
    """A conflict word under a negated or conditional verb: "will not try to attack Taiwan", "a
    single shot would invite missile attacks" speak of what does not happen."""
    verb = next((a for a in [word, *word.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    verbs = [verb] if verb is not None else []
    while verbs and verbs[-1].dep_ == "xcomp" and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)  # "China will not try to attack Taiwan": "try" is negated
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in SUPPOSING) for v in verbs for c in v.children
    )


def _a_place_word(token: Token, index: ActorIndex) -> bool:
    """ "the Syrian border", "Syria's coast", "convoys southward from Kuwait", "came from Yemen":
    a country named as the place of something or where it came from."""
    if token.dep_ in ("amod", "compound", "poss") and token.head.lemma_.lower() in PLACE_NOUNS:
        # "near the Syrian border" is a place; "the Kyrgyz-Tajik border" names the two sides
        return len(modifier_countries(token.head, index)) < 2
    return a_place(token, PLACE_PREPS)


def _participants(verb: Token, index: ActorIndex) -> list[str]:
    """The countries a verb's subject, object and agent name."""
    phrases = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    phrases += [g for a in verb.children if a.dep_ == "agent" for g in a.children]
    found = [c for p in phrases for c in countries(p, index)]
    return found or clause_subjects(verb, index)


def _others_named(claim: Claim, mentions: list[ActorMention], before: int = 0) -> list[ActorMention]:
    """Mentions of countries other than the claim's owner, in its sentence and the `before`
    characters ahead of it."""
    return [
        m
        for m in mentions
        if m.country
        and m.country != claim.actor
        and m.field is TextField.BODY
        and claim.sentence_start - before <= m.start < claim.sentence_end
    ]


# words before a country named as a supplier ("bought from Turkey") or a place ("at a conference
# in Addis Ababa"), not as a receiver of aid
NOT_RECEIVING = (" from", " in", " at", " near")


def _sole_other_named(claim: Claim, mentions: list[ActorMention]) -> str | None:
    """The one country besides the donor its sentence names, not as a supplier or a place:
    "Abu Dhabi has long been Abiy's most generous patron, pledging $3bn in aid"."""
    named = {m.country for m in _others_named(claim, mentions) if _may_receive(claim, m)}
    return named.pop() if len(named) == 1 else None


def _may_receive(claim: Claim, mention: ActorMention) -> bool:
    """Not named as a supplier or a place: in the claim's sentence by the words before it,
    before the sentence a capital that is no government ("every hearing in The Hague")."""
    if mention.start < claim.sentence_start:
        return not (mention.kind is MentionKind.CAPITAL and mention.sector is None)
    return not claim.sentence[: mention.start - claim.sentence_start].rstrip().endswith(NOT_RECEIVING)


def _named_around(claim: Claim, mentions: list[ActorMention]) -> str | None:
    """The country named most, other than the claim's owner, in its sentence and the few
    hundred characters before it; of two named as often, the one named last."""
    near = [m for m in _others_named(claim, mentions, AID_CONTEXT_CHARS) if _may_receive(claim, m)]
    counts = Counter(m.country for m in near)
    last = {m.country: m.start for m in near}
    return max(counts, key=lambda c: (counts[c], last[c])) if counts else None
