"""A `dyad run` killed with SIGKILL while it publishes leaves the previous warehouse readable; the next run completes it."""
from __future__ import annotations

import hashlib
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from orchestration.runner import run_pipeline
from warehouse.connect import connect_readonly
from warehouse.snapshot import stale_staging_files

REPO = Path(__file__).resolve().parents[2]
NEWS = ("Moscú, 14 de julio de 2025. El canciller ruso Serguéi Lavrov se reunió en Pekín con el ministro "
        "de Asuntos Exteriores de China, Wang Yi, el lunes.")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def articles(path: Path) -> list[str]:
    with connect_readonly(path) as con:
        return [r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY 1").fetchall()]


def test_a_run_killed_mid_load_leaves_the_previous_state_and_the_next_run_completes_it(sample_warehouse, tmp_path,
                                                                                       monkeypatch):
    warehouse = tmp_path / "dyad.duckdb"
    shutil.copyfile(sample_warehouse, warehouse)
    before, stored_before = digest(warehouse), articles(warehouse)
    news = tmp_path / "inbox" / "lavrov_wang.txt"
    news.parent.mkdir()
    news.write_text(NEWS, encoding="utf-8")
    stage = tmp_path / "stage"
    monkeypatch.setenv("DYAD_STAGE", str(stage))  # the killed run's, and the next one's

    run = subprocess.Popen([sys.executable, "-m", "orchestration.cli", "run", "--articles", str(news),
                            "--warehouse", str(warehouse)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not stale_staging_files(warehouse) and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    assert stale_staging_files(warehouse), f"the run ended before it staged a load: {run.communicate()}"
    run.send_signal(signal.SIGKILL)  # while it writes the staging copy
    assert run.wait(timeout=30) == -signal.SIGKILL

    assert digest(warehouse) == before
    assert articles(warehouse) == stored_before  # the previous state, readable
    assert list(stage.glob("run-*")), "the killed run left its step outputs behind"

    summary = run_pipeline(articles=[str(news)], warehouse=str(warehouse))
    assert not summary.failed, summary.error
    assert stale_staging_files(warehouse) == []
    assert list(stage.glob("run-*")) == []  # the next run swept the killed run's folder and removed its own
    assert articles(warehouse) == sorted([*stored_before, "lavrov_wang"])
    with connect_readonly(warehouse) as con:
        assert con.execute("SELECT count(*) FROM article_events WHERE article_id = 'lavrov_wang'").fetchone()[0] >= 1
