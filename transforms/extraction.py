"""The event coder: articles in, event mentions out.

One `Extractor` per process holds a spaCy pipeline per language (loaded on
first use), the actor lexicon, the title index, the place gazetteer and the
patterns. Articles in a language without a pipeline are skipped and
reported by the caller (DESIGN.md: kept, not guessed).

With `n_process` > 1 (or 0, "auto": two processes from `AUTO_MIN_ARTICLES`
articles on) the articles are parsed and coded in worker processes
(transforms.nlp.workers); the mentions are the same, in the same order.

An exception while parsing or coding one article sets that article aside
(`Coded.failures`, with the exception's type and message) and the others are
coded, the same way in one process and in the workers; the caller quarantines
it and does not store it, so the next run codes it again. A language whose
model or coder cannot be built is not one article's problem: that raises.
spaCy and the coder are imported on first use, so a main process whose
workers do the parsing (and `dyad ui`, which only loads definitions) never
spends the seconds importing them.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from transforms.fingerprint import fingerprint_paths
from transforms.nlp.workers import can_start_workers, code_in_workers
from transforms.nlp.parsing import parse_each
from transforms.records import Article, Coded, CodingFailure, EventMention

if TYPE_CHECKING:
    from transforms.coding.document import DocumentCoder

log = logging.getLogger(__name__)
CODE_DIR = Path(__file__).resolve().parent
AUTO_MIN_ARTICLES = 50  # below this, starting workers (seconds each) costs more than it saves
AUTO_MAX_PROCESSES = 2


def processes_for(n_process: int, articles: int) -> int:
    """How many processes to code `articles` with; `n_process` 0 (or less) means auto."""
    if n_process > 0:
        return n_process
    if articles < AUTO_MIN_ARTICLES:
        return 1
    return max(1, min(AUTO_MAX_PROCESSES, os.cpu_count() or 1))


class Extractor:
    def __init__(self, seeds_dir: Path, models: dict[str, str], batch_size: int = 16, n_process: int = 1):
        self.seeds_dir = Path(seeds_dir)
        self.models = dict(models)
        self.batch_size = batch_size
        self.n_process = n_process
        self._pipelines: dict = {}
        self._coders: dict[str, DocumentCoder] = {}

    @property
    def supported_languages(self) -> frozenset[str]:
        return frozenset(self.models)

    def fingerprint(self) -> str:
        """Code version of the coder and data version of what it reads, in one hash."""
        digest = hashlib.sha256()
        digest.update(fingerprint_paths(CODE_DIR).encode())
        for folder in ("actors", "patterns", "places", "reference"):
            digest.update(fingerprint_paths(self.seeds_dir / folder).encode())
        digest.update(repr(sorted(self.models.items())).encode())
        return digest.hexdigest()[:16]

    def pipeline(self, lang: str):
        if lang not in self._pipelines:
            from transforms.nlp.pipeline import build_pipeline

            self._pipelines[lang] = build_pipeline(self.models[lang], self.seeds_dir)
        return self._pipelines[lang]

    def coder(self, lang: str) -> "DocumentCoder":
        if lang not in self._coders:
            from transforms.coding import build_coder

            self._coders[lang] = build_coder(self.seeds_dir, lang)
        return self._coders[lang]

    def code(self, articles: Iterable[Article], progress: Callable[[int], None] | None = None) -> Coded:
        """Event mentions of the articles in a supported language, and the articles whose coding
        raised; `progress(n)` is called as every n further articles are done."""
        by_lang: dict[str, list[Article]] = {}
        for article in articles:
            if article.language in self.models:
                by_lang.setdefault(article.language, []).append(article)
        total = sum(len(batch) for batch in by_lang.values())
        n_process = processes_for(self.n_process, total)
        if n_process > 1 and can_start_workers():
            one_process = functools.partial(Extractor, self.seeds_dir, dict(self.models), batch_size=self.batch_size)
            return code_in_workers(by_lang, make_coder=one_process, n_process=n_process, progress=progress)
        coded = Coded()
        for lang, batch in sorted(by_lang.items()):
            coded.add(self.code_batch(lang, batch, progress))
        return coded

    def extract(self, articles: Iterable[Article], progress: Callable[[int], None] | None = None) -> list[EventMention]:
        """The mentions alone, for callers whose articles must all code (tests, benchmarks):
        an article whose coding raised raises `CodingFailed` instead of vanishing."""
        coded = self.code(articles, progress)
        if coded.failures:
            raise CodingFailed(coded.failures)
        return coded.mentions

    def code_batch(self, lang: str, batch: list[Article], progress: Callable[[int], None] | None = None) -> Coded:
        """Parse and code articles of one language in this process (coding follows
        each parsed batch, so it overlaps with the parse of the next one)."""
        nlp = self.pipeline(lang)
        coder = self.coder(lang)
        coded = Coded()
        for article, parsed in parse_each(nlp, batch, self.batch_size):
            error = parsed if isinstance(parsed, Exception) else None
            if error is None:
                try:
                    coded.mentions.extend(coder.code(parsed, article))
                except Exception as raised:  # noqa: BLE001  (one article's failure sets it aside, never stops the run)
                    error = raised
            if error is not None:
                log.warning("coding article %s (%s) failed, set aside: %s: %s", article.article_id,
                            article.origin_file, type(error).__name__, error)
                coded.failures.append(CodingFailure.of(article, error))
            if progress is not None:
                progress(1)
        return coded


class CodingFailed(RuntimeError):
    """Articles whose coding raised, for `Extractor.extract`'s callers."""

    def __init__(self, failures: list[CodingFailure]):
        super().__init__("; ".join(f"{f.article_id}: {f.error}" for f in failures))
        self.failures = failures
