# ctnet: two commands from a fresh clone (Python 3.11 + pip only):
#   make demo   creates .venv, installs ctnet, analyses seeds/ into out/
#   make test   installs the test extras (and Debian chromium for browser tests) and runs the suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.ctnet-installed
TSTAMP := $(VENV)/.ctnet-test-installed

.PHONY: demo test bench docs clean chromium lint typecheck bytecode

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(TSTAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install -q -e ".[test,leiden,dask]"
	@touch $@

# An editable install leaves ctnet's modules uncompiled, and with PYTHONDONTWRITEBYTECODE set (as on
# some CI machines) every run would compile them again (about 0.2 s of each start): compile them once,
# as pip does for a regular install. Only changed files are compiled again. The same goes for the
# extraction rules' regular expressions (about 0.35 s of each start): ctnet keeps them compiled in a
# cache next to the bytecode (ctnet/actors/_rxcache.py), which this writes.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q ctnet
	@$(BIN)/python -c "import ctnet.actors._rxcache as c; c.build()"

demo: $(STAMP) bytecode
	$(BIN)/ctnet analyze seeds/ -o out/ --force
	@mkdir -p docs/img && cp out/network.png docs/img/seed-network.png
	@echo "Results are in out/ (open out/index.html or out/network.html)."

chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "installing Debian chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "chromium could not be installed: browser tests will skip"; \
	  else echo "chromium missing and not root: browser tests will skip"; fi; }

test: $(TSTAMP) chromium
	$(BIN)/python -m pytest -q

docs: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[docs]"
	$(BIN)/python tools/gen_cli_docs.py
	$(BIN)/mkdocs build --strict --site-dir site

bench: $(STAMP) bytecode
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf out build dist *.egg-info .pytest_cache
