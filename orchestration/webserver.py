"""`dyad ui`: the Dagster UI and daemon on the same definitions as `dyad run`.

It runs `dagster dev -m orchestration.definitions` with the configuration in
the environment (orchestration.settings), in its own process group so that
stopping `dyad ui` stops the webserver and daemon too (FACTS.md: a
backgrounded dev server ignores SIGTERM otherwise).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from orchestration import settings

DAGSTER_YAML = """\
telemetry:
  enabled: false
"""


def prepare_dagster_home(env: dict[str, str]) -> Path:
    """Honour DAGSTER_HOME when set; otherwise use data/dagster_home. Telemetry stays off."""
    home = Path(env.get("DAGSTER_HOME") or settings.REPO_ROOT / "data" / "dagster_home")
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML)
    env["DAGSTER_HOME"] = str(home)
    return home


def ui_command(host: str, port: int) -> list[str]:
    dagster = Path(sys.executable).with_name("dagster")
    return [str(dagster), "dev", "-m", "orchestration.definitions", "-h", host, "-p", str(port)]


def ui_environment(warehouse: str | None, articles: list[str] | None) -> dict[str, str]:
    env = dict(os.environ)
    if warehouse:
        env["DYAD_WAREHOUSE"] = str(Path(warehouse).resolve())
    if articles:
        env["DYAD_ARTICLES"] = os.pathsep.join(str(Path(a).resolve()) if "://" not in a else a for a in articles)
    prepare_dagster_home(env)
    return env


def run_ui(host: str, port: int, warehouse: str | None = None, articles: list[str] | None = None) -> int:
    env = ui_environment(warehouse, articles)
    process = subprocess.Popen(ui_command(host, port), env=env, cwd=settings.REPO_ROOT, start_new_session=True)
    try:
        return process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
