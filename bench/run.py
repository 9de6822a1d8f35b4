"""Throughput benchmark: bare spaCy parsing against the full pipeline.

Both run in one process on the same articles, alternately, after a warm-up, so
the ratio is measured side by side rather than against a number from another
machine. Run with `make bench`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from flashpoint import Article, Flashpoint, Settings
from flashpoint.stages.clean import clean_text
from flashpoint.stages.ingest import read_inputs

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-2019-2020.jsonl.gz"
LIMIT = 120
ROUNDS = 3


def articles(settings: Settings) -> list[Article]:
    source = CORPUS if CORPUS.exists() else ROOT / "examples" / "articles"
    items = [i for i in read_inputs([str(source)], settings=settings) if isinstance(i, Article)]
    if not CORPUS.exists():
        items = items * 20  # the shipped examples are few and short
    return items[:LIMIT]


def timed(run) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def print_stage_times(fp: Flashpoint, batch: list[Article]) -> None:
    """Each stage timed on the same batch, after a warm-up: what parsing costs
    and what every stage beyond it adds, measured in one run."""
    from flashpoint.pipeline import Draft

    times: dict[str, float] = {}
    for _ in range(2):  # the first pass warms caches; the second is reported
        drafts: list = [Draft(article=a) for a in batch]
        for stage in fp.pipeline.stages:
            start = time.perf_counter()
            drafts = stage.run(drafts)
            times[stage.name] = time.perf_counter() - start
    parse = times.pop("parse")
    for name, seconds in times.items():
        print(f"  stage {name:<10}: {seconds:6.2f} s ({100 * seconds / parse:4.1f}% of parsing)")
    print(
        f"  stage parse     : {parse:6.2f} s; all other stages add {100 * sum(times.values()) / parse:.0f}%"
    )


def main() -> int:
    fp = Flashpoint(Settings())
    batch = articles(fp.settings)
    nlp = fp._parser.nlp if fp.pipeline and fp._parser else None
    assert nlp is not None
    bodies = [clean_text(a.text).body for a in batch]
    words = sum(len(b.split()) for b in bodies)

    def bare() -> None:
        list(nlp.pipe(bodies, batch_size=fp.settings.batch_size))

    def full() -> None:
        list(fp.pipeline.run(batch))

    bare(), full()  # warm up: vocabulary, lexeme and matcher caches
    # Alternate the two and keep each one's best of ROUNDS, so that drift in
    # machine load hits both alike.
    rounds = [(timed(bare), timed(full)) for _ in range(ROUNDS)]
    t_bare, t_full = min(r[0] for r in rounds), min(r[1] for r in rounds)
    print(
        f"articles: {len(batch)} ({words:,} words) from "
        + (CORPUS.name if CORPUS.exists() else "examples/articles/")
    )
    print_stage_times(fp, batch)
    print(f"bare spaCy nlp.pipe : {t_bare:6.2f} s  ({words / t_bare:,.0f} words/s)")
    print(f"full pipeline       : {t_full:6.2f} s  ({words / t_full:,.0f} words/s)")
    print(
        f"pipeline / bare     : {t_full / t_bare:.2f}"
        f"  (stages beyond parsing add {100 * (t_full / t_bare - 1):.0f}%)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
