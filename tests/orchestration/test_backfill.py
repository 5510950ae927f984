"""A range of publication days is coded again alone; `dyad run` still loads every day of its inputs."""
from __future__ import annotations

import duckdb

from orchestration.cli import main
from tests.orchestration.conftest import write_article

VISIT = "El ministro de Asuntos Exteriores ruso, Sergei Lavrov, realizó una visita oficial a la ciudad norcoreana de Wonsan."
MEETING = "Lavrov fue recibido por el líder norcoreano Kim Jong Un en Wonsan."


def test_a_backfill_of_one_day_recodes_that_days_article_and_leaves_the_other_day_alone(sandbox, tmp_path, capsys):
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "visit", VISIT, "2025-07-11")
    write_article(articles, "meeting", MEETING, "2025-07-12")
    warehouse = str(sandbox["warehouse"])
    assert main(["run", "--articles", str(articles), "--warehouse", warehouse]) == 0
    assert "stored       2" in capsys.readouterr().out
    with duckdb.connect(warehouse, read_only=True) as con:
        before = con.execute("SELECT article_id, event_id FROM event_mentions ORDER BY 1, 2").fetchall()

    assert main(["backfill", "--from", "2025-07-12", "--to", "2025-07-12", "--articles", str(articles),
                 "--warehouse", warehouse]) == 0
    out = capsys.readouterr().out
    assert "read 1 records" in out and "stored       1" in out
    with duckdb.connect(warehouse, read_only=True) as con:
        after = con.execute("SELECT article_id, event_id FROM event_mentions ORDER BY 1, 2").fetchall()
    assert [a for a in after if a[0] == "visit"] == [b for b in before if b[0] == "visit"]  # the other day untouched
    assert after == before  # the re-coded day's mentions keep their event ids (DESIGN.md)
