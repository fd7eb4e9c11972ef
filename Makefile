# Two commands a user needs: `make demo` and `make test`. Each sets up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Core install: enough to audit a dataset.
$(VENV)/.core: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

# Test install: adds the TensorFlow/Keras parts and the test tools.
$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[tensorflow,dev]'
	touch $(VENV)/.core $@

demo: $(VENV)/.core
	$(BIN)/dataaudit demo

test: $(VENV)/.dev
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build demo-data .pytest_cache
