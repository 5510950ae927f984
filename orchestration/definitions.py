"""The one Definitions entry: `dyad run`, `dyad ui`, `dagster dev` and `dg dev` all load this."""
from __future__ import annotations

import dagster as dg

from orchestration.assets.articles import article_assets
from orchestration.assets.digest import digest_assets
from orchestration.assets.events import events
from orchestration.assets.mentions import mention_assets
from orchestration.assets.reference import reference_assets
from orchestration.assets.warehouse import warehouse_assets
from orchestration.checks import check_defs
from orchestration.executors import default_executor
from orchestration.resources import default_resources
from orchestration.sensors import dyad_job, schedule_defs, sensor_defs

all_assets = [*reference_assets, *article_assets, *mention_assets, events, *warehouse_assets, *digest_assets]

defs = dg.Definitions(
    assets=all_assets,
    asset_checks=check_defs,
    jobs=[dyad_job],
    sensors=sensor_defs,
    schedules=schedule_defs,
    resources=default_resources(),
    executor=default_executor(),
)
