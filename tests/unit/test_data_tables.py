"""Every shipped data file loads, entry by entry, and holds what it promises."""

from __future__ import annotations

import shutil
from datetime import date

import pycountry
import pytest

from flashpoint.errors import DataError
from flashpoint.ontology import PloverType, load_cameo
from flashpoint.records import MentionKind
from flashpoint.stages.actors import load_gazetteer
from flashpoint.stages.actors.gazetteer import HISTORIC_HEADER, OFFICIAL_HEADER
from flashpoint.stages.relations import load_alliances, load_wars
from flashpoint.tables import data_dir, read_table

gazetteer = load_gazetteer()


def test_every_un_member_has_a_name_demonym_and_capital() -> None:
    by_kind: dict[MentionKind, set[str]] = {k: set() for k in MentionKind}
    for entry in gazetteer.entries:
        if entry.country:
            by_kind[entry.kind].add(entry.country)
    iso = {c.alpha_3 for c in pycountry.countries}
    withdrawn = {c.alpha_3 for c in pycountry.historic_countries}
    assert len(gazetteer.country_names) >= 197
    assert set(gazetteer.country_names) - iso - withdrawn <= {"XKX"}
    assert len(by_kind[MentionKind.CAPITAL]) >= 197
    assert len(by_kind[MentionKind.DEMONYM]) >= 195  # Dominica and Congo-Brazzaville share theirs


def test_overrides_where_generic_libraries_are_wrong() -> None:
    surfaces = {e.surface: e.country for e in gazetteer.entries}
    assert surfaces["American"] == "USA"  # countryinfo: Northern Mariana Islands
    assert surfaces["Azerbaijani"] == "AZE"
    assert surfaces["Islamic Republic"] == "IRN"
    assert surfaces["Kremlin"] == "RUS"


def test_officials_cover_thirty_countries_with_dated_terms() -> None:
    countries = {p.country for p in gazetteer.people}
    assert len(countries) >= 30
    for person in gazetteer.people:
        assert person.start <= (person.end or date.max)
    offices = {(p.country, p.office) for p in gazetteer.people}
    for country in countries:
        assert (country, "foreign_minister") in offices or country == "PSE"


def test_every_officials_row_loads() -> None:
    rows = sum(
        len(list(read_table(p, OFFICIAL_HEADER))) for p in (data_dir() / "actors" / "officials").glob("*.tsv")
    )
    assert rows == len(gazetteer.people) > 900


def test_roles_seats_and_organisations_load() -> None:
    assert {r.term for r in gazetteer.roles} >= {"police", "court", "army", "reporter", "Foreign Minister"}
    igos = {e.igo for e in gazetteer.entries if e.igo}
    assert {"UNO", "NATO", "EUR"} <= igos


def test_every_historic_state_loads_with_its_capitals_bound_to_their_time() -> None:
    rows = list(read_table(data_dir() / "actors" / "historic_states.tsv", HISTORIC_HEADER))
    codes = {e.country for e in gazetteer.entries if e.kind is MentionKind.COUNTRY}
    assert {row["iso3"] for row in rows} <= codes
    moscow = next(e for e in gazetteer.entries if e.surface == "Moscow")
    assert gazetteer.in_era(moscow, date(1987, 3, 1)).country == "SUN"
    assert gazetteer.in_era(moscow, date(2019, 3, 1)).country == "RUS"
    assert gazetteer.in_era(moscow, None).country == "RUS"
    soviet = next(e for e in gazetteer.entries if e.surface == "Soviet")
    assert gazetteer.in_era(soviet, date(1987, 3, 1)).country == "SUN"
    assert gazetteer.in_era(soviet, date(2012, 3, 1)) is None  # "a former Soviet republic"
    assert {era.country for era in gazetteer.eras} == {"SUN", "YUG", "SCG", "CSK", "VDR", "YMD"}
    hanoi = next(e for e in gazetteer.entries if e.surface == "Hanoi")
    assert gazetteer.in_era(hanoi, date(1969, 3, 20)).country == "VDR"  # North Vietnam's government
    assert gazetteer.in_era(hanoi, date(1979, 3, 8)).country == "VNM"  # after unification in 1976


def test_cameo_ontology_loads_with_plover_types() -> None:
    cameo = load_cameo()
    assert len(cameo) >= 290
    assert cameo["173"].plover is PloverType.COERCE
    assert cameo["161"].plover is PloverType.SANCTION
    assert cameo["062"].plover is PloverType.COOPERATE
    assert all(c.plover is None for c in cameo.values() if c.code.startswith("01"))


