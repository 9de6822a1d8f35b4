"""A cheap English check, so non-English articles fail clearly instead of
producing nonsense from an English model."""

from __future__ import annotations

import re

from ..config import Settings
from ..errors import ErrorCode, InputError

# Closed-class English words: frequent in any English prose, rare elsewhere.
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "that",
        "is",
        "was",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "its",
        "this",
        "be",
        "are",
        "were",
        "has",
        "have",
        "had",
        "not",
        "but",
        "or",
        "an",
        "which",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
        "will",
        "would",
        "been",
        "who",
        "said",
        "after",
        "into",
        "than",
        "also",
        "more",
        "other",
        "over",
        "about",
    ]
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_ratio(text: str) -> tuple[float, int]:
    """Share of words that are English function words, and the word count."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    return sum(w in _FUNCTION_WORDS for w in words) / len(words), len(words)


def check_english(text: str, source: str, settings: Settings) -> None:
    ratio, count = english_ratio(text)
    if count >= settings.language_min_words and ratio < settings.min_english_ratio:
        raise InputError(ErrorCode.E106, f"{source}: {ratio:.2f} of words are English function words")
