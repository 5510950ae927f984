"""The DDL: safe to re-run, upgrades older files with their data, every table and view says its grain,
and the GDELT-layout views carry exactly GDELT's column names."""
from __future__ import annotations

import csv
from pathlib import Path

import duckdb

from tests.warehouse.support import article, load, mention
from warehouse.connect import connect_readonly
from warehouse.migrate import migrate
from warehouse.sqlfiles import SQL_DIR

GDELT = Path(__file__).resolve().parents[2] / "seeds" / "sources" / "gdelt"


def gdelt_event_columns() -> list[str]:
    with open(GDELT / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", newline="", encoding="utf-8") as f:
        return [row["tableId"] for row in csv.DictReader(f)]


def gdelt_mention_columns() -> list[str]:
    lines = (GDELT / "GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv").read_text(encoding="utf-8").splitlines()
    names = [line.split("\t")[1] for line in lines[1:]]
    return [n for n in names if n != "Add New Fields"]  # the last row is a note, not a column


def columns(con, view: str) -> list[str]:
    return [d[0] for d in con.execute(f"SELECT * FROM {view} LIMIT 0").description]


def test_gdelt_views_have_exactly_the_reference_column_names_in_order(warehouse_path):
    load(warehouse_path, articles=[article("a1", "Lavrov llegó a Wonsan.", "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")])
    with connect_readonly(warehouse_path) as con:
        assert len(gdelt_event_columns()) == 61 and len(gdelt_mention_columns()) == 16
        assert columns(con, "gdelt_events") == gdelt_event_columns()
        assert columns(con, "gdelt_mentions") == gdelt_mention_columns()
        row = dict(zip(gdelt_event_columns(), con.execute("SELECT * FROM gdelt_events").fetchone()))
    assert (row["GLOBALEVENTID"], row["SQLDATE"], row["EventCode"], row["EventRootCode"], row["QuadClass"]) == (1, 20250711, "042", "04", 1)
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor2Code"]) == ("RUSGOV", "RUS", "PRK")
    assert (row["ActionGeo_Lat"], row["ActionGeo_FeatureID"], row["NumArticles"]) == (39.15278, "1866923", 1)


def test_migrating_twice_applies_nothing_the_second_time(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        assert migrate(con)
        assert migrate(con) == []


def test_an_older_file_upgrades_without_losing_data(tmp_path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:  # a file made when only the first two schema files existed
        for name in ("001_core_tables.sql", "002_reference_tables.sql"):
            con.execute((SQL_DIR / "schema" / name).read_text(encoding="utf-8"))
        con.execute("INSERT INTO articles (article_id, text, content_hash, source) VALUES ('old1', 'Texto.', 'h', 'efe.es')")
    load(path, articles=[article("a1", "Lavrov llegó a Wonsan.", "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")])
    with connect_readonly(path) as con:
        assert con.execute("SELECT article_id FROM articles ORDER BY 1").fetchall() == [("a1",), ("old1",)]
        assert con.execute("SELECT count(*) FROM event_mentions WHERE source_text IS NOT NULL").fetchone() == (1,)


def test_every_table_and_view_states_its_grain(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        migrate(con)
        silent = con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND (comment IS NULL OR comment = '')"
            " UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal AND (comment IS NULL OR comment = '')"
        ).fetchall()
        grains = con.execute(
            "SELECT comment FROM duckdb_tables() WHERE NOT internal UNION ALL SELECT comment FROM duckdb_views() WHERE NOT internal"
        ).fetchall()
    assert silent == []
    assert all(comment.startswith("One row per") for (comment,) in grains)
