# Two commands a person needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: install run test lint bench translations

# What running the site needs (make run), then the test tools on top (make test, make install).
$(VENV)/.run-installed: pyproject.toml
	@echo "== Installing what Pore Guide needs to run into $(VENV) (first run only)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed: $(VENV)/.run-installed
	@echo "== Installing the test and lint tools into $(VENV)"
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $@

# The interface's translations (locale/nl/LC_MESSAGES/django.po) compiled to the .mo files Django reads,
# again whenever a .po changes; with Babel, so GNU gettext isn't needed (.mo files are not committed).
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/*.po))
$(MO_FILES): %.mo: %.po $(VENV)/.run-installed
	DEBUG=1 $(PY) manage.py compile_translations $<

translations: $(MO_FILES)

install: $(VENV)/.installed translations

# Never overwrites the catalogue: the fixture is loaded into an empty one only (a new database).
# A newer fixture goes into a live database with `manage.py update_catalogue` (README: Curators).
run: $(VENV)/.run-installed translations
	@echo "== Applying database migrations"
	DEBUG=1 $(PY) manage.py migrate --noinput
	@echo "== Loading fixtures/catalogue.json if the catalogue is empty (curated edits are kept)"
	DEBUG=1 $(PY) manage.py load_catalogue_if_empty
	@echo "== Serving http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
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
	$(VENV)/bin/lint-imports
