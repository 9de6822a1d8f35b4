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
from dataclasses import dataclass

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
    r"(?:countries|sides|nations|governments|states|neighbou?rs|capitals|rivals|parties)|the two)$",
    re.IGNORECASE,
)
GROUP_LOOKBACK_SENTENCES = 2
COMPARING = frozenset({"after", "than", "like", "unlike", "besides", "except"})  # see _a_comparand
PRONOUNS = {"it", "they"}
# a state named by what it is, just named: "Saudi Arabia ... The kingdom cut relations with Iran"
ANAPHORIC_STATES = frozenset({"kingdom", "emirate", "sultanate", "regime", "republic"})
# "the kingdom", "the emirate": states that are one (public fact; the monarchies news calls so)
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
}
PERSONAL_PRONOUNS = {"he", "she"}


@dataclass(frozen=True, slots=True)
class ActorIndex:
    doc: Doc
    by_token: dict[int, ActorMention]

    @classmethod
    def build(cls, doc: Doc, mentions: tuple[ActorMention, ...]) -> ActorIndex:
        by_token: dict[int, ActorMention] = {}
        for mention in mentions:
            if mention.field is not TextField.BODY:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for token in span or ():
                by_token.setdefault(token.i, mention)
        return cls(doc, by_token)

    def at(self, token: Token) -> ActorMention | None:
        return self.by_token.get(token.i)

    def find(self, token: Token) -> ActorMention | None:
        """The actor a phrase names: its head's, else the nearest inside it. A title that
        names no state passes to the state in its phrase ("the speaker of the Iranian
        Parliament" is Iran's), and is kept only when the phrase names none."""
        found = list(self._within(token))
        placed = (m for m in found if m.country or m.igo)
        return next(placed, found[0] if found else None)

    def find_all(self, token: Token) -> list[ActorMention]:
        """Every distinct actor inside a phrase, nearest first."""
        return list(dict.fromkeys(self._within(token)))

    def _within(self, token: Token) -> Iterator[ActorMention]:
        frontier = [token]
        seen = set()
        while frontier:
            following = []
            for node in frontier:
                mention = self.at(node)
                if mention is not None and mention not in seen:
                    seen.add(mention)
                    yield mention
                following += [c for c in node.children if c.dep_ in PHRASE_DEPS]
            frontier = following

    def group(self, phrase: Token, sentence: Span, leaving_out: str | None = None) -> list[ActorMention]:
        """ "Both countries": the last two distinct countries named before the phrase (this
        sentence and the GROUP_LOOKBACK_SENTENCES before it), other than one left out ("Beijing
        is the closest friend of both capitals")."""
        words = " ".join(t.lower_ for t in phrase.subtree if t.dep_ != "punct")
        if not GROUP.match(words):
            return []
        return self.recent_pair(phrase, sentence, words, leaving_out)

    def article_pair(self) -> list[str]:
        """The two countries the article names most (none when it names fewer)."""
        mentions = {id(m): m for m in self.by_token.values() if m.country}.values()
        top = Counter(m.country for m in mentions).most_common(2)
        return [country for country, _ in top] if len(top) == 2 else []

    def recent_pair(
        self, phrase: Token, sentence: Span, words: str = "", leaving_out: str | None = None
    ) -> list[ActorMention]:
        """The last two distinct countries named before a phrase ("bilateral trade")."""
        first = max(0, sentence.start - 200)
        starts = [s.start for s in self.doc[first : sentence.start].sents][-GROUP_LOOKBACK_SENTENCES:]
        # earlier in this sentence too: "the Japanese government ... friction between the two countries"
        window = range(starts[0] if starts else sentence.start, phrase.left_edge.i)
        found: dict[str, ActorMention] = {}
        for i in reversed(window):
            mention = self.by_token.get(i)
            if mention is not None and (_a_comparand(self.doc[i]) or mention.country == leaving_out):
                continue  # "Colombia's second-largest market after America; trade between the two"
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

    def antecedent(self, pronoun: Token) -> ActorMention | None:
        """A subject pronoun's antecedent: the nearest earlier subject that names an actor;
        for "he" or "she", one that names a single person ("U.S. Undersecretary Allen Wallis
        said he had urged Japan...")."""
        personal = pronoun.lower_ in PERSONAL_PRONOUNS
        if pronoun.lower_ not in PRONOUNS and not personal:
            return None
        if (owner := self._claimant(pronoun)) is not None:
            return owner
        for i in range(pronoun.i - 1, max(-1, pronoun.i - 80), -1):
            token = self.doc[i]
            if token.dep_ not in ("nsubj", "nsubjpass") or (mention := self.find(token)) is None:
                continue
            if not personal or self.one_person(mention):
                return mention
        return None

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

    def state_named_as(self, token: Token) -> str | None:
        """The country "the kingdom", "the emirate" or "the regime" stands for, when the token
        is such an unmodified noun: the nearest named before it by name or capital that is
        such a state (any, for "the regime" and "the republic")."""
        word = token.lemma_.lower()
        if word not in ANAPHORIC_STATES or any(
            c.dep_ in ("compound", "amod", "poss") for c in token.children
        ):
            return None
        fitting = STATE_NOUNS.get(word)
        for i in range(token.i - 1, max(-1, token.i - 200), -1):
            mention = self.by_token.get(i)
            if (
                mention is None
                or not mention.country
                or mention.kind not in (MentionKind.COUNTRY, MentionKind.CAPITAL)
            ):
                continue
            if fitting is None or mention.country in fitting:
                return mention.country
        return None

    def one_person(self, mention: ActorMention) -> bool:
        """A named person, or a singular title ("the Trade Minister", not "officials")."""
        if mention.kind is MentionKind.PERSON:
            return True
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return mention.kind is MentionKind.ROLE and span is not None and span[-1].tag_ in ("NN", "NNP")


def _counted_two(words: str) -> bool:
    """ "both countries", "the two sides": exactly two, whatever list came before."""
    return words.startswith(("both", "the two"))


def conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Iran, Russia, and Armenia")."""
    return [token, *token.conjuncts] if token.dep_ != "conj" else [token]


def _a_comparand(token: Token) -> bool:
    """A country named only to rank or compare another ("after America", "than India")."""
    return token.dep_ == "pobj" and token.head.lower_ in COMPARING
