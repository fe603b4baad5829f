# Two entry points: `make run` (the product, end to end) and `make test` (the whole suite).
# Both build .venv from scratch when it is missing or stale; nothing is installed by hand.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test unit integration kafka-up kafka-down bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --constraint constraints.txt --editable '.[test]'
	touch $(STAMP)

install: $(STAMP)

## run: local broker + worker + seed replay; shows alerts and the fact table until Ctrl-C
run: install
	$(BIN)/monitor run

## test: unit tests and integration tests against a real Kafka broker
test: install
	$(BIN)/monitor kafka up
	$(BIN)/pytest

unit: install
	$(BIN)/pytest tests/unit

integration: install
	$(BIN)/monitor kafka up
	$(BIN)/pytest tests/integration

kafka-up: install
	$(BIN)/monitor kafka up

kafka-down: install
	$(BIN)/monitor kafka down

bench: install
	$(BIN)/monitor bench all

clean:
	rm -rf $(VENV) var .pytest_cache
