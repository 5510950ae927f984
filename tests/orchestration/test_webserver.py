"""The Dagster webserver, started for real, shows the lineage, checks, partitions and sensor."""
from __future__ import annotations

import os

import pytest

from orchestration.webserver import background_webserver, graphql

ASSETS = """
{ assetNodes { assetKey { path } dependencyKeys { path } isPartitioned
    partitionDefinition { type }
    assetChecksOrError { ... on AssetChecks { checks { name blocking } } } } }
"""
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
    with background_webserver(env) as url:
        assets = graphql(url, ASSETS)["assetNodes"]
        repositories = [repo for entry in graphql(url, AUTOMATION)["workspaceOrError"]["locationEntries"]
                        for repo in entry["locationOrLoadError"]["repositories"]]
        yield {"assets": {"/".join(n["assetKey"]["path"]): n for n in assets}, "repositories": repositories}


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


def test_articles_and_mentions_are_partitioned_by_day_and_the_events_are_not(ui):
    assets = ui["assets"]
    for key in ("raw_articles", "article_changes", "event_mentions"):
        assert assets[key]["isPartitioned"] and assets[key]["partitionDefinition"]["type"] == "TIME_WINDOW"
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
