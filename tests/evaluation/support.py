"""Hand-made gold and prediction files for the scorer tests."""
from __future__ import annotations

import json
from pathlib import Path

from transforms.evaluation.corpus import read_gold, read_languages, read_predictions
from transforms.evaluation.scoring import Scores, score_subset


def gold(article: str, gold_id: str, cameo: list[str], source: str | None, target: str | None,
         date: str | None = "2025-07-11", **extra) -> dict:
    """A gold event; sides are given by country code (None: the annotator could not tell)."""
    row = {"article_id": article, "gold_id": gold_id, "cameo": cameo, "date": date,
           "source": {"name": None, "country": source}, "target": {"name": None, "country": target}}
    row.update(extra)
    return row


def pred(article: str, cameo: str, source: str | None, target: str | None, date: str | None = "2025-07-11",
         source_name: str | None = None, target_name: str | None = None) -> dict:
    """A predicted event with the article_events columns the scorer reads."""
    return {"article_id": article, "event_date": date, "cameo_code": cameo,
            "source_name": source_name, "source_country": source, "target_name": target_name,
            "target_country": target, "location_name": None, "location_country": None}


def write_lines(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def scored(tmp_path: Path, golds: list[dict], preds: list[dict], articles: dict[str, str] | None = None,
           language: str | None = None) -> Scores:
    """Write the three files, read them back as `dyad eval` does, and score; articles: id -> language."""
    articles = articles or {g["article_id"]: "es" for g in golds} | {p["article_id"]: "es" for p in preds}
    languages = read_languages(write_lines(tmp_path / "articles.jsonl",
                                           [{"id": a, "language": lang} for a, lang in articles.items()]))
    return score_subset(read_gold(write_lines(tmp_path / "gold.jsonl", golds)),
                        read_predictions(write_lines(tmp_path / "predictions.jsonl", preds)), languages, language)
