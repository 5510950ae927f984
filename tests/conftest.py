"""Session fixtures: paths, and warehouses built once by the real pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLES = REPO_ROOT / "seeds" / "articles"
DEV_CORPUS = REPO_ROOT / "eval" / "dev"  # the hand-annotated dev corpus (eval/README.md)


@pytest.fixture(scope="session", autouse=True)
def dagster_home(tmp_path_factory):
    """`dyad run` records to DAGSTER_HOME (default data/dagster_home): in tests, a session folder of their own."""
    with pytest.MonkeyPatch.context() as patch:
        home = tmp_path_factory.mktemp("dagster_home")
        patch.setenv("DAGSTER_HOME", str(home))
        yield home


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory) -> Path:
    """The bundled sample article, run through the whole asset graph once."""
    from orchestration.runner import run_pipeline

    path = tmp_path_factory.mktemp("sample") / "dyad.duckdb"
    summary = run_pipeline(articles=[str(SAMPLE_ARTICLES)], warehouse=str(path))
    assert not summary.failed, summary.error
    return path
