"""Coding articles in worker processes: parse *and* code in each worker.

spaCy's own `nlp.pipe(n_process=2)` parses in workers but sends every Doc back
to the main process, which deserialises it and then codes it alone; on a
two-core machine that main process is the bottleneck (FACTS.md). Here each
worker builds its own coder (an `Extractor`: models, lexicon, gazetteer,
patterns; loaded once per worker, by the picklable factory the caller passes)
and returns only the event mentions of a chunk of articles, which are small.
The main process just hands out chunks and collects results, in order, so the
output is the same as with one process.

Workers are started with the "spawn" method: the parent may hold threads
(Dagster, DuckDB) that a fork would copy in a locked state. As with any
spawn, a script that calls this must guard its entry point with
`if __name__ == "__main__":` (the `dyad` command does).
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from typing import Protocol

from transforms.records import Article, Coded


class BatchCoder(Protocol):
    def code_batch(self, lang: str, batch: list[Article]) -> Coded: ...


_WORKER: BatchCoder | None = None  # this worker process's coder
_FAILED: str | None = None  # why it could not be built
CHUNK_ARTICLES = 64  # the most articles handed to a worker at once (several spaCy batches)


def can_start_workers() -> bool:
    """A daemonic process (some executors' step processes) may not have children."""
    return not multiprocessing.current_process().daemon


def _start(make_coder: Callable[[], BatchCoder]) -> None:
    # An exception here would make the pool restart the worker forever: keep it for the first task.
    global _WORKER, _FAILED
    try:
        _WORKER = make_coder()
    except Exception as exc:  # noqa: BLE001  (reported by _code, in the parent)
        _FAILED = f"{type(exc).__name__}: {exc}"


def _code(task: tuple[str, list[Article]]) -> tuple[int, Coded]:
    if _WORKER is None:
        raise RuntimeError(f"the NLP worker could not start: {_FAILED}")
    lang, articles = task
    return len(articles), _WORKER.code_batch(lang, articles)


def chunks(by_lang: dict[str, list[Article]], *, largest: int, workers: int,
           smallest: int = 4) -> Iterator[tuple[str, list[Article]]]:
    """Chunks of one language each, shrinking as the work runs out ("guided" scheduling):
    big chunks keep spaCy's batches full, small ones at the end keep every worker busy
    until the last article instead of one worker finishing a big chunk alone."""
    remaining = sum(len(batch) for batch in by_lang.values())
    for lang, batch in sorted(by_lang.items()):
        at = 0
        while at < len(batch):
            size = max(smallest, min(largest, remaining // (workers * 4)))
            yield lang, batch[at:at + size]
            taken = min(size, len(batch) - at)
            at += taken
            remaining -= taken


def code_in_workers(by_lang: dict[str, list[Article]], *, make_coder: Callable[[], BatchCoder], n_process: int,
                    progress: Callable[[int], None] | None = None) -> Coded:
    """Mentions (and articles set aside, as `Extractor.code_batch` sets them aside) of every chunk, in order.
    `make_coder` builds each worker's coder; it is sent to the workers, so it must pickle (a class, a partial)."""
    context = multiprocessing.get_context("spawn")
    coded = Coded()
    failure: Exception | None = None
    with context.Pool(n_process, initializer=_start, initargs=(make_coder,)) as pool:
        try:
            for done, found in pool.imap(_code, chunks(by_lang, largest=CHUNK_ARTICLES, workers=n_process)):
                coded.add(found)
                if progress is not None:
                    progress(done)
        except Exception as exc:  # noqa: BLE001  (raised below, once the pool is down)
            # A worker's error (a model that does not load) ends the step, but the pool is shut down in order: leaving
            # the `with` on an exception terminates it, which can hang on a worker the pool has just started in
            # place of another (it waits on a lock the terminating parent holds).
            failure = exc
        pool.close()
        pool.join()
    if failure is not None:
        raise failure
    return coded
