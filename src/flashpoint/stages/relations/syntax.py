"""What relation rules read off a parse: the countries a phrase names, a clause's subjects,
the actor a phrase describes, the country named before a pronoun."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from ...records import ActorMention, MentionKind, RelationKind
from ..events.reference import INDEFINITE, PLACE_PREPS, ActorIndex, a_place, an_instrument, conjuncts

PERSON_LOOKBACK_TOKENS = 60
GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime", "cabinet", "junta"})
BARE_STATE_SUBJECTS = frozenset({"government", "we", "authority", "ministry"})
RULING = frozenset({"hold", "rule", "control", "run", "govern"})  # what a government does to its state

POSITIVE_KINDS = frozenset({RelationKind.ALLIANCE, RelationKind.FRIENDLY})
# auxiliaries that make a verb only possible ("would not support", "could sell")
MODALS = frozenset({"would", "could", "may", "might", "should", "will", "can"})
SAYING = frozenset({"say", "announce", "declare", "warn", "insist", "add", "state", "vow", "pledge"})
# nouns of a sign of something, denied by "no": "there is no sign that Peking intends ..."
INDICATIONS = frozenset({"sign", "evidence", "indication", "hint", "intention", "plan", "prospect"})
REFUSALS = frozenset({"refuse", "decline", "reject", "resist", "deny"})  # "refused to join Western sanctions"


def pair_key(a: str, b: str, kind: RelationKind) -> tuple[frozenset[str], bool]:
    return frozenset((a, b)), kind in POSITIVE_KINDS


# groups inside a state that a demonym names without being the state: "Syrian Kurdish militias"
NON_STATE_GROUPS = frozenset(
    {"militia", "rebel", "insurgent", "opposition", "separatist", "guerrilla", "jihadist", "faction"}
)
# what a capital names as its venue: "the London conference", "the Minsk agreements"
VENUE_NOUNS = frozenset(
    {"conference", "program", "programme", "talks", "summit", "agreement", "accord", "declaration", "process"}
    | {"protocol", "communique", "format", "meeting", "convention"}
)
# others named by whom they oppose: "Eritrea stands with Ethiopia's enemies" is not with Ethiopia
ADVERSARY_NOUNS = frozenset({"enemy", "foe", "adversary", "opponent"})


def countries(token: Token, index: ActorIndex) -> list[str]:
    if token.lemma_.lower() in NON_STATE_GROUPS and index.at(token) is None:
        return []  # "American support for Syrian Kurdish militias": no tie with Syria
    if token.lemma_.lower() in ADVERSARY_NOUNS and index.at(token) is None:
        return []  # "stands with Ethiopia's enemies", "arming Baghdad's foes": not that state
    if token.dep_ == "pobj" and token.head.lower_ == "with" and an_instrument(token, index):
        return []  # "a 44-day war with Israeli drones": what it was fought with
    found = [m.country for t in conjuncts(token) if (m := index.find(t) or _referent(t, index)) and m.country]
    found += [c for t in conjuncts(token) if index.at(t) is None for c in _of_list(t, index)]
    found += [c for t in conjuncts(token) for c in index.members(t)]  # "the AES states"
    # "American and Qatari money": the modifiers coordinated with the one the noun is named by
    found += [
        m.country
        for c in token.children
        if c.dep_ in ("amod", "compound") and index.at(c) is not None and c.conjuncts
        for t in (c, *c.conjuncts)
        if (m := index.at(t)) is not None and m.country
    ]
    # "with Washington, Israel, the UAE and Saudi Arabia" parsed as an apposition: another
    # country in apposition to one is the next in its list
    if not (own := index.at(token)) or not own.country:
        return list(dict.fromkeys(found))
    listed = [
        m.country
        for a in token.children
        if a.dep_ == "appos"
        and not _a_whose_clause(a)
        and (named := index.at(a))
        and named.country
        and named.country not in found
        for t in conjuncts(a)
        if (m := index.find(t)) is not None and m.country
    ]
    return list(dict.fromkeys(found + listed))


def venue_named(token: Token, mention: ActorMention) -> bool:
    """ "the London program", "the Minsk agreements": a capital naming where a meeting or text
    was made, no party to it."""
    return (
        mention.kind is MentionKind.CAPITAL
        and token.dep_ == "compound"
        and token.head.lemma_.lower() in VENUE_NOUNS
    )


def set_aside(token: Token) -> bool:
    """ "this time not against France but against the Moroccans": a party the sentence denies."""
    if token.dep_ != "pobj" or token.head.i == 0:
        return False
    return token.doc[token.head.i - 1].lower_ in ("not", "never")


def _a_whose_clause(appositive: Token) -> bool:
    """ "Sweden, whose own accession Turkey and Hungary are still holding up": a relative clause
    the parser read as an apposition; the countries in it are not a list with Sweden."""
    return any(t.lower_ == "whose" for t in appositive.subtree if t.i < appositive.i)


def _of_list(token: Token, index: ActorIndex) -> list[str]:
    """The countries listed in a noun's of-phrase: "the military governments of Mali and Burkina
    Faso" (find() gives only the first)."""
    return [
        m.country
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for t in conjuncts(noun)
        if (m := index.find(t)) is not None and m.country
    ]


