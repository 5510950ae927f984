"""`dyad eval` codes a tiny corpus through the real `dyad run` path and prints the score table."""
from __future__ import annotations

import contextlib
import io
import json

import duckdb
import pytest

from orchestration.cli import main
from tests.conftest import DEV_CORPUS

from .support import write_lines

ENGLISH = {"id": "en-tiny", "language": "en", "source": "test", "url": "", "published_at": "2025-07-15",
           "title": "Lavrov in Beijing",
           "text": "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Tuesday."}


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory):
    """The dev corpus' first Spanish article with its gold, and an English article with no gold event."""
    folder = tmp_path_factory.mktemp("tiny")
    spanish = json.loads((DEV_CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert spanish["id"] == "es-000"
    golds = [json.loads(line) for line in (DEV_CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    return (write_lines(folder / "articles.jsonl", [spanish, ENGLISH]),
            write_lines(folder / "gold.jsonl", [g for g in golds if g["article_id"] == "es-000"]))


@pytest.fixture(scope="module")
def evaluated(tiny_corpus, tmp_path_factory):
    """`dyad eval --per-article` on the tiny corpus, keeping its warehouse: (exit status, stdout, stderr, warehouse)."""
    articles, gold = tiny_corpus
    warehouse = tmp_path_factory.mktemp("eval") / "eval.duckdb"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["eval", "--articles", str(articles), "--gold", str(gold), "--warehouse", str(warehouse),
                       "--per-article"])
    return status, out.getvalue(), err.getvalue(), warehouse


def _predicted(warehouse, article_id):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("SELECT count(*) FROM article_events WHERE article_id = ?", [article_id]).fetchone()[0]


def test_dyad_eval_prints_the_table_for_all_articles_and_each_language(evaluated):
    status, out, err, _ = evaluated
    assert status == 0, err
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert rows[0] == "| | F1 | F1-strict | precision | recall |"
    assert rows[1].startswith("| all (2 articles, 5 required events) | ")
    assert rows[2].startswith("| Spanish (1 article, 5 required events) | ")
    assert rows[3] == "| English (1 article, 0 required events) | 0.000 | 0.000 | 0.000 | 0.000 |"
    assert "read 2 records" in err  # the run's summary goes to stderr, the table alone to stdout


def test_the_sample_articles_required_events_are_all_found_and_the_english_predictions_count_against_precision(evaluated):
    status, out, _, warehouse = evaluated
    english = _predicted(warehouse, "en-tiny")
    assert english >= 1, "the English meeting sentence gave no event"
    per_article = dict(line.split(": ", 1) for line in out.splitlines() if line.startswith(("es-000:", "en-tiny:")))
    assert per_article["es-000"].startswith("matched 5/5 ")
    assert per_article["en-tiny"] == f"matched 0/0 predicted {english} missed []"
    spanish = int(per_article["es-000"].split("predicted ")[1].split()[0])
    all_row = next(line for line in out.splitlines() if line.startswith("| all"))
    precision = float(all_row.split("|")[4])
    assert precision == pytest.approx(5 / (spanish + english), abs=0.0005)


def test_dyad_eval_refuses_an_existing_warehouse_before_coding_anything(tiny_corpus, evaluated, capsys):
    articles, gold = tiny_corpus
    kept = evaluated[3]
    before = kept.stat().st_mtime_ns
    assert main(["eval", "--articles", str(articles), "--gold", str(gold), "--warehouse", str(kept)]) == 2
    assert f"{kept}: already exists" in capsys.readouterr().err
    assert kept.stat().st_mtime_ns == before


def test_dyad_eval_refuses_a_gold_file_with_a_bad_line_naming_it(tiny_corpus, tmp_path, capsys):
    articles, _ = tiny_corpus
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"article_id": "es-000", "gold_id": "x", "cameo": []}\n', encoding="utf-8")
    assert main(["eval", "--articles", str(articles), "--gold", str(gold)]) == 2
    assert f"{gold}:1: cameo must be a non-empty list" in capsys.readouterr().err
