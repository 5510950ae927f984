"""Progress lines go to a terminal, at most one per interval, and never to logs or CI."""
from __future__ import annotations

import io

from transforms.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _run(stream, total=1000, step=10, seconds_per_step=0.5, **kwargs):
    clock = Clock()
    progress = Progress(total, stream=stream, clock=clock, interval=5.0, **kwargs)
    for _ in range(total // step):
        clock.now += seconds_per_step
        progress.advance(step)
    progress.finish()
    return stream.getvalue().splitlines()


def test_a_terminal_sees_rate_and_eta_at_most_once_per_interval(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    lines = _run(Terminal())
    # 100 steps of 0.5 s: 50 s, one line per 5 s, then the final line
    assert 8 <= len(lines) <= 11
    assert "20.0 articles/s" in lines[0] and "ETA" in lines[0]
    assert lines[-1].startswith("coding: 1,000/1,000 articles (100%)") and "done in 50s" in lines[-1]


def test_a_log_file_gets_nothing(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert _run(io.StringIO()) == []


def test_a_ci_job_gets_nothing_even_on_a_terminal(monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert _run(Terminal()) == []


def test_a_run_of_a_few_articles_gets_nothing(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert _run(Terminal(), total=20, step=1) == []
