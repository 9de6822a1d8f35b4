"""Recognise: find every span in a parsed Doc that may name an actor.

This is the computing half of actor resolution: it only matches the tables
against tokens and returns plain candidate tuples; `resolve.py` decides what
they mean in context. Matching is case-sensitive (ORTH) for names, so the
pronoun "us" is not "US" and "turkey" the bird is not "Turkey"; sector nouns
match on lower case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ...tables import data_dir, read_table
from .gazetteer import Entry, Gazetteer, Role

STOPLIST_HEADER = ("phrase", "note")


@dataclass(frozen=True, slots=True)
class Candidates:
    """What the tables matched in one Doc, as token spans."""

    names: tuple[tuple[Span, Entry], ...]  # countries, demonyms, capitals, seats, IGOs
    roles: tuple[tuple[Span, Role], ...]
    people: tuple[tuple[Span, str], ...]  # span and the table surface it matched
    us_states: tuple[Span, ...] = ()


@dataclass(slots=True)
class Recogniser:
    """Holds the compiled matchers; built on first use, so construction does no work."""

    gazetteer: Gazetteer
    stoplist_path: Path = field(default_factory=lambda: data_dir() / "actors" / "not_actors.tsv")
    _vocab: Vocab | None = None
    _names: PhraseMatcher | None = None
    _roles: PhraseMatcher | None = None
    _people: PhraseMatcher | None = None
    _stop: PhraseMatcher | None = None
    _states: PhraseMatcher | None = None
    _entry_by_key: dict[str, Entry] = field(default_factory=dict)
    _role_by_key: dict[str, Role] = field(default_factory=dict)

    def _prepare(self, doc: Doc) -> None:
        if self._vocab is doc.vocab:
            return
        make = doc.vocab  # patterns are tokenised with the doc's own tokenizer rules
        tokenizer = _tokenizer_for(doc)
        self._names = PhraseMatcher(make, attr="ORTH")
        self._people = PhraseMatcher(make, attr="ORTH")
        self._roles = PhraseMatcher(make, attr="LOWER")
        self._stop = PhraseMatcher(make, attr="ORTH")
        self._states = PhraseMatcher(make, attr="ORTH")
        self._states.add("STATE", [tokenizer(name) for name in self.gazetteer.us_states])
        for entry in self.gazetteer.entries:
            if entry.surface not in self._entry_by_key:  # first listing wins
                self._entry_by_key[entry.surface] = entry
                self._names.add(entry.surface, [tokenizer(entry.surface)])
        for role in self.gazetteer.roles:
            key = role.term.lower()
            self._role_by_key.setdefault(key, role)
            self._roles.add(key, [tokenizer(role.term)])
        for surface in {s for s, _ in self.gazetteer.person_names}:
            self._people.add(surface, [tokenizer(surface)])
        phrases = [row["phrase"] for row in read_table(self.stoplist_path, STOPLIST_HEADER)]
        self._stop.add("STOP", [tokenizer(p) for p in phrases])
        self._vocab = doc.vocab

    def __call__(self, doc: Doc) -> Candidates:
        self._prepare(doc)
        assert self._names is not None and self._roles is not None
        assert self._people is not None and self._stop is not None and self._states is not None
        blocked = {i for _, s, e in self._stop(doc) for i in range(s, e)}
        names = _longest(doc, self._names(doc), blocked)
        people = _longest(doc, self._people(doc), blocked)
        roles = _longest(doc, self._roles(doc), set())
        return Candidates(
            names=tuple((span, self._entry_by_key[span.label_]) for span in names),
            roles=tuple((span, self._role_by_key[span.label_]) for span in roles),
            people=tuple((span, span.label_) for span in people),
            us_states=tuple(_longest(doc, self._states(doc), set())),
        )


def _tokenizer_for(doc: Doc):  # type: ignore[no-untyped-def]
    """A function that tokenises a pattern the way the Doc's pipeline does."""
    from spacy.lang.en import English

    tokenizer = English(vocab=doc.vocab).tokenizer if doc.vocab.lang == "en" else None
    if tokenizer is None:  # pragma: no cover - only English models are supported
        raise ValueError(f"unsupported language {doc.vocab.lang!r}")
    return tokenizer


def _longest(doc: Doc, matches: list[tuple[int, int, int]], blocked: set[int]) -> list[Span]:
    """Non-overlapping spans, longest first, none touching a blocked token."""
    spans = [
        Span(doc, start, end, label=doc.vocab.strings[key])
        for key, start, end in matches
        if not blocked.intersection(range(start, end))
    ]
    return sorted(filter_spans(spans), key=lambda span: span.start)
