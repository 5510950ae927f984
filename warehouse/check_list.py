"""The one list of data checks and their severities: warehouse/sql/checks.csv.

Everything that judges data reads this table, so nothing can disagree:

- the publish gate (`warehouse.load.publish_batch`) runs the `error` checks on
  the staging copy and refuses the load when one fails;
- the Dagster asset checks (`orchestration.checks`) are generated from it, one
  per row, blocking exactly when the severity is `error`;
- the mention rules (kind `mention_rule`) are also what `warehouse.validate`
  applies to a run's mentions before they are clustered: a mention breaking
  one is set aside in `rejected_mentions` with the rule's `label`.

Kinds: `integrity` (warehouse/sql/checks/<name>.sql returns the offending
rows), `mention_rule` (warehouse/sql/mention_rules/<name>.sql, one SELECT of
(mention_id, value) over `mention_facts`), `anomaly` (the events-per-article
rate, judged in warehouse.checks). `requires` names tables that must hold
rows before the check judges anything (a code list not loaded, derived tables
not built yet).

Severities: `error` guards what only a bug can break -- keys, references,
counts, read tables matching the core tables; `warn` flags data worth a look.
The mention rules are `warn` on the published tables: the validation keeps
breaking mentions out, so a stored one predates the rule (or an analyst's
correction made it).
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from warehouse.sqlfiles import SQL_DIR

CHECKS_CSV = SQL_DIR / "checks.csv"
KINDS = {"integrity", "mention_rule", "anomaly"}
SEVERITIES = {"error", "warn"}


@dataclass(frozen=True)
class CheckSpec:
    name: str
    kind: str
    guards: str  # the warehouse table the check is attached to in Dagster
    severity: str
    requires_tables: tuple[str, ...]  # must exist
    requires_rows: tuple[str, ...]  # must exist and hold rows
    label: str  # how a run summary names a mention rule ("event date after publication")
    description: str

    @property
    def blocking(self) -> bool:
        return self.severity == "error"


@functools.cache
def check_list() -> tuple[CheckSpec, ...]:
    """Every row of warehouse/sql/checks.csv, in file order; a bad row raises naming it."""
    specs = []
    with open(CHECKS_CSV, newline="", encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), 2):
            spec = CheckSpec(row["name"], row["kind"], row["guards"], row["severity"],
                             tuple((row["requires_tables"] or "").split()), tuple((row["requires_rows"] or "").split()),
                             row["label"] or row["name"], row["description"])
            if spec.kind not in KINDS or spec.severity not in SEVERITIES:
                raise ValueError(f"{CHECKS_CSV}:{line}: kind must be one of {sorted(KINDS)} and severity one of "
                                 f"{sorted(SEVERITIES)}, not {spec.kind!r} / {spec.severity!r}")
            specs.append(spec)
    return tuple(specs)


def mention_rules() -> tuple[CheckSpec, ...]:
    return tuple(s for s in check_list() if s.kind == "mention_rule")


def label_of(name: str) -> str:
    return next((s.label for s in check_list() if s.name == name), name)


def unmet_requirement(con, spec: CheckSpec) -> str | None:
    """Why `spec` judges nothing on this connection (a required table missing, a code list empty), or None."""
    import duckdb

    for table in (*spec.requires_tables, *spec.requires_rows):
        try:
            rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        except duckdb.CatalogException:
            return f"not built in this file ({table})"
        if rows == 0 and table in spec.requires_rows:
            return f"no code list loaded ({table} is empty)"
    return None
