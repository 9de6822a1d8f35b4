"""Reference: which actor a token stands for.

An `ActorIndex` maps tokens of a parsed body to the actor mentions found by
the actor stage, and answers: the actor a noun phrase names ("a senior aide
to Iran's Supreme Leader" -> IRN GOV), the actors of a coordination ("Iran,
Russia, and Armenia"), what "both countries" or "the two sides" refer back to,
and the antecedent of a subject pronoun.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, MentionKind, TextField

# Dependencies that stay inside one noun phrase; the search never crosses a clause.
PHRASE_DEPS = {
    "compound",
    "amod",
    "poss",
    "prep",
    "pobj",
    "appos",
    "nmod",
    "npadvmod",
    "det",
    "case",
    "nummod",
    "quantmod",
    "punct",
    "cc",
}
GROUP = re.compile(
    r"^(?:(?:both|the two|the)\s+"
    r"(?:countries|sides|nations|governments|states|neighbou?rs|capitals|rivals|parties)"
    r"|(?:both|the two)\s+(?:leaders|men|presidents)|the two)$",
    re.IGNORECASE,
)
GROUP_LOOKBACK_SENTENCES = 2
# "The two leaders are on chummy terms" four sentences after the last of them was named (the
# op-ed sets); countries come back within two
PEOPLE_LOOKBACK_SENTENCES = 6
PEOPLE_WORDS = ("men", "leaders", "presidents")  # "the two men": people, named less often
# "Burundi to the south, whose": the noun, its preposition, the country, and one more for a
# modifier in between
WHOSE_HOPS = 4
COMPARING = frozenset({"after", "than", "like", "unlike", "besides", "except"})  # see _a_comparand
PRONOUNS = {"it", "they"}
CHAIN_DEPTH = 3  # "it" standing for an "it" before, and so on: how far back such a chain is followed
# a state named by what it is, just named: "Saudi Arabia ... The kingdom cut relations with Iran"
# "the country" too, the nearest named: "Guatemala's army ... and the country spends $270m"
GENERIC_STATES = frozenset({"country"})
INDEFINITE = frozenset({"a", "an", "any", "every", "another"})
ANAPHORIC_STATES = (
    frozenset({"kingdom", "emirate", "sultanate", "island", "regime", "republic", "junta"}) | GENERIC_STATES
)
# "the kingdom", "the emirate": states that are one (public fact; the monarchies news calls
# so); "the island": island states
STATE_NOUNS = {
    "kingdom": frozenset(
        {
            "SAU",
            "JOR",
            "MAR",
            "BHR",
            "GBR",
            "ESP",
            "NLD",
            "BEL",
            "DNK",
            "SWE",
            "NOR",
            "THA",
            "KHM",
            "BTN",
            "LSO",
            "SWZ",
            "TON",
        }
    ),
    "emirate": frozenset({"KWT", "QAT", "ARE"}),
    "sultanate": frozenset({"OMN", "BRN"}),
    # "Taiwan ... The island is also buying better equipment": states on one island or a small
    # island group of their own, from common geography (not Japan, Indonesia or the
    # Philippines, large archipelagos news calls "the archipelago" or by name)
    "island": frozenset(
        {"TWN", "CYP", "ISL", "LKA", "MLT", "CUB", "JAM", "SGP", "MDV", "MUS", "MDG", "BHR", "FJI"}
        | {"TTO", "BRB", "NRU", "SYC", "CPV", "STP", "COM", "DMA", "GRD", "LCA", "VCT", "KNA"}
        | {"ATG", "BHS", "VUT", "SLB", "TON", "WSM", "KIR", "MHL", "FSM", "PLW", "TUV", "NZL"}
    ),
}
PERSONAL_PRONOUNS = {"he", "she"}
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
# where a country named as one of "the two" is only a place: wider than LOCATIVE_PREPS
PLACE_PREPS = frozenset({"in", "at", "near", "around", "across", "inside", "throughout"})
# weapons and kit a demonym names by their maker: an instrument, not a party ("a 44-day war
# with Israeli drones", "Pakistan fights with Chinese kit")
EQUIPMENT = frozenset(
    {"drone", "missile", "rocket", "weapon", "kit", "jet", "tank", "aircraft", "equipment", "artillery"}
)


def _a_relative_clause(verb: Token) -> bool:
    """A clause on a noun ("the aid Russia sends") or a free relative ("what Pakistan spends")."""
    return verb.dep_ == "relcl" or any(c.lower_ == "what" for c in verb.children)


# who denounces an act aimed at someone criticises its doer, not its victim: "Moscow denounced
# the aggression against Egypt" (events), and names the hostility without taking part (relations)
DENOUNCING = frozenset({"denounce", "condemn", "deplore", "decry", "censure", "criticise", "criticize"})
# what "in <capital>" may name the government of: "the regime in Damascus"
GOVERNING_NOUNS = frozenset(
    {"government", "regime", "authorities", "junta", "leadership", "administration", "rulers", "state"}
)


def _a_scene(prep: Token) -> bool:
    """A place phrase on a noun that is no government: "fighting jihadists in Mali" names
    where, not whom (but "the regime in Damascus" is Syria's). A doer's is its country: "police
    in Kenya" are Kenya's, so only targets skip scenes."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in LOCATIVE_PREPS
        and prep.head.pos_ in ("NOUN", "PROPN")
        and prep.head.lemma_.lower() not in GOVERNING_NOUNS
    )


