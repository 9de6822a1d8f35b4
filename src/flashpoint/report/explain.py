"""`flashpoint explain`: each stage's records for one article, and why."""

from __future__ import annotations

from ..records import Analysis, TextField


def explain(analysis: Analysis) -> str:
    clean = analysis.clean
    lines = [f"stages: {' -> '.join(analysis.stages)}", "", "[clean] rule clean.lines.v1"]
    lines += [f"  removed line {r.line_no}: {r.reason.value}: {r.text!r}" for r in clean.removed]
    lines += [f"  caption kept outside the body: {c!r}" for c in clean.captions]
    lines += ["", "[actors]"]
    for m in analysis.mentions:
        where = "body" if m.field is TextField.BODY else m.field.value
        target = m.country or m.igo
        sector = m.sector.value if m.sector else "-"
        extra = f" person={m.person!r}" if m.person else ""
        extra += f" title={m.title!r}" if m.title else ""
        lines.append(
            f"  {where}[{m.start}:{m.end}] {m.text!r} -> {target} {sector} "
            f"({m.kind.value}; {m.rule}; conf {m.confidence:.2f}){extra}"
        )
    lines += ["", "[events]"]
    for e in analysis.events:
        target = f"{e.target.country}/{e.target.sector or '-'} ({e.target.text!r})" if e.target else "none"
        flags = [n for n in ("negated", "hypothetical", "future", "historical") if getattr(e, n)]
        lines.append(
            f"  {e.event_id}: {e.source.country}/{e.source.sector or '-'} ({e.source.text!r}) -> {target}: "
            f"{e.plover or '-'} {e.cameo} (Goldstein {e.goldstein:+.1f}) trigger {e.trigger!r}"
        )
        status = "NOT COUNTED: " + ", ".join(flags) if not e.counted else "counted"
        status += " (historical)" if e.historical else ""
        status += f"; asserted by {e.asserted_by}" if e.asserted_by else ""
        lines.append(
            f"      rule {e.rule}; date {e.date.value} ({e.date.rule}, {e.date.text!r}); "
            f"{status}; conf {e.confidence:.2f}"
        )
        lines.append(f"      sentence [{e.sentence_start}:{e.sentence_end}] {e.sentence!r}")
    return "\n".join(lines)
