"""An event may have one known side (DESIGN.md): a target without a source loads, clusters and reads like any other."""
from __future__ import annotations

import dataclasses

from tests.warehouse.support import coded, news, run_load
from warehouse.checks import run_checks

TEXT = "Manifestantes atacaron la embajada de Corea del Norte. " * 6


def test_mentions_with_only_a_target_or_only_a_source_are_stored_as_events_and_pass_every_check(warehouse_path, query):
    target_only = [dataclasses.replace(coded(f"a{n}", 0, "180", "RUS_LAVROV", "PRK", "2025-07-11"), source=None)
                   for n in (1, 2)]  # the same attack told twice: one event
    source_only = coded("a3", 1, "145", "RUS_LAVROV", None, "2025-07-12")
    run_load(warehouse_path, [news("a1", TEXT), news("a2", TEXT + " Bis.", source="efe.com"), news("a3", TEXT + " Ter.")],
             [*target_only, source_only])
    assert query("SELECT source_actor_id, target_actor_id, num_mentions FROM events ORDER BY cameo_code") == [
        ("RUS_LAVROV", None, 1), (None, "PRK", 2)]
    assert query("SELECT actor_id, is_source FROM actor_events ORDER BY actor_id") == [("PRK", False), ("RUS_LAVROV", True)]
    assert [r.name for r in run_checks(warehouse_path) if not r.passed and r.severity == "error"] == []
