"""The committed seed files, loaded once for the seed tests."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from transforms.actors.lexicon import Lexicon

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.load(SEEDS)


@pytest.fixture(scope="session")
def countries() -> dict[str, dict]:
    with open(SEEDS / "reference" / "countries.csv", encoding="utf-8", newline="") as f:
        return {r["country_code"]: r for r in csv.DictReader(f)}


@pytest.fixture(scope="session")
def cameo_rows() -> list[dict]:
    with open(SEEDS / "reference" / "cameo_codes.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def jsonl(name: str) -> list[dict]:
    with open(SEEDS / "actors" / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
