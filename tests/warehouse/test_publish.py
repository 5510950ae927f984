"""Publishing: readers never see half a load, a failed or killed load leaves the published file as it was."""
from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tests.warehouse.support import article, load, make_batch, mention
from transforms.seed_tables import cameo_codes_frame
from warehouse.checks import run_checks
from warehouse.connect import connect_readonly
from warehouse.load import LoadError, publish_batch
from warehouse.snapshot import load_lock, stale_staging_files, staging

REPO = Path(__file__).resolve().parents[2]
VISIT = "Lavrov llegó a Wonsan el viernes."


SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def loaded(path: Path) -> Path:
    load(path, articles=[article("a1", VISIT, "tass.ru")],
         mentions=[mention("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11")])
    return path


def test_a_load_that_raises_midway_leaves_the_published_file_as_before(warehouse_path):
    loaded(warehouse_path)
    before = digest(warehouse_path)
    batch = make_batch(warehouse_path, articles=[article("c3", "Kim recibió a Lavrov.", "yonhap.kr")],
                       mentions=[mention("c3", 0, "043", "PRK_KIM", "RUS_LAVROV", "2025-07-12")])
    # Articles and mentions are written to the staging copy before the events fail on their key.
    batch.events = pl.concat([batch.events, batch.events])
    with pytest.raises(duckdb.ConstraintException):
        publish_batch(warehouse_path, batch)
    assert digest(warehouse_path) == before
    assert stale_staging_files(warehouse_path) == []
    with connect_readonly(warehouse_path) as con:
        assert con.execute("SELECT article_id FROM articles").fetchall() == [("a1",)]


def test_a_load_with_a_broken_key_is_refused_whole_naming_the_check(warehouse_path):
    loaded(warehouse_path)
    before = digest(warehouse_path)
    batch = make_batch(warehouse_path, articles=[article("c3", "Kim recibió a Lavrov.", "yonhap.kr"),
                                                 article("c4", "Choe recibió a Lavrov.", "kcna.kp")],
                       mentions=[mention("c3", 0, "043", "PRK_KIM", "RUS_LAVROV", "2025-07-12"),
                                 mention("c4", 0, "043", "PRK_CHOE", "RUS_LAVROV", "2025-07-12")])
    # A bug gives one event a source key no actor has: only a check can see it (no constraint does).
    batch.events = batch.events.with_columns(
        pl.when(pl.col("source_actor_id") == "PRK_KIM").then(pl.lit("NOBODY")).otherwise(pl.col("source_actor_id"))
        .alias("source_actor_id"))
    with pytest.raises(LoadError, match="blocking checks failed, nothing published: references_resolve"):
        publish_batch(warehouse_path, batch)
    assert digest(warehouse_path) == before  # c4, which was fine, is not published either
    with connect_readonly(warehouse_path) as con:
        assert con.execute("SELECT article_id FROM articles").fetchall() == [("a1",)]


def test_a_mention_rule_broken_in_the_published_tables_warns_and_does_not_block(warehouse_path):
    loaded(warehouse_path)
    batch = make_batch(warehouse_path, articles=[article("c3", "Kim recibió a Lavrov.", "yonhap.kr")],
                       mentions=[mention("c3", 0, "999", "PRK_KIM", "RUS_LAVROV", "2025-07-12")])
    batch.cameo_codes = cameo_codes_frame(SEEDS)  # with the code list loaded, "999" is no CAMEO code
    publish_batch(warehouse_path, batch)  # the pipeline's validation keeps such mentions out; the load itself does not
    results = {r.name: r for r in run_checks(warehouse_path)}
    assert not results["cameo_code_in_code_list"].passed and results["cameo_code_in_code_list"].severity == "warn"
    assert "999" in results["cameo_code_in_code_list"].detail


def test_a_reader_connection_opened_before_a_publish_keeps_answering(warehouse_path):
    loaded(warehouse_path)
    reader = connect_readonly(warehouse_path)
    load(warehouse_path, articles=[article("c3", "Kim recibió a Lavrov.", "yonhap.kr")],
         mentions=[mention("c3", 0, "043", "PRK_KIM", "RUS_LAVROV", "2025-07-12")])
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert reader.execute("SELECT count(*) FROM article_events").fetchone() == (1,)
    with connect_readonly(warehouse_path) as fresh:
        assert fresh.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    reader.close()


def test_a_load_killed_before_publishing_leaves_the_published_file_intact(warehouse_path):
    loaded(warehouse_path)
    before = digest(warehouse_path)
    script = textwrap.dedent(f"""
        import os, signal
        from warehouse.snapshot import staging
        with staging({str(warehouse_path)!r}) as s:
            s.con.execute("DELETE FROM articles")
            s.con.execute("CHECKPOINT")
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, timeout=60)
    assert done.returncode == -9, done.stderr
    assert digest(warehouse_path) == before
    assert len(stale_staging_files(warehouse_path)) == 1
    loaded(warehouse_path)  # the next load removes the leftover and publishes
    assert stale_staging_files(warehouse_path) == []
    with connect_readonly(warehouse_path) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_a_staging_session_ended_without_publish_changes_nothing(warehouse_path):
    loaded(warehouse_path)
    before = digest(warehouse_path)
    with staging(warehouse_path) as session:
        session.con.execute("DELETE FROM articles")
    assert digest(warehouse_path) == before


def test_the_load_lock_is_held_by_one_process_at_a_time(warehouse_path):
    from warehouse.snapshot import WarehouseBusy

    script = f"from warehouse.snapshot import load_lock\nwith load_lock({str(warehouse_path)!r}, timeout=0.2): pass"
    with load_lock(warehouse_path):
        other = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert other.returncode != 0 and WarehouseBusy.__name__ in other.stderr
    assert subprocess.run([sys.executable, "-c", script], cwd=REPO, timeout=60).returncode == 0


def test_the_file_opens_read_only_with_the_duckdb_cli(warehouse_path):
    cli = Path(sys.executable).parent / "duckdb"
    if not cli.exists():
        pytest.skip("duckdb-cli (dev group) is not installed")
    loaded(warehouse_path)
    done = subprocess.run(
        [str(cli), "-readonly", "-csv", "-noheader", str(warehouse_path), "-c",
         "SELECT count(*), min(cameo_code) FROM article_events; SELECT count(*) FROM gdelt_events;"],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1,042", "1"]
