"""Scoring analysis documents against gold files, by ../shared/EVALUATION.md.

Scoring reads only the JSON document (the output contract), exactly as an
outside scorer would. Every figure is a `Ratio` that prints with its counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .gold import ActorSetGold, ClaimSetGold, GoldClaim, GoldDocument, GoldEvent, GoldNonEvent, GoldRelation

POSITIVE = {"alliance", "friendly"}
NEGATIVE = {"rival", "hostile"}
SYMMETRIC_ATTRIBUTES = {"trade_volume"}
CLAIM_TOLERANCE = 0.02
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Ratio:
    hit: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hit + other.hit, self.total + other.total)

    def __str__(self) -> str:
        value = "n/a" if self.value is None else f"{self.value:.2f}"
        return f"{self.hit}/{self.total} = {value}"


def normalise(text: str) -> str:
    return _WS.sub(" ", text.translate(_QUOTES)).strip()


def counted(event: dict[str, Any]) -> bool:
    """Negated, hypothetical and future events did not happen: not counted."""
    return not (event.get("negated") or event.get("hypothetical") or event.get("future"))


def event_matches(pred: dict[str, Any], gold: GoldEvent) -> bool:
    if normalise(pred["sentence"]["text"]) != normalise(gold.sentence):
        return False
    if pred["source"]["country"] not in gold.source:
        return False
    target = pred["target"]["country"] if pred.get("target") else None
    if target not in gold.target:
        return False
    if gold.plover:
        return pred.get("plover") in gold.plover
    return (pred.get("cameo") or "")[:2] in gold.cameo_root


def forbidden(pred: dict[str, Any], non_event: GoldNonEvent) -> bool:
    if normalise(pred["sentence"]["text"]) != normalise(non_event.sentence):
        return False
    target = pred["target"]["country"] if pred.get("target") else None
    return any(
        (f.source is None or f.source == pred["source"]["country"])
        and (f.target is None or f.target == target)
        and (not f.plover or pred.get("plover") in f.plover)
        for f in non_event.forbid
    )


def date_matches(pred: dict[str, Any], gold: GoldEvent) -> bool:
    value = pred.get("date")
    return any((g is None and value is None) or (g and value and value.startswith(g)) for g in gold.dates)


@dataclass(frozen=True, slots=True)
class EventScores:
    recall: Ratio
    precision: Ratio
    dates: Ratio
    non_event_hits: int


def score_events(events: list[dict[str, Any]], gold: GoldDocument) -> EventScores:
    preds = [e for e in events if counted(e)]
    required = [g for g in gold.events if g.required]
    matched = [(g, next((p for p in preds if event_matches(p, g)), None)) for g in required]
    hits = [(g, p) for g, p in matched if p is not None]
    correct = excluded = bad = 0
    for p in preds:
        if any(event_matches(p, g) for g in required):
            correct += 1
        elif any(event_matches(p, g) for g in gold.events):
            excluded += 1
        bad += any(forbidden(p, n) for n in gold.non_events)
    return EventScores(
        recall=Ratio(len(hits), len(required)),
        precision=Ratio(correct, len(preds) - excluded),
        dates=Ratio(sum(date_matches(p, g) for g, p in hits), len(hits)),
        non_event_hits=bad,
    )


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= CLAIM_TOLERANCE * abs(b)


def claim_matches(pred: dict[str, Any], gold: GoldClaim) -> bool:
    if pred.get("actor") != gold.actor and not _owned_by_the_other_party(pred, gold):
        return False
    if gold.relative_to is not None:
        return pred.get("relative_to") == gold.relative_to and _close(pred.get("ratio"), gold.ratio)
    return _close(pred.get("value"), gold.value)


def _owned_by_the_other_party(pred: dict[str, Any], gold: GoldClaim) -> bool:
    """A symmetric figure (trade between two countries) may be owned by either of them: the
    prediction names the gold owner as its counterpart (and the gold counterpart, if any, as
    its owner)."""
    if gold.attribute not in SYMMETRIC_ATTRIBUTES or pred.get("counterpart") != gold.actor:
        return False
    return gold.counterpart is None or pred.get("actor") == gold.counterpart


@dataclass(frozen=True, slots=True)
class ClaimScores:
    recall: Ratio
    precision: Ratio
    typed: Ratio  # matched claims whose attribute name agrees too


def score_claims(claims: list[dict[str, Any]], gold: GoldDocument) -> ClaimScores:
    required = [g for g in gold.claims if g.required]
    found = [(g, next((p for p in claims if claim_matches(p, g)), None)) for g in required]
    hits = [(g, p) for g, p in found if p is not None]
    correct = sum(any(claim_matches(p, g) for g in required) for p in claims)
    optional_only = sum(
        not any(claim_matches(p, g) for g in required) and any(claim_matches(p, g) for g in gold.claims)
        for p in claims
    )
    typed = sum(p.get("attribute") == g.attribute for g, p in hits)
    return ClaimScores(
        recall=Ratio(len(hits), len(required)),
        precision=Ratio(correct, len(claims) - optional_only),
        typed=Ratio(typed, len(hits)),
    )


def _sign(kind: str) -> int:
    return 1 if kind in POSITIVE else -1 if kind in NEGATIVE else 0


def relation_matches(pred: dict[str, Any], gold: GoldRelation) -> bool:
    same_pair = {pred.get("a"), pred.get("b")} == {gold.a, gold.b}
    return same_pair and _sign(pred.get("kind", "")) == _sign(gold.kind)


@dataclass(frozen=True, slots=True)
class RelationScores:
    recall: Ratio
    precision: Ratio


def score_relations(relations: list[dict[str, Any]], gold: GoldDocument) -> RelationScores:
    stated = relations  # stated and inferred alike: the contract scores every relation listed
    required = [g for g in gold.relations if g.required]
    recall = sum(any(relation_matches(p, g) for p in stated) for g in required)
    correct = sum(any(relation_matches(p, g) for g in required) for p in stated)
    optional_only = sum(
        not any(relation_matches(p, g) for g in required)
        and any(relation_matches(p, g) for g in gold.relations)
        for p in stated
    )
    return RelationScores(Ratio(recall, len(required)), Ratio(correct, len(stated) - optional_only))


@dataclass(frozen=True, slots=True)
class ActorScores:
    precision: Ratio
    recall: Ratio
    false: tuple[str, ...]
    missed: tuple[str, ...]


def score_actors(document: dict[str, Any], gold: GoldDocument) -> ActorScores:
    predicted = {a["code"] for a in document["actors"]}
    expected = set(gold.actors)
    return ActorScores(
        precision=Ratio(len(predicted & expected), len(predicted)),
        recall=Ratio(len(predicted & expected), len(expected)),
        false=tuple(sorted(predicted - expected)),
        missed=tuple(sorted(expected - predicted)),
    )


def score_boilerplate(document: dict[str, Any], gold: GoldDocument) -> Ratio:
    """Gold boilerplate lines that are reported as removed and absent from the body."""
    removed = {normalise(r["text"]) for r in document["removed"]}
    body = normalise(document["body"])
    return Ratio(
        sum(normalise(line) in removed and normalise(line) not in body for line in gold.boilerplate),
        len(gold.boilerplate),
    )


def score_people(document: dict[str, Any], gold: GoldDocument) -> Ratio:
    found = {(p["name"], p["country"], p["sector"]) for p in document["people"]}
    return Ratio(sum((p.name, p.country, p.sector) in found for p in gold.people), len(gold.people))


@dataclass(frozen=True, slots=True)
class DocumentScores:
    gold: str
    actors: ActorScores
    people: Ratio
    boilerplate: Ratio
    events: EventScores
    claims: ClaimScores
    relations: RelationScores


def score_document(document: dict[str, Any], gold: GoldDocument) -> DocumentScores:
    return DocumentScores(
        gold=str(gold.path),
        actors=score_actors(document, gold),
        people=score_people(document, gold),
        boilerplate=score_boilerplate(document, gold),
        events=score_events(document["events"], gold),
        claims=score_claims(document["claims"], gold),
        relations=score_relations(document["relations"], gold),
    )


def figures(scores: DocumentScores) -> list[tuple[str, Ratio]]:
    """Every figure of one scored document, named, in report order."""
    return [
        ("actors precision", scores.actors.precision),
        ("actors recall", scores.actors.recall),
        ("people resolved", scores.people),
        ("boilerplate removed", scores.boilerplate),
        ("events recall", scores.events.recall),
        ("events precision", scores.events.precision),
        ("events date accuracy", scores.events.dates),
        ("claims recall", scores.claims.recall),
        ("claims precision", scores.claims.precision),
        ("claims typed", scores.claims.typed),
        ("relations recall", scores.relations.recall),
        ("relations precision", scores.relations.precision),
    ]


def totals(all_scores: Iterable[DocumentScores]) -> list[tuple[str, Ratio]]:
    """Figures summed over documents (micro-averaged counts)."""
    summed: dict[str, Ratio] = {}
    for scores in all_scores:
        for name, ratio in figures(scores):
            summed[name] = summed.get(name, Ratio(0, 0)) + ratio
    return list(summed.items())


def render_scores(all_scores: list[DocumentScores]) -> str:
    lines = []
    for scores in all_scores:
        lines.append(f"{scores.gold}")
        lines += [f"  {name:<22} {ratio}" for name, ratio in figures(scores)]
        if scores.actors.false or scores.actors.missed:
            lines.append(
                f"  false countries: {', '.join(scores.actors.false) or '-'}; "
                f"missed: {', '.join(scores.actors.missed) or '-'}"
            )
        lines.append(f"  non_events coded      {scores.events.non_event_hits}")
    if len(all_scores) > 1:
        lines.append("all gold files")
        lines += [f"  {name:<22} {ratio}" for name, ratio in totals(all_scores)]
    return "\n".join(lines)


def score_actor_sets(
    predicted: dict[str, set[str]], gold: Iterable[ActorSetGold]
) -> tuple[ActorScores, list[str]]:
    """Country-set precision and recall over a corpus, with per-article differences."""
    hit = n_pred = n_gold = 0
    differences = []
    for item in gold:
        found = predicted.get(item.id, set())
        hit += len(found & item.countries)
        n_pred += len(found)
        n_gold += len(item.countries)
        if found != item.countries:
            false, missed = sorted(found - item.countries), sorted(item.countries - found)
            differences.append(
                f"{item.id}: false {', '.join(false) or '-'}; missed {', '.join(missed) or '-'}"
            )
    scores = ActorScores(Ratio(hit, n_pred), Ratio(hit, n_gold), (), ())
    return scores, differences


@dataclass(frozen=True, slots=True)
class ClaimSetScores:
    articles: int
    claims: ClaimScores
    relations: RelationScores


def score_claim_sets(
    documents: dict[str, dict[str, Any]], gold: Iterable[ClaimSetGold]
) -> tuple[ClaimSetScores, list[str]]:
    """Claim and relation figures summed over the articles, and each article's differences."""
    scores, differences = [], []
    for item in gold:
        document = documents.get(item.id, {"claims": [], "relations": []})
        claims = score_claims(document["claims"], item)  # type: ignore[arg-type]
        relations = score_relations(document["relations"], item)  # type: ignore[arg-type]
        scores.append((claims, relations))
        differences += _claim_set_differences(item, document)
    claims = ClaimScores(*(sum((getattr(c, f) for c, _ in scores), Ratio(0, 0)) for f in CLAIM_FIELDS))
    relations = RelationScores(
        *(sum((getattr(r, f) for _, r in scores), Ratio(0, 0)) for f in RELATION_FIELDS)
    )
    return ClaimSetScores(len(scores), claims, relations), differences


