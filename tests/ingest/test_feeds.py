"""RSS and Atom feeds: embedded content, fetched pages, failed fetches."""
from __future__ import annotations

import datetime as dt
import json

from .support import FIXTURES, read, reasons

PAGE = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Kim recibe a Lavrov</title>
<meta property="og:site_name" content="Diario Local"></head><body><article><h1>Kim recibe a Lavrov</h1>
<p>El líder norcoreano, Kim Jong Un, recibió al ministro de Asuntos Exteriores ruso, Sergei Lavrov, en la ciudad costera de Wonsan.</p>
<p>Según la agencia KCNA, ambos dirigentes expresaron su apoyo mutuo y su voluntad de ampliar la cooperación en todos los ámbitos.</p>
<p>La reunión se celebró ante las cámaras de la televisión estatal, en un encuentro cuidadosamente organizado.</p>
</article></body></html>"""


def _rss(*items: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Diario Local</title>'
            '<link>http://127.0.0.1/</link><language>es</language>' + "".join(items) + "</channel></rss>")


def _item(guid: str, link: str, description: str = "Breve.", date: str = "Sat, 12 Jul 2025 10:00:00 GMT") -> str:
    return (f"<item><title>Titular {guid}</title><link>{link}</link><guid>{guid}</guid>"
            f"<pubDate>{date}</pubDate><description>{description}</description></item>")


def test_rss_items_come_from_their_embedded_content():
    result = read(FIXTURES / "rss_embedded.xml")
    assert result.quarantined == []
    first, second = result.articles
    assert (first.article_id, second.article_id) == ("pacifico-2025-0711-001", "https://pacifico.example/?p=1002")
    assert first.source == "Diario del Pacífico" and first.origin_format == "feed"
    assert first.url == "https://pacifico.example/2025/07/11/lavrov-wonsan"
    assert first.published_at == dt.date(2025, 7, 11)
    assert first.language == "es" and first.language_method == "metadata"
    assert first.text.split("\n") == [
        "El ministro de Asuntos Exteriores ruso, Sergei Lavrov, llegó este viernes a la ciudad norcoreana de Wonsan.",
        "Lavrov se reunirá el sábado con su homóloga, Choe Son Hui, en la segunda ronda del diálogo estratégico "
        "entre ambos países.",
    ]
    assert "<" not in second.text and "trackVisit" not in first.text


def test_an_atom_entry_reads_from_its_content():
    [article] = read(FIXTURES / "atom_feed.atom").articles
    assert article.article_id == "urn:uuid:5a1c1f30-0000-4000-8000-000000000002"
    assert article.source == "Northern Wire" and article.language == "en"
    assert article.published_at == dt.date(2025, 7, 12)
    assert article.text.startswith("Russian Foreign Minister Sergei Lavrov thanked")
    assert len(article.text.split("\n")) == 2


def test_an_item_without_content_is_fetched_from_its_link_and_a_failed_fetch_quarantines_only_it(web, write):
    web.routes["/kim-lavrov"] = (200, "text/html; charset=utf-8", PAGE.encode("utf-8"))
    feed = write("local.rss", _rss(_item("g-1", web.url("/kim-lavrov")), _item("g-2", web.url("/gone"))))
    result = read(feed)
    [article] = result.articles
    assert article.article_id == "g-1" and article.url == web.url("/kim-lavrov")
    assert article.text.startswith("El líder norcoreano, Kim Jong Un, recibió")
    assert article.title == "Titular g-1" and article.published_at == dt.date(2025, 7, 12)
    [q] = result.quarantined
    assert q.reason == "fetch_failed" and q.file == str(feed)
    assert "404" in q.detail and "item 2" in q.detail
    assert json.loads(q.payload)["id"] == "g-2"
    assert web.hits == ["/kim-lavrov", "/gone"]


def test_a_page_that_does_not_answer_in_time_is_a_failed_fetch(web, write):
    web.routes["/slow"] = (200, "text/html", PAGE.encode("utf-8"))
    web.slow["/slow"] = 1.5
    feed = write("slow.rss", _rss(_item("g-5", web.url("/slow"))))
    result = read(feed, fetch_timeout=0.3)
    assert result.articles == []
    assert reasons(result) == ["fetch_failed"] and "timed out" in result.quarantined[0].detail


def test_a_long_summary_is_the_article_and_nothing_is_fetched(web, write):
    summary = "El Gobierno de Rusia y el de Corea del Norte acordaron ampliar su cooperación militar. " * 6
    feed = write("summary.rss", _rss(_item("g-3", web.url("/never"), description=summary)))
    [article] = read(feed).articles
    assert article.text == summary.strip()
    assert web.hits == []


def test_a_feed_given_as_a_url_is_fetched_and_read(web):
    web.routes["/kim-lavrov"] = (200, "text/html", PAGE.encode("utf-8"))
    web.routes["/feed"] = (200, "application/rss+xml",
                           _rss(_item("g-4", web.url("/kim-lavrov"))).encode("utf-8"))
    result = read(web.url("/feed"))
    assert [a.article_id for a in result.articles] == ["g-4"]
    assert result.articles[0].origin_file == web.url("/feed")


def test_an_unreachable_feed_url_is_quarantined(web):
    result = read(web.url("/no-feed-here"))
    assert reasons(result) == ["fetch_failed"]
    assert web.url("/no-feed-here") in result.quarantined[0].detail


def test_a_feed_item_with_an_impossible_date_is_refused_alone(write):
    body = "<p>" + "El ministro ruso visitó Pionyang y se reunió con su homóloga. " * 8 + "</p>"
    feed = write("dates.rss", _rss(
        _item("ok", "https://x.example/1", description=body),
        _item("bad", "https://x.example/2", description=body, date="Mon, 31 Feb 2025 10:00:00 GMT"),
    ))
    result = read(feed)
    assert [a.article_id for a in result.articles] == ["ok"]
    assert reasons(result) == ["bad_date"]


def test_an_xml_file_that_is_not_a_feed_is_a_bad_feed(write):
    path = write("notes.xml", "<?xml version='1.0'?><notes><note>hola</note></notes>")
    assert reasons(read(path)) in (["bad_feed"], ["empty"])


def test_a_feed_with_an_unclosed_tag_is_a_bad_feed(write):
    path = write("broken.rss", "<rss version='2.0'><channel><title>x</title><item><title>a")
    result = read(path)
    assert result.articles == [] and len(result.quarantined) == 1
