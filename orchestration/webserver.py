"""`dyad ui`: the Dagster UI and daemon on the same definitions as `dyad run`.

It runs `dagster dev -m orchestration.definitions` with the configuration in
the environment (orchestration.settings) and the instance `dyad run` records
to (orchestration.instance), in its own process group so that stopping
`dyad ui` stops the webserver and daemon too (a backgrounded dev server
ignores SIGTERM otherwise).
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from orchestration import settings
from orchestration.instance import prepare_dagster_home


def ui_command(host: str, port: int) -> list[str]:
    dagster = Path(sys.executable).with_name("dagster")
    return [str(dagster), "dev", "-m", "orchestration.definitions", "-h", host, "-p", str(port)]


def ui_environment(warehouse: str | None, articles: list[str] | None) -> dict[str, str]:
    env = dict(os.environ)
    if warehouse:
        env["DYAD_WAREHOUSE"] = str(Path(warehouse).resolve())
    if articles:
        env["DYAD_ARTICLES"] = os.pathsep.join(str(Path(a).resolve()) if "://" not in a else a for a in articles)
    prepare_dagster_home(env)
    return env


def run_ui(host: str, port: int, warehouse: str | None = None, articles: list[str] | None = None) -> int:
    env = ui_environment(warehouse, articles)
    process = subprocess.Popen(ui_command(host, port), env=env, cwd=settings.REPO_ROOT, start_new_session=True)
    try:
        return process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        stop_process_group(process)


def stop_process_group(process: subprocess.Popen, timeout: float = 15) -> None:
    """End a process started with `start_new_session=True` and all its children.

    A backgrounded `dagster-webserver` / `dg dev` (and celery workers) may ignore a signal to the
    parent alone (FACTS.md): the whole group gets SIGTERM, then SIGKILL after `timeout` seconds.
    """
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def background_webserver(env: dict[str, str], port: int | None = None, timeout: float = 90.0) -> Iterator[str]:
    """`dagster-webserver` on loopback in its own process group (no daemon); yields its base URL; ends the group."""
    import time
    import urllib.request

    port = port or free_port()
    prepare_dagster_home(env)
    webserver = Path(sys.executable).with_name("dagster-webserver")
    command = [str(webserver), "-m", "orchestration.definitions", "-h", "127.0.0.1", "-p", str(port)]
    process = subprocess.Popen(command, env=env, cwd=settings.REPO_ROOT, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"dagster-webserver exited: {process.stderr.read().decode()[-2000:]}")
            try:
                with urllib.request.urlopen(url + "/server_info", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"dagster-webserver did not answer on {url} within {timeout}s")
            time.sleep(0.3)
        yield url
    finally:
        stop_process_group(process)
        process.stderr.close()


def graphql(url: str, query: str, variables: dict | None = None) -> dict:
    import json
    import urllib.request

    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url + "/graphql", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        payload = json.loads(response.read())
    if payload.get("errors"):
        raise RuntimeError(payload["errors"])
    return payload["data"]
