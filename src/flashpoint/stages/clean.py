"""Clean: take boilerplate out of an article and report every line removed.

Works line by line on the raw text (hard-wrapped wire copy is unwrapped into
paragraphs first). A line is removed when it is
- repeated: a short repeated line is a photo caption printed twice (kept once,
  as a caption, outside the body); a long repeated paragraph keeps its first copy;
- a caption by its markers ("Photo:", "(AP Photo/...)", "Getty Images");
- a byline ("By Jane Doe", "Reporting by ...") or an author bio
  ("Jane Doe is a fellow at the Institute.");
- subscription footers and page chrome (newsletter, share, cookie, copyright).

Only short lines can be boilerplate, so a body paragraph that mentions a
newsletter is never dropped. Cleaning is idempotent: cleaning a cleaned body
changes nothing (a property test holds it to that).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..records import CleanText, RemovalReason, RemovedLine

RULE = "clean.lines.v1"
# Captions and footers seen in scraped news run 3-30 words; body paragraphs
# are longer. 40 leaves room for long captions without touching paragraphs.
MAX_BOILERPLATE_WORDS = 40
_WS = re.compile(r"\s+")
_WIRE_CAPITAL = re.compile(r"(?<=\bU\.[SK]\. )(?:And|Or|Of|To|On|In|For|With|Against|By|From|Not)(?= [a-z])")
_NAME_HYPHEN_END = re.compile(r"\b[A-Z][a-z]+-$")
_INDENTED = re.compile(r"^[ \t]+\S")
# Wire services wrap copy at 60-80 characters and open paragraphs with an indent.
WRAP_WIDTH = 80
MIN_WRAPPED_LINES = 4
# Image captions in scraped news run 5-25 words.
MAX_CAPTION_WORDS = 30
_REPORTING = re.compile(r"\b(?:said|says|told|according to|announced)\b", re.IGNORECASE)

_CAPTION = re.compile(
    r"^(photo|image|picture|caption|photograph|file photo)\s*[:|-]"
    r"|\((?:ap|afp|reuters|getty)?\s*photo\b|\bgetty images\s*\)?\.?$"
    r"|^\(?(?:photo|image)\s+(?:by|credit|courtesy)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by|written by|story by|posted by|words by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*(?:\s*[,|].{0,60})?$"
    r"|^\(?(?:reporting|additional reporting|editing|writing) by\b",
    re.IGNORECASE,
)
_BIO_ROLES = (
    "intern|fellow|editor|writer|correspondent|journalist|professor|analyst|director|"
    "contributor|reporter|researcher|author|student|columnist|lecturer|scholar|associate|"
    "freelance|commentator|member"
)
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*\.?){1,3}\s+is\s+(?:a|an)\s+(?:\w+[\s-]+){0,4}?"
    rf"(?:{_BIO_ROLES})s?\b.*\b(?:at|with|for|of)\b[^.!?]*[.!]?$",
)
_FOOTER = re.compile(
    r"^(?:subscribe|sign up|get (?:more|the latest|our)|support (?:our|independent)|donate|"
    r"join our|download (?:our|the))\b"
    r"|\b(?:newsletter|in your inbox|all rights reserved|terms of (?:use|service)|privacy policy)\b"
    r"|©|\bcopyright\b",
    re.IGNORECASE,
)
# Footers and chrome run up to ~15 words; body sentences that merely mention a
# newsletter are longer or lack the imperative opening.
MAX_FOOTER_WORDS = 20
_CHROME = re.compile(
    r"^(share|tweet|print|email|comments?|leave a comment|advertisement|related|"
    r"read more|click here|skip to content|menu|home|follow us|share this|share on \w+|"
    r"back to top|sponsored|most read|trending)\b"
    r"|\bcookies?\b|\bfollow us on\b|\bshare (?:this|on)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    text: str  # whitespace-normalised

    @property
    def key(self) -> str:
        return self.text.casefold()

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_lines(raw: str) -> list[_Line]:
    """Non-empty lines with whitespace collapsed, numbered as in the raw text. Hard-wrapped
    wire copy is unwrapped first, so that each line is one paragraph: a name or a sentence
    broken over two lines ("with the United\nStates") would otherwise be read as two."""
    raw_lines = raw.splitlines()
    wrapped = _hard_wrapped(raw_lines)
    lines: list[_Line] = []
    previous_blank = True
    for number, line in enumerate(raw_lines):
        text = _WS.sub(" ", line).strip()
        if text and wrapped and lines and not previous_blank and not _INDENTED.match(line):
            lines[-1] = _Line(lines[-1].number, _join_wrapped(lines[-1].text, text))
        elif text:
            lines.append(_Line(number, text))
        previous_blank = not text
    return [_Line(line.number, _wire_case(line.text)) for line in lines] if wrapped else lines


def _wire_case(text: str) -> str:
    """Wire copy capitalises the word after "U.S." as if a sentence began there ("the U.S. And
    Britain", "warned the U.S. Not to intervene"); a function word goes back to lower case, so
    the parser reads one sentence and a coordination."""
    return _WIRE_CAPITAL.sub(lambda m: m.group(0).lower(), text)


def _join_wrapped(before: str, after: str) -> str:
    """Two wrapped lines as one; a line broken after a hyphen between names keeps the
    compound whole ("the Iran-\nIraq war" is "the Iran-Iraq war", not "Iran- Iraq")."""
    if _NAME_HYPHEN_END.search(before) and after[:1].isupper():
        return before + after
    return f"{before} {after}"


def _hard_wrapped(raw_lines: list[str]) -> bool:
    """Wire copy: short lines, with paragraphs opened by an indent rather than a blank line."""
    texts = [line for line in raw_lines if line.strip()]
    indented = sum(1 for line in texts if _INDENTED.match(line))
    short = sum(1 for line in texts if len(line) <= WRAP_WIDTH)
    return len(texts) >= MIN_WRAPPED_LINES and 2 <= indented < len(texts) and short >= 0.9 * len(texts)


def classify(line: _Line) -> RemovalReason | None:
    """The boilerplate kind of one line taken alone, or None for body text."""
    if line.words > MAX_BOILERPLATE_WORDS:
        return None
    if _CAPTION.search(line.text):
        return RemovalReason.CAPTION
    if _BYLINE.match(line.text) and line.words <= 15:
        return RemovalReason.BYLINE
    if _AUTHOR_BIO.match(line.text):
        return RemovalReason.AUTHOR_BIO
    if _FOOTER.search(line.text) and line.words <= MAX_FOOTER_WORDS:
        return RemovalReason.FOOTER
    if _CHROME.search(line.text) and line.words <= 12:
        return RemovalReason.CHROME
    return None


def clean_text(raw: str) -> CleanText:
    """Split `raw` into body, captions and removed lines (nothing is lost)."""
    lines = split_lines(raw)
    counts = Counter(line.key for line in lines)
    seen: set[str] = set()
    body: list[str] = []
    captions: list[str] = []
    removed: list[RemovedLine] = []
    for line in lines:
        reason = _reason(line, counts[line.key], line.key in seen, body_started=bool(body))
        seen.add(line.key)
        if reason is None:
            body.append(line.text)
            continue
        removed.append(RemovedLine(line.text, reason, line.number, RULE))
        if reason is RemovalReason.CAPTION and line.text not in captions:
            captions.append(line.text)
    return CleanText(body="\n\n".join(body), captions=tuple(captions), removed=tuple(removed))


def _reason(line: _Line, count: int, seen_before: bool, *, body_started: bool) -> RemovalReason | None:
    own = classify(line)
    if count == 1 or (own is not None and not seen_before):
        return own
    if seen_before:
        return RemovalReason.DUPLICATE
    if line.words <= MAX_CAPTION_WORDS and not body_started and not _REPORTING.search(line.text):
        # A short line printed twice above the text is a photo caption, which
        # scrapers emit once for the image and once for its caption. Reported
        # speech ("officials said") marks a duplicated lede instead.
        return RemovalReason.CAPTION
    return None  # first copy of a repeated body paragraph stays in the body
