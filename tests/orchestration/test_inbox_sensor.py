"""The inbox sensor starts a run for new files only, and their events reach the warehouse."""
from __future__ import annotations

import dagster as dg
import duckdb

from orchestration.resources import default_resources
from orchestration.sensors import inbox_sensor
from tests.orchestration.conftest import execute_request, write_article

VISIT = "El ministro de Asuntos Exteriores ruso, Sergei Lavrov, realizó una visita oficial a la ciudad norcoreana de Wonsan."
MEETING = "Lavrov fue recibido por el líder norcoreano Kim Jong Un en Wonsan."


def _tick(instance, cursor):
    context = dg.build_sensor_context(instance=instance, cursor=cursor, resources=default_resources())
    result = inbox_sensor(context)
    return result, context.cursor


def _mentioning_articles(warehouse) -> set[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {row[0] for row in con.execute("SELECT DISTINCT article_id FROM event_mentions JOIN events USING (event_id)").fetchall()}


def test_two_new_inbox_files_start_one_run_whose_events_reach_the_warehouse_and_a_quiet_tick_starts_nothing(sandbox):
    write_article(sandbox["inbox"], "visit", VISIT, "2025-07-11")
    write_article(sandbox["inbox"], "meeting", MEETING, "2025-07-12")
    with dg.instance_for_test() as instance:
        request, cursor = _tick(instance, None)
        assert isinstance(request, dg.RunRequest)
        assert request.tags["dagster/asset_partition_range_start"] == request.tags["dagster/asset_partition_range_end"] == "2025-07-01"
        assert (request.tags["dyad/first_day"], request.tags["dyad/last_day"]) == ("2025-07-11", "2025-07-12")
        result = execute_request(request, instance)
        assert result.success
        assert {"visit", "meeting"} <= _mentioning_articles(sandbox["warehouse"])

        quiet, cursor_after = _tick(instance, cursor)
        assert isinstance(quiet, dg.SkipReason)
        assert cursor_after == cursor


def test_a_changed_file_is_the_only_one_a_later_tick_reads(sandbox):
    write_article(sandbox["inbox"], "visit", VISIT, "2025-07-11")
    write_article(sandbox["inbox"], "meeting", MEETING, "2025-07-12")
    with dg.instance_for_test() as instance:
        _, cursor = _tick(instance, None)
        (sandbox["inbox"] / "meeting.txt").write_text(MEETING + " Ambos firmaron un acuerdo.", encoding="utf-8")
        request, _ = _tick(instance, cursor)
    assert request.run_config["ops"]["raw_articles"]["config"]["paths"] == [str(sandbox["inbox"] / "meeting.txt")]
    assert (request.tags["dyad/first_day"], request.tags["dyad/last_day"]) == ("2025-07-12", "2025-07-12")
