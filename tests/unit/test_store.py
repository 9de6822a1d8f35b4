from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint import Flashpoint, Store
from flashpoint.records import Analysis, Article, CleanText
from flashpoint.store import RunInfo
from flashpoint.store.schema import MIGRATIONS

from ..conftest import EXAMPLES

pytestmark = pytest.mark.slow


def test_migrations_apply_once(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        assert store.migrate() == []  # already applied on open
        assert store.count("schema_migrations") == len(MIGRATIONS)


def test_ingest_twice_adds_nothing(fp: Flashpoint, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    first = fp.ingest([str(EXAMPLES)], db=db)
    with Store.open(db) as store:
        counts = {t: store.count(t) for t in ("articles", "removed", "mentions", "actors", "runs")}
    second = fp.ingest([str(EXAMPLES)], db=db)
    with Store.open(db) as store:
        again = {t: store.count(t) for t in counts}
        runs = store.frame("runs")
    assert first.new == counts["articles"] == 5 and first.ok
    assert (second.new, second.known) == (0, 5)
    assert again == counts
    assert runs["data_hash"].str.len().eq(64).all() and runs["model"].str.contains("core_web_sm").all()


def test_mentions_point_into_stored_bodies(fp: Flashpoint, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    fp.ingest([str(EXAMPLES)], db=db)
    with Store.open(db) as store:
        bodies = store.frame("articles").set_index("article_id")["body"]
        mentions = store.frame("mentions")
    body_mentions = mentions[mentions.field == "body"]
    assert len(body_mentions) > 20
    for row in body_mentions.itertuples():
        assert bodies[row.article_id][row.start_char : row.end_char] == row.text


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=texts, title=st.one_of(st.none(), texts))
def test_store_round_trips_text_unchanged(tmp_path: Path, body: str, title: str | None) -> None:
    article = Article(article_id="x" * 16, source="s", text=body, title=title, content_hash=str(hash(body)))
    analysis = Analysis(article, CleanText(body=body, captions=(title or "",)))
    db = tmp_path / "rt.duckdb"
    db.unlink(missing_ok=True)
    with Store.open(db) as store:
        store.write_run(RunInfo("0", "m", "h", fp_settings()), [analysis], [], known=0)
        row = store.frame("articles").iloc[0]
    assert (row["body"], row["title"], list(row["captions"])) == (body, title, [title or ""])


def fp_settings():  # type: ignore[no-untyped-def]
    from flashpoint import Settings

    return Settings()


def test_events_are_stored_with_provenance(fp: Flashpoint, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    fp.ingest([str(EXAMPLES)], db=db)
    with Store.open(db) as store:
        events = store.frame("events")
        bodies = store.frame("articles").set_index("article_id")["body"]
    assert len(events) >= 5
    assert events["rule"].str.match(r"^events\.[a-z_]+\.v\d+$").all()
    assert events["confidence"].between(0, 1).all()
    for row in events.itertuples():
        sentence = bodies[row.article_id][row.sentence_start : row.sentence_end]
        assert row.trigger in sentence


def test_claims_are_stored_with_their_dollar_values(fp: Flashpoint, tmp_path: Path) -> None:
    article = tmp_path / "budgets.txt"
    article.write_text(
        "Published 2019-11-02. Germany's military budget was 43 billion euros in 2019. "
        "Britain's military budget was $50 billion in 2019.",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.duckdb")
    fp.ingest([str(article)], db=db)
    with Store.open(db) as store:
        claims = store.frame("claims").set_index("actor")
    assert claims.loc["GBR", "value_usd"] == claims.loc["GBR", "value"] == 50e9
    assert claims.loc["DEU", "unit"] == "EUR" and 45e9 < claims.loc["DEU", "value_usd"] < 51e9