def test_every_lexicon_entry_loads() -> None:
    from flashpoint.stages.claims.cues import load_cues as load_claim_cues
    from flashpoint.stages.relations import load_cues as load_relation_cues
    from flashpoint.stages.relations import load_modifiers

    claim_cues = load_claim_cues()
    assert len(claim_cues) >= 50 and {c.sign for c in claim_cues} == {1, -1}
    assert ("deficit", "trade_balance", -1) in {(c.lemma, c.attribute, c.sign) for c in claim_cues}
    relation_cues, modifiers = load_relation_cues(), load_modifiers()
    assert len(relation_cues) >= 30 and len(modifiers) >= 20
    assert {k.value for k in relation_cues.values()} == {"alliance", "friendly", "rival", "hostile"}
    assert modifiers["strained"].value == "rival" and modifiers["close"].value == "friendly"


def test_every_focus_word_loads() -> None:
    from flashpoint.stages.relations import load_focus_words

    words = load_focus_words()
    assert len(words) >= 40
    assert {k.value for k in words.values()} == {"rival", "hostile"}
    assert words["annexation"].value == "hostile" and words["dispute"].value == "rival"


def test_every_city_lies_in_one_current_state_and_none_is_a_capital_or_region() -> None:
    rows = list(read_table(data_dir() / "actors" / "cities.tsv", ("name", "country")))
    assert len(rows) == len(gazetteer.cities) > 400
    assert all(row["country"] in set(gazetteer.country_names) for row in rows)
    assert not set(gazetteer.cities) & {e.surface for e in gazetteer.entries}  # no actor's or capital's name
    assert not set(gazetteer.cities) & set(gazetteer.regions)


def test_every_region_lies_in_one_current_state() -> None:
    rows = list(read_table(data_dir() / "actors" / "regions.tsv", ("name", "country")))
    assert len(rows) == len(gazetteer.regions) > 60
    current = set(gazetteer.country_names)
    assert all(row["country"] in current for row in rows)
    assert not set(gazetteer.regions) & {e.surface for e in gazetteer.entries if e.country}  # no actor's name


def test_every_alliance_membership_loads_for_a_listed_organisation_and_state() -> None:
    rows = list(
        read_table(
            data_dir() / "actors" / "alliances.tsv", ("alliance", "member", "joined", "left", "leader")
        )
    )
    memberships = load_alliances()
    assert len(memberships) == len(rows) > 40
    organisations = {
        row["code"]
        for row in read_table(data_dir() / "actors" / "igos.tsv", ("code", "name", "aliases", "note"))
    }
    historic = {
        row["iso3"] for row in read_table(data_dir() / "actors" / "historic_states.tsv", HISTORIC_HEADER)
    }
    for m in memberships:
        assert m.alliance in organisations
        assert pycountry.countries.get(alpha_3=m.member) is not None or m.member in historic
    leaders = [row["alliance"] for row in rows if row["leader"] == "yes"]
    assert sorted(leaders) == sorted({row["alliance"] for row in rows})  # one leader each
    nato = {m.member for m in memberships if m.alliance == "NATO"}
    assert {m.member for m in memberships if m.alliance == "NATO" and m.on(date(2000, 1, 1))} == nato - {
        "BGR",
        "EST",
        "LVA",
        "LTU",
        "ROU",
        "SVK",
        "SVN",
        "ALB",
        "HRV",
        "MNE",
        "MKD",
        "FIN",
        "SWE",
    }


def test_a_malformed_alliance_row_is_a_data_error_naming_the_file_and_line(tmp_path) -> None:
    (tmp_path / "actors").mkdir()
    table = tmp_path / "actors" / "alliances.tsv"
    header = "alliance\tmember\tjoined\tleft\tleader\n"
    for bad in ("NATO\tPOL\t1999-13-40\t\t\n", "NATO\tPOL\t1999-03-12\t1998-01-01\t\n", "NATO\tPOL\n"):
        table.write_text(header + bad, encoding="utf-8")
        with pytest.raises(DataError, match=r"alliances\.tsv:2"):
            load_alliances(tmp_path)


