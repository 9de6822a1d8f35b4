"""Analyses as flat rows: the columns of the store's tables.

One shape serves the store (bulk writes via Arrow) and the analysis of a slice
(tension, balance, brief), so a brief of one article and a brief of a stored
corpus run the same code on the same columns.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .records import Analysis
from .report.document import claim_dict, mention_dict

Row = dict[str, Any]


def article_row(a: Analysis) -> Row:
    art = a.article
    return {
        "article_id": art.article_id,
        "content_hash": art.content_hash,
        "source": art.source,
        "external_id": art.external_id,
        "url": art.url,
        "title": art.title,
        "published": art.published,
        "body": a.clean.body,
        "captions": list(a.clean.captions),
    }


def removed_rows(a: Analysis) -> list[Row]:
    return [
        {
            "article_id": a.article.article_id,
            "line_no": r.line_no,
            "text": r.text,
            "reason": r.reason.value,
            "rule": r.rule,
        }
        for r in a.clean.removed
    ]


def mention_rows(a: Analysis) -> list[Row]:
    rows = []
    for m in a.mentions:
        values = mention_dict(m)
        values["start_char"], values["end_char"] = values.pop("start"), values.pop("end")
        rows.append({"article_id": a.article.article_id, **values})
    return rows


def actor_rows(a: Analysis) -> list[Row]:
    counts = Counter((m.country, m.igo, m.sector.value if m.sector else None) for m in a.mentions)
    return [
        {"article_id": a.article.article_id, "country": c, "igo": i, "sector": s, "mentions": n}
        for (c, i, s), n in sorted(counts.items(), key=lambda kv: str(kv[0]))
    ]


def event_rows(a: Analysis) -> list[Row]:
    rows = []
    for e in a.events:
        target = e.target
        rows.append(
            {
                "article_id": a.article.article_id,
                "event_id": e.event_id,
                "group_id": e.group_id,
                "source_country": e.source.country,
                "source_sector": e.source.sector.value if e.source.sector else None,
                "target_country": target.country if target else None,
                "target_sector": target.sector.value if target and target.sector else None,
                "plover": e.plover.value if e.plover else None,
                "mode": e.mode,
                "cameo": e.cameo,
                "goldstein": e.goldstein,
                "event_date": e.date.value,
                "date_granularity": e.date.granularity.value if e.date.granularity else None,
                "negated": e.negated,
                "hypothetical": e.hypothetical,
                "future": e.future,
                "historical": e.historical,
                "asserted_by": e.asserted_by,
                "trigger": e.trigger,
                "sentence_start": e.sentence_start,
                "sentence_end": e.sentence_end,
                "rule": e.rule,
                "confidence": e.confidence,
            }
        )
    return rows


def claim_rows(a: Analysis) -> list[Row]:
    rows = []
    for c in a.claims:
        values = claim_dict(c)
        sentence = values.pop("sentence")
        values["claim_id"] = values.pop("id")
        values["claim_date"] = values.pop("date")
        for key in ("start", "end"):
            values.pop(key)
        rows.append(
            {
                "article_id": a.article.article_id,
                **values,
                "sentence_start": sentence["start"],
                "sentence_end": sentence["end"],
            }
        )
    return rows


def check_rows(a: Analysis) -> list[Row]:
    return [
        {
            "article_id": a.article.article_id,
            "claim_ids": list(c.claims),
            "consistent": c.consistent,
            "stated": c.stated,
            "implied": c.implied,
            "rule": c.rule,
        }
        for c in a.checks
    ]


def relation_rows(a: Analysis) -> list[Row]:
    return [
        {
            "article_id": a.article.article_id,
            "a": r.a,
            "b": r.b,
            "kind": r.kind.value,
            "stated": r.stated,
            "evidence": r.evidence,
            "sentence_start": r.sentence_start,
            "sentence_end": r.sentence_end,
            "rule": r.rule,
            "confidence": r.confidence,
        }
        for r in a.relations
    ]
