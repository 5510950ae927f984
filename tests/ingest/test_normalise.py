"""Cleaning and hashing: trivial differences make no new article."""
from __future__ import annotations

import hashlib
import unicodedata

from transforms.ingest.normalise import clean_text, content_hash, hash_form

STORY = "Lavrov habló de la “hermandad inquebrantable” — dijo.\nSegundo párrafo."


def test_clean_text_is_nfc_with_one_newline_between_paragraphs():
    messy = unicodedata.normalize("NFD", "  Lavrov\u00a0habló\u2003de la “hermandad\u200b inquebrantable” — dijo. \r\n\n\n"
                                        "\tSegundo   párrafo.\x07  ")
    assert clean_text(messy) == STORY
    assert unicodedata.is_normalized("NFC", clean_text(messy))


def test_trivial_differences_share_a_hash():
    variants = [
        STORY,
        STORY.replace("“", '"').replace("”", '"').replace("—", "-"),
        STORY.upper(),
        STORY.replace("\n", "\n\n   "),
        STORY.replace("\n", " "),
        unicodedata.normalize("NFD", STORY),
        "\ufeff" + STORY + "\n",
        STORY.replace("«", "").replace("“", "«").replace("”", "»"),
    ]
    assert len({content_hash(v) for v in variants}) == 1


def test_a_different_word_is_a_different_hash():
    assert content_hash(STORY) != content_hash(STORY.replace("Segundo", "Tercer"))


def test_the_hash_is_sha256_of_the_hash_form():
    assert content_hash(STORY) == hashlib.sha256(hash_form(STORY).encode("utf-8")).hexdigest()
    assert hash_form(STORY) == "lavrov habló de la \"hermandad inquebrantable\" - dijo. segundo párrafo."
