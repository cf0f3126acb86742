# Two commands on a fresh machine (Python 3.11+ and make): `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck unit bench bytecode clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(MAKE) --no-print-directory bytecode
	$(BIN)/briefbot facts check  # validates the facts and warms the answer engine's cache
	touch $(STAMP)

## Run the bot: Slack and/or Discord when tokens are set, else the local console.
run: $(STAMP)
	$(BIN)/briefbot run

## Lint, type-check, validate the fact base and run the whole test suite, one pytest worker
## per core (pytest-xdist; at most four): scoring the question sets is most of its time.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/briefbot facts check
	bash scripts/pytest-with-postgres.sh $(BIN)/pytest -n auto --maxprocesses 4

bench: $(STAMP) bytecode
	$(BIN)/python -m benchmarks

## Compile our modules' bytecode, as installing a wheel does: an editable install leaves that
## to the first import, which skips it when PYTHONDONTWRITEBYTECODE is set, and `briefbot ask`
## then compiles every module on every run (about 100 ms).
bytecode:
	$(BIN)/python -m compileall -q bot briefings benchmarks

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache
