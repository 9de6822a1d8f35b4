"""Scoring rules of ../shared/EVALUATION.md on hand-built documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import GoldError
from flashpoint.evaluate import Ratio, claim_matches, event_matches, relation_matches, score_events
from flashpoint.gold import (
    Forbidden,
    GoldClaim,
    GoldDocument,
    GoldEvent,
    GoldNonEvent,
    GoldRelation,
    load_gold,
)

SENTENCE = "In February, Baku agreed to buy $1.6 billion of arms from Israel."
GOLD_EVENT = GoldEvent(
    "E1", True, SENTENCE, ("AZE",), ("ISR",), ("COOPERATE", "AGREE"), ("06",), ("2012-02",)
)


def event(
    source: str = "AZE", target: str | None = "ISR", plover: str = "COOPERATE", **flags: object
) -> dict:
    return {
        "source": {"country": source},
        "target": {"country": target},
        "plover": plover,
        "cameo": "062",
        "date": "2012-02-01",
        "sentence": {"text": SENTENCE.replace("’", "'")},
        **flags,
    }


def gold(*events: GoldEvent, non_events: tuple[GoldNonEvent, ...] = ()) -> GoldDocument:
    return GoldDocument(Path("g.json"), Path("a.txt"), None, (), (), (), events, non_events, (), ())


def test_event_match_needs_sentence_actors_and_type() -> None:
    assert event_matches(event(), GOLD_EVENT)
    assert not event_matches(event(source="ISR", target="AZE"), GOLD_EVENT)
    assert not event_matches(event(plover="ASSAULT"), GOLD_EVENT)


def test_flagged_events_do_not_count_and_non_events_are_false_positives() -> None:
    forbid = GoldNonEvent("Other sentence.", (Forbidden("AZE", None, ("AGREE",)),))
    bad = event(plover="AGREE")
    bad["sentence"] = {"text": "Other sentence."}
    scores = score_events([event(negated=True), bad], gold(GOLD_EVENT, non_events=(forbid,)))
    assert (scores.recall, scores.precision, scores.non_event_hits) == (Ratio(0, 1), Ratio(0, 1), 1)
    scores = score_events([event()], gold(GOLD_EVENT))
    assert (str(scores.recall), str(scores.dates)) == ("1/1 = 1.00", "1/1 = 1.00")


def test_claims_match_within_two_percent_or_by_ratio() -> None:
    value = GoldClaim("C", True, "ARM", "military_expenditure", 4e8, "USD", None, None)
    ratio = GoldClaim("C", True, "ARM", "military_expenditure", None, None, "AZE", 0.142857)
    assert claim_matches({"actor": "ARM", "value": 4.07e8}, value)
    assert not claim_matches({"actor": "ARM", "value": 4.2e8}, value)
    assert claim_matches({"actor": "ARM", "relative_to": "AZE", "ratio": 1 / 7}, ratio)


def test_either_party_owns_a_trade_volume() -> None:
    trade = GoldClaim("C", True, "BRA", "trade_volume", 4.4e9, "DEM", None, None, counterpart="DEU")
    assert claim_matches({"actor": "DEU", "counterpart": "BRA", "value": 4.4e9}, trade)
    assert not claim_matches({"actor": "DEU", "counterpart": None, "value": 4.4e9}, trade)
    assert not claim_matches({"actor": "FRA", "counterpart": "BRA", "value": 4.4e9}, trade)
    balance = GoldClaim("C", True, "BRA", "trade_balance", 4.4e9, "DEM", None, None, counterpart="DEU")
    assert not claim_matches({"actor": "DEU", "counterpart": "BRA", "value": 4.4e9}, balance)


def test_relations_are_unordered_and_scored_by_sign() -> None:
    gold_relation = GoldRelation("IRN", "RUS", "alliance", True)
    assert relation_matches({"a": "RUS", "b": "IRN", "kind": "friendly"}, gold_relation)
    assert not relation_matches({"a": "RUS", "b": "IRN", "kind": "rival"}, gold_relation)


def test_malformed_gold_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text('{"article": {"file": "a.txt"}, "events": [{"id": "E1"}]}')
    with pytest.raises(GoldError, match="E501"):
        load_gold(path)
