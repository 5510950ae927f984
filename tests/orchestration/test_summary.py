"""The run summary: what was set aside, and a last newline so the shell prompt starts on its own line."""
from __future__ import annotations

from orchestration.summary import RunSummary


def test_the_summary_of_a_run_that_set_mentions_aside_says_how_many_by_rule_and_ends_with_a_newline():
    text = RunSummary(read=30, stored=30, mentions=120, rejected=17,
                      rejected_by_rule={"event date after publication": 15, "CAMEO code not in the code list": 2}).render()
    assert "rejected 17 mentions: 15 event date after publication, 2 CAMEO code not in the code list" in text
    assert text.endswith("(exit status 3)\n") and not text.endswith("\n\n")


def test_a_clean_run_and_a_failed_run_end_with_one_newline_too():
    clean = RunSummary(read=1, stored=1).render()
    failed = RunSummary(failed=True, error="warehouse_tables: boom").render()
    assert clean.endswith("in the warehouse\n") and "rejected" not in clean and "exit status" not in clean
    assert failed.endswith("boom\n") and not failed.endswith("\n\n")
