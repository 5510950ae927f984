"""The changes feed: every publish that changes events records, as one new
generation of event_changes, the events it added, revised (new reports,
corrections, re-coding, merges into them), merged into another, or retracted;
a publish that changes nothing records nothing."""
from __future__ import annotations

import textwrap

from orchestration.runner import retract_articles
from tests.warehouse.support import coded, news, run_load

VISIT = "Lavrov llegó a Wonsan el viernes y se reunió con Choe."
MEETING = "El canciller ruso se reunió con su homóloga Choi Son Hee."
PRAISE = "Lavrov elogió a Corea del Norte."


def feed(query, generation: int | None = None):
    rows = query("SELECT generation, change, cameo_code, merged_into IS NOT NULL FROM changes ORDER BY generation, change, cameo_code")
    return [r[1:] for r in rows if generation is None or r[0] == generation]


def first_load(path):
    run_load(path, [news("a1", VISIT)], [coded("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
                                         coded("a1", 1, "043", "RUS_LAVROV", "PRK_CHOE", "2025-07-11")])


def test_the_first_publish_adds_every_event_in_generation_one(warehouse_path, query):
    first_load(warehouse_path)
    assert query("SELECT DISTINCT generation FROM event_changes") == [(1,)]
    assert feed(query) == [("added", "042", False), ("added", "043", False)]


def test_a_publish_that_changes_no_event_adds_no_generation(warehouse_path, query):
    first_load(warehouse_path)
    first_load(warehouse_path)
    assert query("SELECT max(generation), count(*) FROM event_changes") == [(1, 2)]


def test_a_new_report_of_an_event_revises_it_and_a_new_event_is_added(warehouse_path, query):
    first_load(warehouse_path)
    run_load(warehouse_path, [news("a2", MEETING + " " + PRAISE, "efe.com")], [
        coded("a2", 0, "043", "RUS_LAVROV", "PRK_CHOE", "2025-07-11"),
        coded("a2", 1, "051", "RUS_LAVROV", "PRK", "2025-07-12")])
    assert feed(query, 2) == [("added", "051", False), ("revised", "043", False)]
    assert query("SELECT num_articles FROM changes WHERE generation = 2 AND change = 'revised'") == [(2,)]


def test_a_retracted_article_retracts_the_events_only_it_told(warehouse_path, query):
    first_load(warehouse_path)
    run_load(warehouse_path, [news("a2", PRAISE, "efe.com")], [coded("a2", 0, "051", "RUS_LAVROV", "PRK", "2025-07-12")])
    retract_articles(str(warehouse_path), ["a2"])
    assert query("SELECT change, cameo_code, event_date FROM changes WHERE generation = 3") == [("retracted", None, None)]


def test_an_event_absorbed_by_another_is_merged_into_it_and_the_other_is_revised(warehouse_path, query, tmp_path):
    run_load(warehouse_path, [news("a1", VISIT), news("a2", MEETING, "efe.com")], [
        coded("a1", 1, "043", "RUS_LAVROV", "PRK_CHOE", "2025-07-11"),
        coded("a2", 0, "043", "RUS_LAVROV", "PRK_CHOI", "2025-07-11")])
    fix = tmp_path / "corrections.yaml"
    fix.write_text("corrections:\n" + textwrap.indent(textwrap.dedent("""
        - id: M1
          select: {actor_id: PRK_CHOI}
          action: merge_actors
          into: PRK_CHOE
          reason: "the same person"
    """), "  "), encoding="utf-8")
    run_load(warehouse_path, [news("a1", VISIT), news("a2", MEETING, "efe.com")], [], corrections=fix)
    (kept,) = query("SELECT event_id FROM events")[0]
    assert query("SELECT change, merged_into FROM changes WHERE generation = 2 ORDER BY change") == [
        ("merged", kept), ("revised", None)]
