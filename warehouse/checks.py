"""Data-quality checks on a warehouse connection, as warehouse/sql/checks.csv lists them.

`check_connection(con)` runs them on a connection: `publish_batch` runs the
blocking ("error") ones on the staging copy and refuses to publish when one
fails, so readers never see such a load; `run_checks(path)` runs them all on
the published file for the Dagster asset checks (orchestration.checks, made
from the same list). Integrity checks are warehouse/sql/checks/<name>.sql;
the mention rules are warehouse.mention_rules over the stored mentions, the
same SQL the validation applies to a run's mentions before publishing.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.check_list import CheckSpec, check_list, unmet_requirement
from warehouse.connect import connect_readonly
from warehouse.mention_rules import judged, violations_sql
from warehouse.sqlfiles import sql

ANOMALY_FACTOR = 3.0      # today's events per article this many times above or below the baseline
ANOMALY_MIN_ARTICLES = 20  # on both sides, before the rate means anything
SAMPLE_SIZE = 5


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str
    severity: str  # "error" | "warn"


def _verdict(spec: CheckSpec, rows: list) -> CheckResult:
    if not rows:
        return CheckResult(spec.name, True, "no violations", spec.severity)
    sample = "; ".join(str(tuple(r)) for r in rows[:SAMPLE_SIZE])
    return CheckResult(spec.name, False, f"{len(rows)} violation(s), e.g. {sample}", spec.severity)


def _integrity(con: duckdb.DuckDBPyConnection, spec: CheckSpec) -> CheckResult:
    reason = unmet_requirement(con, spec)
    if reason is not None:
        return CheckResult(spec.name, True, reason, spec.severity)
    return _verdict(spec, con.execute(sql(f"checks/{spec.name}")).fetchall())


def _mention_rules(con: duckdb.DuckDBPyConnection, specs: list[CheckSpec]) -> list[CheckResult]:
    able, unable = judged(con, specs)
    found: dict[str, list] = defaultdict(list)
    query = violations_sql("stored", able)
    if query is not None:
        for rule, mention_id, value in con.execute(query + "\nORDER BY rule, mention_id").fetchall():
            found[rule].append((mention_id, value))
    return [CheckResult(s.name, True, unable[s.name], s.severity) if s.name in unable else _verdict(s, found[s.name])
            for s in specs]


def _anomaly(con: duckdb.DuckDBPyConnection, spec: CheckSpec) -> CheckResult:
    today, baseline, n_today, n_base = con.execute(sql(f"checks/{spec.name}")).fetchone()
    n_today, n_base = int(n_today or 0), int(n_base or 0)
    detail = f"today {today} events/article over {n_today} articles; baseline {baseline} over {n_base}"
    if n_today < ANOMALY_MIN_ARTICLES or n_base < ANOMALY_MIN_ARTICLES or not baseline:
        return CheckResult(spec.name, True, detail + " (too few articles to judge)", spec.severity)
    ratio = float(today or 0) / float(baseline)
    passed = 1 / ANOMALY_FACTOR <= ratio <= ANOMALY_FACTOR
    return CheckResult(spec.name, passed, detail, spec.severity)


def check_connection(con: duckdb.DuckDBPyConnection, *, blocking_only: bool = False) -> list[CheckResult]:
    """The checks of warehouse/sql/checks.csv (only the blocking ones if asked) on an open connection
    (the published file or a staging copy), in name order."""
    specs = [s for s in check_list() if s.blocking or not blocking_only]
    results = [_integrity(con, s) if s.kind == "integrity" else _anomaly(con, s)
               for s in specs if s.kind != "mention_rule"]
    results += _mention_rules(con, [s for s in specs if s.kind == "mention_rule"])
    return sorted(results, key=lambda r: r.name)


def run_checks(path: str | Path) -> list[CheckResult]:
    """Every check on the published warehouse, in name order."""
    with connect_readonly(path) as con:
        return check_connection(con)


def blocking_failures(results: list[CheckResult]) -> list[CheckResult]:
    return [r for r in results if not r.passed and r.severity == "error"]
