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
# The explorer's front-end libraries: npm (package-lock.json) -> node_modules -> VENDOR,
# shipped as package data and served under /static/vendor. Both folders are git-ignored.
NPM ?= npm
VENDOR := citypact/web/static/vendor
VENDOR_STAMP := $(VENDOR)/.installed-stamp

.PHONY: run test install gazetteer ingest-examples serve lint typecheck eval bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# --ignore-scripts: no package needs a build step, and swagger-ui-dist's analytics
# dependency would phone home from its postinstall script.
$(VENDOR_STAMP): package.json package-lock.json Makefile
	$(NPM) ci --ignore-scripts --no-audit --no-fund --loglevel=error
	rm -rf $(VENDOR)
	mkdir -p $(VENDOR)/leaflet $(VENDOR)/world-atlas $(VENDOR)/swagger-ui
	cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css \
	  node_modules/leaflet/dist/images node_modules/leaflet/LICENSE $(VENDOR)/leaflet/
	cp node_modules/world-atlas/countries-50m.json node_modules/world-atlas/LICENSE \
	  $(VENDOR)/world-atlas/
	cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
	  node_modules/swagger-ui-dist/favicon-32x32.png node_modules/swagger-ui-dist/LICENSE \
	  $(VENDOR)/swagger-ui/
	cp node_modules/topojson-client/dist/topojson-client.min.js \
	  node_modules/cytoscape/dist/cytoscape.min.js node_modules/htmx.org/dist/htmx.min.js \
	  node_modules/vega/build/vega.min.js node_modules/vega-lite/build/vega-lite.min.js \
	  node_modules/vega-embed/build/vega-embed.min.js $(VENDOR)/
	touch $@

install: $(STAMP) $(VENDOR_STAMP)

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
	rm -rf $(VENV) build dist *.egg-info node_modules $(VENDOR)
