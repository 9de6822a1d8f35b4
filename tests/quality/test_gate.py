"""Quality gate: pinned floors that a change may not lower without saying so.

Like trafilatura's evaluation: the figures come from scoring gold files, and a
drop below a floor fails the suite. Raise a floor when the system improves;
lower one only in a commit that explains why.
"""

from __future__ import annotations

import pytest

from flashpoint import Analysis, Article, Flashpoint, Settings
from flashpoint.evaluate import score_actor_sets, score_document
from flashpoint.gold import load_actor_sets, load_claim_sets, load_gold
from flashpoint.gsr import load_petr2_gsr, load_plover_gsr, score_petr2_gsr, score_plover_gsr
from flashpoint.stages.ingest import read_inputs

from ..conftest import ROOT, SHARED, needs_shared
from .claim_floors import assert_claim_floors

pytestmark = [needs_shared, pytest.mark.slow, pytest.mark.shared]

# Pinned on 2026-11-25: seed actors 9/9 and 9/9; Wikinews-40 88/91 and 88/89;
# seed events 11/11 recall, 12/12 precision, 11/11 dates; seed claims 7/7, 7/8;
# seed relations 7/7, 7/7; PLOVER GSR type accuracy 242/322 (unresolved sources
# kept); PETR2 agreement 14/78 (unresolved sources kept).
FLOORS = {
    "seed claims recall": 1.0,
    "seed relations recall": 1.0,
    # 7/9 with the learned classifier at 0.5 (session 8): it added Iran-Israel and Iran-US
    # rivalries the seed's gold leaves out; 7/7 at 0.6 (session 10), a threshold chosen by
    # cross-validation
    "seed relations precision": 0.75,
    "seed claims precision": 0.85,
    "seed events recall": 1.0,
    "seed events precision": 0.9,
    "seed events dates": 0.9,
    "plover type accuracy": 0.75,
    "petr2 recall": 0.15,
    "seed actors precision": 1.0,
    "seed actors recall": 1.0,
    "seed people": 1.0,
    "seed boilerplate": 1.0,
    "wikinews actors precision": 0.95,
    "wikinews actors recall": 0.97,
}


def test_seed_floors(seed_document: dict) -> None:
    scores = score_document(seed_document, load_gold(SHARED / "seed" / "gold.json"))
    assert scores.actors.precision.value >= FLOORS["seed actors precision"], scores.actors
    assert scores.actors.recall.value >= FLOORS["seed actors recall"], scores.actors
    assert scores.people.value >= FLOORS["seed people"]
    assert scores.boilerplate.value >= FLOORS["seed boilerplate"]
    assert scores.events.non_event_hits == 0
    assert scores.events.recall.value >= FLOORS["seed events recall"], scores.events
    assert scores.events.precision.value >= FLOORS["seed events precision"], scores.events
    assert scores.events.dates.value >= FLOORS["seed events dates"], scores.events
    assert scores.claims.recall.value >= FLOORS["seed claims recall"], scores.claims
    assert scores.claims.precision.value >= FLOORS["seed claims precision"], scores.claims
    assert scores.relations.recall.value >= FLOORS["seed relations recall"], scores.relations
    assert scores.relations.precision.value >= FLOORS["seed relations precision"], scores.relations


def test_gsr_floors() -> None:
    fp = Flashpoint(Settings(unresolved_sources=True))
    records, _ = load_plover_gsr(SHARED / "gold" / "plover-gsr" / "PLOVER_GSR_CAMEO.json")
    plover = score_plover_gsr(records, fp.code_texts)
    assert plover.type_accuracy.value >= FLOORS["plover type accuracy"], plover.type_accuracy
    petr, _ = load_petr2_gsr(SHARED / "gold" / "petr2-gsr" / "PETR2_GSR_validation.xml")
    agreement = score_petr2_gsr(petr, fp.code_texts)
    assert agreement.recall.value >= FLOORS["petr2 recall"], agreement.recall


def test_wikinews_actor_floors(fp: Flashpoint) -> None:
    gold = load_actor_sets(ROOT / "tests" / "gold" / "wikinews-actors.jsonl")
    wanted = {g.id for g in gold}
    corpus = SHARED / "corpora" / "wikinews-2019-2020.jsonl.gz"
    items = [i for i in read_inputs([str(corpus)], settings=fp.settings) if isinstance(i, Article)]
    chosen = [i for i in items if i.external_id in wanted]
    predicted = {
        a.article.external_id: {m.country for m in a.mentions if m.country}
        for a in fp.pipeline.run(chosen)
        if isinstance(a, Analysis)
    }
    scores, differences = score_actor_sets(predicted, gold)
    assert scores.precision.value >= FLOORS["wikinews actors precision"], differences
    assert scores.recall.value >= FLOORS["wikinews actors recall"], differences


# Claims and relations of 432 corpus articles annotated for this project (every
# claims-relations file developed on; each was scored once blind before it was developed on,
# tests/gold/README.md). Pinned in session 6 at claims 302/349 recall, 311/345
# precision; relations 175/234 recall, 175/191 precision (pooled over the files below).
# Session 7: relations 180/234 and 180/200; the focus standoff now looks past the top pair,
# which found 5 more true relations and 9 more false ones, so the recall floor rose to
# 0.75 and the precision floor fell to 0.88. Session 8: relations 211/234 and 211/234 with
# the relation classifier, trained on these files: training figures, a regression guard.
CLAIM_SET_FILES = (
    "wikinews",
    "reuters",
    *(f"blind{n}" for n in ("", *range(2, 21))),
)
CLAIM_FLOORS = {
    "claims recall": 0.84,
    "claims precision": 0.88,
    "relations recall": 0.86,
    "relations precision": 0.88,
}


def test_claim_and_relation_floors(fp: Flashpoint) -> None:
    gold = [
        g
        for name in CLAIM_SET_FILES
        for g in load_claim_sets(ROOT / "tests" / "gold" / f"claims-relations-{name}.jsonl")
    ]
    corpora = [str(SHARED / "corpora" / n) for n in ("wikinews-2019-2020.jsonl.gz", "reuters21578.jsonl.gz")]
    assert_claim_floors(fp, gold, corpora, CLAIM_FLOORS)
