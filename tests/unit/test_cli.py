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


def test_reference_import_skips_bad_rows_and_feeds_the_corpus_brief(tmp_path: Path) -> None:
    db = str(tmp_path / "x.duckdb")
    table = tmp_path / "milex.csv"
    table.write_text(
        "country,attribute,year,value,unit,source\n"
        "MLI,military_expenditure,2023,500000000,USD,test figures\n"
        "Mali,military_expenditure,2023,1,USD,test figures\n"
        "NER,military_expenditure,20x3,1,USD,test figures\n",
        encoding="utf-8",
    )
    result = flashpoint("reference", str(table), "--db", db)
    assert result.returncode == 1
    assert f"{table}:3: country 'Mali' is not an ISO 3166-1 alpha-3 code" in result.stderr
    assert f"{table}:4: year '20x3' is not a number" in result.stderr
    assert "1 reference rows imported, 2 skipped" in result.stdout
    assert flashpoint("ingest", str(EXAMPLES / "sahel-border.txt"), "--db", db).returncode == 0
    out = tmp_path / "brief.html"
    result = flashpoint("brief", "--db", db, "--format", "html", "-o", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<h1>Brief: stored articles (all)</h1>" in page and "<h2>Sources</h2>" in page


def test_reference_file_without_required_columns_is_an_error(tmp_path: Path) -> None:
    table = tmp_path / "bad.csv"
    table.write_text("country,value\nMLI,1\n", encoding="utf-8")
    result = flashpoint("reference", str(table), "--db", str(tmp_path / "x.duckdb"))
    assert result.returncode == 1
    assert "E403" in result.stderr and "attribute, year, unit, source" in result.stderr


def test_train_relations_writes_a_model_the_pipeline_can_load(tmp_path: Path) -> None:
    out = tmp_path / "model"
    gold = ROOT / "tests" / "gold" / "claims-relations-opeds-a.jsonl"
    corpus = ROOT / "tests" / "corpora" / "opeds-a.jsonl"
    result = flashpoint("train-relations", str(gold), "--corpus", str(corpus), "--out", str(out))
    assert result.returncode == 0, result.stderr
    pairs = int(result.stdout.split(" pairs named together")[0])
    assert pairs > 8  # eight op-eds, each naming several countries together
    from flashpoint.stages.relations import load_classifier

    assert load_classifier({}, 0.5).model.meta["name"] == "flashpoint_relations"
    import spacy

    assert spacy.load(out).get_pipe("textcat_multilabel").labels == ("POS", "NEG", "ALLIANCE", "HOSTILE")
