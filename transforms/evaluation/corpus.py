"""Reading an evaluation corpus (eval/README.md, "Files"): articles, gold events, predictions.

A measurement built on a half-read file would be wrong without saying so: any bad line stops
the reading with an EvalInputError naming the file, the line and the reason.
"""
from __future__ import annotations

from pathlib import Path

from transforms.seed_rows import json_lines

PREDICTION_COLUMNS = (
    "article_id", "event_date", "cameo_code", "source_name", "source_country",
    "target_name", "target_country", "location_name", "location_country",
)


class EvalInputError(ValueError):
    """An evaluation file that cannot be scored: the message names the file, the line and why."""


def _rows(path: str | Path) -> list[tuple[int, dict]]:
    path = Path(path)
    if not path.is_file():
        raise EvalInputError(f"{path}: no such file")
    rows = []
    for lineno, row, problem in json_lines(path):
        if problem is not None:
            raise EvalInputError(f"{path}:{lineno}: {problem}")
        rows.append((lineno, row))
    return rows


def read_languages(path: str | Path) -> dict[str, str | None]:
    """article id -> language (None when the record has none) for every article of articles.jsonl."""
    languages: dict[str, str | None] = {}
    for lineno, row in _rows(path):
        if row.get("id") in (None, ""):
            raise EvalInputError(f"{path}:{lineno}: the article has no id")
        languages[str(row["id"])] = row.get("language")
    return languages


def read_gold(path: str | Path) -> list[dict]:
    """The gold events of gold.jsonl, each with at least article_id, gold_id and a list of CAMEO codes."""
    gold = []
    for lineno, row in _rows(path):
        missing = [k for k in ("article_id", "gold_id", "cameo") if k not in row]
        if missing:
            raise EvalInputError(f"{path}:{lineno}: the gold event lacks {', '.join(missing)}")
        if not isinstance(row["cameo"], list) or not row["cameo"]:
            raise EvalInputError(f"{path}:{lineno}: cameo must be a non-empty list of codes such as [\"042\"]")
        gold.append(row)
    return gold


def check_prediction(row: dict, where: str) -> dict:
    """The row, once it has every prediction column and a text CAMEO code; `where` names it in errors."""
    missing = [c for c in PREDICTION_COLUMNS if c not in row]
    if missing:
        raise EvalInputError(f"{where}: the prediction lacks {', '.join(missing)}")
    if not isinstance(row["cameo_code"], str):
        raise EvalInputError(f"{where}: cameo_code must be text such as '042', not {row['cameo_code']!r}")
    return row


def read_predictions(path: str | Path) -> list[dict]:
    """Predicted events from a JSON-lines file with the article_events columns (PREDICTION_COLUMNS)."""
    return [check_prediction(row, f"{path}:{lineno}") for lineno, row in _rows(path)]
