"""Every load publishes the full-text index of evidence sentences the API's text search uses."""
from __future__ import annotations

import logging
from pathlib import Path

from tests.warehouse.support import article, load, mention
from warehouse import reader_text_index
from warehouse.connect import connect_readonly

PRESENT = (Path(__file__).resolve().parents[2] / "warehouse" / "queries" / "text_index_present.sql").read_text()


def index_present(path) -> bool:
    with connect_readonly(path) as con:
        return con.execute(PRESENT).fetchone()[0]


def test_a_load_publishes_the_text_index_of_the_sentences_it_stored(warehouse_path):
    load(warehouse_path, articles=[article("a1", "Lavrov llegó a Wonsan.", "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11", sentence="Lavrov llegó a Wonsan.")])
    assert index_present(warehouse_path)
    with connect_readonly(warehouse_path) as con:
        words = {r[0] for r in con.execute("SELECT term FROM fts_main_event_mentions.dict").fetchall()}
    assert {"lavrov", "llego", "wonsan"} <= words


def test_a_load_without_the_fts_extension_still_publishes_and_drops_the_stale_index(warehouse_path, monkeypatch, caplog):
    load(warehouse_path, articles=[article("a1", "Lavrov llegó a Wonsan.", "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")])
    # As on a machine where duckdb-ext-fts is missing: the extension file is not there.
    monkeypatch.setattr(reader_text_index, "fts_extension_path", lambda: Path("/nonexistent/fts.duckdb_extension"))
    with caplog.at_level(logging.WARNING, logger="warehouse.load"):
        load(warehouse_path, articles=[article("b1", "Kim recibió a Lavrov.", "kcna.kp")],
             mentions=[mention("b1", 0, "043", "PRK_KIM", "RUS_LAVROV", "2025-07-12")])
    assert "full-text index not built" in caplog.text
    assert not index_present(warehouse_path)  # an index of the old sentences would give wrong answers
    with connect_readonly(warehouse_path) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
