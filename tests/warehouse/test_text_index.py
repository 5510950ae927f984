"""Every load publishes the word index of evidence sentences the API's text search uses
(text_postings), and drops the fts index an earlier writer left in the file."""
from __future__ import annotations

import shutil

from tests.warehouse.support import article, load, mention
from warehouse.connect import connect_readonly, connect_writable
from warehouse.reader_text_index import build_text_index


def postings(path) -> set[tuple[str, int]]:
    with connect_readonly(path) as con:
        return set(con.execute("SELECT term, event_id FROM text_postings").fetchall())


def fts_tables(path) -> int:
    with connect_readonly(path) as con:
        return con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'fts_main_event_mentions'"
                           " AND database_name = current_database()").fetchone()[0]


def test_a_load_publishes_the_words_of_the_sentences_it_stored(warehouse_path):
    load(warehouse_path, articles=[article("a1", "Lavrov llegó a Wonsan.", "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11", sentence="Lavrov llegó a Wonsan.")])
    words = {term for term, _ in postings(warehouse_path)}
    assert words == {"lavrov", "llego", "a", "wonsan"}  # lower-case, accents removed, no stop words dropped


def test_a_later_load_indexes_the_new_sentences_and_forgets_replaced_ones(warehouse_path):
    load(warehouse_path, articles=[article("a1", "Lavrov llegó a Wonsan.", "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11", sentence="Lavrov llegó a Wonsan.")])
    load(warehouse_path, articles=[article("a1", "Kim recibió a Lavrov.", "tass.ru")],
         mentions=[mention("a1", 0, "043", "PRK_KIM", "RUS_LAVROV", "2025-07-12", sentence="Kim recibió a Lavrov.")])
    words = {term for term, _ in postings(warehouse_path)}
    assert "recibio" in words and "wonsan" not in words


def test_a_load_drops_the_stale_fts_index_an_earlier_writer_built(warehouse_path, tmp_path):
    load(warehouse_path, articles=[article("a1", "Lavrov llegó a Wonsan.", "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")])
    # As a file published before the read tables: it carried the fts index of its sentences.
    old = tmp_path / "old.duckdb"
    shutil.copyfile(warehouse_path, old)
    con = connect_writable(old)
    build_text_index(con)
    con.execute("CHECKPOINT")
    con.close()
    shutil.copyfile(old, warehouse_path)
    assert fts_tables(warehouse_path) > 0
    load(warehouse_path, articles=[article("b1", "Kim recibió a Lavrov.", "kcna.kp")],
         mentions=[mention("b1", 0, "043", "PRK_KIM", "RUS_LAVROV", "2025-07-12")])
    assert fts_tables(warehouse_path) == 0
