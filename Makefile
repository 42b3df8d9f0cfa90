# The project's verbs. `make book` builds the HTML book, `make test` runs every test; both set up
# .venv themselves (pinned requirements from requirements.txt, the newsbook package editable).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANIFEST ?= data/corpus.csv
NAME ?= corpus
PARAMS ?=
PORT ?= 8000
PYTEST_ARGS ?=
# Fixed string hashing: the same inputs give the same bytes (and the command need not restart itself to pin it).
export PYTHONHASHSEED := 0

.PHONY: book test chapter serve clean bench scores lab browser help
.DEFAULT_GOAL := help

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

book: $(VENV)/.installed  ## execute every chapter (in parallel) and build the HTML book in _build/html
	$(PY) -m newsbook --manifest $(MANIFEST) book

test: $(VENV)/.installed browser  ## run the whole test suite (builds the book on the way)
	$(PY) -m pytest $(PYTEST_ARGS)

chapter: $(VENV)/.installed  ## rerun one chapter: make chapter NAME=corpus PARAMS='-p manifest other.csv'
	$(PY) -m newsbook --manifest $(MANIFEST) run $(NAME) $(PARAMS)

serve: book  ## serve the built book on http://127.0.0.1:$(PORT)
	$(PY) -m http.server --bind 127.0.0.1 --directory _build/html $(PORT)

lab: $(VENV)/.installed  ## open the chapters in JupyterLab (installed into .venv on first use)
	$(PY) -m pip install --quiet --disable-pip-version-check jupyterlab==4.6.6
	$(VENV)/bin/jupyter lab chapters/

scores: $(VENV)/.installed  ## rescore the held-out sets after a rule change (the who-says chapter quotes the stored figures)
	$(PY) -m newsbook.quote_eval

bench: $(VENV)/.installed  ## measure build speed and library throughput (benchmarks/README.md)
	$(PY) benchmarks/bench.py

browser:  ## install headless Chromium for the browser test, where it is missing and we may
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser test"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing and cannot be installed here: the browser test will be skipped"; fi; \
	fi

clean:  ## remove every build product (executed notebooks, HTML, runs)
	rm -rf _build
