# Two commands on a fresh machine: `make ingest` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.setup-stamp
DB     ?= out/press.sqlite
GOLD   ?= tests/data/gold/seeds.jsonl
BENCH_SIZES ?= 1000,6498
BENCH_REPEAT ?= 1

.PHONY: setup ingest crawl test eval lint bench train-ner clean lock help

help:
	@echo "make ingest   set up .venv and ingest raw/ into $(DB)"
	@echo "make test     run the test suite"
	@echo "make crawl    crawl the sources of sources.example.toml into $(DB)"
	@echo "make eval     score the pipeline on the gold data (fails below the pinned floors)"
	@echo "make lint     ruff + mypy"
	@echo "make bench    throughput and memory benchmark"
	@echo "make train-ner LANG=nl   train a spaCy NER on the dev set (nl or de), cross-validated"
	@echo "make clean    remove generated datasets and caches (keeps .venv)"

setup: $(STAMP)

$(STAMP): requirements.lock requirements-models.txt pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 is required"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-models.txt
	$(PY) -m pipeline.resources.models --check
	touch $(STAMP)

ingest: setup
	$(PY) -m pipeline ingest raw --db $(DB)

crawl: setup
	$(PY) -m pipeline crawl --sources sources.example.toml --db $(DB)

test: setup
	$(PY) -m pytest -q

eval: setup
	rm -f out/eval.sqlite out/eval.sqlite-*
	$(PY) -m pipeline ingest raw --db out/eval.sqlite --quiet || test $$? -eq 1
	$(PY) -m pipeline eval --gold $(GOLD) --db out/eval.sqlite --floors tests/data/eval_floors.json
	$(PY) -m benchmarks.evalrules --floors tests/data/eval_floors.json
	$(PY) -m benchmarks.evalhtml --floors tests/data/eval_floors.json
	$(PY) -m benchmarks.evalner --floors tests/data/eval_floors.json
	$(PY) -m benchmarks.evaldev --floors tests/data/eval_floors.json
	$(PY) -m benchmarks.evalnews --floors tests/data/eval_floors.json
	$(PY) -m benchmarks.evalevents --floors tests/data/eval_floors.json
	$(PY) -m benchmarks.evalfamilies --floors tests/data/eval_floors.json
	$(PY) -m benchmarks.evalheader --floors tests/data/eval_floors.json

lint: setup
	$(BIN)/ruff check pipeline benchmarks tests tools
	$(BIN)/mypy

bench: setup
	$(PY) -m benchmarks.bench --sizes $(BENCH_SIZES) --repeat $(BENCH_REPEAT)

# LANG is also the shell's locale variable: run Python in UTF-8 mode whatever it holds
train-ner: setup
	PYTHONUTF8=1 LC_ALL=C.UTF-8 $(PY) tools/train_ner.py --lang $(LANG) --save out/ner-$(LANG)

lock:
	$(PY) -m pip freeze --exclude-editable | grep -v -e core-web -e core-news -e core_web -e core_news > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf out/*.sqlite out/*.sqlite-* out/export .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
