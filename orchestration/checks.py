"""Asset checks on the published warehouse, one per row of warehouse/sql/checks.csv.

Generated from the same list the publish gate reads (warehouse.check_list),
so the two cannot disagree: a check of severity `error` (keys, references,
counts, read tables matching the core tables -- what a bug can break) is a
blocking ERROR check, which fails the run and stops `event_digest` and
anything else downstream of the warehouse, and is the same check that keeps a
broken load from being published at all. The `warn` ones (the mention rules,
which the validation already enforces on every run's mentions; the
events-per-article anomaly; second reports carrying mentions) show in the UI
and never stop a run.
"""
from __future__ import annotations

import dagster as dg

from orchestration.resources import DyadConfig
from warehouse.check_list import CheckSpec, check_list
from warehouse.checks import run_checks


def _spec(check: CheckSpec) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(check.name, asset=dg.AssetKey(["warehouse", check.guards]),
                             description=check.description, blocking=check.blocking)


SPECS = [_spec(check) for check in check_list()]
SEVERITY = {check.name: dg.AssetCheckSeverity.ERROR if check.blocking else dg.AssetCheckSeverity.WARN
            for check in check_list()}


@dg.multi_asset_check(specs=SPECS, description="The checks of warehouse/sql/checks.csv on the published file, read-only.")
def warehouse_checks(dyad_config: DyadConfig):
    results = {r.name: r for r in run_checks(dyad_config.warehouse)}
    for spec in SPECS:
        result = results.get(spec.name)
        if result is None:
            yield dg.AssetCheckResult(check_name=spec.name, asset_key=spec.asset_key, passed=False,
                                      severity=dg.AssetCheckSeverity.ERROR, metadata={"detail": "check file missing"})
            continue
        yield dg.AssetCheckResult(check_name=spec.name, asset_key=spec.asset_key, passed=result.passed,
                                  severity=SEVERITY[spec.name], metadata={"detail": result.detail})


check_defs = [warehouse_checks]
