"""`dyad serve --workers 2`, for real: two processes answer on one port from one
read-only file, and after a publish replaces the file every answer is the new
generation's (no worker serves a cached answer of the old one)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.api.support import build_warehouse
from warehouse.read_tables import build_read_tables
from warehouse.snapshot import staging

REPO = Path(__file__).resolve().parents[2]
COUNT = {"query": "{ events { totalCount } }"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    path = build_warehouse(tmp_path / "dyad.duckdb", read_tables=True)
    port = free_port()
    env = {**os.environ, "DYAD_API_KEYS": ""}
    process = subprocess.Popen([sys.executable, "-m", "orchestration.cli", "serve", "--warehouse", str(path),
                                "--port", str(port), "--workers", "2"],
                               cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/graphql"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                if httpx.post(url, json={"query": "{ __typename }"}).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"dyad serve did not start: {process.stdout.read().decode()[-2000:]}")
            time.sleep(0.2)
        yield path, url, process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def worker_processes(parent: int) -> list[int]:
    """The ids of `parent`'s child processes that run multiprocessing workers (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if int(fields[1]) == parent and b"multiprocessing" in command and b"resource_tracker" not in command:
            found.append(int(stat.parent.name))
    return found


def counts(url: str, times: int) -> list[tuple[int, str]]:
    """(totalCount, cache state) of `times` requests, each on a new connection (so both workers answer some)."""
    answers = []
    for _ in range(times):
        response = httpx.post(url, json=COUNT)
        assert response.status_code == 200
        answers.append((response.json()["data"]["events"]["totalCount"], response.headers["x-dyad-cache"]))
    return answers


def test_two_workers_answer_and_see_a_new_publish_at_once(server):
    path, url, process = server
    before = counts(url, 20)
    assert {n for n, _ in before} == {16} and "hit" in {state for _, state in before}
    with staging(path) as session:  # a publish, as a load makes one
        session.con.execute("DELETE FROM event_mentions WHERE event_id = 14; DELETE FROM events WHERE event_id = 14")
        build_read_tables(session.con)
        session.publish()
    after = counts(url, 20)
    assert {n for n, _ in after} == {15}
    assert "hit" in {state for _, state in after}  # the new generation's answer is cached in turn
    assert len(worker_processes(process.pid)) == 2