def a_place(token: Token, preps: frozenset[str] = LOCATIVE_PREPS) -> bool:
    """A country named as where something is ("diplomats in Brussels", "around Mali"), by the
    preposition its phrase hangs on."""
    phrase = token.head if token.dep_ == "compound" else token
    return phrase.dep_ == "pobj" and phrase.head.lower_ in preps


def an_instrument(token: Token, index: ActorIndex) -> bool:
    """Equipment named by its maker's nationality, not an actor itself."""
    return token.lemma_.lower() in EQUIPMENT and index.at(token) is None


@dataclass(frozen=True, slots=True)
class NamedGroup:
    """A group of countries the article names: its name, members and the token naming it."""

    name: str
    members: tuple[str, ...]
    token: Token


@dataclass(frozen=True, slots=True)
class ActorIndex:
    doc: Doc
    by_token: dict[int, ActorMention]
    # groups the article itself names and lists: "Mali, Burkina Faso and Niger, the three
    # regimes that call themselves the Alliance of Sahel States (AES)", by name and acronym
    groups: dict[str, NamedGroup] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, mentions: tuple[ActorMention, ...]) -> ActorIndex:
        by_token: dict[int, ActorMention] = {}
        for mention in mentions:
            if mention.field is not TextField.BODY:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for token in span or ():
                by_token.setdefault(token.i, mention)
        index = cls(doc, by_token)
        return replace(index, groups=dict(index._defined_groups()))

    def at(self, token: Token) -> ActorMention | None:
        return self.by_token.get(token.i)

    def members(self, token: Token) -> tuple[str, ...]:
        """The countries of a group the article defined, named by this token ("the AES states")."""
        if not self.groups:
            return ()
        named = [token, *(c for c in token.children if c.dep_ == "compound")]
        return next((self.groups[k].members for t in named if (k := _group_key(t)) in self.groups), ())

    def _defined_groups(self) -> Iterator[tuple[str, NamedGroup]]:
        """Names given to a list of two or more countries in apposition to it, with the
        acronym in brackets after the name."""
        for token in self.doc:
            if token.pos_ != "PROPN" or not token.is_title or token.dep_ in ("compound", "pobj"):
                continue
            listed = self._listing(token)
            if len(listed) < 2:
                continue
            group = NamedGroup(_group_key(token), listed, token)
            yield group.name, group
            acronym = _bracketed_acronym(token)
            if acronym is not None:
                yield acronym.text.lower(), group

    def _listing(self, name: Token) -> tuple[str, ...]:
        """The countries a name is given to: the list its phrase stands in apposition to."""
        appositive = next((a for a in [name, *name.ancestors] if a.dep_ == "appos"), None)
        if appositive is None or appositive.sent != name.sent:
            return ()
        listed = [m.country for t in conjuncts(appositive.head) if (m := self.at(t)) and m.country]
        return tuple(dict.fromkeys(listed))

    def find(self, token: Token) -> ActorMention | None:
        """The actor a phrase names: its head's, else the nearest inside it. A title that
        names no state passes to the state in its phrase ("the speaker of the Iranian
        Parliament" is Iran's), and is kept only when the phrase names none."""
        found = list(self._within(token))
        placed = (m for m in found if m.country or m.igo)
        return next(placed, found[0] if found else None)

    def find_all(self, token: Token, *, through_scenes: bool = True) -> list[ActorMention]:
        """Every distinct actor inside a phrase, nearest first; without `through_scenes`, none
        named only as where the phrase's noun is ("jihadists in Mali"; see _a_scene)."""
        return list(dict.fromkeys(self._within(token, through_scenes)))

    def _within(self, token: Token, through_scenes: bool = True) -> Iterator[ActorMention]:
        frontier = [token]
        seen = set()
        while frontier:
            following = []
            for node in frontier:
                mention = self.at(node)
                if mention is not None and mention not in seen:
                    seen.add(mention)
                    yield mention
                following += [
                    c for c in node.children if c.dep_ in PHRASE_DEPS and (through_scenes or not _a_scene(c))
                ]
            frontier = following

    def group(self, phrase: Token, sentence: Span, leaving_out: str | None = None) -> list[ActorMention]:
        """ "Both countries": the last two distinct countries named before the phrase (this
        sentence and the GROUP_LOOKBACK_SENTENCES before it), other than one left out ("Beijing
        is the closest friend of both capitals")."""
        words = " ".join(t.lower_ for t in phrase.subtree if t.dep_ != "punct")
        if not GROUP.match(words):
            return []
        return self.recent_pair(phrase, sentence, words, leaving_out) or self._article_pair_before(
            phrase, leaving_out
        )

    def both(self, phrase: Token, leaving_out: str | None = None) -> list[ActorMention]:
        """What "both" alone stands for: the two the article is about ("America is the ally of
        both"); when one of them is who "both" is set against ("Beijing is on chummy terms with
        both" in a piece on China and Lithuania), the last two countries coordinated in its
        sentence or the one before ("Russia, and Belarus, whose dictator herded migrants across
        the Lithuanian border"), else the last two named."""
        if leaving_out not in self.article_pair() and (pair := self._article_pair_before(phrase, None)):
            return pair
        sentence = phrase.sent
        first = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        for i in range(phrase.i - 1, first - 1, -1):
            token = self.doc[i]
            if token.dep_ != "conj" or self.find(token) is None:
                continue
            listed = [m for m in self._listed_with(token) if m.country != leaving_out]
            if len(listed) == 2:
                return listed
        words = " ".join(t.lower_ for t in phrase.subtree if t.dep_ != "punct" and t.i <= phrase.i)
        return self.recent_pair(phrase, sentence, words, leaving_out)  # "both men": the people named

    def _article_pair_before(self, phrase: Token, leaving_out: str | None) -> list[ActorMention]:
        """ "Trade between the two came to $108 billion" after sentences naming neither: the two
        countries the article is about, by their last mentions before the phrase."""
        pair = [c for c in self.article_pair() if c != leaving_out]
        if len(pair) != 2:
            return []
        last = {
            m.country: m
            for i in range(phrase.i)
            if (m := self.by_token.get(i)) is not None and m.country in pair
        }
        return [last[c] for c in pair] if len(last) == 2 else []

    def article_pair(self) -> list[str]:
        """The two countries the article names most (none when it names fewer)."""
        mentions = {id(m): m for m in self.by_token.values() if m.country}.values()
        top = Counter(m.country for m in mentions).most_common(2)
        return [country for country, _ in top] if len(top) == 2 else []

    def recent_pair(
        self, phrase: Token, sentence: Span, words: str = "", leaving_out: str | None = None
    ) -> list[ActorMention]:
        """The last two distinct countries named before a phrase ("bilateral trade")."""
        people = words.endswith(PEOPLE_WORDS)
        # people are named less often than their countries: "the two leaders" looks further back
        lookback = PEOPLE_LOOKBACK_SENTENCES if people else GROUP_LOOKBACK_SENTENCES
        first = max(0, sentence.start - 200 * lookback)
        starts = [s.start for s in self.doc[first : sentence.start].sents][-lookback:]
        # earlier in this sentence too: "the Japanese government ... friction between the two countries"
        window = range(starts[0] if starts else sentence.start, phrase.left_edge.i)
        found: dict[str, ActorMention] = {}
        for i in reversed(window):
            mention = self.by_token.get(i)
            if people and mention is not None and mention.kind is not MentionKind.PERSON:
                continue  # "the two men": the last two people named, by their countries
            if mention is not None and (_a_comparand(self.doc[i]) or mention.country == leaving_out):
                continue  # "Colombia's second-largest market after America; trade between the two"
            if mention is not None and not people and a_place(self.doc[i], PLACE_PREPS):
                continue  # "British soldiers serve with the French in Estonia": a place, not one of the two
            if not found and mention is not None and mention.country and not _counted_two(words):
                listed = self._listed_with(self.doc[i])
                if len(listed) > 2:
                    return listed  # "between the U.S., Japan, ... and Canada, under which the nations"
            if mention is not None and mention.country and mention.country not in found:
                found[mention.country] = mention
            if len(found) == 2:
                return list(found.values())
        return []

    def _listed_with(self, token: Token) -> list[ActorMention]:
        """The distinct countries of the coordination a token ends ("the U.S., Japan and Canada")."""
        first = token
        while first.dep_ == "conj":
            first = first.head
        mentions = {m.country: m for t in conjuncts(first) if (m := self.find(t)) and m.country}
        return list(mentions.values())

    def antecedent(self, pronoun: Token, depth: int = 0) -> ActorMention | None:
        """A subject pronoun's antecedent: for "It" opening a sentence, the main subject of the
        sentence before (see _main_subject_before); else the nearest earlier subject that names
        an actor, or an "it" that does in turn ("It fought Yemen over the Hanish islands. Djibouti
        broke relations with it": Eritrea, which the first "it" stands for); for "he" or "she",
        one that names a single person ("U.S. Undersecretary Allen Wallis said he had urged
        Japan...")."""
        personal = pronoun.lower_ in PERSONAL_PRONOUNS
        if pronoun.lower_ not in PRONOUNS and not personal:
            return None
        if (owner := self._claimant(pronoun)) is not None:
            return owner
        if not personal and (topic := self._main_subject_before(pronoun, depth)) is not None:
            return topic
        for i in range(pronoun.i - 1, max(-1, pronoun.i - 80), -1):
            token = self.doc[i]
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if _a_relative_clause(token.head) and pronoun not in set(token.head.subtree):
                continue  # "four times what Pakistan spends; it has 1.3 million men": India's
            mention = self.find(token) or self._state_mention(token)
            if mention is None and not personal and token.lower_ == "it" and depth < CHAIN_DEPTH:
                mention = self.antecedent(token, depth + 1)
            if mention is None:
                continue
            if not personal or self.one_person(mention):
                return mention
        return None

    def _main_subject_before(self, pronoun: Token, depth: int = 0) -> ActorMention | None:
        """For "It" opening a sentence, the state the sentence before is about, its main clause's
        subject, over the subject of a clause added to it: "Israel spends close to $10 billion a
        year on defence, and Washington adds about $2.3 billion in military aid. It can field
        roughly 170,000 active troops"."""
        if pronoun.lower_ != "it" or pronoun.i != pronoun.sent.start or pronoun.sent.start == 0:
            return None
        before = self.doc[pronoun.sent.start - 1].sent
        opening = before[0]
        if opening.lower_ == "it" and opening.dep_ in ("nsubj", "nsubjpass") and depth < CHAIN_DEPTH:
            # "It has been hostile to Sudan since 1994, ...; Khartoum would not side with Asmara.
            # It fought Yemen": sentences that open with "it" go on about one state
            mention = self.antecedent(opening, depth + 1)
        else:
            mention = self.subject_before(pronoun.sent)
        return mention if mention is not None and mention.country else None

    def whose_owner(self, phrase: Token) -> ActorMention | None:
        """ "Burundi to the south, whose government accuses Kigali": the country a relative
        clause's "whose" goes back to, the nearest named on the way up from the noun the clause
        hangs on (the parser may hang it on "the south")."""
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in phrase.children):
            return None
        clause = next((a for a in phrase.ancestors if a.dep_ == "relcl"), None)
        if clause is None:
            return None
        for node in [clause.head, *clause.head.ancestors][:WHOSE_HOPS]:
            if (mention := self.at(node)) is not None and mention.country:
                return mention
        return None

    def _state_mention(self, token: Token) -> ActorMention | None:
        """The mention of the state "the junta" or "the kingdom" stands for (see state_named_as)."""
        country = self.state_named_as(token)
        if country is None:
            return None
        return next(
            (m for i in range(token.i - 1, -1, -1) if (m := self.by_token.get(i)) and m.country == country),
            None,
        )

    def _claimant(self, pronoun: Token) -> ActorMention | None:
        """ "Iran's announcement that it had launched an offensive": "it" is the possessor of the
        noun whose content the clause gives, not the subject named before ("He was responding")."""
        clause = pronoun.head
        noun = clause.head
        if pronoun.lower_ != "it" or clause.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN":
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        mention = self.at(owner) if owner is not None else None
        return mention if mention is not None and mention.country else None

    def subject_before(self, sentence: Span) -> ActorMention | None:
        """The actor the main subject of the sentence before this one names."""
        if sentence.start == 0:
            return None
        before = self.doc[sentence.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return self.find(subject) if subject is not None else None

    def state_named_as(self, token: Token, other_than: str | None = None) -> str | None:
        """The country "the kingdom", "the emirate" or "the regime" stands for, when the token
        is such an unmodified noun: the nearest named before it by name or capital that is
        such a state (any, for "the regime" and "the republic")."""
        word = token.lemma_.lower()
        if word not in ANAPHORIC_STATES or any(
            c.dep_ in ("compound", "amod", "poss") for c in token.children
        ):
            return None
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children):
            return None  # "a regime that has held Peking for less than a year": not one named before
        if word == "island" and token.tag_ != "NN":
            return None  # "the islands" are the disputed rocks, not a state
        if word in GENERIC_STATES and (
            token.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        ):
            return None  # "the country spends $270m", not "a country", "every country", "the two countries"
        fitting = STATE_NOUNS.get(word)
        for i in range(token.i - 1, max(-1, token.i - 200), -1):
            mention = self.by_token.get(i)
            if mention is None or not mention.country or mention.country == other_than:
                continue  # "Iran, the regime's one steadfast ally": not Iran's own regime
            if word not in GENERIC_STATES and mention.kind not in (MentionKind.COUNTRY, MentionKind.CAPITAL):
                continue  # "the kingdom" is a state named as one
            if mention.kind is MentionKind.DEMONYM:
                continue  # "the country" is a state's, not "Chinese banks'": "Guatemala's armed forces"
            if fitting is None or mention.country in fitting:
                return mention.country
        return None

    def one_person(self, mention: ActorMention) -> bool:
        """A named person, or a singular title ("the Trade Minister", not "officials")."""
        if mention.kind is MentionKind.PERSON:
            return True
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return mention.kind is MentionKind.ROLE and span is not None and span[-1].tag_ in ("NN", "NNP")


def _group_key(token: Token) -> str:
    """A group's name as looked up: its proper-noun words and an "of" phrase's ("alliance of
    sahel states"), or an acronym alone ("aes")."""
    words = [*_proper_words(token)]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            words += [prep, *_proper_words(noun)]
    return " ".join(t.lower_ for t in words)


def _proper_words(token: Token) -> list[Token]:
    """A proper noun with the proper nouns compounded before it ("Sahel States")."""
    before = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    return [*before, token]


def _bracketed_acronym(name: Token) -> Token | None:
    """ "the Alliance of Sahel States (AES)": the acronym in brackets right after a name."""
    end = name.right_edge.i
    doc = name.doc
    for i in range(name.i, min(end + 1, len(doc) - 1)):
        word = doc[i]
        if doc[i - 1].text == "(" and doc[i + 1].text == ")" and word.text.isupper() and 2 <= len(word) <= 6:
            return word
    return None


def _counted_two(words: str) -> bool:
    """ "both countries", "the two sides": exactly two, whatever list came before."""
    return words.startswith(("both", "the two"))


def conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Iran, Russia, and Armenia")."""
    return [token, *token.conjuncts] if token.dep_ != "conj" else [token]


def _a_comparand(token: Token) -> bool:
    """A country named only to rank or compare another ("after America", "than India")."""
    return token.dep_ == "pobj" and token.head.lower_ in COMPARING
