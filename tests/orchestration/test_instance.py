"""The Dagster home `dyad run` records to: its dagster.yaml is dyad's until the user writes their own."""
from __future__ import annotations

import os
import subprocess
import sys

import dagster as dg
import pytest

from orchestration.event_log import PooledSqliteEventLogStorage
from orchestration.instance import (
    EVENT_BATCH_SIZE,
    MARKER,
    PLANNED_EVENTS_AS_SUBSET,
    prepare_dagster_home,
)
from orchestration.partitions import DETAILED_MONTHS, detailed, monthly_asset, range_tags, run_days


def test_a_new_home_gets_telemetry_off_and_the_pooled_event_log(tmp_path):
    env = {"DAGSTER_HOME": str(tmp_path / "home")}
    home = prepare_dagster_home(env)
    written = (home / "dagster.yaml").read_text()
    assert written.startswith(MARKER) and "enabled: false" in written
    assert "class: PooledSqliteEventLogStorage" in written and str(home / "history" / "runs") in written


def test_a_dagster_yaml_of_the_users_own_is_left_as_it_is(tmp_path):
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: true\n")
    prepare_dagster_home({"DAGSTER_HOME": str(tmp_path)})
    assert (tmp_path / "dagster.yaml").read_text() == "telemetry:\n  enabled: true\n"


def test_the_dagster_yaml_an_older_dyad_wrote_is_brought_up_to_date(tmp_path):
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    prepare_dagster_home({"DAGSTER_HOME": str(tmp_path)})
    assert "PooledSqliteEventLogStorage" in (tmp_path / "dagster.yaml").read_text()


def _recording_home(tmp_path, monkeypatch) -> dg.DagsterInstance:
    for name in ("DAGSTER_HOME", PLANNED_EVENTS_AS_SUBSET, EVENT_BATCH_SIZE):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    prepare_dagster_home(os.environ)  # monkeypatch restores what it set
    return dg.DagsterInstance.get()


@monthly_asset()
def monthly_numbers(context) -> None:  # partitioned as dyad's ingest assets are
    assert context.partition_keys
    first, last = run_days(context)
    context.add_output_metadata(detailed(context, {"months": len(context.partition_keys), "first": first, "last": last,
                                                   "breakdown": dg.MetadataValue.json({"es": 1})}))


def _materialise_days(instance: dg.DagsterInstance, first: str, last: str) -> None:
    result = dg.materialize([monthly_numbers], instance=instance, tags=range_tags(first, last))
    assert result.success


def _materialisations(instance: dg.DagsterInstance) -> list:
    return instance.fetch_materializations(monthly_numbers.key, limit=10_000).records


def test_a_range_run_records_every_month_once_through_batched_writes(tmp_path, monkeypatch):
    with _recording_home(tmp_path, monkeypatch) as instance:
        storage = instance.event_log_storage
        assert isinstance(storage, PooledSqliteEventLogStorage)
        _materialise_days(instance, "2023-12-20", "2024-12-05")
        assert len(instance.get_materialized_partitions(monthly_numbers.key)) == 13
        assert len(_materialisations(instance)) == 13


def test_a_run_covers_the_days_of_its_tags_and_a_run_over_months_alone_every_day_of_them(tmp_path, monkeypatch):
    with _recording_home(tmp_path, monkeypatch) as instance:
        _materialise_days(instance, "2024-03-10", "2024-03-12")
        [march] = [m.asset_materialization.metadata for m in _materialisations(instance)]
        assert (march["first"].value, march["last"].value) == ("2024-03-10", "2024-03-12")
        months = {"dagster/asset_partition_range_start": "2024-02-01", "dagster/asset_partition_range_end": "2024-03-01"}
        assert dg.materialize([monthly_numbers], instance=instance, tags=months).success
        latest = {m.partition_key: m.asset_materialization.metadata for m in _materialisations(instance)}
        assert (latest["2024-02-01"]["first"].value, latest["2024-02-01"]["last"].value) == ("2024-02-01", "2024-03-31")


def test_a_batch_that_fails_part_way_leaves_none_of_its_events(tmp_path, monkeypatch):
    with _recording_home(tmp_path, monkeypatch) as instance:
        _materialise_days(instance, "2024-01-15", "2024-10-03")
        entries = [record.event_log_entry for record in _materialisations(instance)]
        unstorable = entries[-1]._replace(dagster_event=object())  # no serializer takes it
        with pytest.raises(Exception):
            instance.event_log_storage.store_event_batch([*entries, unstorable])
        assert len(_materialisations(instance)) == 10
        instance.event_log_storage.store_event_batch(entries)  # the same connections still work
        assert len(_materialisations(instance)) == 20


def test_the_asset_row_holds_the_last_month_of_a_range_as_its_latest_materialisation(tmp_path, monkeypatch):
    with _recording_home(tmp_path, monkeypatch) as instance:
        _materialise_days(instance, "2024-01-15", "2024-10-03")
        [record] = instance.get_asset_records([monthly_numbers.key])
        latest = record.asset_entry.last_materialization_record
        assert latest.event_log_entry.dagster_event.partition == "2024-10-01"


def test_a_quarter_long_run_records_its_breakdowns_on_each_month_and_a_longer_one_its_counts_only(tmp_path, monkeypatch):
    with _recording_home(tmp_path, monkeypatch) as instance:
        _materialise_days(instance, "2024-01-01", f"2024-{DETAILED_MONTHS:02d}-28")
        _materialise_days(instance, "2025-01-01", "2025-12-31")
        metadata = {m.partition_key: m.asset_materialization.metadata for m in _materialisations(instance)}
        assert "breakdown" in metadata["2024-01-01"]
        assert "breakdown" not in metadata["2025-06-01"] and metadata["2025-06-01"]["months"].value == 12


_OPEN_AND_READ = ("from orchestration.instance import recording_instance\n"
                  "with recording_instance() as instance:\n"
                  "    instance.get_runs()\n")


def test_runs_started_together_on_a_new_home_leave_it_usable(tmp_path):
    """Two `dyad run` at once on a new home once stamped its storages twice, and every later run failed."""
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "home")}
    together = [subprocess.Popen([sys.executable, "-c", _OPEN_AND_READ], env=env, stderr=subprocess.PIPE, text=True)
                for _ in range(6)]
    errors = [p.communicate(timeout=120)[1] for p in together]
    assert [p.returncode for p in together] == [0] * 6, errors
    later = subprocess.run([sys.executable, "-c", _OPEN_AND_READ], env=env, capture_output=True, text=True, timeout=120)
    assert later.returncode == 0, later.stderr