def _referent(pronoun: Token, index: ActorIndex) -> ActorMention | None:
    """The state an object "it" stands for ("Djibouti broke relations with it", "China has
    punished it"): the nearest earlier subject naming one, but never the subject of the
    pronoun's own clause, which "it" cannot be (that would be "itself")."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "pobj", "dative"):
        return None
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    sentence = pronoun.sent
    previous = index.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for i in range(pronoun.i - 1, previous - 1, -1):
        token = index.doc[i]
        if token.dep_ not in ("nsubj", "nsubjpass") or (verb is not None and token.head.i == verb.i):
            continue
        if token.lower_ == "it":
            # a chain of pronouns: "It fought Yemen ... Djibouti broke relations with it" is
            # the state the first "it" stands for
            return index.antecedent(token)
        if token.lower_ == "they":
            return None
        if (mention := index.find(token)) is not None and mention.country:
            return mention
    return None


NO_STATE = "-"  # what _previous_topic finds when the sentence before is about no state


def named_before(token: Token, index: ActorIndex, *others: str) -> str | None:
    """The nearest country named before a possessive pronoun, other than its partners; inside
    a relative clause on a country, that country ("Russia, which depends on Iranian drones for
    its war")."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    antecedent = index.at(clause.head) if clause is not None else None
    if antecedent is not None and antecedent.country and antecedent.country not in others:
        return antecedent.country
    if (topic := _previous_topic(token, index, others)) is not None:
        return topic if topic != NO_STATE else None
    start = token.sent.start
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    clause_start = verb.left_edge.i if verb is not None else start
    # a semicolon ends a clause whatever the parser hung across it
    stops = [t.i + 1 for t in index.doc[clause_start : token.i] if t.text in (";", ":")]
    clause_start = max([clause_start, *stops])
    window = range(token.i - 1, max(clause_start - 1, token.i - 40), -1)
    if verb is not None and (subject := _subject_past_its_apposition(verb, token, index, others)):
        return subject  # "China, Pakistan's oldest backer, has its own quarrel with India"
    if (own := _nearest_named(index, window, others)) is not None:
        return own
    # none in its own clause: the subject of the clause before ("Turkey's partners are
    # Washington, Riyadh and Doha; its relations with Tehran have soured" are Turkey's)
    earlier = index.doc[start:clause_start]
    if clause_start > start and (subject := _main_subject(earlier, index, others, ("ccomp",))):
        return subject
    if (
        own := _nearest_named(index, range(clause_start - 1, max(start - 1, token.i - 40), -1), others)
    ) is not None:
        return own
    # none in its own sentence: the subject the sentence before ends on ("some 850 Georgian
    # soldiers serve alongside American forces in Iraq. Poland ... are its loudest friends")
    if start > 0 and (subject := _main_subject(index.doc[start - 1].sent, index, others)) is not None:
        return subject
    return _nearest_named(index, range(start - 1, max(-1, token.i - 40), -1), others)


def _subject_past_its_apposition(
    verb: Token, pronoun: Token, index: ActorIndex, others: tuple[str, ...]
) -> str | None:
    """The country a clause's subject names when every country between it and the pronoun is
    named inside the subject's own apposition or relative clause."""
    subject = subject_of(verb)
    if subject is None or pronoun.i <= subject.right_edge.i or (named := index.at(subject)) is None:
        return None  # not "Kuwait, a key backer of Iraq in its war with Iran": Iraq's war
    if not named.country or named.country in others:
        return None
    inner = [
        i
        for i in range(subject.i + 1, pronoun.i)
        if (m := index.by_token.get(i)) is not None and m.country and m is not named
    ]
    attached = [t for t in subject.children if t.dep_ in ("appos", "relcl")]
    inside = {i for t in attached for i in range(t.left_edge.i, t.right_edge.i + 1)}
    return named.country if inner and all(i in inside for i in inner) else None


def _nearest_named(index: ActorIndex, positions: range, others: tuple[str, ...]) -> str | None:
    """The first country named at these positions, other than the partners; a place ("forces
    in Iraq") only when nothing else is named."""
    named = [
        (i, m.country)
        for i in positions
        if (m := index.by_token.get(i)) is not None and m.country and m.country not in others
    ]
    actors = [(i, c) for i, c in named if not a_place(index.doc[i], PLACE_PREPS)]
    chosen = (actors or named)[:1]
    return chosen[0][1] if chosen else None


def _main_subject(
    words: Span, index: ActorIndex, others: tuple[str, ...], also: tuple[str, ...] = ()
) -> str | None:
    """The last subject of a main clause (the root or a clause coordinated with it, not one
    reported or relative, unless `also` admits it) that names a country: its possessor counts
    ("Turkey's partners"), and "it" its antecedent."""
    heads = ("ROOT", *also)
    subjects = [
        t
        for t in reversed(words)
        if t.dep_ in ("nsubj", "nsubjpass")
        and (t.head.dep_ in heads or (t.head.dep_ == "conj" and t.head.head.dep_ in heads))
    ]
    for subject in subjects:
        mention = index.antecedent(subject) if subject.lower_ == "it" else index.find(subject)
        if mention is not None and mention.country and mention.country not in others:
            return mention.country
    return None


def plural_referent(pronoun: Token, index: ActorIndex) -> list[str]:
    """The countries "their" stands for: the nearest subject before it (in its sentence or the
    one before) when that names two or more ("The AES states have expelled French troops;
    their remaining friends are Moscow, Ankara and Rabat"); none when it names one country,
    whose people "their" more likely means."""
    sentence = pronoun.sent
    first = index.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for i in range(pronoun.i - 1, first - 1, -1):
        token = index.doc[i]
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if named := list(dict.fromkeys(countries(token, index))):
            return named if len(named) >= 2 else []
    return []


def _previous_topic(pronoun: Token, index: ActorIndex, others: tuple[str, ...]) -> str | None:
    """For "its" inside the subject that opens a sentence, with no other country named before it
    there, the country the sentence before is about: "The Saudi military has spent four years in
    Yemen ... The United Arab Emirates, its closest partner in that war, began pulling out"."""
    sentence = pronoun.sent
    subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or sentence.start == 0 or pronoun not in set(subject.subtree):
        return None
    named = {m.country for t in pronoun.doc[sentence.start : pronoun.i] if (m := index.at(t)) and m.country}
    if named - set(others):
        return None
    if _about_no_state(index.doc[sentence.start - 1].sent, index):
        # "The group says it will accept ... Tehran, its patron, has signalled no objection":
        # the sentence before is about a movement, and "its" is the movement's
        return NO_STATE
    mention = index.subject_before(sentence)
    return mention.country if mention is not None and mention.country not in (None, *others) else None


def _about_no_state(sentence: Span, index: ActorIndex) -> bool:
    """A sentence whose main subject is a noun naming no state: "The group says ...", "Israeli
    estimates put its arsenal at ..." (a demonym on a word for no actor)."""
    subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or index.state_named_as(subject):
        return False
    mention = index.find(subject)
    if mention is None:
        return subject.ent_type_ not in ("GPE", "NORP", "PERSON")
    return mention.kind is MentionKind.DEMONYM and mention.sector is None and index.at(subject) is None


def partner_named(cue: Token, index: ActorIndex) -> str | None:
    """The country of an on/against/with phrase on the cue."""
    found = partners_named(cue, index)
    return found[0] if found else None


def partners_named(
    cue: Token, index: ActorIndex, preps: tuple[str, ...] = ("on", "against", "with")
) -> list[str]:
    """The countries of the first on/against/with phrase on the cue that names any."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            found = [c for g in child.children if g.dep_ == "pobj" for c in countries(g, index)]
            if found:
                return list(dict.fromkeys(found))
    return []


def modifier_countries(cue: Token, index: ActorIndex) -> list[str]:
    """Countries named in the words before a cue noun, inside its own phrase."""
    found = [
        m.country
        for left in cue.lefts
        if left.dep_ in ("compound", "amod", "nmod", "npadvmod")
        for t in left.subtree
        if (m := index.at(t)) is not None and m.country
    ]
    return list(dict.fromkeys(found))


def described_actor(cue: Token, index: ActorIndex) -> str | None:
    """The actor a phrase is in apposition to, else the subject its clause describes."""
    for node in [cue, *cue.ancestors]:
        if node.dep_ == "appos" and node.head.lemma_.lower() in NON_STATE_GROUPS:
            return None  # "Kurdish militias, America's partners against Islamic State": no state
        if node.dep_ != "appos" or (found := index.find(node.head)) is None:
            continue
        inside = cue.left_edge.idx <= found.start < cue.right_edge.idx + len(cue.right_edge)
        if not inside:  # "the Charter, a pact with Mali": Mali is the partner, not what is described
            return found.country
    subjects = clause_subjects(cue, index)
    return subjects[0] if subjects else None


def described_actors(cue: Token, index: ActorIndex) -> list[str]:
    """The actors a plural phrase is in apposition to: the parser hangs "America's treaty
    allies" on the last of "Britain, France and Germany", but it describes all three."""
    one = described_actor(cue, index)
    phrase = next((n for n in [cue, *cue.ancestors] if n.dep_ == "appos"), None)
    if one is not None and phrase is None and cue.dep_ == "attr" and cue.tag_ in ("NNS", "NNPS"):
        # "Albania and Yugoslavia are Moscow's closest friends": every subject is one
        subject = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        phrase = cue if subject is not None else None
        first = subject
    elif one is None or phrase is None or phrase.tag_ not in ("NNS", "NNPS"):
        return [one] if one else []
    else:
        first = phrase.head
    while first.dep_ == "conj":
        first = first.head
    listed = [m.country for t in [first, *first.conjuncts] if (m := index.find(t)) and m.country]
    return list(dict.fromkeys(listed)) if one in listed else [one]


# verbs that judge another for what it did: "forgave Sana'a for siding with Baghdad"
JUDGING_VERBS = frozenset(
    {
        "forgive",
        "blame",
        "punish",
        "thank",
        "praise",
        "criticise",
        "criticize",
        "condemn",
        "reward",
        "fault",
        "accuse",
    }
)


def clause_subjects(token: Token, index: ActorIndex) -> list[str]:
    """Countries the subject names; "it" takes its antecedent ("Britain said it would...")."""
    # the nearest verb with a subject: "he intended to raise tariffs in retaliation" is the
    # intender's, "South Korea unveiled a list in line with its policy of seeking to limit
    # its surplus to ease friction with Washington" is South Korea's
    if judged := _judged_for(token, index):
        return judged
    verb = next((a for a in [token, *token.ancestors] if a.pos_ in ("VERB", "AUX") and subject_of(a)), None)
    subject = subject_of(verb) if verb is not None else None
    if subject is None:
        return _misread_subject(token, index)
    if subject.lower_ in ("which", "that", "who") and subject.head.dep_ == "relcl":
        # "Ukraine, which is in a military conflict with Russia"; "Iran, which shares a border
        # with both and loathes Israel's presence"
        subject = subject.head.head
    elif (antecedent := _antecedent_of_all(subject)) is not None:
        subject = antecedent
    found = countries(subject, index)
    # "it", "he", "she": "they" is as often a people ("the Azeris ... they share ties") as a state
    if (
        not found
        and subject.lower_ in ("it", "he", "she")
        and (antecedent := index.antecedent(subject))
        and antecedent.country
    ):
        found = [antecedent.country]
    if not found and subject.lower_ == "they" and (reporters := _reporting_states(subject, index)):
        found = reporters  # "Germany and France said that they would halt arms exports to Turkey"
    if not found and (ruled := _what_it_rules(subject, index)):
        found = [ruled]  # "a regime that has held Peking for less than a year"
    if not found and (named := index.state_named_as(subject)):
        found = [named]  # "Saudi Arabia executed a cleric. The kingdom cut relations with Iran"
    if not found and token not in set(subject.subtree) and (group := index.group(subject, subject.sent)):
        found = [m.country for m in group if m.country]  # "The two countries have been treaty allies"
    if not found and (leader := _leaders_government(subject)) is not None:
        # "Olaf Scholz suspended the certification; his government approved 1,000 anti-tank
        # weapons for Kyiv": the government of the leader the pronoun stands for
        found = [leader_country] if (leader_country := person_before(leader, index)) else []
    if not found and _a_bare_state(subject):
        found = [named] if (named := _last_government(subject, index) or topic_country(index)) else []
    return found


def _misread_subject(token: Token, index: ActorIndex) -> list[str]:
    """ "Cairo resents Ankara's new role": a name before a verb with no subject, which the parser
    read as a compound of the verb."""
    verb = next((a for a in [token, *token.ancestors] if a.pos_ == "VERB"), None)
    if verb is None:
        return []
    named = [c for c in verb.children if c.dep_ in ("compound", "npadvmod") and c.i < verb.i]
    return [m.country for c in named if (m := index.at(c)) is not None and m.country]


def _judged_for(token: Token, index: ActorIndex) -> list[str]:
    """Who did what a judging verb's "for" names: "Riyadh has not forgiven Sana'a for siding with
    Baghdad" (Sana'a sided, not Riyadh)."""
    act = next((a for a in [token, *token.ancestors] if a.pos_ == "VERB"), None)
    if act is None or act.dep_ != "pcomp" or act.head.lower_ not in ("for", "of"):
        return []
    judge = act.head.head
    if judge.lemma_.lower() not in JUDGING_VERBS:
        return []
    judged = [t for t in judge.children if judge.i < t.i < act.i and t.dep_ not in ("prep", "punct", "neg")]
    return [m.country for t in judged if (m := index.at(t)) is not None and m.country]


def _antecedent_of_all(subject: Token) -> Token | None:
    """What "all of which" stands for: "Vietnam, the Philippines and Malaysia, all of which have
    rival claims with Beijing" (not "none of which": a denial)."""
    of_which = [g for c in subject.children if c.lower_ == "of" for g in c.children]
    if subject.lower_ not in ("all", "each", "both", "most", "many") or not any(
        g.lower_ in ("which", "whom") for g in of_which
    ):
        return None
    if subject.head.dep_ == "relcl":
        return subject.head.head
    # the parser may hang the clause on the main verb: the list is then the phrase just before
    before = subject.i - 1
    while before >= subject.sent.start and subject.doc[before].is_punct:
        before -= 1
    if before < subject.sent.start:
        return None
    head = subject.doc[before]
    while head.dep_ in ("conj", "appos") and head.head.i < head.i:
        head = head.head
    return head


def _reporting_states(pronoun: Token, index: ActorIndex) -> list[str]:
    """The states that say what "they" will do, when two or more are the reporting verb's
    subject: "Germany and France said at the weekend that they would halt arms exports"."""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAYING:
        return []
    speaker = subject_of(clause.head)
    found = countries(speaker, index) if speaker is not None else []
    return found if len(found) >= 2 else []


def _leaders_government(subject: Token) -> Token | None:
    """The "his" or "her" of "his government", "her administration"."""
    if subject.lemma_.lower() not in GOVERNMENT_NOUNS:
        return None
    return next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)


