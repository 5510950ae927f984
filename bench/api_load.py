"""Throughput of the GraphQL API under uvicorn with many concurrent clients.

    .venv/bin/python bench/api_load.py [--warehouse FILE] [--events 100000] [--clients 32] [--seconds 30]
                                       [--workers 2] [--no-cache]

Serves FILE (or a synthetic warehouse of --events events, built as in
bench/api_latency.py) as `dyad serve --workers N` does (api.app.serve) on
127.0.0.1 in a child process, then runs --clients concurrent clients for
--seconds, each sending a mix of page and aggregate queries whose variables
are drawn at random (a filtered page of one of 20 CAMEO roots and 8 years, an
event with its evidence by any id, an actor's events and an actor's monthly
timeline for one of 200 actors, the top dyads of one of 12 years, a country's
event types for one of 50 countries), and prints requests/s, latency
percentiles, the share of answers the answer cache gave (`x-dyad-cache: hit`)
and the error count (non-200 answers, GraphQL errors, transport failures).
The load generator (one process, asyncio, HTTP/1.1 keep-alive) shares the
machine with the server.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
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

ROOTS = [f"{r:02d}" for r in range(1, 21)]
YEARS = list(range(2015, 2027))
# (query, a function of a random generator giving its variables)
MIX = [
    ('query($r: String, $d: Date) { events(filter: {cameoRoot: $r, dateFrom: $d}, first: 20) '
     '{ edges { node { id date cameo { code } source { name } target { name } } } } }',
     lambda rnd: {"r": rnd.choice(ROOTS), "d": f"{rnd.choice(YEARS[-8:])}-01-01"}),
    ('query($id: ID!) { event(id: $id) { id date source { name } mentions { sentence article { title } } } }',
     lambda rnd: {"id": str(rnd.randint(1, 1_000_000))}),
    ('query($a: ID!) { actor(id: $a) { name events(first: 10) { edges { node { id date } } } } }',
     lambda rnd: {"a": f"A{rnd.randint(1, 200):04d}"}),
    ('query($a: String) { timeline(filter: {actorId: $a, dateFrom: "2025-01-01"}, interval: MONTH) { start count } }',
     lambda rnd: {"a": f"A{rnd.randint(1, 200):04d}"}),
    ('query($f: Date, $t: Date) { dyads(filter: {dateFrom: $f, dateTo: $t}, first: 20) { source { name } target { name } count } }',
     lambda rnd: (lambda y: {"f": f"{y}-01-01", "t": f"{y}-12-31"})(rnd.choice(YEARS))),
    ('query($c: String) { eventTypes(filter: {country: $c}) { rootCode count } }',
     lambda rnd: {"c": rnd.choice(COUNTRIES)}),
]
COUNTRIES: list[str] = []  # filled from the warehouse: its 50 most frequent actor countries


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(path: Path, port: int, workers: int, cache: bool) -> subprocess.Popen:
    """`dyad serve --workers N` (api.app.serve), in its own process group so that it, and only it, can be ended."""
    env = {**os.environ, "DYAD_API_KEYS": "", "DYAD_ANSWER_CACHE_MB": "64" if cache else "0"}
    code = "import sys; sys.path.insert(0, %r); from api.app import serve; serve(%r, port=%d, workers=%d)" % (
        str(REPO), str(path), port, workers)
    return subprocess.Popen([sys.executable, "-c", code], start_new_session=True, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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


class Connection:
    """One keep-alive HTTP/1.1 connection to the server: a load generator lighter than a full client library."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, body: bytes) -> tuple[int, dict[str, str], bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.writer.write(b"POST /graphql HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
                          b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = dict((k.lower(), v.strip()) for k, _, v in (line.partition(":") for line in lines[1:] if line))
        answer = await self.reader.readexactly(int(headers.get("content-length", 0)))
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, headers, answer

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def client(port: int, stop_at: float, index: int, latencies: list[float], errors: list[str],
                 hits: list[bool]) -> None:
    rnd = random.Random(index)
    connection = Connection(port)
    try:
        while time.monotonic() < stop_at:
            query, variables = rnd.choice(MIX)
            body = json.dumps({"query": query, "variables": variables(rnd)}).encode()
            start = time.perf_counter()
            try:
                status, headers, answer = await connection.post(body)
                if status != 200 or json.loads(answer).get("errors"):
                    errors.append(f"{status} {answer[:200]!r}")
                hits.append(headers.get("x-dyad-cache") == "hit")
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                errors.append(repr(exc))
                await connection.close()
            latencies.append((time.perf_counter() - start) * 1000)
    finally:
        await connection.close()


async def run_load(port: int, clients: int, seconds: float) -> tuple[list[float], list[str], list[bool], float]:
    latencies: list[float] = []
    errors: list[str] = []
    hits: list[bool] = []
    start = time.monotonic()
    await asyncio.gather(*(client(port, start + seconds, i, latencies, errors, hits) for i in range(clients)))
    return latencies, errors, hits, time.monotonic() - start


def top_countries(path: Path, n: int = 50) -> list[str]:
    import duckdb

    with duckdb.connect(str(path), read_only=True) as con:
        return [r[0] for r in con.execute(
            "SELECT a.country_code FROM events e JOIN actors a ON a.actor_id = e.source_actor_id "
            "WHERE e.event_id <= 100000 GROUP BY 1 ORDER BY count(*) DESC LIMIT ?", [n]).fetchall()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2, help="server processes (dyad serve --workers)")
    parser.add_argument("--no-cache", action="store_true", help="serve without the answer cache")
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

    COUNTRIES.extend(top_countries(path))
    port = free_port()
    server = start_server(path, port, args.workers, cache=not args.no_cache)
    try:
        wait_ready(port, timeout=120)
        latencies, errors, hits, elapsed = asyncio.run(run_load(port, args.clients, args.seconds))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
        if tmp is not None:
            tmp.cleanup()

    ordered = sorted(latencies)
    p95 = ordered[int(0.95 * (len(ordered) - 1))] if ordered else float("nan")
    print(f"{args.workers} worker(s), answer cache {'off' if args.no_cache else 'on'}, load average "
          f"{os.getloadavg()[0]:.2f}; {args.clients} clients for {elapsed:.1f} s: {len(latencies):,} requests, "
          f"{len(latencies) / elapsed:,.0f} requests/s, errors {len(errors)}, "
          f"answered from the cache {100 * sum(hits) / max(len(hits), 1):.0f}%")
    if ordered:
        print(f"latency median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms")
    for error in errors[:5]:
        print("  error:", error)


if __name__ == "__main__":
    main()
