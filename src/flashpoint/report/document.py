"""The JSON output contract (`schema/analysis-1.schema.json`).

This is the document `flashpoint analyze --format json` prints and the
evaluation scores (see ../shared/EVALUATION.md). Events, claims and relations
are empty lists until their stages exist.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..records import (
    ActorMention,
    Analysis,
    Claim,
    ClaimCheck,
    Event,
    EventActor,
    MentionKind,
    Relation,
    TextField,
)

SCHEMA_ID = "flashpoint-analysis/1"


@dataclass(frozen=True, slots=True)
class RunContext:
    package_version: str
    model: str
    data_hash: str


def to_document(analysis: Analysis, run: RunContext, country_names: dict[str, str]) -> dict[str, Any]:
    article = analysis.article
    return {
        "schema": SCHEMA_ID,
        "article": {
            "id": article.article_id,
            "source": article.source,
            "title": article.title,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "content_hash": article.content_hash,
        },
        "body": analysis.clean.body,
        "captions": list(analysis.clean.captions),
        "removed": [
            {"text": r.text, "reason": r.reason.value, "line": r.line_no, "rule": r.rule}
            for r in analysis.clean.removed
        ],
        "actors": actor_summaries(analysis.mentions, country_names),
        "organizations": organization_summaries(analysis.mentions),
        "people": people_summaries(analysis.mentions),
        "mentions": [mention_dict(m) for m in analysis.mentions],
        "events": [event_dict(e) for e in analysis.events],
        "claims": [claim_dict(c) for c in analysis.claims],
        "claim_checks": [check_dict(c) for c in analysis.checks],
        "relations": [relation_dict(r) for r in analysis.relations],
        "provenance": {
            "package_version": run.package_version,
            "model": run.model,
            "data_hash": run.data_hash,
            "stages": list(analysis.stages),
        },
    }


def _side(actor: EventActor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    sector = actor.sector.value if actor.sector else None
    return {
        "country": actor.country,
        "sector": sector,
        "igo": actor.igo,
        "text": actor.text,
        "start": actor.start,
        "end": actor.end,
    }


def event_dict(e: Event) -> dict[str, Any]:
    return {
        "id": e.event_id,
        "group": e.group_id,
        "source": _side(e.source),
        "target": _side(e.target),
        "plover": e.plover.value if e.plover else None,
        "mode": e.mode,
        "cameo": e.cameo,
        "goldstein": e.goldstein,
        "quad": e.quad.value,
        "date": e.date.value,
        "date_granularity": e.date.granularity.value if e.date.granularity else None,
        "date_rule": e.date.rule,
        "date_text": e.date.text,
        "date_until": e.date.until,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "future": e.future,
        "historical": e.historical,
        "counted": e.counted,
        "asserted_by": e.asserted_by,
        "trigger": {"text": e.trigger, "start": e.trigger_start},
        "sentence": {"start": e.sentence_start, "end": e.sentence_end, "text": e.sentence},
        "rule": e.rule,
        "confidence": e.confidence,
    }


def claim_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.claim_id,
        "actor": c.actor,
        "attribute": c.attribute,
        "value": c.value,
        "unit": c.unit,
        "value_usd": c.value_usd,
        "relative_to": c.relative_to,
        "ratio": c.ratio,
        "counterpart": c.counterpart,
        "period": c.period,
        "date": c.date,
        "approximate": c.approximate,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "sentence": {"start": c.sentence_start, "end": c.sentence_end, "text": c.sentence},
        "rule": c.rule,
        "confidence": c.confidence,
    }


def relation_dict(r: Relation) -> dict[str, Any]:
    sentence = None if r.sentence_start is None else {"start": r.sentence_start, "end": r.sentence_end}
    return {
        "a": r.a,
        "b": r.b,
        "kind": r.kind.value,
        "stated": r.stated,
        "evidence": r.evidence,
        "sentence": sentence,
        "rule": r.rule,
        "confidence": r.confidence,
    }


def check_dict(c: ClaimCheck) -> dict[str, Any]:
    return {
        "claims": list(c.claims),
        "consistent": c.consistent,
        "stated": c.stated,
        "implied": c.implied,
        "rule": c.rule,
    }


def mention_dict(m: ActorMention) -> dict[str, Any]:
    """A mention as plain JSON values (also the store's column values)."""
    return {
        "field": m.field.value,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "anchor": m.anchor,
        "kind": m.kind.value,
        "country": m.country,
        "sector": m.sector.value if m.sector else None,
        "igo": m.igo,
        "person": m.person,
        "title": m.title,
        "rule": m.rule,
        "confidence": m.confidence,
    }


def actor_summaries(mentions: tuple[ActorMention, ...], names: dict[str, str]) -> list[dict[str, Any]]:
    """One entry per country, most mentioned first, with the surfaces that named it."""
    grouped: dict[str, list[ActorMention]] = defaultdict(list)
    for m in mentions:
        if m.country is not None:
            grouped[m.country].append(m)
    ordered = sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))
    return [
        {
            "code": code,
            "name": names.get(code, code),
            "mentions": list(dict.fromkeys(_surface(m) for m in group)),
            "sectors": sorted({m.sector.value for m in group if m.sector}),
            "count": len(group),
            "in_body": any(m.field is TextField.BODY for m in group),
        }
        for code, group in ordered
    ]


def _surface(m: ActorMention) -> str:
    return m.person if m.kind is MentionKind.PERSON and m.person else m.anchor


def organization_summaries(mentions: tuple[ActorMention, ...]) -> list[dict[str, Any]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if m.igo is not None:
            grouped[m.igo].append(m.text)
    return [{"code": code, "mentions": list(dict.fromkeys(s))} for code, s in sorted(grouped.items())]


def people_summaries(mentions: tuple[ActorMention, ...]) -> list[dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    for m in mentions:
        if m.kind is not MentionKind.PERSON or m.person is None:
            continue
        entry = people.setdefault(
            m.person,
            {
                "name": m.person,
                "country": m.country,
                "sector": m.sector.value if m.sector else None,
                "title": m.title,
                "in_office": m.rule != "actors.person.former.v1",
                "rule": m.rule,
                "mentions": [],
            },
        )
        entry["mentions"].append(m.text)
    return list(people.values())
