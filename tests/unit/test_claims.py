"""Claims: quantities bound to actors, comparisons, 'respectively', consistency."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint import Flashpoint
from flashpoint.stages.claims.quantities import Kind, quantities
from flashpoint.stages.claims.usd import UsdRates, rate_date

pytestmark = pytest.mark.slow


def claims(fp: Flashpoint, text: str, published: str = "2012-06-12") -> list[tuple]:
    document = fp.document(fp.analyze_text(text, published=published))
    return [
        (c["actor"], c["attribute"], c["value"], c["unit"], c["relative_to"], c["ratio"], c["counterpart"])
        for c in document["claims"]
    ]


def test_spelled_fractions_of_any_denominator_are_ratios_not_counts() -> None:
    for text, value in [
        ("That is still barely a seventieth of the roughly $25bn.", 1 / 70),
        ("Belgrade spends perhaps a two-hundredth of that.", 1 / 200),
        ("It spends a twenty-fifth of what Iran spends.", 1 / 25),
    ]:
        ratios = [q for q in quantities(text) if q.kind is Kind.RATIO]
        assert [round(q.value, 6) for q in ratios] == [round(value, 6)], text
        assert not any(q.kind is Kind.COUNT for q in quantities(text)), text


def test_quantities_are_normalised() -> None:
    found = quantities("They bought 60 tons of arms for $1.6 billion; 20 percent; ten times; two years.")
    assert [(q.kind, q.value, q.unit) for q in found] == [
        (Kind.MASS, 60.0, "tonne"),
        (Kind.MONEY, 1.6e9, "USD"),
        (Kind.FRACTION, 0.2, "fraction"),
        (Kind.RATIO, 10.0, None),
    ]


def test_purchase_with_owner_and_counterpart(fp: Flashpoint) -> None:
    assert claims(fp, "In February, Baku agreed to buy $1.6 billion of arms from Israel.") == [
        ("AZE", "arms_purchase_value", 1.6e9, "USD", None, None, "ISR"),
    ]


def test_respectively_distributes_over_the_listed_actors(fp: Flashpoint) -> None:
    text = "Compare the military budgets of Azerbaijan and Iran: $2.8 billion to $7.5 billion, respectively."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("AZE", 2.8e9), ("IRN", 7.5e9)]


def test_comparisons_become_ratios(fp: Flashpoint) -> None:
    [army] = claims(fp, "Iran's active army is ten times larger than that of Azerbaijan.")
    assert (army[0], army[1], army[4], army[5]) == ("IRN", "active_army_size", "AZE", 10.0)


def test_consistency_between_ratio_and_values(fp: Flashpoint) -> None:
    text = (
        "Azerbaijan spends $2.8 billion a year on its military. "
        "Armenia spends approximately $400 million a year on its military, "
        "or one-seventh as much as Azerbaijan. "
        "Georgia spends $900 million on its military, or half as much as Azerbaijan."
    )
    document = fp.document(fp.analyze_text(text, published="2012-06-12"))
    verdicts = sorted((c["stated"], c["consistent"]) for c in document["claim_checks"])
    assert verdicts == [(pytest.approx(1 / 7), True), (0.5, False)]
    approximate = [c["approximate"] for c in document["claims"] if c["value"] == 4e8]
    assert approximate == [True]


def test_newswire_spellings_are_read_with_offsets_kept() -> None:
    sentence = "Reserves hit 41.2 bln U.S.\n    Dlrs, up 12 pct, after 980 mln dlrs in aid."
    found = quantities(sentence)
    assert [(q.kind, q.value, q.unit) for q in found] == [
        (Kind.MONEY, 41.2e9, "USD"),
        (Kind.FRACTION, 0.12, "fraction"),
        (Kind.MONEY, 980e6, "USD"),
    ]
    assert [sentence[q.start : q.end] for q in found] == ["41.2 bln U.S.\n    Dlrs", "12 pct", "980 mln dlrs"]


def test_a_scaled_number_takes_the_currency_named_beside_it() -> None:
    found = quantities("It rose to 3.1 billion dlrs from 2.4 billion a year earlier.")
    assert [(q.kind, q.value, q.unit) for q in found] == [
        (Kind.MONEY, 3.1e9, "USD"),
        (Kind.MONEY, 2.4e9, "USD"),
    ]
    assert [q.kind for q in quantities("It rose to 3.1 billion.", currency="USD")] == [Kind.MONEY]
    assert [q.kind for q in quantities("It rose to 3.1 billion.")] == [Kind.COUNT]


def test_deficits_are_negative_and_changes_are_not_levels(fp: Flashpoint) -> None:
    text = "Brazil's trade deficit with Argentina rose 400 mln dlrs to 2.1 billion dlrs in 1986."
    assert claims(fp, text) == [("BRA", "trade_balance", -2.1e9, "USD", None, None, "ARG")]


def test_a_bilateral_figure_with_a_region_is_left_out(fp: Flashpoint) -> None:
    text = (
        "Canada's trade surplus with Mexico was 1.2 billion dlrs, with South America 900 mln dlrs "
        "and with the European Community 3.4 billion dlrs."
    )
    assert [(c[0], c[2], c[6]) for c in claims(fp, text)] == [("CAN", 1.2e9, "MEX"), ("CAN", 3.4e9, None)]


def test_owner_continues_and_a_back_reference_carries_the_attribute(fp: Flashpoint) -> None:
    text = (
        "Egypt's foreign exchange reserves reached 9.5 billion dlrs in May, officials said. "
        "The latest level compares with a low of 6.1 billion dlrs in January. "
        "Exports of cotton earned 300 mln dlrs."
    )
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [
        ("EGY", "foreign_reserves", 9.5e9),
        ("EGY", "foreign_reserves", 6.1e9),
    ]


def test_counts_need_their_own_cue_and_belong_where_it_happened(fp: Flashpoint) -> None:
    text = (
        "Floods swept northern Peru on Monday. Officials said twelve people died and 40 were injured. "
        "Police arrested a man, aged 34, who had phoned 911 twice."
    )
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [
        ("PER", "fatalities", 12.0),
        ("PER", "people_injured", 40.0),
    ]


def test_other_currencies_and_prices() -> None:
    found = quantities(
        "Exports were 3.4 billion French francs, imports 2.1 billion marks; oil sold at 14.72 dlrs."
    )
    assert [(q.kind, q.value, q.unit) for q in found] == [
        (Kind.MONEY, 3.4e9, "FRF"),
        (Kind.MONEY, 2.1e9, "DEM"),
    ]
    assert [q.unit for q in quantities("Trade fell to 7.45 billion H.K. Dlrs.")] == ["HKD"]


def test_flows_need_a_partner_and_owed_sums_are_no_claims(fp: Flashpoint) -> None:
    text = (
        "Chile's exports to Peru rose to 1.2 billion dlrs from 900 mln dlrs. "
        "Chile's exports fell to 20 billion dlrs. "
        "Peru received 300 mln dlrs in export credits to service its 19 billion dlr foreign debt."
    )
    assert [(c[0], c[1], c[2], c[6]) for c in claims(fp, text)] == [
        ("CHL", "trade_volume", 1.2e9, "PER"),
        ("CHL", "trade_volume", 9e8, "PER"),
    ]


def test_counts_of_charges_and_ages_are_not_people(fp: Flashpoint) -> None:
    text = (
        "The two men, aged 34 and 41, pleaded guilty to fourteen charges in Kenya. "
        "Police in Kenya arrested 12 people."
    )
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [("KEN", "people_arrested", 12.0)]


def test_sums_are_converted_to_dollars_at_the_rate_of_their_date() -> None:
    rates = UsdRates()
    assert rate_date("2019", None) == date(2019, 7, 1)
    assert rate_date("2019-03", None) == date(2019, 3, 15)
    assert rate_date(None, date(2020, 1, 9)) == date(2020, 1, 9)
    euro_2019 = rates.to_usd(100.0, "EUR", date(2019, 7, 1))
    assert euro_2019 is not None and 105 < euro_2019 < 120  # the euro was about 1.12 dollars in 2019
    assert rates.to_usd(5.0, "USD", None) == 5.0
    assert rates.to_usd(100.0, "DEM", date(1987, 7, 1)) is None  # no ECB rate for marks
    assert rates.to_usd(100.0, "JPY", date(1987, 7, 1)) is None  # the ECB series start in 1999
    assert rates.to_usd(100.0, "count", date(2019, 7, 1)) is None


def test_claims_carry_their_dollar_value(fp: Flashpoint) -> None:
    document = fp.document(
        fp.analyze_text(
            "Germany's trade surplus with France was 20 billion euros in 2019.", published="2020-01-10"
        )
    )
    (claim,) = document["claims"]
    assert (claim["value"], claim["unit"]) == (20e9, "EUR")
    assert 21e9 < claim["value_usd"] < 24e9


def test_his_country_is_the_speakers_and_its_shortfall_has_its_own_partner(fp: Flashpoint) -> None:
    text = (
        "South Korean Trade Minister Rha Woong Bae said Canadian officials met him. He said the purchases "
        "were to reduce his country's 7.1 billion dlr surplus with the United States and also to cut "
        "its 5.6 billion dlr shortfall with Japan."
    )
    found = {(c[0], c[2], c[6]) for c in claims(fp, text)}
    assert found == {("KOR", 7.1e9, "USA"), ("KOR", -5.6e9, "JPN")}


def test_a_country_after_the_currency_is_no_unit() -> None:
    [found] = quantities("with the record 169 billion dlrs U.S. trade deficit in 1986.")
    assert (found.kind, found.value, found.unit) == (Kind.MONEY, 169e9, "USD")


def test_banks_lend_not_states(fp: Flashpoint) -> None:
    text = (
        "Brazil's creditor banks agreed to extend the credit lines as part of a 31 billion dlr "
        "financing package. Venezuela obtained a credit of 50 mln dlrs from Credit du Nord of France. "
        "The Philippines has received a 300 mln dlr loan from Japan."
    )
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [("JPN", "credit_value", 3e8)]


def test_an_exporters_markets_follow_it_over_the_next_sentences(fp: Flashpoint) -> None:
    text = (
        "West German exports to Latin America declined by 4.1 pct in 1986 to 11 billion marks. "
        "Shipments to Mexico fell 19 pct to 1.9 billion marks."
    )
    assert [(c[0], c[2], c[3], c[6]) for c in claims(fp, text)] == [("DEU", 1.9e9, "DEM", "MEX")]


def test_a_sum_drawn_from_a_budget_is_not_the_budget(fp: Flashpoint) -> None:
    text = (
        "The emergency lets him pull funding for the wall from other places: potentially, according to "
        "Al Jazeera, US$3.6 billion from a Pentagon construction budget and $601 million from a fund."
    )
    assert claims(fp, text) == []


def test_a_definite_figure_in_an_officials_words_is_his_countrys(fp: Flashpoint) -> None:
    text = (
        '"Protectionism is not the answer to the 170 billion dlr trade deficit," '
        "Trade Representative Clayton Yeutter said."
    )
    document = fp.document(fp.analyze_text(text, published="1987-03-24"))
    assert [(c["actor"], c["value"], c["rule"]) for c in document["claims"]] == [
        ("USA", -170e9, "claims.speaker.v1")
    ]


def test_a_bare_sum_takes_the_currency_named_nearest_before_it() -> None:
    found = quantities("Spain gave 190 mln dlrs from 86 mln and Sweden 232 mln crowns from 180 mln.")
    assert [(q.value, q.unit) for q in found] == [
        (190e6, "USD"),
        (86e6, "USD"),
        (232e6, "SEK"),
        (180e6, "SEK"),
    ]


def test_each_coordinated_clause_owns_its_pledge(fp: Flashpoint) -> None:
    text = (
        "Norway raised its pledge to 190 mln dlrs from 86 mln and Denmark raised its figure "
        "to 232 mln dlrs from 180 mln."
    )
    owners = [(actor, attribute, value) for actor, attribute, value, *_ in claims(fp, text)]
    assert owners == [
        ("NOR", "aid_value", 190e6),
        ("NOR", "aid_value", 86e6),
        ("DNK", "aid_value", 232e6),
        ("DNK", "aid_value", 180e6),
    ]


def test_an_unowned_surplus_is_not_the_partners(fp: Flashpoint) -> None:
    text = (
        "The United States wants Seoul to cut its trade surplus with the United States. "
        "Officials in Washington and the United States Congress said so. "
        "The surplus rose to 7.4 billion dollars last year, one South Korean official said."
    )
    assert [(a, attr, v) for a, attr, v, *_ in claims(fp, text)] == [("KOR", "trade_balance", 7.4e9)]


def test_bare_exports_to_a_partner_are_the_articles_country(fp: Flashpoint) -> None:
    text = "China's trade deficit fell to 1.05 billion dlrs. Exports to Japan fell 2.3 pct to 1.28 billion."
    found = [(a, attr, v, cp) for a, attr, v, _, _, _, cp in claims(fp, text)]
    assert ("CHN", "trade_volume", 1.28e9, "JPN") in found


def test_a_debtors_payments_and_requests_are_not_loans_it_gives(fp: Flashpoint) -> None:
    text = (
        "Lima will pay foreign banks 37 mln dlrs a year, representing four pct of a 925 mln dlr "
        "loan signed in 1985."
    )
    assert claims(fp, text) == []
    text = "Buenos Aires said its minister would urge the IMF to release a 480 mln dlrs loan."
    assert claims(fp, text) == []
    assert claims(fp, "Japan extended a 300 mln dlr loan to Peru.") == [
        ("JPN", "credit_value", 300e6, "USD", None, None, "PER")
    ]
    text = "Rifa'i said Jordan's outstanding commercial loans total 902 mln dinars."
    assert claims(fp, text) == []


def test_ages_and_counted_occurrences_are_not_people(fp: Flashpoint) -> None:
    found = claims(fp, "A fire in Poland killed five girls, all aged fifteen, on Friday.")
    assert [(a, attr, v) for a, attr, v, *_ in found] == [("POL", "fatalities", 5.0)]
    found = claims(fp, "The attack followed four deadly shootings in Mexico, one killing three.")
    assert [(a, attr, v) for a, attr, v, *_ in found] == [("MEX", "fatalities", 3.0)]


def test_a_sum_before_at_is_still_money() -> None:
    found = quantities(
        "Reserves stood at 10.514 billion dlrs at end-1986, down from 11.9 billion at end-1985."
    )
    assert [(q.kind, q.value, q.unit) for q in found] == [
        (Kind.MONEY, 10.514e9, "USD"),
        (Kind.MONEY, 11.9e9, "USD"),
    ]


def test_a_relative_clause_surplus_is_its_antecedents(fp: Flashpoint) -> None:
    text = (
        "Commenting on Japan, which is running around a 80 billion dlr trade surplus with the "
        "United States, Yeutter said Japan is not doing the job."
    )
    found = claims(fp, text)
    assert [(a, attr, v) for a, attr, v, *_ in found] == [("JPN", "trade_balance", 80e9)]


def test_a_trade_gap_is_a_deficit_and_a_balance_in_a_countrys_favour_its_surplus(fp: Flashpoint) -> None:
    found = claims(fp, "The U.S. trade gap last year was a record 169.8 billion dlrs, and continues to rise.")
    assert [(a, attr, v) for a, attr, v, *_ in found] == [("USA", "trade_balance", -169.8e9)]
    text = "Frustration over the lopsided trade balance - nearly six billion dlrs in Japan's favour - grew."
    found = claims(fp, text)
    assert [(a, attr, v) for a, attr, v, *_ in found] == [("JPN", "trade_balance", 6e9)]


def test_fronts_are_no_troops_and_counted_nationals_own_their_losses(fp: Flashpoint) -> None:
    text = "Iranian troops are fighting on two widely separated fronts in a new offensive in Iraq."
    assert claims(fp, text) == []
    found = claims(fp, "Iran said its forces had killed or wounded over 2,600 Iraqis in the battle.")
    assert [(a, v) for a, _, v, *_ in found] == [("IRQ", 2600.0)]


def test_hyphenated_sums_are_read_whole() -> None:
    found = quantities("Tokyo had a 59-billion-dlr surplus with the United States.")
    assert [(q.kind, q.value, q.unit) for q in found] == [(Kind.MONEY, 59e9, "USD")]


def test_a_known_balance_is_the_country_its_sentence_names(fp: Flashpoint) -> None:
    text = (
        "The bill will restore competitiveness of American industries and turn around last "
        "year's record 169 billion dlrs trade deficit."
    )
    found = claims(fp, text)
    assert [(a, attr, v) for a, attr, v, *_ in found] == [("USA", "trade_balance", -169e9)]


def test_a_sum_after_an_indefinite_article_is_money() -> None:
    found = quantities("Saudi Arabia signed a $110 billion arms deal with the United States.")
    assert [(q.kind, q.value, q.unit) for q in found] == [(Kind.MONEY, 110e9, "USD")]


def test_fractions_and_multiples_of_another_countrys_figure(fp: Flashpoint) -> None:
    found = claims(fp, "Ukraine's military budget is one-tenth of Russia's.")
    assert [(a, rel, round(r, 3)) for a, _, _, _, rel, r, _ in found] == [("UKR", "RUS", 0.1)]
    found = claims(
        fp, "India's defence budget rose to $72.6 billion this year, three times that of Pakistan."
    )
    assert [(a, rel, r) for a, _, _, _, rel, r, _ in found if rel] == [("IND", "PAK", 3.0)]
    text = (
        "The U.S. trade gap was 169.8 billion dlrs, with Japan accounting for one-third of America's deficit."
    )
    assert all(rel is None for *_, rel, _r, _c in claims(fp, text))


def test_a_sum_spent_on_weapons_is_an_arms_purchase(fp: Flashpoint) -> None:
    found = claims(fp, "Egypt bought 24 Rafale fighter jets from France for $5.9 billion.")
    assert [(a, attr, v, cp) for a, attr, v, _, _, _, cp in found] == [
        ("EGY", "arms_purchase_quantity", 24.0, "FRA"),
        ("EGY", "arms_purchase_value", 5.9e9, "FRA"),
    ]


def test_areas_are_no_army_and_counted_guards_are_their_countrys(fp: Flashpoint) -> None:
    text = "Iranian forces were in control of four mountain areas near the Iraqi towns."
    assert claims(fp, text) == []
    found = claims(fp, "Iraq said its forces killed 15,000 Iranian Revolutionary Guards near Basra.")
    assert [(a, v) for a, _, v, *_ in found] == [("IRN", 15000.0)]


def test_arrests_stay_where_they_were_made(fp: Flashpoint) -> None:
    found = claims(fp, "Belarusian KGB arrested 33 Russian individuals, claiming them to be mercenaries.")
    assert [(a, v) for a, _, v, *_ in found] == [("BLR", 33.0)]


def test_a_countrys_possessive_on_the_number_and_a_sellers_buyer(fp: Flashpoint) -> None:
    found = claims(fp, "Iran's army, at 350,000 active personnel, dwarfs Azerbaijan's 67,000.")
    assert [(a, v) for a, _, v, *_ in found] == [("IRN", 350000.0), ("AZE", 67000.0)]
    found = claims(fp, "Russia has sold Armenia $200 million worth of weapons on credit.")
    assert [(a, attr, v) for a, attr, v, *_ in found] == [("ARM", "arms_purchase_value", 2e8)]
    found = claims(fp, "The Soviet Union supplied $2 billion worth of arms to Iraq.")
    assert [(a, attr, v) for a, attr, v, *_ in found] == [("IRQ", "arms_purchase_value", 2e9)]


def test_twice_that_of_another_country_is_a_ratio(fp: Flashpoint) -> None:
    found = claims(fp, "Israel's military budget of $24 billion is twice that of Iran.")
    assert [(a, rel, r) for a, _, _, _, rel, r, _ in found if rel] == [("ISR", "IRN", 2.0)]


def test_reserves_spoken_of_as_known_are_the_articles_countrys(fp: Flashpoint) -> None:
    text = (
        "China's exports rose in 1986. Official figures show the reserves at 10.514 billion dlrs "
        "at end-1986, down from 11.9 billion at end-1985."
    )
    found = claims(fp, text)
    assert [(a, attr, v) for a, attr, v, *_ in found] == [
        ("CHN", "foreign_reserves", 10.514e9),
        ("CHN", "foreign_reserves", 11.9e9),
    ]


def test_comparisons_with_a_figure_named_nearby(fp: Flashpoint) -> None:
    text = (
        "India spends about $60 billion a year on its military, nearly six times the $10 "
        "billion Pakistan spends."
    )
    assert [(a, rel, r) for a, _, _, _, rel, r, _ in claims(fp, text) if rel] == [("IND", "PAK", 6.0)]
    text = (
        "Iran spends $7.5 billion a year on defence, while Saudi Arabia spends $87 "
        "billion, eleven times as much."
    )
    assert [(a, rel, r) for a, _, _, _, rel, r, _ in claims(fp, text) if rel] == [("SAU", "IRN", 11.0)]
    found = claims(fp, "Turkey's army is twice the size of Greece's.")
    assert [(a, rel, r) for a, _, _, _, rel, r, _ in found] == [("TUR", "GRC", 2.0)]
    found = claims(fp, "Pakistan fields 560,000 active troops against India's 1.4 million.")
    assert [(a, v) for a, _, v, *_ in found] == [("PAK", 560000.0), ("IND", 1400000.0)]


def test_weapons_named_by_make_are_counted_when_bought(fp: Flashpoint) -> None:
    def bought(text: str) -> list[tuple]:
        return [(a, attr, v, cp) for a, attr, v, _, _, _, cp in claims(fp, text)]

    assert bought("Saudi Arabia flies 72 Eurofighter Typhoons bought from Britain.") == [
        ("SAU", "arms_purchase_quantity", 72.0, "GBR")
    ]
    assert bought("Peru flies a dozen Mirage 2000s bought from France in the mid-1980s.") == [
        ("PER", "arms_purchase_quantity", 12.0, "FRA")
    ]
    assert bought("Saudi Arabia flies 72 Eurofighter Typhoons that it bought from Britain.") == [
        ("SAU", "arms_purchase_quantity", 72.0, "GBR")
    ]
    # no make or model: a count of things bought is no arms purchase
    assert bought("Kenya has 40 hospitals ordered from China.") == []


def test_a_tally_named_by_its_country_and_its_in_a_second_clause(fp: Flashpoint) -> None:
    text = (
        "Turkey's active forces of roughly 355,000 are two and a half times as large as the Greek "
        "total of around 143,000."
    )
    found = {(a, attr, v) for a, attr, v, *_ in claims(fp, text)}
    assert ("GRC", "active_army_size", 143000.0) in found
    text = (
        "Peru's armed forces, at roughly 115,000, are about twice as large as Ecuador's 57,000, "
        "and its army of about 75,000 is half as large again as Ecuador's."
    )
    found = {(a, attr, v) for a, attr, v, *_ in claims(fp, text)}
    assert ("PER", "active_army_size", 75000.0) in found
    assert ("ECU", "active_army_size", 75000.0) not in found


def test_aid_named_by_a_demonym_is_the_givers(fp: Flashpoint) -> None:
    text = "Colombian soldiers fought guerrillas with about $10 billion in American assistance since 2000."
    found = {(a, attr, v) for a, attr, v, *_ in claims(fp, text)}
    assert found == {("USA", "aid_value", 10e9)}
    # givers named apart: the demonym is the receiver, and no claim is the creditors' country
    text = "Total Indian development assistance from multilateral creditors is likely to reach $4 billion."
    assert all(a != "IND" for a, *_ in claims(fp, text))


def test_a_mobilised_count_is_the_army(fp: Flashpoint) -> None:
    text = "Eritrea has mobilised perhaps 200,000 since June."
    found = {(a, attr, v) for a, attr, v, *_ in claims(fp, text)}
    assert found == {("ERI", "active_army_size", 200000.0)}


def test_weapons_counted_in_a_purchase(fp: Flashpoint) -> None:
    text = "Over the past five years Cairo has bought 24 Rafale fighters from France in a €5.2 billion deal."
    found = [(a, attr, v, cp) for a, attr, v, _, _, _, cp in claims(fp, text)]
    assert ("EGY", "arms_purchase_quantity", 24.0, "FRA") in found
    found = [(a, attr, v) for a, attr, v, *_ in claims(fp, "Riyadh ordered 84 F-15SAs from Washington.")]
    assert found == [("SAU", "arms_purchase_quantity", 84.0)]
    found = [(a, attr, v) for a, attr, v, *_ in claims(fp, "Russia sold Armenia four Su-30SM fighters.")]
    assert found == [("ARM", "arms_purchase_quantity", 4.0)]
    assert (
        claims(fp, "The Indian air force is down to about 31 fighter squadrons against an authorised 42.")
        == []
    )


def test_a_sentence_opening_with_its_continues_the_previous_subject(fp: Flashpoint) -> None:
    text = (
        "India spent about $66.5 billion on defence last year, nearly six times Pakistan's outlay of "
        "roughly $11.4 billion. Its active armed forces, some 1.4 million strong, are a little more "
        "than twice the size of Pakistan's approximately 650,000."
    )
    found = {(a, attr, v, rel, r) for a, attr, v, _, rel, r, _ in claims(fp, text)}
    assert found == {
        ("IND", "military_expenditure", 66.5e9, None, None),
        ("IND", "military_expenditure", None, "PAK", 6.0),
        ("PAK", "military_expenditure", 11.4e9, None, None),
        ("IND", "active_army_size", 1.4e6, None, None),
        ("IND", "active_army_size", None, "PAK", 2.0),
        ("PAK", "active_army_size", 650000.0, None, None),
    }


def test_named_forces_odds_and_half_again(fp: Flashpoint) -> None:
    text = (
        "The People's Liberation Army, some 2.3 million strong, is nine times the size of Japan's "
        "Self-Defense Forces, which number about 247,000."
    )
    found = {(a, v, rel, r) for a, _, v, _, rel, r, _ in claims(fp, text)}
    assert found == {("CHN", 2.3e6, None, None), ("CHN", None, "JPN", 9.0), ("JPN", 247000.0, None, None)}
    text = (
        "Moscow's armed forces number about a million active personnel, Georgia's some "
        "33,000 — a ratio of around thirty to one."
    )
    found = {(a, v, rel, r) for a, _, v, _, rel, r, _ in claims(fp, text)}
    assert found == {("RUS", 1e6, None, None), ("GEO", 33000.0, None, None), ("RUS", None, "GEO", 30.0)}
    found = claims(fp, "Azerbaijan's army of 67,000 is half again as large as Armenia's 45,000.")
    assert ("AZE", "ARM", 1.5) in [(a, rel, r) for a, _, _, _, rel, r, _ in found]


def test_trade_between_two_countries_and_won(fp: Flashpoint) -> None:
    found = claims(fp, "China and Japan are rivals. Trade between the two countries reached $345 billion.")
    assert [(a, attr, cp) for a, attr, _, _, _, _, cp in found] == [("JPN", "trade_volume", "CHN")]
    found = claims(fp, "South Korea's defence budget this year is about 29.6 trillion won.")
    assert [(a, v, u) for a, _, v, u, *_ in found] == [("KOR", 29.6e12, "KRW")]


def test_outspending_by_a_factor_and_contrasted_clauses(fp: Flashpoint) -> None:
    text = (
        "Serbia is strong. Its defence budget was about $1.4 billion last year, while Kosovo allocates "
        "roughly €100 million to its Security Force: Belgrade outspends Pristina by a "
        "factor of more than twelve."
    )
    found = {(a, v, rel, r) for a, _, v, _, rel, r, _ in claims(fp, text)}
    assert found == {("SRB", 1.4e9, None, None), ("XKX", 1e8, None, None), ("SRB", None, "XKX", 12.0)}


def test_arms_a_state_supplies_are_its_clients(fp: Flashpoint) -> None:
    text = "Serbia is buying arms. Serbia needs weapons. Russia donated six MiG-29 fighters in 2017."
    found = [(a, attr, v, cp) for a, attr, v, _, _, _, cp in claims(fp, text)]
    assert found == [("SRB", "arms_purchase_quantity", 6.0, "RUS")]
    text = "Qatar is rich. In 2015 it ordered 24 Rafale fighters from France for €6.3 billion."
    found = [(a, attr, v, cp) for a, attr, v, _, _, _, cp in claims(fp, text)]
    assert found == [
        ("QAT", "arms_purchase_quantity", 24.0, "FRA"),
        ("QAT", "arms_purchase_value", 6.3e9, "FRA"),
    ]


def test_named_numbers_levies_and_foreign_personnel(fp: Flashpoint) -> None:
    assert claims(fp, "Under Resolution 1244, Serbian forces cannot enter Kosovo without consent.") == []
    text = (
        "The U.S. has said it will impose 300 mln dlrs of tariffs on imports of Japanese electronics goods."
    )
    assert claims(fp, text) == []
    found = claims(fp, "Al Udeid air base hosts some 11,000 American personnel.")
    assert [(a, attr, v) for a, attr, v, *_ in found] == [("USA", "troop_count", 11000.0)]
    assert claims(fp, "The sources said only 80 personnel can be housed in the remaining quarters.") == []


def test_a_sentence_subject_buys_and_an_approved_sale_is_the_clients(fp: Flashpoint) -> None:
    text = (
        "Saudi Arabia is rich. It flies advanced aircraft, including 84 new F-15SA jets bought from "
        "Boeing under a $29.4 billion contract. In November Washington approved a $1.29 "
        "billion sale of bombs."
    )
    found = [(a, attr, v, cp) for a, attr, v, _, _, _, cp in claims(fp, text)]
    assert ("SAU", "arms_purchase_quantity", 84.0, None) in found
    assert ("SAU", "arms_purchase_value", 29.4e9, None) in found
    assert ("SAU", "arms_purchase_value", 1.29e9, "USA") in found
    assert (
        claims(fp, "The designation of these loans reduced the bank's earnings by 22 mln dlrs, Brazil said.")
        == []
    )


def test_spending_right_after_military_spending_and_elided_owners(fp: Flashpoint) -> None:
    text = (
        "Russia spent roughly $88 billion on its armed forces last year. Ukraine spent a "
        "little over $5 billion."
    )
    assert [(a, attr, v) for a, attr, v, *_ in claims(fp, text)][1] == ("UKR", "military_expenditure", 5e9)
    text = "SIPRI's estimates put China's military spending at about $261 billion and India's at $71 billion."
    assert [(a, v) for a, _, v, *_ in claims(fp, text)] == [("CHN", 261e9), ("IND", 71e9)]
    text = (
        "The People's Liberation Army has roughly two million personnel under arms, "
        "against India's 1.4 million."
    )
    assert [(a, attr, v) for a, attr, v, *_ in claims(fp, text)] == [
        ("CHN", "active_army_size", 2e6),
        ("IND", "active_army_size", 1.4e6),
    ]
    found = claims(fp, "The Pentagon has about 5,200 troops in Iraq.")
    assert [(a, v) for a, _, v, *_ in found] == [("USA", 5200.0)]


def test_the_kingdom_is_the_last_monarchy_named(fp: Flashpoint) -> None:
    text = (
        "Saudi Arabia leads the campaign. India watches. The kingdom is still taking delivery of "
        "84 new F-15SA fighters in an American package worth up to $60 billion."
    )
    assert {a for a, *_ in claims(fp, text)} == {"SAU"}


def test_a_figure_said_twice_keeps_its_owner(fp: Flashpoint) -> None:
    text = (
        "We know how twenty Indian soldiers died in the Galwan Valley. China claims the valley. "
        "Beijing says little. China is strong. Nine days later twenty men were dead."
    )
    assert {(a, v) for a, _, v, *_ in claims(fp, text)} == {("IND", 20.0)}


def test_a_sale_to_a_country_and_a_count_for_a_country(fp: Flashpoint) -> None:
    text = (
        "Algeria is strong. Algeria buys arms. In 2019 Washington approved the sale of "
        "25 new F-16 fighters to Rabat for about $3.8 billion."
    )
    found = {(a, attr, v) for a, attr, v, *_ in claims(fp, text)}
    assert found == {("MAR", "arms_purchase_quantity", 25.0), ("MAR", "arms_purchase_value", 3.8e9)}
    text = (
        "Morocco, though, fields more soldiers: close to 196,000 active personnel "
        "against roughly 130,000 for Algeria."
    )
    assert [(a, v) for a, _, v, *_ in claims(fp, text)] == [("MAR", 196000.0), ("DZA", 130000.0)]


def test_weapons_civilians_and_a_garrison_are_no_army(fp: Flashpoint) -> None:
    found = claims(fp, "Iraq's armed forces run to roughly a million men and some 5,500 tanks.")
    assert [(a, v) for a, _, v, *_ in found] == [("IRQ", 1e6)]
    text = "Argentina landed. The soldiers outnumber the 1,800 islanders by about five to one."
    assert claims(fp, text) == []


def test_ranges_read_as_their_two_ends_and_changes_as_two_figures() -> None:
    found = quantities("Iran's military budget, around $14 to 15 billion last year, is high.")
    assert [(q.value, q.kind.value, q.ranged) for q in found] == [
        (14e9, "money", True),
        (15e9, "money", True),
    ]
    found = quantities("Turkey sent some 8,000 to 10,000 Syrian fighters.")
    assert [(q.value, q.ranged) for q in found] == [(8000.0, True), (10000.0, True)]
    found = quantities("The deficit with Japan rose 11.1 billion dlrs to 54.6 billion dlrs.")
    assert [q.value for q in found] == [11.1e9, 54.6e9]
    assert [q.value for q in quantities("Exports rose from 727 mln to 752 mln dlrs.")] == [727e6, 752e6]


def test_a_count_with_a_comma_is_no_year_and_half_a_million_is_half() -> None:
    found = quantities("In Syria roughly 2,000 American troops stay east of the Euphrates.")
    assert [q.value for q in found] == [2000.0]
    assert [q.value for q in quantities("It has over half a million people under arms.")] == [500000.0]


def test_active_forces_named_armies_and_respectively_before_another_figure(fp: Flashpoint) -> None:
    found = claims(fp, "The Korean People's Army counts something like 1.1 million active soldiers.")
    assert found == [("PRK", "active_army_size", 1.1e6, "count", None, None, None)]
    found = claims(
        fp,
        "The People's Liberation Army has about 2.3 million personnel against some 480,000 in the "
        "Vietnam People's Army.",
    )
    assert [(a, v) for a, _, v, *_ in found] == [("CHN", 2.3e6), ("VNM", 480000.0)]
    text = (
        "Azerbaijan and Armenia keep roughly 67,000 and 45,000 active personnel respectively, and the "
        "Karabakh force adds an estimated 20,000."
    )
    assert [(a, attr, v) for a, attr, v, *_ in claims(fp, text)] == [
        ("AZE", "active_army_size", 67000.0),
        ("ARM", "active_army_size", 45000.0),
    ]


def test_a_sentence_rooted_in_a_noun_ends(fp: Flashpoint) -> None:
    # walking up to the root compared tokens by identity, which spaCy never keeps: this looped
    text = (
        "Its forces are better equipped: 61 F-15K fighters bought for some $6.5 billion, modern submarines."
    )
    assert isinstance(claims(fp, text), list)


def test_defence_naming_a_weapon_and_the_possessor_of_a_purchase(fp: Flashpoint) -> None:
    text = "Turkey has cut itself off by buying Russian S-400 air-defence systems for about $2.5 billion."
    assert [(a, attr, v) for a, attr, v, *_ in claims(fp, text)] == [("TUR", "arms_purchase_value", 2.5e9)]
    text = "They financed Turkey's purchase of S-400 air defence systems, a deal put at about $2.5 billion."
    assert [(a, attr) for a, attr, *_ in claims(fp, text)] == [("TUR", "arms_purchase_value")]


def test_dozens_are_numbers() -> None:
    assert [q.value for q in quantities("Sudan fields roughly two dozen MiG-29s.")] == [24.0]
    assert [q.value for q in quantities("Peru flies a dozen Mirage fighters.")] == [12.0]


def test_bilateral_trade_and_trade_between_the_two(fp: Flashpoint) -> None:
    text = "India and Pakistan closed the border. Bilateral trade comes to about $2.4 billion a year."
    found = [(a, attr, v, cp) for a, attr, v, _, _, _, cp in claims(fp, text)]
    assert found in ([("IND", "trade_volume", 2.4e9, "PAK")], [("PAK", "trade_volume", 2.4e9, "IND")])
    text = "China and India clashed in Ladakh. Trade between the two came to about $85 billion last year."
    found = [(a, attr, v, cp) for a, attr, v, _, _, _, cp in claims(fp, text)]
    assert found in ([("IND", "trade_volume", 85e9, "CHN")], [("CHN", "trade_volume", 85e9, "IND")])


def test_twice_a_possessor_ordinal_fractions_and_outspending_named_as_a_noun(fp: Flashpoint) -> None:
    text = "Algeria spends about $9.7 billion, roughly twice Morocco's $4.8 billion on defence."
    assert ("DZA", "military_expenditure", None, None, "MAR", 2.0, None) in claims(fp, text)
    text = "North Korea counts 1.1 million active soldiers, nearly twice South Korea's 625,000."
    assert ("PRK", "active_army_size", None, None, "KOR", 2.0, None) in claims(fp, text)
    text = "Syria spends perhaps a sixth of what Israel does on defence."
    assert [(c[0], c[4], round(c[5], 3)) for c in claims(fp, text)] == [("SYR", "ISR", 0.167)]
    text = (
        "Armenia spent about $450 million on defence, so Baku outspends Yerevan by a factor of six or more."
    )
    assert ("AZE", "military_expenditure", None, None, "ARM", 6.0, None) in claims(fp, text)


def test_commerce_is_trade(fp: Flashpoint) -> None:
    text = "Colombia and Venezuela quarrel. Commerce between the two neighbours peaked at about $7.2 billion."
    found = [(a, attr, v, cp) for a, attr, v, _, _, _, cp in claims(fp, text)]
    assert found in ([("COL", "trade_volume", 7.2e9, "VEN")], [("VEN", "trade_volume", 7.2e9, "COL")])


def test_hedged_sums_and_sums_joined_by_and_are_read_whole() -> None:
    assert [q.value for q in quantities("Egypt's budget of some $4 billion.")] == [4e9]
    assert [q.value for q in quantities("They field some 1.2 million men.")] == [1.2e6]
    assert [q.value for q in quantities("Budgets of $350 million and $160 million respectively.")] == [
        3.5e8,
        1.6e8,
    ]
    ranged = quantities("A budget somewhere between $10 billion and $15 billion.")
    assert [q.value for q in ranged] == [1e10]  # a range stays one figure


def test_a_ratio_compares_its_clause_subject_and_a_later_cue_keeps_the_comparison(fp: Flashpoint) -> None:
    text = "Chile's army is roughly twice the size of Peru's and its budget about three times larger."
    found = [(c[0], c[1], c[4], c[5]) for c in claims(fp, text)]
    assert found == [
        ("CHL", "active_army_size", "PER", 2.0),
        ("CHL", "military_expenditure", "PER", 3.0),
    ]


def test_odds_after_a_percentage_and_a_ratio_of_what_another_can_muster(fp: Flashpoint) -> None:
    text = (
        "Japan's defence budget is about $50 billion, up more than 2 percent; Taiwan spends roughly "
        "$10 billion, so Tokyo outspends Taipei some five to one."
    )
    found = claims(fp, text)
    assert ("JPN", "military_expenditure", None, None, "TWN", 5.0, None) in found
    assert all(c[2] != 0.02 for c in found)  # "up more than 2 percent" is a change
    text = "Algeria spends about $10 billion a year on defence, some three times what Rabat can afford."
    assert ("DZA", "military_expenditure", None, None, "MAR", 3.0, None) in claims(fp, text)


def test_each_number_takes_the_nationality_after_it_and_losses_share_their_victims(fp: Flashpoint) -> None:
    text = "The drills brought about 3,000 Japanese and 1,500 Australian troops together."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("JPN", 3000.0), ("AUS", 1500.0)]
    text = "An ambush killed six Malian soldiers and wounded more than twenty."
    assert [(c[0], c[1]) for c in claims(fp, text)] == [("MLI", "fatalities"), ("MLI", "people_injured")]
    text = "Thirty Georgian sailors were captured off the coast."
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [("GEO", "people_arrested", 30.0)]


def test_a_sum_spent_by_a_country_and_respectively_over_countries_named_before(fp: Flashpoint) -> None:
    text = (
        "Chad's defence budget is around $300 million, a fraction of the $2 billion or so spent by Algeria."
    )
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("TCD", 3e8), ("DZA", 2e9)]
    text = (
        "Hanoi outspends Vientiane: the two defence budgets run to about $5 billion and $200 million "
        "respectively."
    )
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("VNM", 5e9), ("LAO", 2e8)]


def test_armed_forces_by_name_and_a_possessor_whose_noun_is_left_out(fp: Flashpoint) -> None:
    text = "The UPDF lists over 45,000 soldiers, twice the roughly 22,000 in the Kenya Defence Forces."
    assert [(c[0], c[1], c[2], c[4]) for c in claims(fp, text)] == [
        ("UGA", "active_army_size", 45000.0, None),
        ("UGA", "active_army_size", None, "KEN"),
        ("KEN", "active_army_size", 22000.0, None),
    ]
    text = "Greece's armed forces number about 140,000 active personnel; Turkey's numbered about 355,000."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("GRC", 140000.0), ("TUR", 355000.0)]


def test_an_economy_and_a_budget_deficit_are_no_military_figures(fp: Flashpoint) -> None:
    text = "Poland spends $20 billion on defence, and its economy, at around $700 billion, keeps growing."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("POL", 2e10)]
    assert claims(fp, "Oman has budgeted for a deficit of some $5 billion this year.") == []


def test_a_deal_signed_by_a_supplier_is_bought_by_the_sentence_subject(fp: Flashpoint) -> None:
    text = (
        "Iraq's air force has been rebuilt by Russia, which has supplied helicopters and last year "
        "signed a deal for 12 Su-25 jet fighters worth $200 million."
    )
    found = [(c[0], c[1], c[2]) for c in claims(fp, text)]
    assert found == [("IRQ", "arms_purchase_quantity", 12.0), ("IRQ", "arms_purchase_value", 2e8)]


def test_aid_received_under_a_givers_name_killers_and_counted_jets(fp: Flashpoint) -> None:
    text = "Jordan has a small army. It still receives $1.5 billion a year in American military aid."
    assert claims(fp, text) == [("USA", "aid_value", 1.5e9, "USD", None, None, "JOR")]
    text = "Mali said that seven herders had been killed by Burkinabe gunmen near the border."
    assert [(c[0], c[1]) for c in claims(fp, text)] == [("MLI", "fatalities")]  # not the killers'
    text = "The Greek air force flies some 150 F-16s and its army counts about 90,000 active troops."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("GRC", 90000.0)]


def test_a_sentence_opening_with_its_refers_to_the_last_subject(fp: Flashpoint) -> None:
    text = (
        "Colombia's population of about 50 million is some ten times Panama's 4 million. "
        "Its armed forces number roughly 290,000 active personnel, backed by police Bogota claims "
        "run into the hundreds of thousands."
    )
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [("COL", "active_army_size", 290000.0)]


def test_arms_a_supplier_sends_go_to_the_country_just_named_else_the_articles(fp: Flashpoint) -> None:
    text = (
        "Russia annexed Crimea last year. Georgia's friends are numerous but cautious. "
        "The United States approved the sale of 200 Javelin anti-tank missiles in the spring."
    )
    assert [(c[0], c[6]) for c in claims(fp, text)] == [("GEO", "USA")]
    text = (
        "Serbia is rearming. Serbia has been modernising from the East. Russia donated six MiG-29 "
        "fighters and Belarus added four more. Moscow handed over 30 upgraded T-72 tanks."
    )
    assert ("SRB", "arms_purchase_quantity", 30.0, "count", None, None, "RUS") in claims(fp, text)


def test_british_scale_abbreviations_hyphenated_scales_and_a_quarter_of_a_million() -> None:
    found = quantities("Spending rose to $2.5bn, with a £300m contract and a $1.2-billion deal.")
    assert [(q.value, q.unit) for q in found] == [(2.5e9, "USD"), (3e8, "GBP"), (1.2e9, "USD")]
    assert [q.value for q in quantities("They field a quarter of a million soldiers.")] == [250000.0]
    assert quantities("The runway passed the 5m mark.") == []  # metres, not millions


def test_men_under_arms_are_an_army_only_in_thousands(fp: Flashpoint) -> None:
    text = "Peru is mobilising. It has put well over 80,000 men under arms, by most estimates."
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [("PER", "active_army_size", 80000.0)]
    text = "Chile's regular forces, some 45,000 men all told, are a fraction of what sits across the line."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("CHL", 45000.0)]
    assert claims(fp, "It is tempting to treat this as two men shouting across a canyon.") == []


def test_losses_in_a_region_are_its_states_and_a_state_name_is_whole(fp: Flashpoint) -> None:
    text = "Chad is angry. The war in Darfur has killed perhaps 180,000 people, by the UN's reckoning."
    assert [(c[0], c[1]) for c in claims(fp, text)] == [("SDN", "fatalities")]
    text = "Fighting in Tigray has killed thousands; at least 500 people died in Mekelle last week."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("ETH", 500.0)]


def test_a_gapped_subject_a_relative_whose_and_unhyphenated_designations(fp: Flashpoint) -> None:
    text = "India spent about $70 billion on defence last year and Pakistan about $10 billion."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("IND", 7e10), ("PAK", 1e10)]
    text = (
        "Romania spends roughly $5bn on defence, about 2% of GDP and some ten times the budget of "
        "Moldova, whose armed forces number about 6,000 active personnel."
    )
    found = [(c[0], c[1], c[2], c[4]) for c in claims(fp, text)]
    assert ("ROU", "military_expenditure", None, "MDA") in found
    assert ("MDA", "active_army_size", 6000.0, None) in found
    assert [q.value for q in quantities("Warsaw ordered 250 M1A2 Abrams tanks.")] == [250.0]


def test_a_figure_given_to_each_of_several(fp: Flashpoint) -> None:
    text = "Greece and Turkey each spend about $5 billion a year on defence."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("GRC", 5e9), ("TUR", 5e9)]
    text = (
        "Turkey and Israel are military rivals. The two spend comparable military sums, about $15 "
        "billion each."
    )
    assert sorted((c[0], c[2]) for c in claims(fp, text)) == [("ISR", 1.5e10), ("TUR", 1.5e10)]
    text = "Greece and Turkey are rivals; Greece spends about $5 billion a year on defence."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("GRC", 5e9)]  # no "each": one owner


def test_population_ratios_spending_on_forces_and_whose_after_a_pair(fp: Flashpoint) -> None:
    assert claims(fp, "Brazil's population is some 40 times Paraguay's.") == []
    text = "Khartoum's spending on its security forces is estimated at $2 billion a year."
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [("SDN", "military_expenditure", 2e9)]
    text = "Spain and Portugal, whose cross-border trade totaled about 40 billion dlrs last year, met."
    # "whose" after a pair is both countries': not Portugal's alone
    assert [(c[0], c[1]) for c in claims(fp, text)] == [("ESP", "trade_volume")]


def test_counting_verbs_read_as_nouns_vague_counts_and_populations(fp: Flashpoint) -> None:
    found = claims(fp, "The Chinese army has two million men; Pakistan's army numbers about 560,000.")
    assert ("PAK", "active_army_size", 560000.0) in [(c[0], c[1], c[2]) for c in found]
    text = "Chad's national army fields perhaps 30,000 properly trained soldiers, and donors pay them."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("TCD", 30000.0)]
    found = claims(fp, "Armenia is small. Its forces number perhaps 45,000, many of them conscripts.")
    assert [(c[0], c[2]) for c in found] == [("ARM", 45000.0)]
    assert claims(fp, "For weeks a few hundred Greek and Turkish soldiers have faced each other.") == []
    found = claims(fp, "Nepal has some 30 million people and an army of about 95,000.")
    assert [(c[0], c[2]) for c in found] == [("NPL", 95000.0)]  # the people are no army
    text = 'Last month Georgian and Ukrainian troops joined Polish forces in "Four Rivers 2019" drills.'
    assert claims(fp, text) == []  # a name, not a count
    text = "India spends 4 trillion rupees on defence. Pakistan has fewer soldiers, around 650,000."
    assert ("PAK", 650000.0, "count") in [(c[0], c[2], c[3]) for c in claims(fp, text)]  # men, not rupees


def test_arms_made_elsewhere_and_packages_approved_by_the_seller(fp: Flashpoint) -> None:
    text = "Venezuela's president Nicolas Maduro has been buying some $2 billion worth of Chinese weapons."
    found = claims(fp, text, published="2016-05-01")
    assert [(c[0], c[1], c[2]) for c in found] == [("VEN", "arms_purchase_value", 2e9)]
    text = (
        "Poland is buying 32 F-35 fighters, and last year Washington approved a $4.6 billion "
        "package of Patriot air-defence systems."
    )
    assert ("POL", 4.6e9) in [(c[0], c[2]) for c in claims(fp, text)]
    text = (
        "Saudi Arabia is rearming. The kingdom announced an arms package with the United States "
        "worth $50 billion."
    )
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("SAU", 5e10)]  # a party to the deal, not its seller


def test_comparisons_in_a_later_clause_and_pairs_named_around_a_ranking(fp: Flashpoint) -> None:
    text = "Chile spends about 2% of its GDP on defence, and more than twice what Peru spends."
    assert ("CHL", None, "PER", 2.0) in [(c[0], c[2], c[4], c[5]) for c in claims(fp, text)]
    text = (
        "India spends about $70 billion a year on defence; in other words, Beijing's declared "
        "budget alone is more than three times larger than Delhi's."
    )
    assert ("CHN", "IND", 3.0) in [(c[0], c[4], c[5]) for c in claims(fp, text)]
    text = (
        "Chile is Peru's second-largest export market after China; trade between the two was "
        "worth some $4 billion."
    )
    assert [(c[0], c[6]) for c in claims(fp, text)] == [("PER", "CHL")]  # not China's
    text = (
        "Egypt and Sudan have long quarrelled over Halaib. Trade between them is modest, barely "
        "half a billion dollars a year."
    )
    assert [sorted([c[0], c[6]]) for c in claims(fp, text)] == [["EGY", "SDN"]]


def test_a_sentence_opening_its_looks_past_sentences_naming_no_country(fp: Flashpoint) -> None:
    text = (
        "Egypt has its own reasons for restraint. Its economy survives on deposits from Saudi "
        "Arabia, Kuwait and the United Arab Emirates. An election is due in March. Its army, some "
        "440,000 strong, is busy in Sinai."
    )
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("EGY", 440000.0)]
    text = (
        "Chad spends about $300 million on defence this year, while estimates of Sudan's military "
        "spending run to under $2 billion."
    )
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("TCD", 3e8), ("SDN", 2e9)]


def test_a_loss_is_placed_by_a_city_named_after_it(fp: Flashpoint) -> None:
    text = (
        "The raid came a week after strikes in Syria and a month after suicide bombers killed "
        "some 60 people at a wedding in Kermanshah."
    )
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [("IRN", "fatalities", 60.0)]


def test_police_beside_soldiers_days_of_the_month_and_ratios_to_the_sentence_before(fp: Flashpoint) -> None:
    text = "About 2,000 Egyptian soldiers and some 300 police from Jordan arrived on 12 April."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("EGY", 2000.0)]
    text = (
        "Saudi Arabia's defence budget is about $70 billion. Yemen will spend roughly $1.4 billion "
        "on defence, less than one-fiftieth as much."
    )
    assert ("YEM", "SAU", 0.02) in [(c[0], c[4], c[5]) for c in claims(fp, text)]
    text = "Armenia spends perhaps $600m a year on defence against roughly $2bn for Azerbaijan."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("ARM", 6e8), ("AZE", 2e9)]


def test_arms_signed_for_spent_on_and_credit_lent(fp: Flashpoint) -> None:
    text = "Morocco signed for 12 Apache helicopters from the United States at a cost of $1 billion."
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [
        ("MAR", "arms_purchase_quantity", 12.0),
        ("MAR", "arms_purchase_value", 1e9),
    ]
    text = (
        "Tehran spent roughly $5bn on Russian weapons, including 30 Su-35 fighters and 50,000 Kalashnikovs."
    )
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [
        ("IRN", "arms_purchase_value", 5e9),
        ("IRN", "arms_purchase_quantity", 30.0),
        ("IRN", "arms_purchase_quantity", 50000.0),
    ]
    text = "Cuba is broke. Russia, owed some $3bn of the more than $10bn it has lent over the decade, waits."
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [("RUS", "credit_value", 1e10)]


def test_losses_of_its_people_and_a_volume_in_someones_favour(fp: Flashpoint) -> None:
    text = (
        "India struck. Islamabad's reply was to deny the raid, in which it says three of its soldiers died."
    )
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("PAK", 3.0)]
    text = "Armenia and Russia trade some $2 billion a year, overwhelmingly in Russia's favour."
    assert [(c[1], c[2]) for c in claims(fp, text)] == [("trade_volume", 2e9)]
    text = "Twenty Ukrainian sailors were captured, at least three of them wounded."
    assert {c[0] for c in claims(fp, text)} == {"UKR"}


def test_a_count_beside_weapons_it_is_coordinated_with_counts_people(fp: Flashpoint) -> None:
    text = "Reports said Cairo had committed 50 aircraft and 40,000 troops to the coalition."
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [("EGY", "troop_count", 40000.0)]


def test_aid_workers_give_no_sum(fp: Flashpoint) -> None:
    text = "Hungary has kept journalists and aid workers out, and built a fence costing about €300m."
    assert [c for c in claims(fp, text) if c[1] == "aid_value"] == []


def test_no_standing_army_is_a_handful(fp: Flashpoint) -> None:
    text = "Greece and Turkey keep two armies facing each other across the Evros."
    assert [c for c in claims(fp, text) if c[1] == "active_army_size"] == []
    text = "The Pentagon is sending some 500 troops to Prince Sultan air base in Saudi Arabia."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("USA", 500.0)]  # troops, however counted


def test_a_figure_in_a_relative_clause_on_a_possessive_and_a_verb_misread_after_an_object(
    fp: Flashpoint,
) -> None:
    text = (
        "India's defence budget is some $79 billion, ten times Pakistan's, which stood at about $7.6 billion."
    )
    assert ("PAK", "military_expenditure", 7.6e9) in {c[:3] for c in claims(fp, text)}
    text = "Nicaragua's army numbers some 12,000 men and runs on a budget of roughly $40 million a year."
    assert ("NIC", "military_expenditure", 4e7) in {c[:3] for c in claims(fp, text)}


def test_men_and_women_under_arms_and_a_count_after_an_aside(fp: Flashpoint) -> None:
    text = "Eritrea keeps some 200,000 men and women under arms."
    assert [c[:3] for c in claims(fp, text)] == [("ERI", "active_army_size", 200000.0)]
    assert claims(fp, "Some 100,000 men and women lost their jobs in Iran.") == []
    text = "Djibouti's forces, gendarmerie included, number perhaps 10,000."
    assert [c[:3] for c in claims(fp, text)] == [("DJI", "active_army_size", 10000.0)]


def test_a_garrison_set_off_and_soldiers_for_every_one_of_anothers(fp: Flashpoint) -> None:
    text = "It hosts France's largest military garrison abroad, roughly 2,900 troops."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("FRA", 2900.0)]
    text = "At the front the Eritreans can bring twenty soldiers for every Djiboutian."
    assert [(c[0], c[1], c[4], c[5]) for c in claims(fp, text)] == [("ERI", "active_army_size", "DJI", 20.0)]
    assert claims(fp, "There is one doctor for every 2,000 people in Eritrea.") == []


def test_a_count_after_a_colon_is_the_announced_countrys_and_forcing_is_no_force(fp: Flashpoint) -> None:
    text = "In manpower Iran looks formidable: the IISS counts some 610,000 active troops."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("IRN", 610000.0)]
    text = (
        "Hezbollah has traded fire with Israel almost daily, forcing some 60,000 Israelis out of their homes."
    )
    assert [c for c in claims(fp, text) if c[1] == "active_army_size"] == []
    text = (
        "South Korea's defence budget this year, 37.5 trillion won, is larger than the North's entire "
        "economy, which the Bank of Korea estimates at around 34 trillion won."
    )
    assert [c[2] for c in claims(fp, text)] == [37.5e12]


def test_arms_sales_licensed_aid_a_state_says_it_gave_and_active_personnel(fp: Flashpoint) -> None:
    text = "Britain alone licensed more than £23 billion of arms sales to Riyadh over the war's course."
    assert [(c[0], c[1], c[6]) for c in claims(fp, text)] == [("SAU", "arms_purchase_value", "GBR")]
    text = "Washington says it has provided some $2 billion in security assistance since 2014."
    assert [c[:3] for c in claims(fp, text)] == [("USA", "aid_value", 2e9)]
    text = "Royal Bank of Canada said it classified 1.3 billion dlrs in loans to Brazil as non-accrual."
    assert claims(fp, text) == []
    text = "Russia fields some 900,000 active personnel; Ukraine roughly a quarter of that."
    assert [(c[0], c[2], c[4], c[5]) for c in claims(fp, text)] == [
        ("RUS", 900000.0, None, None),
        ("UKR", None, "RUS", 0.25),
    ]


def test_a_share_of_its_gdp_lakh_crore_and_the_sum_a_state_set_aside(fp: Flashpoint) -> None:
    text = (
        "Colombia spends about $12 billion a year on defence, roughly 3% of its GDP and more than "
        "150 times Nicaragua's budget of around $70 million."
    )
    assert [(c[0], c[2]) for c in claims(fp, text)][:2] == [("COL", 12e9), ("COL", 0.03)]
    text = (
        "China budgeted 1.45 trillion yuan for defence this year, roughly three times the Rs 5.25 lakh "
        "crore, or $70 billion, that India set aside."
    )
    found = {(c[0], c[2], c[4], c[5]) for c in claims(fp, text)}
    assert {("IND", 5.25e12, None, None), ("IND", 7e10, None, None), ("CHN", None, "IND", 3.0)} <= found


def test_what_one_weapon_costs_is_a_price_and_a_state_reports_its_own_losses(fp: Flashpoint) -> None:
    text = "The SM-2 interceptor that destroys a drone costs about $2 million."
    assert claims(fp, text) == []
    text = "Pakistan's military says 40 civilians and 11 soldiers were killed."
    assert [(c[0], c[2]) for c in claims(fp, text)] == [("PAK", 40.0), ("PAK", 11.0)]


def test_the_taliban_govern_afghanistan_only_while_in_kabul(fp: Flashpoint) -> None:
    text = "The Taliban claim an army of 170,000 men."
    assert [c[:3] for c in claims(fp, text, published="2025-10-16")] == [
        ("AFG", "active_army_size", 170000.0)
    ]
    analysis = fp.analyze_text("The Taliban attacked a Pakistani post.", published="2010-05-01")
    taliban = next(m for m in analysis.mentions if m.text == "Taliban")
    assert (taliban.country, taliban.sector) == ("AFG", None)
    analysis = fp.analyze_text("The Pakistani Taliban attacked a post.", published="2014-05-01")
    assert {m.country for m in analysis.mentions} == {"PAK"}


def test_a_budget_a_force_is_funded_by_baht_and_aid_a_budget_is_topped_up_by(fp: Flashpoint) -> None:
    text = "Cambodia lists about 120,000 troops, funded by a budget estimated at under $300 million."
    assert ("KHM", "military_expenditure", 3e8) in {c[:3] for c in claims(fp, text)}
    text = "Thailand's armed forces draw on a defence budget of around 170 billion baht this fiscal year."
    assert [(c[0], c[2], c[3]) for c in claims(fp, text)] == [("THA", 1.7e11, "THB")]
    text = "Israel's budget is topped up by nearly $3 billion a year in American military aid."
    assert [c[:3] for c in claims(fp, text)] == [("USA", "aid_value", 3e9)]
    text = "Reagan said he ordered the strike on the first platform by four U.S. destroyers."
    assert claims(fp, text, published="1987-10-20") == []


def test_a_figure_noun_a_ratio_makes_its_subject_and_paratroopers(fp: Flashpoint) -> None:
    text = (
        "Iran's military spending was estimated at roughly $13 billion in 2018, which makes the "
        "American figure more than 50 times as large."
    )
    assert ("USA", None, "IRN", 50.0) in {(c[0], c[2], c[4], c[5]) for c in claims(fp, text)}
    text = "Washington has ordered about 3,500 paratroopers from the 82nd Airborne Division to Kuwait."
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [("USA", "troop_count", 3500.0)]


def test_weapons_a_package_for_a_state_includes_are_its_purchase(fp: Flashpoint) -> None:
    text = (
        "Saudi Arabia is the richest Gulf state. Last October Washington notified Congress of an arms "
        "package for the kingdom worth up to $60 billion, the largest in American history, including "
        "84 new F-15 fighters."
    )
    assert [(c[0], c[1], c[2]) for c in claims(fp, text)] == [
        ("SAU", "arms_purchase_value", 6e10),
        ("SAU", "arms_purchase_quantity", 84.0),
    ]


def test_its_opening_a_subject_is_the_state_the_sentence_before_was_about(fp: Flashpoint) -> None:
    text = (
        "Algeria is, alongside Egypt, the strongest military power in Africa. Its defence budget for this "
        "year is roughly $25 billion, several times the military outlays of the entire Sahel combined."
    )
    found = claims(fp, text, published="2025-04-10")
    assert ("DZA", "military_expenditure", 25e9, "USD", None, None, None) in found


def test_dollars_other_than_american_keep_their_currency(fp: Flashpoint) -> None:
    text = "China is punishing Australia. Two-way trade between them was roughly A$250 billion last year."
    assert ("AUS", "trade_volume", 2.5e11, "AUD", None, None, "CHN") in claims(
        fp, text, published="2020-12-05"
    )
    for text, owner, unit in (
        ("Canada spends C$30 billion on defence.", "CAN", "CAD"),
        ("Taiwan spends NT$400 billion on defence.", "TWN", "TWD"),
        ("Israel spends $20 billion on defence.", "ISR", "USD"),
    ):
        [found] = claims(fp, text)
        assert (found[0], found[3]) == (owner, unit)


def test_forces_named_by_their_nationality_and_a_third_that_size(fp: Flashpoint) -> None:
    text = "The 102nd military base at Gyumri, with its 3,000 or so Russian troops, remains on Armenian soil."
    assert claims(fp, text) == [("RUS", "troop_count", 3000.0, "count", None, None, None)]
    text = "The roughly 1,000 US personnel at Agadez are to be gone by mid-September."
    assert claims(fp, text) == [("USA", "troop_count", 1000.0, "count", None, None, None)]
    text = (
        "Niger's army, some 30,000 strong, is fully occupied. "
        "Benin's armed forces, perhaps a third that size, are stretched."
    )
    assert ("BEN", "active_army_size", None, None, "NER", 1 / 3, None) in claims(fp, text)


def test_a_possessive_standing_for_a_figure_a_relative_clause_states(fp: Flashpoint) -> None:
    text = (
        "Australia's defence budget of A$42.2 billion comes to just over 2% of GDP. That is still dwarfed "
        "by China's, which Beijing puts at 1.27 trillion yuan, or roughly six times Australia's outlay."
    )
    found = claims(fp, text, published="2020-12-05")
    assert ("CHN", "military_expenditure", 1.27e12, "CNY", None, None, None) in found
    assert ("CHN", "military_expenditure", None, None, "AUS", 6.0, None) in found


def test_the_two_after_sentences_naming_neither_are_the_articles_pair(fp: Flashpoint) -> None:
    text = (
        "Seoul and Tokyo are quarrelling over a rock. Japan recalled its ambassador from South Korea. "
        "Pyongyang, which tested a rocket in April, could hardly have asked for more. North Korea is "
        "delighted. Trade between the two came to roughly $108 billion last year."
    )
    found = claims(fp, text, published="2012-08-20")
    assert [c[:3] for c in found if c[1] == "trade_volume"] in (
        [("JPN", "trade_volume", 1.08e11)],
        [("KOR", "trade_volume", 1.08e11)],
    )


def test_a_dated_budget_with_no_owner_is_the_state_the_sentence_before_is_about(fp: Flashpoint) -> None:
    text = (
        "China has punished Australia with tariffs. Australia is also spending to match its words. In "
        "July the government announced new missiles, and this year's defence budget of A$42.2 billion "
        "comes to just over 2% of GDP."
    )
    found = claims(fp, text, published="2020-12-05")
    assert ("AUS", "military_expenditure", 4.22e10, "AUD", None, None, None) in found


def test_arms_a_state_approves_are_its_clients_and_one_weapons_price_is_no_purchase(fp: Flashpoint) -> None:
    text = (
        "Saudi Arabia is rich. It flies some of the most advanced Western aircraft in the region, and in "
        "November Washington approved another $1.29 billion in precision-guided bombs."
    )
    assert claims(fp, text, published="2016-01-18") == [
        ("SAU", "arms_purchase_value", 1.29e9, "USD", None, None, "USA")
    ]
    text = (
        "The president called off retaliation after Iran shot down a $130 million American Global Hawk drone."
    )
    assert claims(fp, text) == []
    found = claims(fp, "Qatar bought a $500 million frigate from Italy.")
    assert found == [("QAT", "arms_purchase_value", 5e8, "USD", None, None, "ITA")]


def test_a_verb_hung_on_a_clause_below_keeps_the_main_subject(fp: Flashpoint) -> None:
    text = (
        "Saudi Arabia spends $70 billion a year on defence. Iran, throttled by sanctions, flies jets that "
        "were old when the Shah fell and spends perhaps $13 billion a year, much of it on its Guards."
    )
    found = claims(fp, text, published="2019-09-20")
    assert ("IRN", "military_expenditure", 1.3e10, "USD", None, None, None) in found


def test_a_count_before_a_models_name_and_figures_in_a_states_case(fp: Flashpoint) -> None:
    found = claims(fp, "Poland is buying 250 Abrams tanks from the United States.", published="2022-06-24")
    assert found == [("POL", "arms_purchase_quantity", 250.0, "count", None, None, "USA")]
    text = (
        "The two countries spend comparable sums on their armed forces, about $52 billion a year in "
        "Japan's case and roughly $58 billion in Russia's, according to SIPRI."
    )
    assert [c[:3] for c in claims(fp, text, published="2010-11-06")] == [
        ("JPN", "military_expenditure", 5.2e10),
        ("RUS", "military_expenditure", 5.8e10),
    ]


def test_soldiers_set_off_after_a_unit_are_a_count_of_people(fp: Flashpoint) -> None:
    text = (
        "Georgia's best-trained brigade, roughly 2,000 soldiers, was serving in Iraq when the fighting began."
    )
    assert claims(fp, text, published="2008-08-20") == [
        ("GEO", "troop_count", 2000.0, "count", None, None, None)
    ]


def test_soldiers_a_state_lost_are_its_fatalities(fp: Flashpoint) -> None:
    text = "Yerevan counted 135 of its soldiers dead and Baku admitted to losing 80."
    found = claims(fp, text, published="2022-09-18")
    assert [c[:3] for c in found] == [("ARM", "fatalities", 135.0), ("AZE", "fatalities", 80.0)]
    assert claims(fp, "Azerbaijan lost 80 soldiers.") == [
        ("AZE", "fatalities", 80.0, "count", None, None, None)
    ]
    assert claims(fp, "Japan lost 3 million jobs.") == []


def test_the_country_an_aside_and_a_ratio_after_more_than(fp: Flashpoint) -> None:
    text = (
        "Guatemala's armed forces, pared back after the peace accords that ended its civil war, still number "
        "some 18,000 active troops, and the country spends around $270m a year on defence. The Belize "
        "Defence Force has about 1,100 regulars, on a budget of perhaps $20m. Guatemala's army is roughly "
        "sixteen times larger and its spending more than ten times greater."
    )
    found = claims(fp, text, published="2016-04-30")
    assert [c[:3] for c in found[:4]] == [
        ("GTM", "active_army_size", 18000.0),
        ("GTM", "military_expenditure", 270000000.0),
        ("BLZ", "active_army_size", 1100.0),
        ("BLZ", "military_expenditure", 20000000.0),
    ]
    assert [(c[0], c[1], c[4], c[5]) for c in found[4:]] == [
        ("GTM", "active_army_size", "BLZ", 16.0),
        ("GTM", "military_expenditure", "BLZ", 10.0),
    ]


def test_crore_budget_support_from_a_giver_and_trade_between_the_two(fp: Flashpoint) -> None:
    text = "India's aid allocation to the Maldives in the coming fiscal year is 600 crore rupees."
    assert claims(fp, text, published="2024-02-10") == [
        ("IND", "aid_value", 6000000000.0, "INR", None, None, "MDV")
    ]
    text = "India's aid allocation to the Maldives in the coming fiscal year is 1,200 crore rupees."
    assert [c[2] for c in claims(fp, text, published="2024-02-10")] == [12000000000.0]
    text = (
        "The Maldives secured a $1.4 billion package of budget support and credit lines from Delhi in 2018."
    )
    assert [c[:3] for c in claims(fp, text, published="2024-02-10")] == [("IND", "aid_value", 1400000000.0)]
    text = (
        "Both patrons hold leverage over Turkey itself. Russia is its largest supplier of natural gas, and "
        "trade between the two runs above $30 billion a year."
    )
    found = claims(fp, text, published="2012-10-08")
    assert [(c[0], c[1], c[2], c[6]) for c in found] == [("RUS", "trade_volume", 30000000000.0, "TUR")]


def test_targets_and_hosted_troops_are_not_a_states_own(fp: Flashpoint) -> None:
    text = "Lithuania spent a little over €1bn on defence, just above NATO's 2% benchmark."
    assert [c[:3] for c in claims(fp, text, published="2022-01-15")] == [
        ("LTU", "military_expenditure", 1000000000.0)
    ]
    text = "Since 2017 Lithuania has hosted a NATO battlegroup of about 1,000 troops."
    assert claims(fp, text, published="2022-01-15") == []
    assert [c[:3] for c in claims(fp, "Poland hosts 10,000 American troops.")] == [
        ("USA", "troop_count", 10000.0)
    ]


def test_ratios_set_off_after_a_figure_or_against_what_we_do(fp: Flashpoint) -> None:
    text = (
        "Qatar's armed forces number fewer than 12,000, while Saudi active forces, counting the National "
        "Guard, approach 230,000, nearly twenty times as many."
    )
    found = claims(fp, text, published="2017-06-20")
    assert [c[:3] for c in found[:2]] == [
        ("QAT", "active_army_size", 12000.0),
        ("SAU", "active_army_size", 230000.0),
    ]
    assert [(c[0], c[4], c[5]) for c in found[2:]] == [("SAU", "QAT", 20.0)]
    text = (
        "SIPRI's latest estimates put China's military spending last year at about $261 billion and India's "
        "at $71 billion; Beijing spends more than three and a half times what we do."
    )
    assert [(c[0], c[4], c[5]) for c in claims(fp, text, published="2020-06-25")][2:] == [("CHN", "IND", 3.5)]


def test_a_cue_past_a_semicolon_belongs_to_another_clause(fp: Flashpoint) -> None:
    text = (
        "Ethiopia's defence spending has roughly doubled since the war began, to something in the region of "
        "$450 million a year; Eritrea spends perhaps half as much in absolute terms."
    )
    found = claims(fp, text, published="1999-03-01")
    assert [(c[0], c[1], c[2], c[4], c[5]) for c in found] == [
        ("ETH", "military_expenditure", 450000000.0, None, None),
        ("ERI", "military_expenditure", None, "ETH", 0.5),
    ]


def test_number_as_a_verb_read_as_a_noun_still_counts(fp: Flashpoint) -> None:
    text = "Argentina's armed forces as a whole number some 185,000, most of them conscripts."
    assert claims(fp, text, published="1982-04-20") == [
        ("ARG", "active_army_size", 185000.0, "count", None, None, None)
    ]


def test_figures_beside_a_possessive_and_a_demonym_are_each_their_own(fp: Flashpoint) -> None:
    text = (
        "North Korea has roughly 1.2 million men under arms, against South Korea's 640,000 and 28,500 "
        "American troops."
    )
    found = {(c[0], c[2]) for c in claims(fp, text, "2013-04-08")}
    assert {("KOR", 640000.0), ("USA", 28500.0)} <= found


def test_each_country_gives_the_figure_to_each_of_the_pair(fp: Flashpoint) -> None:
    text = (
        "El Salvador and Honduras went to war. Each country spends little more than $10 million a year "
        "on its armed forces."
    )
    found = {(c[0], c[1], c[2]) for c in claims(fp, text, "1969-07-20")}
    assert found == {("SLV", "military_expenditure", 1e7), ("HND", "military_expenditure", 1e7)}


def test_the_island_is_the_island_state_named_before(fp: Flashpoint) -> None:
    text = (
        "Taiwan has 400 fighters. The island is also buying 150 F-16s from the United States worth about "
        "$6 billion."
    )
    found = {(c[0], c[1], c[2]) for c in claims(fp, text, "1996-03-20")}
    assert ("TWN", "arms_purchase_value", 6e9) in found


def test_a_ratio_after_a_figure_and_the_figure_it_is_of(fp: Flashpoint) -> None:
    text = (
        "Nigeria alone has roughly 135,000 active troops, more than four times Niger's 30,000 or so, and its "
        "2023 defence allocation of about 1.5 trillion naira is roughly ten times what Niamey spends."
    )
    found = claims(fp, text, "2023-08-10")
    assert ("NGA", "active_army_size", None, None, "NER", 4.0, None) in found
    assert ("NER", "active_army_size", 30000.0, "count", None, None, None) in found
    assert ("NGA", "military_expenditure", 1.5e12, "NGN", None, None, None) in found
    text = (
        "The Indian Air Force has close to 700 combat aircraft, almost twice as many as its Pakistani rival."
    )
    assert claims(fp, text, "2008-12-15") == []


def test_an_organisations_troops_a_siege_of_hotels_and_arms_asked_for_are_no_claims(fp: Flashpoint) -> None:
    assert claims(fp, "That would be a blow to NATO's 60,000 troops in Afghanistan.", "2008-12-15") == []
    text = "More than 160 people were killed during a sixty-hour siege of two luxury hotels in Mumbai."
    assert [c[2] for c in claims(fp, text, "2008-12-15")] == [160.0]
    text = "This year Taiwan wants four destroyers fitted with the Aegis radar, at about $1 billion each."
    assert not [c for c in claims(fp, text, "2001-04-10") if c[1] == "arms_purchase_value"]


def test_losses_in_the_city_named_before_and_servicemen_lost(fp: Flashpoint) -> None:
    text = (
        "Rwanda's M23 took Goma on Monday. The World Health Organization says at least 700 people were "
        "killed and nearly 2,900 wounded in the fighting for the city."
    )
    assert {(c[0], c[2]) for c in claims(fp, text, "2025-02-01")} == {("COD", 700.0), ("COD", 2900.0)}
    text = "Fighting flared on the Tovuz border. Baku says it has lost eleven servicemen."
    assert [(c[0], c[1], c[2]) for c in claims(fp, text, "2020-07-20")] == [("AZE", "fatalities", 11.0)]


def test_personnel_a_state_keeps_but_not_the_base_it_built(fp: Flashpoint) -> None:
    text = (
        "The United States has some 1,100 personnel in Niger and a drone base at Agadez that cost about "
        "$110 million to build."
    )
    assert [(c[0], c[1], c[2]) for c in claims(fp, text, "2023-08-10")] == [("USA", "troop_count", 1100.0)]


def test_a_sum_converted_is_its_owners_and_tanks_are_no_ratio(fp: Flashpoint) -> None:
    text = (
        "China's defence budget is 720 billion yuan, well over twice Japan's 4.68 trillion yen, about "
        "$47 billion, which this year rose."
    )
    assert ("JPN", 47e9) in {(c[0], c[2]) for c in claims(fp, text, "2013-11-30")}
    text = "Turkey's budget is almost four times Greece's, and its army fields roughly twice as many tanks."
    assert [c[5] for c in claims(fp, text, "2020-03-05")] == [4.0]
    text = "Iran has more than three times as many people under arms as Israel."
    assert [(c[0], c[4], c[5]) for c in claims(fp, text, "2018-05-10")] == [("IRN", "ISR", 3.0)]


def test_a_population_and_the_speakers_country(fp: Flashpoint) -> None:
    text = "Armenia, with a population less than a third of Azerbaijan's 10 million, relies on Russia."
    assert claims(fp, text, "2020-07-20") == []
    text = "President Ilham Aliyev has said his country bought about $5 billion of Russian weapons."
    assert [(c[0], c[2]) for c in claims(fp, text, "2020-07-20")] == [("AZE", 5e9)]


def test_a_loss_with_no_place_named_is_where_the_paragraph_placed_the_story(fp: Flashpoint) -> None:
    text = (
        "Saudi Arabia wants a deal. The real test will come in Yemen. Eight years of war, in which the "
        "Saudi-led coalition has fought the Iranian-backed Houthis, have killed more than 150,000 people."
    )
    assert [(c[0], c[2]) for c in claims(fp, text, "2023-03-15")] == [("YEM", 150000.0)]
    # a new paragraph is another scene, and "Washington" there is the government, not a place:
    # the loss is where the article mostly places the story (Sanaa, Yemen), not with the actor
    # it names most (Saudi Arabia)
    text = (
        "Saudi jets struck Sanaa.\n\nThe real test will come in Yemen.\n\nWashington is giving "
        "Riyadh intelligence. More than 500 people have been killed in the past two weeks."
    )
    assert [(c[0], c[2]) for c in claims(fp, text, "2015-04-10")] == [("YEM", 500.0)]


def test_the_two_countries_are_not_the_places_named_last(fp: Flashpoint) -> None:
    text = (
        "Britain and France have been NATO allies for 72 years. British soldiers serve with the French in "
        "Estonia, and RAF Chinooks have flown French troops around Mali. Before the pandemic, trade between "
        "the two countries was worth about £80bn a year."
    )
    [claim] = claims(fp, text, "2021-05-08")
    assert claim[1] == "trade_volume" and {claim[0], claim[6]} == {"GBR", "FRA"}


def test_weapons_built_for_a_buyer_and_a_budget_compared_with_anothers(fp: Flashpoint) -> None:
    text = (
        "Under a 2009 contract worth close to $2 billion, Russia is building six Kilo-class submarines for "
        "the Vietnamese navy."
    )
    assert [(c[0], c[2]) for c in claims(fp, text, "2014-06-01")] == [("VNM", 2e9)]
    text = (
        "Britain's forces are larger, better trained and a very long way off. The defence budget this year "
        "is in the region of 14 billion pounds, several times Argentina's spending at present rates."
    )
    assert [(c[0], c[2]) for c in claims(fp, text, "1982-04-20")] == [("GBR", 14e9)]


def test_a_meeting_place_is_no_scene_and_arms_bought_are_not_only_asked_for(fp: Flashpoint) -> None:
    text = "Russia hit Kharkiv. Putin then met Xi in Beijing. More than 40 people have been killed."
    assert [(c[0], c[2]) for c in claims(fp, text, "2020-01-01")] == [("UKR", 40.0)]
    text = "Taiwan is seeking delivery of $6 billion of F-16s it bought last year."
    assert [(c[0], c[2]) for c in claims(fp, text, "2020-01-01")] == [("TWN", 6e9)]
    text = (
        "Greece and Turkey quarrel. Athens protested to Ankara. Each state in the European Union spends "
        "about $5 billion a year on its armed forces."
    )
    assert claims(fp, text, "2020-01-01") == []
    text = "Israel's economy grew. At times its defence spending has topped $20 billion."
    assert [(c[0], c[2]) for c in claims(fp, text, "2020-01-01")] == [("ISR", 2e10)]


def test_or_so_is_approximate_the_islands_are_no_state_and_a_relative_that_continues_nothing(
    fp: Flashpoint,
) -> None:
    document = fp.document(fp.analyze_text("Niger's army numbers 30,000 or so.", published="2023-08-10"))
    assert [c["approximate"] for c in document["claims"]] == [True]
    text = "Taiwan has 400 fighters. The islands are also buying 150 F-16s worth about $6 billion."
    assert not [c for c in claims(fp, text, "1996-03-20") if c[0] == "TWN" and c[2] == 6e9]
    text = (
        "India's trade with Pakistan, about $2 billion a year, is small. New Delhi can lean on the IMF, "
        "which agreed a $7.6 billion rescue for Pakistan's economy, and on advisers who floated an "
        "approach that would include Kashmir."
    )
    assert [c[2] for c in claims(fp, text, "2008-12-15")] == [2e9]


def test_its_skips_a_country_named_as_a_place(fp: Flashpoint) -> None:
    text = (
        "Vietnam has perhaps 150,000 to 200,000 troops in Cambodia, and it left them there, while "
        "its regular army, some 600,000 strong, stayed in reserve."
    )
    owners = {(c[0], c[1]) for c in claims(fp, text, "1979-03-08")}
    assert ("VNM", "active_army_size") in owners and "KHM" not in {o for o, _ in owners}


def test_a_ratio_takes_the_measure_of_its_own_clause(fp: Flashpoint) -> None:
    text = (
        "Argentina is the stronger party. Its armed forces number about 130,000 against roughly "
        "85,000 Chileans, and it spends about twice what Chile does on defence."
    )
    ratios = [c for c in claims(fp, text, "1978-12-18") if c[5] is not None]
    assert ratios == [("ARG", "military_expenditure", None, None, "CHL", 2.0, None)]


def test_weapons_lost_or_kept_are_no_purchase_and_a_people_is_no_force(fp: Flashpoint) -> None:
    text = "The Indian Air Force lost two fighters and a helicopter, which it had bought from Russia."
    assert not claims(fp, text, "1999-06-20")
    assert not claims(
        fp, "The Royal Navy keeps three or four frigates on station; Britain bought them.", "1976-02-22"
    )
    text = (
        "China committed about 250,000 troops against a country with about one-twentieth of its "
        "population: roughly 50 million Vietnamese to 950 million Chinese."
    )
    assert [c[:3] for c in claims(fp, text, "1979-03-08")] == [("CHN", "troop_count", 250000.0)]


def test_troops_a_relative_clause_says_a_state_sent_are_its_own(fp: Flashpoint) -> None:
    text = "Denmark was told to withdraw the hundred or so soldiers it had just sent to Takuba."
    assert [c[:3] for c in claims(fp, text, "2022-02-20")] == [("DNK", "troop_count", 100.0)]


def test_people_rounded_up_are_arrested_and_rounds_are_not_people(fp: Flashpoint) -> None:
    document = fp.document(fp.analyze_text("Saudi police rounded up 40 protesters.", published="2017-11-14"))
    assert [(c["actor"], c["attribute"], c["value"], c["approximate"]) for c in document["claims"]] == [
        ("SAU", "people_arrested", 40.0, False)
    ]
    assert not claims(fp, "Saudi police fired 500 rounds of ammunition.", "2017-11-14")


def test_currency_words_after_a_scaled_number_with_their_issuers() -> None:
    found = {
        q.surface: q.unit
        for text in (
            "Addis budgeted about 50bn birr for defence.",
            "The clean-up cost roughly a billion Czech crowns.",
            "Ankara spent 12 billion Turkish lira and Tehran 900 billion rials.",
        )
        for q in quantities(text, None)
    }
    assert found == {
        "50bn birr": "ETB",
        "a billion Czech crowns": "CZK",
        "12 billion Turkish lira": "TRY",
        "900 billion rials": "IRR",
    }


def test_up_to_is_a_hedge_and_weapons_bought_are_bought_whatever_the_verb(fp: Flashpoint) -> None:
    document = fp.document(
        fp.analyze_text("Saudi police arrested up to 40 protesters.", published="2017-11-14")
    )
    assert [c["approximate"] for c in document["claims"]] == [True]
    text = (
        "The UAE fields the best air force in the Gulf: 80 F-16E/F Block 60 jets bought from Lockheed Martin."
    )
    assert ("ARE", "arms_purchase_quantity", 80.0) in [c[:3] for c in claims(fp, text, "2020-07-02")]


def owned(fp: Flashpoint, text: str, published: str) -> set[tuple[str, str, float]]:
    """(owner, attribute, value) of each claim with a value."""
    return {(c[0], c[1], c[2]) for c in claims(fp, text, published) if c[2] is not None}


def test_it_after_a_free_relative_is_the_main_clauses_subject(fp: Flashpoint) -> None:
    text = (
        "India spends about $13bn a year on defence, four to five times what Pakistan spends; it has "
        "some 1.3 million men under arms to Pakistan's 600,000 or so."
    )
    found = owned(fp, text, "2002-01-06")
    assert ("IND", "active_army_size", 1.3e6) in found and ("PAK", "active_army_size", 6e5) in found


def test_whoever_counts_the_dead_does_not_own_them_nor_a_part_of_them(fp: Flashpoint) -> None:
    text = (
        "Two weeks after the gas attack outside Damascus, Syria denies everything. Secretary of State "
        "John Kerry said last Friday that American intelligence counted 1,429 dead, 426 of them children."
    )
    assert owned(fp, text, "2013-09-05") == {("SYR", "fatalities", 1429.0)}


def test_a_possessive_standing_for_a_compared_figure_is_not_the_owner_of_the_next(fp: Flashpoint) -> None:
    text = (
        "South Korea's economy is more than ten times larger, its population twice the North's, and its "
        "defence budget of roughly $12bn dwarfs whatever the impoverished North can really afford."
    )
    assert ("KOR", "military_expenditure", 12e9) in owned(fp, text, "1994-06-14")


def test_an_organisations_aid_named_by_its_is_no_countrys(fp: Flashpoint) -> None:
    text = (
        "A few days after the board of the International Atomic Energy Agency voted to cut off its "
        "modest technical aid to Pyongyang, about $250,000 a year, the North quit the agency."
    )
    assert owned(fp, text, "1994-06-14") == set()


def test_two_way_trade_is_the_trade_of_the_two_just_named(fp: Flashpoint) -> None:
    text = (
        "China is Japan's largest trading partner, taking nearly a fifth of Japanese exports, and "
        "two-way trade reached some $230bn last year."
    )
    [trade] = [c for c in claims(fp, text, "2010-09-24") if c[1] == "trade_volume"]
    assert {trade[0], trade[6]} == {"CHN", "JPN"} and trade[2] == 230e9


def test_unowned_spending_in_a_second_clause_is_the_first_clauses_subjects(fp: Flashpoint) -> None:
    text = (
        "Tbilisi has poured money into its army since 2003, and defence spending has risen "
        "something like tenfold, to perhaps $350m this year. That is still barely a seventieth of "
        "the roughly $25bn that Moscow officially budgets for defence."
    )
    found = owned(fp, text, "2006-10-06")
    assert {("GEO", "military_expenditure", 350e6), ("RUS", "military_expenditure", 25e9)} <= found


def test_an_order_given_as_a_command_buys_nothing(fp: Flashpoint) -> None:
    text = (
        "On 7 September a Chinese trawler fishing near the Senkaku Islands collided with two Japan "
        "Coast Guard patrol boats that had ordered it to leave."
    )
    assert claims(fp, text, "2010-09-24") == []
    assert ("PER", "arms_purchase_quantity", 2.0) in owned(
        fp, "Peru ordered two frigates from Italy.", "2010-09-24"
    )


def test_a_share_of_its_own_forces_or_a_ratio_of_economies_is_no_comparison(fp: Flashpoint) -> None:
    text = (
        "America has some 250,000 troops in the Gulf, and Britain about 45,000, close to a fifth "
        "of its armed forces."
    )
    assert not any(c[5] is not None for c in claims(fp, text, "2003-03-11"))
    economy = "Spain's economy is roughly eighteen times the size of Morocco's."
    assert claims(fp, economy, "2002-07-18") == []


def test_hedges_perhaps_at_least_and_close_to_mark_a_figure_approximate(fp: Flashpoint) -> None:
    for text in (
        "Georgia spends perhaps $350m a year on defence.",
        "At least 56 people were killed in Georgia.",
        "Officials say close to 8,000 people have been detained in Kazakhstan.",
    ):
        document = fp.document(fp.analyze_text(text, published="2006-10-06"))
        assert [c["approximate"] for c in document["claims"]] == [True], text


def test_forces_counted_in_a_with_phrase_set_off_after_a_state_are_its(fp: Flashpoint) -> None:
    text = (
        "Washington, with some 47,000 troops stationed in Japan, would be bound to respond to an "
        "armed attack on territory Japan administers."
    )
    assert ("USA", "troop_count", 47000.0) in owned(fp, text, "2010-09-24")


def test_a_bare_ratio_with_no_figure_to_compare_is_against_the_state_the_sentence_set_before(
    fp: Flashpoint,
) -> None:
    text = (
        "On paper Syria has an army of around 300,000, but its equipment is largely obsolete Soviet "
        "stock, and Israel spends roughly five times as much on defence."
    )
    assert ("ISR", "military_expenditure", None, None, "SYR", 5.0, None) in claims(fp, text, "2005-03-12")


def test_a_figure_set_against_anothers_after_a_ratio_is_the_compared_states(fp: Flashpoint) -> None:
    text = (
        "Russia spends about ten times what Ukraine does on its military, some $65bn a year against "
        "roughly $6bn."
    )
    found = owned(fp, text, "2022-03-06")
    assert {("RUS", "military_expenditure", 65e9), ("UKR", "military_expenditure", 6e9)} <= found


def test_half_as_many_again_before_a_second_comparison_keeps_the_armys_measure(fp: Flashpoint) -> None:
    text = (
        "Jordan's army numbers some 55,000 men, while Syria fields roughly half as many again and "
        "about twice as many tanks."
    )
    assert ("SYR", "active_army_size", None, None, "JOR", 1.5, None) in claims(fp, text, "1970-09-23")


def test_effectives_regulars_and_territorials_are_counted_forces(fp: Flashpoint) -> None:
    army = "The Malian army itself is a shadow. It numbered perhaps 7,000 effectives before last March."
    assert ("MLI", "active_army_size", 7000.0) in owned(fp, army, "2013-01-22")
    mobilised = (
        "Slovenia declared independence. Some 35,000 territorials and police were mobilised within days."
    )
    assert ("SVN", "troop_count", 35000.0) in owned(fp, mobilised, "1991-07-04")
    assert ("VNM", "active_army_size", 600000.0) in owned(
        fp, "Vietnam has some 600,000 regulars.", "1979-02-24"
    )


def test_a_health_ministry_counts_its_own_countrys_dead(fp: Flashpoint) -> None:
    text = (
        "Monday was the deadliest day: Lebanon's health ministry counted some 550 dead as Israeli "
        "aircraft struck more than 1,600 targets in the south."
    )
    assert ("LBN", "fatalities", 550.0) in owned(fp, text, "2024-09-28")


def test_the_nationality_of_an_aid_package_is_its_giver(fp: Flashpoint) -> None:
    text = "On Thursday the Israeli defence ministry said it had secured an $8.7bn American aid package."
    assert ("USA", "aid_value", 8.7e9) in owned(fp, text, "2024-09-28")


def test_a_country_told_of_is_the_subject_of_the_clause_the_parser_left_without_one(fp: Flashpoint) -> None:
    text = (
        "Russia spends about ten times what Ukraine does on its military. Last Sunday he told the "
        "Bundestag Germany would put €100bn into a special defence fund."
    )
    assert ("DEU", "military_expenditure", 1e11) in owned(fp, text, "2022-03-06")


def test_a_couple_of_thousand_is_no_figure(fp: Flashpoint) -> None:
    assert claims(fp, "The Yugoslav army sent in a couple of thousand soldiers.", "1991-07-04") == []
    for vague in ("a double-digit billion kroner", "a few billion dollars"):
        assert claims(fp, f"Denmark will spend {vague} on its military.", "2025-01-20") == [], vague


def test_a_peoples_number_is_no_army(fp: Flashpoint) -> None:
    text = (
        "Kuwait's own people number barely 320,000, half of them immigrant workers, and its army of "
        "some 2,500 men could not hold the frontier for a day."
    )
    assert owned(fp, text, "1961-07-05") == {("KWT", "active_army_size", 2500.0)}


def test_a_credit_lines_nationality_is_its_giver_but_not_of_loans_a_sum_is_in(fp: Flashpoint) -> None:
    line = (
        "Venezuela became Moscow's best arms customer, much of it financed through a $4 billion "
        "Russian credit line opened in 2011."
    )
    assert ("RUS", "credit_value", 4e9) in owned(fp, line, "2015-08-25")
    assert claims(fp, "It will also put 310 mln dlrs in Brazilian loans on a cash basis.", "1987-04-20") == []


def test_a_part_of_a_states_own_troops_is_its_troop_count(fp: Flashpoint) -> None:
    text = "Seoul has sent about 48,000 of its own troops to fight alongside the Americans there."
    assert ("KOR", "troop_count", 48000.0) in owned(fp, text, "1968-01-30")


def test_a_part_of_the_forces_just_counted_is_the_same_states(fp: Flashpoint) -> None:
    text = (
        "Syria's 300,000-odd troops are tied down facing Israel on the Golan and policing Lebanon, "
        "where some 30,000 of them are stationed."
    )
    found = owned(fp, text, "1998-10-12")
    assert ("SYR", "troop_count", 30000.0) in found
    assert not {c for c in found if c[0] == "LBN"}


def test_a_passive_of_belief_passes_its_subject_to_the_verb_it_completes(fp: Flashpoint) -> None:
    text = "A zone where the Red Army is believed to keep something like 300,000 troops."
    document = fp.document(fp.analyze_text(text, published="1948-07-20"))
    [claim] = document["claims"]
    assert (claim["actor"], claim["value"], claim["approximate"]) == ("SUN", 300000.0, True)


def test_an_army_that_outnumbers_another_by_a_ratio_the_parser_hung_elsewhere(fp: Flashpoint) -> None:
    text = (
        "North Korea seized the ship. On paper South Korea's army of some 600,000 outnumbers the "
        "North's by nearly two to one."
    )
    found = claims(fp, text, "1968-01-30")
    assert ("KOR", "active_army_size", None, None, "PRK", 2.0, None) in found


def test_forces_that_number_men_all_told_are_the_possessors(fp: Flashpoint) -> None:
    text = (
        "The arithmetic explains why. Sri Lanka's armed forces number perhaps 40,000 men all told. "
        "India's army alone is some thirty times that size, and its air force is the larger one."
    )
    found = claims(fp, text, "1987-06-06")
    assert ("LKA", "active_army_size", 40000.0, "count", None, None, None) in found
    assert ("IND", "active_army_size", None, None, "LKA", 30.0, None) in found


def test_the_dead_aboard_a_states_ship_are_its_losses(fp: Flashpoint) -> None:
    text = "It was an Iraqi Exocet that killed 37 sailors aboard the USS Stark last May."
    assert ("USA", "fatalities", 37.0) in owned(fp, text, "1988-04-21")


def test_a_contingent_is_troops_kept_and_police_and_soldiers_are_counted_together(fp: Flashpoint) -> None:
    kept = "Greece keeps a regular contingent of about 950 men on the island."
    assert ("GRC", "troop_count", 950.0) in owned(fp, kept, "1974-07-26")
    sent = (
        "When riots tore through Honiara last November, Australia sent about 200 police and soldiers "
        "under a bilateral treaty signed in 2017."
    )
    assert ("AUS", "troop_count", 200.0) in owned(fp, sent, "2022-04-25")


def test_paratroops_and_marines_are_troops(fp: Flashpoint) -> None:
    text = (
        "On Thursday some 2,000 British paratroops flew into Amman. "
        "The United States landed 5,000 marines in Lebanon."
    )
    found = owned(fp, text, "1958-07-20")
    assert {("GBR", "troop_count", 2000.0), ("USA", "troop_count", 5000.0)} <= found


def test_a_figure_for_each_of_two_forces_said_to_be_the_same_size(fp: Flashpoint) -> None:
    text = (
        "Algeria's army, armed by the Soviet Union, is roughly the size of Morocco's, about 60,000 men each."
    )
    found = owned(fp, text, "1975-11-08")
    assert {("DZA", "active_army_size", 60000.0), ("MAR", "active_army_size", 60000.0)} <= found


def test_an_air_force_twice_the_size_is_no_armys_ratio(fp: Flashpoint) -> None:
    text = (
        "India fields an army of more than a million men, more than twice Pakistan's roughly 480,000, "
        "with nearly twice as many tanks and an air force about twice the size."
    )
    ratios = {(c[0], c[4], c[5]) for c in claims(fp, text, "1987-02-05") if c[5] is not None}
    assert ratios == {("IND", "PAK", 2.0)}


def test_ships_a_navy_is_sold_are_arms_and_shipping_is_no_cue(fp: Flashpoint) -> None:
    text = (
        "Paris insists it will deliver the first of two Mistral assault ships to the Russian navy, "
        "a contract worth about 1.2 billion euros."
    )
    found = owned(fp, text, "2014-07-25")
    assert {("RUS", "arms_purchase_quantity", 2.0), ("RUS", "arms_purchase_value", 1200000000.0)} <= found
    assert owned(fp, "The port shipped 2,000 tonnes of grain to Egypt.", "2014-07-25") == set()


def test_a_marine_helicopter_is_no_marines_count(fp: Flashpoint) -> None:
    text = "The American cost was one Marine helicopter and its two crewmen, still listed as missing."
    assert owned(fp, text, "1988-04-21") == set()


def test_aircraft_of_an_air_force_are_no_troops(fp: Flashpoint) -> None:
    text = (
        "Thailand has some 360,000 active troops to Cambodia's 124,000, and an air force of about "
        "50 F-16s and a dozen Swedish Gripens."
    )
    assert not any(value == 12.0 for _, _, value in owned(fp, text, "2025-07-30"))


def test_troops_from_other_states_are_theirs_not_the_last_claims(fp: Flashpoint) -> None:
    landed = (
        "In the small hours of Tuesday some 1,900 American Marines and Army Rangers landed on the island. "
    )
    many = "They brought about 300 soldiers and policemen from Jamaica, Barbados and four smaller states."
    assert owned(fp, landed + many, "1983-10-29") == {("USA", "troop_count", 1900.0)}
    one = "They brought with them about 300 soldiers from Jamaica."
    assert ("JAM", "troop_count", 300.0) in owned(fp, landed + one, "1983-10-29")


def test_a_figure_of_a_commander_no_table_knows_is_not_the_last_owners(fp: Flashpoint) -> None:
    before = "India has an army of 850,000. "
    unknown = "Lieutenant-General A.A.K. Niazi has perhaps 80,000 men, regulars and paramilitaries."
    assert owned(fp, before + unknown, "1971-12-08") == {("IND", "active_army_size", 850000.0)}
    placed = (
        "Lieutenant-General Jagjit Singh Aurora, commanding India's Eastern Command, has roughly 200,000 men."
    )
    assert ("IND", "active_army_size", 200000.0) in owned(fp, before + placed, "1971-12-08")


def test_ships_carrying_coal_are_no_arms_and_arms_bought_from_a_state_are_not_its(fp: Flashpoint) -> None:
    coal = "Chinese mills stopped buying it, and more than 50 ships carrying Australian coal sit idle."
    assert owned(fp, coal, "2020-12-01") == set()
    bought = (
        "India ordered jets last year. The first of the 36 Rafale jets bought from France are due in July."
    )
    assert ("FRA", "arms_purchase_quantity", 36.0) not in owned(fp, bought, "2020-06-25")


def test_men_a_state_has_in_another_are_troops_sent_and_the_next_count_is_its(fp: Flashpoint) -> None:
    text = (
        "Two days earlier a team of 31 North Korean commandos attacked Seoul. The United States has "
        "nearly half a million men in South Vietnam, and some 6,000 Marines are besieged at Khe Sanh."
    )
    found = owned(fp, text, "1968-01-28")
    assert {("USA", "troop_count", 500000.0), ("USA", "troop_count", 6000.0)} <= found
    assert ("PRK", "troop_count", 6000.0) not in found
    assert owned(fp, "India has 1.2 million men under arms.", "1968-01-28") == {
        ("IND", "active_army_size", 1200000.0)
    }


def test_a_breakdown_of_the_forces_just_counted_is_no_new_figure(fp: Flashpoint) -> None:
    text = "Fifteen Britons, eight sailors and seven Royal Marines, were taken to Iran and then on to Tehran."
    assert not {value for _, _, value in owned(fp, text, "2007-03-30")} & {7.0, 8.0}


def test_a_ratio_compares_the_possessor_after_it_not_a_later_clause(fp: Flashpoint) -> None:
    found = claims(
        fp,
        "Chile's army numbers well over 80,000 men, roughly four times Bolivia's 20,000 regulars, "
        "although the Chileans have fought nothing larger than the border skirmish with Peru in 1978.",
        "1985-03-01",
    )
    assert ("CHL", "active_army_size", None, None, "BOL", 4.0, None) in found
    assert not any(c[4] == "PER" for c in found)


def test_the_compared_army_of_a_ratio_owns_its_own_figure(fp: Flashpoint) -> None:
    found = claims(
        fp,
        "Kenya has something like 90,000 men under arms, six times Uganda's army of perhaps 15,000.",
        "1985-03-01",
    )
    assert ("KEN", "active_army_size", None, None, "UGA", 6.0, None) in found
    assert ("UGA", "active_army_size", 15000.0, "count", None, None, None) in found


def test_a_by_phrase_inside_an_active_verbs_object_is_no_doer(fp: Flashpoint) -> None:
    text = (
        "The Egyptians have committed some 200,000 men, with tanks and aircraft by the hundred, to the front."
    )
    assert ("EGY", "active_army_size", 200000.0) in [c[:3] for c in claims(fp, text, "1977-07-28")]


def test_respectively_distributes_the_last_figures_over_the_states_listed(fp: Flashpoint) -> None:
    text = (
        "The allied garrisons in the city total perhaps 9,000 men, the Americans, British and French "
        "contributing roughly 4,000, 3,000 and 2,000 respectively."
    )
    found = [c[:3] for c in claims(fp, text, "1961-08-25")]
    assert ("USA", "troop_count", 4000.0) in found
    assert ("GBR", "troop_count", 3000.0) in found
    assert ("FRA", "troop_count", 2000.0) in found


def test_so_many_for_every_one_of_anothers_is_no_count(fp: Flashpoint) -> None:
    assert not claims(fp, "India fielded perhaps eight or nine soldiers for every defender.", "1961-12-21")
    found = claims(fp, "India fielded perhaps nine soldiers for every Portuguese defender.", "1961-12-21")
    assert [(c[0], c[4], c[5]) for c in found] == [("IND", "PRT", 9.0)]


def test_the_dead_in_the_capital_are_the_last_capital_named(fp: Flashpoint) -> None:
    text = (
        "On Monday the Egyptians crossed the frontier while their bombers struck Tripoli. "
        "Nearly a hundred people died in the capital that day."
    )
    assert [c[:3] for c in claims(fp, text, "1977-07-28")] == [("LBY", "fatalities", 100.0)]


def test_arms_a_state_is_armed_with_are_its_purchase(fp: Flashpoint) -> None:
    text = "Moscow has armed Jakarta with something like a billion dollars' worth of ships, bombers and guns."
    found = [(c[0], c[1], c[2]) for c in claims(fp, text, "1964-09-10")]
    assert found == [("IDN", "arms_purchase_value", 1e9)]


def test_losses_with_no_place_near_are_where_the_article_mostly_is(fp: Flashpoint) -> None:
    text = (
        "Egypt has warned Turkey again. Cairo says its patience with Ankara is not endless, and Egypt "
        "has moved aircraft west. The fighting in Libya began near Sirte, spread to Misrata and reached "
        "the outskirts of Benghazi.\n\nEgypt's leaders know the cost of war. Egypt and Turkey trade "
        "threats every week.\n\nMeanwhile the war has killed more than 2,000 people since April."
    )
    assert ("LBY", "fatalities", 2000.0) in [c[:3] for c in claims(fp, text, "2020-07-02")]


def test_a_figure_before_twice_anothers_army_is_the_subjects(fp: Flashpoint) -> None:
    text = (
        "Yet Marshal Tito keeps something like half a million men under arms, roughly twice the Italian army."
    )
    found = [(c[0], c[1], c[2]) for c in claims(fp, text, "1953-10-20")]
    assert ("YUG", "active_army_size", 500000.0) in found
    ratio = [c for c in claims(fp, text, "1953-10-20") if c[2] is None]
    assert [(c[0], c[4], c[5]) for c in ratio] == [("YUG", "ITA", 2.0)]
    text = (
        "Iran has some 27 million people and an army of about 200,000, better than twice the size of Iraq's."
    )
    assert ("IRN", "active_army_size", 200000.0) in [c[:3] for c in claims(fp, text, "1969-05-05")]


def test_a_count_on_a_states_side_is_that_states(fp: Flashpoint) -> None:
    text = "Peru's army numbers perhaps 75,000 men against some 30,000 on the Ecuadorian side."
    found = [c[:3] for c in claims(fp, text, "1981-02-10")]
    assert ("ECU", "active_army_size", 30000.0) in found
