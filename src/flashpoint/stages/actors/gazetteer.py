"""The actor tables, loaded into one immutable gazetteer.

Sources (all our own files under `data/actors/`, see their header comments):
countries.tsv (names, aliases, demonyms, capitals of every UN member and a few
more), seats.tsv (Kremlin, Pentagon...), igos.tsv, roles.tsv (titles and sector
nouns), officials/<ISO3>.tsv (office-holders with dates) and historic_states.tsv
(the USSR, East Germany...: actors only in their time). pycountry checks
that every country code is a real ISO 3166-1 alpha-3 code (or ISO 3166-3, withdrawn).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pycountry

from ...errors import DataError, ErrorCode
from ...records import MentionKind, Person, Sector
from ...tables import Row, data_dir, read_table

# Codes in our tables that ISO 3166-1 does not (yet) assign.
NON_ISO_CODES = {"XKX"}  # Kosovo, user-assigned code in common use

COUNTRY_HEADER = ("iso3", "name", "aliases", "demonyms", "capitals", "ambiguous")
COMBINING_HEADER = ("form", "iso3")
BIRTH_HEADER = ("iso3", "born", "note")
HISTORIC_HEADER = ("iso3", "name", "aliases", "demonyms", "capitals", "start", "end", "note")
SEAT_HEADER = ("term", "country", "sector", "note")
SHIP_HEADER = ("prefix", "country", "note")
IGO_HEADER = ("code", "name", "aliases", "note")
ROLE_HEADER = ("term", "sector", "kind", "country", "note")
OFFICIAL_HEADER = ("country", "office", "title", "sector", "name", "aliases", "start", "end")
# states whose people's family name comes first, as news of them writes it ("President Park")
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})
OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "other"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One surface form and what it names."""

    surface: str
    kind: MentionKind
    country: str | None
    sector: Sector | None = None
    igo: str | None = None
    ambiguous: bool = False
    bound: bool = False  # a combining form: names its country only before a hyphen ("Anglo-")


@dataclass(frozen=True, slots=True)
class Era:
    """A capital's surface that named a historic state between two dates."""

    surface: str
    country: str
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Role:
    term: str
    sector: Sector
    is_title: bool
    country: str | None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    entries: tuple[Entry, ...]
    roles: tuple[Role, ...]
    people: tuple[Person, ...]
    person_names: tuple[tuple[str, int], ...]  # (surface, index into people)
    country_names: dict[str, str]  # ISO3 -> display name
    us_states: frozenset[str] = frozenset()
    regions: dict[str, str] = field(default_factory=dict)  # region name -> the state it lies in
    cities: dict[str, str] = field(default_factory=dict)  # non-capital city -> the state it lies in
    eras: tuple[Era, ...] = ()  # modern names and capitals that stood for a historic state
    # historic state -> its dates; a state born late -> its birth and date.max
    lifetimes: dict[str, tuple[date, date]] = field(default_factory=dict)
    surnames: dict[str, tuple[int, ...]] = field(default_factory=dict)  # last word -> indices into people
    ship_prefixes: dict[str, str] = field(default_factory=dict)  # "USS" -> USA: a navy's ships

    def in_era(self, entry: Entry, on: date | None) -> Entry | None:
        """An entry as its time knew it: Moscow in 1987 is the Soviet government; after 1991
        "a former Soviet republic" names no actor (a historic state acts only while it exists),
        nor does "Kosovo" before its independence in 2008 (state_births.tsv)."""
        if on is None:
            return entry
        era = next((e for e in self.eras if e.surface == entry.surface and e.start <= on <= e.end), None)
        current = entry if era is None else replace(entry, country=era.country)
        lifetime = self.lifetimes.get(current.country or "")
        if lifetime is not None and not lifetime[0] <= on <= lifetime[1]:
            return None  # a state gone, or not yet born: "Kosovo" in 1999 is a province
        return current

    def people_named(self, surface: str) -> tuple[Person, ...]:
        return tuple(self.people[i] for s, i in self.person_names if s == surface)

    def people_with_surname(self, surname: str) -> tuple[Person, ...]:
        """Listed people whose name or an alias ends in this word ("Reagan")."""
        return tuple(self.people[i] for i in self.surnames.get(surname, ()))


