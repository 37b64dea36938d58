# Arkivar — the two set-up commands are `make demo` and `make test` (see README.md).
PYTHON ?= python3
DB ?= output/arkivar.db
PORT ?= 8001

.PHONY: setup demo ingest serve test test-fast corpus scaled-corpus train bench

setup:
	bash scripts/setup.sh

## Build output/arkivar.db from the bundled corpus and open it in Datasette.
demo: setup ingest serve

ingest:
	arkivar ingest corpus/documents corpus/seeds/*.txt --db $(DB) --workers 2

serve:
	arkivar serve --db $(DB) --port $(PORT) --open

## Install what the tests need, then run every test.
test: setup
	$(PYTHON) -m pytest -q

test-fast: setup
	$(PYTHON) -m pytest -q -m "not slow"

## Rebuild corpus/documents and corpus/broken from corpus/seeds + corpus/expected (needs LibreOffice).
corpus:
	$(PYTHON) -m corpus.generate.build

## A large generated corpus for benchmarks (not committed): make scaled-corpus N=20 Q=4 OUT=/tmp/arkivar-scaled
N ?= 10
Q ?= 4
OUT ?= /tmp/arkivar-scaled
scaled-corpus:
	$(PYTHON) -m corpus.generate.scaled --municipalities $(N) --quarters $(Q) --out $(OUT)

## Retrain the statement classifier and the name CRF into models/trained/ and print the classifier's held-out scores.
train:
	$(PYTHON) -m models.train
	$(PYTHON) -m models.train_crf
