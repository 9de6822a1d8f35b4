"""Relations stated in a sentence (relations.stated.v1): a cue word and the actors it governs."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations, pairwise

from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, MentionKind, Relation, RelationKind
from ..events.reference import DENOUNCING, GROUP, PEOPLE_WORDS, ActorIndex, a_place
from .acts import RULE as ACTS_RULE
from .acts import tie_acts
from .denials import (
    COPULAS,
    MEMBER_NOUNS,
    NEUTRAL_NOUNS,
    denied,
    imagined_state,
    in_time_phrase,
    none_of,
    said_to_be_over,
)
from .syntax import (
    MODALS,
    POSITIVE_KINDS,
    clause_subjects,
    countries,
    described_actor,
    described_actors,
    modifier_countries,
    named_before,
    object_countries,
    pair_key,
    partner_named,
    partners_named,
    person_before,
    plural_referent,
    subject_of,
)

TIES_BETWEEN_PEOPLES = frozenset(
    {"cultural", "linguistic", "ethnic", "religious", "family", "personal", "historical"}
)


ARMS_WORDS = frozenset({"arms", "arm", "weapons", "weapon", "military", "defence", "defense"})

# cues that state a relation only between two countries named on them
PAIRED_ONLY = frozenset({"crisis"})
# "broke off relations": the partner of the same act this far back (the op-eds' roll calls of
# states following one another run over two or three sentences)
PARTNER_LOOKBACK_TOKENS = 80
# cues of trade that are a tie only in arms
TRADERS = frozenset({"supplier", "customer", "buyer"})
# cues that relate only a doer and its object: "China has punished it with an informal boycott"
ACTS_ON_OBJECT = frozenset({"punish", "boycott"})


# cues of closeness whose object is the partner itself
WAGED = frozenset({"war", "invasion", "occupation"})  # not "campaign in Syria": waged for its government too
# ties one side gives another: those who give them together are not thereby tied ("Australia,
# Bahrain, Canada and the Netherlands provided support")
GIVEN_TO_ANOTHER = frozenset(
    {"support", "backing", "back", "cover", "solidarity", "aid", "help", "assistance", "creditor", "lender"}
)
# cues one side applies to another: "American and Chinese pressure" is two pressing one third
APPLIED_TO_ANOTHER = frozenset({"pressure", "sanction", "embargo", "blockade", "boycott", "ultimatum"})
# attitudes held toward another: "Washington, Paris and Ankara were sympathetic" (to Lisbon)
HELD_TOWARD_ANOTHER = frozenset({"sympathetic"})
OWNING_PRONOUNS = frozenset({"its", "their", "his", "her"})
RARELY = frozenset({"rarely", "seldom", "never", "hardly", "scarcely"})
RELYING = frozenset({"depend", "rely"})
# a state's own bodies, that may depend on another ("The Lebanese army depends on Qatari money")
STATE_BODIES = frozenset({"army", "military", "government", "regime", "state", "economy", "navy", "junta"})
NEARNESS = frozenset({"close", "closer", "lean", "sympathetic"})

DRAWING_VERBS = frozenset({"grow", "move", "draw", "become", "get"})

PACT_TERMS = frozenset({"special"})
COUNCIL_TEXTS = frozenset({"draft", "resolution", "motion"})  # texts states table together at the UN
IMPOSED = frozenset({"embargo", "sanction", "blockade", "boycott"})  # what one state imposes on another
SUFFERING = frozenset({"weather", "survive", "face", "endure", "suffer", "withstand", "defy"})
NOUN_ONLY_CUES = frozenset({"offensive"})  # a campaign; the adjective is another word
PACT_NOUNS = frozenset({"agreement", "pact", "accord", "treaty", "talks"})
# verbs of feeling toward another state, whose object's possessor is that state
ATTITUDES = frozenset({"loathe", "detest", "despise", "resent"})
BREAKING_PACTS = frozenset(
    {"revoke", "scrap", "tear", "abrogate", "cancel", "annul", "repudiate", "renounce", "terminate"}
)

LIST_PREPS = {"of", "between", "among", "with", "against", "on", "for", "from", "to", "by"}

LIST_PREPS |= {"toward", "towards"}

# "war on Iraq", "sanctions against Japan", "in retaliation for Japan's failure", "under
# pressure from Washington", "close ties to Israel", "a blockade by Saudi Arabia and Egypt":
# one side named
PARTNER_ONLY = {"against", "on", "for", "from", "to", "by", "toward", "towards"}

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})

# what is done to relations a state lacks: "has not restored relations with Peking since 1967"
RESTORING = frozenset(
    {"restore", "resume", "establish", "normalise", "normalize", "reestablish", "re-establish"}
)

# ties a state holds from another: "holds ... American backing", "enjoys Polish support"
HELD_TIES = frozenset({"backing", "support", "protection", "friendship", "patronage", "sympathy"})
HOLDER_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.CAPITAL, MentionKind.PERSON})
HOLDING_VERBS = frozenset({"have", "hold", "enjoy", "get", "win", "receive", "retain", "keep", "command"})

# "stands with", "stands by", "stands behind", "stood squarely beside Washington"
STANDING_WITH = frozenset({"with", "by", "behind", "beside"})


# "the war on Kuwait's northern doorstep": a place near a country is not a party to a cue
PLACE_NOUNS = frozenset(
    {"doorstep", "border", "frontier", "soil", "territory", "shore", "water", "coast", "region"}
)


IMBALANCES = frozenset({"surplus", "deficit", "imbalance", "shortfall"})

# Words that press a country over its trade: threats, demands, complaints, protection.
PRESSURE_WORDS = frozenset(
    {
        "press",
        "pressure",
        "urge",
        "demand",
        "retaliate",
        "retaliation",
        "retaliatory",
        "sanction",
        "protectionism",
        "protectionist",
        "complain",
        "complaint",
        "threaten",
        "threat",
        "criticise",
        "criticize",
        "anger",
    }
)


def _kind(
    token: Token, cues: dict[str, RelationKind], modifiers: dict[str, RelationKind]
) -> RelationKind | None:
    """A cue's kind; a neutral noun ("relations", "ties") takes its modifier's ("strained relations")."""
    if token.lemma_.lower() in NEUTRAL_NOUNS or token.lower_ in NEUTRAL_NOUNS:
        if token.lower_ == "terms" and token.dep_ == "pobj" and token.head.lower_ == "in":
            return None  # "denounced Washington in the strongest terms": a manner, not a tie
        words = [c for c in token.children if c.dep_ in ("amod", "compound")]
        # "Relations with South Korea soured last month", the verb read as a participle on them
        words += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and token.dep_ == "ROOT"]
        if any(w.lower_ in TIES_BETWEEN_PEOPLES for w in words):
            return None  # "close cultural and linguistic ties": between peoples, not states
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            return RelationKind.HOSTILE  # "have had no diplomatic relations since 1980"
        if (
            token.dep_ == "dobj"
            and token.head.lemma_.lower() in RESTORING
            and any(c.dep_ == "neg" for c in token.head.children)
        ):
            return RelationKind.HOSTILE  # "Indonesia, which has not restored relations with Peking"
        if token.dep_ in ("nsubj", "nsubjpass"):  # "relations are poor"
            words += [c for c in token.head.children if c.dep_ in ("acomp", "attr")]
            # "relations are at their worst in years"
            words += [
                g for c in token.head.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children
            ]
        if token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.pos_ == "VERB":
            words.append(token.head)  # "ties have thawed", "Turkey has strained ties with Washington"
        kind = next(
            (modifiers[w] for t in words for w in (t.lower_, t.lemma_.lower()) if w in modifiers), None
        )
        if kind in POSITIVE_KINDS and token.dep_ in ("nsubj", "nsubjpass") and _denied_state(token.head):
            # "Relations between Kinshasa and Kampala have rarely been warm": cool at best; not
            # "have not been this frosty in decades", a negation that says how bad
            return RelationKind.RIVAL
        return kind
    if token.lemma_.lower() in PACT_NOUNS:
        # "a friendship treaty", "the strategic partnership treaty": a tie's own word names it
        named = (cues.get(n) for n in _pact_names(token) if n in cues)
        return _pact_kind(token, modifiers) or next(named, None)
    if _sided_with(token):
        return RelationKind.FRIENDLY
    if _faced_off(token):
        return RelationKind.HOSTILE
    if token.lemma_.lower() == "fall" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return RelationKind.RIVAL  # "Paris, which fell out with Damascus last year"
    if token.pos_ not in CONTENT_POS:
        return None  # "switch back to U.S. corn": a particle, not the verb "back"
    if token.lemma_.lower() == "love" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return RelationKind.RIVAL  # "Japan, which has no love for Pyongyang"; "no love lost between"
    if _no_friend_of(token):
        return RelationKind.RIVAL  # "Manila, still pressing its claim to Sabah, is no friend of Malaysia"
    if token.lemma_.lower() == "guarantor" and token.dep_ in ("amod", "compound"):
        return None  # "the three guarantor powers" guarantee a third state, not each other
    if token.lemma_.lower() == "axis" and any(
        w.lower_ in ("evil", "trade", "economic") for w in token.subtree
    ):
        return None  # "the axis of evil" names a president's enemies; "the trade axis" a market
    if token.lower_ in NOUN_ONLY_CUES and token.dep_ == "amod":
        return None  # "the first offensive use of a nerve agent": a kind of use, not a campaign
    if (taken := _taken_side(token)) is not None or (taken := _drawn_close(token)) is not None:
        return taken
    if _relied_on(token):
        return RelationKind.FRIENDLY
    if token.lemma_.lower() == "orbit" and token.head.lower_ in ("of", "from"):
        return None  # "slipped out of Moscow's orbit": leaving it
    if token.lemma_.lower() == "court" and token.pos_ != "VERB":
        return None  # "the court in The Hague"; "Moscow has courted Mr Ortega" is wooing
    if token.lemma_.lower() == "cover" and not (
        token.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    ):
        return None  # "cover the costs", "news cover"; "flown cover for Assad's offensive" is support
    if token.lemma_.lower() in TRADERS and not any(c.lower_ in ARMS_WORDS for c in token.children):
        # "Russia, India's oldest arms supplier", "Moscow's best arms customer"; not "West
        # Germany's main coffee supplier"
        return None
    return cues.get(token.lemma_.lower()) or cues.get(token.lower_)


def _denied_state(verb: Token) -> bool:
    """A copula whose state is denied: "have rarely been warm", "are not friendly"."""
    return any(c.dep_ == "neg" or c.lower_ in RARELY for c in verb.children)


def _nearest_to(cue: Token, index: ActorIndex) -> list[tuple[str, str]] | None:
    """ "Syria and Libya are the nearest it has to allies", "Minsk is the closest thing Moscow
    has to a friend": the copula's subjects and the one who "has" them, or None when the cue is
    not in that idiom."""
    have = cue.head.head if cue.dep_ == "pobj" and cue.head.lower_ == "to" else None
    if have is None or have.lemma_.lower() != "have" or have.dep_ != "relcl":
        return None
    nearest = have.head
    if not any(t.lower_ in ("nearest", "closest") for t in (nearest, *nearest.children)):
        return None
    named = clause_subjects(nearest.head, index) if nearest.dep_ == "attr" else []
    holder = subject_of(have)
    if holder is None or not named:
        return None
    holders = countries(holder, index)
    if not holders and holder.lower_ == "it" and (before := named_before(holder, index, *named)):
        holders = [before]  # "Iran has almost no friends ...; Syria and Libya are the nearest it has"
    return [(h, other) for h in holders for other in named if h != other]


def _taken_side(token: Token) -> RelationKind | None:
    """Siding with another: "Turkey sided with Azerbaijan", "Moscow took Belgrade's side",
    "Ankara stands with its Azerbaijani brothers", "London stands by Belize", "Kenya's president
    gets on with both men", "Britain stood squarely beside Washington". Not "the Iraqi side
    said": a side alone is one party."""
    lemma = token.lemma_.lower()
    if lemma == "side" and token.pos_ == "VERB":
        return RelationKind.FRIENDLY
    if lemma == "side" and token.dep_ == "dobj" and token.head.lemma_.lower() == "take":
        # "China, India, South Africa and 32 others did not take sides": no one's side
        return None if any(c.dep_ == "neg" for c in token.head.children) else RelationKind.FRIENDLY
    if (
        lemma == "get"
        and any(c.dep_ == "prt" and c.lower_ in ("on", "along") for c in token.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    ):
        return RelationKind.FRIENDLY  # "Kenya's president gets on with both men"
    if (
        lemma == "stand"
        and token.pos_ == "VERB"
        and any(c.dep_ == "prep" and c.lower_ in STANDING_WITH for c in token.children)
        # "send Arab troops to stand beside the Americans": those sent stand there, not the sender
        and not (
            token.dep_ in ("advcl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and any(c.dep_ == "dobj" for c in token.head.children)
        )
    ):
        return RelationKind.FRIENDLY
    return None


def _sided_with(token: Token) -> bool:
    """Being with another, a copula's stance: "Jamaica and Barbados are firmly with Washington".
    Not "at odds with": the with-phrase then hangs on the state named."""
    if token.lemma_.lower() != "be":
        return False
    children = {(c.dep_, c.lower_) for c in token.children}
    deps = {d for d, _ in children}
    # "with Italy it was 70.4 billion", "are the only nations with surpluses with the US": a
    # predicate of its own says what the subject is
    return ("prep", "with") in children and not deps & {"neg", "attr", "acomp", "expl"}


def _faced_off(token: Token) -> bool:
    """Forces facing each other: "Indian and Chinese troops have been facing each other since May"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("face", "confront", "eye"):
        return False
    if any(w.lemma_.lower() == "proxy" for w in token.subtree):
        return False  # "where the two rivals face each other by proxy": through others
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(
        o.lower_ in ("other", "another") and o.i > 0 and o.doc[o.i - 1].lower_ in ("each", "one")
        for o in objects
    )


def _drawn_close(token: Token) -> RelationKind | None:
    """Closeness stated as a place: "Kenya and the United States are close to Juba", "Ankara
    and Moscow have grown much closer", "leaned unusually hard toward New Delhi". Not "close to
    500 people": the pairing then finds no country."""
    lemma, preps = token.lemma_.lower(), {c.lower_ for c in token.children if c.dep_ == "prep"}
    if lemma == "lean" and preps & {"toward", "towards", "to"}:
        return RelationKind.FRIENDLY
    if token.lower_ in ("close", "closer") and token.pos_ in ("ADJ", "ADV") and token.dep_ != "amod":
        grown = token.lower_ == "closer" and token.head.lemma_.lower() in DRAWING_VERBS
        if "to" in preps or grown:
            return RelationKind.FRIENDLY
    return None


def _helped_with(cue: Token) -> bool:
    """A fight named as what help is for: "cover for Assad's offensive", "money for its war"."""
    return cue.dep_ == "pobj" and cue.head.lower_ == "for" and cue.head.head.pos_ in ("NOUN", "VERB")


def _waged_in(cue: Token, index: ActorIndex) -> str | None:
    """The country a war, invasion or occupation is "in" ("its war in Ukraine")."""
    if cue.lemma_.lower() not in WAGED:
        return None
    return next(iter(partners_named(cue, index, ("in",))), None)


def _relied_on(token: Token) -> bool:
    """Reliance on another state: "Russia has come to depend on Iranian drones", "India, which
    has long leaned on Moscow for arms". Not pressure ("Washington leaned on Seoul to accept",
    "leaned hard on Kiev"): leaning counts only when long-standing or for something."""
    lemma, children = token.lemma_.lower(), list(token.children)
    on = next((c for c in children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is None or token.pos_ != "VERB" or token.dep_ == "prep":
        return False  # "depending on which translation one prefers": a condition, as a preposition
    if any(p.dep_ == "prep" and p.lower_ in ("from", "of") for g in on.children for p in g.children):
        return False  # "relies on loans from its Gulf allies": the lenders' tie is read from "allies"
    subject = subject_of(token)
    if subject is not None and (
        (subject.pos_ not in ("PROPN", "PRON") and subject.lemma_.lower() not in STATE_BODIES)
        or subject.lower_ in ("this", "it", "that")
    ):
        # "whose garment factories depend on the American market": trade, not a tie; "this
        # would depend on Taiwan's ability": a condition
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
        return False
    if lemma in RELYING:
        return True
    if lemma != "lean" or any(c.dep_ in ("xcomp", "ccomp") for c in children):
        return False
    lasting = any(c.dep_ == "advmod" and c.lower_ in ("long", "heavily") for c in children)
    wanted = any(c.dep_ == "prep" and c.lower_ == "for" for c in [*children, *on.children])
    # "Kabila leans on Angola": a present habit is reliance; "leaned hard on Kiev" pressure
    habitual = token.tag_ in ("VBZ", "VBP") and not any(c.lower_ == "hard" for c in children)
    return lasting or wanted or habitual


def _named_defence_pact(
    pact: Token, index: ActorIndex, modifiers: dict[str, RelationKind]
) -> tuple[str, str] | None:
    """A named defence treaty in a sentence that names just two states binds those two: "The 1951
    Mutual Defense Treaty commits the United States to respond to an armed attack on Philippine
    forces" (a named treaty naming more states, or none, is left alone)."""
    if pact.lemma_.lower() not in PACT_NOUNS or pact.pos_ != "PROPN":
        return None
    following = pact.doc[pact.i + 1] if pact.i + 1 < len(pact.doc) else None
    if following is not None and following.lower_ in ("organization", "organisation"):
        return None  # "the Collective Security Treaty Organization": a bloc, read by its members' acts
    if not any(modifiers.get(n) is RelationKind.ALLIANCE for n in _pact_names(pact)):
        return None
    named = list(dict.fromkeys(m.country for t in pact.sent if (m := index.at(t)) is not None and m.country))
    return (named[0], named[1]) if len(named) == 2 else None


def _pact_kind(pact: Token, modifiers: dict[str, RelationKind]) -> RelationKind | None:
    """A pact noun takes the kind of what it is for: "free trade agreements with Canada and
    Israel" is a friendship, "a defence pact" an alliance; a pact for nothing named is neither.
    A pact torn up is a rupture: "Niamey revoked its military accord with Washington"."""
    if pact.dep_ in ("dobj", "nsubjpass") and pact.head.lemma_.lower() in BREAKING_PACTS:
        return RelationKind.RIVAL
    words = _pact_words(pact)
    if any(w.pos_ == "PROPN" and w.ent_type_ not in ("GPE", "NORP") for w in words):
        return None  # a named treaty ("the African Continental Free Trade Area agreement") binds many
    # "a special agreement to send the dispute to the ICJ" is a legal term, no special relationship
    return next((modifiers[n] for n in _pact_names(pact) if n in modifiers and n not in PACT_TERMS), None)


def _pact_words(pact: Token) -> list[Token]:
    return [t for t in pact.subtree if t.i < pact.i and t.dep_ in ("amod", "compound")]


def _pact_names(pact: Token) -> list[str]:
    """The one- and two-word modifiers before a pact noun: "mutual defense", "free trade"."""
    words = _pact_words(pact)
    return [w.lower_ for w in words] + [f"{a.lower_} {b.lower_}" for a, b in pairwise(words)]


def stated_relations(
    doc: Doc,
    mentions: tuple[ActorMention, ...],
    cues: dict[str, RelationKind],
    modifiers: dict[str, RelationKind] | None = None,
) -> list[Relation]:
    index = ActorIndex.build(doc, mentions)
    modifiers = modifiers if modifiers is not None else {}
    # one relation per pair and sign: trade partners can be trade rivals too ("Taiwan's
    # largest trading partner" and "growing pressure from the United States")
    found: dict[tuple[frozenset[str], bool], Relation] = {}
    for sentence in doc.sents:
        for token in sentence:
            kind = _kind(token, cues, modifiers)
            if kind is None and (pair := _named_defence_pact(token, index, modifiers)) is not None:
                alliance = RelationKind.ALLIANCE
                _keep(found, _relation(*pair, alliance, token, sentence))
            if kind is None or in_time_phrase(token) or (denied(token) and not _no_friend_of(token)):
                continue
            if (nearest := _nearest_to(token, index)) is not None:
                # "Syria and Libya are the nearest it has to allies": close, short of the tie
                for a, b in nearest:
                    _keep(found, _relation(a, b, RelationKind.FRIENDLY, token, sentence))
                continue
            for a, b in _pairs(token, index, kind):
                if a != b:
                    _keep(found, _relation(a, b, kind, token, sentence))
        for a, b, imbalance in _pressed_imbalances(sentence, index):
            rival = RelationKind.RIVAL
            _keep(found, _relation(a, b, rival, imbalance, sentence))
        for a, b, kind, act in tie_acts(sentence, index):
            _keep(found, _relation(a, b, kind, act, sentence, ACTS_RULE, 0.6))
    return list(found.values())


def denied_pairs(
    doc: Doc,
    mentions: tuple[ActorMention, ...],
    cues: dict[str, RelationKind],
    modifiers: dict[str, RelationKind] | None = None,
) -> dict[int, set[frozenset[str]]]:
    """For each sentence (by its start), the pairs a cue there would tie but the sentence says
    the tie is over (see said_to_be_over) or that there is none of it ("has no quarrel with"):
    "the Americans, who were Pakistan's patrons for most of the Cold War" leaves no tie for the
    classifier to read back in. Other denials are left to
    it: "its friends in Moscow and Beijing will not fight for it" denies a fight, not the
    friendship."""
    index = ActorIndex.build(doc, mentions)
    out: dict[int, set[frozenset[str]]] = {}
    for sentence in doc.sents:
        for token in sentence:
            kind = _kind(token, cues, modifiers or {})
            if kind is None or not (said_to_be_over(token) or none_of(token) or imagined_state(token)):
                continue
            pairs = {frozenset((a, b)) for a, b in _pairs(token, index, kind) if a != b}
            if not pairs and none_of(token):
                # "Beijing has no quarrel with the intervention: Xi sent Mr Tokayev a message":
                # no quarrel of the subject's in the sentence, whoever it is with
                named = {m.country for t in sentence if (m := index.at(t)) is not None and m.country}
                pairs = {frozenset((a, b)) for a in clause_subjects(token, index) for b in named if a != b}
            out.setdefault(sentence.start_char, set()).update(pairs)
    return out


def _keep(found: dict[tuple[frozenset[str], bool], Relation], relation: Relation) -> None:
    """The first relation of a pair and sign, unless a later one is stated more surely: a cue
    word ("on chummy terms") over an act read earlier ("arrested 22 people ... plot to
    assassinate U.S. and Israeli diplomats")."""
    key = pair_key(relation.a, relation.b, relation.kind)
    if key not in found or relation.confidence > found[key].confidence:
        found[key] = relation


def _relative_owner(cue: Token, index: ActorIndex) -> ActorMention | None:
    """Whose ally a relative clause says it is: "Turkey, the ally the Pentagon most needed" is
    the Pentagon's ally."""
    if cue.lemma_.lower() not in MEMBER_NOUNS:
        return None
    clauses = [c for c in cue.children if c.dep_ == "relcl" and not any(g.dep_ == "neg" for g in c.children)]
    subjects = [
        s for c in clauses if (s := subject_of(c)) is not None and s.lower_ not in ("which", "that", "who")
    ]
    if clauses and not subjects:
        # the parser may take the clause's subject for an apposition: "the ally [the Pentagon]
        # most needed", with no comma between
        subjects = [
            c
            for c in cue.children
            if c.dep_ == "appos"
            and cue.i < c.i < clauses[0].i
            and not any(t.is_punct for t in cue.doc[cue.i : c.i])
        ]
    return next((m for s in subjects if (m := index.find(s)) is not None and m.country), None)


def _pressed_imbalances(sentence: Span, index: ActorIndex) -> Iterator[tuple[str, str, Token]]:
    """A trade imbalance between two countries in a sentence that presses for its cut: "he had
    urged Japan to do much more to reduce its large trade surplus with the United States",
    "Washington pressed for more reductions ... of its huge trade deficit with Taipei". Trade
    news states rivalry this way more often than with a word for it."""
    if not any(t.lemma_.lower() in PRESSURE_WORDS for t in sentence):
        return
    for token in sentence:
        if token.lemma_.lower() not in IMBALANCES:
            continue
        partner = _imbalance_partner(token, index)
        owner = _imbalance_owner(token, index, partner) if partner else None
        if partner and owner and owner != partner:
            yield owner, partner, token


def _imbalance_partner(imbalance: Token, index: ActorIndex) -> str | None:
    """The country of the with-phrase on an imbalance noun, or just after it."""
    preps = [c for c in imbalance.children if c.lower_ == "with"]
    following = imbalance.doc[imbalance.i + 1] if imbalance.i + 1 < len(imbalance.doc) else None
    if following is not None and following.lower_ == "with":
        preps.append(following)
    for prep in preps:
        found = [c for g in prep.children if g.dep_ == "pobj" for c in countries(g, index)]
        if found:
            return found[0]
    return None


def _imbalance_owner(imbalance: Token, index: ActorIndex, partner: str) -> str | None:
    """Whose imbalance: its possessor ("Japan's", "its": the country named before), its
    modifier ("the U.S. deficit"), else the one other country its sentence names."""
    for child in imbalance.children:
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            return named_before(child, index, partner)
        if child.dep_ in ("poss", "compound", "amod", "nmod") and (m := index.find(child)) and m.country:
            return m.country
    others = {m.country for t in imbalance.sent if (m := index.at(t)) and m.country and m.country != partner}
    return others.pop() if len(others) == 1 else None


def _relation(
    a: str,
    b: str,
    kind: RelationKind,
    cue: Token,
    sentence: Span,
    rule: str = "relations.stated.v1",
    confidence: float = 0.75,
) -> Relation:
    head = cue.head if cue.pos_ == "ADJ" and cue.head.i != cue.i else cue  # "chummy" -> "chummy terms"
    phrase = cue.doc[head.left_edge.i : head.right_edge.i + 1].text
    return Relation(a, b, kind, True, phrase, sentence.start_char, sentence.end_char, rule, confidence)


MAKERS_REACH = 8  # "the treaty the two governments signed": the words between the noun and its verb
MAKING_VERBS = frozenset({"sign", "forge", "conclude", "form", "seal", "strike", "negotiate", "build"})


def _pairs(cue: Token, index: ActorIndex, kind: RelationKind | None = None) -> Iterator[tuple[str, str]]:
    if _an_organisations(cue, index) or _a_range(cue) or _equated(cue):
        return
    modifiers = modifier_countries(cue, index)
    if cue.lemma_.lower() in PAIRED_ONLY and not partners_named(cue, index):
        # "the crisis between Greece and Turkey", "a crisis with Turkey"; not "Bangladesh's
        # food crisis"
        listed = [
            c for p in cue.children if p.lower_ == "between" for g in p.children for c in countries(g, index)
        ]
        named = list(dict.fromkeys(modifiers if len(modifiers) >= 2 else listed))
        yield from combinations(named, 2)
        return
    if not modifiers and (pair := _their_pair(cue, index)):
        yield pair  # "Iraq had foiled Iran's promise of a decisive victory in their war"
        return
    if len(modifiers) >= 2 and cue.lemma_.lower() in GIVEN_TO_ANOTHER:
        # "with Iranian and Russian backing, they helped keep Assad in power": two givers of
        # one help; each is tied to whoever gets it, not to the other
        return
    if len(modifiers) >= 2 and cue.lemma_.lower() in APPLIED_TO_ANOTHER and _coordinated_modifiers(cue):
        return  # "American and Chinese pressure may count" (not "the U.S.-Iran sanctions row")
    if len(modifiers) >= 2:  # "the U.S.-Japan microchip row", "the Armenia-Azerbaijan conflict"
        yield from combinations(modifiers, 2)
        return
    if unnamed := _two_unnamed(cue, index):
        yield from unnamed  # "two of Washington's smallest allies ... went to war"
        return
    if made := _made_by(cue, index):
        yield from made  # "the strategic partnership treaty the two countries signed in January"
        return
    group = [
        m.country for c in cue.children if c.dep_ == "poss" for m in index.group(c, cue.sent) if m.country
    ]
    if len(group) == 2:  # "the two nations' harmonious trade relations"
        yield group[0], group[1]
        return
    if len(modifiers) == 1:  # "U.S. pressure on Taiwan", "South Korea is under U.S. pressure"
        # not "the Vietnam War": a single country before the cue is a party only when the
        # other is named on/against/with, or is the subject that is "under" it
        other = (
            partner_named(cue, index)
            or (_under(cue, index) if cue.head.lower_ == "under" else None)
            or _holder(cue, index)
        )
        others = [o for o in partners_named(cue, index) if o != modifiers[0]]
        if not others and other and other != modifiers[0]:
            others = [other]
        owned = any(c.dep_ == "poss" for c in cue.children)
        if (
            not others
            and cue.lemma_.lower() in IMPOSED
            and cue.dep_ == "dobj"
            and cue.head.lemma_.lower() in SUFFERING
        ):
            # "Lithuania weathered a Chinese trade embargo": imposed on the clause's subject
            others = [o for o in clause_subjects(cue, index)[:1] if o != modifiers[0]]
        if not others and cue.lemma_.lower() in MEMBER_NOUNS and cue.dep_ in ("attr", "appos") and not owned:
            # "Japan is an American ally", "Cuba, a Soviet client": the state it describes
            others = [d for d in [described_actor(cue, index)] if d and d != modifiers[0]]
        if not others and cue.lemma_.lower() in MEMBER_NOUNS and owned:
            # "The Soviet Union will not fight its Chinese ally": whose the pronoun says
            others = _pronoun_owners(cue, index, modifiers)
        if others:  # "the U.S. free trade agreements with Canada and Israel"
            yield from ((modifiers[0], o) for o in others)
            return
    following = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if following is not None and following.pos_ == "PROPN" and index.at(following) is None:
        return  # "Iran's ally Hezbollah": a relation with a named group, not a state
    if (named := _appositive_group(cue, index)) is not None:
        owner = next((index.find(c) for c in cue.children if c.dep_ == "poss"), None)
        if owner is not None and owner.country and owner.country not in named:
            # "Paris and Berlin, Ukraine's partners in the Normandy format": each is Ukraine's
            yield from ((member, owner.country) for member in named)
            return
        yield from combinations(named, 2)  # "Washington and Beijing, rivals nearly everywhere"
        return
    if (titled := _titled_pair(cue, index)) is not None:
        yield titled  # "its Gulf War enemy Iran", "Saudi Arabia's ally Bahrain"
        return
    if regarded := _regarded_as(cue, index):
        yield from regarded  # "North Korea regards the United States as its principal enemy"
        return
    if cue.pos_ == "VERB" and (verb_pairs := list(_verb_pairs(cue, index))):
        yield from verb_pairs  # "Kuwait has backed Iraq", "Iraq, backed by Kuwait"
        return
    if cue.lemma_.lower() in ACTS_ON_OBJECT:
        return  # "punishing a country that hosts refugees": no state as its object
    # "retaliatory action against Japan", "sanctions imposed against Japan": the phrase may
    # hang on the noun an adjective cue qualifies, or on a participle after the cue
    carriers = [cue, *(c for c in cue.children if c.dep_ == "acl")]
    if cue.pos_ == "ADJ" and cue.dep_ == "amod":
        carriers.append(cue.head)
    children = [c for node in carriers for c in node.children]
    if cue.dep_ == "dobj" and cue.lower_ in NEUTRAL_NOUNS:
        # "cutting ties with the South": the with-phrase hangs on the verb
        children += [c for c in cue.head.children if c.dep_ == "prep" and c.lower_ == "with"]
    # "imposed sanctions on India on May 13 and on Pakistan on Saturday": the parser hangs the
    # second target on the verb's date phrase
    also_on = (
        [c for p in cue.head.children if p.dep_ == "prep" and p.lower_ == "on" for c in p.conjuncts]
        if cue.dep_ == "dobj" and cue.lemma_.lower() in IMPOSED
        else []
    )
    if cue.dep_ == "pobj" and cue.head.lower_ == "of":
        # "statements of solidarity with Riyadh": the phrase hung on the noun the cue is "of"
        children += [
            c
            for c in cue.head.head.children
            if c.dep_ == "prep" and c.lower_ in ("with", "for") and c.i > cue.i
        ]
    for child in children:
        if child.lower_ == "against" and kind in POSITIVE_KINDS:
            continue  # "backing against Cambodia": the adversary of the backing, not its partner
        if child.lower_ == "on" and cue.lemma_.lower() in MEMBER_NOUNS:
            continue  # "a partner on Libya": what they work on, not a partner
        if child.lower_ == "from" and cue.pos_ == "VERB" and _capitals_only(child, index):
            continue  # "France will fight from Niamey": where it fights from, not whom
        if child.dep_ == "prep" and child.lower_ in LIST_PREPS:
            # "relations with Tehran and with Baghdad": the conjoined phrases too
            phrases = [child, *(c for c in child.conjuncts if c.lower_ == child.lower_)]
            if child.lower_ == "on" and child.head == cue:
                phrases += also_on
            objects = [
                g
                for p in phrases
                for g in p.children
                if g.dep_ == "pobj" and g.lemma_.lower() not in PLACE_NOUNS
            ]
            listed = [c for g in objects for c in countries(g, index)]
            if objects and not listed and all(_a_named_non_state(g, index) for g in objects):
                return  # "refugees with no love for the Hashemites": a tie with no state
            if cue.lemma_.lower() in NEARNESS:  # "close to Juba", not "sympathetic to Tokyo's efforts"
                listed = [c for g in objects if index.at(g) for c in countries(g, index)]
            member = _what_is_named(cue, index) if cue.lemma_.lower() in MEMBER_NOUNS else None
            grouped = (
                [m.country for m in index.group(objects[0], cue.sent, member) if m.country] if objects else []
            )
            if objects and _both_alone(objects[0]):
                # "America is the ally of both", "Beijing is on chummy terms with both", "Kenya's
                # president gets on with both men"
                side = member or next(iter(clause_subjects(cue, index)), None)
                grouped = [m.country for m in index.both(objects[0], side) if m.country]
            if len(grouped) == 2 or (grouped and not listed):
                listed = grouped  # "friction between the two countries", "the friend of both capitals"
            if len(listed) >= 2 and child.lower_ not in PARTNER_ONLY:
                # "trade rows with the U.S. and Britain" are Japan's with each; "the alliance
                # of Iran, Russia and Armenia" binds every pair; "an ally of America and
                # Germany" binds only the ally, to each
                if child.lower_ == "of" and cue.lemma_.lower() in MEMBER_NOUNS:
                    yield from ((member, p) for p in dict.fromkeys(listed) if member and p != member)
                elif child.lower_ != "with":
                    yield from combinations(dict.fromkeys(listed), 2)
                elif (other := _other_side(cue, index, listed[0])) and other not in listed:
                    yield from ((other, p) for p in dict.fromkeys(listed))
                return
            partner = listed[0] if listed else None
            others = _other_sides(cue, index, partner) if partner else []
            if partner and not others and child.lower_ in PARTNER_ONLY and not _condemned(cue):
                others = [o] if (o := _sole_other(cue.sent, set(listed), index)) else []
            if partner and not others and child.lower_ == "with" and (unowned := _unowned_ties(cue, index)):
                others = [unowned]  # "Tokyo is short of friends. Relations with South Korea soured"
            if partner and others and others != [partner]:
                # "Russia, a nation closely allied with the Islamic Republic"; "a blockade by
                # Saudi Arabia and Egypt": each one named on the partner side; "Saudi Arabia
                # and Kuwait are sympathetic to Iraq": each subject on the other
                partners = listed if child.lower_ in PARTNER_ONLY else [partner]
                yield from ((o, p) for o in others for p in dict.fromkeys(partners) if p != o)
                return
    owner = next((index.find(c) for c in cue.children if c.dep_ == "poss"), None) or _relative_owner(
        cue, index
    )
    waged_in = _waged_in(cue, index)
    if owner is not None and owner.country and waged_in and waged_in != owner.country:
        yield owner.country, waged_in  # "Russia's war in Ukraine": a state's war is on the land it is in
        return
    if owner is not None and owner.country and len(modifiers) == 1 and modifiers[0] != owner.country:
        yield owner.country, modifiers[0]  # "Libya's Soviet patrons", "Iran's Russian allies"
        return
    if owner is not None and owner.country and (named := _predicated(cue, index)):
        # "Turkey's partners in this venture are Washington, Riyadh and Doha"
        yield from ((owner.country, c) for c in named if c != owner.country)
        return
    if owner is None and (named := _predicated(cue, index)) and (group := _pronoun_owners(cue, index, named)):
        # "The AES states have quit ECOWAS; their remaining friends are Moscow and Ankara";
        # "Eritrea has few friends. Its one dependable partner is Ethiopia"
        yield from ((g, c) for g in group for c in dict.fromkeys(named) if c not in group)
        return
    # "flown cover for Assad's offensive": who helps with a war is no party against its owner
    other = None if _helped_with(cue) else described_actor(cue, index)
    named = next(
        (n for c in cue.children if c.dep_ == "poss" and (n := index.state_named_as(c, other_than=other))),
        None,
    )
    if (owner is None or not owner.country) and named and other:
        yield named, other  # "Iran, the regime's one steadfast ally"
        return
    phrase = cue.head.head if cue.dep_ == "pobj" and cue.head.lower_ == "of" else cue
    if owner is not None and owner.country and other and not (phrase is not cue and phrase.dep_ == "dobj"):
        # "Turkey, one of Iran's main regional rivals"; not "China has warned two of
        # Washington's closest allies": the object of what the subject does
        yield from ((owner.country, o) for o in described_actors(cue, index) if o != owner.country)
        return
    pronoun = next((c for c in cue.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    named = [c for a in cue.children if a.dep_ == "appos" for c in countries(a, index)]
    whose = None
    if pronoun is not None and cue.dep_ == "appos" and (named := countries(cue.head, index)):
        # "[Iran] asked France to stop selling weapons to Iraq, its enemy": the clause's subject
        whose = next((c for c in clause_subjects(cue, index) if c not in named), None)
    if pronoun is not None and named and (whose := whose or named_before(pronoun, index, named[0])):
        # "loans from its Gulf Arab allies, particularly Saudi Arabia and Kuwait"
        yield from ((whose, member) for member in dict.fromkeys(named) if member != whose)
        return
    partner = partner_named(cue, index)
    if partner is None and cue.lemma_.lower() in WAGED:
        partner = _waged_in(cue, index)  # "its war in Ukraine"
    if pronoun is not None and partner and (whose := named_before(pronoun, index, partner)):
        yield whose, partner  # "to strike back against the United States for its sanctions on Japan"
        return
    subjects = clause_subjects(cue, index)
    # "Russia and Cuba remain its most reliable partners": its owner is named before them
    whose = named_before(pronoun, index, *subjects) if pronoun is not None and cue.dep_ == "attr" else None
    if subjects and whose is not None:
        yield from ((whose, s) for s in dict.fromkeys(subjects))
        return
    if len(subjects) >= 2 and (partner := _partner_before(cue, index, subjects)) is not None:
        # "the kingdom was cutting diplomatic relations with Iran. ... Bahrain and Sudan broke off
        # relations outright": each with the partner named before, not with each other
        yield from ((s, partner) for s in dict.fromkeys(subjects))
        return
    # two subjects giving, applying or feeling something ("Britain and France imposed sanctions")
    # stand together toward a third, not toward each other
    if (
        len(subjects) >= 2
        and cue.lemma_.lower() not in GIVEN_TO_ANOTHER | APPLIED_TO_ANOTHER | HELD_TOWARD_ANOTHER
        and not _picked(cue)
        and not _verb_of_a_noun(cue)
    ):
        yield from combinations(dict.fromkeys(subjects), 2)  # "Azerbaijan and Israel are on chummy terms"


def _no_friend_of(token: Token) -> bool:
    """ "is no friend of Malaysia": a friend denied, of a state named (not "no friends left
    except Iran", which names the one it has)."""
    return (
        token.lemma_.lower() in ("friend", "ally")
        and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        and not any(t.lower_ in ("except", "but", "save") for t in token.subtree)
    )


def _under(cue: Token, index: ActorIndex) -> str | None:
    """Who is "under" a cue: the noun the phrase qualifies ("a country already under Azerbaijani
    blockade": that country, whoever the sentence's subject is), else the clause's subject."""
    held = cue.head.head
    if held.pos_ in ("NOUN", "PROPN", "PRON"):
        found = index.find(held)
        return found.country if found is not None else None
    return described_actor(cue, index) or _subject_owner(cue, index)


def _holder(cue: Token, index: ActorIndex) -> str | None:
    """Who has a positive cue as its object: "Australia holds ... distant American backing",
    "Kyiv enjoys Polish support": the subject of the having verb."""
    if cue.lemma_.lower() not in HELD_TIES:
        return None
    phrase = cue
    while phrase.dep_ == "conj":
        phrase = phrase.head  # "holds the better weapons, a mandate and American backing"
    if phrase.dep_ != "dobj" or phrase.head.lemma_.lower() not in HOLDING_VERBS:
        return None
    subject = subject_of(phrase.head)
    named = index.at(subject) if subject is not None else None
    if subject is None or (subject.pos_ != "PRON" and (named is None or named.kind not in HOLDER_KINDS)):
        return None  # "whose Libyan National Army enjoys Egyptian backing": a force, maybe a militia
    return next(iter(clause_subjects(phrase.head, index)), None)


def _made_by(cue: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """The states a clause right after a tie's noun says made it: "the treaty the two countries
    signed", "the alliance Damascus and Tehran forged in 1980" (read from the words: the parser
    seldom sees such a clause)."""
    doc = cue.doc
    words = doc[cue.i + 1 : min(cue.sent.end, cue.i + 1 + MAKERS_REACH)]
    verb = next((t for t in words if t.lemma_.lower() in MAKING_VERBS), None)
    if verb is None or verb.i == cue.i + 1:
        return []
    makers = doc[cue.i + 1 : verb.i]
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in makers):
        return []
    named = [m.country for t in makers if (m := index.at(t)) is not None and m.country]
    words = " ".join(t.lower_ for t in makers)
    if len(set(named)) < 2 and GROUP.match(words):  # "the two countries"
        named = [m.country for m in index.recent_pair(makers.root, cue.sent, words) if m.country]
    named = list(dict.fromkeys(named))
    return list(combinations(named, 2)) if len(named) >= 2 else []


def _a_named_non_state(noun: Token, index: ActorIndex) -> bool:
    """A name no actor table knows: "the Hashemites", "Hezbollah"."""
    return noun.pos_ == "PROPN" and index.at(noun) is None and not index.members(noun)


def _equated(cue: Token) -> bool:
    """ "aggression against North Vietnam is aggression against China": a cue a copula equates
    with the same word, a doctrine; the first target is no doer."""
    if cue.dep_ != "attr" or cue.head.lemma_.lower() not in COPULAS:
        return False
    subject = subject_of(cue.head)
    return subject is not None and subject.lemma_.lower() == cue.lemma_.lower()


def _coordinated_modifiers(cue: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.conjuncts for c in cue.children)


def _verb_of_a_noun(cue: Token) -> bool:
    """A verb cue in a clause on a noun or an adjective: "Britain and France ... combine
    nuclear weapons and navies able to fight far from home" says what the navies can do, not
    that the two fight each other."""
    if cue.pos_ != "VERB":
        return False
    for node in [cue, *cue.ancestors]:
        if node.pos_ in ("VERB", "AUX") and subject_of(node) is not None:
            return False
        if node.pos_ in ("NOUN", "PROPN", "ADJ"):
            return True
    return False


def _two_unnamed(cue: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "Two of Washington's smallest allies went to war", naming neither: the two the article
    is about, each with the owner."""
    two = cue.head.head
    if not (cue.dep_ == "pobj" and cue.head.lower_ == "of" and two.lower_ == "two"):
        return []
    if cue.lemma_.lower() not in MEMBER_NOUNS or two.dep_ not in ("nsubj", "nsubjpass"):
        return []  # "China has warned two of Washington's closest allies": not the article's pair
    if any(c.dep_ in ("appos", "conj") for c in (*two.children, *cue.children)):
        return []  # "two of Washington's allies, South Korea and the Philippines": named there
    owner = next((m.country for c in cue.children if c.dep_ == "poss" and (m := index.find(c))), None)
    pair = [c for c in index.article_pair() if c != owner]
    return [(owner, member) for member in pair] if owner and len(pair) == 2 else []


def _unowned_ties(cue: Token, index: ActorIndex) -> str | None:
    """Whose "relations with South Korea" a sentence opens with, naming no owner: the country the
    sentence before is about ("Tokyo is also short of friends nearby. Relations with South Korea
    soured last month")."""
    if cue.lemma_.lower() not in NEUTRAL_NOUNS or cue.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return None
    if any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in cue.children) or cue.i != cue.sent.start:
        return None  # "its relations with", "Sino-Indian relations", or a subject not opening the sentence
    mention = index.subject_before(cue.sent)
    return mention.country if mention is not None else None


def _both_alone(phrase: Token) -> bool:
    """ "both", "both men", "both leaders": the two a piece is about, not the last two named."""
    if phrase.lower_ == "both":
        return True  # "with both and wants, above all, quiet": "and wants" hangs on it
    return phrase.lower_ in PEOPLE_WORDS and [t.lower_ for t in phrase.lefts] == ["both"]


def _an_organisations(cue: Token, index: ActorIndex) -> bool:
    """ "European Union sanctions on the Assad regime": an organisation's, no state's."""
    return any(
        c.dep_ in ("compound", "amod", "poss")
        and (m := index.find(c)) is not None
        and m.kind is MentionKind.IGO
        for c in cue.children
    )


def _a_range(cue: Token) -> bool:
    """ "allies from Baghdad to Beirut", "the financier of terrorist groups from Ireland to the
    Philippines": a stretch of the map, not a list of parties."""
    # what the cue is "of": "aid from Washington to Cairo" names a giver and a receiver
    of_what = [g for p in cue.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    holders = [cue, *of_what] if cue.lemma_.lower() in MEMBER_NOUNS else of_what
    starts = [p for h in holders for p in h.children if p.lower_ == "from"]
    ends = [t for t in [*cue.children, *(t for p in starts for t in p.subtree)] if t.lower_ == "to"]
    return bool(starts and ends)


def _subject_owner(cue: Token, index: ActorIndex) -> str | None:
    """The possessor of the subject of the cue's clause: "Venezuela's economy is buckling
    under American sanctions"."""
    # the clause's head may be read as an adjective ("is buckling under"), its subject hung
    # on the auxiliary
    heads = [n for a in cue.ancestors for n in [a, *(c for c in a.children if c.dep_ == "aux")]]
    subject = next((found for a in heads if (found := subject_of(a)) is not None), None)
    possessor = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
    if possessor is None:
        return None
    if possessor.lower_ in ("its", "their"):
        return named_before(possessor, index, "")
    mention = index.find(possessor)
    return mention.country if mention is not None else None


def _pronoun_owners(cue: Token, index: ActorIndex, named: list[str]) -> list[str]:
    """The countries a cue's possessive pronoun stands for: "their" when it stands for several,
    "its" the country named before, other than those the sentence names as its partners."""
    pronoun = next((c for c in cue.children if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS), None)
    if pronoun is None:
        return []
    if pronoun.lower_ == "their":
        return plural_referent(pronoun, index)
    if pronoun.lower_ in ("his", "her"):  # "King Hussein ... his British protectors": the ruler's
        return [whose] if (whose := person_before(pronoun, index)) is not None else []
    whose = named_before(pronoun, index, *named)
    return [whose] if whose is not None else []


def _what_is_named(cue: Token, index: ActorIndex) -> str | None:
    """The country a member noun names: the one it stands in apposition to, or the subject a
    copula gives it ("Estonia is an ally of ..."); not the subject of any other verb ("it
    cannot threaten force against an ally of America and Germany")."""
    if cue.dep_ == "appos" and (found := index.find(cue.head)) is not None:
        return found.country
    if cue.dep_ == "attr" and (subjects := clause_subjects(cue, index)):
        return subjects[0]
    return None


def _predicated(cue: Token, index: ActorIndex) -> list[str]:
    """The countries a copula says its subject cue is: "Turkey's partners are Washington and Doha"."""
    verb = cue.head
    if cue.dep_ != "nsubj" or verb.lemma_.lower() not in COPULAS:
        return []
    return [c for a in verb.children if a.dep_ == "attr" for c in countries(a, index)]


def _verb_pairs(verb: Token, index: ActorIndex) -> Iterator[tuple[str, str]]:
    """A verb cue's subject and object ("Kuwait has backed Iraq") or passive subject and agent
    ("Iraq, backed by Kuwait"); not when negated or only possible ("would not support")."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children):
        return
    if verb.dep_ in ("csubj", "csubjpass") and subject_of(verb) is None:
        return  # "that supporting Ukraine is dangerous": anyone's support, no doer named
    objects = object_countries(verb, index)
    objects += [
        c for o in verb.children if o.dep_ == "dobj" and o.lower_ == "it" for c in countries(o, index)
    ]
    if verb.lemma_.lower() in ATTITUDES:  # "loathes Israel's presence in Azerbaijan": Israel
        objects += [
            m.country
            for o in verb.children
            if o.dep_ in ("dobj", "appos")  # "Cairo resents Ankara's new role", misparsed
            for p in o.children
            if p.dep_ == "poss" and (m := index.at(p)) and m.country
        ]
    if verb.lemma_.lower() == "stand":  # "France stands behind Greece", "Behind Minsk stands Moscow"
        objects += [
            c
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in STANDING_WITH
            for o in p.children
            for c in countries(o, index)
        ]
    agents = [c for a in verb.children if a.dep_ == "agent" for o in a.children for c in countries(o, index)]
    if verb.dep_ == "acl" and (described := index.at(verb.head)) and described.country:
        objects.append(described.country)  # "Iraq, backed by Kuwait": the noun it qualifies
    elif verb.dep_ == "acl" and agents:
        # "The American draft circulating at the UN, backed by Japan": whose the text backed is
        # (not "the British proposal, backed by the Netherlands": a bargaining position); the
        # parser may make the text a compound of the participle after it
        texts = [t for t in (verb.head, *verb.head.children) if t.lemma_.lower() in COUNCIL_TEXTS]
        objects += [
            m.country
            for text in texts
            for c in (*text.children, *verb.head.children)
            if c.dep_ in ("amod", "poss", "compound") and (m := index.at(c)) is not None and m.country
        ]
    doers = agents or clause_subjects(verb, index)
    for doer in dict.fromkeys(doers):
        yield from ((doer, o) for o in dict.fromkeys(objects) if o != doer)


def _appositive_group(cue: Token, index: ActorIndex) -> list[str] | None:
    """A plural cue in apposition to two or more coordinated countries."""
    if cue.dep_ != "appos" or cue.tag_ != "NNS" or partners_named(cue, index, ("of", "with", "to")):
        return None  # "Syria and Libya, both rivals of the Iraqi Baath": each with the Baath
    named = list(dict.fromkeys(countries(cue.head, index)))
    return named if len(named) >= 2 else None


def _titled_pair(cue: Token, index: ActorIndex) -> tuple[str, str] | None:
    """A cue used as a title before a country, whose possessor is the other side: "Iraq ...
    its Gulf War enemy Iran", "Riyadh's ally Bahrain"."""
    if cue.dep_ != "compound" or cue.pos_ != "NOUN":
        return None
    named = index.find(cue.head)
    if named is None or not named.country:
        return None
    for child in (*cue.head.children, *cue.children):
        if child.dep_ != "poss":
            continue
        if child.lower_ in ("its", "their"):
            owner = named_before(child, index, named.country)
        else:
            owner = found.country if (found := index.find(child)) else None
        if owner and owner != named.country:
            return owner, named.country
    return None


def _regarded_as(cue: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "X regards/views/sees Y as its enemy": the verb's subject and its object; "Washington
    counts both as partners": each of the two named before; "Mauritania counts Morocco, Algeria
    and Iraq among its friends": each listed."""
    if not (cue.dep_ == "pobj" and cue.head.lower_ in ("as", "among")):
        return []
    verb = cue.head.head
    listed: list[Token] = []
    if (
        verb.pos_ != "VERB"
        and cue.head.lower_ == "among"
        and verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
    ):
        # "counts Morocco, Algeria and, increasingly, Iraq among its friends": the parser may
        # hang the phrase on the last name and that name on the verb
        listed, verb = [verb], verb.head
    if verb.pos_ != "VERB":
        return []
    # "counts both as partners": the parser may hang "both" on "as"
    objects = [o for o in [*verb.children, *cue.head.children] if o.dep_ == "dobj" or o.lower_ == "both"]
    objects += listed
    subjects = clause_subjects(verb, index)
    if not subjects:
        return []
    named = [c for o in objects if o.lower_ != "both" for c in countries(o, index)]
    if not named and objects:
        # "both" alone is no group elsewhere (see ActorIndex.group): only as what is regarded
        first = objects[0]
        both = first.lower_ == "both"
        pair = (index.recent_pair if both else index.group)(first, cue.sent, leaving_out=subjects[0])
        named = [m.country for m in pair if m.country][:2]
    # "officials regard Qaddafi as the Soviet Union's most reckless client": a state the cue names
    # as the other side ties the one regarded to it, not to the one who regards
    owners = [
        m.country
        for c in cue.children
        if c.dep_ in ("poss", "amod", "compound") and c.pos_ != "PRON" and (m := index.find(c)) and m.country
    ]
    side = owners[0] if owners else subjects[0]
    return [(side, o) for o in dict.fromkeys(named) if o != side]


def _their_pair(cue: Token, index: ActorIndex) -> tuple[str, str] | None:
    """ "their war" with no party named on the cue: the last two countries named before."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in cue.children) or partners_named(cue, index):
        return None
    if cue.tag_ == "NNS":
        return None  # "their partners in South Asia" are third countries, not the two
    verb = next((a for a in cue.ancestors if a.pos_ in ("VERB", "AUX") and subject_of(a)), None)
    subject = subject_of(verb) if verb is not None else None
    if subject is not None and cue not in set(subject.subtree) and _no_pair_of_states(subject, index):
        return None  # "EU ministers are expected to declare their solidarity": the ministers'
    last = named_before(cue, index, "")
    before = named_before(cue, index, last) if last else None
    return (before, last) if last and before else None


def _no_pair_of_states(subject: Token, index: ActorIndex) -> bool:
    """A subject that is no state and names fewer than two: whose "their" is its own."""
    if (own := index.at(subject)) is not None and own.country:
        return False
    named = {m.country for t in subject.subtree if (m := index.at(t)) is not None and m.country}
    return len(named) < 2 and not index.group(subject, subject.sent)


def _partner_before(cue: Token, index: ActorIndex, subjects: list[str]) -> str | None:
    """For relations acted on with no partner ("broke off relations"), the partner of the same
    act a sentence or few before ("cutting diplomatic relations with Iran"), if not a subject."""
    if cue.lemma_.lower() not in NEUTRAL_NOUNS or cue.dep_ != "dobj" or partners_named(cue, index):
        return None
    doc, start = cue.doc, cue.sent.start
    earlier = doc[max(0, start - PARTNER_LOOKBACK_TOKENS) : start]
    for noun in reversed(earlier):
        if noun.lemma_.lower() != cue.lemma_.lower() or noun.dep_ != "dobj":
            continue
        # "cutting diplomatic relations with Iran": the with-phrase may hang on the verb
        withs = partners_named(noun, index, ("with",)) or partners_named(noun.head, index, ("with",))
        named = [c for c in withs if c not in subjects]
        if set(clause_subjects(noun, index)) & set(subjects):
            return None  # "Morocco cut relations with Iran. ... Algeria and Morocco broke off relations"
        return named[0] if named else None
    return None


def _picked(cue: Token) -> bool:
    """ "picked a fight", "provoked a row": one side's act against a third, so those who did it
    together are not at odds with each other."""
    return cue.dep_ == "dobj" and cue.head.lemma_.lower() in ("pick", "provoke")


# who condemns a hostility names it without taking part in it
CONDEMNING = DENOUNCING | {"protest"}


def _other_sides(cue: Token, index: ActorIndex, partner: str) -> list[str]:
    """_other_side, with every coordinated subject when the clause's subject is the other side
    ("Kenya and the United States are close to Juba")."""
    if (cue.dep_ == "appos" or (cue.dep_ == "amod" and index.at(cue.head))) and (
        described := countries(cue.head, index)
    ):
        # "Syria and Libya, both rivals of the Iraqi Baath"; "Syria and Libya ... lean toward
        # Teheran" with "lean" parsed as a modifier of the countries
        return described
    other = _other_side(cue, index, partner)
    if other is None:
        return []
    subjects = clause_subjects(cue, index)
    if subjects and subjects[0] == other and not any(c.dep_ == "poss" for c in cue.children):
        return list(dict.fromkeys(subjects))
    return [other]


def _capitals_only(prep: Token, index: ActorIndex) -> bool:
    """A phrase naming only capitals, as places ("from Niamey")."""
    found = [index.at(g) for g in prep.children if g.dep_ == "pobj"]
    return bool(found) and all(m is not None and m.kind is MentionKind.CAPITAL for m in found)


def _other_side(cue: Token, index: ActorIndex, partner: str) -> str | None:
    """Who stands against (or with) the partner named on a cue: its possessor ("Iraq in its
    war with Iran", "Japan's rivalry with Korea"), the country a verb helps in it ("Kuwait
    has backed Iraq in the war against Iran"), else the actor the phrase describes."""
    for child in cue.children:
        if child.dep_ != "poss":
            continue
        if child.lower_ in ("its", "their"):
            return named_before(child, index, partner)
        if (owner := index.find(child)) is not None and owner.country:
            return owner.country
    if cue.dep_ == "pobj" and cue.head.lower_ == "in" and cue.head.head.pos_ == "VERB":
        helped = [c for o in cue.head.head.children if o.dep_ == "dobj" for c in countries(o, index)]
        if helped and helped[0] != partner:
            return helped[0]
    if _condemned(cue):
        return None  # "Moscow denounced the aggression against Egypt": a judge, not the aggressor
    return described_actor(cue, index)


def _condemned(cue: Token) -> bool:
    return cue.dep_ == "dobj" and cue.head.lemma_.lower() in CONDEMNING


def _sole_other(sentence: Span, listed: set[str], index: ActorIndex) -> str | None:
    """The one country besides those listed that a sentence names as an actor, not as a place
    ("diplomats in Brussels"): "the decision resulted from pressure from the United States,
    Taiwan's largest trading partner"."""
    others = {
        m.country
        for t in sentence
        if (m := index.at(t)) and m.country and m.country not in listed and not a_place(t)
    }
    return others.pop() if len(others) == 1 else None
