"""After `dyad run`, the Dagster webserver, started for real on the same DAGSTER_HOME, shows the lineage,
the run's materialisations with their metadata, the checks' results, the partitions and the sensor."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration.webserver import background_webserver, graphql

DYAD = Path(sys.executable).with_name("dyad")
GROUPS = {"reference", "ingest", "nlp", "events", "warehouse"}

ASSETS = """
{ assetNodes { assetKey { path } dependencyKeys { path } isPartitioned groupName opVersion
    partitionDefinition { type description }
    partitionStats { numMaterialized }
    assetMaterializations(limit: 1) { runId partition metadataEntries { label } tags { key value } }
    assetChecksOrError { ... on AssetChecks { checks { name blocking
        executionForLatestMaterialization { status runId } } } } } }
"""
RUNS = "{ runsOrError { ... on Runs { results { runId status } } } }"
AUTOMATION = """
{ workspaceOrError { ... on Workspace { locationEntries { locationOrLoadError {
    ... on RepositoryLocation { repositories { name
        sensors { name sensorState { status } }
        schedules { name scheduleState { status } } } } } } } } }
"""


@pytest.fixture(scope="module")
def ui(tmp_path_factory):
    home = tmp_path_factory.mktemp("dagster_home")
    env = {**os.environ, "DAGSTER_HOME": str(home), "DYAD_WAREHOUSE": str(home / "dyad.duckdb"),
           "DYAD_INBOX": str(home / "inbox"), "DYAD_STAGE": str(home / "stage")}
    # `make demo`: the bundled article, from another working directory.
    run = subprocess.run([str(DYAD), "run"], env=env, cwd=home, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    with background_webserver(env) as url:
        assets = graphql(url, ASSETS)["assetNodes"]
        runs = graphql(url, RUNS)["runsOrError"]["results"]
        repositories = [repo for entry in graphql(url, AUTOMATION)["workspaceOrError"]["locationEntries"]
                        for repo in entry["locationOrLoadError"]["repositories"]]
        yield {"assets": {"/".join(n["assetKey"]["path"]): n for n in assets}, "runs": runs,
               "repositories": repositories}


def _upstream(assets: dict, key: str) -> set[str]:
    seen, todo = set(), [key]
    while todo:
        for dep in assets[todo.pop()]["dependencyKeys"]:
            name = "/".join(dep["path"])
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


@pytest.mark.parametrize("view", ["warehouse/article_events", "warehouse/events_wide", "warehouse/gdelt_events"])
def test_every_api_facing_view_descends_from_the_seeds_and_the_articles(ui, view):
    upstream = _upstream(ui["assets"], view)
    assert {"raw_articles", "article_changes", "event_mentions", "events", "cameo_codes", "actor_dictionary",
            "event_patterns", "place_gazetteer"} <= upstream
    assert "warehouse/events" in upstream


def test_the_coder_reads_the_dictionaries_and_the_clusterer_reads_the_mentions(ui):
    assets = ui["assets"]
    deps = lambda key: {"/".join(d["path"]) for d in assets[key]["dependencyKeys"]}  # noqa: E731
    assert {"article_changes", "actor_dictionary", "event_patterns", "place_gazetteer"} <= deps("event_mentions")
    assert {"raw_articles"} <= deps("article_changes")
    assert {"event_mentions", "article_changes", "cameo_codes"} <= deps("events")


def test_articles_and_mentions_are_partitioned_by_month_and_the_events_are_not(ui):
    assets = ui["assets"]
    for key in ("raw_articles", "article_changes", "event_mentions"):
        assert assets[key]["isPartitioned"] and assets[key]["partitionDefinition"]["type"] == "TIME_WINDOW"
        assert assets[key]["partitionDefinition"]["description"].startswith("Monthly")
    for key in ("events", "warehouse/events", "cameo_codes"):
        assert not assets[key]["isPartitioned"]


def test_the_ui_shows_the_severity_table_blocking_exactly_the_error_checks(ui):
    from warehouse.check_list import check_list

    checks = {c["name"]: c["blocking"] for n in ui["assets"].values() for c in n["assetChecksOrError"].get("checks", [])}
    assert checks == {spec.name: spec.severity == "error" for spec in check_list()}
    assert checks["references_resolve"] and checks["event_keys_unique_not_null"]
    assert checks["events_per_article_anomaly"] is False and checks["event_date_not_after_publication"] is False


def test_the_inbox_sensor_runs_by_default_and_the_feeds_schedule_waits_to_be_switched_on(ui):
    [repo] = ui["repositories"]
    sensors = {s["name"]: s["sensorState"]["status"] for s in repo["sensors"]}
    schedules = {s["name"]: s["scheduleState"]["status"] for s in repo["schedules"]}
    assert sensors == {"inbox_sensor": "RUNNING"}
    assert schedules == {"feeds_schedule": "STOPPED"}


def test_the_ui_lists_the_dyad_run_as_succeeded(ui):
    assert [run["status"] for run in ui["runs"]] == ["SUCCESS"]


def test_every_asset_of_every_group_was_materialized_by_that_run(ui):
    [run] = ui["runs"]
    assert {node["groupName"] for node in ui["assets"].values()} >= GROUPS
    for key, node in ui["assets"].items():
        assert [m["runId"] for m in node["assetMaterializations"]] == [run["runId"]], key
        if node["isPartitioned"]:
            assert node["assetMaterializations"][0]["partition"], key
            assert node["partitionStats"]["numMaterialized"] >= 1, key


def test_each_materialization_carries_its_code_version_and_the_tables_their_row_counts(ui):
    for key, node in ui["assets"].items():
        tags = {t["key"]: t["value"] for t in node["assetMaterializations"][0]["tags"]}
        assert node["opVersion"] and tags.get("dagster/code_version") == node["opVersion"], key
    labels = lambda key: {e["label"] for e in ui["assets"][key]["assetMaterializations"][0]["metadataEntries"]}  # noqa: E731
    for table in ("warehouse/articles", "warehouse/events", "warehouse/event_mentions", "warehouse/cameo_codes"):
        assert "dagster/row_count" in labels(table), table
    assert {"newest_events", "events_per_cameo_root"} <= labels("event_digest")


def test_every_check_ran_on_the_published_warehouse_and_passed(ui):
    [run] = ui["runs"]
    checks = {c["name"]: c["executionForLatestMaterialization"]
              for n in ui["assets"].values() for c in n["assetChecksOrError"].get("checks", [])}
    assert checks and all(execution is not None for execution in checks.values()), checks
    assert {name: (e["status"], e["runId"]) for name, e in checks.items()} == {
        name: ("SUCCEEDED", run["runId"]) for name in checks}
