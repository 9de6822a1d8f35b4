"""The CLI: exit codes, one clear line per bad input, documented commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from flashpoint.cli import main

from ..conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow


def flashpoint(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flashpoint", *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_ingest_reports_bad_inputs_and_exits_nonzero(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = flashpoint(
        "ingest", str(bad), str(EXAMPLES / "sahel-border.txt"), "--db", str(tmp_path / "x.duckdb")
    )
    assert result.returncode == 1
    assert f"{bad}: input is empty [E101]" in result.stderr
    assert "1 new articles stored" in result.stdout


def test_analyze_json_from_stdin() -> None:
    text = "Baku refused entry to a senior aide to Iran's Supreme Leader."
    result = flashpoint("analyze", "-", "--published", "2012-06-12", "--format", "json", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert [a["code"] for a in document["actors"]] == ["AZE", "IRN"]


def test_bad_date_is_a_usage_error() -> None:
    result = flashpoint("analyze", "x.txt", "--published", "12/06/2012")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


def test_every_command_has_an_example_and_is_documented() -> None:
    readme = (ROOT / "README.md").read_text() + (ROOT / "docs" / "cli.md").read_text()
    for name, command in main.commands.items():
        assert "Example:" in (command.help or ""), name
        assert f"flashpoint {name}" in readme, name
