"""The compiled verb dictionaries pick a verb's code by the most specific rule whose words its sentence holds
("acusar" is a criticism, "acusar ... de tortura" an accusation of human-rights abuse), and find that rule through
an index of the rules' words rather than by testing every rule of a block."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from transforms.coding.vocabulary.dictionary import VerbDictionary, Words, _left, _right
from transforms.coding.words import form, lemma
from transforms.extraction import Extractor
from transforms.nlp.models import DEFAULT_MODELS

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(SEEDS, models=DEFAULT_MODELS)


@pytest.fixture(scope="module")
def dictionaries() -> dict[str, VerbDictionary]:
    return {lang: VerbDictionary.load(SEEDS / "patterns", lang) for lang in ("es", "en")}


def _choice(extractor, dictionaries, lang: str, text: str, verb: str):
    doc = extractor.pipeline(lang)(text)
    tok = next(t for t in doc if t.text == verb)
    d = dictionaries[lang]
    return d.choose(d.lookup("verb", (lemma(tok), form(tok))), tok, tok.sent)


@pytest.mark.parametrize("lang, text, verb", [
    ("es", "El gobierno acusó a los militares de tortura.", "acusó"),
    ("en", "The government accused the army of torture.", "accused"),
])
def test_an_accusation_of_torture_takes_the_rule_naming_torture(extractor, dictionaries, lang, text, verb):
    entry, rule, code = _choice(extractor, dictionaries, lang, text, verb)
    assert code == "1122" and rule is not None
    _, plain_rule, plain_code = _choice(extractor, dictionaries, lang, text.replace(" de tortura", "")
                                        .replace(" of torture", ""), verb)
    assert plain_code != "1122" and plain_code[:2] == "11"


def _scan_every_rule(entry, before: Words, after: Words):
    """What the index must agree with: every rule tested, the most specific match kept."""
    best = None
    for rule in entry.rules:
        if best is not None and rule.weight <= best.weight:
            continue
        if all(after.has_item(i) for i in rule.after) and all(before.has_item(i) for i in rule.before):
            best = rule
    return best


def test_the_rule_index_chooses_what_testing_every_rule_would_on_the_dev_corpus(extractor, dictionaries):
    articles = [json.loads(line) for line in (ROOT / "eval" / "dev" / "articles.jsonl").read_text("utf-8").splitlines()]
    compared = 0
    for article in articles:
        lang = article["language"]
        d = dictionaries[lang]
        for tok in extractor.pipeline(lang)(article["text"]):
            entries = d.lookup("verb", (lemma(tok), form(tok))) if tok.pos_ in ("VERB", "AUX") else []
            choice = d.choose(entries, tok, tok.sent)
            if choice is None:
                continue
            entry, rule, _ = choice
            assert rule is _scan_every_rule(entry, Words(_left(tok)), Words(_right(tok))), (article["id"], tok.text)
            compared += 1
    assert compared > 300


def test_a_rule_with_its_target_slot_before_the_verb_makes_the_subject_undergo_the_act(extractor, dictionaries):
    """UniversalPetrarch's "- + * HERIDO ^ [180]" under RESULTAR: "+" (the target) stands where the subject is."""
    entry, rule, code = _choice(extractor, dictionaries, "es", "Dos soldados resultaron heridos en Arauca.", "resultaron")
    assert (code, rule.undergone) == ("180", True)
    _, rule, _ = _choice(extractor, dictionaries, "es", "El gobierno acusó a los militares de tortura.", "acusó")
    assert rule is not None and not rule.undergone
