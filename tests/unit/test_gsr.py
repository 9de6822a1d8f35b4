"""Loading the public GSR files: validated, with skips counted."""

from __future__ import annotations

import pytest

from flashpoint.gsr import country_code, load_petr2_gsr, load_plover_gsr

from ..conftest import SHARED, needs_shared


def test_country_codes_are_normalised() -> None:
    assert [country_code(c) for c in ("JAP", "ITL", "IRQMUS", "IGO", "USAGOV", None, "XXX")] == [
        "JPN",
        "ITA",
        "IRQ",
        None,
        "USA",
        None,
        None,
    ]


@needs_shared
@pytest.mark.shared
def test_plover_gsr_loads_with_old_labels_mapped() -> None:
    records, skipped = load_plover_gsr(SHARED / "gold" / "plover-gsr" / "PLOVER_GSR_CAMEO.json")
    assert len(records) + sum(1 for why in skipped if "no current PLOVER" in why) >= 322
    assert {r.plover for r in records} <= {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
    assert len(records) == 322


@needs_shared
@pytest.mark.shared
def test_petr2_gsr_loads_text_and_triples() -> None:
    records, _ = load_petr2_gsr(SHARED / "gold" / "petr2-gsr" / "PETR2_GSR_validation.xml")
    assert len(records) >= 78
    first = records[0]
    assert first.text.startswith("The stopover came") and first.triples == (("USA", "CHN", "04"),)