def person_before(pronoun: Token, index: ActorIndex) -> str | None:
    """The country of the last person named before a possessive "his" or "her"."""
    for i in range(pronoun.i - 1, max(-1, pronoun.i - PERSON_LOOKBACK_TOKENS), -1):
        mention = index.by_token.get(i)
        if mention is not None and mention.kind is MentionKind.PERSON:
            return mention.country
    return None


def _what_it_rules(subject: Token, index: ActorIndex) -> str | None:
    """The state a government is said to hold: "a regime that has held Peking", "the junta
    that rules Rangoon"."""
    if subject.lemma_.lower() not in GOVERNMENT_NOUNS:
        return None
    for clause in (c for c in subject.children if c.dep_ == "relcl" and c.lemma_.lower() in RULING):
        held = next((o for o in clause.children if o.dep_ == "dobj"), None)
        if held is not None and (mention := index.find(held)) is not None and mention.country:
            return mention.country
    return None


def _a_bare_state(subject: Token) -> bool:
    """ "The government adopted the policies to head off a trade war with the U.S.", "We must
    do it or face retaliation from Washington": a state named by no name is the article's own."""
    modified = any(c.dep_ in ("compound", "amod", "poss") for c in subject.children)
    # "a notable step for a government that has backed India": a government described, not
    # one named before
    indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in subject.children)
    return subject.lemma_.lower() in BARE_STATE_SUBJECTS and not modified and not indefinite


