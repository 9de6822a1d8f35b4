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
    return "\n".join(lines)
