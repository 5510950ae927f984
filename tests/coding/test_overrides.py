"""Every hand-written override (seeds/patterns/overrides_<lang>.jsonl) carries a case: a sentence the compiled
dictionaries code wrongly and the override codes as its pattern says. The override earns its place only while
its case holds."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from transforms.extraction import Extractor
from transforms.nlp.models import DEFAULT_MODELS
from transforms.records import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
OVERRIDES = [json.loads(line) for lang in ("es", "en")
             for line in (SEEDS / "patterns" / f"overrides_{lang}.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(SEEDS, models=DEFAULT_MODELS)


def test_every_override_has_a_case():
    assert [o["id"] for o in OVERRIDES if not o.get("case")] == []


@pytest.mark.parametrize("override", OVERRIDES, ids=[o["id"] for o in OVERRIDES])
def test_an_override_codes_its_case(extractor, override):
    article = Article(f"case-{override['id']}", override["case"], "hash", language=override["lang"],
                      published_at=dt.date(2024, 6, 1))
    mentions = extractor.extract([article])
    roots = {c[:2] for c in (override["cameo"], override.get("intent"), override.get("when_to_act")) if c and c != "same"}
    fired = [(m.cameo_code, m.rule) for m in mentions]
    assert any(m.rule.split(":")[0] == override["id"] and m.cameo_code[:2] in roots for m in mentions), fired
