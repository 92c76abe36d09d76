# The two commands: `make run` and `make test`. Everything else is a step of theirs.
# python3.11 where there is one (Debian bookworm's python3 is 3.11), else python3;
# pyproject's requires-python refuses anything older than 3.11.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
BENCH_STAMP := $(VENV)/.bench-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install gazetteer ingest-examples serve lint typecheck eval bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The `bench` extra (geotext, the gazetteer benchmark's reference peer).
$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install -q -c constraints.txt -e '.[dev,bench]'
	touch $(BENCH_STAMP)

gazetteer: install
	$(BIN)/citypact gazetteer build --if-missing

ingest-examples: gazetteer
	$(BIN)/citypact ingest examples

serve: install
	$(BIN)/citypact serve --host $(HOST) --port $(PORT)

run: ingest-examples serve

test: install
	$(BIN)/ruff check citypact tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$rc

eval: gazetteer
	$(BIN)/citypact eval ../shared/corpus/seeds
	$(BIN)/citypact eval ../shared/corpus/dev

bench: gazetteer $(BENCH_STAMP)
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) build dist *.egg-info
