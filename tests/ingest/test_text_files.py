"""Plain-text articles, their sidecars and front matter."""
from __future__ import annotations

import datetime as dt
import json
import shutil

from .support import FIXTURES, SAMPLE, read, reasons


def test_the_bundled_sample_reads_with_its_sidecar_metadata():
    result = read(SAMPLE.parent)
    assert result.quarantined == []
    [article] = result.articles
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    assert article.article_id == "000_65c7950c732eae07"
    assert article.language == "es" and article.language_method == "metadata"
    assert article.published_at == dt.date(2025, 7, 12)
    assert article.title == lines[0]
    assert article.text == "\n".join(lines[1:]).strip()
    assert article.source == "unknown (cites Europa Press and TASS)"
    assert article.url is None  # an empty url is no url
    assert article.origin_format == "txt" and article.encoding == "utf-8"


def test_a_sidecar_is_metadata_and_never_an_article(tmp_path):
    shutil.copy(SAMPLE, tmp_path / SAMPLE.name)
    shutil.copy(SAMPLE.with_suffix(".json"), tmp_path / SAMPLE.with_suffix(".json").name)
    result = read(tmp_path, tmp_path / SAMPLE.with_suffix(".json").name)
    assert [a.article_id for a in result.articles] == ["000_65c7950c732eae07"]
    assert result.quarantined == []


def test_a_sidecar_title_other_than_the_first_line_makes_the_whole_file_the_body():
    [article] = read(FIXTURES / "sidecar_other_title.txt").articles
    first_line = (FIXTURES / "sidecar_other_title.txt").read_text(encoding="utf-8").split("\n")[0]
    assert article.article_id == "side-7"
    assert article.title == "Rusia y Corea del Norte sellan su alianza"
    assert article.text.startswith(first_line + "\n")
    assert article.language == "es"  # "es-ES" normalised
    assert article.published_at == dt.date(2025, 7, 10)


def test_without_metadata_the_first_line_is_the_headline_and_the_stem_the_id(write):
    path = write("2025/lavrov-pyongyang.txt",
                 "Lavrov viaja a Pionyang\n\nEl canciller ruso viajó a Pionyang para reunirse con Kim Jong Un.\n")
    [article] = read(path).articles
    assert article.article_id == "lavrov-pyongyang"
    assert article.title == "Lavrov viaja a Pionyang"
    assert article.text == "El canciller ruso viajó a Pionyang para reunirse con Kim Jong Un."
    assert article.published_at is None
    assert article.language == "es" and article.language_method == "detected"


def test_a_file_of_one_line_is_all_body(write):
    path = write("one.txt", "El presidente ruso Vladimir Putin recibió al líder norcoreano en el Kremlin.")
    [article] = read(path).articles
    assert article.title is None
    assert article.text == "El presidente ruso Vladimir Putin recibió al líder norcoreano en el Kremlin."


def test_yaml_front_matter_gives_the_metadata():
    [article] = read(FIXTURES / "front_matter.txt").articles
    assert article.article_id == "fm-0042"
    assert article.language == "es"  # "Spanish" normalised
    assert article.source == "Agencia Ejemplo"
    assert article.url == "https://agencia.example/notas/0042"
    assert article.published_at == dt.date(2025, 7, 12)  # "12 de julio de 2025"
    assert article.title == "Pyongyang apoya sin reservas a Moscú"
    assert article.text.startswith("La ministra de Exteriores norcoreana")
    assert "---" not in article.text


def test_a_sidecar_that_is_not_json_quarantines_its_article(write):
    path = write("broken.txt", "Titular\nCuerpo de la noticia sobre la visita de Lavrov a Corea del Norte.")
    write("broken.json", '{"id": "b-1", "published_at": ')
    result = read(path.parent)
    assert result.articles == []
    [q] = result.quarantined
    assert q.reason == "bad_json" and q.file == str(path)
    assert "broken.json" in q.detail and "Cuerpo de la noticia" in q.payload


def test_front_matter_that_is_not_yaml_is_bad_metadata(write):
    path = write("fm.txt", "---\nid: [unclosed\n---\nTitular\nCuerpo.\n")
    assert reasons(read(path)) == ["bad_metadata"]


def test_front_matter_keeps_ids_as_written(write):
    path = write("fm.txt", "---\nid: 007\npublished_at: 2025-07-12\n---\nTitular\nEl cuerpo de la noticia.\n")
    [article] = read(path).articles
    assert article.article_id == "007"
    assert article.published_at == dt.date(2025, 7, 12)


def test_sidecar_values_of_other_json_types_are_read_as_text(write):
    path = write("n.txt", "Titular\nEl ministro ruso se reunió con su homólogo norcoreano en Wonsan.")
    write("n.json", json.dumps({"id": 42, "url": None, "language": "ES"}))
    [article] = read(path).articles
    assert article.article_id == "42" and article.url is None and article.language == "es"
