"""End-to-end throughput of `dyad run` against raw spaCy on the same texts.

1. Writes a deterministic corpus (bench/corpus.py: Spanish and English,
   300–800 words per article) as JSON lines in a temporary folder.
2. Runs `.venv/bin/dyad run` on it as a subprocess with a fresh warehouse:
   wall time of the whole command (start-up, ingestion, NLP, coding, loading).
3. Runs raw `nlp.pipe` of the same texts with the same models (no Dyad
   components), `n_process=2`, in a subprocess: time of the pipe calls only
   (model loading excluded, so the comparison is strict). It runs at the
   pipeline's batch size and at spaCy-style 64; the ratio is taken against the
   faster (the machine's best raw figure).
4. Prints articles/s, words/s, peak memory of each process tree (all
   processes, sampled from /proc) and the ratio pipeline / raw.

Targets: ratio >= 0.75 (the coder issue; 0.7 before it), pipeline peak memory < 2.5 GB.

Usage: .venv/bin/python bench/pipeline_throughput.py [--articles 5000] [--seed 7]
       [--keep DIR] [--n-process N] [--batch-size B] [--raw-batch-sizes B,B] [--skip-raw]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from corpus import generate, write_jsonl  # noqa: E402
from memory import PeakSampler  # noqa: E402

DYAD = REPO / ".venv" / "bin" / "dyad"
PYTHON = REPO / ".venv" / "bin" / "python"
TARGET_RATIO, TARGET_MEMORY = 0.75, 2.5e9


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int, int, float, subprocess.CompletedProcess]:
    """Wall seconds, peak tree RSS, most processes at once, CPU seconds of the tree, the result."""
    cpu, started = _cpu(), time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with PeakSampler(proc.pid) as sampler:
        out, err = proc.communicate()
        seconds = time.perf_counter() - started
    return seconds, sampler.peak, sampler.processes, _cpu() - cpu, subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def run_pipeline(corpus: Path, workdir: Path, n_process: str | None, batch_size: int) -> dict:
    env = dict(os.environ, DYAD_BATCH_SIZE=str(batch_size))
    env.setdefault("DAGSTER_HOME", str(workdir / "dagster_home"))
    Path(env["DAGSTER_HOME"]).mkdir(exist_ok=True)
    if n_process is not None:
        env["DYAD_N_PROCESS"] = n_process
    warehouse = workdir / "bench.duckdb"
    warehouse.unlink(missing_ok=True)
    seconds, peak, procs, cpu, done = _timed([str(DYAD), "run", "--articles", str(corpus), "--warehouse", str(warehouse)], env)
    if done.returncode not in (0, 3):
        sys.exit(f"dyad run failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return {"seconds": seconds, "peak": peak, "processes": procs, "cpu": cpu, "summary": done.stdout.strip()}


def run_raw(corpus: Path, n_process: int, batch_size: int) -> dict:
    seconds, peak, procs, cpu, done = _timed([str(PYTHON), __file__, "--raw-worker", str(corpus), "--n-process", str(n_process),
                                              "--batch-size", str(batch_size)], dict(os.environ))
    if done.returncode != 0:
        sys.exit(f"raw worker failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return {"seconds": result["pipe_seconds"], "total": seconds, "load": result["load_seconds"], "peak": peak,
            "processes": procs, "cpu": cpu}


def raw_worker(corpus: Path, n_process: int, batch_size: int) -> None:
    """In a subprocess: load the plain models and pipe every text, timing the pipe only."""
    sys.path.insert(0, str(REPO))
    from orchestration.settings import default_models
    from transforms.nlp.models import load_model

    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    models = {lang: load_model(name) for lang, name in default_models().items()}
    loaded = time.perf_counter()
    for lang, nlp in sorted(models.items()):
        texts = [r["text"] for r in records if r["language"] == lang]
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass
    print(json.dumps({"load_seconds": loaded - started, "pipe_seconds": time.perf_counter() - loaded}))


def _row(name: str, seconds: float, articles: int, words: int, peak: int, procs: int, cpu: float) -> str:
    return (f"{name:<34}{seconds:>9.1f}{articles / seconds:>12.1f}{words / seconds:>12,.0f}"
            f"{peak / 2**20:>12,.0f}{procs:>7}{cpu:>9.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--n-process", default=None, help="DYAD_N_PROCESS for the pipeline run (default: the setting's)")
    parser.add_argument("--raw-n-process", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=None, help="DYAD_BATCH_SIZE (default: the setting's)")
    parser.add_argument("--raw-batch-sizes", default=None,
                        help="batch sizes of the raw runs, comma-separated (default: the pipeline's and 64)")
    parser.add_argument("--keep", type=Path, help="write the corpus and warehouse here instead of a temp dir")
    parser.add_argument("--skip-raw", action="store_true")
    parser.add_argument("--raw-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.raw_worker:
        raw_worker(args.raw_worker, int(args.n_process or args.raw_n_process), args.batch_size)
        return
    sys.path.insert(0, str(REPO))
    from orchestration.settings import default_batch_size

    batch = args.batch_size or default_batch_size()
    raw_batches = sorted({int(b) for b in (args.raw_batch_sizes or f"{batch},64").split(",")})

    with tempfile.TemporaryDirectory(prefix="dyad-bench-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        records = generate(args.articles, seed=args.seed)
        corpus = write_jsonl(records, workdir / "corpus.jsonl")
        words = sum(len(r["text"].split()) for r in records)
        langs = {lang: sum(r["language"] == lang for r in records) for lang in ("es", "en")}
        print(f"corpus: {len(records)} articles ({langs['es']} es, {langs['en']} en), {words:,} words, seed {args.seed}")

        pipe = run_pipeline(corpus, workdir, args.n_process, batch)
        raws = {} if args.skip_raw else {b: run_raw(corpus, args.raw_n_process, b) for b in raw_batches}

    print()
    print(f"{'':<34}{'seconds':>9}{'articles/s':>12}{'words/s':>12}{'peak MiB':>12}{'procs':>7}{'CPU s':>9}")
    print(_row(f"dyad run (end to end), b{batch}", pipe["seconds"], len(records), words, pipe["peak"], pipe["processes"],
               pipe["cpu"]))
    for size, raw in raws.items():
        print(_row(f"raw nlp.pipe n_process={args.raw_n_process}, b{size}", raw["seconds"], len(records), words, raw["peak"],
                   raw["processes"], raw["cpu"]))
        print(f"  (raw model load {raw['load']:.1f} s not counted; raw subprocess total {raw['total']:.1f} s)")
    if raws:
        size, best = min(raws.items(), key=lambda item: item[1]["seconds"])
        ratio = best["seconds"] / pipe["seconds"]
        verdict = "meets" if ratio >= TARGET_RATIO else "misses"
        print(f"\nratio pipeline / best raw throughput (batch {size}): {ratio:.2f} ({verdict} the {TARGET_RATIO} target)")
    mem_verdict = "meets" if pipe["peak"] < TARGET_MEMORY else "misses"
    print(f"pipeline peak memory, all processes: {pipe['peak'] / 1e9:.2f} GB ({mem_verdict} the < 2.5 GB target)")
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          "(other work on the machine slows both runs; CPU s is the tree's user+system time)")
    print("\n" + pipe["summary"])


if __name__ == "__main__":
    main()
