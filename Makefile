# Two commands on a fresh machine: `make run` and `make test`. Everything they need is
# installed from nothing here, so a clean clone behaves like a developer's machine.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
CONDUCT := $(VENV)/bin/conduct
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install system-deps ingest run test lint bench eval clean

install: $(VENV)/.installed

# torch first and pinned: the local CPU wheel. Everything else in one pip command (holidays
# installed later on its own would downgrade python-dateutil below what chromadb needs).
$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -c constraints.txt -e '.[test]'
	touch $@

# Debian packages the tests use: a real browser and a real PostgreSQL server.
system-deps:
	@bash scripts/system-deps.sh

ingest: install
	HF_HUB_OFFLINE=1 $(CONDUCT) ingest

run: ingest
	HF_HUB_OFFLINE=1 $(CONDUCT) serve --host $(HOST) --port $(PORT)

# Lint, the test suite, then the governance team's evaluation gate over a freshly built index
# (report and JSON kept under var/eval/ for review).
test: install system-deps
	$(VENV)/bin/ruff check bot ingest eval tests
	$(VENV)/bin/mypy bot ingest eval
	HF_HUB_OFFLINE=1 $(VENV)/bin/python -m pytest -n 2 --dist loadfile
	HF_HUB_OFFLINE=1 $(CONDUCT) ingest
	HF_HUB_OFFLINE=1 $(CONDUCT) eval --gate --report var/eval/report.html --json var/eval/results.json

lint: install
	$(VENV)/bin/ruff check bot ingest eval tests
	$(VENV)/bin/mypy bot ingest eval

bench: install
	HF_HUB_OFFLINE=1 $(PY) -m eval.bench

eval: ingest
	HF_HUB_OFFLINE=1 $(CONDUCT) eval --report var/eval/report.html --json var/eval/results.json

clean:
	rm -rf var $(VENV)
