"""`dyad export --format iceberg`: the core tables and the GDELT-layout views as
Apache Iceberg tables that pyiceberg reads back with the warehouse's rows, one
snapshot per export, every earlier export still readable."""
from __future__ import annotations

import pytest

from orchestration.cli import main
from tests.warehouse.support import coded, news, run_load
from warehouse.connect import connect_readonly
from warehouse.export_iceberg import TABLES, catalog_for, export_iceberg

VISIT = "Lavrov llegó a Wonsan el viernes y se reunió con Choe."
PRAISE = "Lavrov elogió a Corea del Norte."
KEYS = {"articles": "article_id", "events": "event_id", "event_mentions": "mention_id",
        "gdelt_events": '"GLOBALEVENTID"', "gdelt_mentions": '"GLOBALEVENTID", "MentionIdentifier"'}


@pytest.fixture
def loaded(warehouse_path):
    run_load(warehouse_path, [news("a1", VISIT), news("a2", VISIT, "efe.com")], [
        coded("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
        coded("a1", 1, "043", "RUS_LAVROV", "PRK_CHOE", "2025-07-11")])
    return warehouse_path


def warehouse_rows(path, table: str) -> list[tuple]:
    with connect_readonly(path) as con:
        return con.execute(f"SELECT * FROM {table} ORDER BY {KEYS[table]}").fetchall()


def iceberg_rows(out, table: str, snapshot_id: int | None = None) -> list[tuple]:
    scanned = catalog_for(out).load_table(f"dyad.{table}").scan(snapshot_id=snapshot_id).to_arrow()
    keys = [k.strip('" ') for k in KEYS[table].split(",")]
    rows = scanned.sort_by([(k, "ascending") for k in keys]).to_pylist()
    return [tuple(r.values()) for r in rows]


def test_the_export_command_writes_every_table_and_pyiceberg_reads_back_the_same_rows(loaded, tmp_path, capsys):
    out = tmp_path / "iceberg"
    assert main(["export", "--format", "iceberg", "--warehouse", str(loaded), "--out", str(out)]) == 0
    assert capsys.readouterr().out.split() == [f"dyad.{t}" for t in TABLES]
    assert (out / "catalog.db").is_file()
    for table in TABLES:
        assert iceberg_rows(out, table) == warehouse_rows(loaded, table) != [], table


def test_each_export_is_a_snapshot_and_earlier_exports_stay_readable(loaded, tmp_path):
    out = tmp_path / "iceberg"
    export_iceberg(loaded, out)
    before = warehouse_rows(loaded, "events")
    run_load(loaded, [news("a3", PRAISE, "efe.com")], [coded("a3", 0, "051", "RUS_LAVROV", "PRK", "2025-07-12")])
    export_iceberg(loaded, out)
    events = catalog_for(out).load_table("dyad.events")
    exports = [s for s in events.snapshots() if "dyad.generation" in s.summary.additional_properties
               and s.summary.operation.value == "append"]
    assert [s.summary.additional_properties["dyad.generation"] for s in exports] == ["1", "2"]
    assert iceberg_rows(out, "events") == warehouse_rows(loaded, "events") and len(before) == 2
    assert iceberg_rows(out, "events", snapshot_id=exports[0].snapshot_id) == before


def test_an_export_without_text_leaves_the_text_columns_out(loaded, tmp_path):
    export_iceberg(loaded, tmp_path / "iceberg", tables=["articles", "event_mentions"], include_text=False)
    catalog = catalog_for(tmp_path / "iceberg")
    assert "text" not in catalog.load_table("dyad.articles").schema().column_names
    assert "sentence" not in catalog.load_table("dyad.event_mentions").schema().column_names


def test_exporting_an_unknown_table_is_a_clear_error(loaded, tmp_path):
    with pytest.raises(ValueError, match="no table or view named 'nowhere'"):
        export_iceberg(loaded, tmp_path / "iceberg", tables=["nowhere"])
