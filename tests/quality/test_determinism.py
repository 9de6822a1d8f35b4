"""The same article gives the same analysis whatever order Python's sets happen to iterate in:
a rule that picks "the first" of a set (prepositions, countries) must not depend on the hash
seed. Two interpreters with different PYTHONHASHSEED analyse the same op-eds and must agree."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.slow

SCRIPT = """
import json, sys
from flashpoint import Flashpoint
fp = Flashpoint()
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    item = json.loads(line)
    document = fp.document(fp.analyze_text(item["text"], published=item["published"]))
    out.append({k: document[k] for k in ("events", "claims", "relations")})
print(json.dumps(out, sort_keys=True))
"""


def _analysis(corpus: str, seed: str) -> list[dict]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, corpus], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_the_analysis_does_not_depend_on_the_hash_seed() -> None:
    corpus = str(ROOT / "tests" / "corpora" / "opeds-m.jsonl")
    assert _analysis(corpus, "1") == _analysis(corpus, "2")
