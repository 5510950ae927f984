"""HTML pages, extracted with trafilatura."""
from __future__ import annotations

import datetime as dt

from transforms.ingest.build import short_hash

from .support import FIXTURES, read, reasons


def test_an_html_page_gives_body_title_date_source_and_language():
    [article] = read(FIXTURES / "page.html").articles
    assert article.title == "Lavrov visita Wonsan"
    assert article.source == "Diario Ejemplo"
    assert article.url == "https://diario.example/2025/07/12/lavrov-wonsan"
    assert article.article_id == short_hash("https://diario.example/2025/07/12/lavrov-wonsan")
    assert article.published_at == dt.date(2025, 7, 12)
    assert article.language == "es" and article.language_method == "metadata"
    assert article.origin_format == "html"
    paragraphs = article.text.split("\n")
    assert paragraphs[0].startswith("El ministro de Asuntos Exteriores ruso")  # the <h1> title is not repeated
    assert len(paragraphs) == 3
    assert "Portada" not in article.text and "cookies" not in article.text  # navigation and footer dropped


def test_a_page_without_canonical_url_takes_its_file_stem_as_id(write):
    body = "".join(f"<p>El canciller ruso Sergei Lavrov se reunió en Wonsan con su homóloga, párrafo {n}, "
                   "para hablar de cooperación estratégica entre ambos países.</p>" for n in range(4))
    path = write("nota-123.htm", f"<html><head><title>Reunión en Wonsan</title></head><body><article>"
                                 f"<h1>Reunión en Wonsan</h1>{body}</article></body></html>")
    [article] = read(path).articles
    assert article.article_id == "nota-123"
    assert article.url is None and article.published_at is None
    assert article.language == "es" and article.language_method == "detected"


def test_a_page_with_no_article_text_is_quarantined(write):
    path = write("empty-page.html", "<html><head><title>Portada</title></head><body><nav></nav></body></html>")
    assert reasons(read(path)) == ["missing_text"]
