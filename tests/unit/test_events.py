"""Event coding on short texts: triggers, actors, modality, attribution, dates."""

from __future__ import annotations

import pytest

from flashpoint import Flashpoint

pytestmark = pytest.mark.slow


def coded(fp: Flashpoint, text: str, published: str = "2012-06-12") -> list[dict]:
    return fp.document(fp.analyze_text(text, published=published))["events"]


def triple(event: dict) -> tuple:
    target = event["target"]["country"] if event["target"] else None
    return (event["source"]["country"], target, event["plover"])


def test_arrest_by_police_with_sector_and_date(fp: Flashpoint) -> None:
    [event] = coded(fp, "In March, Azerbaijani police arrested an Iranian reporter.")
    assert triple(event) == ("AZE", "IRN", "COERCE")
    assert (event["source"]["sector"], event["target"]["sector"], event["cameo"]) == ("COP", "MED", "173")
    assert (event["date"], event["counted"]) == ("2012-03", True)


def test_negated_and_hypothetical_statements_are_flagged(fp: Flashpoint) -> None:
    events = coded(
        fp, "Azerbaijan will not agree to allow Israel to attack Iran. Russia would attack Georgia."
    )
    assert events and not any(e["counted"] for e in events)
    assert any(e["negated"] for e in events) and any(e["hypothetical"] for e in events)


def test_planned_events_are_future(fp: Flashpoint) -> None:
    events = coded(fp, "Turkey plans to buy missiles from Russia.")
    assert events and all(e["future"] and not e["counted"] for e in events)


def test_agreement_to_act_is_agree_with_the_acts_target(fp: Flashpoint) -> None:
    events = coded(fp, "In February, Baku agreed to buy $1.6 billion of arms from Israel.")
    assert [triple(e) for e in events] == [("AZE", "ISR", "AGREE")]


def test_both_countries_refers_back_and_acts_both_ways(fp: Flashpoint) -> None:
    text = (
        "Baku refused entry to an envoy of Iran's Supreme Leader. Both countries withdrew their ambassadors."
    )
    events = [e for e in coded(fp, text) if e["cameo"] == "161"]
    assert sorted(triple(e) for e in events) == [("AZE", "IRN", "SANCTION"), ("IRN", "AZE", "SANCTION")]
    assert len({e["group"] for e in events}) == 1


def test_reported_conflict_is_an_accusation_with_attribution(fp: Flashpoint) -> None:
    events = coded(fp, "Azerbaijan reported that Iranian warships had entered Azerbaijani waters.")
    accusation = next(e for e in events if e["plover"] == "ACCUSE")
    assert triple(accusation) == ("AZE", "IRN", "ACCUSE")
    reported = next(e for e in events if e["plover"] != "ACCUSE")
    assert reported["asserted_by"] == "AZE"


def test_nominal_event_with_agent(fp: Flashpoint) -> None:
    events = coded(fp, "Frequent closings of the Iranian-Azerbaijani border by Iran have cut off the route.")
    assert ("IRN", "AZE", "COERCE") in [triple(e) for e in events]


def test_old_events_count_with_their_own_date(fp: Flashpoint) -> None:
    [event] = coded(fp, "During the early 1990s, Armenian troops attacked Azerbaijani villages.")
    assert (event["date"], event["historical"], event["counted"]) == ("1990", True, True)


def test_undated_sentence_inherits_the_paragraph_date(fp: Flashpoint) -> None:
    events = coded(
        fp, "Two weeks ago, Baku expelled an Iranian diplomat. Tehran arrested an Azerbaijani reporter."
    )
    assert [e["date"] for e in events] == ["2012-05-29", "2012-05-29"]
    assert events[1]["date_rule"] == "date.inherited.v1"


def test_no_event_without_an_actor(fp: Flashpoint) -> None:
    assert coded(fp, "The weather was cold and the markets were quiet.") == []


def test_pressure_verbs_find_their_target_and_negation_stays_in_its_clause(fp: Flashpoint) -> None:
    text = "Washington was not satisfied with the cuts and pressed Taiwan for more reductions."
    [event] = coded(fp, text, published="1987-04-01")
    assert triple(event) == ("USA", "TWN", "REQUEST") and event["counted"]
    [attack, threat] = coded(fp, "Iran did not attack or threaten Iraq.")
    assert not attack["counted"] and not threat["counted"]


def test_he_takes_the_person_named_as_subject_before(fp: Flashpoint) -> None:
    text = "U.S. Undersecretary Allen Wallis said he had urged Japan to open its markets."
    events = coded(fp, text, published="1987-03-06")
    assert ("USA", "JPN", "REQUEST") in [triple(e) for e in events]


def test_where_force_is_used_is_not_its_target(fp: Flashpoint) -> None:
    events = coded(fp, "Iran condemned the Israeli airstrike in Syria.", published="2019-01-20")
    assert ("ISR", "SYR", "ASSAULT") not in [triple(e) for e in events]


