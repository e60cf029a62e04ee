# Two commands do all the set-up: `make run` (the app) and `make test` (the whole suite).
# They need Python 3.11+ with venv and make, and for the window the system libraries of Qt's
# xcb platform (servicepoint/platform_libs.py; README "Two commands"); .ci/run installs them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean bundle bundle-check

# Window tests that need the real display: `make test` runs this folder in a second pytest
# run, under Xvfb with Qt's xcb platform (scripts/xcb_tests.py); the offscreen run leaves it out.
XCB_TESTS := tests/ui/keyboard

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || { echo "Python venv is missing: sudo apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[server,test]'
	touch $(STAMP)

# Before the window: the libraries Qt's xcb plugin loads (as root it installs them; otherwise
# it prints the apt-get line in the operator's language and stops).
run: $(STAMP)
	$(BIN)/python -m servicepoint.platform_libs --quiet
	$(BIN)/servicepoint

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy servicepoint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q --ignore=$(XCB_TESTS)
	$(BIN)/python scripts/xcb_tests.py -q $(XCB_TESTS)

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
