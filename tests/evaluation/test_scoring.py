"""The scorer's matching rules (eval/README.md, "Scoring"), on small hand-made gold and prediction files."""
from __future__ import annotations

import pytest

from transforms.evaluation.corpus import EvalInputError, read_gold, read_predictions
from transforms.evaluation.report import render_table
from transforms.evaluation.scoring import score_table

from .support import gold, pred, scored, write_lines


def test_a_prediction_with_a_gold_root_the_gold_countries_and_date_matches(tmp_path):
    s = scored(tmp_path, [gold("a1", "g1", ["042"], "RUS", "PRK")], [pred("a1", "043", "RUS", "PRK")])
    assert (s.lenient["matched"], s.lenient["precision"], s.lenient["recall"], s.lenient["f1"]) == (1, 1.0, 1.0, 1.0)
    assert s.lenient["accuracy_on_matched"]["cameo_exact"] == 0.0  # 043 shares the root, not the code


def test_a_prediction_of_another_root_or_with_other_countries_does_not_match(tmp_path):
    s = scored(tmp_path, [gold("a1", "g1", ["042"], "RUS", "PRK")],
               [pred("a1", "051", "RUS", "PRK"), pred("a1", "042", "RUS", "CHN")])
    assert (s.lenient["matched"], s.lenient["predicted"], s.lenient["f1"]) == (0, 2, 0.0)


def test_matching_is_one_to_one(tmp_path):
    twice = scored(tmp_path, [gold("a1", "g1", ["042"], "RUS", "PRK")],
                   [pred("a1", "042", "RUS", "PRK"), pred("a1", "042", "RUS", "PRK")])
    assert (twice.lenient["matched"], twice.lenient["predicted"], twice.lenient["precision"]) == (1, 2, 0.5)
    once = scored(tmp_path, [gold("a1", "g1", ["042"], "RUS", "PRK"), gold("a1", "g2", ["042"], "RUS", "PRK")],
                  [pred("a1", "042", "RUS", "PRK")])
    assert (once.lenient["matched"], once.lenient["required"], once.lenient["recall"]) == (1, 2, 0.5)


def test_a_symmetric_gold_event_accepts_the_sides_swapped_and_a_directed_one_does_not(tmp_path):
    swapped = [pred("a1", "040", "PRK", "RUS")]
    assert scored(tmp_path, [gold("a1", "g1", ["040"], "RUS", "PRK", symmetric=True)], swapped).lenient["matched"] == 1
    assert scored(tmp_path, [gold("a1", "g1", ["040"], "RUS", "PRK")], swapped).lenient["matched"] == 0


@pytest.mark.parametrize("source, target, matches", [
    ("RUS", "USA", True), ("RUS", None, True), ("rus", "PRK", True), ("CHN", "USA", False)])
def test_a_null_gold_country_accepts_any_country(tmp_path, source, target, matches):
    s = scored(tmp_path, [gold("a1", "g1", ["112"], "RUS", None)], [pred("a1", "111", source, target)])
    assert s.lenient["matched"] == int(matches)


def test_a_prediction_of_an_optional_gold_event_is_neither_rewarded_nor_punished(tmp_path):
    golds = [gold("a1", "g1", ["042"], "RUS", "PRK"), gold("a1", "g2", ["051"], "PRK", "RUS", required=False)]
    s = scored(tmp_path, golds, [pred("a1", "042", "RUS", "PRK"), pred("a1", "051", "PRK", "RUS")])
    assert (s.lenient["required"], s.lenient["matched"], s.lenient["predicted"], s.lenient["precision"]) == (1, 1, 1, 1.0)
    unmatched_optional = scored(tmp_path, golds, [pred("a1", "042", "RUS", "PRK")])
    assert unmatched_optional.lenient["recall"] == 1.0


def test_a_prediction_moves_to_an_optional_gold_event_so_that_another_can_take_the_required_one(tmp_path):
    # "wide" fits both gold events, "narrow" only the required one: a greedy matcher would lose one.
    golds = [gold("a1", "g1", ["042"], "RUS", None), gold("a1", "g2", ["042"], "RUS", "CHN", required=False)]
    s = scored(tmp_path, golds, [pred("a1", "042", "RUS", "CHN"), pred("a1", "042", "RUS", "PRK")])
    assert (s.lenient["matched"], s.lenient["predicted"], s.lenient["precision"], s.lenient["recall"]) == (1, 1, 1.0, 1.0)


