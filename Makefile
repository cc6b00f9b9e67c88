# Two commands a newcomer needs:  make demo   and   make test
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,embed]"
	touch $(STAMP)

install: $(STAMP)

## install, then analyse the bundled example article and print the report
demo: $(STAMP)
	$(BIN)/sitrep analyze src/sitrep/examples/shelling.txt --published 2024-03-10

## install, then run the whole test suite (what CI runs)
test: $(STAMP)
	$(BIN)/python -m pytest -q

## the benchmark commands whose figures go into closing notes
bench: $(STAMP)
	$(BIN)/sitrep bench seed --json
	$(BIN)/sitrep bench attribution --json
	$(BIN)/sitrep bench event-types --method cues --json
	$(BIN)/sitrep bench event-types --cv 5 --json
	$(BIN)/sitrep bench event-types --method sparse --cv 5 --json
	$(BIN)/sitrep bench event-types --cv 5 --no-rules --json
	$(BIN)/sitrep bench plover --json
	$(BIN)/sitrep bench geoparse --json
	$(BIN)/sitrep bench speed --n 500 --json
	$(BIN)/sitrep bench incidents --json
	$(BIN)/sitrep bench merge-scale --n 1000000 --json
	$(BIN)/sitrep bench incidents-store --n 50000 --json

clean:
	rm -rf $(VENV) build *.egg-info
