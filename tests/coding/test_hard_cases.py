"""The event coder on the hard cases of tests/coding/cases.jsonl: each a text and the events it must (or must not) give.

Cases are data: a new hard case is a line in cases.jsonl (`outlet`, when given, is the article's source). Every
case runs the real spaCy models and the real seeds through the Extractor.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from transforms.extraction import Extractor
from transforms.nlp.models import DEFAULT_MODELS
from transforms.records import Article

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "seeds"
CASES = [json.loads(line) for line in (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(SEEDS, models=DEFAULT_MODELS)


def _events(extractor: Extractor, case: dict):
    article = Article(case["id"], case["text"], "hash", language=case["lang"], source=case.get("outlet"),
                      published_at=dt.date.fromisoformat(case["published"]))
    return extractor.extract([article])


def _fits(mention, want: dict) -> bool:
    target = mention.target
    checks = {
        "code": lambda v: mention.cameo_code == v,
        "root": lambda v: mention.cameo_code[:2] == v,
        "source": lambda v: mention.source.name == v,
        "source_country": lambda v: mention.source.country_code == v,
        "target": lambda v: target is not None and target.name == v,
        "target_country": lambda v: target is not None and target.country_code == v,
        "pair": lambda v: target is not None and sorted([mention.source.name, target.name]) == sorted(v),
        "certainty": lambda v: mention.certainty == v,
        "source_role": lambda v: mention.source.role == v,
        "target_role": lambda v: target is not None and target.role == v,
        "source_label": lambda v: mention.source.label == v,
        "target_label": lambda v: target is not None and target.label == v,
        "no_target": lambda v: (target is None) == v,
        "planned_date": lambda v: mention.date.planned_date == dt.date.fromisoformat(v),
        "date": lambda v: mention.date.date == dt.date.fromisoformat(v),
        "place": lambda v: mention.place is not None and mention.place.name == v,
    }
    return all(checks[k](v) for k, v in want.items())


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_coder_gives_the_events_the_case_states(extractor, case):
    mentions = _events(extractor, case)
    described = [(m.cameo_code, m.source.name, m.target.name if m.target else None) for m in mentions]
    for want in case["expect"]:
        assert any(_fits(m, want) for m in mentions), f"missing {want}; got {described}"
    if case.get("forbid_all"):
        assert mentions == [], described
    for want in case.get("once", []):
        assert sum(_fits(m, want) for m in mentions) == 1, f"not once: {want}; got {described}"
    for unwanted in case.get("forbid", []):
        assert not any(_fits(m, unwanted) for m in mentions), f"unwanted {unwanted}; got {described}"
    for root in case.get("forbid_roots", []):
        assert not any(m.cameo_code.startswith(root) for m in mentions), described
    for code in case.get("forbid_codes", []):
        assert not any(m.cameo_code == code for m in mentions), described


def test_every_mention_keeps_its_evidence(extractor):
    case = CASES[0]
    for mention in _events(extractor, case):
        assert case["text"][mention.char_start:mention.char_end] == mention.sentence
        assert mention.rule and mention.trigger and 0 < mention.confidence <= 1
