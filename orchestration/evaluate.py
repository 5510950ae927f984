"""`dyad eval`: code a corpus the way `dyad run` does, into a scratch warehouse, and score it against gold.

The run is the real one (orchestration.runner.run_pipeline: every asset, the same checks) on an
ephemeral Dagster instance, so measuring never adds runs to the instance the UI shows. The
warehouse is a fresh file, never an existing one: an article already stored would not be coded
again, and its old events would be scored as if the current coder had produced them.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from orchestration.runner import run_pipeline
from orchestration.summary import RunSummary
from transforms.evaluation.corpus import EvalInputError, check_prediction, read_gold, read_languages
from transforms.evaluation.report import render_details, render_per_article, render_table
from transforms.evaluation.scoring import score_table, unknown_articles
from warehouse.predictions import article_event_rows


class EvalRunFailed(RuntimeError):
    """The pipeline run failed: nothing was scored. The message is the run's summary."""


@dataclass
class EvalReport:
    summary: RunSummary
    table: str
    warnings: list[str] = field(default_factory=list)


def evaluate(articles: str, gold: str, *, language: str | None = None, warehouse: str | None = None,
             per_article: bool = False) -> EvalReport:
    """Score the events `dyad run` codes from `articles` (JSON lines) against `gold`.

    `warehouse`: where to build the scratch warehouse and keep it for inspection (it must not
    exist yet); by default a temporary file, removed afterwards. Raises EvalInputError for a file
    that cannot be scored and EvalRunFailed when the run fails.
    """
    languages = read_languages(articles)
    gold_rows = read_gold(gold)
    if language is not None and language not in set(languages.values()):
        raise EvalInputError(f"{articles}: no article is in language {language!r}")
    if warehouse is not None and Path(warehouse).exists():
        raise EvalInputError(f"{warehouse}: already exists; dyad eval builds a fresh warehouse (choose a new path)")
    with tempfile.TemporaryDirectory(prefix="dyad-eval-") as scratch:
        path = Path(warehouse) if warehouse is not None else Path(scratch) / "eval.duckdb"
        summary = run_pipeline([str(articles)], str(path))
        if summary.failed:
            raise EvalRunFailed(summary.render())
        predictions = [check_prediction(row, f"{path} (article_events)") for row in article_event_rows(path)]
    rows = score_table(gold_rows, predictions, languages, language)
    parts = [render_per_article(rows[0])] if per_article else []
    parts += [render_table(rows), render_details(rows[0])]
    warnings = []
    unknown = [] if language else unknown_articles(predictions, gold_rows, languages)
    if unknown:
        warnings.append(f"{len(unknown)} predicted article ids are not in the corpus and are not scored: "
                        f"{', '.join(unknown[:5])}")
    return EvalReport(summary=summary, table="\n\n".join(parts), warnings=warnings)
