"""Claims: quantities bound to actors, comparisons, 'respectively', consistency."""

from __future__ import annotations

import pytest

from flashpoint import Flashpoint
from flashpoint.stages.claims.quantities import Kind, quantities

pytestmark = pytest.mark.slow


def claims(fp: Flashpoint, text: str) -> list[tuple]:
    document = fp.document(fp.analyze_text(text, published="2012-06-12"))
    return [
        (c["actor"], c["attribute"], c["value"], c["unit"], c["relative_to"], c["ratio"], c["counterpart"])
        for c in document["claims"]
    ]


def test_quantities_are_normalised() -> None:
    found = quantities("They bought 60 tons of arms for $1.6 billion; 20 percent; ten times; two years.")
    assert [(q.kind, q.value, q.unit) for q in found] == [
        (Kind.MASS, 60.0, "tonne"),
        (Kind.MONEY, 1.6e9, "USD"),
        (Kind.FRACTION, 0.2, "fraction"),
        (Kind.RATIO, 10.0, None),
    ]


def test_purchase_with_owner_and_counterpart(fp: Flashpoint) -> None:
    assert claims(fp, "In February, Baku agreed to buy $1.6 billion of arms from Israel.") == [
        ("AZE", "arms_purchase_value", 1.6e9, "USD", None, None, "ISR"),
    ]


def test_respectively_distributes_over_the_listed_actors(fp: Flashpoint) -> None:
    text = "Compare the military budgets of Azerbaijan and Iran: $2.8 billion to $7.5 billion, respectively."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("AZE", 2.8e9), ("IRN", 7.5e9)]


def test_comparisons_become_ratios(fp: Flashpoint) -> None:
    [army] = claims(fp, "Iran's active army is ten times larger than that of Azerbaijan.")
    assert (army[0], army[1], army[4], army[5]) == ("IRN", "active_army_size", "AZE", 10.0)


def test_consistency_between_ratio_and_values(fp: Flashpoint) -> None:
    text = (
        "Azerbaijan spends $2.8 billion a year on its military. "
        "Armenia spends approximately $400 million a year on its military, "
        "or one-seventh as much as Azerbaijan. "
        "Georgia spends $900 million on its military, or half as much as Azerbaijan."
    )
    document = fp.document(fp.analyze_text(text, published="2012-06-12"))
    verdicts = sorted((c["stated"], c["consistent"]) for c in document["claim_checks"])
    assert verdicts == [(pytest.approx(1 / 7), True), (0.5, False)]
    approximate = [c["approximate"] for c in document["claims"] if c["value"] == 4e8]
    assert approximate == [True]
