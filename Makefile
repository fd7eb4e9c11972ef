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

# Writes the dataset to demo-data/ and the HTML report beside it (not inside: it would be audited next time);
# on a desktop terminal it also opens the report in the browser.
demo: $(VENV)/.core
	$(BIN)/dataaudit demo --format html --output demo-report.html

# The HTML report's browser tests need Debian's chromium: install it when missing (they skip, saying so, if that fails).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo -n)
APT_CHROMIUM := DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium

test: $(VENV)/.dev
	@command -v chromium >/dev/null 2>&1 || $(SUDO) sh -c '$(APT_CHROMIUM) || (apt-get update -q && $(APT_CHROMIUM))' \
		>/dev/null 2>&1 || echo "make test: could not install chromium; the HTML report's browser tests will be skipped"
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build demo-data demo-report.html demo-report.files .pytest_cache
