"""The 290-article Wikinews corpus stores whole, and a second ingest adds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import Flashpoint, Store

from ..conftest import SHARED, needs_shared

pytestmark = [needs_shared, pytest.mark.slow, pytest.mark.shared]
CORPUS = SHARED / "corpora" / "wikinews-2019-2020.jsonl.gz"
TABLES = ("articles", "removed", "mentions", "actors", "runs", "failures")


def test_ingest_stores_all_and_rerun_adds_zero_rows(fp: Flashpoint, tmp_path: Path) -> None:
    db = str(tmp_path / "wn.duckdb")
    first = fp.ingest([str(CORPUS)], db=db)
    with Store.open(db) as store:
        before = {t: store.count(t) for t in TABLES}
    second = fp.ingest([str(CORPUS)], db=db)
    with Store.open(db) as store:
        after = {t: store.count(t) for t in TABLES}
    assert (first.new, len(first.failures)) == (290, 0)
    assert before["articles"] == 290
    assert (second.new, second.known) == (0, 290)
    assert after == before
