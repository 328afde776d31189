# Two commands: `make run` (install, build the index, run the main job) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
REPORTS ?= reports
AS_OF  ?=

.PHONY: install run test index examples bench help

help:
	@echo "make run       - install, build the legal index if missing, start the app on http://localhost:8501"
	@echo "make test      - install and run the whole test suite (installs Debian chromium for the browser test)"
	@echo "make examples  - screen the bundled example documents into ./reports"

# torch is installed first and pinned: 2.13.0 is a CPU build on local disk; anything that pulls
# an unpinned torch first would fetch a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

index: install
	$(BIN)/screener index

run: app

examples: install
	$(BIN)/screener index
	$(BIN)/screener screen screener/examples/*.pdf screener/examples/*.docx screener/examples/*.txt \
	    --format md --format html --format json --out $(REPORTS) $(if $(AS_OF),--as-of $(AS_OF))
	@echo "Reports written to $(abspath $(REPORTS))"

test: install chromium
	$(BIN)/python -m pytest -q -p no:cacheprovider; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

bench: install
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

-include mk/*.mk
