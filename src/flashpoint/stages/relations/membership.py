"""Alliances read from membership (relations.membership.v1): a sentence that names a standing
military alliance ("the NATO treaty", "the Collective Security Treaty Organisation") and two
countries that belong to it on the article's date binds them, as an analyst reads "Warsaw,
Vilnius and Riga have discussed invoking Article 4 of the NATO treaty" or "Armenia belongs to
the CSTO and hosts Russia's 102nd base": only where a word of belonging is said (member,
belong, ally, treaty, article) or they act under it ("Under AUKUS, ..."); in a roll call of
more than MOST_NAMED members, only the member the article is about with each other one.
Members at odds in the same article (a stated, inferred or focus rivalry or hostility: Greece
and Turkey, Kyrgyzstan and Tajikistan) are not bound: membership is the weaker evidence. The
members come from data/actors/alliances.tsv."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path

from spacy.tokens import Doc, Span

from ...records import ActorMention, MentionKind, Relation, RelationKind
from ...tables import data_dir, read_table
from ..events.reference import ActorIndex, a_place
from .syntax import POSITIVE_KINDS, pair_key, topic_country

RULE = "relations.membership.v1"
NAMED_RULE = "relations.named_alliance.v1"
# the head words of a group's name that make it an alliance ("the Alliance of Sahel States")
ALLIANCE_NAMES = frozenset({"alliance", "pact", "axis", "entente", "coalition", "league"})
# words that say a sentence is about belonging ("both are NATO members", "Article 4 of the treaty")
MEMBERSHIP_WORDS = frozenset({"member", "belong", "ally", "allied", "treaty", "article"})
MOST_NAMED = 4
CONFIDENCE = 0.6
HEADER = ("alliance", "member", "joined", "left", "leader")
# how members are named as parties (a capital named as a place, "the summit in Vilnius", is not one)
MEMBER_KINDS = frozenset(
    {MentionKind.COUNTRY, MentionKind.CAPITAL, MentionKind.DEMONYM, MentionKind.PERSON, MentionKind.SEAT}
)


@dataclass(frozen=True, slots=True)
class Membership:
    alliance: str
    member: str
    joined: date
    left: date | None

    def on(self, day: date | None) -> bool:
        """A member on that day; with no date, any member the alliance ever had."""
        return day is None or (self.joined <= day and (self.left is None or day < self.left))


def load_alliances(root: Path | None = None) -> tuple[Membership, ...]:
    """Every membership row of data/actors/alliances.tsv; a bad date raises DataError."""
    rows = []
    for row in read_table((root or data_dir()) / "actors" / "alliances.tsv", HEADER):
        joined, left = row.span("joined", "left")
        if left == joined:
            raise row.fail("left the day it joined")
        rows.append(Membership(row["alliance"], row["member"], joined, left))
    return tuple(rows)


def membership_relations(
    doc: Doc,
    mentions: tuple[ActorMention, ...],
    published: date | None,
    alliances: tuple[Membership, ...],
    known: list[Relation],
) -> list[Relation]:
    """Alliances between members of an alliance a sentence names (see the module's rules)."""
    index = ActorIndex.build(doc, mentions)
    at_odds = {frozenset((r.a, r.b)) for r in known if r.kind not in POSITIVE_KINDS}
    seen = {pair_key(r.a, r.b, r.kind) for r in known}
    out = list(_named_alliances(index, at_odds, seen))
    topic = topic_country(index)
    for sentence in doc.sents:
        said = any(t.lemma_.lower() in MEMBERSHIP_WORDS for t in sentence)
        acting_under = _acted_under(sentence, index)
        if not said and not acting_under:
            continue  # "The United States, NATO and the UN called on Greece and Turkey": no tie said
        for alliance in _alliances_named(sentence, index) if said else acting_under:
            members = {m.member for m in alliances if m.alliance == alliance and m.on(published)}
            named = _members_named(sentence, index, members)
            for a, b in _bound_pairs(named, topic):
                key = pair_key(a, b, RelationKind.ALLIANCE)
                if frozenset((a, b)) in at_odds or key in seen:
                    continue
                seen.add(key)
                out.append(_relation(a, b, sentence))
    return out


def _bound_pairs(named: list[str], topic: str | None) -> Iterator[tuple[str, str]]:
    """Every pair of a few members named together; of a roll call ("The CSTO, whose members are
    Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan"), only the member the
    article is about with each of the others: a list says little of the ties among the rest."""
    if len(named) <= MOST_NAMED:
        yield from combinations(named, 2)
    elif topic in named:
        yield from ((topic, other) for other in named if other != topic)


def _named_alliances(
    index: ActorIndex, at_odds: set[frozenset[str]], seen: set[tuple[frozenset[str], bool]]
) -> Iterator[Relation]:
    """Members of an alliance the article names and lists: "Mali, Burkina Faso and Niger, the
    three regimes that call themselves the Alliance of Sahel States (AES)"."""
    for group in dict.fromkeys(index.groups.values()):
        if not ALLIANCE_NAMES.intersection(group.name.split()):
            continue
        for a, b in combinations(group.members, 2):
            key = pair_key(a, b, RelationKind.ALLIANCE)
            if frozenset((a, b)) in at_odds or key in seen:
                continue
            seen.add(key)
            yield _relation(a, b, group.token.sent, NAMED_RULE)


def _alliances_named(sentence: Span, index: ActorIndex) -> list[str]:
    found = (index.by_token.get(t.i) for t in sentence)
    return list(dict.fromkeys(m.igo for m in found if m is not None and m.igo))


def _acted_under(sentence: Span, index: ActorIndex) -> list[str]:
    """Alliances a sentence says its members act under: "Under AUKUS, the United States and
    Britain will help Australia build ... submarines"."""
    found = (index.by_token.get(t.i) for t in sentence if t.head.lower_ == "under" and t.dep_ == "pobj")
    return list(dict.fromkeys(m.igo for m in found if m is not None and m.igo))


def _members_named(sentence: Span, index: ActorIndex, members: set[str]) -> list[str]:
    """Members the sentence names as parties (not a group, "the two countries": too loose here)."""
    named = [
        m.country
        for t in sentence
        if (m := index.at(t)) is not None
        and m.kind in MEMBER_KINDS
        and m.country in members
        and not a_place(t)
    ]
    return list(dict.fromkeys(named))


def _relation(a: str, b: str, sentence: Span, rule: str = RULE) -> Relation:
    return Relation(
        a,
        b,
        RelationKind.ALLIANCE,
        True,
        sentence.text.strip(),
        sentence.start_char,
        sentence.end_char,
        rule,
        CONFIDENCE,
    )
