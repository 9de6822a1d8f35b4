"""The field's public gold-standard records (GSR), loaded and scored.

- PLOVER GSR (openeventdata/PLOVER, CC BY-SA 4.0): sentences from the CAMEO
  manual, each coded with source/target country + sector and a PLOVER 0.5
  event type. Old type names are mapped to the 16 current types; DOCUMENT has
  no counterpart and is skipped; non-ISO country codes are normalised or the
  actor is dropped. Every skip is counted and reported.
- PETR2 GSR (openeventdata/UniversalPetrarch, MIT): news sentences with CAMEO
  triples checked against PETRARCH-2's own output. Only the <Text> is used
  (we parse it ourselves); actor codes are compared at country level.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from .errors import ErrorCode, GoldError
from .evaluate import Ratio

OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
NO_COUNTERPART = {"DOCUMENT"}
# Non-ISO codes in the gold files and the ISO codes they mean.
LEGACY_CODES = {
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "UKR": "UKR",
    "SRB": "SRB",
    "KSV": "XKX",
    "ROM": "ROU",
}
NON_COUNTRY = {"IGO", "NGO", "IMG", "MNC", "UIS", "REB", "INS", "---", ""}

EventLists = list[list[dict[str, Any]]]
Coder = Callable[[Sequence[str]], EventLists]


def country_code(code: str | None) -> str | None:
    """An ISO alpha-3 country for a gold actor code, or None for organisations and unknowns."""
    if not code:
        return None
    prefix = code[:3].upper()
    prefix = LEGACY_CODES.get(prefix, prefix)
    if prefix in NON_COUNTRY or pycountry.countries.get(alpha_3=prefix) is None:
        return None
    return prefix


@dataclass(frozen=True, slots=True)
class PloverRecord:
    id: str
    text: str
    plover: str
    sources: frozenset[str | None]
    targets: frozenset[str | None]


def _actors(value: Any) -> frozenset[str | None]:
    if not isinstance(value, list) or not value:
        return frozenset({None})
    return frozenset(country_code(a.get("code")) if isinstance(a, dict) else None for a in value)


def load_plover_gsr(path: Path) -> tuple[list[PloverRecord], Counter[str]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise GoldError(ErrorCode.E501, f"{path}: {e}") from e
    records, skipped = [], Counter[str]()
    for item in raw:
        label = item.get("event")
        if label in NO_COUNTERPART or not isinstance(item.get("text"), str):
            skipped[f"{label or 'no event'}: no current PLOVER type or no text"] += 1
            continue
        if not isinstance(item.get("target"), list) and item.get("target") is not None:
            skipped["target is not a list of actors (counted as no target)"] += 1
        plover = OLD_PLOVER.get(label, label)
        records.append(
            PloverRecord(
                item["id"], item["text"], plover, _actors(item.get("source")), _actors(item.get("target"))
            )
        )
    return records, skipped


@dataclass(frozen=True, slots=True)
class PloverScores:
    sentences: int
    type_accuracy: Ratio
    triple_accuracy: Ratio  # type, source and target country all right
    coded: Ratio  # sentences where at least one event was coded
    by_type: dict[str, Ratio]


def _top(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    return max(events, key=lambda e: e["confidence"], default=None)


def score_plover_gsr(records: Sequence[PloverRecord], code: Coder) -> PloverScores:
    """Type accuracy of the most confident event coded in each sentence."""
    predictions = code([r.text for r in records])
    type_hits = triple_hits = coded = 0
    by_type: dict[str, Ratio] = {}
    for record, events in zip(records, predictions, strict=True):
        top = _top(events)
        right = top is not None and top["plover"] == record.plover
        coded += top is not None
        type_hits += right
        if right and top is not None:
            target = top["target"]["country"] if top["target"] else None
            triple_hits += top["source"]["country"] in record.sources and target in record.targets
        by_type[record.plover] = by_type.get(record.plover, Ratio(0, 0)) + Ratio(int(right), 1)
    n = len(records)
    return PloverScores(n, Ratio(type_hits, n), Ratio(triple_hits, n), Ratio(coded, n), by_type)


@dataclass(frozen=True, slots=True)
class PetrRecord:
    id: str
    text: str
    triples: tuple[tuple[str | None, str | None, str], ...]  # source, target, CAMEO root


_SENTENCE = re.compile(r"<Sentence\b([^>]*)/?>(.*?)(?=<Sentence\b|</Validation>|\Z)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)/>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def load_petr2_gsr(path: Path) -> tuple[list[PetrRecord], Counter[str]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise GoldError(ErrorCode.E501, f"{path}: {e}") from e
    records, skipped = [], Counter[str]()
    for attributes, content in _SENTENCE.findall(raw):
        attrs = dict(_ATTR.findall(attributes))
        text = _TEXT.search(content)
        if text is None:
            skipped["no <Text>"] += 1
            continue
        triples = tuple(
            (country_code(c.get("sourcecode")), country_code(c.get("targetcode")), c["eventcode"][:2])
            for c in (dict(_ATTR.findall(m)) for m in _CODING.findall(content))
            if "eventcode" in c
        )
        records.append(PetrRecord(attrs.get("id", "?"), " ".join(text.group(1).split()), triples))
    return records, skipped


@dataclass(frozen=True, slots=True)
class PetrScores:
    sentences: int
    recall: Ratio  # gold triples found (country + CAMEO root)
    precision: Ratio  # counted predictions that are a gold triple
    no_event_sentences_clean: Ratio  # sentences coded "no events" where we coded none


def score_petr2_gsr(records: Sequence[PetrRecord], code: Coder) -> PetrScores:
    predictions = code([r.text for r in records])
    found = total = correct = predicted = clean = empty = 0
    for record, events in zip(records, predictions, strict=True):
        counted = [e for e in events if e["counted"]]
        triples = {
            (e["source"]["country"], e["target"]["country"] if e["target"] else None, e["cameo"][:2])
            for e in counted
        }
        gold = set(record.triples)
        total += len(gold)
        found += len(gold & triples)
        predicted += len(triples)
        correct += len(triples & gold)
        if not gold:
            empty += 1
            clean += not counted
    return PetrScores(len(records), Ratio(found, total), Ratio(correct, predicted), Ratio(clean, empty))


def _skips(skipped: Counter[str]) -> list[str]:
    return [f"  skipped {n}: {why}" for why, n in sorted(skipped.items())]


def render_plover(path: Path, code: Coder) -> str:
    records, skipped = load_plover_gsr(path)
    scores = score_plover_gsr(records, code)
    lines = [
        f"{path} ({scores.sentences} sentences scored)",
        *_skips(skipped),
        f"  {'type accuracy':<26} {scores.type_accuracy}",
        f"  {'source+target+type':<26} {scores.triple_accuracy}",
        f"  {'sentences with an event':<26} {scores.coded}",
    ]
    lines += [f"    {name:<10} {ratio}" for name, ratio in sorted(scores.by_type.items())]
    return "\n".join(lines)


def render_petr2(path: Path, code: Coder) -> str:
    records, skipped = load_petr2_gsr(path)
    scores = score_petr2_gsr(records, code)
    return "\n".join(
        [
            f"{path} ({scores.sentences} sentences; agreement with PETRARCH-2 at country + CAMEO root)",
            *_skips(skipped),
            f"  {'triples found (recall)':<26} {scores.recall}",
            f"  {'predictions in gold':<26} {scores.precision}",
            f"  {'no-event sentences clean':<26} {scores.no_event_sentences_clean}",
        ]
    )