def _country(code: str, row: Row) -> str:
    if code in NON_ISO_CODES or pycountry.countries.get(alpha_3=code) is not None:
        return code
    if pycountry.historic_countries.get(alpha_3=code) is not None:
        return code  # a withdrawn code (ISO 3166-3): SUN, DDR, YUG, CSK
    raise row.fail(f"unknown ISO 3166-1 alpha-3 code {code!r}")


def _sector(value: str, row: Row) -> Sector:
    try:
        return Sector(value)
    except ValueError as e:
        raise row.fail(f"unknown sector {value!r}") from e


def _date(value: str, row: Row) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise row.fail(f"bad date {value!r}") from e


def country_entries(row: Row) -> list[Entry]:
    code = _country(row["iso3"], row)
    ambiguous = set(row.items("ambiguous"))
    columns = (
        (MentionKind.COUNTRY, (row["name"], *row.items("aliases"))),
        (MentionKind.DEMONYM, row.items("demonyms")),
        (MentionKind.CAPITAL, row.items("capitals")),
    )
    return [
        Entry(surface, kind, code, ambiguous=surface in ambiguous)
        for kind, surfaces in columns
        for surface in surfaces
    ]


def historic_entries(row: Row, modern: set[str]) -> tuple[list[Entry], list[Era]]:
    """A historic state's names, demonyms and capitals. A surface a modern country already
    claims becomes an era instead ("Moscow", and "the Russians" of 1969, meant the Soviet
    government); the others are plain entries ("East Berlin", "Soviet")."""
    code = _country(row["iso3"], row)
    start, end = _date(row["start"], row), _date(row["end"], row)
    if end < start:
        raise row.fail("the state ends before it starts")
    surfaces = [(s, MentionKind.COUNTRY) for s in (row["name"], *row.items("aliases"))]
    surfaces += [(s, MentionKind.DEMONYM) for s in row.items("demonyms")]
    surfaces += [(s, MentionKind.CAPITAL) for s in row.items("capitals")]
    eras = [Era(s, code, start, end) for s, _ in surfaces if s in modern]
    entries = [Entry(s, kind, code) for s, kind in surfaces if s not in modern]
    return entries, eras


def combining_entry(row: Row) -> Entry:
    return Entry(row["form"], MentionKind.DEMONYM, _country(row["iso3"], row), bound=True)


def seat_entry(row: Row) -> Entry:
    return Entry(row["term"], MentionKind.SEAT, _country(row["country"], row), _sector(row["sector"], row))


def igo_entries(row: Row) -> list[Entry]:
    """An organisation's name and aliases, each in British and American spelling
    ("Organisation of American States" is the OAS, whatever the table spells)."""
    names = (row["name"], *row.items("aliases"))
    british = (n.replace("Organization", "Organisation") for n in names)
    american = (n.replace("Organisation", "Organization") for n in names)
    surfaces = dict.fromkeys((*names, *british, *american))
    return [Entry(s, MentionKind.IGO, None, Sector.IGO, igo=row["code"]) for s in surfaces]


def role_entry(row: Row) -> Role:
    if row["kind"] not in {"title", "noun"}:
        raise row.fail(f"kind must be title or noun, not {row['kind']!r}")
    country = _country(row["country"], row) if row["country"] else None
    return Role(row["term"], _sector(row["sector"], row), row["kind"] == "title", country)


def official(row: Row) -> Person:
    if row["office"] not in OFFICES:
        raise row.fail(f"unknown office {row['office']!r}")
    start = _date(row["start"], row)
    end = _date(row["end"], row) if row["end"] else None
    if end is not None and end < start:
        raise row.fail("term ends before it starts")
    return Person(
        name=row["name"],
        country=_country(row["country"], row),
        sector=_sector(row["sector"], row),
        office=row["office"],
        title=row["title"],
        start=start,
        end=end,
    )


