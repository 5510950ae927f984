"""Fixtures of the NLP tests: the real pipelines, loaded once per module."""
from __future__ import annotations

from pathlib import Path

import pytest

from orchestration.settings import default_models
from transforms.nlp.pipeline import build_pipeline

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

TEXTS = {
    "es": [
        "PEKÍN, 15 abr -- El ministro ruso Sergei Lavrov llegó el viernes a Wonsan para una visita oficial.\n"
        "Lavrov se reunió con su homóloga Choe Son Hui, que expresó el respaldo de Corea del Norte a Rusia.",
        "La OTAN condenó el lunes las maniobras militares de China cerca de Taiwán, según la agencia EFE.\n\n"
        "El presidente Volodymyr Zelensky visitó Varsovia y firmó un acuerdo con Polonia.",
        "Estados Unidos y México acordaron reanudar las negociaciones en Ciudad de México el 3 de marzo.",
    ],
    "en": [
        "SEOUL, July 12 -- North Korean leader Kim Jong Un received Russian Foreign Minister Sergei Lavrov "
        "in Wonsan on Saturday.\nThe two sides pledged to deepen cooperation, state media said.",
        "NATO urged Russia to withdraw its troops from Ukraine, while farmers in Brussels demanded debt relief.\n"
        "Prime Minister Keir Starmer met Emmanuel Macron in Paris on Tuesday.",
    ],
}


@pytest.fixture(scope="module")
def pipelines():
    return {lang: build_pipeline(name, SEEDS) for lang, name in default_models().items()}
