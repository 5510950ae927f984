"""Classifying a batch against the warehouse: new, changed, second reports, unchanged."""
from __future__ import annotations

import json

from transforms.ingest import classify

from .support import read

TEXT = "El canciller ruso Sergei Lavrov visitó Wonsan y se reunió con Choe Son Hui."
OTHER = "Kim Jong Un recibió a Lavrov en Wonsan y ambos expresaron su apoyo mutuo."


def _articles(write, *rows):
    path = write("batch.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    return read(path).articles


def _row(article_id, text, source="Agencia", url=None):
    return {"id": article_id, "text": text, "source": source, "url": url or f"https://a.example/{article_id}"}


def _stored(articles):
    return [(a.article_id, a.content_hash, a.source, a.url) for a in articles]


def test_everything_is_new_in_an_empty_warehouse(write):
    batch = _articles(write, _row("a", TEXT), _row("b", OTHER))
    result = classify(batch, [])
    assert [a.article_id for a in result.new] == ["a", "b"]
    assert (result.changed, result.second_reports, result.unchanged, result.rejected) == ([], [], [], [])


def test_the_same_story_from_the_same_place_is_unchanged_even_under_another_id(write):
    stored = _stored(_articles(write, _row("a", TEXT, url="https://a.example/x")))
    again = _articles(write, _row("a", TEXT, url="https://a.example/x"),
                      _row("renamed", TEXT.upper() + "  ", url="https://a.example/x"))
    result = classify(again, stored)
    assert result.unchanged == ["a", "renamed"]
    assert result.unchanged_as == {"a": "a", "renamed": "a"}
    assert result.new == [] and result.changed == []


def test_none_and_empty_source_or_url_are_the_same(write):
    [with_none] = _articles(write, {"id": "a", "text": TEXT})
    result = classify([with_none], [("a", with_none.content_hash, "", "")])
    assert result.unchanged == ["a"]


def test_the_same_story_from_another_source_is_a_second_report_pointing_at_the_first(write):
    stored = _stored(_articles(write, _row("a", TEXT, source="Agencia")))
    batch = _articles(write, _row("b", TEXT, source="Otro Diario"), _row("c", TEXT, source="Agencia",
                                                                          url="https://mirror.example/a"))
    result = classify(batch, stored)
    assert [(a.article_id, first) for a, first in result.second_reports] == [("b", "a"), ("c", "a")]
    assert result.new == []


def test_within_a_batch_the_first_occurrence_wins(write):
    batch = _articles(write, _row("a", TEXT), _row("b", TEXT, source="Otro"), _row("a2", TEXT, url="https://a.example/a"))
    result = classify(batch, [])
    assert [a.article_id for a in result.new] == ["a"]
    assert [(a.article_id, first) for a, first in result.second_reports] == [("b", "a")]
    assert result.unchanged == ["a2"] and result.unchanged_as == {"a2": "a"}


def test_a_stored_id_with_other_content_is_changed(write):
    stored = _stored(_articles(write, _row("a", TEXT)))
    batch = _articles(write, _row("a", OTHER))
    result = classify(batch, stored)
    assert [a.article_id for a in result.changed] == ["a"]
    assert result.new == [] and result.unchanged == []


def test_a_stored_id_with_a_new_url_is_changed_not_a_report_of_itself(write):
    stored = _stored(_articles(write, _row("a", TEXT)))
    result = classify(_articles(write, _row("a", TEXT, url="https://a.example/moved")), stored)
    assert [a.article_id for a in result.changed] == ["a"] and result.second_reports == []


def test_a_reused_id_within_a_batch_is_rejected_and_the_first_kept(write):
    batch = _articles(write, _row("a", TEXT), _row("a", OTHER))
    result = classify(batch, [])
    assert [a.article_id for a in result.new] == ["a"] and result.new[0].text == TEXT
    [q] = result.rejected
    assert q.reason == "duplicate_id" and q.line == 2 and "'a'" in q.detail


def test_after_a_change_the_old_content_is_no_longer_that_article(write):
    stored = _stored(_articles(write, _row("a", TEXT)))
    batch = _articles(write, _row("a", OTHER), _row("b", TEXT, source="Otro"))
    result = classify(batch, stored)
    assert [a.article_id for a in result.changed] == ["a"]
    assert [a.article_id for a in result.new] == ["b"]
