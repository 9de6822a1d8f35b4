"""Tension, blocs, balance of power and the brief on the seed-like text."""

from __future__ import annotations

import pytest

from flashpoint import Flashpoint
from flashpoint.analysis.balance import allies, balance, blocs
from flashpoint.analysis.tension import tension
from flashpoint.report.brief import render_brief

from ..conftest import SHARED, needs_shared

pytestmark = [pytest.mark.slow]

TEXT = (
    "In March, Azerbaijani police arrested an Iranian reporter. Iran condemned Azerbaijan in April. "
    "In May, Baku agreed to buy $1.6 billion of arms from Israel.\n\n"
    "Compare the military budgets of Azerbaijan and Iran: $2.8 billion to $7.5 billion, respectively. "
    "Iran's active army is ten times larger than that of Azerbaijan. "
    "The solid alliance of Iran, Russia, and Armenia worries Baku."
)


def test_tension_escalates_and_decomposes(fp: Flashpoint) -> None:
    rows = tension(fp.analyze_text(TEXT, published="2012-06-12").events)
    dyad = [r for r in rows if r.dyad == ("AZE", "IRN")]
    assert [r.period for r in dyad] == ["2012-03", "2012-04"]
    assert dyad[0].tension == 5.0 and dyad[0].alert and len(dyad[0].events) == 1
    assert all(r.tension < 0 for r in rows if r.dyad == ("AZE", "ISR"))


def test_blocs_and_balance(fp: Flashpoint) -> None:
    analysis = fp.analyze_text(TEXT, published="2012-06-12")
    assert blocs(analysis.relations) == [frozenset({"IRN", "RUS", "ARM"})]
    assert allies("AZE", analysis.relations) == set()
    table = {(r.a, r.b, r.attribute): r.b_over_a for r in balance(analysis.claims)}
    assert table[("AZE", "IRN", "military_expenditure")] == 2.68
    assert table[("AZE", "IRN", "active_army_size")] == 10.0


def test_frames_are_dataframes(fp: Flashpoint) -> None:
    frames = fp.frames(fp.analyze_text(TEXT, published="2012-06-12"))
    assert set(frames) == {"events", "claims", "relations", "tension", "balance"}
    assert {"source.country", "plover", "date"} <= set(frames["events"].columns)
    assert len(frames["balance"]) >= 2


@needs_shared
def test_seed_brief_names_the_bloc_and_the_escalation(fp: Flashpoint) -> None:
    analysis = next(iter(fp.analyze_paths([str(SHARED / "seed" / "article.txt")], published="2012-06-12")))
    text = render_brief(analysis, fp.gazetteer.country_names)
    assert "Bloc: ARM, IRN, RUS." in text
    assert "Escalation: AZE-IRN from 2012-02" in text
    assert "No stated ally: AZE" in text
    assert (
        "| AZE | IRN | military_expenditure | 2.68 |" in text
        and "| ARM | AZE | military_expenditure | 7 |" in text
    )
    assert ": consistent [" in text
