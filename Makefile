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

test: $(STAMP)
	$(BIN)/ruff check desktop_app tests bench
	$(BIN)/ruff format --check desktop_app tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

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
