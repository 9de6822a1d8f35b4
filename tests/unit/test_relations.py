"""Relations stated in the text, and relations inferred from events."""

from __future__ import annotations

import pytest

from flashpoint import Flashpoint

pytestmark = pytest.mark.slow


def relations(fp: Flashpoint, text: str) -> set[tuple]:
    document = fp.document(fp.analyze_text(text, published="2012-06-12"))
    return {(r["a"], r["b"], r["kind"], r["stated"]) for r in document["relations"]}


def test_alliance_list_gives_every_pair(fp: Flashpoint) -> None:
    found = relations(fp, "Conflict is dangerous due to the solid alliance of Iran, Russia, and Armenia.")
    assert found == {
        ("IRN", "RUS", "alliance", True),
        ("IRN", "ARM", "alliance", True),
        ("RUS", "ARM", "alliance", True),
    }


def test_subjects_apposition_and_with_phrases(fp: Flashpoint) -> None:
    assert relations(fp, "Azerbaijan and Israel are also on chummy terms.") == {
        ("AZE", "ISR", "friendly", True)
    }
    assert relations(fp, "They share ties with Turkey, one of Iran's main regional rivals.") == {
        ("IRN", "TUR", "rival", True)
    }
    assert ("RUS", "IRN", "alliance", True) in relations(
        fp, "Azerbaijan borders Russia, a nation closely allied with the Islamic Republic."
    )


def test_conflictual_events_imply_a_hostile_relation(fp: Flashpoint) -> None:
    found = relations(
        fp, "In March, Azerbaijani police arrested an Iranian reporter. Iran condemned Azerbaijan."
    )
    assert ("AZE", "IRN", "hostile", False) in found


def test_a_single_purchase_is_not_a_friendship(fp: Flashpoint) -> None:
    assert relations(fp, "Armenia purchased 60 tons of weapons from Moldova.") == set()