def test_every_war_loads_between_two_listed_states() -> None:
    rows = list(
        read_table(data_dir() / "actors" / "wars.tsv", ("side_a", "side_b", "began", "ended", "name"))
    )
    wars = load_wars()
    assert len(wars) == len(rows) > 10
    for war in wars:
        assert len(war.sides) == 2
        assert all(
            pycountry.countries.get(alpha_3=s) or pycountry.historic_countries.get(alpha_3=s)
            for s in war.sides
        ), war.name
    ongoing = [w for w in wars if w.ended is None]
    assert all(w.on(date(2026, 1, 1)) for w in ongoing)
    [karabakh_2020] = [w for w in wars if w.began == date(2020, 9, 27)]
    assert karabakh_2020.on(date(2020, 10, 2)) and not karabakh_2020.on(date(2021, 1, 1))


def test_a_malformed_war_row_is_a_data_error_naming_the_file_and_line(tmp_path) -> None:
    (tmp_path / "actors").mkdir()
    table = tmp_path / "actors" / "wars.tsv"
    header = "side_a\tside_b\tbegan\tended\tname\n"
    for bad in (
        "RUS\tUKR\t2014-02-30\t\tWar\n",
        "RUS\tUKR\t2014-02-20\t2013-01-01\tWar\n",
        "RUS\tRUS\t2014-02-20\t\tWar\n",
    ):
        table.write_text(header + bad, encoding="utf-8")
        with pytest.raises(DataError, match=r"wars\.tsv:2"):
            load_wars(tmp_path)


def test_every_combining_form_names_a_country_only_before_a_hyphen() -> None:
    rows = list(read_table(data_dir() / "actors" / "combining_forms.tsv", ("form", "iso3")))
    bound = {e.surface: e for e in gazetteer.entries if e.bound}
    assert {row["form"] for row in rows} == set(bound) and len(rows) >= 10
    assert all(pycountry.countries.get(alpha_3=row["iso3"]) for row in rows)
    assert bound["Anglo"].country == "GBR" and bound["Sino"].country == "CHN"


def test_every_state_birth_loads_and_hides_the_state_before_it() -> None:
    rows = list(read_table(data_dir() / "actors" / "state_births.tsv", ("iso3", "born", "note")))
    assert len(rows) >= 10
    for row in rows:
        born, _ = gazetteer.lifetimes[row["iso3"]]
        assert born.isoformat() == row["born"]
    kosovo = next(e for e in gazetteer.entries if e.surface == "Kosovo")
    assert gazetteer.in_era(kosovo, date(1999, 4, 8)) is None
    assert gazetteer.in_era(kosovo, date(2010, 1, 1)).country == "XKX"
    serbia = next(e for e in gazetteer.entries if e.surface == "Serbia")
    assert gazetteer.in_era(serbia, date(1999, 4, 8)).country == "YUG"
    assert gazetteer.in_era(serbia, date(2004, 1, 1)).country == "SCG"
    assert gazetteer.in_era(serbia, date(2010, 1, 1)).country == "SRB"


def test_a_malformed_state_birth_is_a_data_error_naming_the_file_and_line(tmp_path) -> None:
    shutil.copytree(data_dir() / "actors", tmp_path / "actors")
    births = tmp_path / "actors" / "state_births.tsv"
    births.write_text("iso3\tborn\tnote\nXKX\t2008-02-30\tindependence\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"state_births\.tsv:2"):
        load_gazetteer(tmp_path)


def test_every_ship_prefix_loads_with_a_real_country() -> None:
    rows = list(read_table(data_dir() / "actors" / "ship_prefixes.tsv", ("prefix", "country", "note")))
    assert len(rows) >= 10 and {row["prefix"] for row in rows} == set(gazetteer.ship_prefixes)
    assert all(pycountry.countries.get(alpha_3=row["country"]) for row in rows)
    assert gazetteer.ship_prefixes["USS"] == "USA" and gazetteer.ship_prefixes["HMS"] == "GBR"


def test_a_malformed_ship_prefix_is_a_data_error_naming_the_file_and_line(tmp_path) -> None:
    shutil.copytree(data_dir() / "actors", tmp_path / "actors")
    prefixes = tmp_path / "actors" / "ship_prefixes.tsv"
    for bad in ("USS\tXXX\tno such country\n", "USS\tUSA\n"):
        prefixes.write_text("prefix\tcountry\tnote\n" + bad, encoding="utf-8")
        with pytest.raises(DataError, match=r"ship_prefixes\.tsv:2"):
            load_gazetteer(tmp_path)
