"""The Dagster home `dyad run` records to: its dagster.yaml is dyad's until the user writes their own."""
from __future__ import annotations

from orchestration.instance import MARKER, prepare_dagster_home


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
