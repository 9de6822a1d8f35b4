from hypothesis import given, settings
from hypothesis import strategies as st

from flashpoint.stages.clean import clean_text

words = st.sampled_from(
    [
        "Iran",
        "said",
        "the",
        "border",
        "Subscribe",
        "newsletter",
        "By",
        "Photo:",
        "is",
        "an",
        "intern",
        "at",
        "Share",
        "cookies",
        "Baku",
        "agreed",
        ".",
        "Jane",
        "Doe",
    ]
)
lines = st.lists(words, min_size=1, max_size=45).map(" ".join)
documents = st.lists(lines, min_size=1, max_size=12).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_cleaning_is_idempotent(raw: str) -> None:
    once = clean_text(raw)
    twice = clean_text(once.body)
    assert twice.body == once.body
    assert twice.removed == ()


@settings(max_examples=300, deadline=None)
@given(documents)
def test_every_line_is_kept_or_reported(raw: str) -> None:
    cleaned = clean_text(raw)
    kept = set(cleaned.body.split("\n\n")) | {r.text for r in cleaned.removed}
    for line in raw.splitlines():
        normalised = " ".join(line.split())
        if normalised:
            assert normalised in kept
