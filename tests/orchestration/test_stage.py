"""A run's stage folder: removed when the run ends, swept when a killed run left it."""
from __future__ import annotations

import os
import subprocess
import sys

from orchestration.stage import run_stage, sweep


def _ended_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def test_a_run_stage_is_removed_when_the_run_ends(tmp_path):
    with run_stage(tmp_path) as stage:
        assert os.path.isdir(stage) and os.path.basename(stage).startswith(f"run-{os.getpid()}-")
    assert not os.path.exists(stage)


def test_folders_of_ended_runs_are_swept_and_live_runs_and_other_folders_are_kept(tmp_path):
    dead = tmp_path / f"run-{_ended_pid()}-abc"
    live = tmp_path / f"run-{os.getppid()}-def"  # the process that started the tests is running
    other = tmp_path / "3f1c2a-run-id"  # a Dagster run's outputs (UI runs), not ours to remove
    for folder in (dead, live, other):
        (folder / "events").mkdir(parents=True)
    assert sweep(tmp_path) == [dead]
    assert not dead.exists() and live.exists() and other.exists()
