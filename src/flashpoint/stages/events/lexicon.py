"""The event lexicon: verb and noun senses keyed to CAMEO, and modality words.

Files (our own, under data/lexicon/): verbs.tsv and nouns.tsv map a lemma,
optionally restricted to object lemmas, to a CAMEO code and the places to look
for the target; modality.tsv lists negation, modal, intent, report words.
CAMEO codes are checked against the ontology, which supplies the PLOVER type,
mode and Goldstein score.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...errors import DataError, ErrorCode
from ...ontology import CameoCode, load_cameo
from ...tables import Row, data_dir, read_table

VERB_HEADER = ("lemma", "object", "cameo", "target", "note")
NOUN_HEADER = ("lemma", "object", "cameo", "note")
MODALITY_HEADER = ("word", "kind")
MODALITY_KINDS = {
    "negation",
    "modal",
    "future",
    "intent",
    "agree",
    "refuse",
    "threaten",
    "fear",
    "report",
    "accuse",
    "condition",
    "request",
    "light",
    "hedge",
}


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger word."""

    lemma: str
    objects: frozenset[str]  # empty: any object
    code: CameoCode
    targets: tuple[str, ...]  # "dobj", "prep:from", "dative", "none"
    source: str  # "file.tsv:12", for explanations


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    modality: dict[str, str]
    cameo: dict[str, CameoCode]

    def words(self, kind: str) -> frozenset[str]:
        return frozenset(w for w, k in self.modality.items() if k == kind)


def _targets(row: Row) -> tuple[str, ...]:
    slots = row.items("target")
    for slot in slots:
        if slot not in ("dobj", "dative", "none") and not slot.startswith("prep:"):
            raise row.fail(f"unknown target slot {slot!r}")
    return slots


NOUN_TARGETS = ("prep:of", "prep:on", "prep:against", "prep:to", "prep:in")
# "an airstrike in Iraq", "a bombing in Kabul": for force, "in" names where, not whom
FORCE_ROOTS = ("18", "19", "20")


def _noun_targets(code: CameoCode) -> tuple[str, ...]:
    if code.code.startswith(FORCE_ROOTS):
        return tuple(slot for slot in NOUN_TARGETS if slot != "prep:in")
    return NOUN_TARGETS


def _sense(row: Row, cameo: dict[str, CameoCode], *, verb: bool) -> Sense:
    code = cameo.get(row["cameo"])
    if code is None:
        raise row.fail(f"CAMEO code {row['cameo']!r} is not in the ontology")
    lemma = row["lemma"]
    if lemma != lemma.lower():
        raise row.fail(f"lemma {lemma!r} must be lower case")
    targets = _targets(row) if verb else _noun_targets(code)
    return Sense(lemma, frozenset(o.lower() for o in row.items("object")), code, targets, row.source)


def _group(senses: list[Sense]) -> dict[str, tuple[Sense, ...]]:
    grouped: dict[str, list[Sense]] = {}
    for sense in senses:
        grouped.setdefault(sense.lemma, []).append(sense)
    return {lemma: tuple(s) for lemma, s in grouped.items()}


def load_lexicon(root: Path | None = None) -> Lexicon:
    folder = (root or data_dir()) / "lexicon"
    cameo = load_cameo(root)
    verbs = [_sense(r, cameo, verb=True) for r in read_table(folder / "verbs.tsv", VERB_HEADER)]
    nouns = [_sense(r, cameo, verb=False) for r in read_table(folder / "nouns.tsv", NOUN_HEADER)]
    modality = {}
    for row in read_table(folder / "modality.tsv", MODALITY_HEADER):
        if row["kind"] not in MODALITY_KINDS:
            raise DataError(ErrorCode.E301, f"{row.source}: unknown kind {row['kind']!r}")
        modality[row["word"]] = row["kind"]
    return Lexicon(_group(verbs), _group(nouns), modality, cameo)


def choose(senses: tuple[Sense, ...], object_lemmas: set[str]) -> Sense | None:
    """The first sense whose objects match, else the general (object-free) sense."""
    for sense in senses:
        if sense.objects and sense.objects & object_lemmas:
            return sense
    return next((s for s in senses if not s.objects), None)
