"""Languages: metadata normalised, otherwise detected, otherwise unknown."""
from __future__ import annotations

import json

import pytest

from transforms.ingest.language import detect_language, normalise_language

from .support import read


@pytest.mark.parametrize("given, code", [
    ("es", "es"), ("ES", "es"), ("es-ES", "es"), ("es_419", "es"), ("spa", "es"), ("spanish", "es"),
    ("Español", "es"), ("castellano", "es"), ("en-GB", "en"), ("English", "en"), ("eng", "en"),
    ("pt-BR", "pt"), ("fre", "fr"),
])
def test_declared_languages_are_normalised_to_two_letters(given, code):
    assert normalise_language(given) == code


@pytest.mark.parametrize("given", ["", "  ", "n/a", "xx", "unknown", None, 3])
def test_a_declaration_that_names_no_language_is_none(given):
    assert normalise_language(given) is None


def test_detection_needs_enough_text_and_a_confident_guess():
    assert detect_language("The minister met his counterpart in Beijing on Tuesday.") == "en"
    assert detect_language("Rusia y Corea del Norte han estrechado su cooperación bilateral.") == "es"
    assert detect_language("Lavrov Kim Jong Un") is None  # too few letters
    assert detect_language("Sergei Lavrov, Choe Son Hui, Kim Jong Un, Wonsan, Pyongyang") is None  # names only


def test_records_get_metadata_detected_or_unknown_language(write):
    rows = [
        {"id": "meta", "language": "es-ES", "text": "The text says otherwise but the metadata decides."},
        {"id": "det", "text": "Le ministre des Affaires étrangères a rencontré son homologue à Paris hier soir."},
        {"id": "unk", "text": "Lavrov, Kim, Choe, Wonsan"},
        {"id": "bad", "language": "n/a", "text": "The foreign ministers met in Beijing on Tuesday to discuss trade."},
    ]
    articles = {a.article_id: a for a in read(write("langs.jsonl", "\n".join(map(json.dumps, rows)))).articles}
    assert (articles["meta"].language, articles["meta"].language_method) == ("es", "metadata")
    assert (articles["det"].language, articles["det"].language_method) == ("fr", "detected")
    assert (articles["unk"].language, articles["unk"].language_method) == (None, "unknown")
    assert (articles["bad"].language, articles["bad"].language_method) == ("en", "detected")


def test_an_article_in_a_language_dyad_does_not_code_is_kept_as_it_is(write):
    row = {"id": "de", "language": "de", "text": "Der russische Außenminister traf seine Amtskollegin in Wonsan."}
    result = read(write("de.jsonl", json.dumps(row)))
    assert result.quarantined == []
    assert result.articles[0].language == "de"
