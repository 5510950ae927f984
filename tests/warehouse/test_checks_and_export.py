"""Quality checks on a loaded file, and exports of the analyst views."""
from __future__ import annotations

import duckdb
import polars as pl
import pytest

from tests.warehouse.support import article, load, mention
from warehouse.checks import run_checks
from warehouse.export import DEFAULT_VIEWS, export
from warehouse.load import publish_batch
from tests.warehouse.support import make_batch


@pytest.fixture
def loaded(warehouse_path):
    load(warehouse_path,
         articles=[article("a1", "Lavrov llegó a Wonsan.", "tass.ru"), article("a2", "Lavrov llegó a Wonsan.", "kcna.kp", duplicate_of="a1"),
                   article("c3", "Sin fecha.", "efe.es", published=None)],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11", sentence="Lavrov llegó a Wonsan."),
                   mention("c3", 0, "036", "RUS_LAVROV", "PRK_CHOE", None)])
    return warehouse_path


def test_a_clean_load_passes_every_error_check(loaded):
    results = {r.name: r for r in run_checks(loaded)}
    assert "references_resolve" in results and "events_per_article_anomaly" in results
    assert [r.name for r in results.values() if r.severity == "error" and not r.passed] == []
    # No CAMEO reference table was given: the code-list rule has nothing to judge against.
    assert results["cameo_code_in_code_list"].passed
    assert "no code list" in results["cameo_code_in_code_list"].detail
    assert results["cameo_code_in_code_list"].severity == "warn"


def test_a_second_report_with_mentions_of_its_own_is_flagged(loaded):
    batch = make_batch(loaded, articles=[article("a2", "Lavrov llegó a Wonsan.", "kcna.kp", duplicate_of="a1")])
    extra = pl.DataFrame([mention("a2", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")]).with_columns(pl.lit(1, dtype=pl.Int64).alias("event_id"))
    batch.new_mentions = pl.concat([batch.new_mentions, extra], how="diagonal_relaxed")
    batch.replaced_article_ids = ["a2"]
    batch.mention_events = pl.concat([batch.mention_events, extra.select("mention_id", "event_id")])
    publish_batch(loaded, batch)
    results = {r.name: r for r in run_checks(loaded)}
    assert not results["second_reports_have_no_mentions"].passed
    assert "a2" in results["second_reports_have_no_mentions"].detail


def test_parquet_exports_are_partitioned_by_year_and_month(loaded, tmp_path):
    written = export(loaded, tmp_path / "out", views=None, fmt="parquet", include_text=True)
    assert [p.name for p in written] == DEFAULT_VIEWS
    assert (tmp_path / "out" / "article_events" / "year=2025" / "month=7").is_dir()
    rows = duckdb.sql(
        f"SELECT article_id, CAST(year AS INTEGER), CAST(month AS INTEGER) FROM read_parquet('{tmp_path}/out/article_events/**/*.parquet', hive_partitioning = true)"
        " ORDER BY ALL").fetchall()
    assert rows == [("a1", 2025, 7), ("a2", 2025, 7), ("c3", None, None)]


def test_exports_without_text_drop_the_sentences(loaded, tmp_path):
    [with_text] = export(loaded, tmp_path / "full", views=["events_wide"], fmt="csv", include_text=True)
    [without] = export(loaded, tmp_path / "bare", views=["events_wide"], fmt="tsv", include_text=False)
    assert "Lavrov llegó a Wonsan." in with_text.read_text(encoding="utf-8")
    header = without.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert "evidence_sentence" not in header and "event_id" in header
    assert "Lavrov llegó a Wonsan." not in without.read_text(encoding="utf-8")


def test_exporting_an_unknown_view_is_a_clear_error(loaded, tmp_path):
    with pytest.raises(ValueError, match="no table or view named 'nope'"):
        export(loaded, tmp_path / "out", views=["nope"], fmt="csv", include_text=True)


def test_emptied_read_tables_fail_their_blocking_check_while_missing_ones_are_not_judged(loaded, tmp_path):
    import shutil

    from warehouse.checks import check_connection
    from warehouse.connect import connect_writable

    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(loaded, copy)
    con = connect_writable(copy)
    con.execute("DELETE FROM event_facts")  # a bug that builds the read tables empty
    emptied = {r.name: r for r in check_connection(con, blocking_only=True)}
    con.execute("DROP TABLE actor_events")  # a file published before the read tables existed
    missing = {r.name: r for r in check_connection(con, blocking_only=True)}
    con.close()
    assert not emptied["read_tables_match_events"].passed and emptied["read_tables_match_events"].severity == "error"
    assert missing["read_tables_match_events"].passed and "not built" in missing["read_tables_match_events"].detail
    assert all(r.severity == "error" for r in emptied.values())
