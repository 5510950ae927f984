# Two commands do everything: `make demo` and `make test` (each builds .venv first).
# `make eval` scores the coder on the hand-annotated dev corpus (eval/README.md).
PYTHON ?= python3
VENV   := .venv
UV     := $(VENV)/bin/uv
UV_VERSION := 0.13.8
export UV_PROJECT_ENVIRONMENT := $(abspath $(VENV))

.PHONY: setup demo test eval serve ui clean

setup: $(VENV)/.synced

$(VENV)/.synced: pyproject.toml uv.lock
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	test -x $(UV) || $(VENV)/bin/pip install --quiet uv==$(UV_VERSION)
	$(UV) sync --locked --inexact --compile-bytecode
	touch $@

demo: setup
	$(VENV)/bin/dyad run

test: setup
	$(VENV)/bin/pytest

eval: setup
	$(VENV)/bin/dyad eval --articles eval/dev/articles.jsonl --gold eval/dev/gold.jsonl

serve: setup
	$(VENV)/bin/dyad serve

ui: setup
	$(VENV)/bin/dyad ui

clean:
	rm -rf $(VENV) data .pytest_cache
