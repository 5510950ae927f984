"""What every run over a random corpus must leave: a checked warehouse in which every record is accounted for."""
from __future__ import annotations

from pathlib import Path

from tests.robustness.corpus import Written
from warehouse.checks import run_checks
from warehouse.connect import connect_readonly


def failed_checks(warehouse: Path) -> list[str]:
    return [f"{r.name}: {r.detail}" for r in run_checks(warehouse) if not r.passed]


def unaccounted(warehouse: Path, written: Written) -> list[str]:
    """Records neither stored (under their id) nor quarantined with a reason (their line, or their whole file)."""
    with connect_readonly(warehouse) as con:
        stored = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
        refused = {(f, line) for f, line, reason in con.execute("SELECT file, line, reason FROM quarantine").fetchall()
                   if reason}
    missing = []
    for record_id, (file, line) in written.places.items():
        if record_id not in stored and (file, line) not in refused and (file, None) not in refused:
            missing.append(f"{record_id} ({file}:{line})")
    return missing
