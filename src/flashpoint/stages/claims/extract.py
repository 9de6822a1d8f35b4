"""Binding quantities to actors: owner, attribute, counterpart, comparison.

Rules (versioned names on each claim):
- claims.value.v1: a quantity owned by the subject of its clause ("Baku agreed
  to buy $1.6 billion of arms from Israel": AZE, counterpart ISR), or by the
  actor inside its own phrase ("20 percent of Iran's population");
- claims.respectively.v1: "the budgets of Azerbaijan and Iran: $2.8 billion to
  $7.5 billion, respectively" pairs the k quantities with the k actors listed;
- claims.ratio.v1: "ten times larger than that of Azerbaijan", "one-seventh as
  much as Azerbaijan": a ratio relative to the actor after than/as.
The attribute comes from the nearest cue word of the right kind
(data/lexicon/claims.tsv); a comparison takes the attribute of the quantity
it compares with, or its own cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, Claim
from ...tables import data_dir, read_table
from ..events.dates_tracker import DateTracker
from ..events.reference import ActorIndex, conjuncts
from ..events.syntax import subject_of
from .quantities import Kind, Quantity, quantities

CUE_HEADER = ("cue", "unit", "attribute")
APPROXIMATE = {
    "approximately",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "estimated",
    "over",
    "more",
    "up",
}
COUNTERPART_PREPS = ("from", "to", "with")
COMPARISON_PREPS = ("than", "as")


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str
    attribute: str


def load_cues(root: Path | None = None) -> tuple[Cue, ...]:
    path = (root or data_dir()) / "lexicon" / "claims.tsv"
    cues = []
    for row in read_table(path, CUE_HEADER):
        if row["unit"] not in {k.value for k in Kind} | {"any"}:
            raise row.fail(f"unknown unit kind {row['unit']!r}")
        cues.append(Cue(row["cue"], row["unit"], row["attribute"]))
    return tuple(cues)


@dataclass(frozen=True, slots=True)
class Located:
    quantity: Quantity
    span: Span  # its tokens in the doc


class ClaimExtractor:
    def __init__(self, cues: tuple[Cue, ...]) -> None:
        self.cues = cues
        self._cue_words = frozenset(c.lemma for c in cues)

    def extract(
        self, doc: Doc, mentions: tuple[ActorMention, ...], *, published: date | None, article_id: str
    ) -> tuple[Claim, ...]:
        index = ActorIndex.build(doc, mentions)
        dates = DateTracker(published)
        claims: list[Claim] = []
        for sentence in doc.sents:
            dates.enter(sentence)
            claims += self._sentence_claims(sentence, index, dates, article_id, len(claims))
        return tuple(claims)

    def _sentence_claims(
        self, sentence: Span, index: ActorIndex, dates: DateTracker, article_id: str, offset: int
    ) -> list[Claim]:
        if not any(t.lemma_.lower() in self._cue_words for t in sentence):
            return []  # no attribute to bind a quantity to: skip quantulum3, the costly part
        located = [
            Located(q, span)
            for q in quantities(sentence.text)
            if (
                span := sentence.doc.char_span(
                    sentence.start_char + q.start, sentence.start_char + q.end, alignment_mode="expand"
                )
            )
        ]
        owners = self._respectively(sentence, located, index)
        claims: list[Claim] = []
        for n, item in enumerate(located):
            previous = claims[-1] if claims else None
            claim = self._claim(item, sentence, index, owners.get(n), previous, dates)
            if claim is not None:
                claims.append(_with_id(claim, f"{article_id}-c{offset + len(claims) + 1}"))
        return claims

    def _respectively(
        self, sentence: Span, located: list[Located], index: ActorIndex
    ) -> dict[int, ActorMention]:
        """ "of Azerbaijan and Iran: $2.8 billion to $7.5 billion, respectively"."""
        if "respectively" not in sentence.text.lower() or len(located) < 2:
            return {}
        first = located[0].span.start
        for token in sentence:
            if token.i >= first or token.dep_ == "conj":
                continue
            group = [m for t in conjuncts(token) if (m := index.at(t)) is not None and m.country]
            if len(group) == len(located):
                return dict(enumerate(group))
        return {}

    def _claim(
        self,
        item: Located,
        sentence: Span,
        index: ActorIndex,
        owner: ActorMention | None,
        previous: Claim | None,
        dates: DateTracker,
    ) -> Claim | None:
        q = item.quantity
        head = item.span.root
        rule = "claims.respectively.v1" if owner is not None else "claims.value.v1"
        owner = owner or self._owner(head, index)
        if owner is None or owner.country is None:
            return None
        relative_to = self._compared_with(head, index, sentence) if q.kind is Kind.RATIO else None
        if q.kind is Kind.RATIO and relative_to is None:
            return None
        attribute = self._attribute(item, sentence, previous)
        if attribute is None:
            return None
        when = dates.for_trigger(head, sentence)
        return Claim(
            claim_id="",
            actor=owner.country,
            attribute=attribute,
            value=None if q.kind is Kind.RATIO else q.value,
            unit=q.unit,
            relative_to=relative_to,
            ratio=q.value if q.kind is Kind.RATIO else None,
            counterpart=self._counterpart(head, index, owner),
            period=q.period,
            date=when.value,
            approximate=_approximate(item.span),
            text=item.span.text,
            start=item.span.start_char,
            end=item.span.end_char,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            sentence=sentence.text,
            rule="claims.ratio.v1" if q.kind is Kind.RATIO else rule,
            confidence=0.8 if rule == "claims.value.v1" else 0.7,
        )

    def _owner(self, head: Token, index: ActorIndex) -> ActorMention | None:
        """The clause's subject, else an actor inside the quantity's own phrase."""
        verb = next((a for a in [head, *head.ancestors] if a.pos_ in ("VERB", "AUX")), None)
        subject = subject_of(verb) if verb is not None else None
        found = index.find(subject) if subject is not None else None
        if found is None:
            found = next((m for m in index.find_all(head) if m.country), None)
        return found

    def _compared_with(self, head: Token, index: ActorIndex, sentence: Span) -> str | None:
        """The actor after "than" or "as ... as" near the comparison."""
        for token in sentence[head.i - sentence.start :]:
            if token.lower_ in COMPARISON_PREPS and token.i > head.i:
                for found in (index.find(t) for t in token.subtree if t is not token):
                    if found is not None and found.country:
                        return found.country
        return None

    def _counterpart(self, head: Token, index: ActorIndex, owner: ActorMention) -> str | None:
        verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
        if verb is None:
            return None
        nouns = [verb, *[t for t in verb.subtree if t.dep_ in ("dobj", "pobj")]]
        for node in nouns:
            for child in node.children:
                if child.dep_ == "prep" and child.lower_ in COUNTERPART_PREPS:
                    found = next((m for g in child.children for m in index.find_all(g) if m.country), None)
                    if found is not None and found.country != owner.country:
                        return found.country
        return None

    def _attribute(self, item: Located, sentence: Span, previous: Claim | None) -> str | None:
        kind = item.quantity.kind
        if kind is Kind.RATIO and previous is not None and previous.sentence_start == sentence.start_char:
            return previous.attribute  # "$400 million a year ..., or one-seventh as much as"
        wanted = {Kind.RATIO: None}.get(kind, kind.value)
        best: tuple[int, str] | None = None
        for token in sentence:
            for cue in self.cues:
                if token.lemma_.lower() != cue.lemma or (wanted is not None and cue.kind != wanted):
                    continue
                distance = abs(token.i - item.span.root.i)
                if best is None or distance < best[0]:
                    best = (distance, cue.attribute)
        return best[1] if best else None


def _approximate(span: Span) -> bool:
    doc = span.doc
    before = {doc[i].lower_ for i in range(max(0, span.start - 2), span.start)}
    return bool(before & APPROXIMATE) or any(t.lower_ in APPROXIMATE for t in span)


def _with_id(claim: Claim, claim_id: str) -> Claim:
    from dataclasses import replace

    return replace(claim, claim_id=claim_id)
