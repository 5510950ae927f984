"""A line written in capitals is read in sentence case by the model, angled quotes as straight ones, and the text
keeps its own words and offsets."""
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


def test_angled_and_curly_quotes_are_read_as_straight_ones_one_character_for_one():
    text = "El grupo negó «categóricamente» cualquier “implicación”."
    assert readable(text) == 'El grupo negó "categóricamente" cualquier "implicación".'
    assert readable('Dijo que "no" habrá diálogo.') is None


def test_a_quoted_aside_leaves_a_noun_its_complement(extractor):
    text = ("La junta de Níger anunció ayer la ruptura «con efecto inmediato» de sus relaciones diplomáticas con "
            "Ucrania.")
    _, doc = next(parse_each(extractor.pipeline("es"), [Article("quoted", text, "hash", language="es")], batch_size=4))
    assert doc.text == text
    relations = next(t for t in doc if t.text == "relaciones")
    assert "ruptura" in [a.text for a in relations.ancestors]
