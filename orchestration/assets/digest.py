"""What the load produced, for people: the newest events and events per CAMEO root.

Downstream of the warehouse, so a failing blocking check stops it (and
whatever an operator hangs below it).
"""

import dagster as dg

from orchestration.resources import DyadConfig
from warehouse.connect import connect_readonly
from warehouse.reader_events import event_page, event_type_counts
from warehouse.reader_filters import EventFilterSpec

PREVIEW = 10


@dg.asset(group_name="warehouse", deps=[dg.AssetKey(["warehouse", "events_wide"]), dg.AssetKey(["warehouse", "article_events"])],
          code_version="digest-1", kinds={"markdown"},
          description="A markdown preview of the newest events and the count per CAMEO root, after the checks pass.")
def event_digest(context: dg.AssetExecutionContext, dyad_config: DyadConfig) -> dg.MaterializeResult:
    with connect_readonly(dyad_config.warehouse) as con:
        newest = event_page(con, EventFilterSpec(), order="date_desc", limit=PREVIEW)
        types = event_type_counts(con, EventFilterSpec())
    roots = {f"{row['root_code']} {row['label']}": int(row["n"]) for row in types}
    return dg.MaterializeResult(metadata={
        "events_per_cameo_root": dg.MetadataValue.json(roots),
        "newest_events": dg.MetadataValue.md(_table(newest)),
    })


def _table(rows: list[dict]) -> str:
    if not rows:
        return "_no events_"
    lines = ["| id | date | CAMEO | source | target | place | mentions |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['event_id']} | {r['event_date']} | {r['cameo_code']} | {r['source_actor_id'] or ''} | "
                     f"{r['target_actor_id'] or ''} | {r['place_id'] or ''} | {r['num_mentions']} |")
    return "\n".join(lines)


digest_assets = [event_digest]
