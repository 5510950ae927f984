"""Progress of a long step on a terminal: done/total, articles/s, ETA.

Shown only when someone watches: the stream is a terminal, no `CI` variable
is set and the run is long enough (`min_total` items). At most one line every
`interval` seconds, plus a last line when the step ends; nothing at all in CI
logs or for runs of a few articles.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

MIN_TOTAL = 50
INTERVAL = 5.0


def watched(stream: TextIO) -> bool:
    """True when `stream` is a terminal and the process is not a CI job."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):  # a closed or detached stream
        return False


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class Progress:
    """`advance(n)` as items are done; `finish()` at the end. Silent unless watched."""

    def __init__(self, total: int, *, label: str = "coding", unit: str = "articles", stream: TextIO | None = None,
                 min_total: int = MIN_TOTAL, interval: float = INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.total, self.label, self.unit = total, label, unit
        self.stream = stream if stream is not None else sys.stderr
        self.interval, self.clock = interval, clock
        self.enabled = total >= min_total and watched(self.stream)
        self.done = 0
        self.started = clock()
        self._last = self.started

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = self.clock()
        if now - self._last >= self.interval and self.done < self.total:
            self._last = now
            self._write(now)

    def finish(self) -> None:
        if self.enabled and self.done:
            self._write(self.clock(), final=True)

    def line(self, now: float, *, final: bool = False) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        head = f"{self.label}: {self.done:,}/{self.total:,} {self.unit} ({self.done / max(self.total, 1):.0%}), {rate:,.1f} {self.unit}/s"
        if final:
            return f"{head}, done in {_duration(elapsed)}"
        eta = (self.total - self.done) / rate if rate > 0 else float("inf")
        return f"{head}, ETA {_duration(eta) if eta != float('inf') else '?'}"

    def _write(self, now: float, *, final: bool = False) -> None:
        try:
            self.stream.write(self.line(now, final=final) + "\n")
            self.stream.flush()
        except (ValueError, OSError):  # progress must never stop a run
            self.enabled = False
