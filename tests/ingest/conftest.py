"""Fixtures for the ingestion tests: paths, a fixed run time, a local web server."""
from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest



class LocalWeb:
    """A real HTTP server on 127.0.0.1 serving `routes`: path -> (status, content type, body).

    A path in `slow` answers only after that many seconds.
    """

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.slow: dict[str, float] = {}
        self.hits: list[str] = []
        routes, slow, hits = self.routes, self.slow, self.hits

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                hits.append(self.path)
                time.sleep(slow.get(self.path, 0))
                status, content_type, body = routes.get(self.path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"


@pytest.fixture
def web():
    server = LocalWeb()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def write(tmp_path):
    """write(name, content) -> Path: a file under tmp_path from bytes or UTF-8 text."""

    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path

    return _write
