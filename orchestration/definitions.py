"""The one Definitions entry: `dyad run`, `dyad ui`, `dagster dev` and `dg dev` all load this."""
from __future__ import annotations

import dagster as dg

from orchestration.assets.articles import article_assets
from orchestration.assets.events import events
from orchestration.assets.mentions import mention_assets
from orchestration.assets.reference import reference_assets
from orchestration.assets.warehouse import warehouse_assets
from orchestration.resources import default_resources

all_assets = [*reference_assets, *article_assets, *mention_assets, events, *warehouse_assets]

defs = dg.Definitions(
    assets=all_assets,
    resources=default_resources(),
)
