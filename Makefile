# chronicle: the two set-up commands are `make demo` and `make test`; both create .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CHRONICLE := $(VENV)/bin/chronicle
DEMO_DB := chronicle.db

.PHONY: venv demo test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

venv: $(VENV)/.installed

demo: venv
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(CHRONICLE) ingest examples/ --db $(DEMO_DB)
	$(CHRONICLE) ingest examples/ --db $(DEMO_DB)
	$(CHRONICLE) timeline "North Korea" --with Russia --db $(DEMO_DB)
	$(CHRONICLE) timeline "North Korea" --with Russia --db $(DEMO_DB) --format html -o timeline.html
	@echo "open timeline.html in a browser"

test: venv
	$(PY) -m pytest

bench: venv
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm timeline.html
