from __future__ import annotations

from dataclasses import dataclass

import pytest

from flashpoint import Failure, Settings
from flashpoint.pipeline import Draft, Pipeline, check_order
from flashpoint.stages.ingest import make_article
from flashpoint.stages.parse import load_model


@dataclass
class FakeStage:
    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def run(self, drafts):  # type: ignore[no-untyped-def]
        return [d.done(self.name) for d in drafts]


def test_build_checks_that_requirements_come_first() -> None:
    clean = FakeStage("clean", frozenset({"article"}), frozenset({"clean"}))
    parse = FakeStage("parse", frozenset({"clean"}), frozenset({"docs"}))
    check_order([clean, parse])
    with pytest.raises(ValueError, match="parse"):
        check_order([parse, clean])


def test_failures_pass_through_in_order_and_others_run() -> None:
    stage = FakeStage("clean", frozenset({"article"}), frozenset({"clean"}))

    class Cleaner(FakeStage):
        def run(self, drafts):  # type: ignore[no-untyped-def]
            from flashpoint.records import CleanText

            return [d.done(self.name, clean=CleanText(d.article.text)) for d in drafts]

    pipeline = Pipeline((Cleaner(stage.name, stage.requires, stage.provides),), batch_size=2)
    failure = Failure("bad.txt", "E101", "input is empty")
    items = [make_article("one", "a"), failure, make_article("two", "b")]
    out = list(pipeline.run(items))
    assert out[1] is failure
    assert [o.article.source for o in (out[0], out[2])] == ["a", "b"]  # type: ignore[union-attr]
    assert isinstance(Draft(article=make_article("x", "y")).done("s"), Draft)
    assert Settings().batch_size > 0


def test_an_article_that_breaks_a_stage_fails_alone() -> None:
    class Fragile(FakeStage):
        def run(self, drafts):  # type: ignore[no-untyped-def]
            from flashpoint.records import CleanText

            if any(d.article.text == "boom" for d in drafts):
                raise ValueError("cannot code this")
            return [d.done(self.name, clean=CleanText(d.article.text)) for d in drafts]

    pipeline = Pipeline((Fragile("claims", frozenset({"article"}), frozenset()),), batch_size=3)
    out = list(pipeline.run([make_article("fine", "a"), make_article("boom", "b"), make_article("ok", "c")]))
    assert [type(o).__name__ for o in out] == ["Analysis", "Failure", "Analysis"]
    assert isinstance(out[1], Failure) and out[1].code == "E199" and "claims" in out[1].reason


def test_a_sentence_never_runs_over_a_paragraph_break() -> None:
    nlp = load_model(Settings().model)
    doc = nlp("Nearly 90 pct of the surplus was with the U.S.\n\nVice Economic Minister Wang agreed.")
    assert [s.text.strip() for s in doc.sents] == [
        "Nearly 90 pct of the surplus was with the U.S.",
        "Vice Economic Minister Wang agreed.",
    ]
