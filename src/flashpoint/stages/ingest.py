"""Ingest: files, directories, JSONL and stdin become `Article` records.

Each unreadable input becomes a `Failure` naming it and the reason, and the
rest of the batch goes on.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

import trafilatura

from ..config import Settings
from ..errors import ErrorCode, InputError
from ..records import Article, Failure

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
STDIN = "-"
# A share of control characters this high means bytes, not prose; real text,
# even scraped, carries none besides tabs and newlines.
_MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WS = re.compile(r"\s+")
# Fewer words than this from a page is navigation debris, not an article.
MIN_HTML_WORDS = 5


def content_hash(text: str) -> str:
    """Hash of the text with whitespace normalised: same prose, same article."""
    return hashlib.sha256(_WS.sub(" ", text).strip().encode("utf-8")).hexdigest()


def parse_published(value: str | None, source: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as e:
        raise InputError(ErrorCode.E109, f"{source}: {value!r}") from e


def decode(data: bytes, source: str, settings: Settings) -> str:
    """Bytes to text, refusing what is empty, huge, binary or not UTF-8."""
    if len(data) > settings.max_input_bytes:
        raise InputError(
            ErrorCode.E104,
            f"{source}: more than {settings.max_input_bytes:,} bytes",
        )
    if not data.strip():
        raise InputError(ErrorCode.E101, source)
    if b"\x00" in data[:8192]:
        raise InputError(ErrorCode.E102, f"{source}: contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(ErrorCode.E103, f"{source}: byte 0x{data[e.start]:02x} at offset {e.start}") from e
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise InputError(ErrorCode.E102, f"{source}: too many control characters")
    return text


def make_article(text: str, source: str, **meta: object) -> Article:
    digest = content_hash(text)
    return Article(article_id=digest[:16], source=source, text=text, content_hash=digest, **meta)


def html_to_text(html: str, source: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page, through trafilatura."""
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or len(text.split()) < MIN_HTML_WORDS:
        raise InputError(ErrorCode.E105, source)
    metadata = trafilatura.extract_metadata(html)
    return text, (metadata.title if metadata else None)


def read_text_file(data: bytes, source: str, settings: Settings, published: date | None) -> Article:
    text = decode(data, source, settings)
    return make_article(text, source, published=published)


def read_html_file(data: bytes, source: str, settings: Settings, published: date | None) -> Article:
    text, title = html_to_text(decode(data, source, settings), source)
    return make_article(text, source, title=title, published=published)


def article_from_json(line: str, source: str, settings: Settings) -> Article:
    """One JSONL record (`id`, `url`, `published`, `title`, `text`) to an Article."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(ErrorCode.E107, f"{source}: {e.msg} at column {e.colno}") from e
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(ErrorCode.E107, f"{source}: needs an object with a string 'text'")
    text = decode(record["text"].encode("utf-8"), source, settings)
    if "<html" in text[:500].lower():
        text, _ = html_to_text(text, source)
    return make_article(
        text,
        source,
        title=_optional_str(record.get("title")),
        url=_optional_str(record.get("url")),
        published=parse_published(_optional_str(record.get("published")), source),
        external_id=_optional_str(record.get("id")),
    )


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def read_jsonl(stream: Iterable[bytes], name: str, settings: Settings) -> Iterator[Article | Failure]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        source = f"{name}:{number}"
        try:
            line = raw.decode("utf-8")
            yield article_from_json(line, source, settings)
        except UnicodeDecodeError:
            yield Failure(source, ErrorCode.E103.name, f"{ErrorCode.E103.value}")
        except InputError as e:
            yield failure_from(e, source)


def failure_from(error: InputError, source: str) -> Failure:
    detail = error.detail if error.detail.startswith(source) else f"{source}: {error.detail}"
    reason = f"{error.code.value} ({detail.removeprefix(source).lstrip(': ')})"
    return Failure(source, error.code.name, reason.replace(" ()", ""))


def _is_jsonl(path: Path) -> bool:
    suffixes = path.suffixes
    return bool(suffixes) and (
        suffixes[-1] in JSONL_SUFFIXES or suffixes[-2:] in ([".jsonl", ".gz"], [".ndjson", ".gz"])
    )


def iter_files(path: Path) -> Iterator[Path]:
    """Files under a directory, sorted, skipping hidden ones."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(p.startswith(".") for p in child.relative_to(path).parts):
                yield child
    else:
        yield path


def read_path(path: Path, settings: Settings, published: date | None) -> Iterator[Article | Failure]:
    source = str(path)
    if not path.exists():
        yield Failure(source, ErrorCode.E108.name, "no such file or directory")
        return
    for file in iter_files(path):
        yield from read_file(file, settings, published)


def read_file(file: Path, settings: Settings, published: date | None) -> Iterator[Article | Failure]:
    source = str(file)
    if _is_jsonl(file):
        opener = gzip.open if file.suffix == ".gz" else open
        with opener(file, "rb") as stream:
            yield from read_jsonl(stream, source, settings)
        return
    suffix = file.suffix.lower()
    reader = read_html_file if suffix in HTML_SUFFIXES else read_text_file
    if suffix not in HTML_SUFFIXES | TEXT_SUFFIXES and suffix:
        yield Failure(source, ErrorCode.E108.name, f"unsupported file type {suffix!r}")
        return
    try:
        yield reader(_read_bytes(file, settings), source, settings, published)
    except InputError as e:
        yield failure_from(e, source)


def _read_bytes(file: Path, settings: Settings) -> bytes:
    """Read at most one byte past the limit, so a huge file is never loaded whole."""
    with file.open("rb") as handle:
        return handle.read(settings.max_input_bytes + 1)


def read_stdin(stream: BinaryIO, settings: Settings, published: date | None) -> Iterator[Article | Failure]:
    data = stream.read(settings.max_input_bytes + 1)
    try:
        yield read_text_file(data, "<stdin>", settings, published)
    except InputError as e:
        yield failure_from(e, "<stdin>")


def read_inputs(
    paths: Iterable[str],
    *,
    settings: Settings,
    published: date | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    """Articles from files, directories, JSONL (optionally gzipped) and stdin ("-")."""
    for name in paths:
        if name == STDIN:
            if stdin is not None:
                yield from read_stdin(stdin, settings, published)
            continue
        yield from read_path(Path(name), settings, published)
