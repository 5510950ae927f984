"""The pre-aggregated counts (dyad_counts, actor_day_counts,
country_type_day_counts, type_day_counts) are published with every load, count
what events hold, and a load whose counts disagree is not published."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.warehouse.support import article, load, make_batch, mention
from warehouse import load as load_module
from warehouse.checks import run_checks
from warehouse.load import LoadError, publish_batch
from warehouse.read_tables import build_read_tables

TEXT = "Lavrov llegó a Wonsan. Lavrov se reunió con Choe. Corea del Norte habló. Corea criticó a Lavrov."


@pytest.fixture
def loaded(warehouse_path):
    load(warehouse_path, articles=[article("a1", TEXT, "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
                   mention("a1", 1, "040", "RUS_LAVROV", "PRK_CHOE", "2025-07-12"),
                   mention("a1", 2, "010", "PRK", None, None, place=None),
                   mention("a1", 3, "111", "PRK", "RUS_LAVROV", "2024-03-01")])
    return warehouse_path


def test_dyad_counts_hold_each_pair_per_period_with_symmetric_events_under_the_pair_in_id_order(loaded, query):
    # the visit (042) and the consultation (040) are symmetric; the criticism (111) is not
    assert query("SELECT cameo_code, is_symmetric FROM events WHERE target_actor_id IS NOT NULL ORDER BY 1") == [
        ("040", True), ("042", True), ("111", False)]
    rows = query("SELECT grain, period_start, source_actor_id, target_actor_id, event_count FROM dyad_counts "
                 "ORDER BY grain, period_start NULLS FIRST, source_actor_id")
    july, march = dt.date(2025, 7, 1), dt.date(2024, 3, 1)
    assert rows == [
        # Lavrov's visit to North Korea counts under (PRK, RUS_LAVROV) with North Korea's criticism of him
        ("all", None, "PRK", "RUS_LAVROV", 2), ("all", None, "PRK_CHOE", "RUS_LAVROV", 1),
        ("day", march, "PRK", "RUS_LAVROV", 1), ("day", dt.date(2025, 7, 11), "PRK", "RUS_LAVROV", 1),
        ("day", dt.date(2025, 7, 12), "PRK_CHOE", "RUS_LAVROV", 1),
        ("month", march, "PRK", "RUS_LAVROV", 1), ("month", july, "PRK", "RUS_LAVROV", 1),
        ("month", july, "PRK_CHOE", "RUS_LAVROV", 1),
        ("year", dt.date(2024, 1, 1), "PRK", "RUS_LAVROV", 1), ("year", dt.date(2025, 1, 1), "PRK", "RUS_LAVROV", 1),
        ("year", dt.date(2025, 1, 1), "PRK_CHOE", "RUS_LAVROV", 1),
    ]


def test_the_day_counts_count_each_event_once_per_actor_per_country_and_overall(loaded, query):
    assert query("SELECT actor_id, sum(event_count) FROM actor_day_counts GROUP BY 1 ORDER BY 1") == [
        ("PRK", 3), ("PRK_CHOE", 1), ("RUS_LAVROV", 3)]
    # the statement has no target; Lavrov's consultation of Choe is RUS and PRK
    assert query("SELECT country, sum(event_count) FROM country_type_day_counts GROUP BY 1 ORDER BY 1") == [
        ("PRK", 4), ("RUS", 3)]
    assert query("SELECT event_date, root_code, event_count FROM type_day_counts ORDER BY 1 NULLS LAST") == [
        (dt.date(2024, 3, 1), "11", 1), (dt.date(2025, 7, 11), "04", 1), (dt.date(2025, 7, 12), "04", 1), (None, "01", 1)]


def test_the_aggregates_check_passes_on_a_load(loaded):
    assert {r.name: r for r in run_checks(loaded)}["aggregates_match_events"].passed


def test_a_load_whose_counts_disagree_with_events_is_not_published(loaded, query, monkeypatch):
    def broken(con):
        build_read_tables(con)
        con.execute("DELETE FROM dyad_counts WHERE grain = 'year' AND source_actor_id = 'PRK'")

    monkeypatch.setattr(load_module, "build_read_tables", broken)
    batch = make_batch(loaded, articles=[article("b1", "Kim recibió a Lavrov.", "kcna.kp")],
                       mentions=[mention("b1", 0, "043", "PRK_KIM", "RUS_LAVROV", "2025-07-12")])
    with pytest.raises(LoadError, match="aggregates_match_events"):
        publish_batch(loaded, batch)
    assert query("SELECT count(*) FROM events") == [(4,)]  # the published file is as it was
