"""publish_batch: what a load stores, counted once, and the same again on a re-run."""
from __future__ import annotations

import pytest

from tests.warehouse.support import article, load, make_batch, mention
from warehouse.connect import connect_readonly
from warehouse.load import publish_batch
from warehouse.snapshot import load_lock

VISIT = "Lavrov llegó a Wonsan el viernes."
TALKS = "Lavrov se reunió con Choe Son Hui."


def every_table(path) -> dict[str, list[tuple]]:
    with connect_readonly(path) as con:
        # The full-text index's tables (schema fts_main_event_mentions) are left out: rebuilt on every
        # load, their internal document numbers come from a sequence and move.
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'"
            " ORDER BY 1").fetchall()]
        return {name: con.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall() for name in names}


def first_load(path):
    return load(
        path,
        articles=[article("a1", VISIT + " " + TALKS, "tass.ru")],
        mentions=[
            mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
            mention("a1", 1, "036", "RUS_LAVROV", "PRK_CHOE", "2025-07-12"),
        ],
        quarantine=[{"file": "bad.jsonl", "line": 3, "reason": "impossible_date", "detail": "2099-01-01", "payload": "{}"}],
    )


def test_publishing_the_same_batch_twice_gives_identical_tables(warehouse_path):
    batch = make_batch(
        warehouse_path,
        articles=[article("a1", VISIT, "tass.ru"), article("a2", VISIT, "kcna.kp", duplicate_of="a1")],
        mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")],
        quarantine=[{"file": "bad.jsonl", "line": 3, "reason": "impossible_date", "detail": "x", "payload": "{}"}],
    )
    publish_batch(warehouse_path, batch)
    before = every_table(warehouse_path)
    publish_batch(warehouse_path, batch)
    assert every_table(warehouse_path) == before


def test_a_second_run_of_the_same_input_changes_nothing(warehouse_path):
    first_load(warehouse_path)
    before = every_table(warehouse_path)
    report = first_load(warehouse_path)
    assert every_table(warehouse_path) == before
    assert (report.events_new, report.events_changed, report.quarantined_added) == (0, 0, 0)


def test_two_copies_of_one_text_from_two_sources_are_one_event_told_by_two_articles(warehouse_path, query):
    load(
        warehouse_path,
        articles=[article("a1", VISIT, "tass.ru"), article("b7", VISIT, "kcna.kp", duplicate_of="a1")],
        mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")],
    )
    assert query("SELECT num_mentions, num_articles, num_sources FROM events") == [(1, 2, 2)]
    assert query("SELECT duplicate_of FROM articles WHERE article_id = 'b7'") == [("a1",)]
    assert query("SELECT article_id, count(*) FROM article_events GROUP BY 1 ORDER BY 1") == [("a1", 1), ("b7", 1)]


def test_a_second_report_arriving_later_joins_the_event_and_refreshes_its_counts(warehouse_path, query):
    load(warehouse_path, articles=[article("a1", VISIT, "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")])
    [(event_id, first_seen)] = query("SELECT event_id, first_seen FROM events")
    load(warehouse_path, articles=[article("b7", VISIT, "kcna.kp", duplicate_of="a1")])
    assert query("SELECT event_id, num_articles, num_sources, first_seen FROM events") == [(event_id, 2, 2, first_seen)]


def test_replacing_an_article_s_mentions_does_not_double_count(warehouse_path, query):
    first_load(warehouse_path)
    ids_before = query("SELECT event_id, cameo_code FROM events ORDER BY 1")
    changed = article("a1", VISIT + " " + TALKS + " Corregido.", "tass.ru")
    load(warehouse_path, articles=[changed], mentions=[
        mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
        mention("a1", 1, "036", "RUS_LAVROV", "PRK_CHOE", "2025-07-12"),
    ])
    assert query("SELECT count(*) FROM event_mentions") == [(2,)]
    assert query("SELECT event_id, cameo_code FROM events ORDER BY 1") == ids_before
    assert query("SELECT DISTINCT num_mentions, num_articles, num_sources FROM events") == [(1, 1, 1)]


def test_event_ids_stay_fixed_when_another_article_tells_the_same_event(warehouse_path, query):
    first_load(warehouse_path)
    ids_before = query("SELECT event_id, cameo_code FROM events ORDER BY 1")
    load(warehouse_path, articles=[article("c3", "Otra crónica de la visita.", "yonhap.kr")],
         mentions=[mention("c3", 0, "042", "RUS_LAVROV", "PRK", "2025-07-12")])
    assert query("SELECT event_id, cameo_code FROM events ORDER BY 1") == ids_before
    assert query("SELECT num_mentions, num_articles, num_sources FROM events WHERE cameo_code = '042'") == [(2, 2, 2)]


def test_retracting_an_article_removes_it_and_the_events_left_without_mentions(warehouse_path, query):
    first_load(warehouse_path)
    load(warehouse_path, articles=[article("c3", "Kim recibió a Lavrov.", "yonhap.kr")],
         mentions=[mention("c3", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
                   mention("c3", 1, "043", "PRK_KIM", "RUS_LAVROV", "2025-07-12")])
    load(warehouse_path, removed=["a1"])
    assert query("SELECT article_id FROM articles") == [("c3",)]
    assert query("SELECT DISTINCT article_id FROM event_mentions") == [("c3",)]
    assert query("SELECT cameo_code, num_articles FROM events ORDER BY 1") == [("042", 1), ("043", 1)]


def test_retracting_a_first_report_promotes_its_second_report(warehouse_path, query):
    load(warehouse_path,
         articles=[article("a1", VISIT, "tass.ru"), article("a2", VISIT, "kcna.kp", duplicate_of="a1"),
                   article("a3", VISIT, "rt.com", duplicate_of="a1")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")])
    load(warehouse_path, removed=["a1"])
    assert query("SELECT article_id, duplicate_of FROM articles ORDER BY 1") == [("a2", None), ("a3", "a2")]
    # The shared mentions were stored under a1 and went with it; re-extracting a2 brings them back.
    assert query("SELECT count(*) FROM events") == [(0,)]
    load(warehouse_path, articles=[article("a2", VISIT, "kcna.kp")],
         mentions=[mention("a2", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")])
    assert query("SELECT num_articles, num_sources FROM events") == [(2, 2)]


def test_actors_keep_every_spelling_and_places_their_coordinates(warehouse_path, query):
    first_load(warehouse_path)
    assert ("Choi Son Hee",) in query("SELECT alias FROM actor_aliases WHERE actor_id = 'PRK_CHOE'")
    assert query("SELECT latitude, longitude FROM places WHERE place_id = 'gn:1866923'") == [(39.15278, 127.44361)]


def test_quarantined_records_are_stored_once(warehouse_path, query):
    first_load(warehouse_path)
    first_load(warehouse_path)
    assert query("SELECT file, line, reason FROM quarantine") == [("bad.jsonl", 3, "impossible_date")]


def test_the_next_event_id_never_goes_back(warehouse_path, query):
    first_load(warehouse_path)
    batch = make_batch(warehouse_path)
    batch.next_event_id = 1
    with load_lock(warehouse_path):
        publish_batch(warehouse_path, batch)
    assert query("SELECT next_value FROM id_counters WHERE name = 'event_id'") == [(3,)]


def test_a_batch_whose_mention_events_miss_a_stored_mention_is_refused(warehouse_path):
    first_load(warehouse_path)
    batch = make_batch(warehouse_path)
    batch.mention_events = batch.mention_events.head(1)
    with pytest.raises(Exception, match="no event for stored mentions"):
        publish_batch(warehouse_path, batch)
