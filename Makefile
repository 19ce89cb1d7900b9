# Two commands on a fresh machine with Python 3.11+ and make: `make demo`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test schema models clean

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("newsprobe needs Python 3.11 or newer, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsprobe check examples/syria-jets.txt

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Regenerate the published JSON schema from the code (a test checks it is current).
schema: $(STAMP)
	$(BIN)/newsprobe schema --out docs/report-schema.json

# Rebuild every shipped model artifact from ../shared/data (spin and stitching need wordnet-base).
models: $(STAMP)
	$(BIN)/python training/attribution.py
	$(BIN)/python training/quote_tagger.py --blend-only
	$(BIN)/python training/stance.py
	$(BIN)/python training/spin.py
	$(BIN)/python training/stitching.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
