"""Blocs from the alliance graph, and the balance of power between actors and blocs.

Blocs are the connected groups of actors joined by stated alliance relations
(friendly ties, and alliances the relation classifier reads, do not make a bloc).

Each actor's figure for an attribute (military expenditure, army size...) is
its latest claim in the slice (latest `claim_date`, then highest confidence),
in US dollars where the claim's sum was converted (claims/usd.py);
where the slice has none, the latest year of the imported reference table that
is not after the slice's end. The balance table then compares

- every pair of actors with figures in the same unit, at least one of them from
  a claim, that are named together in some article of the slice (ratio =
  larger / smaller, so b / a >= 1): a corpus about two unrelated regions gets
  no Sahel-against-Caucasus rows;
- every comparative claim ("ten times larger than that of Azerbaijan");
- every bloc against each actor or bloc outside it that it is opposed to (a
  hostile or rival relation across the two sides), for additive attributes,
  summing members' figures, only when every member has one (a bloc total with
  a member missing would understate it; `missing_figures` names the gaps).

Each row names the claims or reference rows behind it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

import pandas as pd

ADDITIVE = frozenset({"military_expenditure", "active_army_size", "troop_count"})
COLUMNS = ["a", "b", "attribute", "b_over_a", "basis", "sources"]


@dataclass(frozen=True, slots=True)
class Figure:
    actor: str
    attribute: str
    value: float
    unit: str | None
    source: str  # "claim article_id/claim_id" or "reference <source> <year>"
    from_claim: bool


def blocs(relations: pd.DataFrame) -> list[frozenset[str]]:
    """Groups of two or more actors linked by alliances."""
    groups: list[set[str]] = []
    for a, b in _alliances(relations):
        touching = [g for g in groups if a in g or b in g]
        merged = {a, b}.union(*touching)
        groups = [g for g in groups if g not in touching] + [merged]
    return sorted((frozenset(g) for g in groups), key=lambda g: sorted(g))


def allies(actor: str, relations: pd.DataFrame) -> set[str]:
    return {b if a == actor else a for a, b in _alliances(relations) if actor in (a, b)}


def _alliances(relations: pd.DataFrame) -> list[tuple[str, str]]:
    if relations.empty:
        return []
    rows = relations[(relations["kind"] == "alliance") & relations["stated"].astype(bool)]
    return list(zip(rows["a"], rows["b"], strict=True))


def figures(claims: pd.DataFrame, reference: pd.DataFrame, until_year: int | None) -> dict[tuple, Figure]:
    """Each (actor, attribute)'s figure: latest claim, else latest reference row."""
    found = _reference_figures(reference, until_year)
    found.update(_claim_figures(claims))
    return found


def _claim_figures(claims: pd.DataFrame) -> dict[tuple, Figure]:
    if claims.empty:
        return {}
    rows = claims[claims["value"].notna() & claims["actor"].notna() & claims["ratio"].isna()]
    rows = rows.sort_values(["claim_date", "confidence"], na_position="first", kind="stable")
    found = {}
    for r in rows.itertuples():
        ref = f"claim {r.article_id}/{r.claim_id}"
        value, unit = _in_dollars(r)
        found[(r.actor, r.attribute)] = Figure(r.actor, r.attribute, value, unit, ref, True)
    return found


def _in_dollars(row) -> tuple[float, str | None]:  # type: ignore[no-untyped-def]
    """A sum in dollars where it has been converted, so that euros and yen compare."""
    usd = getattr(row, "value_usd", None)
    if usd is not None and not pd.isna(usd):
        return float(usd), "USD"
    return float(row.value), row.unit


def _reference_figures(reference: pd.DataFrame, until_year: int | None) -> dict[tuple, Figure]:
    if reference.empty:
        return {}
    rows = reference if until_year is None else reference[reference["year"] <= until_year]
    found = {}
    for r in rows.sort_values("year").itertuples():
        ref = f"reference {r.source} {r.year}"
        found[(r.country, r.attribute)] = Figure(r.country, r.attribute, float(r.value), r.unit, ref, False)
    return found


@dataclass(frozen=True, slots=True)
class Context:
    """Which actors a comparison may set against each other."""

    together: frozenset[frozenset[str]] = frozenset()  # pairs named in one article
    opposed: frozenset[frozenset[str]] = frozenset()  # pairs in a hostile or rival relation
    everyone: bool = True  # no context given: compare every pair

    def named_together(self, a: str, b: str) -> bool:
        return self.everyone or frozenset({a, b}) in self.together

    def opposes(self, side: frozenset[str], other: frozenset[str]) -> bool:
        return self.everyone or any(frozenset({a, b}) in self.opposed for a in side for b in other)


