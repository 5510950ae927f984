"""One bad extraction never stops a load: bad mentions and articles are set aside, the rest is published, exit 3."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import dagster as dg
import pytest

from orchestration.cli import main
from orchestration.partitions import range_tags
from orchestration.resources import default_resources
from tests.orchestration.conftest import SAMPLE, execute_request, write_article
from warehouse.checks import run_checks
from warehouse.connect import connect_readonly

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MEETING = ("El ministro de Asuntos Exteriores ruso, Sergei Lavrov, se reunió con el líder norcoreano Kim Jong Un "
           "en Wonsan el 12 de julio de 2025.")
NATO = "La OTAN condenó el lunes las maniobras militares de China cerca de Taiwán."
VISIT = "El ministro de Asuntos Exteriores ruso, Sergei Lavrov, realizó una visita oficial a la ciudad norcoreana de Wonsan."


def rows(warehouse, sql):
    with connect_readonly(warehouse) as con:
        return con.execute(sql).fetchall()


def jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def misplaced_seeds(tmp_path):
    """The repository's seeds with one bad change: Wonsan's override gives it a country that is no code."""
    seeds = tmp_path / "seeds-bad"
    shutil.copytree(SEEDS, seeds, ignore=shutil.ignore_patterns("sources"))
    overrides = seeds / "places" / "overrides.jsonl"
    lines = overrides.read_text(encoding="utf-8").splitlines()
    lines = [line.replace('"country_code": "PRK"', '"country_code": "ZZZ"') if '"Wonsan"' in line else line
             for line in lines]
    overrides.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return seeds


def test_mentions_breaking_a_rule_are_rejected_and_everything_else_is_published(
        sandbox, misplaced_seeds, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DYAD_SEEDS", str(misplaced_seeds))  # Wonsan's country is no code: its mentions break a rule
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "wonsan", MEETING, "2025-07-13")
    write_article(articles, "nato", NATO, "2025-07-13")
    warehouse = str(sandbox["warehouse"])
    assert main(["run", "--articles", str(articles), "--warehouse", warehouse]) == 3
    out = capsys.readouterr().out
    assert out.endswith("\n") and "exit status 3" in out
    rejected = rows(warehouse, "SELECT article_id, rule, value FROM rejected_mentions")
    assert rejected and {(a, r, v) for a, r, v in rejected} == {("wonsan", "countries_in_code_list", "place ZZZ")}
    assert f"rejected {len(rejected)} mentions: {len(rejected)} country code not in the code list" in out
    assert rows(warehouse, "SELECT article_id FROM articles ORDER BY 1") == [("nato",), ("wonsan",)]
    assert ("nato",) in rows(warehouse, "SELECT DISTINCT article_id FROM event_mentions")
    assert rows(warehouse, "SELECT count(*) FROM places WHERE country_code = 'ZZZ'") == [(0,)]
    assert [r.name for r in run_checks(warehouse) if not r.passed] == []


def test_the_mentions_asset_reports_the_rejections_and_every_asset_check_passes(sandbox, misplaced_seeds, tmp_path,
                                                                                 monkeypatch):
    monkeypatch.setenv("DYAD_SEEDS", str(misplaced_seeds))
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "wonsan", MEETING, "2025-07-13")
    instance = dg.DagsterInstance.ephemeral()
    request = dg.RunRequest(run_config={"ops": {"raw_articles": {"config": {"paths": [str(articles)]}}}},
                            tags=range_tags("2025-07-13", "2025-07-13"))
    result = execute_request(request, instance)
    assert result.success
    [materialization] = result.asset_materializations_for_node("event_mentions")
    metadata = materialization.metadata
    assert metadata["rejected_mentions"].value >= 1
    assert metadata["rejected_by_rule"].value == {"country code not in the code list": metadata["rejected_mentions"].value}
    assert "country code not in the code list" in metadata["rejected"].value
    checks = result.get_asset_check_evaluations()
    assert checks and all(c.passed for c in checks)


def test_an_article_whose_coding_raises_is_quarantined_not_stored_and_coded_again_by_the_next_run(
        sandbox, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DYAD_N_PROCESS", "1")  # the workers set articles aside the same way: tests/nlp
    limit = default_resources()["extractor"].get().pipeline("es").max_length
    huge = (VISIT + " ") * (limit // len(VISIT) + 1)  # over spaCy's max_length: its parse raises E088
    # Publication days near the first partition (year 1 counts as the first day): a run covers few days.
    records = [
        {"id": "fine", "language": "es", "published_at": "2020-01-02", "source": "efe", "text": VISIT},
        {"id": "huge", "language": "es", "published_at": "2020-01-02", "source": "efe", "text": huge},
        # "ayer" before the first day of the calendar: the date resolver's arithmetic overflows
        {"id": "year1", "language": "es", "published_at": "0001-01-01", "source": "efe", "text": "Ayer " + VISIT},
    ]
    feed = jsonl(tmp_path / "feed.jsonl", records)
    warehouse = str(sandbox["warehouse"])
    assert main(["run", "--articles", str(feed), "--warehouse", warehouse]) == 3
    out = capsys.readouterr().out
    assert "quarantined  2" in out and "stored       1" in out
    quarantine = dict(rows(warehouse, "SELECT line, detail FROM quarantine WHERE reason = 'coding_failed'"))
    assert quarantine[2].startswith("ValueError: [E088]") and "'huge'" in quarantine[2]
    assert quarantine[3].startswith("OverflowError: date value out of range")
    assert rows(warehouse, "SELECT article_id FROM articles") == [("fine",)]
    payload = json.loads(rows(warehouse, "SELECT payload FROM quarantine WHERE line = 3")[0][0])
    assert payload["id"] == "year1" and payload["published_at"] == "0001-01-01"  # the record, to requeue

    # The next run finds them not stored and codes them again; the feed has since trimmed the huge one.
    records[1]["text"] = VISIT + " Lavrov se reunió con Kim Jong Un."
    jsonl(feed, records)
    assert main(["run", "--articles", str(feed), "--warehouse", warehouse]) == 3
    out = capsys.readouterr().out
    assert "stored       1" in out and "quarantined  1" in out and "1 nothing new" in out
    assert rows(warehouse, "SELECT article_id FROM articles ORDER BY 1") == [("fine",), ("huge",)]
    assert rows(warehouse, "SELECT count(*) FROM quarantine WHERE reason = 'coding_failed'") == [(2,)]  # once each
    assert [r.name for r in run_checks(warehouse) if not r.passed] == []


def test_a_backfill_after_a_coder_fix_recodes_the_article_and_its_rejections_go(sandbox, misplaced_seeds, monkeypatch, capsys):
    warehouse = str(sandbox["warehouse"])
    monkeypatch.setenv("DYAD_SEEDS", str(misplaced_seeds))
    assert main(["run", "--articles", str(SAMPLE), "--warehouse", warehouse]) == 3
    assert "country code not in the code list" in capsys.readouterr().out
    rejected = rows(warehouse, "SELECT DISTINCT rule, value FROM rejected_mentions")
    assert rejected == [("countries_in_code_list", "place ZZZ")]
    kept = rows(warehouse, "SELECT count(*) FROM event_mentions")[0][0]

    monkeypatch.setenv("DYAD_SEEDS", str(SEEDS))  # the fix
    [(day,)] = rows(warehouse, "SELECT CAST(published_at AS VARCHAR) FROM articles")
    assert main(["backfill", "--from", day, "--to", day, "--articles", str(SAMPLE), "--warehouse", warehouse]) == 0
    assert "exit status 3" not in capsys.readouterr().out
    assert rows(warehouse, "SELECT count(*) FROM rejected_mentions") == [(0,)]
    assert rows(warehouse, "SELECT count(*) FROM event_mentions")[0][0] > kept
    assert [r.name for r in run_checks(warehouse) if not r.passed] == []


def test_a_load_over_a_broken_key_is_refused_whole_and_dyad_run_exits_1_naming_the_check(sandbox, tmp_path, capsys):
    import hashlib

    from warehouse.connect import connect_writable

    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "visit", VISIT, "2025-07-11")
    warehouse = sandbox["warehouse"]
    assert main(["run", "--articles", str(articles), "--warehouse", str(warehouse)]) == 0
    with connect_writable(warehouse) as con:  # a bug deletes an actor that stored events point at
        con.execute("DELETE FROM actors WHERE actor_id = (SELECT source_actor_id FROM events LIMIT 1)")
        con.execute("CHECKPOINT")
    before = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    capsys.readouterr()
    write_article(articles, "nato", NATO, "2025-07-12")
    assert main(["run", "--articles", str(articles), "--warehouse", str(warehouse)]) == 1
    out = capsys.readouterr().out
    assert "the warehouse is unchanged" in out and "blocking checks failed, nothing published: references_resolve" in out
    assert out.endswith("\n")
    assert hashlib.sha256(warehouse.read_bytes()).hexdigest() == before
    assert rows(str(warehouse), "SELECT article_id FROM articles") == [("visit",)]
