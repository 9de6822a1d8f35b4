"""The tables an analysis reads: one article's, or a filtered part of the store's.

A `Slice` holds the same columns as the store's tables (see `flashpoint.rows`),
so tension, balance and the brief run unchanged on one article or a corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from ..records import Analysis
from ..rows import actor_rows, article_row, check_rows, claim_rows, event_rows, relation_rows

REFERENCE_COLUMNS = ("country", "attribute", "year", "value", "unit", "source", "imported_from")


def empty_reference() -> pd.DataFrame:
    return pd.DataFrame(columns=list(REFERENCE_COLUMNS))


@dataclass(frozen=True, slots=True)
class SliceFilter:
    """Which stored articles a corpus analysis covers; every field narrows it."""

    since: date | None = None
    until: date | None = None
    countries: tuple[str, ...] = ()  # articles where any of them is an actor
    source: str | None = None  # substring of the article's source name

    def describe(self) -> str:
        parts = [f"from {self.since}" if self.since else "", f"to {self.until}" if self.until else ""]
        parts += [f"naming {', '.join(self.countries)}" if self.countries else ""]
        parts += [f"source containing {self.source!r}" if self.source else ""]
        return "stored articles " + (" ".join(p for p in parts if p) or "(all)")


@dataclass(frozen=True, slots=True)
class Slice:
    scope: str
    articles: pd.DataFrame
    actors: pd.DataFrame
    events: pd.DataFrame
    claims: pd.DataFrame
    checks: pd.DataFrame
    relations: pd.DataFrame
    reference: pd.DataFrame = field(default_factory=empty_reference)

    @property
    def single(self) -> bool:
        return len(self.articles) == 1


def slice_of(analysis: Analysis, reference: pd.DataFrame | None = None) -> Slice:
    """The slice of one analysed article."""
    return Slice(
        scope=analysis.article.title or analysis.article.source,
        articles=pd.DataFrame([article_row(analysis)]),
        actors=pd.DataFrame(actor_rows(analysis)),
        events=pd.DataFrame(event_rows(analysis)),
        claims=pd.DataFrame(claim_rows(analysis)),
        checks=pd.DataFrame(check_rows(analysis)),
        relations=pd.DataFrame(relation_rows(analysis)),
        reference=reference if reference is not None else empty_reference(),
    )
