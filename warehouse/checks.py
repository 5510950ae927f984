"""Data-quality checks as SQL files (warehouse/sql/checks/): each returns the rows that break a rule.

`run_checks(path)` runs them all on the published file, read-only; Dagster asset
checks map each `CheckResult` to an AssetCheckResult (severity "error" -> ERROR,
"warn" -> WARN).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.connect import connect_readonly

CHECKS = Path(__file__).resolve().parent / "sql" / "checks"

# Broken keys and links mean a bad load; the others flag data worth a look.
SEVERITY = {
    "article_keys_unique_not_null": "error",
    "event_keys_unique_not_null": "error",
    "mention_keys_unique_not_null": "error",
    "references_resolve": "error",
    "events_have_mentions_and_articles": "error",
    "event_counts_match_mentions": "error",
    "second_reports_have_no_mentions": "warn",
    "events_have_valid_cameo_codes": "warn",
    "actor_countries_in_code_list": "warn",
    "events_not_after_publication": "warn",
}
ANOMALY = "events_per_article_anomaly"
ANOMALY_FACTOR = 3.0      # today's events per article this many times above or below the baseline
ANOMALY_MIN_ARTICLES = 20  # on both sides, before the rate means anything


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str
    severity: str  # "error" | "warn"


def _violations(con: duckdb.DuckDBPyConnection, name: str, sample_size: int = 5) -> CheckResult:
    cursor = con.execute((CHECKS / f"{name}.sql").read_text(encoding="utf-8"))
    rows = cursor.fetchall()
    if not rows:
        return CheckResult(name, True, "no violations", SEVERITY.get(name, "warn"))
    sample = "; ".join(str(tuple(r)) for r in rows[:sample_size])
    return CheckResult(name, False, f"{len(rows)} violation(s), e.g. {sample}", SEVERITY.get(name, "warn"))


def _anomaly(con: duckdb.DuckDBPyConnection) -> CheckResult:
    today, baseline, n_today, n_base = con.execute((CHECKS / f"{ANOMALY}.sql").read_text(encoding="utf-8")).fetchone()
    n_today, n_base = int(n_today or 0), int(n_base or 0)
    detail = f"today {today} events/article over {n_today} articles; baseline {baseline} over {n_base}"
    if n_today < ANOMALY_MIN_ARTICLES or n_base < ANOMALY_MIN_ARTICLES or not baseline:
        return CheckResult(ANOMALY, True, detail + " (too few articles to judge)", "warn")
    ratio = float(today or 0) / float(baseline)
    passed = 1 / ANOMALY_FACTOR <= ratio <= ANOMALY_FACTOR
    return CheckResult(ANOMALY, passed, detail, "warn")


def run_checks(path: str | Path) -> list[CheckResult]:
    """Every check in warehouse/sql/checks/ on the published warehouse, in name order."""
    with connect_readonly(path) as con:
        results = []
        for file in sorted(CHECKS.glob("*.sql")):
            results.append(_anomaly(con) if file.stem == ANOMALY else _violations(con, file.stem))
    return results
