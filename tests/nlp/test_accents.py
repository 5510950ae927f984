"""A Spanish text written without accents is parsed with its preterites accented, and keeps its own spelling."""
from __future__ import annotations

from pathlib import Path

import pytest

from transforms.extraction import Extractor
from transforms.nlp.accents import spanish_restorer
from transforms.nlp.models import DEFAULT_MODELS
from transforms.nlp.parsing import parse_each
from transforms.records import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ACCENTLESS = "Un grupo armado ataco con armas de fuego una embarcacion y el personero denuncio el hecho ."


@pytest.fixture(scope="module")
def restorer():
    return spanish_restorer(SEEDS)


def test_a_known_verbs_preterite_gets_its_accent_letter_for_letter(restorer):
    shown = restorer.readable(ACCENTLESS)
    assert shown is not None and len(shown) == len(ACCENTLESS)
    assert "ataco" not in shown and "atacó con armas" in shown and "denunció el hecho" in shown


def test_nouns_adjectives_and_first_persons_are_left_as_written(restorer):
    for text in ("El anuncio del gobierno llego tarde", "Llegaron junto a la policia bajo el lema de paz",
                 "Yo denuncio la corrupcion", "expreso apoyo a los campesinos"):
        shown = restorer.readable(text) or text
        for kept in ("anuncio", "junto", "bajo", "Yo denuncio", "apoyo"):
            if kept in text:
                assert kept in shown


def test_a_text_that_has_accents_is_not_touched(restorer):
    assert restorer.readable("El presidente denunció el ataque y el ministro denuncio nada.") is None


def test_the_parse_reads_the_verb_and_the_doc_keeps_the_text_as_written():
    nlp = Extractor(SEEDS, models=DEFAULT_MODELS).pipeline("es")
    _, doc = next(parse_each(nlp, [Article("accentless", ACCENTLESS, "hash", language="es")], batch_size=4))
    assert doc.text == ACCENTLESS
    verbs = {t.text: t.pos_ for t in doc if t.text in ("ataco", "denuncio")}
    assert verbs == {"ataco": "VERB", "denuncio": "VERB"}


def test_a_word_news_mostly_uses_as_a_noun_is_a_verb_before_its_object(restorer):
    assert restorer.readable("El gobierno colombiano rechazo las acusaciones de Venezuela.") == \
        "El gobierno colombiano rechazó las acusaciones de Venezuela."
    assert restorer.readable("El presidente expreso su rechazo a las acusaciones.") == \
        "El presidente expresó su rechazo a las acusaciones."
