"""The founding article: what the foundation issue promises for it."""

from __future__ import annotations

import json

import pytest

from flashpoint.evaluate import score_document
from flashpoint.gold import load_gold

from ..conftest import SHARED, needs_shared

pytestmark = [needs_shared, pytest.mark.slow, pytest.mark.shared]

CAPTION = "Azerbaijani Foreign Minister Elmar Mammadyarov and Israeli Foreign Minister Avigdor Lieberman."


def surfaces(document: dict, code: str) -> list[str]:
    return next(a["mentions"] for a in document["actors"] if a["code"] == code)


def test_all_nine_countries_and_no_false_one(seed_document: dict) -> None:
    gold = json.loads((SHARED / "seed" / "gold.json").read_text())
    assert {a["code"] for a in seed_document["actors"]} == {a["code"] for a in gold["actors"]}


@pytest.mark.parametrize(
    ("surface", "code"),
    [("Baku", "AZE"), ("Azerbaijani", "AZE"), ("Islamic Republic", "IRN"), ("U.S.", "USA")],
)
def test_key_surfaces_resolve(seed_document: dict, surface: str, code: str) -> None:
    assert surface in surfaces(seed_document, code)


@pytest.mark.parametrize(
    ("name", "country"),
    [("Elmar Mammadyarov", "AZE"), ("Avigdor Lieberman", "ISR"), ("Hillary Clinton", "USA")],
)
def test_named_officials_are_government_of_their_country(
    seed_document: dict, name: str, country: str
) -> None:
    person = next(p for p in seed_document["people"] if p["name"] == name)
    assert (person["country"], person["sector"], person["in_office"]) == (country, "GOV", True)


def test_byline_author_is_not_an_actor(seed_document: dict) -> None:
    assert all("Rossman" not in m["text"] for m in seed_document["mentions"])
    assert "Rossman" not in seed_document["body"]


def test_boilerplate_is_removed_and_reported(seed_document: dict) -> None:
    removed = {(r["text"], r["reason"]) for r in seed_document["removed"]}
    assert (CAPTION, "caption") in removed and (CAPTION, "duplicate") in removed
    assert ("Gabriel I. Rossman is an intern at Foreign Policy in Focus.", "author_bio") in removed
    assert ("Subscribe to our newsletter.", "footer") in removed
    assert ("Get more news like this, directly in your inbox.", "footer") in removed
    assert seed_document["captions"] == [CAPTION]
    assert CAPTION not in seed_document["body"]
    assert seed_document["body"].startswith("This year has witnessed")


def test_evaluation_offsets_match_the_contract_example(seed_document: dict) -> None:
    sentence = "In February, Baku agreed to buy $1.6 billion of arms from Israel."
    assert seed_document["body"][84:149] == sentence


def test_scored_against_gold(seed_document: dict) -> None:
    scores = score_document(seed_document, load_gold(SHARED / "seed" / "gold.json"))
    assert (scores.actors.precision.hit, scores.actors.precision.total) == (9, 9)
    assert (scores.actors.recall.hit, scores.actors.recall.total) == (9, 9)
    assert (scores.people.hit, scores.boilerplate.hit) == (3, 4)
