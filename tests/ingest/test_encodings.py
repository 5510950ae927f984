"""Encodings: detected, recorded, and refused when the bytes are not text."""
from __future__ import annotations

import codecs

from .support import read, reasons

SPANISH = ("¿Qué dijo el ministro?\n"
           "El niño de la señora Muñoz contó que el canciller habló en Pionyang "
           "sobre la cooperación entre ambos países.\n")


def test_a_windows_1252_spanish_text_is_decoded_and_recorded(write):
    text = SPANISH + "Lo llamó “una alianza histórica” — y pidió 5 € por ejemplar.\n"
    path = write("cp1252.txt", text.encode("cp1252"))
    [article] = read(path).articles
    assert article.encoding == "cp1252"
    assert article.title == "¿Qué dijo el ministro?"
    assert "señora Muñoz" in article.text and "“una alianza histórica” —" in article.text
    assert article.language == "es" and article.language_method == "detected"


def test_a_latin_1_spanish_text_is_decoded_and_recorded(write):
    path = write("latin1.txt", SPANISH.encode("latin-1"))
    [article] = read(path).articles
    assert article.encoding == "latin-1"
    assert article.title == "¿Qué dijo el ministro?"
    assert "El niño de la señora Muñoz" in article.text


def test_a_utf8_byte_order_mark_is_stripped(write):
    path = write("bom.txt", codecs.BOM_UTF8 + SPANISH.encode("utf-8"))
    [article] = read(path).articles
    assert article.encoding == "utf-8-sig"
    assert article.title == "¿Qué dijo el ministro?"  # no \ufeff in front


def test_a_bom_before_json_lines_is_stripped(write):
    path = write("bom.jsonl", codecs.BOM_UTF8 + b'{"id": "b", "text": "Texto."}\n')
    assert [a.article_id for a in read(path).articles] == ["b"]


def test_the_same_story_in_two_encodings_has_one_content_hash(write):
    utf8 = write("a/story.txt", SPANISH.encode("utf-8"))
    latin = write("b/story.txt", SPANISH.encode("latin-1"))
    first, second = read(utf8, latin).articles
    assert first.content_hash == second.content_hash
    assert first.encoding != second.encoding


def test_a_binary_file_is_refused_with_a_note_of_its_size_and_hash(write):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    path = write("photo.txt", png)
    [q] = read(path).quarantined
    assert q.reason == "binary" and str(path) in q.detail
    assert q.payload.startswith(f"<{len(png)} bytes, sha256 ")


def test_a_file_with_nul_bytes_is_binary_whatever_its_extension(write):
    path = write("data.jsonl", b'{"id": "x"}\x00\x00\x00\x01\x02')
    assert reasons(read(path)) == ["binary"]


def test_mixed_corrupt_encodings_are_undecodable_and_never_language_detected(write):
    data = ("El niño comió ".encode("utf-8") + "piña y café".encode("cp1252")) * 5 + b"\x81\x9d"
    path = write("mixed.txt", data)
    result = read(path)
    assert result.articles == []
    [q] = result.quarantined
    assert q.reason == "undecodable" and "sha256" in q.payload


def test_a_utf16_file_with_its_bom_is_read(write):
    path = write("utf16.txt", SPANISH.encode("utf-16"))
    [article] = read(path).articles
    assert article.encoding == "utf-16" and article.title == "¿Qué dijo el ministro?"
