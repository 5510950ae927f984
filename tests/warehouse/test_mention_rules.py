"""Mention rules: one definition that keeps bad mentions out of a load and that the data checks hold the warehouse to."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import polars as pl
import pytest

from tests.warehouse.support import coded, news
from transforms.batch import plan_load
from transforms.frames import articles_frame, mentions_frame
from transforms.ingest.duplicates import classify
from transforms.seed_tables import cameo_codes_frame, countries_frame
from warehouse.check_list import check_list, mention_rules
from warehouse.checks import run_checks
from warehouse.connect import connect_readonly
from warehouse.load import LoadBatch, publish_batch
from warehouse.mention_rules import violations_sql
from warehouse.sqlfiles import SQL_DIR
from warehouse.validate import rejected_mentions

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TEXT = "Lavrov llegó a Wonsan. " * 40  # 920 characters: room for the offsets of sentences 0..8


def judged(articles, mentions) -> set[tuple[str, str]]:
    """(mention_id, rule) of every rejection the validation makes."""
    rows = rejected_mentions(mentions_frame(mentions), articles_frame(articles), cameo_codes_frame(SEEDS),
                             countries_frame(SEEDS))
    return set(zip(rows["mention_id"].to_list(), rows["rule"].to_list()))


def with_source(m, **changes):
    return dataclasses.replace(m, source=dataclasses.replace(m.source, **changes))


@pytest.fixture
def bad_and_good():
    article = news("a1", TEXT, published="2025-07-13")
    mentions = [
        coded("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),                 # fine
        coded("a1", 1, "042", "RUS_LAVROV", "PRK", "2025-07-14"),                 # fine: a day's grace
        coded("a1", 2, "043", "RUS_LAVROV", "PRK_CHOE", "2026-01-01"),            # after publication
        coded("a1", 3, "999", "RUS_LAVROV", "PRK", "2025-07-11"),                 # no CAMEO code
        coded("a1", 4, "042", "RUS_LAVROV", "XXX_FRONT", "2025-07-11"),           # target country not a code
        coded("a1", 5, "042", "RUS_LAVROV", "PRK", "1850-03-01"),                 # before 1900
        dataclasses.replace(coded("a1", 6, "042", "RUS_LAVROV", "PRK", "2025-07-11"), char_end=5000),  # past the text
        coded("a1", 7, "145", "RUS_LAVROV", None, "2025-07-12", place=None),      # one side: legal
    ]
    return [article], mentions


def test_each_rule_sets_aside_the_mention_that_breaks_it_and_keeps_the_rest(bad_and_good):
    articles, mentions = bad_and_good
    assert judged(articles, mentions) == {
        ("a1:2:0", "event_date_not_after_publication"), ("a1:3:0", "cameo_code_in_code_list"),
        ("a1:4:0", "countries_in_code_list"), ("a1:5:0", "event_date_not_before_1900"),
        ("a1:6:0", "offsets_inside_text")}


def test_a_rejected_row_says_where_the_mention_stands_and_what_was_wrong(bad_and_good):
    articles, mentions = bad_and_good
    rows = rejected_mentions(mentions_frame(mentions), articles_frame(articles), cameo_codes_frame(SEEDS),
                             countries_frame(SEEDS))
    late = rows.filter(pl.col("rule") == "event_date_not_after_publication").row(0, named=True)
    assert late["article_id"] == "a1" and late["sentence_index"] == 2 and late["sentence"] == "Sentence 2 of a1."
    assert (late["char_start"], late["char_end"]) == (200, 290)
    assert late["value"] == "2026-01-01 > published 2025-07-13 + 1 day"
    assert '"target_actor_id":"PRK_CHOE"' in late["mention"]  # the whole mention, nothing lost
    country = rows.filter(pl.col("rule") == "countries_in_code_list").row(0, named=True)
    assert country["value"] == "target XXX"


def test_a_mention_with_only_a_source_or_only_a_target_passes_and_one_with_neither_is_rejected():
    article = news("b1", TEXT)
    source_only = coded("b1", 0, "145", "RUS_LAVROV", None, "2025-07-12")
    target_only = dataclasses.replace(coded("b1", 1, "180", "RUS_LAVROV", "PRK", "2025-07-12"), source=None)
    neither = dataclasses.replace(coded("b1", 2, "180", "RUS_LAVROV", None, "2025-07-12"), source=None)
    assert judged([article], [source_only, target_only, neither]) == {("b1:2:0", "one_side_present")}


def test_an_undated_article_or_mention_is_not_judged_on_dates():
    article = dataclasses.replace(news("c1", TEXT), published_at=None)
    assert judged([article], [coded("c1", 0, "042", "RUS_LAVROV", "PRK", "2030-01-01"),
                              coded("c1", 1, "042", "RUS_LAVROV", "PRK", None)]) == set()


def test_the_stored_checks_find_exactly_what_the_validation_rejects(bad_and_good, warehouse_path):
    """The same SQL over the published tables: publish the mentions unvalidated, then compare."""
    articles, mentions = bad_and_good
    changes = classify(articles, [])
    plan = plan_load(changes, mentions, pl.DataFrame(), 1)
    publish_batch(warehouse_path, LoadBatch(
        articles=plan.articles, quarantine=None, replaced_article_ids=plan.replaced_article_ids, removed_article_ids=[],
        new_mentions=plan.new_mentions, mention_events=plan.mention_events, events=plan.events, merges=plan.merges,
        actors=plan.actors, places=plan.places, cameo_codes=cameo_codes_frame(SEEDS), countries=countries_frame(SEEDS),
        next_event_id=plan.next_event_id))
    with connect_readonly(warehouse_path) as con:
        stored = {(m, rule) for rule, m, _ in con.execute(violations_sql("stored", mention_rules())).fetchall()}
    assert stored == judged(articles, mentions)
    results = {r.name: r for r in run_checks(warehouse_path)}
    failed = {name for name, r in results.items() if not r.passed}
    assert failed == {rule for _, rule in stored}
    assert all(results[name].severity == "warn" for name in failed)  # the validation guards them; they never block


def test_the_severity_table_lists_every_check_file_and_blocks_only_on_integrity():
    listed = {spec.name: spec for spec in check_list()}
    integrity = {p.stem for p in (SQL_DIR / "checks").glob("*.sql")}
    rules = {p.stem for p in (SQL_DIR / "mention_rules").glob("*.sql")} - {"facts_incoming", "facts_stored", "rejected_rows"}
    assert {n for n, s in listed.items() if s.kind in ("integrity", "anomaly")} == integrity
    assert {n for n, s in listed.items() if s.kind == "mention_rule"} == rules
    assert {s.kind for s in listed.values() if s.blocking} == {"integrity"}
    assert {"event_date_not_after_publication", "event_date_not_before_1900", "cameo_code_in_code_list",
            "countries_in_code_list", "one_side_present", "offsets_inside_text"} <= rules
