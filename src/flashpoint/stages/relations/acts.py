"""Ties stated by an act rather than a word for them (relations.acts.v1): a state that hosts
another's base or troops, keeps its troops in another, sends or keeps advisers there, trains or
arms another's forces, sells or supplies it weapons (or its arms arrive there), is bound to
another by a treaty, belongs to a coalition another leads or formed, vetoes resolutions against
another, joins another in what it does ("joined Mrs May in a statement"), fights beside
another's forces, fields a force with another under one hyphenated name ("the Anglo-French
armada", an alliance in arms), or arrests those plotting against it; and hostile acts, a supplier
halting its arms sales, a state claiming another's land, one massing forces at another's border
(or its build-up there), one seizing another's servicemen or officials, and a border closed
between two. Analysts code these as standing alignments
("Qatar, which hosts a Turkish military base"; "Armenia belongs to the Russian-led Collective
Security Treaty Organization"), though no cue word names them."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from ...records import MentionKind, RelationKind
from ..events.reference import ActorIndex, conjuncts
from .syntax import (
    MODALS,
    REFUSALS,
    clause_subjects,
    countries,
    described_actor,
    modifier_countries,
    named_before,
    object_countries,
    partners_named,
)

# what one state keeps in or sends to another
FORCE_NOUNS = frozenset(
    {
        "base",
        "troop",
        "soldier",
        "force",
        "personnel",
        "garrison",
        "contingent",
        "squadron",
        "marine",
        "paratroop",
        "paratrooper",
        "commando",
        "adviser",
        "advisor",
        "instructor",
        "battlegroup",
        "battalion",
        "brigade",
        "serviceman",
        "airman",
        "sailor",
    }
)
# what states commit or add to a joint force
CONTRIBUTING_VERBS = frozenset({"commit", "add", "contribute", "send", "dispatch", "pledge"})
WAR_MATERIEL = frozenset(
    {
        "aircraft",
        "jet",
        "plane",
        "warplane",
        "fighter",
        "bomber",
        "ship",
        "warship",
        "frigate",
        "unit",
        "division",
    }
)
# naming a state what it is: "designated Cuba a state sponsor of terrorism"
DESIGNATING_VERBS = frozenset({"designate", "name", "list", "brand", "label"})
# who are given aid: "one of the largest recipients of American aid"
RECIPIENTS = frozenset({"recipient", "beneficiary"})
# who train others' forces: several states' instructors are no force of one body
TEACHERS = frozenset({"adviser", "advisor", "instructor", "trainer"})
# forces that fight side by side
FIGHTING_VERBS = frozenset({"fight", "serve", "battle", "operate"})
SIDE_BY_SIDE = frozenset({"beside", "alongside"})
STATIONING_VERBS = frozenset({"keep", "station", "base", "maintain", "host", "run"})
# whose forces a state trains or arms
TRAINING_VERBS = frozenset({"train", "equip", "arm"})
TRAINED_NOUNS = FORCE_NOUNS | {"army", "military", "pilot", "officer", "police", "navy"}
# the bodies a state joins when another leads them
LED_BODIES = frozenset({"coalition", "alliance", "bloc", "organization", "organisation", "pact", "force"})
MEMBERSHIP_WORDS = frozenset({"join", "belong", "member", "part", "enter"})
FOUNDING_VERBS = frozenset({"announce", "form", "found", "create", "launch", "build", "assemble"})
BINDING_PACTS = frozenset({"agreement", "pact", "accord", "treaty", "alliance"})
HOSTILE_PRESENCE = frozenset(
    {"occupy", "occupation", "occupier", "invade", "invasion", "invader", "annex", "annexation"}
)
# forces one state gathers at another's border threaten it
MASSING_VERBS = frozenset({"mass", "amass", "gather", "concentrate", "assemble"})
# verbs of forces merely being on a border: "some forty Soviet divisions sit on China's frontier"
WAITING_VERBS = frozenset({"sit", "wait", "stand", "remain"})
MASSED_UNITS = FORCE_NOUNS | {"division", "regiment", "army"}
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# a state that sells or supplies another's weapons ("Moscow sells weapons to both", "Turkey has
# sold it the Bayraktar TB2s", "Israel supplied two-thirds of its arms imports")
# verbs of carrying arms somewhere: "flying tanks and missiles into Damascus and Cairo"
CARRYING_VERBS = frozenset({"ship", "fly", "airlift", "ferry"})
SUPPLYING_VERBS = frozenset({"sell", "supply", "deliver", "approve"}) | CARRYING_VERBS
ARMS_NOUNS = frozenset(
    {
        "arm",
        "arms",
        "weapon",
        "weaponry",
        "drone",
        "missile",
        "rocket",
        "jet",
        "fighter",
        "tank",
        "munition",
        "helicopter",
        "submarine",
        "frigate",
        "warship",
        "artillery",
        "hardware",
        "import",
        "arsenal",
    }
)
# people a state sends to another to help its forces, never to fight it (troops may invade)
ADVISER_NOUNS = frozenset({"adviser", "advisor", "instructor", "trainer"})
SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "post"})
ADVISING_VERBS = SENDING_VERBS | {"be"}  # "has sent advisers to", "advisers are still in"
# what arms do on their way to a client: "Soviet weapons have been arriving in Ethiopia"
ARRIVING_VERBS = frozenset({"arrive", "flow", "pour", "reach"})
# what a state does to its border with another it is at odds with
CLOSING = frozenset({"close", "seal", "shut"})
# sales stopped in the same sentence are no standing supply
HALTING = frozenset({"stop", "halt", "cease", "suspend", "freeze", "embargo", "ban"})
# what a supplier halts: its arms sales to a client are then a rivalry
STOPPED_SUPPLIES = frozenset({"delivery", "sale", "export", "shipment", "supply"})
# a state that vetoes resolutions against another shields it ("vetoed a resolution condemning
# Israel")
SHIELDING_VERBS = frozenset({"veto"})
RESOLUTION_NOUNS = frozenset({"resolution", "motion", "statement", "condemnation"})
# states that table a resolution together stand together on it: "the resolution that
# Washington, London and Madrid tabled"
SPONSORING_VERBS = frozenset({"table", "sponsor", "co-sponsor", "cosponsor", "draft", "submit", "introduce"})
# a state that arrests plotters or foils a plot against another's people protects it ("Azerbaijani
# police arrested 22 people they claimed were planning a plot to assassinate U.S. and Israeli
# diplomats")
FOILING_VERBS = frozenset({"arrest", "detain", "foil", "thwart"})
PLOT_WORDS = frozenset({"plot", "attack", "assassinate", "assassination", "bomb", "bombing"})
# land one state claims from another: "Guatemala claims more than half of Belize's territory"
LAND_WORDS = frozenset({"territory", "land", "island", "islet", "province", "region", "waters", "sea"})
# what two states field together under one hyphenated name: "the Anglo-French armada",
# "Franco-German brigade", "a Sino-Russian naval exercise"
JOINT_NOUNS = FORCE_NOUNS | {
    "division",
    "unit",
    "warship",
    "jet",
    "armada",
    "fleet",
    "operation",
    "expedition",
    "exercise",
    "drill",
    "patrol",
    "landing",
    "intervention",
    "task",
    "grouping",
}
# words that leave a listed force only possible: "Saudi, Jordanian and perhaps Egyptian contingents"
MAYBE_WORDS = frozenset({"perhaps", "possibly", "maybe", "probably"})
# forces named by where their men come from, not whose state fields them: "Afghan, Pakistani
# and Iraqi Shiite units, recruited and paid by the Guards"
IRREGULARS = frozenset(
    {
        "shiite",
        "shia",
        "sunni",
        "kurdish",
        "alawite",
        "islamist",
        "jihadist",
        "tribal",
        "volunteer",
        "mercenary",
        "militia",
        "rebel",
        "irregular",
    }
)
FACE_TO_FACE = frozenset({"chest", "face", "eyeball", "nose", "toe"})
# what forces that meet as enemies do: "Indian and Pakistani troops exchanged fire"
MEETING_VERBS = frozenset(
    {"clash", "exchange", "skirmish", "confront", "face", "shoot", "kill", "trade", "meet"}
)
# a state that seizes another's servicemen or officials acts as its enemy: "Five Iranian
# officials seized by American forces in Irbil"
SEIZING_VERBS = frozenset({"seize", "capture", "detain", "abduct", "kidnap", "arrest"})
HELD_PEOPLE = frozenset(
    {
        "official",
        "diplomat",
        "envoy",
        "sailor",
        "soldier",
        "marine",
        "troop",
        "serviceman",
        "servicemen",
        "airman",
        "pilot",
        "crew",
        "officer",
        "personnel",
        "commander",
    }
)
# aid one state gives another: "American military aid to Egypt", "Washington has sent tens of
# millions of dollars in military aid to Chad" (not humanitarian relief, given to people)
AID_NOUNS = frozenset({"aid", "assistance", "help"})
# coming to another's aid or defence: "France is bound ... to come to Czechoslovakia's aid"
COMING_VERBS = frozenset({"come", "rush", "spring", "leap", "ride"})
RESCUE_NOUNS = AID_NOUNS | {"defence", "defense", "rescue", "side"}
ASKING = frozenset({"ask", "request", "seek", "appeal", "plead", "beg"})  # asking for aid
GIVING_VERBS = frozenset(
    {
        "send",
        "give",
        "provide",
        "pledge",
        "offer",
        "extend",
        "grant",
        "supply",
        "deliver",
        "channel",
        "pour",
        "pump",
    }
)
STOPPING = HALTING | {"cut", "withdraw", "withhold", "end", "slash", "threaten"}
# what a giver can freeze or cut off: "has frozen new grant aid and yen loans to both countries"
WITHHELD_GIFTS = frozenset({"aid", "assistance", "loan", "credit", "grant"})
# what one state helps another build: "helped build Pakistan's nuclear programme"
BUILDING_VERBS = frozenset(
    {"build", "develop", "modernise", "modernize", "rebuild", "equip", "arm", "train", "finance", "fund"}
)
# receiving aid: "Colonel Qaddafi, whose aid Ouagadougou has accepted"
RECEIVING_VERBS = frozenset({"accept", "receive", "take", "welcome", "get"})
RULE = "relations.acts.v1"


def tie_acts(sentence: Span, index: ActorIndex) -> Iterator[tuple[str, str, RelationKind, Token]]:
    """Every tie an act in the sentence states: (one side, the other, kind, the act's word)."""
    # troops kept in a country under occupation or invasion are no tie with it
    occupied = any(t.lemma_.lower() in HOSTILE_PRESENCE for t in sentence)
    for token in sentence:
        lemma = token.lemma_.lower()
        pairs: list[tuple[str, str]] = []
        kind = RelationKind.FRIENDLY
        if token.pos_ == "VERB" and lemma in STATIONING_VERBS and not occupied:
            pairs = _stationed(token, index)
        elif token.pos_ == "VERB" and lemma == "garrison" and not occupied:
            pairs = _garrisoned(token, index)
        elif token.pos_ == "VERB" and lemma in TRAINING_VERBS:
            pairs = _trained(token, index)
        elif token.pos_ == "VERB" and lemma in SUPPLYING_VERBS:
            pairs = _armed(token, index)
        elif token.pos_ == "VERB" and lemma in SHIELDING_VERBS:
            pairs = _shielded(token, index)
        elif token.pos_ == "VERB" and lemma in SPONSORING_VERBS:
            pairs = _cosponsored(token, index)
        elif token.pos_ == "VERB" and lemma in HALTING:
            pairs, kind = _halted_supply(token, index), RelationKind.RIVAL
        elif token.pos_ == "VERB" and lemma in ("recognise", "recognize"):
            pairs, kind = _not_recognised(token, index), RelationKind.RIVAL
        elif token.pos_ == "VERB" and lemma == "claim":
            pairs, kind = _claimed_land(token, index), RelationKind.RIVAL
        elif token.pos_ == "VERB" and lemma in FOILING_VERBS | SEIZING_VERBS:
            pairs = _foiled(token, index) if lemma in FOILING_VERBS else []
            if not pairs and lemma in SEIZING_VERBS:
                pairs, kind = _seized(token, index), RelationKind.HOSTILE
        elif token.pos_ == "VERB" and (lemma == "help" or (lemma in BUILDING_VERBS and _help_aux(token))):
            pairs = _helped_build(token, index)
        elif token.pos_ == "VERB" and lemma == "bind":
            pairs = _bound(token, index)
        elif token.pos_ == "VERB" and lemma in COMING_VERBS:
            pairs = _came_to_aid(token, index)
        elif token.pos_ == "VERB" and lemma == "join":
            pairs = _joined_in(token, index)
        elif token.pos_ == "VERB" and lemma in FIGHTING_VERBS:
            pairs = _fought_beside(token, index)
        elif token.pos_ in ("VERB", "AUX") and lemma in ADVISING_VERBS:
            pairs = _advised(token, index)
            if not pairs and token.pos_ == "VERB" and lemma in CONTRIBUTING_VERBS:
                pairs = _contributed(token, index)  # "Kuwait and Qatar sent smaller contingents"
        elif token.pos_ == "VERB" and lemma in CONTRIBUTING_VERBS:
            pairs = _contributed(token, index)
        elif token.pos_ == "VERB" and lemma in ARRIVING_VERBS:
            pairs = _arms_arrived(token, index)
        elif token.pos_ == "VERB" and lemma in MASSING_VERBS | WAITING_VERBS:
            pairs, kind = _massed(token, index), RelationKind.HOSTILE
        elif token.pos_ == "VERB" and lemma in CLOSING:
            pairs, kind = _border_closed(token, index), RelationKind.RIVAL
        elif token.pos_ == "NOUN" and _a_build_up(token):
            pairs, kind = _built_up(token, index), RelationKind.HOSTILE
        elif token.pos_ == "NOUN" and lemma in AID_NOUNS:
            pairs = _aided(token, index)
        elif token.pos_ == "NOUN" and lemma == "sponsor" and _of_terrorism(token):
            pairs, kind = _listed_sponsor(token, index), RelationKind.RIVAL
        elif token.pos_ == "NOUN" and lemma in JOINT_NOUNS:
            pairs, kind = _fielded_jointly(token, index), RelationKind.ALLIANCE
        elif token.lower_ == "led" and (membership := _membership(token)) is not None:
            pairs, kind, token = _led_member(token, membership, index), RelationKind.ALLIANCE, membership
        elif lemma in LED_BODIES and (membership := _joining(token)) is not None:
            pairs, kind = _founded_member(token, membership, index), RelationKind.ALLIANCE
        for a, b in pairs:
            if a != b:
                yield a, b, kind, token


def _contributed(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """States adding forces to what another commits stand with it: "Riyadh had committed 100
    aircraft and 150,000 troops, with the UAE adding 30 jets and Kuwait, Bahrain and Qatar
    smaller contingents", "Riyadh committed 100 aircraft, and Kuwait and Qatar sent smaller
    contingents" (each contributor, the leader). Not an act negated or only possible."""
    lead = verb.head
    if verb.dep_ == "pcomp" and lead.lower_ == "with":
        lead = lead.head  # "committed ..., with the UAE adding 30 jets"
    elif verb.dep_ != "conj":
        return []
    if lead.pos_ != "VERB" or lead.lemma_.lower() not in CONTRIBUTING_VERBS:
        return []
    if _unasserted(verb) or _unasserted(lead) or not (_forces_given(verb) and _forces_given(lead)):
        return []
    bound_for = [_named_after(v, ("to", "into"), index) for v in (verb, lead)]
    if all(bound_for) and not set(bound_for[0]) & set(bound_for[1]):
        return []  # "Russia sent troops to Syria and America sent jets to Iraq": two wars
    leaders = clause_subjects(lead, index)
    # "and Kuwait, Bahrain ... smaller contingents": states the parser joins to the forces
    gapped = [c for o in verb.children if o.dep_ == "dobj" for t in conjuncts(o) for c in countries(t, index)]
    subjects = [
        c for s in verb.children if s.dep_ == "nsubj" for t in conjuncts(s) for c in countries(t, index)
    ]
    added = [c for c in dict.fromkeys(subjects + gapped) if c not in leaders]
    return [(c, leader) for leader in leaders[:1] for c in added]


def _named_after(verb: Token, preps: tuple[str, ...], index: ActorIndex) -> list[str]:
    """The countries a verb's own prepositional phrases name: "sent advisers to Ethiopia",
    "are based in Djibouti"."""
    return [
        c
        for p in verb.children
        if p.dep_ in ("prep", "dative") and p.lower_ in preps
        for g in p.children
        if g.dep_ == "pobj"
        for c in countries(g, index)
    ]


def _forces_given(verb: Token) -> bool:
    """Whether a verb's object is forces or arms of war: troops, contingents, jets, ships."""
    return any(
        t.lemma_.lower() in FORCE_NOUNS | WAR_MATERIEL
        for o in verb.children
        if o.dep_ == "dobj"
        for t in conjuncts(o)
    )


def _of_terrorism(sponsor: Token) -> bool:
    return any(t.lemma_.lower() in ("terrorism", "terror") for t in sponsor.subtree)


def _listed_sponsor(sponsor: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """A state listed as a sponsor of terrorism, and the state that lists it: "Syria remains on
    the State Department's list of state sponsors of terrorism", "Washington designated Cuba a
    state sponsor of terrorism". Unnamed, the lister of "state sponsors" is the United States,
    whose term of art it is. Not a state taken off the list ("removed from")."""
    listing = sponsor.head.head if sponsor.dep_ == "pobj" and sponsor.head.lower_ == "of" else None
    if listing is not None and listing.lemma_.lower() == "list":
        listers = modifier_countries(listing, index)
        on = listing.head if listing.dep_ == "pobj" else None
        listed = clause_subjects(on.head, index) if on is not None and on.lower_ == "on" else []
    elif sponsor.dep_ in ("dobj", "oprd") and sponsor.head.lemma_.lower() in DESIGNATING_VERBS:
        listers = clause_subjects(sponsor.head, index)
        listed = [
            c for o in sponsor.head.children if o.dep_ == "dobj" and o != sponsor for c in countries(o, index)
        ]
    else:
        return []
    if not listers and any(c.dep_ == "compound" and c.lemma_.lower() == "state" for c in sponsor.children):
        listers = ["USA"]
    return [(lister, state) for lister in dict.fromkeys(listers) for state in dict.fromkeys(listed)]


def _fielded_jointly(noun: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "The Anglo-French armada", "Franco-German troops": the states a hyphenated run of
    names right before a force names field it together, an alliance in arms."""
    countries: list[str] = []
    hyphens = 0
    i = noun.i - 1
    while i >= noun.sent.start:
        token = noun.doc[i]
        if token.text == "-":
            hyphens += 1
        elif (mention := index.at(token)) is not None and mention.country:
            countries.insert(0, mention.country)
        elif token.dep_ not in ("amod", "compound") or countries:
            break  # "naval" in "a Sino-Russian naval exercise" may stand between
        i -= 1
    distinct = list(dict.fromkeys(countries))
    if not hyphens:
        return _coordinated_forces(noun, index) or _joint_with(noun, index)
    if len(distinct) < 2:
        return []
    return [(a, b) for n, a in enumerate(distinct) for b in distinct[n + 1 :]]


def _joint_with(noun: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "Minsk agreed to a joint regional grouping with Moscow": the subject fields it with the
    state named in the with-phrase."""
    if not any(c.lower_ == "joint" for c in noun.children):
        return []
    # the parser may hang the with-phrase on the verb: "held joint exercises with Russia"
    carriers = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    partners = [
        c
        for carrier in carriers
        for p in carrier.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        for c in countries(o, index)
    ]
    if not partners or _unasserted(noun.head) or _negated(noun.head):
        return []
    return [(d, p) for d in clause_subjects(noun, index) for p in partners if d != p]


def _coordinated_forces(noun: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "French and Malian troops were back in Diabaly": states whose forces are named as one
    body act together; with three or more, each beside the first named, the one that leads
    ("Soviet, Polish, East German and Hungarian divisions"). Not forces that meet as enemies
    ("Indian and Pakistani troops exchanged fire")."""
    named = [
        t for c in noun.children if c.dep_ in ("amod", "compound") and c.conjuncts for t in (c, *c.conjuncts)
    ]
    states = list(dict.fromkeys(m.country for t in named if (m := index.at(t)) is not None and m.country))
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if (
        len(states) < 2
        or noun.lemma_.lower() in TEACHERS  # "well trained by British and American instructors"
        or _forces_meet(noun)
        or (verb is not None and (_unasserted(verb) or any(c.dep_ == "mark" for c in verb.children)))
        or any(t.lower_ in MAYBE_WORDS for t in named for t in t.children)
        or any(c.lower_ in IRREGULARS or c.lemma_.lower() in IRREGULARS for c in noun.children)
    ):
        return []  # "a force with Saudi, Jordanian and perhaps Egyptian contingents can be assembled"
    return [(states[0], other) for other in states[1:]]


def _forces_meet(noun: Token) -> bool:
    """Whether the forces a noun names meet each other: "exchanged fire", "clashed", "faced
    each other", "fought" with no one else to fight."""
    sentence = noun.sent
    if any(
        t.lower_ in ("other", "another") and t.i > 0 and t.nbor(-1).lower_ in ("each", "one")
        for t in sentence
    ):
        return True
    if any(t.lower_ in FACE_TO_FACE and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to" for t in sentence):
        return True  # "have stood almost chest to chest on a windswept ridge"
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    if any(t.lemma_.lower() in MEETING_VERBS for t in sentence):
        return True
    return (
        verb is not None
        and verb.lemma_.lower() in FIGHTING_VERBS | {"war"}
        and not any(
            c.dep_ in ("dobj", "prep") and c.lower_ not in ("in", "on", "at", "near", "along")
            for c in verb.children
        )
    )


def _aided(aid: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """The state that gives another aid, and that other: the aid's own nationality or possessor
    ("American military aid to Egypt"), else the subject of a verb of giving ("Washington has
    sent tens of millions of dollars in military aid to Chad"); the receiver on "to" or "for",
    or the giving verb's dative. Not aid cut off, only offered or humanitarian."""
    if any(c.lower_ in ("humanitarian", "relief", "food", "emergency") for c in aid.children):
        return []
    # the verb the aid's phrase hangs on: "sent [tens of millions of dollars in [military aid]]"
    path = [aid]
    while (
        path[-1].dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "dative", "appos")
        and path[-1].head.pos_ != "VERB"
    ):
        path.append(path[-1].head)
    verb = path[-1].head if path[-1].head.pos_ == "VERB" and path[-1].dep_ != "ROOT" else None
    if verb is not None and (
        _unasserted(verb) if verb.lemma_.lower() not in STOPPING else not _negated(verb)
    ):
        return []  # "would send aid"; "cut off aid" (but "has not been cut off" still flows)
    givers = [
        m.country
        for c in aid.children
        if c.dep_ in ("amod", "compound", "poss") and (m := index.at(c)) and m.country
    ]
    if not givers and verb is not None and verb.lemma_.lower() in GIVING_VERBS:
        givers = clause_subjects(verb, index)
    whose = next((c for c in aid.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if (
        whose is not None
        and verb is not None
        and verb.lemma_.lower() in RECEIVING_VERBS
        and verb.dep_ == "relcl"
    ):
        # "Colonel Qaddafi, whose aid Ouagadougou has accepted": the antecedent gives, the
        # relative clause's subject takes
        givers = [m.country] if (m := index.at(verb.head)) is not None and m.country else []
        takers = clause_subjects(verb, index)
        return [(g, t) for g in givers for t in dict.fromkeys(takers) if g != t]
    nodes = [*path, *([verb] if verb is not None else [])]
    receivers = [
        c
        for node in nodes
        for p in node.children
        if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for")
        for g in p.children
        if g.dep_ == "pobj"
        for c in countries(g, index)
    ]
    if verb is not None:
        receivers += [
            c for d in verb.children if d.dep_ == "dative" and d.lower_ != "to" for c in countries(d, index)
        ]
    receivers += [c for node in path if node.lemma_.lower() in RECIPIENTS for c in _described(node, index)]
    if verb is not None and verb.lemma_.lower() in ASKING:
        receivers += clause_subjects(verb, index)  # "Chamoun of Lebanon had been asking for American help"
    return [(g, r) for g in dict.fromkeys(givers) for r in dict.fromkeys(receivers) if g != r]


def _described(noun: Token, index: ActorIndex) -> list[str]:
    """The state a noun describes: "Ethiopia is one of the largest recipients of ...", "Egypt,
    a recipient of ...", "the country" meant as the subject of the copula."""
    if noun.dep_ == "appos":
        return countries(noun.head, index)
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    return clause_subjects(holder, index) if holder.dep_ == "attr" else []


def _seized(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """The state that seizes another's servicemen or officials, and that other: "Iran seized
    fifteen British sailors", "Five Iranian officials seized by American forces"."""
    if _unasserted(verb):
        return []
    held = [verb.head] if verb.dep_ == "acl" else _objects(verb)
    victims = [c for phrase in held for c in _forces_of(phrase, index, HELD_PEOPLE)]
    agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    seizers = [c for g in agents for c in countries(g, index)]
    if not agents and verb.dep_ != "acl":
        seizers = clause_subjects(verb, index)
    return [(s, v) for s in dict.fromkeys(seizers) for v in dict.fromkeys(victims) if s != v]


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _unasserted(verb: Token) -> bool:
    """An act negated or only possible: "will not fight beside Kinshasa", "would join"."""
    return _negated(verb) or any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _declined(verb: Token) -> bool:
    """Not done, or refused: "refused to join the coalition Riyadh formed"."""
    head = verb.head
    return _negated(verb) or (verb.dep_ == "xcomp" and (head.lemma_.lower() in REFUSALS or _negated(head)))


def _doers(verb: Token, index: ActorIndex) -> list[str]:
    """The states doing an act: the clause's subjects, else the actor the phrase describes
    ("Qatar, a close partner that hosts a Turkish military base")."""
    if verb.dep_ == "acl":  # "two Iraqi bases hosting American troops": the bases' state
        return [m.country] if (m := index.find(verb.head)) is not None and m.country else []
    found = clause_subjects(verb, index)
    if not found and (described := described_actor(verb, index)):
        found = [described]
    return found


def _objects(verb: Token) -> list[Token]:
    return [t for o in verb.children if o.dep_ in ("dobj", "nsubjpass") for t in conjuncts(o)]


def _forces_of(phrase: Token, index: ActorIndex, nouns: frozenset[str]) -> list[str]:
    """The countries whose forces a phrase names: "a Turkish military base", "Georgian troops",
    "some 11,000 American personnel", "a battlegroup led by Germany"."""
    if phrase.lemma_.lower() not in nouns:
        return []
    named = [
        m.country
        for c in phrase.children
        if c.dep_ in ("amod", "compound", "nmod", "poss")
        if (m := index.at(c)) is not None and m.country
    ]
    # "a NATO battlegroup of about 1,000 troops, led by Germany": the leader's
    held = [phrase, *(g for p in phrase.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj")]
    return named + [
        c
        for noun in held
        for led in noun.children
        if led.dep_ == "acl" and led.lower_ == "led"
        for agent in led.children
        if agent.dep_ == "agent"
        for g in agent.children
        for c in countries(g, index)
    ]


def _stationed(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "Qatar hosts a Turkish military base" (host, guest); "It keeps about 28,500 troops in
    South Korea and around 50,000 in Japan", "France has kept 1,500 troops in Chad" (keeper,
    host)."""
    if _negated(verb):
        return []
    objects = _objects(verb)
    if verb.lemma_.lower() == "host":
        guests = [c for o in objects for c in _forces_of(o, index, FORCE_NOUNS)]
        return [(host, guest) for host in _doers(verb, index) for guest in guests]
    if (kept := _kept_where(verb, index)) is not None:
        return kept
    if not any(o.lemma_.lower() in FORCE_NOUNS for o in objects):
        return []
    hosts = [
        m.country
        for prep in verb.subtree
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at") and _same_clause(prep, verb)
        for g in prep.children
        if g.dep_ == "pobj" and not any(c.dep_ == "amod" for c in g.children)
        if (m := index.at(g)) is not None and m.country
    ]
    return [(keeper, host) for keeper in _doers(verb, index) for host in dict.fromkeys(hosts)]


def _kept_where(verb: Token, index: ActorIndex) -> list[tuple[str, str]] | None:
    """Forces stationed, told in the passive: "Saudi Arabia, where some 5,000 American
    servicemen are stationed", "2,000 French troops are based in Djibouti" (keeper, host)."""
    forces = [s for s in verb.children if s.dep_ == "nsubjpass" and s.lemma_.lower() in FORCE_NOUNS]
    if not forces:
        return None
    keepers = [c for f in forces for c in _forces_of(f, index, FORCE_NOUNS)]
    hosts = _named_after(verb, ("in", "at"), index)
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        hosts += countries(verb.head, index)
    return [(k, h) for k in dict.fromkeys(keepers) for h in dict.fromkeys(hosts) if k != h]


def _not_recognised(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """A state that does not recognise another: "Vietnam, which the Americans have never
    recognised", "Turkey has refused to recognise Cyprus", "Washington does not recognise
    Pyongyang". Recognition given is a single act, left to the events."""
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS
    if not (refused or any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)):
        return []
    unrecognised = object_countries(verb, index)
    if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        unrecognised += [m.country] if (m := index.at(verb.head)) is not None and m.country else []
    doers = _doers(verb.head if refused else verb, index)
    return [(d, u) for d in doers for u in dict.fromkeys(unrecognised) if d != u]


def _claimed_land(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """A state claiming another's land: "Guatemala claims more than half of Belize's territory",
    "China claims Taiwan". Not "claimed the lives of 30 Syrians" nor "claimed responsibility":
    the object must be a state or a piece of land."""
    if _negated(verb):
        return []
    owners = []
    for obj in (o for o in verb.children if o.dep_ == "dobj"):
        if (m := index.at(obj)) is not None and m.country:
            owners.append(m.country)  # "China claims Taiwan"
        for land in (t for t in obj.subtree if t.lemma_.lower() in LAND_WORDS):
            owners += _land_owners(land, index)
    return [(d, o) for d in _doers(verb, index) for o in dict.fromkeys(owners) if o != d]


def _land_owners(land: Token, index: ActorIndex) -> list[str]:
    """Whose land a noun names: its possessor ("Belize's territory"), its of-phrase ("the
    territory of Belize") or who holds it ("three islands held by the UAE")."""
    phrases = [c for c in land.children if c.dep_ == "poss"]
    phrases += [g for p in land.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    phrases += [
        g
        for held in land.children
        if held.dep_ == "acl" and held.lemma_.lower() in ("hold", "control", "administer")
        for a in held.children
        if a.dep_ == "agent"
        for g in a.children
    ]
    return [c for p in phrases for c in countries(p, index)]


def _fought_beside(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """A state whose forces fight beside another's: "Burundi has sent as many as 10,000 soldiers
    to fight beside the Congolese in South Kivu"."""
    if _unasserted(verb):
        return []
    # the forces beside them, by name or nationality ("the Congolese"), not a place
    # ("fought beside the Russian border")
    beside = [
        c
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in SIDE_BY_SIDE
        for g in p.children
        if index.at(g) is not None or g.lemma_.lower() in TRAINED_NOUNS
        for c in countries(g, index)
    ]
    return [(doer, other) for doer in dict.fromkeys(clause_subjects(verb, index)) for other in beside]


def _joined_in(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """Those who join another in what it does, and the one they join: "Trump, Macron and Merkel
    joined Mrs May in a statement calling the attack an assault on UK sovereignty"."""
    if _unasserted(verb):
        return []
    if not any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children):
        return []
    joined = object_countries(verb, index)
    return [(doer, other) for doer in dict.fromkeys(clause_subjects(verb, index)) for other in joined]


def _foiled(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """The state that arrests plotters or foils a plot, and each state whose people or missions
    the plot was aimed at: "to assassinate U.S. and Israeli diplomats", "an attack on the US
    embassy". Not the plot's backer ("an Iranian-backed plot")."""
    if _negated(verb):
        return []
    plots = [t for t in verb.subtree if t.lemma_.lower() in PLOT_WORDS and t.i > verb.i]
    aimed = [
        g
        for plot in plots
        for g in [
            *(c for c in plot.children if c.dep_ == "dobj"),
            *(
                o
                for p in plot.children
                if p.dep_ == "prep" and p.lower_ in ("on", "against")
                for o in p.children
            ),
        ]
    ]
    # "U.S. and Israeli diplomats", "the US embassy": the target's own modifiers, not "on behalf
    # of Israel"
    modifiers = [m for g in aimed for m in g.children if m.dep_ in ("nmod", "amod", "compound", "poss")]
    targets = [
        mention.country
        for t in [*aimed, *modifiers, *(c for m in modifiers for c in m.conjuncts)]
        if (mention := index.at(t)) is not None and mention.country
    ]
    return [(doer, target) for doer in _doers(verb, index) for target in dict.fromkeys(targets)]


def _shielded(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "The United States vetoed a resolution condemning Israel", "resolutions against Syria":
    the vetoing state and the one the resolutions were against."""
    if _negated(verb):
        return []
    resolutions = [o for o in _objects(verb) if o.lemma_.lower() in RESOLUTION_NOUNS]
    # "on Ukraine" may be about the vetoing state's own war there: only what a resolution is
    # against or condemns
    shielded = [c for r in resolutions for c in partners_named(r, index, ("against",))]
    shielded += [
        c
        for r in resolutions
        for clause in r.children
        if clause.dep_ == "acl" and clause.lemma_.lower() in ("condemn", "censure", "sanction")
        for o in clause.children
        if o.dep_ == "dobj"
        for c in countries(o, index)
    ]
    return [(doer, other) for doer in _doers(verb, index) for other in dict.fromkeys(shielded)]


def _cosponsored(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """Every pair of the states that table a resolution together."""
    if _unasserted(verb):
        return []
    tabled = [verb.head] if verb.dep_ == "relcl" else _objects(verb)
    if not any(t.lemma_.lower() in RESOLUTION_NOUNS | {"draft", "text"} for t in tabled):
        return []
    return list(combinations(dict.fromkeys(clause_subjects(verb, index)), 2))


def _same_clause(token: Token, verb: Token) -> bool:
    """No clause boundary between a token and the verb above it."""
    for node in token.ancestors:
        if node.i == verb.i:
            return True
        if node.dep_ in ("relcl", "ccomp", "advcl", "xcomp", "acl") or node.pos_ == "VERB":
            return False
    return False


def _massed(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "90,000 Russian troops gathered near Ukraine's borders", "Moscow has massed troops on
    Ukraine's frontier": the forces' state and the state whose border they face."""
    if _negated(verb):
        return []
    forces = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not any(f.lemma_.lower() in MASSED_UNITS for f in forces):
        return []
    massing = [c for f in forces for c in _forces_of(f, index, MASSED_UNITS)] or _doers(verb, index)
    faced = [
        m.country
        for prep in [*verb.children, *(c for f in forces for c in f.children)]
        if prep.dep_ == "prep" and prep.lower_ in ("near", "on", "along", "at", "to")
        for border in prep.children
        if border.lemma_.lower() in BORDER_NOUNS
        for owner in border.children
        if owner.dep_ == "poss" and (m := index.find(owner)) is not None and m.country
    ]
    return [(a, b) for a in dict.fromkeys(massing) for b in dict.fromkeys(faced)]


def _advised(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """A state's advisers sent to or kept in another: "Cuba has sent military advisers to
    Ethiopia", "Perhaps 1,500 Soviet advisers are still in Somalia" (sender, host)."""
    if _unasserted(verb):
        return []
    advisers = [t for t in verb.children if t.dep_ in ("dobj", "nsubj", "nsubjpass")]
    advisers = [t for t in advisers if t.lemma_.lower() in ADVISER_NOUNS]
    if not advisers:
        return []
    preps = ("in", "inside") if verb.lemma_.lower() == "be" else ("to", "into", "in")
    hosts = _named_after(verb, preps, index)
    senders = [c for a in advisers for c in _forces_of(a, index, ADVISER_NOUNS)]
    if not senders and verb.lemma_.lower() != "be":
        senders = _doers(verb, index)
    return [(a, b) for a in dict.fromkeys(senders) for b in dict.fromkeys(hosts)]


def _arms_arrived(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "Soviet weapons have been arriving in Ethiopia since May", "Iranian drones flow to
    Russia": the arms' state supplies the one they reach. Not "Chinese-made drones" (see
    ORIGIN_WORDS in learned.py: where goods are made, no supplier)."""
    if _unasserted(verb):
        return []
    arms = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in ARMS_NOUNS]
    origins = [
        m.country
        for a in arms
        for c in a.children
        if c.dep_ in ("amod", "compound", "poss") and (m := index.at(c)) is not None and m.country
        if not _hyphenated(c)
    ]
    receivers = [
        c
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "into", "to")
        for g in prep.children
        if g.dep_ == "pobj"
        for c in countries(g, index)
    ]
    if verb.lemma_.lower() == "reach":
        receivers += [c for o in _objects(verb) for c in countries(o, index)]
    return [(a, b) for a in dict.fromkeys(origins) for b in dict.fromkeys(receivers)]


def _border_closed(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """A state's border with another closed: "Its land border with Morocco has been closed since
    1994", "Ankara has kept its border with Armenia closed" (the border's state, the other)."""
    if _unasserted(verb):
        return []
    held = verb.head if verb.dep_ in ("oprd", "acomp", "xcomp") else verb  # "kept its border ... closed"
    borders = [o for o in _objects(held) if o.lemma_.lower() in BORDER_NOUNS]
    pairs = []
    for border in borders:
        others = [
            c
            for p in border.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children
            if g.dep_ == "pobj"
            for c in countries(g, index)
        ]
        owner = next((c for c in border.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in ("its", "their"):
            owners = [named] if others and (named := named_before(owner, index, *others)) else []
        elif owner is not None:
            owners = countries(owner, index)
        else:
            owners = _doers(held, index)
        pairs += [(a, b) for a in dict.fromkeys(owners) for b in dict.fromkeys(others)]
    return pairs


def _a_build_up(noun: Token) -> bool:
    """ "build-up" (the parser's "up" with "build" before it), "buildup", "massing"."""
    if noun.lower_ == "up":
        return any(c.dep_ == "compound" and c.lemma_.lower() == "build" for c in noun.children)
    return noun.lower_ in ("buildup", "build-up", "massing")


def _built_up(noun: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "Its troop build-up on Ukraine's borders", "the Russian buildup along Ukraine's frontier":
    the state massing forces and the state whose border they face (see _massed)."""
    faced = [
        m.country
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("near", "on", "along", "at")
        for border in prep.children
        if border.lemma_.lower() in BORDER_NOUNS
        for owner in border.children
        if owner.dep_ == "poss" and (m := index.find(owner)) is not None and m.country
    ]
    if not faced:
        return []
    massing = []
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            massing += [named] if (named := named_before(child, index, *faced)) else []
        elif child.dep_ in ("poss", "amod", "compound") and (m := index.at(child)) is not None and m.country:
            massing.append(m.country)
    return [(a, b) for a in dict.fromkeys(massing) for b in dict.fromkeys(faced)]


def _hyphenated(word: Token) -> bool:
    """A word joined by a hyphen to the next: "Chinese-made", "Soviet-built"."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return any(h.lower_ == "-" for h in word.children) or (following is not None and following.text == "-")


def _garrisoned(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "a Saudi kingdom garrisoned by Americans": the garrisoned state and the garrison's."""
    troops = [c for a in verb.children if a.dep_ == "agent" for o in a.children for c in countries(o, index)]
    held = [c for o in _objects(verb) for c in countries(o, index)]
    if verb.dep_ == "acl" and (m := index.find(verb.head)) is not None and m.country:
        held.append(m.country)
    if not troops:
        troops = _doers(verb, index)
    return [(h, t) for h in dict.fromkeys(held) for t in dict.fromkeys(troops)]


def _trained(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "Washington, which trained Georgian troops", "Russia arms Syria": a state that trains
    or arms another's forces. Not "Saudi Arabia arms rebel factions": no state's."""
    if _negated(verb):
        return []
    trained = []
    for obj in _objects(verb):
        trained += _forces_of(obj, index, TRAINED_NOUNS)
        if verb.lemma_.lower() == "arm" and (m := index.at(obj)) is not None and m.country:
            trained.append(m.country)
    agents = [c for a in verb.children if a.dep_ == "agent" for o in a.children for c in countries(o, index)]
    if agents and verb.dep_ == "acl" and (m := index.at(verb.head)) is not None and m.country:
        trained.append(m.country)  # "Venezuela, armed by Russia": the noun it qualifies
    return [(d, t) for d in agents or _doers(verb, index) for t in dict.fromkeys(trained)]


def _armed(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """A state that sells or supplies weapons to another: the receiver is the dative ("sold it
    the TB2s"), the to-phrase ("sells weapons to India", "to both": the article's pair), or
    the possessor of the arms ("supplied two-thirds of its major arms imports")."""
    if _unasserted(verb):
        return []
    if any(t.lemma_.lower() in HALTING for t in _stretch(verb)):
        # "asked France to stop selling weapons to Iraq", "which sold Baghdad its Mirages, has
        # frozen sales" (see _halted_supply)
        return []
    return [(d, r) for d in _doers(verb, index) for r in _arms_receivers(verb, index)]


def _stretch(token: Token) -> Span:
    """The part of a token's sentence between semicolons: "Scholz suspended the certification;
    his government approved 1,000 anti-tank weapons for Kyiv" are two acts."""
    sentence = token.sent
    start = max((t.i + 1 for t in sentence if t.text == ";" and t.i < token.i), default=sentence.start)
    end = min((t.i for t in sentence if t.text == ";" and t.i > token.i), default=sentence.end)
    return token.doc[start:end]


def _arms_receivers(verb: Token, index: ActorIndex) -> list[str]:
    """Who a verb of supply gives arms to (see _armed); none when it names no arms."""
    # what is sold: the object, or a phrase the parser hung on the verb ("around two-thirds of
    # its arms imports")
    held = [o for o in verb.children if o.dep_ in ("dobj", "prep") and o.lower_ != "to"]
    goods = [t for o in held for t in o.subtree if t.dep_ in ("dobj", "pobj", "compound")]
    if not any(g.lemma_.lower() in ARMS_NOUNS or g.lower_ in ARMS_NOUNS for g in goods):
        return []
    receivers = [
        c for d in verb.children if d.dep_ == "dative" and d.lower_ != "to" for c in countries(d, index)
    ]
    direct = [o for o in verb.children if o.dep_ == "dobj"]
    # "Ankara keeps selling Kyiv drones": the parser makes the receiver a compound of the arms
    # (a name, not a demonym: "Turkish drones" are where they are made)
    receivers += [
        m.country
        for o in direct
        for c in o.children
        if c.dep_ == "compound"
        and (m := index.at(c)) is not None
        and m.country
        and m.kind in (MentionKind.COUNTRY, MentionKind.CAPITAL)
    ]
    if len(direct) == 2:
        # "Russia sells New Delhi most of its weapons": the parser may read the dative as a
        # second object; the first of two is the one given to
        receivers += countries(direct[0], index)
    if any(p.dep_ == "prep" and p.lower_ == "with" for p in verb.children):
        # "The Soviet Union supplies Ethiopia with tanks": the object is the client
        receivers += [c for o in verb.children if o.dep_ == "dobj" for c in countries(o, index)]
    # "approved 1,000 anti-tank weapons and 500 Stinger missiles for Kyiv"
    approved = verb.lemma_.lower() == "approve"
    giving_for = (
        ["to"] + (["for"] if approved else []) + (["into"] if verb.lemma_.lower() in CARRYING_VERBS else [])
    )
    carriers = [verb, *(t for o in held if approved for t in o.subtree if t.pos_ == "NOUN")]
    preps = [
        c for n in carriers for c in n.children if c.dep_ in ("prep", "dative") and c.lower_ in giving_for
    ]
    for prep in preps:
        for phrase in (g for g in prep.children if g.dep_ == "pobj"):
            if phrase.lower_ == "both":
                sellers = _doers(verb, index)
                pair = index.recent_pair(phrase, phrase.sent, leaving_out=sellers[0] if sellers else None)
                receivers += [c for m in pair if (c := m.country)]
            else:
                receivers += countries(phrase, index)
    for noun in (g for g in goods if g.lemma_.lower() in ("import", "arsenal")):
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in ("its", "their"):
            receivers += [named] if (named := named_before(owner, index, *_doers(verb, index))) else []
        elif owner is not None:
            receivers += countries(owner, index)  # "supplied the bulk of Iraq's arsenal"
    return list(dict.fromkeys(receivers))


def _halted_supply(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """A supplier that stops its arms sales: "The Soviet Union, which supplied the bulk of Iraq's
    arsenal, ... has halted arms deliveries"; "France, which sold Baghdad its Mirage fighters,
    has frozen sales as well". The client is named in the to-phrase or in the clause that says
    what the supplier sold it."""
    objects = _objects(verb)
    if not _negated(verb) and (withheld := _aid_withheld(verb, objects, index)):
        return withheld
    if _negated(verb) or not any(o.lemma_.lower() in STOPPED_SUPPLIES for o in objects):
        return []
    armed = any(t.lemma_.lower() in ARMS_NOUNS for o in objects for t in o.subtree)
    clients = [
        c
        for o in objects
        if armed  # "halted arms exports to Turkey"; not "suspended beef exports to China"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        for c in countries(g, index)
    ]
    doers = _doers(verb, index)
    if not clients:
        # the clause on the supplier that says what it sold, wherever the parser hung the verb
        sales = [
            t
            for t in verb.sent
            if t.dep_ == "relcl"
            and t.lemma_.lower() in SUPPLYING_VERBS
            and (m := index.at(t.head)) is not None
            and m.country in doers
        ]
        clients = [r for sale in sales for r in _arms_receivers(sale, index)]
    return [(d, c) for d in doers for c in dict.fromkeys(clients)]


def _aid_withheld(verb: Token, objects: list[Token], index: ActorIndex) -> list[tuple[str, str]]:
    """ "Tokyo has frozen new grant aid and yen loans to both countries": a giver that stops its
    aid or credit to a state acts as its rival (the to-phrase may hang on the verb or the aid)."""
    given = [t for o in objects for t in (o, *o.conjuncts) if t.lemma_.lower() in WITHHELD_GIFTS]
    if not given:
        return []
    phrases = [
        g
        for node in (verb, *given)
        for p in node.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    doers = _doers(verb, index)
    receivers: list[str] = []
    for phrase in phrases:
        if phrase.lower_ == "both" or (
            phrase.lemma_.lower() == "country" and any(c.lower_ == "both" for c in phrase.children)
        ):
            pair = index.both(phrase, leaving_out=doers[0] if doers else None)
            receivers += [c for m in pair if (c := m.country)]
        else:
            receivers += countries(phrase, index)
    return [(d, r) for d in doers for r in dict.fromkeys(receivers) if d != r]


def _helped_build(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "Beijing, which helped build Pakistan's nuclear and missile programmes", "Moscow helped
    Hanoi rebuild its air force": helping a state build its arms or economy is friendly."""
    if _unasserted(verb):
        return []
    if _help_aux(verb):  # "which helped build": the parser may read "helped" as an auxiliary
        built, helped = [verb], []
    else:
        built = [
            c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in BUILDING_VERBS
        ]
        helped = [c for o in verb.children if o.dep_ == "dobj" for c in countries(o, index)]
    if not built:
        return []
    owners = [
        m.country
        for b in built
        for o in b.children
        if o.dep_ == "dobj"
        for p in o.children
        if p.dep_ == "poss" and (m := index.at(p)) is not None and m.country
    ]
    owners += [c for b in built for s in b.children if s.dep_ == "nsubj" for c in countries(s, index)]
    return [(d, r) for d in _doers(verb, index) for r in dict.fromkeys(helped + owners) if d != r]


def _help_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("help", "helps", "helped", "helping") for c in verb.children)


def _bound(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "Israel is bound to Greece and Cyprus by the EastMed pipeline pact", "The Soviet Union,
    bound to Iraq by a 1972 treaty of friendship", "the two are bound in a Union State"."""
    by = [
        g
        for a in verb.children
        if a.dep_ in ("agent", "prep") and a.lower_ in ("by", "in")
        for g in a.children
    ]
    words = {w.lemma_.lower() for g in by for w in (g, *(c for c in g.children if c.dep_ == "compound"))}
    if not words & (BINDING_PACTS | {"union"}):
        return []
    # "bound to Egypt by treaty and to Moscow by arms": the second "to" hangs on the first "by"
    tos = [
        p for a in verb.children for p in (a, *a.conjuncts) if p.lower_ == "to" and p.dep_ in ("prep", "conj")
    ]
    partners = [c for p in dict.fromkeys(tos) for g in p.children for c in countries(g, index)]
    # "is bound by her treaty of 1925 to come to Czechoslovakia's aid"
    partners += [r for c in verb.children if c.dep_ == "xcomp" for r in _rescued(c, index)]
    bound = _doers(verb, index)
    if verb.dep_ == "acl" and (m := index.find(verb.head)) is not None and m.country:
        bound = [m.country]
    if not partners and len(set(bound)) >= 2:
        return list(combinations(dict.fromkeys(bound), 2))  # "the two are bound in a Union State"
    return [(b, p) for b in dict.fromkeys(bound) for p in dict.fromkeys(partners)]


def _came_to_aid(verb: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "France came to the aid of Czechoslovakia"; not "will not come to its aid"."""
    if _negated(verb):
        return []
    return [(doer, rescued) for doer in _doers(verb, index) for rescued in _rescued(verb, index)]


def _rescued(verb: Token, index: ActorIndex) -> list[str]:
    """Whose aid or defence a verb of coming goes to: "come to Czechoslovakia's aid", "rushed to
    the defence of Kuwait"."""
    if verb.lemma_.lower() not in COMING_VERBS:
        return []
    nouns = [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() in RESCUE_NOUNS
    ]
    owners = [c for g in nouns for c in g.children if c.dep_ == "poss"]
    owners += [
        o for g in nouns for p in g.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    return [c for o in owners for c in countries(o, index)]


def _membership(led: Token) -> Token | None:
    """The word of joining or belonging above a led body ("joined the Saudi-led coalition")."""
    body = led.head
    if body.lemma_.lower() not in LED_BODIES and not _named_body(body):
        return None
    return _joining(body)


def _joining(body: Token) -> Token | None:
    """The word of joining or belonging at or above a body's noun."""
    return next((n for n in [body, *body.ancestors] if n.lemma_.lower() in MEMBERSHIP_WORDS), None)


def _led_member(led: Token, membership: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "Armenia belongs to the Russian-led Collective Security Treaty Organization",
    "Islamabad joined the Saudi-led coalition": a member and the leader of its bloc."""
    leaders = [m.country for c in led.children if (m := index.at(c)) is not None and m.country]
    if not leaders or _declined(membership):
        return []
    return [(member, leader) for member in _doers(membership, index) for leader in leaders]


def _founded_member(body: Token, membership: Token, index: ActorIndex) -> list[tuple[str, str]]:
    """ "Islamabad joined the 34-nation Islamic military alliance Riyadh announced": a member and
    the state that announced or formed the body it joins (not one that refused to join)."""
    founders = [
        c
        for clause in body.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in FOUNDING_VERBS
        for s in clause.children
        if s.dep_ == "nsubj"
        for c in countries(s, index)
    ]
    if not founders or _declined(membership):
        return []
    return [(member, founder) for member in _doers(membership, index) for founder in founders]


def _named_body(body: Token) -> bool:
    """A named organisation ("the ... Treaty Organization")."""
    return body.pos_ == "PROPN" and any(t.lemma_.lower() in LED_BODIES for t in body.subtree)
