"""Fixtures of the orchestration tests: a sandboxed configuration per test, and runs of requested runs."""
from __future__ import annotations

import json
from pathlib import Path

import dagster as dg
import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "articles"


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """DYAD_* pointing into tmp_path: a warehouse, an inbox and a stage of this test's own."""
    paths = {"warehouse": tmp_path / "dyad.duckdb", "inbox": tmp_path / "inbox", "stage": tmp_path / "stage"}
    paths["inbox"].mkdir()
    for name, path in paths.items():
        monkeypatch.setenv(f"DYAD_{name.upper()}", str(path))
    return paths


def write_article(folder: Path, name: str, text: str, published_at: str, language: str = "es") -> Path:
    """An article as the inbox receives it: a .txt and its .json metadata."""
    (folder / f"{name}.json").write_text(json.dumps({"id": name, "language": language, "published_at": published_at,
                                                     "source": "test wire", "title": name}), encoding="utf-8")
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def execute_request(request: dg.RunRequest, instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    """Run what a sensor or schedule requested, in this process, on the definitions the UI loads."""
    from orchestration.definitions import all_assets, check_defs
    from orchestration.resources import default_resources

    return dg.materialize(
        [*all_assets, *check_defs], resources=default_resources(), instance=instance,
        run_config=request.run_config, tags=request.tags, raise_on_error=False,
    )
