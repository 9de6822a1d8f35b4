"""The relation lexicons: cue words, modifiers of neutral nouns, words of conflict."""

from __future__ import annotations

from pathlib import Path

from ...records import RelationKind
from ...tables import data_dir, read_table

CUE_HEADER = ("cue", "kind")

MODIFIER_HEADER = ("modifier", "kind")


def load_cues(root: Path | None = None) -> dict[str, RelationKind]:
    """Cue words and the relation each states (data/lexicon/relations.tsv)."""
    return kinds_table((root or data_dir()) / "lexicon" / "relations.tsv", CUE_HEADER)


def load_modifiers(root: Path | None = None) -> dict[str, RelationKind]:
    """Modifiers that give "relations" or "ties" a kind (data/lexicon/relation_modifiers.tsv)."""
    return kinds_table((root or data_dir()) / "lexicon" / "relation_modifiers.tsv", MODIFIER_HEADER)


def kinds_table(path: Path, header: tuple[str, str]) -> dict[str, RelationKind]:
    word, kind = header
    table = {}
    for row in read_table(path, header):
        try:
            table[row[word]] = RelationKind(row[kind])
        except ValueError as e:
            raise row.fail(str(e)) from e
    return table


def load_focus_words(root: Path | None = None) -> dict[str, RelationKind]:
    """Words of conflict that mark the sentence where an article's main dyad is at odds."""
    return kinds_table((root or data_dir()) / "lexicon" / "focus_words.tsv", ("word", "kind"))
