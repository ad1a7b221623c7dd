# Everything sets itself up: a fresh clone needs only Python 3.11 and the package registry.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench clean

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
	$(BIN)/ruff check src tests benchmarks evaluation
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check src tests benchmarks evaluation
	$(BIN)/ruff format --check src tests benchmarks evaluation

bench: setup
	$(BIN)/python benchmarks/bench_pipeline.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache .ruff_cache
