# One entry point for people and CI: `make up`, `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
# Tests that start Ray or a server run in a loopback-only network namespace when the machine
# allows it: Ray then binds 127.0.0.1 and the run proves nothing is downloaded.
SANDBOX := $(shell unshare -n true 2>/dev/null && echo "unshare -n sh -c 'ip link set lo up && exec \"\$$0\" \"\$$@\"'")
PYTEST_ARGS ?=

.PHONY: install browser up test test-unit lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[train,dev]"
	touch $@

# The console's browser tests drive Debian's chromium through Playwright (a browser download
# via `playwright install` is not possible here); install it once if it is missing.
CHROMIUM ?= /usr/bin/chromium
browser:
	@test -x $(CHROMIUM) || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@test -x $(CHROMIUM)

up: install
	$(VENV)/bin/hive up

test: install browser
	$(SANDBOX) $(PY) -m pytest $(PYTEST_ARGS)

test-unit: install
	$(PY) -m pytest tests/unit $(PYTEST_ARGS)

# Hive against direct calls and Ray Serve (the [serve] extra); results and plots in bench-out/
bench: install
	$(PY) -m pip install -q -e ".[serve]"
	$(SANDBOX) $(VENV)/bin/hive bench

lint: install
	$(VENV)/bin/ruff check hive orchestrator specialists tests
	$(VENV)/bin/mypy hive orchestrator specialists

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
