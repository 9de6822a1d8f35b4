"""Scoring claims and relations of corpus articles against claim-set gold, for the gates."""

from __future__ import annotations

from collections.abc import Sequence

from flashpoint import Analysis, Article, Flashpoint
from flashpoint.evaluate import score_claim_sets
from flashpoint.gold import ClaimSetGold
from flashpoint.stages.ingest import read_inputs


def assert_claim_floors(
    fp: Flashpoint, gold: Sequence[ClaimSetGold], corpora: Sequence[str], floors: dict[str, float]
) -> None:
    """Analyse the gold's articles from the corpora and hold each figure to its floor."""
    wanted = {g.id for g in gold}
    chosen = [
        i
        for i in read_inputs(list(corpora), settings=fp.settings)
        if isinstance(i, Article) and i.external_id in wanted
    ]
    assert len(chosen) == len(wanted), "every gold article must be in the corpora"
    documents = {
        a.article.external_id: fp.document(a) for a in fp.pipeline.run(chosen) if isinstance(a, Analysis)
    }
    scores, differences = score_claim_sets(documents, gold)
    assert scores.claims.recall.value >= floors["claims recall"], differences
    assert scores.claims.precision.value >= floors["claims precision"], differences
    assert scores.relations.recall.value >= floors["relations recall"], differences
    assert scores.relations.precision.value >= floors["relations precision"], differences
