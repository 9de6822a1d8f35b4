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

OPED_SETS = (
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
)
# Pinned in session 7 over the 32 op-eds of sets a-d: claims recall 188/259, precision
# 187/235. Session 11: over the 80 op-eds of sets a-i and k, claims 534/614 and 536/603,
# relations 312/388 and 312/335. Session 12 made set j a set developed on and added set m,
# holding out the new set l: over the 96 op-eds of sets a-k and m, claims recall 616/694,
# precision 619/691; relations recall 387/476, precision 387/411. The relation figures are
# training figures (the relation classifier learns from these sets; its cross-validated and
# held-out figures are in docs/stages.md), so the relation floors guard against regressions only.
# Session 13 made set l a set developed on and holds out the new set n: over the 104 op-eds of
# sets a-m, claims recall 670/745, precision 673/746; relations recall 425/507, precision 425/450.
# Session 14 made set n a set developed on and holds out the new set o: over the 120 op-eds of
# sets a-n, claims recall 764/848, precision 766/846; relations recall 492/584, precision 492/522.
# Session 15 made set o a set developed on and holds out the new set p: over the 136 op-eds of
# sets a-o, claims recall 808/896, precision 810/890; relations recall 552/656, precision 552/586.
# Session 16 made set p a set developed on and holds out the new set q: over the 152 op-eds of
# sets a-p, claims recall 859/951, precision 862/948; relations recall 623/734, precision 623/660.
# Session 17 made set q a set developed on and holds out the new set r: over the 168 op-eds of
# sets a-q, claims recall 908/1008, precision 911/1011; relations recall 683/815, precision 683/734.
# Session 18 made set r a set developed on and holds out the new set s: over the 184 op-eds of
# sets a-r, claims recall 951/1053, precision 955/1056; relations recall 732/891, precision 732/781.
# Session 19 made set s a set developed on and holds out the new set t: over the 200 op-eds of
# sets a-s, claims recall 987/1103, precision 991/1098; relations recall 806/979, precision 806/858.
# Session 20 made set t a set developed on and holds out the new set u: over the 216 op-eds of
# sets a-t, claims recall 1031/1159, precision 1035/1150; relations recall 878/1064, precision 878/945.
# Session 21 made set u a set developed on and holds out the new set v: over the 232 op-eds of
# sets a-u, claims recall 1097/1255, precision 1101/1235; relations recall 946/1154, precision
# 946/1024. Set u, the hardest set so far for claims (66/96 after development), takes the claims
# recall floor from 0.88 to 0.87; sets a-t alone are unchanged at 1031/1159.
OPED_FLOORS = {
    "claims recall": 0.87,
    "claims precision": 0.88,
    "relations recall": 0.81,
    "relations precision": 0.92,
}


def test_oped_claim_and_relation_floors(fp: Flashpoint) -> None:
    gold = [
        g
        for s in OPED_SETS
        for g in load_claim_sets(ROOT / "tests" / "gold" / f"claims-relations-opeds-{s}.jsonl")
    ]
    assert len(gold) == 232
    corpora = [str(ROOT / "tests" / "corpora" / f"opeds-{s}.jsonl") for s in OPED_SETS]
    assert_claim_floors(fp, gold, corpora, OPED_FLOORS)
