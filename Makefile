# wasmlit developer entry points. Every target is idempotent and quick when already done.
#   make venv    .venv with Python 3.12 + pip install -e '.[dev]'
#   make web     npm ci + npm run build in web/ (-> web/dist)
#   make assets  fetch + verify the Pyodide core into ~/.cache/wasmlit (WASMLIT_CACHE)
#   make demo    serve examples/counter on http://127.0.0.1:8501/
#   make test    web tests (npm test) + Python tests (pytest); installs chromium if missing
#   make bench   bench/run.py
#   make parity-venv  .venv-streamlit with real Streamlit 1.67.0 (reference side of tests/parity)
SHELL := /bin/bash
.DEFAULT_GOAL := help
.PHONY: help venv web assets demo test bench chromium databases clean parity-venv

VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.wasmlit-dev.stamp
PORT  ?= 8501

# First interpreter that really is Python 3.12 (with venv): $PYTHON312, python3.12 on PATH,
# pyenv's 3.12.x (newest first), then system locations.
define FIND_PY312
for c in "$${PYTHON312:-}" python3.12 \
    $$(ls -d "$${PYENV_ROOT:-$$HOME/.pyenv}"/versions/3.12.*/bin/python3.12 2>/dev/null | sort -rV) \
    /usr/local/bin/python3.12 /usr/bin/python3.12; do \
  [ -n "$$c" ] || continue; \
  "$$c" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info[:2] != (3, 12))' >/dev/null 2>&1 \
    && { command -v "$$c"; exit 0; }; \
done; exit 1
endef

help:
	@sed -n '2,9s/^# //p' Makefile

venv: $(STAMP)

$(STAMP): pyproject.toml
	@py="$$( $(FIND_PY312) )" || { \
	  echo "error: Python 3.12 (with the venv module) is required for the tooling (pyodide-build needs it)." >&2; \
	  echo "  install one of: 'pyenv install 3.12'  |  'apt-get install python3.12 python3.12-venv'" >&2; \
	  echo "  or point PYTHON312=/path/to/python3.12 at an existing one." >&2; exit 1; }; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null; then \
	  echo "creating $(VENV) with $$py"; rm -rf $(VENV); "$$py" -m venv $(VENV); fi
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]' 2> >(grep -v '^WARNING: Location' >&2)
	@touch $@

# ---- web/ (owned by the web engineer; we only drive npm)
NPM_STAMP := web/node_modules/.wasmlit-npm.stamp
WEB_SRC   := $(shell find web -path web/node_modules -prune -o -path web/dist -prune -o -type f -print 2>/dev/null)

web: web/dist/index.html

$(NPM_STAMP): $(wildcard web/package.json web/package-lock.json)
	@test -f web/package.json || { echo "error: web/package.json is missing" >&2; exit 1; }
	cd web && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
	@touch $@

web/dist/index.html: $(NPM_STAMP) $(WEB_SRC)
	cd web && npm run build
	@test -f $@ || { echo "error: 'npm run build' did not write web/dist/index.html" >&2; exit 1; }
	@touch $@

assets: venv
	$(PY) build.py assets

chromium:
	@test -x /usr/bin/chromium || { \
	  echo "installing Debian chromium (needed by browser tests)"; \
	  export DEBIAN_FRONTEND=noninteractive; apt-get update -q && apt-get install -y -q chromium; }

demo: venv web
	$(PY) build.py serve examples/counter --port $(PORT)

# PostgreSQL + MariaDB on loopback for tests/endpoint (apt-installed/started when missing)
databases:
	@bash tests/endpoint/start_databases.sh

# ---- tests/parity: real Streamlit 1.67.0 in its own venv (the reference side of the parity harness)
ST_VENV  := .venv-streamlit
ST_STAMP := $(ST_VENV)/.streamlit-1.67.0.stamp

parity-venv: $(ST_STAMP)

$(ST_STAMP):
	@py="$$( $(FIND_PY312) )" || { echo "error: Python 3.12 (with the venv module) is required for $(ST_VENV)." >&2; exit 1; }; \
	if [ ! -x $(ST_VENV)/bin/python ] || ! $(ST_VENV)/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null; then \
	  echo "creating $(ST_VENV) with $$py"; rm -rf $(ST_VENV); "$$py" -m venv $(ST_VENV); fi
	$(ST_VENV)/bin/python -m pip install -q --disable-pip-version-check streamlit==1.67.0 pandas numpy altair 2> >(grep -v "^WARNING: Location" >&2)
	@touch $@

test: venv web chromium databases parity-venv
	cd web && npm test
	$(PY) -m pytest

bench: venv web
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) $(ST_VENV) web/dist .pytest_cache
