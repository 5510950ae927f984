"""The installed `dyad` command leaves without tearing the interpreter down: its exit status, its whole summary
and the warehouse it wrote are still what `main` returned, printed and closed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from warehouse.connect import connect_readonly

DYAD = Path(sys.executable).with_name("dyad")
VISIT = "El ministro de Asuntos Exteriores ruso, Sergei Lavrov, realizó una visita oficial a la ciudad norcoreana de Wonsan."


def test_the_dyad_command_exits_with_the_runs_status_after_printing_its_summary_and_closing_the_warehouse(
        sandbox, tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = {"id": "visit", "language": "es", "published_at": "2025-07-11", "source": "efe", "text": VISIT}
    feed.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "home")}
    done = subprocess.run([str(DYAD), "run", "--articles", str(feed), "--warehouse", str(sandbox["warehouse"])],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 3, done.stderr[-2000:]  # one record quarantined, the rest loaded
    assert "quarantined  1" in done.stdout and done.stdout.rstrip().endswith("(exit status 3)")
    with connect_readonly(str(sandbox["warehouse"])) as con:
        assert con.execute("SELECT article_id FROM articles").fetchall() == [("visit",)]
        assert con.execute("SELECT count(*) FROM event_mentions").fetchone()[0] >= 1
