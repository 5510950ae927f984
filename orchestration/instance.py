"""The Dagster instance `dyad run` records to: the one `dyad ui` shows.

`DAGSTER_HOME` when set, else data/dagster_home in the repository; its dagster.yaml turns
telemetry off. `dyad run` and `dyad backfill` record their runs, materialisations (with their
metadata) and check results there, so the UI an analyst opens shows what ran. Tests and
`dyad eval` use an ephemeral instance instead (orchestration.runner's default).
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator, MutableMapping
from pathlib import Path

import dagster as dg

from orchestration import settings

# dagster.yaml as dyad writes it: telemetry off, and Dagster's SQLite event log keeping its engines
# (orchestration/event_log.py). A dagster.yaml that does not start with the marker is the user's own.
MARKER = "# written by dyad; edit freely after removing this line\n"
_OLD_DAGSTER_YAML = "telemetry:\n  enabled: false\n"


def dagster_yaml(home: Path) -> str:
    return (f"{MARKER}telemetry:\n  enabled: false\n"
            "event_log_storage:\n  module: orchestration.event_log\n  class: PooledSqliteEventLogStorage\n"
            f"  config:\n    base_dir: {json.dumps(str(home / 'history' / 'runs'))}\n")
# One "materialisation planned" event per asset for a run over a range of days, instead of one per
# day (Dagster's default). A `dyad run` covers every day from its oldest article to its newest:
# on the dev corpus (855 days) per-day events took 272 s against 76 s (bench/instance_cost.py).
# The price: the days of a failed run are not marked failed in the UI; the run itself is.
PLANNED_EVENTS_AS_SUBSET = "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS"
# The per-day materialisations of one output reach the event log as batches of this size, each
# written in one transaction (orchestration/event_log.py): 855 days are 1 transaction, not 855.
EVENT_BATCH_SIZE = "DAGSTER_EVENT_BATCH_SIZE"


def prepare_dagster_home(env: MutableMapping[str, str]) -> Path:
    """Honour DAGSTER_HOME when set; otherwise use data/dagster_home. Sets it (absolute) in `env`,
    with one planned event per asset and batched event writes unless `env` says otherwise; telemetry
    stays off."""
    home = Path(env.get("DAGSTER_HOME") or settings.REPO_ROOT / "data" / "dagster_home").resolve()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    written = config.read_text() if config.exists() else ""
    if written in ("", _OLD_DAGSTER_YAML) or written.startswith(MARKER):
        config.write_text(dagster_yaml(home))
    env["DAGSTER_HOME"] = str(home)
    env.setdefault(PLANNED_EVENTS_AS_SUBSET, "true")
    env.setdefault(EVENT_BATCH_SIZE, "1000")
    return home


@contextlib.contextmanager
def recording_instance() -> Iterator[dg.DagsterInstance]:
    """The persistent instance under DAGSTER_HOME (set in this process's environment if it was not).

    Opening it creates and stamps its SQLite storages the first time; two `dyad run` started at once on a new
    home both did, and left two Alembic heads that failed every later run ("Version table 'alembic_version' has
    more than one head"). An exclusive lock in the home makes one open at a time; the runs then go on together."""
    home = prepare_dagster_home(os.environ)
    with _exclusive(home / "instance.lock"):
        instance = dg.DagsterInstance.get()
    with instance:
        yield instance


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """Wait for, then hold, an exclusive fcntl lock on `lock_path` (the kernel drops it if the process dies)."""
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
