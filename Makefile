# AllGuide developer commands. `make run` and `make test` work on a fresh machine
# with Python 3.11+: on Linux they first check the system libraries Qt needs
# (tools/qt_system_libs.py) and install them when root or `sudo -n` can.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: system-libraries run test soak check lint typecheck contracts smoke screenshots validate readability compile-content compile-words bench bench-frozen translations dist deb clean

LANGUAGES := es fr ar
# The interface's translations as Qt loads them: built from translations/*.ts and
# committed, so installing AllGuide needs no Qt tools (tests/test_translations.py).
QM_FILES := $(LANGUAGES:%=resources/translations/allguide_%.qm)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## Qt's system libraries and a font (Linux): checked before anything starts Qt;
## installed with apt-get when root or `sudo -n` can, else the command to run is printed.
## One list: packaging/linux/system-libraries.txt.
system-libraries: $(STAMP)
	@$(BIN)/python tools/qt_system_libs.py

## Set up (once) and start the app.
run: system-libraries $(QM_FILES)
	$(BIN)/allguide

## Set up (once) and run the whole test suite offscreen.
test: system-libraries
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## The long soak: thousands of steps in one window; prints memory growth (minutes).
soak: system-libraries
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m soak -s tests/test_soak.py

## Static checks: ruff, mypy and the import contract keeping Qt out of the core.
check: lint typecheck contracts

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

validate: $(STAMP)
	$(BIN)/allguide validate

## How plain each page reads, per language (advice for editors: docs/content.md).
readability: $(STAMP)
	$(BIN)/allguide validate --readability

## After editing content: validate it and write resources/content/*/compiled.json (commit it).
compile-content: $(STAMP)
	$(BIN)/allguide compile-content

## After a pyspellchecker update: write resources/words/*.txt, search's word lists (commit them).
compile-words: $(STAMP)
	$(BIN)/allguide compile-words

smoke: system-libraries
	QT_QPA_PLATFORM=offscreen $(BIN)/allguide --smoke-test

## Start-up, search, content and memory figures, and the frozen build's start (it
## builds dist/ first; `make bench-frozen` runs that part alone).
bench: system-libraries dist
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/frozen_startup.py
	$(BIN)/python benchmarks/search_latency.py
	$(BIN)/python benchmarks/search_recall.py
	$(BIN)/python benchmarks/content_scaling.py
	$(BIN)/python benchmarks/soak_memory.py --steps 2000
	$(BIN)/python benchmarks/readability.py

## The frozen build's start against a bare PySide6 window frozen with PyInstaller's
## defaults (built once into benchmarks/results/frozen-cache), in the same run.
bench-frozen: dist
	$(BIN)/python benchmarks/frozen_startup.py

screenshots: system-libraries
	$(BIN)/allguide screenshots docs/screenshots

## Refresh translations/*.ts from every self.tr() string (translators fill them in),
## then compile them into resources/translations/*.qm (commit both).
translations: system-libraries
	for lang in $(LANGUAGES); do \
	  $(BIN)/pyside6-lupdate -no-obsolete -source-language en -target-language $$lang \
	    $$(git ls-files 'allguide/*.py') -ts translations/allguide_$$lang.ts; \
	  $(BIN)/pyside6-lrelease -silent translations/allguide_$$lang.ts \
	    -qm resources/translations/allguide_$$lang.qm; \
	done

# A .ts edited by hand (a translator's fix): `make run` compiles it first.
resources/translations/allguide_%.qm: translations/allguide_%.ts | system-libraries
	$(BIN)/pyside6-lrelease -silent $< -qm $@

DIST_BUDGET_MIB := 110

## The trimmed frozen build (PyInstaller, one folder): dist/allguide/, then its smoke
## test offscreen. Takes a minute or two; not part of `test` (docs/frozen-build.md).
dist: system-libraries $(QM_FILES)
	$(BIN)/python -m pip install --quiet -e ".[build]"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	QT_QPA_PLATFORM=offscreen dist/allguide/allguide --smoke-test
	@size=$$(du -sm dist/allguide | cut -f1); \
	  echo "dist/allguide: $$size MiB (budget $(DIST_BUDGET_MIB) MiB, docs/frozen-build.md)"; \
	  test $$size -le $(DIST_BUDGET_MIB) || { echo "dist/allguide is over budget" >&2; exit 1; }

## The Debian/Ubuntu package dist/allguide_<version>_amd64.deb made from dist/allguide,
## then lintian (errors fail). Needs dpkg-deb and lintian (docs/deb-notes.md);
## packaging/linux/check_deb_install.sh installs it on a fresh Debian (root).
DEB := dist/allguide_$(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' allguide/__init__.py)_amd64.deb
deb: dist
	@command -v lintian >/dev/null || { echo "make deb: needs lintian: sudo apt-get install lintian" >&2; exit 1; }
	$(BIN)/python packaging/linux/build_deb.py dist/allguide --out dist
	lintian --fail-on error $(DEB)
	@echo "$(DEB): $$(stat -c %s $(DEB) | awk '{printf "%.1f", $$1/1048576}') MiB," \
	  "$$(dpkg-deb -f $(DEB) Installed-Size | awk '{printf "%.0f", $$1/1024}') MiB installed"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
