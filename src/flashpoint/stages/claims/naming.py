"""Which country a word names: a subject or its possessor, the antecedent of "its", "it" or
"whose", the country of the person speaking ("his country"), the subject of the sentence
before."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, MentionKind
from ..events.reference import PLACE_PREPS, ActorIndex, a_place, conjuncts
from ..events.syntax import subject_of
from .cues import FORCE_NOUNS
from .ratios import compared_figure, elliptical_of
from .syntax import word_before

POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
SELLING = frozenset({"sell", "supply", "deliver", "export", "ship", "arm"})  # "armed Jakarta with"
SUPPLYING = SELLING | {"donate", "hand", "give", "transfer", "provide", "gift", "send"}
GIVING = SUPPLYING | {"lend", "grant", "extend", "pledge", "offer", "disburse"}
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
PERSONAL_POSSESSIVES = frozenset({"his", "her", "my", "our"})
LENDERS = frozenset({"bank", "creditor", "lender", "company", "firm", "investor", "syndicate", "consortium"})
REPORTING_VERBS = frozenset({"say", "tell", "add", "note", "reiterate", "state", "testify"})
COUNTING_SUBJECTS = FORCE_NOUNS | {"army"}  # "forces number", "army numbers": read as one noun
PLACE_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.CAPITAL})
GROUP_NOUNS = frozenset({"country", "nation", "region", "state", "economy", "partner"})
TOPIC_LOOKBACK_SENTENCES = 3  # how far back a sentence-opening "Its" looks for its country
COUNTERPART_PREPS = ("from", "to", "with", "for")  # "aid slated for Ukraine"
COMPARISON_PREPS = ("than", "as")
# What is given names its giver by a modifier ("American military aid", "Soviet assistance"),
# unlike what is lent ("Brazilian loans" are loans to Brazil).
GIFTS = frozenset({"aid", "assistance", "grant", "donation"})


def sentence_subject(sentence: Span, index: ActorIndex) -> str | None:
    """The country the subject of a sentence's main clause names."""
    subject = subject_of(sentence.root)
    return named_by(subject, index) if subject is not None else None


def a_verb(token: Token) -> bool:
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


def _whose(pronoun: Token, index: ActorIndex) -> str | None:
    """The country named right before a relative "whose" (a comma aside)."""
    word = word_before(pronoun)
    if word.i == pronoun.i:
        return None
    if word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.children):
        return None  # "The United States and Canada, whose cross-border trade": both of them
    mention = index.at(word)
    return mention.country if mention is not None else None


def phrase_owner(cue: Token, index: ActorIndex, *, given: bool = False, bought: bool = False) -> str | None:
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
            return named_before(child, index)
        if given and child.dep_ != "poss" and not gift_named_by_giver(cue):
            continue  # "Brazilian loans" are loans to Brazil; "Japan's loans" are Japan's
        if bought and child.dep_ == "amod":
            continue
        if child.dep_ == "amod" and any(g.lower_ == "than" for g in child.children):
            continue  # "an army of about 200,000, better than twice the size of Iraq's": compared
        if child.dep_ in ("poss", "compound", "amod", "nmod") and (m := index.find(child)) and m.country:
            return m.country
    for participle in (c for c in cue.children if c.dep_ == "amod" and c.pos_ == "VERB"):
        # "Beijing's declared budget", the possessor parsed as the participle's subject
        for possessor in (g for g in participle.children if g.dep_ == "nsubj" and _possessive(g)):
            if (m := index.find(possessor)) and m.country:
                return m.country
    # "India's army numbers about 1.2 million", "Somalia's national army fields perhaps 15,000
    # soldiers": the verb read as a noun, the figure or its noun hung on it
    misread = cue.head.head if cue.dep_ == "nsubj" and cue.head.dep_ == "relcl" else cue.head
    if cue.dep_ in ("compound", "appos", "nsubj") and a_verb(misread):
        # "Sri Lanka's armed forces number perhaps 40,000 men all told": "men" read as the
        # subject of "told", a clause on the noun-looking verb
        possessor = next((c for c in misread.children if c.dep_ == "poss"), None)
        if possessor is not None and (m := index.find(possessor)) and m.country:
            return m.country
    if cue.dep_ == "compound" and cue.head.pos_ == "NOUN":
        # "its 2023 defence allocation": the possessor of the noun the cue word qualifies
        possessor = next((c for c in cue.head.children if c.dep_ == "poss"), None)
        if possessor is not None and possessor.lower_ in POSSESSIVE_PRONOUNS:
            return named_before(possessor, index)
    return None


def _possessive(token: Token) -> bool:
    """A word marked with "'s"."""
    return any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in token.children)


def named_by(subject: Token, index: ActorIndex, *, strict: bool = False) -> str | None:
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
        return named_before(possessor, index)  # "Its defence budget is roughly $25 billion, ..."
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


def reporting_speaker(clause: Token) -> Token | None:
    """The subject of the reporting verb a clause is the content of ("Washington says ...")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return subject_of(clause.head)


def _reporter(pronoun: Token, index: ActorIndex) -> str | None:
    """The country that says what "it" did: "Washington says it has provided ..."."""
    speaker = reporting_speaker(pronoun.head)
    mention = index.at(speaker) if speaker is not None else None
    return mention.country if mention is not None and mention.kind in PLACE_KINDS else None


def _inside_organisation(mention: ActorMention, doc: Doc) -> bool:
    """ "Royal Bank of Canada said it ...": a country named inside an organisation's name."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "ORG" for t in span)


def named_before(token: Token, index: ActorIndex) -> str | None:
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
        if mention is not None and mention.igo and not mention.country and _in_a_subject(word):
            return None  # "the board of the IAEA voted to cut off its aid": the agency's
        if mention is None or not mention.country or id(mention) in placed:
            continue
        if a_place(word, PLACE_PREPS):
            # "Vietnam has 200,000 troops in Cambodia ... while its regular army": where, not whose
            placed.add(id(mention))
            continue
        word = _mention_root(word, mention)  # "the United States": judged by "States"
        while word.dep_ == "conj" and word.head.i != word.i:
            word = word.head  # "deposits from Saudi Arabia, China and the UAE": all three after "from"
        if word.head.lower_ in COUNTERPART_PREPS + COMPARISON_PREPS or elliptical_of(word):
            continue  # "three times the size of Ethiopia's, and its budget ...": compared, not the topic
        if compared_figure(word):
            continue  # "more than four times Niger's 30,000 or so, and its 2023 defence allocation"
        if word.dep_ == "compound" and word.head.pos_ == "NOUN":
            continue  # "U.S. pressure to reduce its surplus": a modifier is no antecedent
        return mention.country
    return None


def _in_a_subject(word: Token) -> bool:
    """Whether a word is inside a clause's subject ("the board of the IAEA voted")."""
    for node in [word, *word.ancestors]:
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


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


def gift_named_by_giver(cue: Token) -> bool:
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
