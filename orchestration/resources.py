"""Dagster resources: the run's configuration and the (cached) extractor."""
from __future__ import annotations

import functools
from pathlib import Path

import dagster as dg

from orchestration import settings
from transforms.extraction import Extractor


class DyadConfig(dg.ConfigurableResource):
    """Inputs, warehouse and reference data of a run (see orchestration.settings)."""

    warehouse: str
    articles: list[str]
    seeds: str
    inbox: str
    corrections: str = ""  # analysts' corrections file (seeds/corrections.yaml); "" applies none

    @property
    def seeds_dir(self) -> Path:
        return Path(self.seeds)


@functools.lru_cache(maxsize=4)
def _extractor(seeds: str, models: tuple[tuple[str, str], ...], batch_size: int, n_process: int) -> Extractor:
    # One extractor per process: spaCy models take seconds to load.
    return Extractor(Path(seeds), models=dict(models), batch_size=batch_size, n_process=n_process)


class ExtractorResource(dg.ConfigurableResource):
    """The spaCy-based event coder, loaded once per process."""

    seeds: str
    model_es: str
    model_en: str
    batch_size: int = 16
    n_process: int = 1

    def get(self) -> Extractor:
        models = (("es", self.model_es), ("en", self.model_en))
        return _extractor(self.seeds, models, self.batch_size, self.n_process)


def default_resources(**overrides: object) -> dict[str, dg.ConfigurableResource]:
    """Resources from the environment; keyword overrides win (used by the CLI and the tests)."""
    from orchestration.io import StageIOManager

    seeds = str(overrides.get("seeds") or settings.default_seeds())
    models = settings.default_models()
    config = DyadConfig(
        warehouse=str(overrides.get("warehouse") or settings.default_warehouse()),
        articles=[str(p) for p in (overrides.get("articles") or settings.default_articles())],
        seeds=seeds,
        inbox=str(overrides.get("inbox") or settings.default_inbox()),
        corrections=str(overrides.get("corrections") or settings.default_corrections(seeds)),
    )
    extractor = ExtractorResource(
        seeds=seeds,
        model_es=models["es"],
        model_en=models["en"],
        batch_size=settings.default_batch_size(),
        n_process=settings.default_n_process(),
    )
    stage = StageIOManager(base_dir=str(overrides.get("stage") or settings.default_stage()))
    return {"dyad_config": config, "extractor": extractor, "io_manager": stage}