@pytest.mark.parametrize("gold_date, tolerance, predicted, matches", [
    ("2025-07-11", None, "2025-07-12", True),   # one day of reporting lag by default
    ("2025-07-11", None, "2025-07-10", True),
    ("2025-07-11", None, "2025-07-13", False),
    ("2025-07-11", 3, "2025-07-14", True),
    ("2025-07-11", 0, "2025-07-12", False),
    ("2025-07-11", None, None, False),          # a dated gold event wants a date
    (None, None, "1999-01-01", True),           # an undatable gold event accepts any date
    (None, None, None, True),
])
def test_a_date_within_the_gold_tolerance_matches_and_one_past_it_does_not(tmp_path, gold_date, tolerance, predicted,
                                                                            matches):
    extra = {} if tolerance is None else {"date_tolerance_days": tolerance}
    s = scored(tmp_path, [gold("a1", "g1", ["042"], "RUS", "PRK", date=gold_date, **extra)],
               [pred("a1", "042", "RUS", "PRK", date=predicted)])
    assert s.lenient["matched"] == int(matches)


@pytest.mark.parametrize("name, strict_match", [
    ("Lavrov", True), ("Sergei Lavrov", True), ("Serguéi Lavrov", True), ("Sergei Viktorovich Lavrov", True),
    ("Kim Jong Un", False), (None, False)])
def test_f1_strict_also_wants_a_name_the_gold_spells_and_f1_does_not(tmp_path, name, strict_match):
    g = gold("a1", "g1", ["042"], "RUS", "PRK")
    g["source"] = {"name": "Sergei Lavrov", "country": "RUS", "aliases": ["Serguéi Lavrov"]}
    s = scored(tmp_path, [g], [pred("a1", "042", "RUS", "PRK", source_name=name)])
    assert s.lenient["matched"] == 1
    assert s.strict["matched"] == int(strict_match)


def test_what_is_predicted_for_an_article_without_gold_events_is_a_false_positive(tmp_path):
    s = scored(tmp_path, [gold("a1", "g1", ["042"], "RUS", "PRK")],
               [pred("a1", "042", "RUS", "PRK"), pred("a2", "042", "RUS", "PRK")], articles={"a1": "es", "a2": "es"})
    assert (s.articles, s.lenient["matched"], s.lenient["predicted"], s.lenient["precision"]) == (2, 1, 2, 0.5)


def test_a_language_scores_only_its_own_articles_and_their_gold(tmp_path):
    golds = [gold("a1", "g1", ["042"], "RUS", "PRK"), gold("b1", "g2", ["042"], "USA", "CHN")]
    preds = [pred("a1", "042", "RUS", "PRK"), pred("b1", "190", "USA", "CHN")]
    en = scored(tmp_path, golds, preds, articles={"a1": "es", "b1": "en"}, language="en")
    assert (en.articles, en.lenient["required"], en.lenient["matched"], en.lenient["predicted"]) == (1, 1, 0, 1)


def test_the_table_gives_all_articles_then_each_language_in_the_order_of_the_corpus(tmp_path):
    golds = [gold("a1", "g1", ["042"], "RUS", "PRK"), gold("b1", "g2", ["042"], "USA", "CHN")]
    preds = [pred("a1", "042", "RUS", "PRK")]
    rows = score_table(golds, preds, {"a1": "es", "b1": "en", "a2": "es"})
    assert [(r.language, r.articles) for r in rows] == [(None, 3), ("es", 2), ("en", 1)]
    lines = render_table(rows).splitlines()
    assert lines[0] == "| | F1 | F1-strict | precision | recall |"
    assert lines[2] == "| all (3 articles, 2 required events) | 0.667 | 0.667 | 1.000 | 0.500 |"
    assert lines[3].startswith("| Spanish (2 articles, 1 required event) | 1.000 |")
    assert lines[4].startswith("| English (1 article, 1 required event) | 0.000 |")


def test_a_gold_line_that_is_not_json_is_refused_naming_the_file_and_the_line(tmp_path):
    path = write_lines(tmp_path / "gold.jsonl", [gold("a1", "g1", ["042"], "RUS", "PRK")])
    path.write_text(path.read_text() + "{not json\n")
    with pytest.raises(EvalInputError, match=r"gold\.jsonl:2: not JSON"):
        read_gold(path)


def test_a_prediction_without_the_view_columns_or_with_a_numeric_code_is_refused(tmp_path):
    with pytest.raises(EvalInputError, match=r"predictions\.jsonl:1: the prediction lacks .*target_country"):
        read_predictions(write_lines(tmp_path / "predictions.jsonl", [{"article_id": "a1", "cameo_code": "042"}]))
    numeric = pred("a1", "042", "RUS", "PRK") | {"cameo_code": 42}
    with pytest.raises(EvalInputError, match="cameo_code must be text"):
        read_predictions(write_lines(tmp_path / "predictions.jsonl", [numeric]))
