"""Wars going on (relations.war.v1): a columnist mentions a war under way as a standing fact
("Russia is bleeding in Ukraine", "its ground forces grinding forward in the Donbas"), not as
an event the event coder would read. An article published while a war of data/actors/wars.tsv
is on, with a sentence that names one side, names the other in it or the sentence before
(a region or city of that side counts: "the Donbas"), and says a word of fighting, states the
two sides' hostility."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path

from spacy.tokens import Doc, Span

from ...records import ActorMention, Relation, RelationKind
from ...tables import data_dir, read_table
from ..events.reference import ActorIndex
from .syntax import pair_key

RULE = "relations.war.v1"
CONFIDENCE = 0.6
HEADER = ("side_a", "side_b", "began", "ended", "name")
FIGHTING_WORDS = frozenset(
    {
        "war",
        "army",
        "armies",
        "troops",
        "forces",
        "front",
        "invasion",
        "invade",
        "offensive",
        "counter-offensive",
        "counteroffensive",
        "fighting",
        "fight",
        "bleed",
        "occupation",
        "occupy",
        "shelling",
        "battlefield",
        "frontline",
        "front-line",
        "trench",
        "battalion",
        "brigade",
        "soldier",
        "casualties",
        "battle",
        "attack",
        "strike",
        "airstrike",
        "raid",
        "bomb",
        "bomber",
        "bombing",
        "shell",
        "artillery",
        "armour",
        "armor",
        "tank",
        "armada",
        "warship",
        "warplane",
        "ceasefire",
    }
)


@dataclass(frozen=True, slots=True)
class War:
    sides: frozenset[str]
    began: date
    ended: date | None
    name: str

    def on(self, day: date) -> bool:
        return self.began <= day and (self.ended is None or day <= self.ended)


def load_wars(root: Path | None = None) -> tuple[War, ...]:
    """Every war of data/actors/wars.tsv; a bad date or a war with itself raises DataError."""
    wars = []
    for row in read_table((root or data_dir()) / "actors" / "wars.tsv", HEADER):
        began, ended = row.span("began", "ended")
        if row["side_a"] == row["side_b"]:
            raise row.fail("a war needs two sides")
        wars.append(War(frozenset((row["side_a"], row["side_b"])), began, ended, row["name"]))
    return tuple(wars)


def war_relations(
    doc: Doc,
    mentions: tuple[ActorMention, ...],
    published: date | None,
    wars: tuple[War, ...],
    places: dict[str, str],
    known: list[Relation],
) -> list[Relation]:
    """Hostility between the sides of a war on at publication, where a sentence speaks of it."""
    going_on = [w for w in wars if published is not None and w.on(published)]
    if not going_on:
        return []
    index = ActorIndex.build(doc, mentions)
    seen = {pair_key(r.a, r.b, r.kind) for r in known}
    out = []
    for war in going_on:
        a, b = sorted(war.sides)
        if pair_key(a, b, RelationKind.HOSTILE) in seen:
            continue
        sentence = next(_sentences_of(war, doc, index, places), None)
        if sentence is not None:
            out.append(_relation(a, b, sentence))
    return out


def _sentences_of(war: War, doc: Doc, index: ActorIndex, places: dict[str, str]) -> Iterator[Span]:
    previous: set[str] = set()
    for sentence in doc.sents:
        named = _sides_named(sentence, index, places)
        fighting = any(t.lemma_.lower() in FIGHTING_WORDS or t.lower_ in FIGHTING_WORDS for t in sentence)
        if fighting and named & war.sides and war.sides <= named | previous:
            yield sentence
        previous = named


def _sides_named(sentence: Span, index: ActorIndex, places: dict[str, str]) -> set[str]:
    found = {m.country for t in sentence if (m := index.at(t)) is not None and m.country}
    words = [t.text for t in sentence]
    names = words + [f"{a} {b}" for a, b in pairwise(words)]  # two-word places: "Nagorno Karabakh"
    return found | {places[name] for name in names if name in places}


def _relation(a: str, b: str, sentence: Span) -> Relation:
    return Relation(
        a,
        b,
        RelationKind.HOSTILE,
        True,
        sentence.text.strip(),
        sentence.start_char,
        sentence.end_char,
        RULE,
        CONFIDENCE,
    )
