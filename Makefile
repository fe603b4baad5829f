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
## The tests get a broker of their own with fresh data (jars come from the ~/.m2 cache), so they
## never touch the data of a broker you run, and thousands of old test topics never slow its start.
TEST_KAFKA_HOME ?= $(CURDIR)/.kafka-test
test: install
	-MONITOR_KAFKA_HOME=$(TEST_KAFKA_HOME) $(BIN)/monitor kafka down
	rm -rf $(TEST_KAFKA_HOME)/data $(TEST_KAFKA_HOME)/logs
	MONITOR_KAFKA_HOME=$(TEST_KAFKA_HOME) $(BIN)/monitor kafka up
	MONITOR_KAFKA_HOME=$(TEST_KAFKA_HOME) $(BIN)/pytest; status=$$?; \
	  MONITOR_KAFKA_HOME=$(TEST_KAFKA_HOME) $(BIN)/monitor kafka down; exit $$status

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
