"""Data-quality checks as SQL files (warehouse/sql/checks/): each returns the rows that break a rule.

`check_connection(con)` runs them all on a connection: `publish_batch` runs them
on the staging copy and refuses to publish when a blocking ("error") check
fails, so readers never see such a load; `run_checks(path)` runs them on the
published file for the Dagster asset checks (severity "error" -> ERROR,
"warn" -> WARN).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.connect import connect_readonly, has_table

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
    "events_have_valid_cameo_codes": "error",
    "actor_countries_in_code_list": "error",
    "events_not_after_publication": "error",
    "read_tables_match_events": "error",
    "aggregates_match_events": "error",
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


# Checks against a code list judge nothing until the list is loaded (a load without reference tables).
CODE_LISTS = {"events_have_valid_cameo_codes": "cameo_codes", "actor_countries_in_code_list": "countries"}
# Checks of derived tables judge nothing on a file published before those tables existed.
DERIVED = {"read_tables_match_events": ("event_facts", "actor_events"),
           "aggregates_match_events": ("dyad_counts", "actor_day_counts", "country_type_day_counts", "type_day_counts")}


def _violations(con: duckdb.DuckDBPyConnection, name: str, sample_size: int = 5) -> CheckResult:
    missing = [t for t in DERIVED.get(name, ()) if not has_table(con, t)]
    if missing:
        return CheckResult(name, True, f"not built in this file ({', '.join(missing)})", SEVERITY.get(name, "warn"))
    code_list = CODE_LISTS.get(name)
    if code_list and con.execute(f"SELECT count(*) FROM {code_list}").fetchone()[0] == 0:
        return CheckResult(name, True, f"no code list loaded ({code_list} is empty)", SEVERITY.get(name, "warn"))
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


def check_connection(con: duckdb.DuckDBPyConnection) -> list[CheckResult]:
    """Every check in warehouse/sql/checks/ on an open connection (the published file or a staging copy)."""
    return [_anomaly(con) if file.stem == ANOMALY else _violations(con, file.stem)
            for file in sorted(CHECKS.glob("*.sql"))]


def run_checks(path: str | Path) -> list[CheckResult]:
    """Every check in warehouse/sql/checks/ on the published warehouse, in name order."""
    with connect_readonly(path) as con:
        return check_connection(con)


def blocking_failures(results: list[CheckResult]) -> list[CheckResult]:
    return [r for r in results if not r.passed and r.severity == "error"]
