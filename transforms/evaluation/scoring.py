"""Counting matches into precision, recall and F1, for the whole corpus and per language.

- recall = matched required gold / all required gold
- precision = matched predictions / (predictions - those matched to optional gold)
- secondary, over matched required pairs: exact CAMEO code, actor names, location, exact date.

Every article of the corpus counts, also those with no gold event: whatever is predicted there
is a false positive. Predictions for articles outside the corpus are not scored.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from transforms.evaluation.matching import attribute_hits, best_orientation, match


def score(gold_rows: list[dict], pred_rows: list[dict], strict: bool, article_ids=None) -> dict:
    """Lenient (dyad-level) or strict figures; article_ids: every article of the corpus."""
    by_article_gold = defaultdict(list)
    for g in gold_rows:
        by_article_gold[str(g["article_id"])].append(g)
    articles = set(by_article_gold) | {str(a) for a in article_ids or ()}
    by_article_pred = defaultdict(list)
    for p in pred_rows:
        by_article_pred[str(p["article_id"])].append(p)

    totals = defaultdict(int)
    attrs = defaultdict(int)
    per_article = {}
    for art in sorted(articles):
        golds = by_article_gold.get(art, [])
        preds = by_article_pred.get(art, [])
        m = match(preds, golds, strict)
        req = [gi for gi, g in enumerate(golds) if g.get("required", True)]
        hit_req = [gi for gi in req if gi in m]
        absorbed = sum(1 for gi in m if gi not in req)
        counted_preds = len(preds) - absorbed
        totals["required"] += len(req)
        totals["matched"] += len(hit_req)
        totals["predicted"] += counted_preds
        for gi in hit_req:
            p, g = preds[m[gi]], golds[gi]
            _, swapped = best_orientation(p, g, strict)
            for k, v in attribute_hits(p, g, swapped).items():
                attrs[k] += int(v)
        per_article[art] = {
            "required": len(req), "matched": len(hit_req), "predicted": counted_preds,
            "missed": [golds[gi]["gold_id"] for gi in req if gi not in m],
        }
    p = totals["matched"] / totals["predicted"] if totals["predicted"] else 0.0
    r = totals["matched"] / totals["required"] if totals["required"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    matched = totals["matched"] or 1
    return {
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
        **{k: totals[k] for k in ("required", "matched", "predicted")},
        "accuracy_on_matched": {k: round(v / matched, 4) for k, v in sorted(attrs.items())},
        "per_article": per_article,
    }


@dataclass(frozen=True)
class Scores:
    """One row of the table: a language (None for all) and its lenient and strict figures."""
    language: str | None
    articles: int
    lenient: dict
    strict: dict


def score_subset(gold_rows: list[dict], pred_rows: list[dict], languages: dict[str, str | None],
                 language: str | None = None) -> Scores:
    """Scores over the articles in `language` (all articles when None); languages: article id -> language."""
    ids = {a for a, lang in languages.items() if language is None or lang == language}
    if language is not None:
        gold_rows = [g for g in gold_rows if str(g["article_id"]) in ids]
    return Scores(language=language, articles=len(ids),
                  lenient=score(gold_rows, pred_rows, strict=False, article_ids=ids),
                  strict=score(gold_rows, pred_rows, strict=True, article_ids=ids))


def score_table(gold_rows: list[dict], pred_rows: list[dict], languages: dict[str, str | None],
                language: str | None = None) -> list[Scores]:
    """The rows `dyad eval` prints: all articles, then each language in the order the corpus first
    lists it; only that language when `language` is given."""
    if language is not None:
        return [score_subset(gold_rows, pred_rows, languages, language)]
    ordered = list(dict.fromkeys(lang for lang in languages.values() if lang))
    return [score_subset(gold_rows, pred_rows, languages)] + [
        score_subset(gold_rows, pred_rows, languages, lang) for lang in ordered]


def unknown_articles(pred_rows: list[dict], gold_rows: list[dict], languages: dict[str, str | None]) -> list[str]:
    """Article ids of predictions that are neither in the corpus nor in the gold: not scored."""
    known = {str(g["article_id"]) for g in gold_rows} | set(languages)
    return sorted({str(p["article_id"]) for p in pred_rows} - known)
