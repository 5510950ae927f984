"""Analysts' corrections (seeds/corrections.yaml) survive re-runs and show as the events' provenance."""
from __future__ import annotations

import textwrap

from tests.warehouse.support import coded, news, run_load
from transforms.corrections import load_corrections

VISIT = "Lavrov llegó a Wonsan el viernes y se reunió con Choe."
MEETING = "El canciller ruso se reunió con su homóloga Choi Son Hee."


def corrections_file(tmp_path, body: str):
    path = tmp_path / "corrections.yaml"
    path.write_text("corrections:\n" + textwrap.indent(textwrap.dedent(body), "  "), encoding="utf-8")
    return path


def first_load(path):
    """Lavrov visits North Korea (042) and meets Choe (043) on 11 July."""
    run_load(path, [news("a1", VISIT)], [
        coded("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
        coded("a1", 1, "043", "RUS_LAVROV", "PRK_CHOE", "2025-07-11"),
    ])


def events(query):
    return query("SELECT event_id, cameo_code, source_actor_id, target_actor_id, correction FROM events ORDER BY event_id")


def test_a_suppressed_event_is_gone_on_this_run_and_the_next(warehouse_path, query, tmp_path):
    first_load(warehouse_path)
    (visit,) = query("SELECT event_id FROM events WHERE cameo_code = '042'")[0]
    fix = corrections_file(tmp_path, f"""
        - id: S1
          select: {{event_id: {visit}}}
          action: suppress
          reason: "Not a visit: the article quotes a plan."
    """)
    run_load(warehouse_path, [news("a1", VISIT)], [], corrections=fix)
    assert [row[1] for row in events(query)] == ["043"]
    assert query("SELECT count(*) FROM event_mentions WHERE cameo_code = '042'") == [(0,)]

    # The next run, with a new article, keeps it suppressed and leaves the other event as it was.
    run_load(warehouse_path, [news("a1", VISIT), news("b1", "Kim recibió a Lavrov.", "kcna.kp")],
             [coded("b1", 0, "043", "PRK_KIM", "RUS_LAVROV", "2025-07-12")], corrections=fix)
    assert sorted(row[1] for row in events(query)) == ["043", "043"]
    assert query("SELECT count(*) FROM article_events WHERE cameo_code = '042'") == [(0,)]


def test_a_suppressed_mention_of_a_changed_article_stays_suppressed(warehouse_path, query, tmp_path):
    fix = corrections_file(tmp_path, """
        - id: S2
          select: {article_id: a1, sentence_index: 0, cameo_code: '042', source_actor_id: RUS_LAVROV, target_actor_id: PRK}
          action: suppress
          reason: "Duplicate of the meeting."
    """)
    run_load(warehouse_path, [news("a1", VISIT)], [coded("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
                                                     coded("a1", 1, "043", "RUS_LAVROV", "PRK_CHOE", "2025-07-11")],
             corrections=fix)
    assert [row[1] for row in events(query)] == ["043"]
    # The article is edited and coded again: the coder says the same wrong thing, the correction applies again.
    run_load(warehouse_path, [news("a1", VISIT + " Fin.")], [coded("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
                                                               coded("a1", 1, "043", "RUS_LAVROV", "PRK_CHOE", "2025-07-11")],
             corrections=fix)
    assert [row[1] for row in events(query)] == ["043"]


def test_a_code_change_recodes_the_event_and_shows_the_correction_id(warehouse_path, query, tmp_path):
    first_load(warehouse_path)
    before = {row[1]: row[0] for row in events(query)}
    fix = corrections_file(tmp_path, """
        - id: C7
          select: {article_id: a1, sentence_index: 0, cameo_code: '042'}
          action: change
          set: {cameo_code: '043', target_actor_id: PRK_CHOE, event_date: 2025-07-12}
          reason: "It was the meeting, held the next day."
    """)
    run_load(warehouse_path, [news("a1", VISIT)], [], corrections=fix)
    assert query("SELECT event_id, cameo_code, target_actor_id, event_date::VARCHAR, correction FROM events"
                 " WHERE correction IS NOT NULL") == [(before["043"], "043", "PRK_CHOE", "2025-07-11", "C7")]
    assert query("SELECT cameo_code, event_date::VARCHAR, date_method, correction FROM event_mentions"
                 " WHERE sentence_index = 0") == [("043", "2025-07-12", "correction", "C7")]
    assert query("SELECT count(*) FROM events") == [(1,)]  # the recoded mention joined the meeting (dates one day apart)

    again = events(query)
    run_load(warehouse_path, [news("a1", VISIT)], [], corrections=fix)
    assert events(query) == again


def test_merging_two_actors_merges_their_events(warehouse_path, query, tmp_path):
    run_load(warehouse_path, [news("a1", VISIT), news("a2", MEETING, "efe.com")], [
        coded("a1", 1, "043", "RUS_LAVROV", "PRK_CHOE", "2025-07-11"),
        coded("a2", 0, "043", "RUS_LAVROV", "PRK_CHOI", "2025-07-11"),
    ])
    assert query("SELECT count(*) FROM events") == [(2,)]
    fix = corrections_file(tmp_path, """
        - id: M1
          select: {actor_id: PRK_CHOI}
          action: merge_actors
          into: PRK_CHOE
          reason: "Choi Son Hee is Choe Son Hui, romanised another way."
    """)
    run_load(warehouse_path, [news("a1", VISIT), news("a2", MEETING, "efe.com")], [], corrections=fix)
    assert query("SELECT target_actor_id, num_mentions, num_articles, num_sources, correction FROM events") == [
        ("PRK_CHOE", 2, 2, 2, "M1")]
    assert query("SELECT count(*) FROM event_merges") == [(1,)]  # the absorbed event's id points at the kept one


def test_a_malformed_entry_is_reported_with_file_line_and_reason_and_the_others_apply(warehouse_path, query, tmp_path):
    first_load(warehouse_path)
    fix = corrections_file(tmp_path, """
        - id: B1
          select: {article_id: a1}
          action: delete
          reason: "typo in the action"
        - id: B2
          select: {article_id: a1, cameo_code: '043'}
          action: change
          set: {cameo_code: '999'}
          reason: "no such code"
        - id: B3
          select: {article_id: a1, cameo_code: '043'}
          action: change
          set: {target_actor_id: PRK_NOBODY}
          reason: "an actor the warehouse does not know"
        - id: OK
          select: {article_id: a1, cameo_code: '043'}
          action: change
          set: {cameo_code: '046'}
          reason: "consulted"
    """)
    plan = run_load(warehouse_path, [news("a1", VISIT)], [], corrections=fix)
    line_of = {line.split("id: ")[1]: n for n, line in enumerate(fix.read_text().splitlines(), 1) if "- id: " in line}
    found = {(p.file, p.line): p.reason for p in plan.correction_problems}
    assert set(found) == {(str(fix), line_of["B1"]), (str(fix), line_of["B2"]), (str(fix), line_of["B3"])}
    assert "'action' must be one of" in found[(str(fix), line_of["B1"])]
    assert "unknown CAMEO code '999'" in found[(str(fix), line_of["B2"])]
    assert "PRK_NOBODY" in found[(str(fix), line_of["B3"])]
    assert sorted(row[1:] for row in events(query)) == [
        ("042", "RUS_LAVROV", "PRK", None), ("046", "RUS_LAVROV", "PRK_CHOE", "OK")]


def test_a_corrections_file_that_is_not_yaml_is_reported_and_applies_nothing(tmp_path):
    path = tmp_path / "corrections.yaml"
    path.write_text("corrections:\n  - id: X\n    select: {event_id: 1\n", encoding="utf-8")
    loaded = load_corrections(path)
    assert loaded.entries == []
    (problem,) = loaded.problems
    assert problem.file == str(path) and problem.line is not None and "not valid YAML" in problem.reason


def test_the_bundled_corrections_file_is_valid_and_its_examples_parse(repo_root):
    from transforms.corrections import parse_corrections

    bundled = repo_root / "seeds" / "corrections.yaml"
    assert load_corrections(bundled).problems == []
    text = bundled.read_text(encoding="utf-8").split("# Examples (commented out):")[1]
    examples = "\n".join(line[2:] for line in text.splitlines() if line.startswith("# "))
    parsed = parse_corrections(examples)
    assert parsed.problems == [] and {c.action for c in parsed.entries} == {"suppress", "change", "merge_actors"}
