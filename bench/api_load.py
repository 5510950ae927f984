"""Throughput of the GraphQL API under uvicorn with many concurrent clients.

    .venv/bin/python bench/api_load.py [--warehouse FILE] [--events 100000] [--clients 32] [--seconds 30]

Serves FILE (or a synthetic warehouse of --events events, built as in
bench/api_latency.py) with uvicorn on 127.0.0.1 in a child process, then runs
--clients concurrent httpx async clients for --seconds, each sending a mix of
queries (a filtered page, an event with its evidence, an actor's events, a
timeline), and prints requests/s, latency percentiles and the error count
(non-200 answers, GraphQL errors, transport failures). The load generator
shares the machine with the server.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MIX = [
    ('{ events(filter: {cameoRoot: "04", dateFrom: "2024-01-01"}, first: 20) '
     '{ edges { node { id date cameo { code } source { name } target { name } } } } }'),
    '{ event(id: "1") { id date source { name } mentions { sentence article { title } } } }',
    '{ actor(id: "A0001") { name events(first: 10) { edges { node { id date } } } } }',
    '{ timeline(filter: {actorId: "A0002", dateFrom: "2025-01-01"}, interval: MONTH) { start count } }',
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(path: Path, port: int) -> subprocess.Popen:
    code = ("import sys, uvicorn; sys.path.insert(0, %r); from api.app import create_app; "
            "uvicorn.run(create_app(%r, api_keys=set()), host='127.0.0.1', port=%d, log_level='warning')"
            % (str(REPO), str(path), port))
    # its own process group, so it (and only it) can be ended as a whole
    return subprocess.Popen([sys.executable, "-c", code], start_new_session=True)


def wait_ready(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.post(f"http://127.0.0.1:{port}/graphql", json={"query": "{ __typename }"}).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not start")


async def client(url: str, stop_at: float, index: int, latencies: list[float], errors: list[str]) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        i = index
        while time.monotonic() < stop_at:
            query = MIX[i % len(MIX)]
            i += 1
            start = time.perf_counter()
            try:
                response = await http.post(url, json={"query": query})
                ok = response.status_code == 200 and not response.json().get("errors")
                if not ok:
                    errors.append(f"{response.status_code} {response.text[:200]}")
            except httpx.HTTPError as exc:
                errors.append(repr(exc))
            latencies.append((time.perf_counter() - start) * 1000)


async def run_load(port: int, clients: int, seconds: float) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    start = time.monotonic()
    await asyncio.gather(*(client(f"http://127.0.0.1:{port}/graphql", start + seconds, i, latencies, errors)
                           for i in range(clients)))
    return latencies, errors, time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()

    tmp = None
    path = args.warehouse
    if path is None or not path.exists():
        from bench.api_latency import build

        if path is None:
            tmp = tempfile.TemporaryDirectory(prefix="dyad-load-")
            path = Path(tmp.name) / "load.duckdb"
        build(path, args.events)
        print(f"built a synthetic warehouse of {args.events:,} events")

    port = free_port()
    server = start_server(path, port)
    try:
        wait_ready(port)
        latencies, errors, elapsed = asyncio.run(run_load(port, args.clients, args.seconds))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
        if tmp is not None:
            tmp.cleanup()

    ordered = sorted(latencies)
    p95 = ordered[int(0.95 * (len(ordered) - 1))] if ordered else float("nan")
    print(f"{args.clients} clients for {elapsed:.1f} s: {len(latencies):,} requests, "
          f"{len(latencies) / elapsed:,.0f} requests/s, errors {len(errors)}")
    if ordered:
        print(f"latency median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms")
    for error in errors[:5]:
        print("  error:", error)


if __name__ == "__main__":
    main()
