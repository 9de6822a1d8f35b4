"""Blocs from the alliance graph, and the balance of power between actors and blocs.

Blocs are the connected groups of actors joined by alliance relations (stated
or inferred friendly ties do not make a bloc). The balance table compares, for
each attribute (military expenditure, army size...), every pair of actors the
claims give figures for: from two absolute values (ratio = b / a), or from a
comparative claim ("ten times larger than that of Azerbaijan"). Each row
names the claims behind it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from ..records import Claim, Relation, RelationKind


@dataclass(frozen=True, slots=True)
class BalanceRow:
    a: str
    b: str
    attribute: str
    b_over_a: float
    claims: tuple[str, ...]
    basis: str  # "values" or "stated ratio"


def blocs(relations: Iterable[Relation]) -> list[frozenset[str]]:
    """Groups of two or more actors linked by alliances."""
    groups: list[set[str]] = []
    for r in relations:
        if r.kind is not RelationKind.ALLIANCE:
            continue
        touching = [g for g in groups if r.a in g or r.b in g]
        merged = {r.a, r.b}.union(*touching)
        groups = [g for g in groups if g not in touching] + [merged]
    return sorted((frozenset(g) for g in groups), key=lambda g: sorted(g))


def allies(actor: str, relations: Iterable[Relation]) -> set[str]:
    return {
        r.b if r.a == actor else r.a
        for r in relations
        if r.kind is RelationKind.ALLIANCE and actor in (r.a, r.b)
    }


def balance(claims: Iterable[Claim]) -> list[BalanceRow]:
    claims = list(claims)
    rows = [_from_ratio(c) for c in claims if c.ratio is not None and c.actor and c.relative_to]
    values = [c for c in claims if c.value and c.actor and c.ratio is None]
    for x, y in combinations(values, 2):
        if x.attribute == y.attribute and x.actor != y.actor and x.unit == y.unit:
            low, high = sorted((x, y), key=lambda c: c.value or 0)
            rows.append(
                BalanceRow(
                    low.actor,
                    high.actor,
                    x.attribute,  # type: ignore[arg-type]
                    round((high.value or 0) / (low.value or 1), 2),
                    (low.claim_id, high.claim_id),
                    "values",
                )
            )
    return _unique(rows)


def _from_ratio(c: Claim) -> BalanceRow:
    ratio = c.ratio or 1.0
    if ratio >= 1:  # the owner is bigger: b = owner
        return BalanceRow(c.relative_to, c.actor, c.attribute, round(ratio, 2), (c.claim_id,), "stated ratio")  # type: ignore[arg-type]
    return BalanceRow(c.actor, c.relative_to, c.attribute, round(1 / ratio, 2), (c.claim_id,), "stated ratio")  # type: ignore[arg-type]


def _unique(rows: list[BalanceRow]) -> list[BalanceRow]:
    seen, out = set(), []
    for row in rows:
        key = (row.a, row.b, row.attribute)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out
