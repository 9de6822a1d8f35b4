"""Gold files (format `flashpoint-gold/1`, see ../shared/EVALUATION.md) as typed records.

Gold data is validated like production data: a malformed file is a GoldError
naming the file and the item, never a KeyError deep inside scoring.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ErrorCode, GoldError
from .records import check_country

Codes = tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    id: str
    required: bool
    sentence: str
    source: Codes
    target: Codes
    plover: tuple[str, ...]
    cameo_root: tuple[str, ...]
    dates: Codes


@dataclass(frozen=True, slots=True)
class Forbidden:
    source: str | None
    target: str | None
    plover: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldNonEvent:
    sentence: str
    forbid: tuple[Forbidden, ...]


@dataclass(frozen=True, slots=True)
class GoldClaim:
    id: str
    required: bool
    actor: str
    attribute: str
    value: float | None
    unit: str | None
    relative_to: str | None
    ratio: float | None
    counterpart: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRelation:
    a: str
    b: str
    kind: str
    required: bool


@dataclass(frozen=True, slots=True)
class GoldPerson:
    name: str
    country: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    path: Path
    article_file: Path
    published: str | None
    boilerplate: tuple[str, ...]
    actors: tuple[str, ...]
    people: tuple[GoldPerson, ...]
    events: tuple[GoldEvent, ...]
    non_events: tuple[GoldNonEvent, ...]
    claims: tuple[GoldClaim, ...]
    relations: tuple[GoldRelation, ...]


def _codes(value: Any) -> Codes:
    items = value if isinstance(value, list) else [value]
    for item in items:
        check_country(item)
    return tuple(items)


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, list) else (value,)


def _event(item: dict[str, Any]) -> GoldEvent:
    return GoldEvent(
        id=item["id"],
        required=bool(item.get("required", True)),
        sentence=item["sentence"],
        source=_codes(item["source"]),
        target=_codes(item.get("target")),
        plover=_strings(item.get("plover")),
        cameo_root=_strings(item.get("cameo_root")),
        dates=tuple(item.get("date", [None])),
    )


def _non_event(item: dict[str, Any]) -> GoldNonEvent:
    forbid = tuple(
        Forbidden(f.get("source"), f.get("target"), _strings(f.get("plover"))) for f in item["forbid"]
    )
    return GoldNonEvent(item["sentence"], forbid)


def _claim(item: dict[str, Any]) -> GoldClaim:
    return GoldClaim(
        id=item["id"],
        required=bool(item.get("required", True)),
        actor=item["actor"],
        attribute=item["attribute"],
        value=item.get("value"),
        unit=item.get("unit"),
        relative_to=item.get("relative_to"),
        ratio=item.get("ratio"),
        counterpart=item.get("counterpart"),
    )


def _relation(item: dict[str, Any]) -> GoldRelation:
    return GoldRelation(item["a"], item["b"], item["kind"], bool(item.get("required", True)))


def _person(item: dict[str, Any]) -> GoldPerson:
    return GoldPerson(item["name"], item["actor"], item.get("sector"))


def load_gold(path: Path) -> GoldDocument:
    """Read and validate one gold file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        article = raw["article"]
        return GoldDocument(
            path=path,
            article_file=(path.parent / article["file"]).resolve(),
            published=article.get("published"),
            boilerplate=tuple(article.get("boilerplate", ())),
            actors=tuple(a["code"] for a in raw.get("actors", ())),
            people=tuple(_person(p) for p in raw.get("people", ())),
            events=tuple(_event(e) for e in raw.get("events", ())),
            non_events=tuple(_non_event(n) for n in raw.get("non_events", ())),
            claims=tuple(_claim(c) for c in raw.get("claims", ())),
            relations=tuple(_relation(r) for r in raw.get("relations", ())),
        )
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
        raise GoldError(ErrorCode.E501, f"{path}: {type(e).__name__}: {e}") from e


@dataclass(frozen=True, slots=True)
class ActorSetGold:
    """The countries one corpus article names (tests/gold/wikinews-actors.jsonl)."""

    id: str
    countries: frozenset[str]


def load_actor_sets(path: Path) -> tuple[ActorSetGold, ...]:
    """Read a JSONL file of {"id", "countries"} records, validating every line."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            countries = frozenset(record["countries"])
            for code in countries:
                check_country(code)
            rows.append(ActorSetGold(str(record["id"]), countries))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise GoldError(ErrorCode.E501, f"{path}:{number}: {e}") from e
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class ClaimSetGold:
    """The claims and relations of one corpus article, by id."""

    id: str
    claims: tuple[GoldClaim, ...]
    relations: tuple[GoldRelation, ...]


def load_claim_sets(path: Path) -> tuple[ClaimSetGold, ...]:
    """Read a JSONL file of {"id", "claims", "relations"} records, validating every line."""
    rows = []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
            claims = tuple(_claim(c) for c in record["claims"])
            relations = tuple(_relation(r) for r in record["relations"])
            for code in [c.actor for c in claims] + [x for r in relations for x in (r.a, r.b)]:
                check_country(code)
            rows.append(ClaimSetGold(str(record["id"]), claims, relations))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise GoldError(ErrorCode.E501, f"{path}:{number}: {e}") from e
    return tuple(rows)


def gold_kind(path: Path) -> str:
    """Which kind of gold file this is: article, actor-sets, claim-sets, plover-gsr or petr2-gsr."""
    if path.suffix == ".xml":
        return "petr2-gsr"
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as handle:
            first = handle.readline()
        return "claim-sets" if '"claims"' in first else "actor-sets"
    try:
        with path.open(encoding="utf-8") as handle:
            first = handle.read(64).lstrip()[:1]
    except OSError as e:
        raise GoldError(ErrorCode.E501, f"{path}: {e}") from e
    return "plover-gsr" if first == "[" else "article"
