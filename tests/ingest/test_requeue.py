"""A quarantined record, once fixed, goes back in as an input file."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from transforms.ingest import payload_to_file

from .support import read


def test_a_bad_jsonl_line_is_fixed_and_read_again(write, tmp_path):
    source = write("in.jsonl", '{"id": "a", "text": "Uno."}\n{"id": "b", "published_at": "2025-02-30", "text": "Dos."}\n')
    [q] = read(source).quarantined
    fixed = json.loads(q.payload) | {"published_at": "2025-02-28"}
    path = payload_to_file(q, tmp_path / "requeue", json.dumps(fixed))
    assert path.name == "in-line2.jsonl"
    [article] = read(path).articles
    assert (article.article_id, article.published_at) == ("b", dt.date(2025, 2, 28))


def test_a_text_file_comes_back_with_its_sidecar_metadata_as_front_matter(write, tmp_path):
    source = write("nota.txt", "Titular\nEl ministro visitó Pionyang el martes y se reunió con su homóloga.")
    write("nota.json", json.dumps({"id": "n-1", "source": "Agencia", "published_at": "2099-01-01"}))
    [q] = read(source).quarantined
    assert q.reason == "future_date"
    path = payload_to_file(q, tmp_path / "requeue", q.payload.replace("2099-01-01", "2025-07-01"))
    assert path.suffix == ".txt"
    [article] = read(path).articles
    assert (article.article_id, article.source, article.title) == ("n-1", "Agencia", "Titular")
    assert article.published_at == dt.date(2025, 7, 1)


def test_a_feed_item_that_could_not_be_fetched_comes_back_as_a_jsonl_record(web, write, tmp_path):
    feed = write("f.rss", f'<rss version="2.0"><channel><title>Diario</title><item><title>T</title>'
                          f'<link>{web.url("/gone")}</link><guid>g-9</guid><description>Breve.</description>'
                          f'</item></channel></rss>')
    [q] = read(feed).quarantined
    record = json.loads(q.payload) | {"text": "El texto completo, copiado a mano por un editor."}
    path = payload_to_file(q, tmp_path / "requeue", json.dumps(record))
    assert path.suffix == ".jsonl"
    [article] = read(path).articles
    assert (article.article_id, article.source, article.url) == ("g-9", "Diario", web.url("/gone"))


def test_names_never_overwrite_an_earlier_file(write, tmp_path):
    [q] = read(write("x.jsonl", '{"id": "x"}\n')).quarantined
    first, second = payload_to_file(q, tmp_path / "out"), payload_to_file(q, tmp_path / "out")
    assert first != second and first.read_text() == second.read_text()


def test_a_binary_file_has_nothing_to_requeue(write, tmp_path):
    [q] = read(write("b.txt", b"%PDF-1.4\x00\x01")).quarantined
    with pytest.raises(ValueError, match="b.txt"):
        payload_to_file(q, tmp_path / "out")
