from flashpoint.records import RemovalReason
from flashpoint.stages.clean import clean_text

ARTICLE = """A soldier stands guard at the border crossing.

By Jane Doe and Omar Haddad

A soldier stands guard at the border crossing.

The government closed the border on Monday after a week of clashes between the two armies, officials said.

Officials said the crossing would reopen once talks began, but gave no date for them.

The government closed the border on Monday after a week of clashes between the two armies, officials said.

Jane Doe is a senior fellow at the Institute for Peace Studies.

Share on Facebook

We use cookies to improve your experience.

Subscribe to our newsletter.
"""


def reasons(raw: str) -> list[tuple[str, RemovalReason]]:
    return [(r.text, r.reason) for r in clean_text(raw).removed]


def test_each_kind_of_boilerplate_is_removed_and_reported() -> None:
    got = dict(reasons(ARTICLE))
    assert got["By Jane Doe and Omar Haddad"] is RemovalReason.BYLINE
    assert got["Jane Doe is a senior fellow at the Institute for Peace Studies."] is RemovalReason.AUTHOR_BIO
    assert got["Share on Facebook"] is RemovalReason.CHROME
    assert got["We use cookies to improve your experience."] is RemovalReason.CHROME
    assert got["Subscribe to our newsletter."] is RemovalReason.FOOTER


def test_repeated_short_line_is_one_caption_outside_the_body() -> None:
    cleaned = clean_text(ARTICLE)
    caption = "A soldier stands guard at the border crossing."
    assert cleaned.captions == (caption,)
    assert caption not in cleaned.body
    kinds = [r.reason for r in cleaned.removed if r.text == caption]
    assert kinds == [RemovalReason.CAPTION, RemovalReason.DUPLICATE]


def test_repeated_long_paragraph_keeps_its_first_copy() -> None:
    cleaned = clean_text(ARTICLE)
    paragraph = "The government closed the border on Monday"
    assert cleaned.body.count(paragraph) == 1
    assert cleaned.body.startswith(paragraph)


def test_nothing_is_silently_lost() -> None:
    cleaned = clean_text(ARTICLE)
    kept = set(cleaned.body.split("\n\n")) | {r.text for r in cleaned.removed}
    for line in ARTICLE.splitlines():
        if line.strip():
            assert line.strip() in kept


def test_body_sentences_that_mention_boilerplate_words_stay() -> None:
    long_line = (
        "The minister said the newsletter published by the opposition had been banned, "
        "and that anyone who shared it on social media or signed up for its mailing list "
        "would face questioning by the police in the capital next week."
    )
    assert clean_text(long_line).body == long_line


def test_a_body_sentence_about_a_person_is_not_an_author_bio() -> None:
    line = "Nikol Pashinyan is the prime minister of Armenia."
    assert clean_text(line).body == line


def test_hard_wrapped_wire_copy_is_unwrapped_into_paragraphs() -> None:
    raw = (
        "Japan's 58.6 billion dlr trade surplus with the United\n"
        "States last year has come under fire in Congress.\n"
        "    President Reagan's decision won praise today from\n"
        "the two Democratic leaders of Congress.\n"
        "    Both countries expect to conclude the talks by August.\n"
        " Reuter\n"
    )
    body = clean_text(raw).body.split("\n\n")
    assert body[0] == (
        "Japan's 58.6 billion dlr trade surplus with the United States last year "
        "has come under fire in Congress."
    )
    assert body[1].startswith("President Reagan's decision") and body[1].endswith("leaders of Congress.")
    assert len(body) == 4 and clean_text(clean_text(raw).body).body == clean_text(raw).body


def test_a_name_broken_after_its_hyphen_is_joined_whole() -> None:
    from flashpoint.stages.clean import _join_wrapped

    assert _join_wrapped("the 6-1/2 year old Iran-", "Iraq war") == "the 6-1/2 year old Iran-Iraq war"
    assert _join_wrapped("a long-", "term loan") == "a long- term loan"
    assert _join_wrapped("with the United", "States") == "with the United States"


def test_wire_copy_lowers_a_function_word_capitalised_after_us() -> None:
    from flashpoint.stages.clean import _wire_case

    text = "Iran warned the U.S. And other countries. In the U.S. The company said."
    assert _wire_case(text) == "Iran warned the U.S. and other countries. In the U.S. The company said."
