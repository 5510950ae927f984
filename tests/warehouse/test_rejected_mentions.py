"""The rejected_mentions table: what the validation kept out, per stored article, replaced when it is coded again."""
from __future__ import annotations

import polars as pl

from tests.warehouse.support import article, make_batch, mention
from warehouse.load import REJECTED_COLUMNS, publish_batch
from warehouse.snapshot import load_lock

TEXT = "Lavrov llegó a Wonsan. " * 20


def rejected(article_id: str, index: int, rule: str, value: str, run_id: str = "run-1") -> dict:
    return {"mention_id": f"{article_id}:{index}:0", "rule": rule, "article_id": article_id, "sentence_index": index,
            "sentence": f"Sentence {index} of {article_id}.", "char_start": index * 100, "char_end": index * 100 + 90,
            "value": value, "mention": "{}", "run_id": run_id}


def publish(path, articles=(), mentions=(), rejections=(), removed=()):
    with load_lock(path):
        batch = make_batch(path, articles=list(articles), mentions=list(mentions), removed=list(removed))
        batch.rejected_mentions = pl.DataFrame(list(rejections), schema=REJECTED_COLUMNS)
        return publish_batch(path, batch)


def test_rejected_mentions_are_stored_with_the_run_and_the_time_of_the_load(warehouse_path, query):
    report = publish(warehouse_path, [article("a1", TEXT, "tass.ru")], [mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")],
                     [rejected("a1", 1, "event_date_not_after_publication", "2026-01-01 > published 2025-07-13 + 1 day")])
    assert report.rejected_mentions_written == 1
    [(mention_id, rule, value, run_id, at)] = query("SELECT mention_id, rule, value, run_id, rejected_at FROM rejected_mentions")
    assert (mention_id, rule, run_id) == ("a1:1:0", "event_date_not_after_publication", "run-1") and at is not None
    assert value.startswith("2026-01-01")
    [(comment,)] = query("SELECT comment FROM duckdb_tables() WHERE table_name = 'rejected_mentions'")
    assert comment.startswith("One row per (mention, rule it broke)")


def test_coding_an_article_again_replaces_its_rejections_and_a_retraction_removes_them(warehouse_path, query):
    publish(warehouse_path, [article("a1", TEXT, "tass.ru"), article("b2", TEXT + " B", "efe.com")],
            [mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")],
            [rejected("a1", 1, "event_date_not_after_publication", "late"), rejected("a1", 2, "cameo_code_in_code_list", "999"),
             rejected("b2", 1, "offsets_inside_text", "100..190 of 50 characters")])
    # a1 coded again (a coder fix): one of its mentions still breaks a rule, the other now passes
    publish(warehouse_path, [article("a1", TEXT, "tass.ru")],
            [mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"), mention("a1", 2, "042", "RUS_LAVROV", "PRK", "2025-07-11")],
            [rejected("a1", 1, "event_date_not_after_publication", "late", run_id="run-2")])
    assert query("SELECT mention_id, rule, run_id FROM rejected_mentions ORDER BY 1") == [
        ("a1:1:0", "event_date_not_after_publication", "run-2"), ("b2:1:0", "offsets_inside_text", "run-1")]
    publish(warehouse_path, removed=["b2"])
    assert query("SELECT mention_id FROM rejected_mentions") == [("a1:1:0",)]