CLAIM_FIELDS = ("recall", "precision", "typed")
RELATION_FIELDS = ("recall", "precision")


def _claim_set_differences(item: ClaimSetGold, document: dict[str, Any]) -> list[str]:
    out = []
    for g in item.claims:
        if g.required and not any(claim_matches(p, g) for p in document["claims"]):
            out.append(f"{item.id}: missed claim {g.actor} {g.attribute} {g.value or g.ratio}")
    for p in document["claims"]:
        if not any(claim_matches(p, g) for g in item.claims):
            amount = p.get("value") or p.get("ratio")
            out.append(
                f"{item.id}: false claim {p.get('actor')} {p.get('attribute')} {amount} ({p.get('text')!r})"
            )
    for g in item.relations:
        if g.required and not any(relation_matches(p, g) for p in document["relations"]):
            out.append(f"{item.id}: missed relation {g.a}-{g.b} {g.kind}")
    for p in document["relations"]:
        if not any(relation_matches(p, g) for g in item.relations):
            out.append(
                f"{item.id}: false relation {p.get('a')}-{p.get('b')} {p.get('kind')} ({p.get('evidence')!r})"
            )
    return out


def render_claim_sets(name: str, scores: ClaimSetScores, differences: list[str], *, brief: bool) -> str:
    lines = [
        name,
        f"  {'claims recall':<22} {scores.claims.recall}",
        f"  {'claims precision':<22} {scores.claims.precision}",
        f"  {'claims typed':<22} {scores.claims.typed}",
        f"  {'relations recall':<22} {scores.relations.recall}",
        f"  {'relations precision':<22} {scores.relations.precision}",
    ]
    return "\n".join(lines + ([] if brief else [f"  {d}" for d in differences]))
