"""A line written in capitals is read in sentence case by the model and keeps its own text and offsets."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from transforms.extraction import Extractor
from transforms.nlp.models import DEFAULT_MODELS
from transforms.nlp.parsing import parse_each
from transforms.nlp.recase import readable
from transforms.records import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SHOUTED = "OBREROS DE LA CONSTRUCCION PROTESTAN EN PANAMA CONTRA EL GOBIERNO"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(SEEDS, models=DEFAULT_MODELS)


def test_a_shouted_line_is_read_in_sentence_case_and_other_lines_are_left_alone():
    text = SHOUTED + "\nLos obreros de Panamá marcharon el jueves."
    recased = readable(text)
    assert recased is not None and len(recased) == len(text)
    assert recased.startswith("Obreros de la construccion protestan")
    assert recased.endswith("\nLos obreros de Panamá marcharon el jueves.")
    assert readable("La OTAN y la UE condenaron el ataque.") is None  # acronyms are not shouting


def test_the_parsed_doc_keeps_the_text_as_written_and_finds_the_verb(extractor):
    article = Article("shouted", SHOUTED, "hash", language="es")
    _, doc = next(parse_each(extractor.pipeline("es"), [article], batch_size=4))
    assert doc.text == SHOUTED
    verb = next(t for t in doc if t.text == "PROTESTAN")
    assert (verb.pos_, verb.lemma_) == ("VERB", "protestar")


def test_a_shouted_headline_gives_its_event_with_the_sentence_as_written(extractor):
    article = Article("shouted", SHOUTED, "hash", language="es", published_at=dt.date(1994, 9, 13))
    mentions = extractor.extract([article])
    assert [(m.cameo_code[:2], m.source.country_code, m.source.role) for m in mentions] == [("14", "PAN", "LAB")]
    assert article.text[mentions[0].char_start:mentions[0].char_end] == mentions[0].sentence == SHOUTED
