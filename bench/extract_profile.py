"""Time `Extractor.extract` alone (no Dagster, no warehouse) on the bench corpus.

For profiling the NLP step: run it under py-spy or cProfile.
Usage: .venv/bin/python bench/extract_profile.py [--articles 500] [--n-process N] [--cprofile FILE]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO))

from corpus import generate  # noqa: E402

from orchestration.settings import default_models  # noqa: E402
from transforms.extraction import Extractor  # noqa: E402
from transforms.records import Article  # noqa: E402


def articles(n: int, seed: int) -> list[Article]:
    return [Article(article_id=r["id"], text=r["text"], content_hash=r["id"], title=r["title"], language=r["language"])
            for r in generate(n, seed=seed)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--cprofile", type=Path)
    args = parser.parse_args()
    batch = articles(args.articles, args.seed)
    words = sum(len(a.text.split()) for a in batch)
    extractor = Extractor(REPO / "seeds", default_models(), n_process=args.n_process)
    started = time.perf_counter()
    if args.cprofile:
        import cProfile
        cProfile.runctx("mentions = extractor.extract(batch)", globals(), locals_ := {"extractor": extractor, "batch": batch},
                        str(args.cprofile))
        mentions = locals_["mentions"]
    else:
        mentions = extractor.extract(batch)
    seconds = time.perf_counter() - started
    print(f"{len(batch)} articles, {words:,} words, {len(mentions)} mentions in {seconds:.1f} s: "
          f"{len(batch) / seconds:.1f} articles/s, {words / seconds:,.0f} words/s (model loading included)")


if __name__ == "__main__":
    main()
