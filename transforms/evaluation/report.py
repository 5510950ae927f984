"""The score table `dyad eval` prints, in Markdown so that the README can quote it as printed."""
from __future__ import annotations

from babel import Locale, UnknownLocaleError

from transforms.evaluation.scoring import Scores

HEADER = "| | F1 | F1-strict | precision | recall |\n|---|---|---|---|---|"


def language_name(code: str) -> str:
    """English name of a language code ('es' -> 'Spanish'); the code itself when babel does not know it."""
    try:
        return Locale.parse(code).english_name or code
    except (ValueError, UnknownLocaleError):
        return code


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _label(row: Scores) -> str:
    name = "all" if row.language is None else language_name(row.language)
    return f"{name} ({_count(row.articles, 'article')}, {_count(row.lenient['required'], 'required event')})"


def render_table(rows: list[Scores]) -> str:
    """F1, F1-strict and the lenient precision and recall, one line per row."""
    lines = [HEADER]
    for row in rows:
        loose, strict = row.lenient, row.strict
        lines.append(f"| {_label(row)} | {loose['f1']:.3f} | {strict['f1']:.3f} "
                     f"| {loose['precision']:.3f} | {loose['recall']:.3f} |")
    return "\n".join(lines)


def render_details(row: Scores) -> str:
    """Counts and the secondary measures of the first row (lenient matching)."""
    loose, strict = row.lenient, row.strict
    accuracy = ", ".join(f"{k} {v:.3f}" for k, v in loose["accuracy_on_matched"].items())
    return "\n".join([
        f"events: gold required {loose['required']}, predicted {loose['predicted']}, matched {loose['matched']}"
        f" (strict: predicted {strict['predicted']}, matched {strict['matched']})",
        f"accuracy on matched: {accuracy or 'nothing matched'}",
        "(precision and recall are of the lenient F1; F1-strict also wants the actor names)",
    ])


def render_per_article(row: Scores) -> str:
    """One line per article: required gold matched, predictions counted, the gold ids missed."""
    return "\n".join(f"{art}: matched {r['matched']}/{r['required']} predicted {r['predicted']} missed {r['missed']}"
                     for art, r in row.lenient["per_article"].items())
