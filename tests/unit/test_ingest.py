"""Bad input gets one clear line naming it, and the rest of the batch goes on."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from flashpoint import Analysis, Failure, Flashpoint, Settings
from flashpoint.stages.ingest import read_inputs

GOOD = "Iran and Azerbaijan withdrew their ambassadors on Monday after a week of talks failed. " * 3
SPANISH = (
    "El gobierno de Irán retiró a su embajador en Bakú el lunes, después de una semana de "
    "conversaciones fallidas sobre la frontera y los derechos petroleros en el mar Caspio."
)


def write(tmp: Path, name: str, data: bytes) -> str:
    path = tmp / name
    path.write_bytes(data)
    return str(path)


def reasons(items: list) -> dict[str, str]:
    return {f.source: f.code for f in items if isinstance(f, Failure)}


def test_unreadable_files_fail_alone(tmp_path: Path) -> None:
    paths = [
        write(tmp_path, "empty.txt", b"  \n"),
        write(tmp_path, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00"),
        write(tmp_path, "latin1.txt", "Teherán y Bakú".encode("latin-1")),
        write(tmp_path, "page.html", b"<html><body><nav>Home</nav></body></html>"),
        write(tmp_path, "good.txt", GOOD.encode()),
        str(tmp_path / "missing.txt"),
        write(tmp_path, "data.pdf", b"%PDF-1.4"),
    ]
    items = list(read_inputs(paths, settings=Settings()))
    assert reasons(items) == {
        paths[0]: "E101",
        paths[1]: "E102",
        paths[2]: "E103",
        paths[3]: "E105",
        paths[5]: "E108",
        paths[6]: "E108",
    }
    assert [i.source for i in items if not isinstance(i, Failure)] == [paths[4]]


def test_a_huge_file_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a 50 MB file (sparse, of NUL bytes)
        handle.seek(0)
        handle.write(b"word " * 1000)
    [failure] = list(read_inputs([str(path)], settings=Settings()))
    assert isinstance(failure, Failure) and failure.code == "E104"
    assert str(path) in failure.line() and "too large" in failure.line()


def test_malformed_jsonl_lines_fail_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": GOOD, "published": "2012-06-12"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": GOOD + " More.", "published": "June 12th"}),
        json.dumps(["a list"]),
        json.dumps({"id": "d", "text": GOOD + " Other."}),
    ]
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    items = list(read_inputs([str(path)], settings=Settings()))
    assert reasons(items) == {
        f"{path}:2": "E107",
        f"{path}:3": "E107",
        f"{path}:4": "E109",
        f"{path}:5": "E107",
    }
    good = [i for i in items if not isinstance(i, Failure)]
    assert [a.external_id for a in good] == ["a", "d"]
    assert str(good[0].published) == "2012-06-12"


def test_stdin_is_read(tmp_path: Path) -> None:
    [article] = list(read_inputs(["-"], settings=Settings(), stdin=io.BytesIO(GOOD.encode())))
    assert article.source == "<stdin>"


@pytest.mark.slow
def test_non_english_text_fails_and_the_batch_goes_on(fp: Flashpoint, tmp_path: Path) -> None:
    paths = [write(tmp_path, "es.txt", SPANISH.encode()), write(tmp_path, "en.txt", GOOD.encode())]
    results = list(fp.analyze_paths(paths))
    assert isinstance(results[0], Failure) and results[0].code == "E106"
    assert isinstance(results[1], Analysis)
