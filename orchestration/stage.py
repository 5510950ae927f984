"""The folder a `dyad run` keeps its step outputs in while it runs.

It lives under DYAD_STAGE (not the system temp folder) and is removed when the
run ends. A run killed outright (SIGKILL, power loss) cannot remove its own, so
every run first sweeps the folders of runs whose process is gone: nothing
accumulates, and a live run's folder is never touched.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX = "run-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def _owner(folder: Path) -> int | None:
    """The pid in `run-<pid>-<random>`, or None for any other name."""
    parts = folder.name.split("-")
    return int(parts[1]) if len(parts) >= 3 and parts[0] + "-" == PREFIX and parts[1].isdigit() else None


def sweep(base: Path) -> list[Path]:
    """Remove the run folders under `base` whose process has ended; return them."""
    removed = []
    for folder in base.glob(f"{PREFIX}*"):
        pid = _owner(folder)
        if folder.is_dir() and pid is not None and pid != os.getpid() and not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


@contextmanager
def run_stage(base: str | os.PathLike[str]) -> Iterator[str]:
    """A fresh folder `base/run-<pid>-<random>` for one run, removed when it ends."""
    root = Path(base)
    root.mkdir(parents=True, exist_ok=True)
    sweep(root)
    with tempfile.TemporaryDirectory(prefix=f"{PREFIX}{os.getpid()}-", dir=root) as stage:
        yield stage