def context_of(actors: pd.DataFrame, relations: pd.DataFrame) -> Context:
    together: set[frozenset[str]] = set()
    if not actors.empty:
        for _, group in actors[actors["country"].notna()].groupby("article_id"):
            names = sorted(set(group["country"]))
            together |= {frozenset(p) for p in combinations(names, 2)}
    opposed: set[frozenset[str]] = set()
    if not relations.empty:
        negative = relations[relations["kind"].isin(["hostile", "rival"])]
        opposed = {frozenset({a, b}) for a, b in zip(negative["a"], negative["b"], strict=True)}
    return Context(frozenset(together), frozenset(opposed), everyone=False)


def balance(
    claims: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    groups: Iterable[frozenset[str]] = (),
    until_year: int | None = None,
    context: Context | None = None,
) -> pd.DataFrame:
    known = figures(claims, reference if reference is not None else pd.DataFrame(), until_year)
    groups, context = list(groups), context or Context()
    rows = _stated_ratios(claims) + _pairs(known, context) + _bloc_rows(known, groups, context)
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.drop_duplicates(["a", "b", "attribute"]).reset_index(drop=True)


def _stated_ratios(claims: pd.DataFrame) -> list[tuple]:
    if claims.empty:
        return []
    rows = claims[claims["ratio"].notna() & claims["actor"].notna() & claims["relative_to"].notna()]
    out = []
    for r in rows.itertuples():
        ref = (f"claim {r.article_id}/{r.claim_id}",)
        if r.ratio >= 1:  # the owner is the larger: b = owner
            out.append((r.relative_to, r.actor, r.attribute, round(r.ratio, 2), "stated ratio", ref))
        else:
            out.append((r.actor, r.relative_to, r.attribute, round(1 / r.ratio, 2), "stated ratio", ref))
    return out


def _pairs(known: dict[tuple, Figure], context: Context) -> list[tuple]:
    out = []
    for x, y in combinations(known.values(), 2):
        same = x.attribute == y.attribute and x.unit == y.unit and x.actor != y.actor
        if not same or not context.named_together(x.actor, y.actor):
            continue
        if (x.from_claim or y.from_claim) and x.value > 0 and y.value > 0:
            low, high = sorted((x, y), key=lambda f: f.value)
            ratio = round(high.value / low.value, 2)
            out.append((low.actor, high.actor, x.attribute, ratio, "values", (low.source, high.source)))
    return out


def _bloc_rows(known: dict[tuple, Figure], groups: list[frozenset[str]], context: Context) -> list[tuple]:
    out = []
    for attribute in sorted({attr for _, attr in known} & ADDITIVE):
        sides = groups + [frozenset({actor}) for actor, attr in known if attr == attribute]
        for bloc in groups:
            for other in sides:
                if (
                    bloc & other
                    or not context.opposes(bloc, other)
                    or not _complete(known, bloc | other, attribute)
                ):
                    continue
                out.append(_bloc_row(known, bloc, other, attribute))
    return out


def _complete(known: dict[tuple, Figure], actors: frozenset[str], attribute: str) -> bool:
    return all((actor, attribute) in known for actor in actors)


def _bloc_row(
    known: dict[tuple, Figure], bloc: frozenset[str], other: frozenset[str], attribute: str
) -> tuple:
    def total(side: frozenset[str]) -> float:
        return sum(known[(actor, attribute)].value for actor in side)

    sources = tuple(known[(actor, attribute)].source for actor in sorted(bloc | other))
    low, high = sorted((bloc, other), key=total)
    ratio = round(total(high) / total(low), 2) if total(low) else float("inf")
    return ("+".join(sorted(low)), "+".join(sorted(high)), attribute, ratio, "bloc sums", sources)


def missing_figures(known: dict[tuple, Figure], groups: list[frozenset[str]]) -> list[tuple[str, str]]:
    """(actor, attribute) gaps that keep a bloc from being totalled."""
    out = []
    for attribute in sorted({attr for _, attr in known} & ADDITIVE):
        for bloc in groups:
            if any((actor, attribute) in known for actor in bloc):
                out += [(actor, attribute) for actor in sorted(bloc) if (actor, attribute) not in known]
    return out