def test_repulsing_and_pushing_out_forces_are_fighting(fp: Flashpoint) -> None:
    found = [triple(e) for e in coded(fp, "Iran said its troops repulsed heavy Iraqi counter-attacks.")]
    assert ("IRN", "IRQ", "ASSAULT") in found
    found = [triple(e) for e in coded(fp, "Iraqi troops pushed Iranian forces out of their positions.")]
    assert ("IRQ", "IRN", "ASSAULT") in found


def test_the_nations_after_a_list_of_many_are_all_of_them(fp: Flashpoint) -> None:
    text = (
        "The pact between the U.S., Japan, West Germany, Britain, France and Canada, under which "
        "the nations agreed to cooperate, held."
    )
    found = [triple(e) for e in coded(fp, text)]
    assert {source for source, _, _ in found} == {"USA", "JPN", "DEU", "GBR", "FRA", "CAN"}
    assert all(target is None for _, target, _ in found)


def test_it_in_a_countrys_announcement_is_that_country(fp: Flashpoint) -> None:
    text = (
        "President Reagan spoke on Friday. He was responding to Iran's announcement that it had "
        "launched its second offensive in three days against Iraq."
    )
    assert [triple(e) for e in coded(fp, text, published="1987-03-01")] == [("IRN", "IRQ", "ASSAULT")]


def test_a_title_without_a_state_takes_the_state_in_its_phrase(fp: Flashpoint) -> None:
    text = (
        "The speaker of the Iranian Parliament, Akbar Hashemi Rafsanjani, warned the U.S. not to intervene."
    )
    assert ("IRN", "USA", "THREATEN") in [triple(e) for e in coded(fp, text, published="1987-03-24")]


def test_seized_vessels_belong_to_the_state_named_on_them(fp: Flashpoint) -> None:
    found = [
        triple(e) for e in coded(fp, "Iran had seized seven Kuwaiti speed boats.", published="1987-03-24")
    ]
    assert found == [("IRN", "KWT", "COERCE")]
    found = [triple(e) for e in coded(fp, "Iran seized 20 tons of Afghan drugs.", published="1987-03-24")]
    assert all(target is None for _, target, _ in found)


def test_what_is_unlikely_is_not_counted(fp: Flashpoint) -> None:
    found = coded(fp, "Washington is unlikely to attack Iran this year.")
    assert found and all(e["hypothetical"] for e in found)


def test_an_event_takes_the_date_of_its_own_clause(fp: Flashpoint) -> None:
    text = "Iran, which had warned Britain on Monday, attacked the British tanker in the Gulf on Thursday."
    attacks = [e for e in fp.analyze_text(text, published="2019-06-15").events if e.cameo.startswith("19")]
    assert [e.date.value for e in attacks] == ["2019-06-13"]


def test_doers_acting_on_each_other_act_both_ways(fp: Flashpoint) -> None:
    text = "Kyrgyz and Tajik troops began shooting at each other along their border."
    assert sorted(triple(e) for e in coded(fp, text)) == [
        ("KGZ", "TJK", "ASSAULT"),
        ("TJK", "KGZ", "ASSAULT"),
    ]
    text = "Armenia and Azerbaijan have fought one another twice."
    assert sorted(triple(e) for e in coded(fp, text)) == [
        ("ARM", "AZE", "ASSAULT"),
        ("AZE", "ARM", "ASSAULT"),
    ]


def test_whose_in_a_relative_clause_is_the_country_it_hangs_on(fp: Flashpoint) -> None:
    text = (
        "Look at its borders: Burundi to the south, whose government accuses Kigali of backing coup plotters."
    )
    found = coded(fp, text, published="2019-03-20")
    assert [(*triple(e), e["cameo"]) for e in found] == [("BDI", "RWA", "ACCUSE", "112")]
    found = coded(fp, "Iran, whose navy seized a British tanker, is defiant.")
    assert [(e["source"]["country"], e["source"]["sector"]) for e in found] == [("IRN", "MIL")]


def test_a_co_doer_is_no_target_of_what_both_do(fp: Flashpoint) -> None:
    text = "On Tuesday London and Paris issued an ultimatum to both sides."
    events = coded(fp, text, "1956-11-03")
    pairs = {(e["source"]["country"], e["target"]["country"] if e["target"] else None) for e in events}
    assert ("GBR", "FRA") not in pairs and ("FRA", "GBR") not in pairs


def test_who_denounces_an_act_against_a_state_does_not_target_that_state(fp: Flashpoint) -> None:
    victim = coded(fp, 'The Soviet government has denounced the "aggression" against Egypt.', "1956-11-03")
    assert not any(e["target"] and e["target"]["country"] == "EGY" for e in victim)
    assert any(triple(e) == ("IRN", "ISR", "ACCUSE") for e in coded(fp, "Iran condemned Israel."))


def test_a_place_phrase_on_a_non_state_object_is_where_not_whom(fp: Flashpoint) -> None:
    [fighting] = coded(fp, "French troops are fighting jihadists in Mali.", "2013-01-22")
    assert fighting["source"]["country"] == "FRA" and fighting["target"] is None
    [attack] = coded(fp, "Turkey attacked Damascus.", "2013-01-22")
    assert triple(attack)[:2] == ("TUR", "SYR")
