# Everything sets itself up: a fresh clone needs only Python 3.11 and the package registry.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench screenshots clean

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
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

bench: setup
	$(BIN)/python benchmarks/bench_pipeline.py

# PNGs of the main pages for the README (needs Debian's chromium: apt-get install chromium)
screenshots: setup
	rm -f screenshots.db screenshots.db-wal screenshots.db-shm
	$(BIN)/storyline ingest examples/articles --db screenshots.db
	$(BIN)/python scripts/screenshots.py --db screenshots.db --output docs
	rm -f screenshots.db screenshots.db-wal screenshots.db-shm

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache .ruff_cache
