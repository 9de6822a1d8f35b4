"""Quality gate on the op-ed sets: analysis pieces in the seed's genre, written for the
project with gold by annotators who never saw the code (tests/gold/README.md).

Their articles ship in tests/corpora, so this gate runs without ../shared.
"""

from __future__ import annotations

import pytest

from flashpoint import Flashpoint
from flashpoint.gold import load_claim_sets

from ..conftest import ROOT
from .claim_floors import assert_claim_floors

pytestmark = pytest.mark.slow

OPED_SETS = ("a", "b", "c", "d")
# Pinned in session 7 over the 32 op-eds of sets a-d (all developed on after their first
# look; set e is held out): claims recall 188/259, precision 187/235; relations recall
# 103/165, precision 103/107. Session 8: claims 194/259 and 192/238; relations 133/165 and
# 133/139, which are training figures now (the relation classifier learns from these sets;
# its cross-validated and held-out figures are in docs/stages.md), so the relation floors
# guard against regressions only.
OPED_FLOORS = {
    "claims recall": 0.72,
    "claims precision": 0.78,
    "relations recall": 0.78,
    "relations precision": 0.92,
}


def test_oped_claim_and_relation_floors(fp: Flashpoint) -> None:
    gold = [
        g
        for s in OPED_SETS
        for g in load_claim_sets(ROOT / "tests" / "gold" / f"claims-relations-opeds-{s}.jsonl")
    ]
    assert len(gold) == 32
    corpora = [str(ROOT / "tests" / "corpora" / f"opeds-{s}.jsonl") for s in OPED_SETS]
    assert_claim_floors(fp, gold, corpora, OPED_FLOORS)
