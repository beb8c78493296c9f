# Two commands a person needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: install run test lint bench

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

run: install
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py loaddata catalogue
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:$(PORT)

# axe-core for the accessibility checks in the browser tests (test-only; the site has no npm build).
node_modules/axe-core/axe.min.js: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility checks will be skipped (apt-get install npm)"; fi

test: install node_modules/axe-core/axe.min.js
	$(PY) -m pytest

bench: install  # BENCH_SECONDS=10 make bench for a quick run; needs wrk (apt-get install wrk)
	$(PY) bench/load.py

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
