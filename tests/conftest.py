"""Shared fixtures. Tests that read ../shared skip with a reason when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import Flashpoint, Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"

needs_shared = pytest.mark.skipif(
    not (SHARED / "seed" / "article.txt").exists(),
    reason="../shared is absent (a user's clone has no gold data)",
)


@pytest.fixture(scope="session")
def fp() -> Flashpoint:
    """One system for the session: the spaCy model loads once."""
    return Flashpoint(Settings())


@pytest.fixture(scope="session")
def nlp(fp: Flashpoint):  # type: ignore[no-untyped-def]
    fp.pipeline  # noqa: B018 - builds the parser
    assert fp._parser is not None
    return fp._parser.nlp


@pytest.fixture(scope="session")
def seed_document(fp: Flashpoint) -> dict:
    if not (SHARED / "seed" / "article.txt").exists():
        pytest.skip("../shared is absent")
    analysis = next(iter(fp.analyze_paths([str(SHARED / "seed" / "article.txt")], published="2012-06-12")))
    return fp.document(analysis)