def load_gazetteer(root: Path | None = None) -> Gazetteer:
    """Load and validate every actor table; a bad row raises DataError (E301)."""
    actors = (root or data_dir()) / "actors"
    countries = list(read_table(actors / "countries.tsv", COUNTRY_HEADER))
    entries = [e for row in countries for e in country_entries(row)]
    entries += [seat_entry(row) for row in read_table(actors / "seats.tsv", SEAT_HEADER)]
    entries += [combining_entry(row) for row in read_table(actors / "combining_forms.tsv", COMBINING_HEADER)]
    entries += [e for row in read_table(actors / "igos.tsv", IGO_HEADER) for e in igo_entries(row)]
    historic = list(read_table(actors / "historic_states.tsv", HISTORIC_HEADER))
    modern = {e.surface for e in entries}
    eras: list[Era] = []
    for row in historic:
        found, their_eras = historic_entries(row, modern)
        entries += found
        eras += their_eras
    _check_unique(entries)
    roles = tuple(role_entry(row) for row in read_table(actors / "roles.tsv", ROLE_HEADER))
    people, names = _load_officials(actors / "officials")
    return Gazetteer(
        entries=tuple(entries),
        roles=roles,
        people=people,
        person_names=names,
        country_names={row["iso3"]: row["name"] for row in [*countries, *historic]},
        us_states=frozenset(row["name"] for row in read_table(actors / "us_states.tsv", ("name",))),
        regions={
            row["name"]: row["country"] for row in read_table(actors / "regions.tsv", ("name", "country"))
        },
        cities={
            row["name"]: row["country"] for row in read_table(actors / "cities.tsv", ("name", "country"))
        },
        eras=tuple(eras),
        lifetimes={
            **{
                row["iso3"]: (_date(row["born"], row), date.max)
                for row in read_table(actors / "state_births.tsv", BIRTH_HEADER)
            },
            **{row["iso3"]: (_date(row["start"], row), _date(row["end"], row)) for row in historic},
        },
        surnames=_surname_index(names, people),
        ship_prefixes={
            row["prefix"]: _country(row["country"], row)
            for row in read_table(actors / "ship_prefixes.tsv", SHIP_HEADER)
        },
    )


ROMAN_NUMERAL = re.compile(r"[IVX]+")
SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr"})


def surname(name: str) -> str:
    """The word a name is later referred back by: its last, save a regnal number or a
    suffix ("Elizabeth II", "World War II": "II" is no surname)."""
    words = name.split()
    while len(words) > 1 and after_surname(words[-1]):
        words.pop()
    return words[-1]


def after_surname(word: str) -> bool:
    """A regnal number or a suffix that may follow a surname ("II", "Jr.")."""
    return bool(ROMAN_NUMERAL.fullmatch(word)) or word in SUFFIXES


def _surname_index(
    names: tuple[tuple[str, int], ...], people: tuple[Person, ...]
) -> dict[str, tuple[int, ...]]:
    """Built once: resolving "President Reagan" looks surnames up in every article. A family
    name written first ("Chiang Kai-shek", "Park Chung-hee") is indexed too."""
    index: dict[str, list[int]] = {}
    for surface, i in names:
        words = surface.split()
        first = [words[0]] if people[i].country in FAMILY_NAME_FIRST and len(words) > 1 else []
        for key in dict.fromkeys([surname(surface), *first]):
            found = index.setdefault(key, [])
            if i not in found:
                found.append(i)
    return {surname: tuple(found) for surname, found in index.items()}


def _load_officials(folder: Path) -> tuple[tuple[Person, ...], tuple[tuple[str, int], ...]]:
    people: list[Person] = []
    names: list[tuple[str, int]] = []
    for path in sorted(folder.glob("*.tsv")):
        for row in read_table(path, OFFICIAL_HEADER):
            person = official(row)
            if person.country != path.stem:
                raise row.fail(f"country {person.country} in the file for {path.stem}")
            for surface in dict.fromkeys((row["name"], *row.items("aliases"))):
                names.append((surface, len(people)))
            people.append(person)
    return tuple(people), tuple(names)


def _check_unique(entries: list[Entry]) -> None:
    """A surface form must name one thing; a clash is a data error."""
    owner: dict[str, Entry] = {}
    for entry in entries:
        previous = owner.setdefault(entry.surface, entry)
        if (previous.country, previous.igo) != (entry.country, entry.igo):
            raise DataError(
                ErrorCode.E301,
                f"{entry.surface!r} names both {previous.country or previous.igo} "
                f"and {entry.country or entry.igo}",
            )
