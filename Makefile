# Everything a fresh machine needs is installed from here: no step by hand.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck layers bench venv clean translations

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# The window on the demo ledger. On a machine without a screen (no DISPLAY, no Wayland),
# the screens are rendered to screenshots/ instead, so the command still shows something.
run: $(STAMP)
	@if [ "$$(uname -s)" = Linux ] && [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		echo "No screen here: rendering every screen of the demo to screenshots/ instead."; \
		QT_QPA_PLATFORM=offscreen $(BIN)/cloud-credit gui --demo --screenshot screenshots; \
	else \
		$(PY) -m desktop_app.ui.system_libs && $(BIN)/cloud-credit gui --demo; \
	fi

# Every test offscreen (fast, no screen needed), then the window tests marked xcb again under
# a real X server (Xvfb, started by pytest-xvfb): focus, Tab order, geometry, the dark palette.
# The PostgreSQL tests (issue 9) run on a throwaway cluster (.ci/pg-server: socket-only, in a
# temp folder), started here and stopped afterwards, also when a test fails.
test: $(STAMP) xvfb postgres
	$(BIN)/ruff check desktop_app tests bench
	$(BIN)/ruff format --check desktop_app tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	@dir=$$(mktemp -d /tmp/ccd-pg.XXXXXX); \
	trap '.ci/pg-server stop "'"$$dir"'"' EXIT; \
	url=$$(PG_SERVER_FAST=1 .ci/pg-server start "$$dir") || url=""; \
	echo "PostgreSQL for the tests: $${url:-none (the PostgreSQL tests skip)}"; \
	CLOUD_CREDIT_TEST_PG="$$url" QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --no-xvfb -m "not xcb"
	QT_QPA_PLATFORM=xcb $(PY) -m pytest -q -m xcb tests/ui

# Xvfb for the xcb tests: Debian's xvfb (and xauth) and the X11 libraries Qt's xcb platform needs
# (ui/system_libs.py names them), installed quietly when missing (as root;
# otherwise the command to run is printed and the xcb tests fail with pytest-xvfb's words).
.PHONY: xvfb
xvfb: $(STAMP)
	@missing=""; \
	command -v Xvfb >/dev/null 2>&1 || missing="$$missing xvfb"; \
	command -v xauth >/dev/null 2>&1 || missing="$$missing xauth"; \
	libs="$$($(PY) -m desktop_app.ui.system_libs --packages)"; \
	[ -z "$$libs" ] || missing="$$missing $$libs"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing$$missing for the window tests under X"; \
			DEBIAN_FRONTEND=noninteractive apt-get -qq update >/dev/null && \
			DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends$$missing >/dev/null; \
		else \
			echo "The window tests under X need:$$missing (sudo apt-get install$$missing)"; \
		fi; \
	fi

# PostgreSQL for the team ledger's tests: Debian's postgresql, installed quietly when missing
# (as root; otherwise the command to run is printed and those tests skip, or fail under CI).
.PHONY: postgres
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing postgresql for the team ledger's tests"; \
			DEBIAN_FRONTEND=noninteractive apt-get -qq update >/dev/null && \
			DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends postgresql >/dev/null; \
		else \
			echo "The team ledger's tests need PostgreSQL (sudo apt-get install postgresql)"; \
		fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check desktop_app tests bench
	$(BIN)/ruff format --check desktop_app tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# After changing a user-visible string in desktop_app/ui: extract, fill the French, compile.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(shell find desktop_app/ui -name "*.py" | sort) -ts resources/translations/cloud_credit_desk_fr.ts -no-obsolete
	$(PY) resources/translations/fill_fr.py
	$(BIN)/pyside6-lrelease resources/translations/cloud_credit_desk_fr.ts -qm resources/translations/cloud_credit_desk_fr.qm

# The desktop build (build.spec, PyInstaller): dist/cloud-credit-desk/, a folder that runs on a
# machine without Python, and dist/cloud-credit-desk-<version>-<system>-<machine>.tar.gz (.zip on
# Windows) to hand out. `make dist-check` runs a copy of that folder away from this checkout.
.PHONY: dist dist-check
DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

dist-check: $(DIST_STAMP)
	env -u PYTHONPATH $(PY) packaging/dist_check.py
