"""Tension, blocs, balance of power and the brief, on one article and on a stored corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from flashpoint import Flashpoint
from flashpoint.analysis.balance import allies, balance, blocs
from flashpoint.analysis.slice import SliceFilter, slice_of
from flashpoint.analysis.tension import tension
from flashpoint.config import Settings
from flashpoint.report.brief import render_markdown
from flashpoint.report.html import render_html

from ..conftest import SHARED, needs_shared

pytestmark = [pytest.mark.slow]

TEXT = (
    "In March, Azerbaijani police arrested an Iranian reporter. Iran condemned Azerbaijan in April. "
    "In May, Baku agreed to buy $1.6 billion of arms from Israel.\n\n"
    "Compare the military budgets of Azerbaijan and Iran: $2.8 billion to $7.5 billion, respectively. "
    "Iran's active army is ten times larger than that of Azerbaijan. "
    "The solid alliance of Iran, Russia, and Armenia worries Baku."
)


def _dyad(table: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    return table[(table["a"] == a) & (table["b"] == b)]


def test_tension_escalates_and_decomposes(fp: Flashpoint) -> None:
    table = tension(slice_of(fp.analyze_text(TEXT, published="2012-06-12")).events)
    dyad = _dyad(table, "AZE", "IRN")
    assert list(dyad["period"]) == ["2012-03", "2012-04"]
    first = dyad.iloc[0]
    assert first["tension"] == 5.0 and first["alert"] and len(first["events"]) == 1
    assert (_dyad(table, "AZE", "ISR")["tension"] < 0).all()


def test_blocs_and_balance(fp: Flashpoint) -> None:
    data = slice_of(fp.analyze_text(TEXT, published="2012-06-12"))
    assert blocs(data.relations) == [frozenset({"IRN", "RUS", "ARM"})]
    assert allies("AZE", data.relations) == set()
    rows = balance(data.claims)
    table = {(r.a, r.b, r.attribute): r.b_over_a for r in rows.itertuples()}
    assert table[("AZE", "IRN", "military_expenditure")] == 2.68
    assert table[("AZE", "IRN", "active_army_size")] == 10.0


def test_reference_figures_complete_a_bloc(fp: Flashpoint) -> None:
    data = slice_of(fp.analyze_text(TEXT, published="2012-06-12"))
    reference = pd.DataFrame(
        [
            ("RUS", "military_expenditure", 2011, 70e9, "USD", "test", "t.csv"),
            ("ARM", "military_expenditure", 2011, 0.4e9, "USD", "test", "t.csv"),
            ("RUS", "military_expenditure", 2013, 1.0, "USD", "test", "t.csv"),  # after the slice: unused
        ],
        columns=["country", "attribute", "year", "value", "unit", "source", "imported_from"],
    )
    rows = balance(data.claims, reference, blocs(data.relations), until_year=2012)
    bloc = rows[(rows["basis"] == "bloc sums") & (rows["attribute"] == "military_expenditure")]
    assert list(zip(bloc["a"], bloc["b"], strict=True)) == [("AZE", "ARM+IRN+RUS")]
    assert bloc.iloc[0]["b_over_a"] == round((70e9 + 0.4e9 + 7.5e9) / 2.8e9, 2)


def test_frames_are_dataframes(fp: Flashpoint) -> None:
    frames = fp.frames(fp.analyze_text(TEXT, published="2012-06-12"))
    assert {"events", "claims", "relations", "tension", "balance"} <= set(frames)
    assert {"source_country", "plover", "event_date"} <= set(frames["events"].columns)
    assert len(frames["balance"]) >= 2


def test_only_stated_alliances_make_a_bloc() -> None:
    relations = pd.DataFrame(
        {
            "a": ["IRN", "SYR"],
            "b": ["RUS", "IRN"],
            "kind": ["alliance", "alliance"],
            "stated": [True, False],  # the second is the relation classifier's reading
        }
    )
    assert blocs(relations) == [frozenset({"IRN", "RUS"})]
    assert allies("SYR", relations) == set()


@pytest.mark.slow
def test_the_brief_says_which_relations_the_classifier_read() -> None:
    fp = Flashpoint(Settings(learned_relation_threshold=0.3))
    text = (
        "Greece and Cyprus held joint naval drills off Crete on Monday, and Athens backed "
        "Nicosia's claim to the gas fields."
    )
    brief = render_markdown(fp.brief(fp.analyze_text(text, published="2020-03-01")))
    assert "read from the wording by the relation classifier (confidence 0." in brief


@needs_shared
def test_seed_brief_names_the_bloc_and_the_escalation(fp: Flashpoint) -> None:
    analysis = next(iter(fp.analyze_paths([str(SHARED / "seed" / "article.txt")], published="2012-06-12")))
    brief = fp.brief(analysis)
    text = render_markdown(brief)
    assert "Bloc: ARM, IRN, RUS." in text
    assert "Escalation: AZE-IRN from 2012-02" in text
    assert "No stated ally: AZE." in text
    assert "| AZE | IRN | military_expenditure | 2.68 |" in text
    assert "| ARM | AZE | military_expenditure | 7 |" in text
    assert ": consistent [" in text
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text.split("## Sources")[0])}
    assert cited == {s.number for s in brief.sources}  # every citation has its sentence, and no more


@needs_shared
def test_html_brief_is_self_contained_with_charts(fp: Flashpoint) -> None:
    analysis = next(iter(fp.analyze_paths([str(SHARED / "seed" / "article.txt")], published="2012-06-12")))
    page = render_html(fp.brief(analysis))
    assert page.count('class="plotly-graph-div"') == 2  # tension and balance
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page)  # nothing fetched when opened
    assert 'href="#s1"' in page and 'id="s1"' in page


def test_corpus_brief_over_a_store_slice(fp: Flashpoint, tmp_path: Path) -> None:
    march = tmp_path / "march.txt"
    march.write_text("On March 3, Azerbaijani police arrested an Iranian diplomat in Baku.", encoding="utf-8")
    april = tmp_path / "april.txt"
    april.write_text(
        "On April 9, Iran expelled the Azerbaijani ambassador. Azerbaijani police arrested an Iranian "
        "diplomat in Baku on March 3.",
        encoding="utf-8",
    )
    other = tmp_path / "other.txt"
    other.write_text("On April 2, Chile and Peru signed a trade agreement in Lima.", encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    assert fp.ingest([str(march), str(april), str(other)], db=db, published="2012-04-20").ok
    data = fp.corpus(SliceFilter(countries=("IRN",)), db=db)
    assert len(data.articles) == 2
    table = _dyad(tension(data.events), "AZE", "IRN")
    march_row = table[table["period"] == "2012-03"].iloc[0]
    assert len(march_row["events"]) == 2 and march_row["tension"] == 5.0  # one arrest, reported twice
    text = render_markdown(fp.brief(data))
    assert "(2 articles)" in text.splitlines()[0]
    assert "Escalation: AZE-IRN" in text
    assert fp.corpus(SliceFilter(countries=("CHL",)), db=db).articles["article_id"].nunique() == 1


def test_balance_compares_currencies_in_dollars() -> None:
    columns = ["article_id", "claim_id", "actor", "attribute", "value", "unit", "value_usd", "ratio"]
    claims = pd.DataFrame(
        [
            ("a", "c1", "FRA", "military_expenditure", 40e9, "EUR", 44.8e9, None),
            ("a", "c2", "GBR", "military_expenditure", 50e9, "USD", 50e9, None),
            ("a", "c3", "DEU", "military_expenditure", 30e9, "DEM", None, None),  # no rate: kept apart
        ],
        columns=columns,
    ).assign(claim_date="2019", confidence=0.8, relative_to=None)
    rows = balance(claims)
    table = {(r.a, r.b, r.attribute): r.b_over_a for r in rows.itertuples()}
    assert table == {("FRA", "GBR", "military_expenditure"): round(50 / 44.8, 2)}


def test_a_source_without_a_title_is_named_by_its_file_and_day() -> None:
    import pandas as pd

    from flashpoint.report.brief import _article_label

    row = pd.Series({"title": float("nan"), "source": "seed.txt", "published": pd.Timestamp("2012-06-12")})
    assert _article_label(row) == "seed.txt, 2012-06-12"
    row = pd.Series({"title": "Standoff", "source": "a.txt", "published": None})
    assert _article_label(row) == "Standoff"
