"""The JSON document validates against the shipped schema."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from flashpoint import Flashpoint

from ..conftest import EXAMPLES

pytestmark = pytest.mark.slow
SCHEMA = json.loads((resources.files("flashpoint") / "schema" / "analysis-1.schema.json").read_text())


def test_example_documents_validate(fp: Flashpoint) -> None:
    results = list(fp.analyze_paths([str(EXAMPLES)], published="2023-06-01"))
    assert len(results) == 5  # 2 files and 3 JSONL records
    for analysis in results:
        document = fp.document(analysis)
        jsonschema.validate(document, SCHEMA)
        for m in document["mentions"]:
            text = document["body"] if m["field"] == "body" else None
            if text is not None:
                assert text[m["start"] : m["end"]] == m["text"]


def test_schema_rejects_a_broken_document(fp: Flashpoint) -> None:
    document = fp.document(fp.analyze_text("Iran and Iraq met in Baghdad.", published="2020-01-01"))
    document["actors"][0]["code"] = "Iran"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, SCHEMA)