def _last_government(subject: Token, index: ActorIndex) -> str | None:
    """The country of the government named last before a bare "the government"."""
    for i in range(subject.i - 1, -1, -1):
        mention = index.by_token.get(i)
        if mention is not None and mention.country and mention.text.lower().endswith("government"):
            return mention.country
    return None


def topic_country(index: ActorIndex) -> str | None:
    """The country an article names most by name or capital (officials are often foreign)."""
    mentions = {id(m): m for m in index.by_token.values()}.values()
    named = (
        m.country for m in mentions if m.country and m.kind in (MentionKind.COUNTRY, MentionKind.CAPITAL)
    )
    counts = Counter(named)
    return counts.most_common(1)[0][0] if counts else None


def subject_of(verb: Token) -> Token | None:
    """A verb's subject; a coordinated verb shares its head's ("We must act or face ...")."""
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return own


def object_countries(verb: Token, index: ActorIndex) -> list[str]:
    """The countries a verb's direct objects name themselves, not a phrase about one ("supports
    the U.S. proposal"): "Kuwait has backed Iraq", "joined Mrs May and Mr Trudeau"."""
    return [
        m.country
        for o in verb.children
        if o.dep_ == "dobj"
        for t in conjuncts(o)
        if (m := index.at(t)) and m.country
    ]
