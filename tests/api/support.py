"""Helpers for the API tests: the sample warehouse builder and a GraphQL client."""
from __future__ import annotations

from pathlib import Path

import duckdb
from starlette.testclient import TestClient

from warehouse.migrate import migrate
from warehouse.read_tables import build_read_tables
from warehouse.reader_text_index import build_text_index

DATA_SQL = Path(__file__).resolve().parent / "data" / "wonsan_visit.sql"


def build_warehouse(path: Path, *extra_sql: str, text_index: bool = False, read_tables: bool = False) -> Path:
    """A warehouse file at `path`: every schema and view, then the sample data;
    with `read_tables`, the derived read tables as the writer publishes them
    (warehouse.read_tables); with `text_index`, the fts index of sentences that
    writers built before the read tables existed."""
    con = duckdb.connect(str(path))
    try:
        migrate(con)
        con.execute(DATA_SQL.read_text(encoding="utf-8"))
        for statement in extra_sql:
            con.execute(statement)
        if text_index:
            build_text_index(con)
        if read_tables:
            build_read_tables(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


class Gql:
    """POST a query and return the decoded body, checking it is a GraphQL answer."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def __call__(self, query: str, variables: dict | None = None, **headers: str) -> dict:
        response = self.client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
        assert response.status_code == 200, response.text
        return response.json()

    def data(self, query: str, variables: dict | None = None) -> dict:
        body = self(query, variables)
        assert "errors" not in body, body["errors"]
        return body["data"]

    def error(self, query: str, variables: dict | None = None) -> dict:
        """The first error of a query that must fail."""
        body = self(query, variables)
        assert body.get("errors"), body
        return body["errors"][0]


def event_ids(connection: dict) -> list[str]:
    return [edge["node"]["id"] for edge in connection["edges"]]


def id_set(connection: dict) -> set[int]:
    """The event ids of a connection, as numbers (for comparing with the sample's ids)."""
    return {int(i) for i in event_ids(connection)}


def id_list(connection: dict) -> list[int]:
    return [int(i) for i in event_ids(connection)]
