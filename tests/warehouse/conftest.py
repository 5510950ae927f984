from __future__ import annotations

from pathlib import Path

import pytest

from warehouse.connect import connect_readonly


@pytest.fixture
def warehouse_path(tmp_path) -> Path:
    return tmp_path / "data" / "dyad.duckdb"


@pytest.fixture
def query(warehouse_path):
    """query(sql, *params) -> rows, on a fresh read-only connection to the published file."""

    def run(sql: str, *params):
        with connect_readonly(warehouse_path) as con:
            return con.execute(sql, list(params)).fetchall()

    return run
