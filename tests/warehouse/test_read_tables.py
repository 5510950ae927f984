"""The derived read tables (event_facts, actor_events) are published with every
load, agree with events, and a load whose read tables disagree is not published."""
from __future__ import annotations

import pytest

from tests.warehouse.support import article, load, make_batch, mention
from warehouse import load as load_module
from warehouse.checks import run_checks
from warehouse.connect import connect_readonly
from warehouse.load import LoadError, publish_batch
from warehouse.read_tables import build_read_tables

VISIT = "Lavrov llegó a Wonsan el viernes."
TALKS = "Lavrov se reunió con Choe Son Hui."


@pytest.fixture
def loaded(warehouse_path):
    load(warehouse_path, articles=[article("a1", VISIT + " " + TALKS, "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
                   mention("a1", 1, "036", "RUS_LAVROV", "PRK_CHOE", "2025-07-12"),
                   mention("a1", 2, "010", "PRK", None, None, place=None)])
    return warehouse_path


def test_event_facts_hold_each_event_once_with_the_countries_of_its_actors(loaded, query):
    facts = query("SELECT cameo_code, root_code, source_country, target_country, place_country FROM event_facts ORDER BY 1")
    assert facts == [("010", "01", "PRK", None, None), ("036", "03", "RUS", "PRK", "PRK"), ("042", "04", "RUS", "PRK", "PRK")]
    assert query("SELECT count(*) FROM events") == [(3,)]


def test_event_facts_are_stored_newest_first_with_undated_events_last(loaded, query):
    assert [r[0] for r in query("SELECT event_date FROM event_facts")] == [
        *sorted([d for (d,) in query("SELECT event_date FROM events WHERE event_date IS NOT NULL")], reverse=True), None]


def test_actor_events_list_each_event_under_each_of_its_actors(loaded, query):
    rows = query("SELECT actor_id, counterpart_id, is_source, cameo_code FROM actor_events")
    assert sorted(rows, key=str) == sorted([("PRK", None, True, "010"), ("PRK", "RUS_LAVROV", False, "042"),
                                            ("PRK_CHOE", "RUS_LAVROV", False, "036"),
                                            ("RUS_LAVROV", "PRK", True, "042"), ("RUS_LAVROV", "PRK_CHOE", True, "036")], key=str)
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)  # stored by actor


def test_the_read_tables_check_passes_on_a_load_and_judges_nothing_on_older_files(loaded, tmp_path):
    assert {r.name: r for r in run_checks(loaded)}["read_tables_match_events"].passed
    with connect_readonly(loaded) as con:
        assert con.execute("SELECT count(*) FROM actor_events").fetchone() == (5,)


def test_a_load_whose_read_tables_disagree_with_events_is_not_published(loaded, query, monkeypatch):
    def broken(con):
        build_read_tables(con)
        con.execute("DELETE FROM event_facts WHERE cameo_code = '010'")

    monkeypatch.setattr(load_module, "build_read_tables", broken)
    batch = make_batch(loaded, articles=[article("b1", "Kim recibió a Lavrov.", "kcna.kp")],
                       mentions=[mention("b1", 0, "043", "PRK_KIM", "RUS_LAVROV", "2025-07-12")])
    with pytest.raises(LoadError, match="read_tables_match_events"):
        publish_batch(loaded, batch)
    assert query("SELECT count(*) FROM events") == [(3,)]  # the published file is as it was
