"""What recording `dyad run` to the UI's persistent Dagster instance costs, against an ephemeral one.

Usage: .venv/bin/python bench/instance_cost.py [--articles PATH ...] [--repeat 3]

For each corpus (default: the bundled article, then the dev corpus) and each mode, runs the whole
command in a fresh process into a fresh warehouse, `--repeat` times, modes interleaved:

- ephemeral: `run_pipeline` on an in-memory instance (what `dyad run` did before it recorded runs);
- persistent, per-day planned events: `dyad run` into a DAGSTER_HOME with Dagster's default of one
  "materialisation planned" event per day of the run's range;
- persistent: `dyad run` as shipped (one planned event per asset; orchestration/instance.py).

Each persistent mode keeps one DAGSTER_HOME across its repeats, so the instance grows as it does in
use. Prints the median wall time of each mode and its ratio to the ephemeral one.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PLANNED = "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS"
EPHEMERAL = ("import sys; from orchestration.runner import run_pipeline; "
             "sys.exit(run_pipeline([sys.argv[1]], sys.argv[2]).failed)")
MODES = ("ephemeral", "persistent, per-day planned events", "persistent (dyad run)")


def command(mode: str, articles: str, warehouse: Path) -> list[str]:
    if mode == "ephemeral":
        return [sys.executable, "-c", EPHEMERAL, articles, str(warehouse)]
    return [str(BIN / "dyad"), "run", "--articles", articles, "--warehouse", str(warehouse)]


def environment(mode: str, scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DAGSTER_HOME", PLANNED)}
    env["DYAD_STAGE"] = str(scratch / "stage")
    if mode != "ephemeral":
        env["DAGSTER_HOME"] = str(scratch / mode.split()[0] / mode.replace(" ", "_").replace(",", ""))
    if mode == MODES[1]:
        env[PLANNED] = "false"
    return env


def time_run(mode: str, articles: str, scratch: Path, i: int) -> float:
    warehouse = scratch / f"{MODES.index(mode)}-{i}.duckdb"
    started = time.perf_counter()
    done = subprocess.run(command(mode, articles, warehouse), env=environment(mode, scratch), cwd=REPO,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 3):
        raise SystemExit(f"{mode} on {articles} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", action="append",
                        help="corpus (repeatable; default: seeds/articles and eval/dev/articles.jsonl)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpora = args.articles or [str(REPO / "seeds" / "articles"), str(REPO / "eval" / "dev" / "articles.jsonl")]
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    for articles in corpora:
        with tempfile.TemporaryDirectory(prefix="dyad-bench-instance-") as tmp:
            times: dict[str, list[float]] = {mode: [] for mode in MODES}
            for i in range(args.repeat):
                for mode in MODES:
                    times[mode].append(time_run(mode, articles, Path(tmp), i))
        base = statistics.median(times["ephemeral"])
        print(f"\n{Path(articles).relative_to(REPO) if Path(articles).is_relative_to(REPO) else articles}"
              f" ({args.repeat} runs each, medians)")
        print(f"{'mode':38} {'seconds':>8} {'ratio':>6}   runs")
        for mode in MODES:
            median = statistics.median(times[mode])
            runs = " ".join(f"{t:.1f}" for t in times[mode])
            print(f"{mode:38} {median:8.1f} {median / base:6.2f}   {runs}")
    print(f"\nload average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
