"""The mention rules as one query: warehouse/sql/mention_rules/<rule>.sql over a `mention_facts` relation.

Each rule is written once, as a SELECT of (mention_id, value) over
`mention_facts`. Two files build that relation with the same columns:
`facts_incoming.sql` from a run's mention frame before it is published (the
validation, warehouse.validate) and `facts_stored.sql` from the published
tables (the data checks, warehouse.checks). So the rule that keeps a mention
out of a load is, word for word, the rule the checks hold the warehouse to.
"""
from __future__ import annotations

from collections.abc import Iterable

import duckdb

from warehouse.check_list import CheckSpec, unmet_requirement
from warehouse.sqlfiles import sql

FACTS = {"incoming": "mention_rules/facts_incoming", "stored": "mention_rules/facts_stored"}


def violations_sql(facts: str, rules: Iterable[CheckSpec]) -> str | None:
    """(rule, mention_id, value) of every mention breaking one of `rules`; `facts` "incoming" or "stored"."""
    parts = [f"SELECT '{rule.name}' AS rule, v.mention_id, v.value FROM (\n{sql('mention_rules/' + rule.name)}\n) v"
             for rule in rules]
    if not parts:
        return None
    return f"WITH mention_facts AS (\n{sql(FACTS[facts])}\n)\n" + "\nUNION ALL\n".join(parts)


def judged(con: duckdb.DuckDBPyConnection, rules: Iterable[CheckSpec]) -> tuple[list[CheckSpec], dict[str, str]]:
    """The rules that can judge on this connection, and why each other one cannot (a code list not loaded)."""
    able, unable = [], {}
    for rule in rules:
        reason = unmet_requirement(con, rule)
        if reason is None:
            able.append(rule)
        else:
            unable[rule.name] = reason
    return able, unable
