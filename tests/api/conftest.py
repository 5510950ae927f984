"""A small, realistic warehouse (Lavrov in Wonsan, July 2025, and a few others)
built with the warehouse's own DDL, and clients of the real ASGI app over it.

`warehouse_file` (and so `client` and `gql`) comes in two layouts, and every
test that uses it runs on both: as current writers publish it, with the
derived read tables, and as files published before those tables existed."""
from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from tests.api.support import Gql, build_warehouse


@pytest.fixture(scope="session", params=["read_tables", "core_tables_only"])
def warehouse_file(request, tmp_path_factory) -> Path:
    return build_warehouse(tmp_path_factory.mktemp("api") / "dyad.duckdb", read_tables=request.param == "read_tables")


@pytest.fixture(scope="session")
def client(warehouse_file) -> TestClient:
    with TestClient(create_app(str(warehouse_file), api_keys=set())) as c:
        yield c


@pytest.fixture(scope="session")
def gql(client) -> Gql:
    return Gql(client)


@pytest.fixture(scope="session")
def indexed_gql(tmp_path_factory):
    """The same sample with the fts index of sentences, as writers published it before the read tables."""
    path = build_warehouse(tmp_path_factory.mktemp("api_fts") / "dyad.duckdb", text_index=True)
    with TestClient(create_app(str(path), api_keys=set())) as c:
        yield Gql(c)
