"""JSON-lines articles, including the evaluation corpus."""
from __future__ import annotations

import datetime as dt
import json

from transforms.ingest.normalise import clean_text

from .support import EVAL_ARTICLES, EVAL_GOLD, FIXTURES, read, reasons


def _eval_records() -> list[dict]:
    return [json.loads(line) for line in EVAL_ARTICLES.read_text(encoding="utf-8").splitlines()]


def test_the_eval_corpus_reads_as_28_articles_with_their_ids():
    result = read(EVAL_ARTICLES)
    records = _eval_records()
    assert result.quarantined == []
    assert len(result.articles) == 28
    assert [a.article_id for a in result.articles] == [r["id"] for r in records]
    for number, (article, record) in enumerate(zip(result.articles, records), 1):
        assert article.origin_line == number
        assert article.language == record["language"]
        assert article.published_at == dt.date.fromisoformat(record["published_at"])
        assert article.title == record["title"]


def test_cleaning_leaves_the_eval_texts_as_written_so_evidence_stays_a_substring():
    articles = {a.article_id: a for a in read(EVAL_ARTICLES).articles}
    for record in _eval_records():
        assert articles[record["id"]].text == record["text"]
    for line in EVAL_GOLD.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        assert gold["evidence"] in articles[gold["article_id"]].text


def test_a_truncated_line_is_quarantined_with_its_number_and_the_others_load():
    path = FIXTURES / "articles_truncated.jsonl"
    result = read(path)
    assert [a.article_id for a in result.articles] == ["t-1", "t-3"]
    [q] = result.quarantined
    assert (q.reason, q.line, q.file) == ("bad_json", 2, str(path))
    assert "line 2" in q.detail and str(path) in q.detail
    assert q.payload == path.read_text(encoding="utf-8").splitlines()[1]
    # RFC 822 date and an upper-case language code in line 3
    assert result.articles[1].published_at == dt.date(2025, 7, 12)
    assert result.articles[1].language == "es"


def test_a_record_without_an_id_gets_one_from_its_content_that_rereading_keeps(write):
    record = {"source": "Agencia", "url": "https://a.example/1", "text": "Rusia y China firmaron un acuerdo."}
    path = write("noid.jsonl", json.dumps(record) + "\n")
    first, again = read(path).articles[0], read(path).articles[0]
    assert len(first.article_id) == 16 and first.article_id == again.article_id
    moved = write("other/noid.jsonl", json.dumps({**record, "text": "Rusia y China  firmaron un acuerdo. "}))
    assert read(moved).articles[0].article_id == first.article_id


def test_records_without_text_or_with_blank_text_are_refused(write):
    lines = [
        {"id": "a", "title": "Sin texto"},
        {"id": "b", "text": "   \n  "},
        {"id": "c", "text": 42},
        ["not", "an", "object"],
    ]
    path = write("bad.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    result = read(path)
    assert result.articles == []
    assert [(q.reason, q.line) for q in result.quarantined] == [
        ("missing_text", 1), ("empty", 2), ("missing_text", 3), ("bad_json", 4)]


def test_blank_lines_are_skipped_but_keep_line_numbers(write):
    good = json.dumps({"id": "x", "text": "El ministro visitó Pekín."})
    path = write("gaps.jsonl", "\n" + good + "\n   \n" + good.replace('"x"', '"y"') + "\n")
    assert [(a.article_id, a.origin_line) for a in read(path).articles] == [("x", 2), ("y", 4)]


def test_the_size_limit_applies_to_each_record_of_a_jsonl_file(write):
    small = json.dumps({"id": "s", "text": "Texto breve sobre una reunión bilateral."})
    big = json.dumps({"id": "b", "text": "palabra " * 200})
    path = write("sizes.jsonl", "\n".join([small, big, small.replace('"s"', '"t"')]) + "\n")
    result = read(path, max_bytes=400)
    assert [a.article_id for a in result.articles] == ["s", "t"]
    [q] = result.quarantined
    assert (q.reason, q.line) == ("too_large", 2)
    assert "sha256" in q.payload


def test_a_json_file_holds_one_record_or_a_list(write):
    one = write("one.json", json.dumps({"id": "j1", "text": "Texto de la noticia."}))
    many = write("many.json", json.dumps([{"id": "j2", "text": "Otra noticia."}, {"id": "j3"}]))
    result = read(one, many)
    assert sorted(a.article_id for a in result.articles) == ["j1", "j2"]
    assert reasons(result) == ["missing_text"] and "record 2" in result.quarantined[0].detail


def test_text_is_cleaned_but_keeps_its_quotes(write):
    text = "  Lavrov habló de “hermandad\u00a0inquebrantable”\u200b.\r\n\r\n\tSegundo  párrafo — final. "
    path = write("clean.jsonl", json.dumps({"id": "c", "text": text}))
    [article] = read(path).articles
    assert article.text == "Lavrov habló de “hermandad inquebrantable”.\nSegundo párrafo — final."
    assert article.text == clean_text(text)
