# Two commands do all the set-up: `make run` (the app) and `make test` (the whole suite).
# They need only Python 3.11+ with venv and make; .ci/run installs those on a bare Debian.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean bundle bundle-check

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || { echo "Python venv is missing: sudo apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[server,test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/servicepoint

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy servicepoint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python -m bench.bench_core
	$(BIN)/python -m bench.bench_receipts
	$(BIN)/python -m bench.bench_sync
	$(BIN)/python -m bench.bench_startup
	$(BIN)/python -m bench.bench_backup

# The desktop bundle and its installers (installer/build.py; README "For county technicians").
# Not part of `make test`. `bundle` builds dist/servicepoint and packs it (tar.gz on Linux,
# setup.exe on Windows); `bundle-check` also runs the bundle's --self-test offscreen and
# compiles the Windows installer script with makensis (CI runs it after `make test`).
BUNDLE_STAMP := $(VENV)/.bundle-installed

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BIN)/python installer/build.py

bundle-check: $(BUNDLE_STAMP)
	$(BIN)/python installer/build.py --check

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
