"""Which date each event of a body gets: explicit, 'recently', or inherited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from ...records import EventDate
from .dates import NO_DATE, RECENT, recent, resolve
from .modality import clause_verb


class DateTracker:
    """Dates of the sentences of one body: explicit, 'recently', or inherited within a paragraph."""

    def __init__(self, published: date | None) -> None:
        self.published = published
        self.current: EventDate | None = None
        self._explicit: list[tuple[Token, EventDate]] = []

    def enter(self, sentence: Span) -> None:
        doc = sentence.doc
        if sentence.start > 0 and "\n" in doc[sentence.start - 1].whitespace_ + doc[sentence.start - 1].text:
            self.current = None  # a new paragraph: nothing to inherit
        self._explicit = []
        for ent in sentence.ents:
            if ent.label_ == "DATE" and (resolved := resolve(_with_preposition(ent), self.published)):
                self._explicit.append((ent.root, resolved))
        if self._explicit:
            self.current = self._explicit[0][1]

    def for_trigger(self, trigger: Token, sentence: Span) -> EventDate:
        if self._explicit:
            clause = clause_verb(trigger)
            near = [(abs(root.i - trigger.i) - 100 * _governs(clause, root), d) for root, d in self._explicit]
            return min(near, key=lambda pair: pair[0])[1]
        match = RECENT.search(sentence.text)
        if match and (found := recent(self.published, match.group(0))):
            return found
        if self.current is not None:
            return replace(self.current, rule="date.inherited.v1")
        return NO_DATE


def _governs(verb: Token, token: Token) -> bool:
    """Whether the date hangs on the trigger's own clause: its nearest verb is that clause's
    ("Iran, which had warned on Monday, attacked the tanker on Thursday": Thursday's)."""
    nearest = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return nearest is not None and nearest.i == verb.i


def _with_preposition(ent: Span) -> str:
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return f"{before.text} {ent.text}" if before is not None and before.lower_ == "since" else ent.text
